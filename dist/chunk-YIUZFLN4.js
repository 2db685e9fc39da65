import { createRequire as __aagCreateRequire } from 'node:module'; const require = __aagCreateRequire(import.meta.url);
import {
  Octokit,
  legacyRestEndpointMethods,
  paginateRest,
  retry,
  throttling,
  useGitHubMediaType
} from "./chunk-473X27JG.js";

// node_modules/@octokit/plugin-request-log/dist-src/version.js
var VERSION = "6.0.0";

// node_modules/@octokit/plugin-request-log/dist-src/index.js
function requestLog(octokit) {
  octokit.hook.wrap("request", (request, options) => {
    octokit.log.debug("request", options);
    const start = Date.now();
    const requestOptions = octokit.request.endpoint.parse(options);
    const path = requestOptions.url.replace(options.baseUrl, "");
    return request(options).then((response) => {
      const requestId = response.headers["x-github-request-id"];
      octokit.log.info(
        `${requestOptions.method} ${path} - ${response.status} with id ${requestId} in ${Date.now() - start}ms`
      );
      return response;
    }).catch((error) => {
      const requestId = error.response?.headers["x-github-request-id"] || "UNKNOWN";
      octokit.log.error(
        `${requestOptions.method} ${path} - ${error.status} with id ${requestId} in ${Date.now() - start}ms`
      );
      throw error;
    });
  });
}
requestLog.VERSION = VERSION;

// node_modules/@octokit/rest/dist-src/version.js
var VERSION2 = "22.0.1";

// node_modules/@octokit/rest/dist-src/index.js
var Octokit2 = Octokit.plugin(requestLog, legacyRestEndpointMethods, paginateRest).defaults(
  {
    userAgent: `octokit-rest.js/${VERSION2}`
  }
);

// src/org/octokit.ts
var OrgOctokitClass = Octokit2.plugin(retry, throttling);
var MAX_RATE_LIMIT_WAIT_SECONDS = 3600;
var MAX_RATE_LIMIT_RETRIES = 3;
var DO_NOT_RETRY = [400, 401, 403, 404, 409, 410, 422, 451];
function createOrgOctokit(options) {
  const { log } = options;
  const requests = { total: 0, notModified: 0 };
  const send = options.fetch ?? globalThis.fetch;
  const counted = async (input, init) => {
    requests.total++;
    const response = await send(input, init);
    if (response.status === 304) requests.notModified++;
    return response;
  };
  const onLimit = (kind) => (retryAfter, request, _octokit, retryCount) => {
    const again = retryCount < MAX_RATE_LIMIT_RETRIES && retryAfter <= MAX_RATE_LIMIT_WAIT_SECONDS;
    const url = request.url.replace(
      /\{(\w+)\}/g,
      (placeholder, name) => typeof request[name] === "string" || typeof request[name] === "number" ? String(request[name]) : placeholder
    );
    log.warning(
      `GitHub API ${kind} hit by ${request.method} ${url}; ${again ? `retrying in ${retryAfter} s` : "giving up"}`
    );
    return again;
  };
  const base = options.retryAfterBaseValue === void 0 ? {} : { retryAfterBaseValue: options.retryAfterBaseValue };
  const octokit = new OrgOctokitClass({
    auth: options.token,
    ...options.baseUrl ? { baseUrl: options.baseUrl.replace(/\/+$/, "") } : {},
    request: { fetch: counted },
    retry: { ...base, doNotRetry: DO_NOT_RETRY },
    throttle: {
      onRateLimit: onLimit("rate limit"),
      onSecondaryRateLimit: onLimit("secondary rate limit"),
      ...base,
      ...options.throttleId ? { id: options.throttleId } : {}
    },
    // @octokit/rest logs every failed request as an error; the report says which repositories failed.
    log: { debug: () => {
    }, info: () => {
    }, warn: (message) => log.info(message), error: () => {
    } }
  });
  useGitHubMediaType(octokit);
  return { octokit, requests };
}
function messageOf(error) {
  const message = error?.message;
  const text = typeof message === "string" ? message : String(error);
  return text.replace(/ - https:\/\/docs\.github\.com\/\S*$/, "");
}

export {
  Octokit2 as Octokit,
  createOrgOctokit,
  messageOf
};
