import { createRequire as __aagCreateRequire } from 'node:module'; const require = __aagCreateRequire(import.meta.url);
import {
  InputError,
  require_tunnel,
  require_undici
} from "./chunk-P74PSCZ6.js";
import {
  DEFAULT_COMMENT_MAX_LENGTH,
  compareReports,
  comparisonFor,
  comparisonNodes,
  draftsDetails,
  gateNodes,
  isOurComment,
  judgedNodes,
  leadNodes,
  lineLink,
  offDiffHeading,
  pluralise,
  problemNodes,
  serialise,
  severityWord,
  sortedGaps,
  tierNodes,
  toolLine,
  verdictLine
} from "./chunk-7KMQK5G6.js";
import {
  TEXT_LIMITS,
  cardCode,
  cardText,
  lineOf,
  linked,
  neutralise,
  neutraliseKeepingUrls,
  plain,
  singleLine
} from "./chunk-5OZVU24E.js";
import {
  findCards,
  looksLikeCard
} from "./chunk-NHZPCZK5.js";
import {
  checkFiles
} from "./chunk-RPD2XTUP.js";
import {
  checkCard
} from "./chunk-UUOQDD46.js";
import {
  DEFAULT_MAX_BYTES
} from "./chunk-Z4A6QR2X.js";
import {
  require_picomatch
} from "./chunk-G7S77VK7.js";
import {
  cardProvenance
} from "./chunk-QEDUW24Q.js";
import {
  blockingLines,
  findingsOf,
  gapMessage,
  isActiveProblem,
  isGap,
  policyNote
} from "./chunk-KAMNI3PN.js";
import {
  Octokit,
  paginateRest,
  restEndpointMethods,
  retry,
  throttling,
  useGitHubMediaType
} from "./chunk-473X27JG.js";
import {
  readRepositoryFile
} from "./chunk-3YR3FKML.js";
import {
  statusOf
} from "./chunk-QRXL53OW.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-UIU2T2WH.js";

// node_modules/@actions/github/node_modules/@actions/http-client/lib/proxy.js
var require_proxy = __commonJS({
  "node_modules/@actions/github/node_modules/@actions/http-client/lib/proxy.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getProxyUrl = getProxyUrl;
    exports.checkBypass = checkBypass;
    function getProxyUrl(reqUrl) {
      const usingSsl = reqUrl.protocol === "https:";
      if (checkBypass(reqUrl)) {
        return void 0;
      }
      const proxyVar = (() => {
        if (usingSsl) {
          return process.env["https_proxy"] || process.env["HTTPS_PROXY"];
        } else {
          return process.env["http_proxy"] || process.env["HTTP_PROXY"];
        }
      })();
      if (proxyVar) {
        try {
          return new DecodedURL(proxyVar);
        } catch (_a) {
          if (!proxyVar.startsWith("http://") && !proxyVar.startsWith("https://"))
            return new DecodedURL(`http://${proxyVar}`);
        }
      } else {
        return void 0;
      }
    }
    function checkBypass(reqUrl) {
      if (!reqUrl.hostname) {
        return false;
      }
      const reqHost = reqUrl.hostname;
      if (isLoopbackAddress(reqHost)) {
        return true;
      }
      const noProxy = process.env["no_proxy"] || process.env["NO_PROXY"] || "";
      if (!noProxy) {
        return false;
      }
      let reqPort;
      if (reqUrl.port) {
        reqPort = Number(reqUrl.port);
      } else if (reqUrl.protocol === "http:") {
        reqPort = 80;
      } else if (reqUrl.protocol === "https:") {
        reqPort = 443;
      }
      const upperReqHosts = [reqUrl.hostname.toUpperCase()];
      if (typeof reqPort === "number") {
        upperReqHosts.push(`${upperReqHosts[0]}:${reqPort}`);
      }
      for (const upperNoProxyItem of noProxy.split(",").map((x) => x.trim().toUpperCase()).filter((x) => x)) {
        if (upperNoProxyItem === "*" || upperReqHosts.some((x) => x === upperNoProxyItem || x.endsWith(`.${upperNoProxyItem}`) || upperNoProxyItem.startsWith(".") && x.endsWith(`${upperNoProxyItem}`))) {
          return true;
        }
      }
      return false;
    }
    function isLoopbackAddress(host) {
      const hostLower = host.toLowerCase();
      return hostLower === "localhost" || hostLower.startsWith("127.") || hostLower.startsWith("[::1]") || hostLower.startsWith("[0:0:0:0:0:0:0:1]");
    }
    var DecodedURL = class extends URL {
      constructor(url, base) {
        super(url, base);
        this._decodedUsername = decodeURIComponent(super.username);
        this._decodedPassword = decodeURIComponent(super.password);
      }
      get username() {
        return this._decodedUsername;
      }
      get password() {
        return this._decodedPassword;
      }
    };
  }
});

// node_modules/@actions/github/node_modules/@actions/http-client/lib/index.js
var require_lib = __commonJS({
  "node_modules/@actions/github/node_modules/@actions/http-client/lib/index.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports && exports.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports && exports.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    var __awaiter2 = exports && exports.__awaiter || function(thisArg, _arguments, P, generator) {
      function adopt(value) {
        return value instanceof P ? value : new P(function(resolve2) {
          resolve2(value);
        });
      }
      return new (P || (P = Promise))(function(resolve2, reject) {
        function fulfilled(value) {
          try {
            step(generator.next(value));
          } catch (e) {
            reject(e);
          }
        }
        function rejected(value) {
          try {
            step(generator["throw"](value));
          } catch (e) {
            reject(e);
          }
        }
        function step(result) {
          result.done ? resolve2(result.value) : adopt(result.value).then(fulfilled, rejected);
        }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
      });
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.HttpClient = exports.HttpClientResponse = exports.HttpClientError = exports.MediaTypes = exports.Headers = exports.HttpCodes = void 0;
    exports.getProxyUrl = getProxyUrl;
    exports.isHttps = isHttps;
    var http = __importStar(__require("http"));
    var https = __importStar(__require("https"));
    var pm = __importStar(require_proxy());
    var tunnel = __importStar(require_tunnel());
    var undici_1 = require_undici();
    var HttpCodes;
    (function(HttpCodes2) {
      HttpCodes2[HttpCodes2["OK"] = 200] = "OK";
      HttpCodes2[HttpCodes2["MultipleChoices"] = 300] = "MultipleChoices";
      HttpCodes2[HttpCodes2["MovedPermanently"] = 301] = "MovedPermanently";
      HttpCodes2[HttpCodes2["ResourceMoved"] = 302] = "ResourceMoved";
      HttpCodes2[HttpCodes2["SeeOther"] = 303] = "SeeOther";
      HttpCodes2[HttpCodes2["NotModified"] = 304] = "NotModified";
      HttpCodes2[HttpCodes2["UseProxy"] = 305] = "UseProxy";
      HttpCodes2[HttpCodes2["SwitchProxy"] = 306] = "SwitchProxy";
      HttpCodes2[HttpCodes2["TemporaryRedirect"] = 307] = "TemporaryRedirect";
      HttpCodes2[HttpCodes2["PermanentRedirect"] = 308] = "PermanentRedirect";
      HttpCodes2[HttpCodes2["BadRequest"] = 400] = "BadRequest";
      HttpCodes2[HttpCodes2["Unauthorized"] = 401] = "Unauthorized";
      HttpCodes2[HttpCodes2["PaymentRequired"] = 402] = "PaymentRequired";
      HttpCodes2[HttpCodes2["Forbidden"] = 403] = "Forbidden";
      HttpCodes2[HttpCodes2["NotFound"] = 404] = "NotFound";
      HttpCodes2[HttpCodes2["MethodNotAllowed"] = 405] = "MethodNotAllowed";
      HttpCodes2[HttpCodes2["NotAcceptable"] = 406] = "NotAcceptable";
      HttpCodes2[HttpCodes2["ProxyAuthenticationRequired"] = 407] = "ProxyAuthenticationRequired";
      HttpCodes2[HttpCodes2["RequestTimeout"] = 408] = "RequestTimeout";
      HttpCodes2[HttpCodes2["Conflict"] = 409] = "Conflict";
      HttpCodes2[HttpCodes2["Gone"] = 410] = "Gone";
      HttpCodes2[HttpCodes2["TooManyRequests"] = 429] = "TooManyRequests";
      HttpCodes2[HttpCodes2["InternalServerError"] = 500] = "InternalServerError";
      HttpCodes2[HttpCodes2["NotImplemented"] = 501] = "NotImplemented";
      HttpCodes2[HttpCodes2["BadGateway"] = 502] = "BadGateway";
      HttpCodes2[HttpCodes2["ServiceUnavailable"] = 503] = "ServiceUnavailable";
      HttpCodes2[HttpCodes2["GatewayTimeout"] = 504] = "GatewayTimeout";
    })(HttpCodes || (exports.HttpCodes = HttpCodes = {}));
    var Headers;
    (function(Headers2) {
      Headers2["Accept"] = "accept";
      Headers2["ContentType"] = "content-type";
    })(Headers || (exports.Headers = Headers = {}));
    var MediaTypes;
    (function(MediaTypes2) {
      MediaTypes2["ApplicationJson"] = "application/json";
    })(MediaTypes || (exports.MediaTypes = MediaTypes = {}));
    function getProxyUrl(serverUrl) {
      const proxyUrl = pm.getProxyUrl(new URL(serverUrl));
      return proxyUrl ? proxyUrl.href : "";
    }
    var HttpRedirectCodes = [
      HttpCodes.MovedPermanently,
      HttpCodes.ResourceMoved,
      HttpCodes.SeeOther,
      HttpCodes.TemporaryRedirect,
      HttpCodes.PermanentRedirect
    ];
    var HttpResponseRetryCodes = [
      HttpCodes.BadGateway,
      HttpCodes.ServiceUnavailable,
      HttpCodes.GatewayTimeout
    ];
    var RetryableHttpVerbs = ["OPTIONS", "GET", "DELETE", "HEAD"];
    var ExponentialBackoffCeiling = 10;
    var ExponentialBackoffTimeSlice = 5;
    var HttpClientError = class _HttpClientError extends Error {
      constructor(message, statusCode) {
        super(message);
        this.name = "HttpClientError";
        this.statusCode = statusCode;
        Object.setPrototypeOf(this, _HttpClientError.prototype);
      }
    };
    exports.HttpClientError = HttpClientError;
    var HttpClientResponse = class {
      constructor(message) {
        this.message = message;
      }
      readBody() {
        return __awaiter2(this, void 0, void 0, function* () {
          return new Promise((resolve2) => __awaiter2(this, void 0, void 0, function* () {
            let output = Buffer.alloc(0);
            this.message.on("data", (chunk) => {
              output = Buffer.concat([output, chunk]);
            });
            this.message.on("end", () => {
              resolve2(output.toString());
            });
          }));
        });
      }
      readBodyBuffer() {
        return __awaiter2(this, void 0, void 0, function* () {
          return new Promise((resolve2) => __awaiter2(this, void 0, void 0, function* () {
            const chunks = [];
            this.message.on("data", (chunk) => {
              chunks.push(chunk);
            });
            this.message.on("end", () => {
              resolve2(Buffer.concat(chunks));
            });
          }));
        });
      }
    };
    exports.HttpClientResponse = HttpClientResponse;
    function isHttps(requestUrl) {
      const parsedUrl = new URL(requestUrl);
      return parsedUrl.protocol === "https:";
    }
    var HttpClient2 = class {
      constructor(userAgent, handlers, requestOptions) {
        this._ignoreSslError = false;
        this._allowRedirects = true;
        this._allowRedirectDowngrade = false;
        this._maxRedirects = 50;
        this._allowRetries = false;
        this._maxRetries = 1;
        this._keepAlive = false;
        this._disposed = false;
        this.userAgent = this._getUserAgentWithOrchestrationId(userAgent);
        this.handlers = handlers || [];
        this.requestOptions = requestOptions;
        if (requestOptions) {
          if (requestOptions.ignoreSslError != null) {
            this._ignoreSslError = requestOptions.ignoreSslError;
          }
          this._socketTimeout = requestOptions.socketTimeout;
          if (requestOptions.allowRedirects != null) {
            this._allowRedirects = requestOptions.allowRedirects;
          }
          if (requestOptions.allowRedirectDowngrade != null) {
            this._allowRedirectDowngrade = requestOptions.allowRedirectDowngrade;
          }
          if (requestOptions.maxRedirects != null) {
            this._maxRedirects = Math.max(requestOptions.maxRedirects, 0);
          }
          if (requestOptions.keepAlive != null) {
            this._keepAlive = requestOptions.keepAlive;
          }
          if (requestOptions.allowRetries != null) {
            this._allowRetries = requestOptions.allowRetries;
          }
          if (requestOptions.maxRetries != null) {
            this._maxRetries = requestOptions.maxRetries;
          }
        }
      }
      options(requestUrl, additionalHeaders) {
        return __awaiter2(this, void 0, void 0, function* () {
          return this.request("OPTIONS", requestUrl, null, additionalHeaders || {});
        });
      }
      get(requestUrl, additionalHeaders) {
        return __awaiter2(this, void 0, void 0, function* () {
          return this.request("GET", requestUrl, null, additionalHeaders || {});
        });
      }
      del(requestUrl, additionalHeaders) {
        return __awaiter2(this, void 0, void 0, function* () {
          return this.request("DELETE", requestUrl, null, additionalHeaders || {});
        });
      }
      post(requestUrl, data, additionalHeaders) {
        return __awaiter2(this, void 0, void 0, function* () {
          return this.request("POST", requestUrl, data, additionalHeaders || {});
        });
      }
      patch(requestUrl, data, additionalHeaders) {
        return __awaiter2(this, void 0, void 0, function* () {
          return this.request("PATCH", requestUrl, data, additionalHeaders || {});
        });
      }
      put(requestUrl, data, additionalHeaders) {
        return __awaiter2(this, void 0, void 0, function* () {
          return this.request("PUT", requestUrl, data, additionalHeaders || {});
        });
      }
      head(requestUrl, additionalHeaders) {
        return __awaiter2(this, void 0, void 0, function* () {
          return this.request("HEAD", requestUrl, null, additionalHeaders || {});
        });
      }
      sendStream(verb, requestUrl, stream, additionalHeaders) {
        return __awaiter2(this, void 0, void 0, function* () {
          return this.request(verb, requestUrl, stream, additionalHeaders);
        });
      }
      /**
       * Gets a typed object from an endpoint
       * Be aware that not found returns a null.  Other errors (4xx, 5xx) reject the promise
       */
      getJson(requestUrl_1) {
        return __awaiter2(this, arguments, void 0, function* (requestUrl, additionalHeaders = {}) {
          additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
          const res = yield this.get(requestUrl, additionalHeaders);
          return this._processResponse(res, this.requestOptions);
        });
      }
      postJson(requestUrl_1, obj_1) {
        return __awaiter2(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
          const data = JSON.stringify(obj, null, 2);
          additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
          additionalHeaders[Headers.ContentType] = this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
          const res = yield this.post(requestUrl, data, additionalHeaders);
          return this._processResponse(res, this.requestOptions);
        });
      }
      putJson(requestUrl_1, obj_1) {
        return __awaiter2(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
          const data = JSON.stringify(obj, null, 2);
          additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
          additionalHeaders[Headers.ContentType] = this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
          const res = yield this.put(requestUrl, data, additionalHeaders);
          return this._processResponse(res, this.requestOptions);
        });
      }
      patchJson(requestUrl_1, obj_1) {
        return __awaiter2(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
          const data = JSON.stringify(obj, null, 2);
          additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
          additionalHeaders[Headers.ContentType] = this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
          const res = yield this.patch(requestUrl, data, additionalHeaders);
          return this._processResponse(res, this.requestOptions);
        });
      }
      /**
       * Makes a raw http request.
       * All other methods such as get, post, patch, and request ultimately call this.
       * Prefer get, del, post and patch
       */
      request(verb, requestUrl, data, headers) {
        return __awaiter2(this, void 0, void 0, function* () {
          if (this._disposed) {
            throw new Error("Client has already been disposed.");
          }
          const parsedUrl = new URL(requestUrl);
          let info = this._prepareRequest(verb, parsedUrl, headers);
          const maxTries = this._allowRetries && RetryableHttpVerbs.includes(verb) ? this._maxRetries + 1 : 1;
          let numTries = 0;
          let response;
          do {
            response = yield this.requestRaw(info, data);
            if (response && response.message && response.message.statusCode === HttpCodes.Unauthorized) {
              let authenticationHandler;
              for (const handler of this.handlers) {
                if (handler.canHandleAuthentication(response)) {
                  authenticationHandler = handler;
                  break;
                }
              }
              if (authenticationHandler) {
                return authenticationHandler.handleAuthentication(this, info, data);
              } else {
                return response;
              }
            }
            let redirectsRemaining = this._maxRedirects;
            while (response.message.statusCode && HttpRedirectCodes.includes(response.message.statusCode) && this._allowRedirects && redirectsRemaining > 0) {
              const redirectUrl = response.message.headers["location"];
              if (!redirectUrl) {
                break;
              }
              const parsedRedirectUrl = new URL(redirectUrl);
              if (parsedUrl.protocol === "https:" && parsedUrl.protocol !== parsedRedirectUrl.protocol && !this._allowRedirectDowngrade) {
                throw new Error("Redirect from HTTPS to HTTP protocol. This downgrade is not allowed for security reasons. If you want to allow this behavior, set the allowRedirectDowngrade option to true.");
              }
              yield response.readBody();
              if (parsedRedirectUrl.hostname !== parsedUrl.hostname) {
                for (const header in headers) {
                  if (header.toLowerCase() === "authorization") {
                    delete headers[header];
                  }
                }
              }
              info = this._prepareRequest(verb, parsedRedirectUrl, headers);
              response = yield this.requestRaw(info, data);
              redirectsRemaining--;
            }
            if (!response.message.statusCode || !HttpResponseRetryCodes.includes(response.message.statusCode)) {
              return response;
            }
            numTries += 1;
            if (numTries < maxTries) {
              yield response.readBody();
              yield this._performExponentialBackoff(numTries);
            }
          } while (numTries < maxTries);
          return response;
        });
      }
      /**
       * Needs to be called if keepAlive is set to true in request options.
       */
      dispose() {
        if (this._agent) {
          this._agent.destroy();
        }
        this._disposed = true;
      }
      /**
       * Raw request.
       * @param info
       * @param data
       */
      requestRaw(info, data) {
        return __awaiter2(this, void 0, void 0, function* () {
          return new Promise((resolve2, reject) => {
            function callbackForResult(err, res) {
              if (err) {
                reject(err);
              } else if (!res) {
                reject(new Error("Unknown error"));
              } else {
                resolve2(res);
              }
            }
            this.requestRawWithCallback(info, data, callbackForResult);
          });
        });
      }
      /**
       * Raw request with callback.
       * @param info
       * @param data
       * @param onResult
       */
      requestRawWithCallback(info, data, onResult) {
        if (typeof data === "string") {
          if (!info.options.headers) {
            info.options.headers = {};
          }
          info.options.headers["Content-Length"] = Buffer.byteLength(data, "utf8");
        }
        let callbackCalled = false;
        function handleResult(err, res) {
          if (!callbackCalled) {
            callbackCalled = true;
            onResult(err, res);
          }
        }
        const req = info.httpModule.request(info.options, (msg) => {
          const res = new HttpClientResponse(msg);
          handleResult(void 0, res);
        });
        let socket;
        req.on("socket", (sock) => {
          socket = sock;
        });
        req.setTimeout(this._socketTimeout || 3 * 6e4, () => {
          if (socket) {
            socket.end();
          }
          handleResult(new Error(`Request timeout: ${info.options.path}`));
        });
        req.on("error", function(err) {
          handleResult(err);
        });
        if (data && typeof data === "string") {
          req.write(data, "utf8");
        }
        if (data && typeof data !== "string") {
          data.on("close", function() {
            req.end();
          });
          data.pipe(req);
        } else {
          req.end();
        }
      }
      /**
       * Gets an http agent. This function is useful when you need an http agent that handles
       * routing through a proxy server - depending upon the url and proxy environment variables.
       * @param serverUrl  The server URL where the request will be sent. For example, https://api.github.com
       */
      getAgent(serverUrl) {
        const parsedUrl = new URL(serverUrl);
        return this._getAgent(parsedUrl);
      }
      getAgentDispatcher(serverUrl) {
        const parsedUrl = new URL(serverUrl);
        const proxyUrl = pm.getProxyUrl(parsedUrl);
        const useProxy = proxyUrl && proxyUrl.hostname;
        if (!useProxy) {
          return;
        }
        return this._getProxyAgentDispatcher(parsedUrl, proxyUrl);
      }
      _prepareRequest(method, requestUrl, headers) {
        const info = {};
        info.parsedUrl = requestUrl;
        const usingSsl = info.parsedUrl.protocol === "https:";
        info.httpModule = usingSsl ? https : http;
        const defaultPort = usingSsl ? 443 : 80;
        info.options = {};
        info.options.host = info.parsedUrl.hostname;
        info.options.port = info.parsedUrl.port ? parseInt(info.parsedUrl.port) : defaultPort;
        info.options.path = (info.parsedUrl.pathname || "") + (info.parsedUrl.search || "");
        info.options.method = method;
        info.options.headers = this._mergeHeaders(headers);
        if (this.userAgent != null) {
          info.options.headers["user-agent"] = this.userAgent;
        }
        info.options.agent = this._getAgent(info.parsedUrl);
        if (this.handlers) {
          for (const handler of this.handlers) {
            handler.prepareRequest(info.options);
          }
        }
        return info;
      }
      _mergeHeaders(headers) {
        if (this.requestOptions && this.requestOptions.headers) {
          return Object.assign({}, lowercaseKeys(this.requestOptions.headers), lowercaseKeys(headers || {}));
        }
        return lowercaseKeys(headers || {});
      }
      /**
       * Gets an existing header value or returns a default.
       * Handles converting number header values to strings since HTTP headers must be strings.
       * Note: This returns string | string[] since some headers can have multiple values.
       * For headers that must always be a single string (like Content-Type), use the
       * specialized _getExistingOrDefaultContentTypeHeader method instead.
       */
      _getExistingOrDefaultHeader(additionalHeaders, header, _default) {
        let clientHeader;
        if (this.requestOptions && this.requestOptions.headers) {
          const headerValue = lowercaseKeys(this.requestOptions.headers)[header];
          if (headerValue) {
            clientHeader = typeof headerValue === "number" ? headerValue.toString() : headerValue;
          }
        }
        const additionalValue = additionalHeaders[header];
        if (additionalValue !== void 0) {
          return typeof additionalValue === "number" ? additionalValue.toString() : additionalValue;
        }
        if (clientHeader !== void 0) {
          return clientHeader;
        }
        return _default;
      }
      /**
       * Specialized version of _getExistingOrDefaultHeader for Content-Type header.
       * Always returns a single string (not an array) since Content-Type should be a single value.
       * Converts arrays to comma-separated strings and numbers to strings to ensure type safety.
       * This was split from _getExistingOrDefaultHeader to provide stricter typing for callers
       * that assign the result to places expecting a string (e.g., additionalHeaders[Headers.ContentType]).
       */
      _getExistingOrDefaultContentTypeHeader(additionalHeaders, _default) {
        let clientHeader;
        if (this.requestOptions && this.requestOptions.headers) {
          const headerValue = lowercaseKeys(this.requestOptions.headers)[Headers.ContentType];
          if (headerValue) {
            if (typeof headerValue === "number") {
              clientHeader = String(headerValue);
            } else if (Array.isArray(headerValue)) {
              clientHeader = headerValue.join(", ");
            } else {
              clientHeader = headerValue;
            }
          }
        }
        const additionalValue = additionalHeaders[Headers.ContentType];
        if (additionalValue !== void 0) {
          if (typeof additionalValue === "number") {
            return String(additionalValue);
          } else if (Array.isArray(additionalValue)) {
            return additionalValue.join(", ");
          } else {
            return additionalValue;
          }
        }
        if (clientHeader !== void 0) {
          return clientHeader;
        }
        return _default;
      }
      _getAgent(parsedUrl) {
        let agent;
        const proxyUrl = pm.getProxyUrl(parsedUrl);
        const useProxy = proxyUrl && proxyUrl.hostname;
        if (this._keepAlive && useProxy) {
          agent = this._proxyAgent;
        }
        if (!useProxy) {
          agent = this._agent;
        }
        if (agent) {
          return agent;
        }
        const usingSsl = parsedUrl.protocol === "https:";
        let maxSockets = 100;
        if (this.requestOptions) {
          maxSockets = this.requestOptions.maxSockets || http.globalAgent.maxSockets;
        }
        if (proxyUrl && proxyUrl.hostname) {
          const agentOptions = {
            maxSockets,
            keepAlive: this._keepAlive,
            proxy: Object.assign(Object.assign({}, (proxyUrl.username || proxyUrl.password) && {
              proxyAuth: `${proxyUrl.username}:${proxyUrl.password}`
            }), { host: proxyUrl.hostname, port: proxyUrl.port })
          };
          let tunnelAgent;
          const overHttps = proxyUrl.protocol === "https:";
          if (usingSsl) {
            tunnelAgent = overHttps ? tunnel.httpsOverHttps : tunnel.httpsOverHttp;
          } else {
            tunnelAgent = overHttps ? tunnel.httpOverHttps : tunnel.httpOverHttp;
          }
          agent = tunnelAgent(agentOptions);
          this._proxyAgent = agent;
        }
        if (!agent) {
          const options = { keepAlive: this._keepAlive, maxSockets };
          agent = usingSsl ? new https.Agent(options) : new http.Agent(options);
          this._agent = agent;
        }
        if (usingSsl && this._ignoreSslError) {
          agent.options = Object.assign(agent.options || {}, {
            rejectUnauthorized: false
          });
        }
        return agent;
      }
      _getProxyAgentDispatcher(parsedUrl, proxyUrl) {
        let proxyAgent;
        if (this._keepAlive) {
          proxyAgent = this._proxyAgentDispatcher;
        }
        if (proxyAgent) {
          return proxyAgent;
        }
        const usingSsl = parsedUrl.protocol === "https:";
        proxyAgent = new undici_1.ProxyAgent(Object.assign({ uri: proxyUrl.href, pipelining: !this._keepAlive ? 0 : 1 }, (proxyUrl.username || proxyUrl.password) && {
          token: `Basic ${Buffer.from(`${proxyUrl.username}:${proxyUrl.password}`).toString("base64")}`
        }));
        this._proxyAgentDispatcher = proxyAgent;
        if (usingSsl && this._ignoreSslError) {
          proxyAgent.options = Object.assign(proxyAgent.options.requestTls || {}, {
            rejectUnauthorized: false
          });
        }
        return proxyAgent;
      }
      _getUserAgentWithOrchestrationId(userAgent) {
        const baseUserAgent = userAgent || "actions/http-client";
        const orchId = process.env["ACTIONS_ORCHESTRATION_ID"];
        if (orchId) {
          const sanitizedId = orchId.replace(/[^a-z0-9_.-]/gi, "_");
          return `${baseUserAgent} actions_orchestration_id/${sanitizedId}`;
        }
        return baseUserAgent;
      }
      _performExponentialBackoff(retryNumber) {
        return __awaiter2(this, void 0, void 0, function* () {
          retryNumber = Math.min(ExponentialBackoffCeiling, retryNumber);
          const ms = ExponentialBackoffTimeSlice * Math.pow(2, retryNumber);
          return new Promise((resolve2) => setTimeout(() => resolve2(), ms));
        });
      }
      _processResponse(res, options) {
        return __awaiter2(this, void 0, void 0, function* () {
          return new Promise((resolve2, reject) => __awaiter2(this, void 0, void 0, function* () {
            const statusCode = res.message.statusCode || 0;
            const response = {
              statusCode,
              result: null,
              headers: {}
            };
            if (statusCode === HttpCodes.NotFound) {
              resolve2(response);
            }
            function dateTimeDeserializer(key, value) {
              if (typeof value === "string") {
                const a = new Date(value);
                if (!isNaN(a.valueOf())) {
                  return a;
                }
              }
              return value;
            }
            let obj;
            let contents;
            try {
              contents = yield res.readBody();
              if (contents && contents.length > 0) {
                if (options && options.deserializeDates) {
                  obj = JSON.parse(contents, dateTimeDeserializer);
                } else {
                  obj = JSON.parse(contents);
                }
                response.result = obj;
              }
              response.headers = res.message.headers;
            } catch (err) {
            }
            if (statusCode > 299) {
              let msg;
              if (obj && obj.message) {
                msg = obj.message;
              } else if (contents && contents.length > 0) {
                msg = contents;
              } else {
                msg = `Failed request: (${statusCode})`;
              }
              const err = new HttpClientError(msg, statusCode);
              err.result = response.result;
              reject(err);
            } else {
              resolve2(response);
            }
          }));
        });
      }
    };
    exports.HttpClient = HttpClient2;
    var lowercaseKeys = (obj) => Object.keys(obj).reduce((c, k) => (c[k.toLowerCase()] = obj[k], c), {});
  }
});

// src/render/summary.ts
var MAX_SUMMARY_BYTES = 1048576;
var bytes = (text) => Buffer.byteLength(text, "utf8");
var paragraph = (...children) => ({ type: "paragraph", children });
var cell = (...children) => ({ type: "tableCell", children });
var row = (...cells) => ({ type: "tableRow", children: cells });
var STATUS_ICON = { met: "\u2705", partial: "\u{1F7E1}", missing: "\u274C" };
function orderedRules(file) {
  const gaps = sortedGaps(file);
  const gapIds = new Set(gaps.map((rule) => rule.id));
  const rest = file.rules.filter((rule) => !gapIds.has(rule.id));
  return [...gaps, ...rest.filter((rule) => rule.required), ...rest.filter((rule) => !rule.required)];
}
function ruleTable(file, rules, source, withEvidence) {
  const header = row(
    cell(plain("Rule")),
    cell(plain("Required")),
    cell(plain("Status")),
    cell(plain("Severity")),
    cell(plain("Provision")),
    cell(plain("Line")),
    cell(plain("Evidence / what would satisfy it"))
  );
  const rows = rules.map((rule) => {
    const detail = [];
    if (rule.status !== "met" && rule.message) detail.push(cardText(gapMessage(rule)));
    if (withEvidence && rule.evidence && !(rule.status === "partial" && gapMessage(rule).includes("the card gives only")))
      detail.push(plain(`${detail.length ? " " : ""}Found: \u201C`), cardText(rule.evidence, TEXT_LIMITS.quote), plain("\u201D"));
    const status = rule.status === "met" || rule.status === "partial" ? rule.status : "missing";
    return row(
      cell(cardCode(rule.id)),
      cell(plain(rule.required ? "yes" : "no")),
      cell(
        plain(`${STATUS_ICON[status]} ${status}`),
        ...policyNote(rule) ? [plain(" \xB7 "), cardText(policyNote(rule), TEXT_LIMITS.reason)] : []
      ),
      // A met duty is no finding and has no severity.
      cell(plain(rule.blocker ? "blocks the release" : rule.status === "met" ? "" : severityWord(rule.severity))),
      cell(...linked(rule.url, [cardText(rule.citation, TEXT_LIMITS.reason)])),
      // A gap without a line is reported at the title, where the missing item belongs.
      cell(
        ...rule.line === null && !isGap(rule) ? [] : lineLink(source, file.path, lineOf(rule.line, lineOf(file.titleLine)))
      ),
      cell(...detail)
    );
  });
  return { type: "table", align: [null, null, null, null, null, "right", null], children: [header, ...rows] };
}
function cardSection(file, source, comparison, compact) {
  const icon = file.gate.blocked ? "\u{1F6AB}" : file.rules.some(isGap) || file.problems.some(isActiveProblem) ? "\u26A0\uFE0F" : "\u2705";
  const rules = compact ? sortedGaps(file) : orderedRules(file);
  const nodes = [
    { type: "heading", depth: 3, children: [plain(`${icon} `), cardCode(file.path, TEXT_LIMITS.path)] },
    ...tierNodes(file, source, !compact),
    ...gateNodes(file),
    ...problemNodes(file, source)
  ];
  if (rules.length) nodes.push(ruleTable(file, rules, source, !compact));
  if (compact)
    nodes.push(
      paragraph(
        plain("Shortened: evidence quotes, met duties, rules that do not apply and the tier\u2019s reasons are left out.")
      )
    );
  nodes.push(...comparisonNodes(comparison));
  return serialise(nodes);
}
function renderSummary(report, options = {}) {
  const maxBytes = options.maxBytes ?? MAX_SUMMARY_BYTES;
  const header = serialise([
    { type: "heading", depth: 2, children: [plain("ai-act-gate report")] },
    paragraph(plain(verdictLine(report))),
    ...options.comparison ? leadNodes(report.files, (path) => comparisonFor(options.comparison, path)) : []
  ]);
  const judged = judgedNodes(report);
  const footer = serialise([{ type: "thematicBreak" }, paragraph(...judged.length ? judged : toolLine(report))]);
  const truncationNote = (shortened2, omitted2) => serialise([
    paragraph(
      plain(
        `\u2702\uFE0F This summary is limited to 1 MiB: ${[shortened2 ? `${pluralise(shortened2, "card")} shortened` : "", omitted2 ? `${pluralise(omitted2, "card")} left out` : ""].filter(Boolean).join(", ")}. The JSON report and the SARIF file have every finding.`
      )
    )
  ]);
  const reserve = bytes(footer) + bytes(truncationNote(report.files.length, report.files.length)) + 8;
  const parts = [header];
  let used = bytes(header) + 2;
  let shortened = 0;
  let omitted = 0;
  const fitsIn = (section) => used + bytes(section) + 2 + reserve <= maxBytes;
  for (const file of report.files) {
    if (omitted) {
      omitted++;
      continue;
    }
    const comparison = comparisonFor(options.comparison, file.path);
    let section = cardSection(file, options, comparison, false);
    if (!fitsIn(section)) {
      section = cardSection(file, options, comparison, true);
      if (!fitsIn(section)) {
        omitted++;
        continue;
      }
      shortened++;
    }
    parts.push(section);
    used += bytes(section) + 2;
  }
  if (shortened || omitted) parts.push(truncationNote(shortened, omitted));
  const drafts = draftsDetails(options.drafts ?? [], offDiffHeading(options.drafts?.length ?? 0, false));
  if (drafts && fitsIn(drafts)) parts.push(drafts);
  parts.push(footer);
  const summary = `${parts.join("\n\n")}
`;
  return bytes(summary) <= maxBytes ? summary : cutToBytes(summary, maxBytes);
}
function cutToBytes(text, maxBytes) {
  let end = Math.min(text.length, maxBytes);
  while (end > 0 && bytes(text.slice(0, end)) > maxBytes) end = Math.floor(end * 0.9);
  if (/[\uD800-\uDBFF]$/.test(text.slice(0, end))) end--;
  return text.slice(0, end);
}

// node_modules/@actions/github/lib/context.js
import { readFileSync, existsSync } from "fs";
import { EOL } from "os";
var Context = class {
  /**
   * Hydrate the context from the environment
   */
  constructor() {
    var _a, _b, _c;
    this.payload = {};
    if (process.env.GITHUB_EVENT_PATH) {
      if (existsSync(process.env.GITHUB_EVENT_PATH)) {
        this.payload = JSON.parse(readFileSync(process.env.GITHUB_EVENT_PATH, { encoding: "utf8" }));
      } else {
        const path = process.env.GITHUB_EVENT_PATH;
        process.stdout.write(`GITHUB_EVENT_PATH ${path} does not exist${EOL}`);
      }
    }
    this.eventName = process.env.GITHUB_EVENT_NAME;
    this.sha = process.env.GITHUB_SHA;
    this.ref = process.env.GITHUB_REF;
    this.workflow = process.env.GITHUB_WORKFLOW;
    this.action = process.env.GITHUB_ACTION;
    this.actor = process.env.GITHUB_ACTOR;
    this.job = process.env.GITHUB_JOB;
    this.runAttempt = parseInt(process.env.GITHUB_RUN_ATTEMPT, 10);
    this.runNumber = parseInt(process.env.GITHUB_RUN_NUMBER, 10);
    this.runId = parseInt(process.env.GITHUB_RUN_ID, 10);
    this.apiUrl = (_a = process.env.GITHUB_API_URL) !== null && _a !== void 0 ? _a : `https://api.github.com`;
    this.serverUrl = (_b = process.env.GITHUB_SERVER_URL) !== null && _b !== void 0 ? _b : `https://github.com`;
    this.graphqlUrl = (_c = process.env.GITHUB_GRAPHQL_URL) !== null && _c !== void 0 ? _c : `https://api.github.com/graphql`;
  }
  get issue() {
    const payload = this.payload;
    return Object.assign(Object.assign({}, this.repo), { number: (payload.issue || payload.pull_request || payload).number });
  }
  get repo() {
    if (process.env.GITHUB_REPOSITORY) {
      const [owner, repo] = process.env.GITHUB_REPOSITORY.split("/");
      return { owner, repo };
    }
    if (this.payload.repository) {
      return {
        owner: this.payload.repository.owner.login,
        repo: this.payload.repository.name
      };
    }
    throw new Error("context.repo requires a GITHUB_REPOSITORY environment variable like 'owner/repo'");
  }
};

// node_modules/@actions/github/lib/internal/utils.js
var httpClient = __toESM(require_lib(), 1);
var import_undici = __toESM(require_undici(), 1);
var __awaiter = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve2) {
      resolve2(value);
    });
  }
  return new (P || (P = Promise))(function(resolve2, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve2(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
function getAuthString(token, options) {
  if (!token && !options.auth) {
    throw new Error("Parameter token or opts.auth is required");
  } else if (token && options.auth) {
    throw new Error("Parameters token and opts.auth may not both be specified");
  }
  return typeof options.auth === "string" ? options.auth : `token ${token}`;
}
function getProxyAgent(destinationUrl) {
  const hc = new httpClient.HttpClient();
  return hc.getAgent(destinationUrl);
}
function getProxyAgentDispatcher(destinationUrl) {
  const hc = new httpClient.HttpClient();
  return hc.getAgentDispatcher(destinationUrl);
}
function getProxyFetch(destinationUrl) {
  const httpDispatcher = getProxyAgentDispatcher(destinationUrl);
  const proxyFetch = (url, opts) => __awaiter(this, void 0, void 0, function* () {
    return (0, import_undici.fetch)(url, Object.assign(Object.assign({}, opts), { dispatcher: httpDispatcher }));
  });
  return proxyFetch;
}
function getApiBaseUrl() {
  return process.env["GITHUB_API_URL"] || "https://api.github.com";
}
function getUserAgentWithOrchestrationId(baseUserAgent) {
  var _a;
  const orchId = (_a = process.env["ACTIONS_ORCHESTRATION_ID"]) === null || _a === void 0 ? void 0 : _a.trim();
  if (orchId) {
    const sanitizedId = orchId.replace(/[^a-z0-9_.-]/gi, "_");
    const tag = `actions_orchestration_id/${sanitizedId}`;
    if (baseUserAgent === null || baseUserAgent === void 0 ? void 0 : baseUserAgent.includes(tag))
      return baseUserAgent;
    const ua = baseUserAgent ? `${baseUserAgent} ` : "";
    return `${ua}${tag}`;
  }
  return baseUserAgent;
}

// node_modules/@actions/github/lib/utils.js
var context = new Context();
var baseUrl = getApiBaseUrl();
var defaults = {
  baseUrl,
  request: {
    agent: getProxyAgent(baseUrl),
    fetch: getProxyFetch(baseUrl)
  }
};
var GitHub = Octokit.plugin(restEndpointMethods, paginateRest).defaults(defaults);
function getOctokitOptions(token, options) {
  const opts = Object.assign({}, options || {});
  const auth = getAuthString(token, opts);
  if (auth) {
    opts.auth = auth;
  }
  const userAgent = getUserAgentWithOrchestrationId(opts.userAgent);
  if (userAgent) {
    opts.userAgent = userAgent;
  }
  return opts;
}

// node_modules/@actions/github/lib/github.js
var context2 = new Context();
function getOctokit(token, options, ...additionalPlugins) {
  const GitHubWithPlugins = GitHub.plugin(...additionalPlugins);
  return new GitHubWithPlugins(getOctokitOptions(token, options));
}

// src/publish/review-client.ts
function reviewMethods(octokit, repository) {
  const rest = octokit.rest;
  const toReview = (data) => ({
    id: data.id,
    body: data.body ?? "",
    author: data.user?.login ?? null,
    commitId: data.commit_id ?? null
  });
  return {
    async listReviews(pullNumber) {
      const reviews = await octokit.paginate(rest.pulls.listReviews, {
        ...repository,
        pull_number: pullNumber,
        per_page: 100
      });
      return reviews.map(toReview);
    },
    async createReview(pullNumber, review) {
      const { data } = await rest.pulls.createReview({
        ...repository,
        pull_number: pullNumber,
        commit_id: review.commitId,
        body: review.body,
        event: "COMMENT",
        comments: review.comments.map((comment) => ({ ...comment, side: "RIGHT" }))
      });
      return toReview(data);
    },
    async updateReview(pullNumber, reviewId, body) {
      await rest.pulls.updateReview({ ...repository, pull_number: pullNumber, review_id: reviewId, body });
    },
    async listReviewComments(pullNumber, reviewId) {
      const comments = await octokit.paginate(rest.pulls.listCommentsForReview, {
        ...repository,
        pull_number: pullNumber,
        review_id: reviewId,
        per_page: 100
      });
      return comments.map((comment) => ({ id: comment.id, body: comment.body, author: comment.user?.login ?? null }));
    },
    async deleteReviewComment(commentId) {
      await rest.pulls.deleteReviewComment({ ...repository, comment_id: commentId });
    }
  };
}

// src/publish/github-client.ts
var MAX_RATE_LIMIT_WAIT_SECONDS = 60;
var MAX_RATE_LIMIT_RETRIES = 2;
function createOctokitClient(options) {
  const { log, repository } = options;
  const onLimit = (kind) => (retryAfter, request, _octokit, retryCount) => {
    const again = retryCount < MAX_RATE_LIMIT_RETRIES && retryAfter <= MAX_RATE_LIMIT_WAIT_SECONDS;
    log.warning(
      `GitHub API ${kind} hit by ${request.method} ${request.url}; ${again ? `retrying in ${retryAfter} s` : "giving up"}`
    );
    return again;
  };
  const octokit = getOctokit(
    options.token,
    {
      ...options.baseUrl ? { baseUrl: options.baseUrl.replace(/\/+$/, "") } : {},
      ...options.fetch ? { request: { fetch: options.fetch } } : {},
      retry: options.retryAfterBaseValue === void 0 ? {} : { retryAfterBaseValue: options.retryAfterBaseValue },
      throttle: {
        onRateLimit: onLimit("rate limit"),
        onSecondaryRateLimit: onLimit("secondary rate limit"),
        ...options.retryAfterBaseValue === void 0 ? {} : { retryAfterBaseValue: options.retryAfterBaseValue },
        ...options.throttleId ? { id: options.throttleId } : {}
      },
      // Octokit's own notices (deprecations) go to the log, not into annotations.
      log: {
        debug: () => {
        },
        info: () => {
        },
        warn: (message) => log.info(message),
        error: (message) => log.warning(message)
      }
    },
    retry,
    throttling
  );
  useGitHubMediaType(octokit);
  const rest = octokit.rest;
  const toComment = (data) => ({
    id: data.id,
    body: data.body ?? "",
    author: data.user?.login ?? null,
    createdAt: data.created_at
  });
  return {
    async listComments(issueNumber) {
      const comments = await octokit.paginate(rest.issues.listComments, {
        ...repository,
        issue_number: issueNumber,
        per_page: 100
      });
      return comments.map(toComment);
    },
    async createComment(issueNumber, body) {
      const { data } = await rest.issues.createComment({ ...repository, issue_number: issueNumber, body });
      return toComment(data);
    },
    async updateComment(commentId, body) {
      await rest.issues.updateComment({ ...repository, comment_id: commentId, body });
    },
    async deleteComment(commentId) {
      await rest.issues.deleteComment({ ...repository, comment_id: commentId });
    },
    async listPullFiles(pullNumber) {
      const files = await octokit.paginate(rest.pulls.listFiles, {
        ...repository,
        pull_number: pullNumber,
        per_page: 100
      });
      return files.map((file) => ({
        path: file.filename,
        previousPath: file.previous_filename ?? null,
        status: file.status,
        patch: file.patch ?? null
      }));
    },
    async getPullHeadSha(pullNumber) {
      const { data } = await rest.pulls.get({ ...repository, pull_number: pullNumber });
      return data.head.sha;
    },
    async getFileAt(ref, path) {
      return readRepositoryFile(octokit, { ...repository, path, ref });
    },
    async getRepositoryFile(target) {
      return readRepositoryFile(octokit, target);
    },
    async authenticatedLogin() {
      const { data } = await rest.users.getAuthenticated();
      return data.login;
    },
    ...reviewMethods(octokit, repository)
  };
}

// src/publish/upsert-comment.ts
var READ_ONLY_WARNING = "could not post the PR comment (read-only token: pull requests from forks get one under `pull_request`; see the README for the two-workflow setup); results are in the annotations and job summary";
var SHRINK_FACTOR = 0.5;
var normalise = (body) => body.replace(/\r\n?/g, "\n").trimEnd();
var byAge = (a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt) || a.id - b.id;
async function upsertComment(client, options) {
  const { issueNumber, log } = options;
  const authors = new Set(options.authors.map((login) => login.toLowerCase()));
  const isOurs = (comment) => comment.author !== null && authors.has(comment.author.toLowerCase()) && isOurComment(comment.body, options.instanceKey);
  let duplicatesDeleted = 0;
  const findOurs = async () => {
    const [oldest, ...extra] = (await client.listComments(issueNumber)).filter(isOurs).sort(byAge);
    for (const comment of extra) if (await deleteIfPresent(client, comment.id)) duplicatesDeleted++;
    return oldest;
  };
  try {
    const existing = await findOurs();
    if (options.clean && options.deleteWhenClean) {
      if (!existing) return { action: "skipped", commentId: null, duplicatesDeleted };
      await deleteIfPresent(client, existing.id);
      return { action: "deleted", commentId: existing.id, duplicatesDeleted };
    }
    if (!existing && !options.createIfMissing) return { action: "skipped", commentId: null, duplicatesDeleted };
    const written = await withShrinkingBody(options.render, log, async (body) => {
      if (existing) {
        if (normalise(existing.body) === normalise(body))
          return { action: "unchanged", commentId: existing.id };
        await client.updateComment(existing.id, body);
        return { action: "updated", commentId: existing.id };
      }
      const created = await client.createComment(issueNumber, body);
      const [oldest] = (await client.listComments(issueNumber)).filter(isOurs).sort(byAge);
      if (!oldest || oldest.id === created.id) return { action: "created", commentId: created.id };
      await deleteIfPresent(client, created.id);
      duplicatesDeleted++;
      if (normalise(oldest.body) !== normalise(body)) await client.updateComment(oldest.id, body);
      return { action: "updated", commentId: oldest.id };
    });
    return { ...written, duplicatesDeleted };
  } catch (error) {
    const status = statusOf(error);
    if (status === 403 || status === 404) log.warning(READ_ONLY_WARNING);
    else
      log.warning(
        `could not post the PR comment (${status ? `HTTP ${status}: ` : ""}${messageOf(error)}); results are in the annotations and job summary`
      );
    return { action: "failed", commentId: null, duplicatesDeleted };
  }
}
async function withShrinkingBody(render, log, write) {
  try {
    return await write(render(DEFAULT_COMMENT_MAX_LENGTH));
  } catch (error) {
    if (statusOf(error) !== 422 || !/too long/i.test(messageOf(error))) throw error;
    const smaller = Math.floor(DEFAULT_COMMENT_MAX_LENGTH * SHRINK_FACTOR);
    log.info(`GitHub found the comment too long; retrying with at most ${smaller} characters`);
    return write(render(smaller));
  }
}
async function deleteIfPresent(client, commentId) {
  try {
    await client.deleteComment(commentId);
    return true;
  } catch (error) {
    if (statusOf(error) === 404) return false;
    throw error;
  }
}
function messageOf(error) {
  return error instanceof Error ? error.message : String(error);
}

// src/action/environment.ts
import { readFileSync as readFileSync2 } from "node:fs";
import { tmpdir } from "node:os";
function readEnvironment(env = process.env, cwd = process.cwd()) {
  const eventPath = env.GITHUB_EVENT_PATH;
  let payload = {};
  if (eventPath) {
    try {
      payload = JSON.parse(readFileSync2(eventPath, "utf8"));
    } catch (error) {
      throw new InputError(`cannot read the event payload GITHUB_EVENT_PATH=${eventPath}: ${error.message}`);
    }
  }
  return {
    eventName: env.GITHUB_EVENT_NAME ?? "",
    payload,
    repository: env.GITHUB_REPOSITORY || null,
    workspace: env.GITHUB_WORKSPACE || cwd,
    serverUrl: env.GITHUB_SERVER_URL || "https://github.com",
    apiUrl: env.GITHUB_API_URL || "https://api.github.com",
    sha: env.GITHUB_SHA || null,
    ref: env.GITHUB_REF || null,
    runId: env.GITHUB_RUN_ID || null,
    runAttempt: env.GITHUB_RUN_ATTEMPT || null,
    runnerTemp: env.RUNNER_TEMP || tmpdir(),
    hasStepSummary: Boolean(env.GITHUB_STEP_SUMMARY)
  };
}
function runModeOf(env) {
  if (env.eventName !== "pull_request" && env.eventName !== "pull_request_target") return { kind: "all-cards" };
  return {
    kind: "pull-request",
    event: env.eventName,
    pullRequest: pullRequestOf(env.payload, `the ${env.eventName} event`)
  };
}
function pullRequestOf(payload, where) {
  const pr = payload.pull_request;
  const number = pr?.number;
  const baseSha = pr?.base?.sha;
  const headSha = pr?.head?.sha;
  if (typeof number !== "number" || !Number.isInteger(number) || number < 1)
    throw new InputError(`${where} has no pull_request.number`);
  if (!isSha(baseSha) || !isSha(headSha)) throw new InputError(`${where} has no pull_request.base.sha and head.sha`);
  return { number, baseSha, headSha };
}
function isSha(value) {
  return typeof value === "string" && /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/i.test(value);
}
function runUrl(env) {
  if (!env.repository || !env.runId) return void 0;
  const attempt = env.runAttempt && env.runAttempt !== "1" ? `/attempts/${env.runAttempt}` : "";
  return `${env.serverUrl.replace(/\/+$/, "")}/${env.repository}/actions/runs/${env.runId}${attempt}`;
}

// src/action/check-pull-request.ts
var import_picomatch = __toESM(require_picomatch(), 1);
import { lstat, mkdir, readFile, writeFile } from "node:fs/promises";
import { basename, dirname, resolve, sep } from "node:path";
var CARD_FILE_NAMES = /* @__PURE__ */ new Set(["README.md", "MODEL_CARD.md", "model_card.md", "modelcard.md", "ModelCard.md"]);
var IGNORED = /(?:^|\/)(?:node_modules|\.git)\//;
function isCardCandidate(path, patterns) {
  if (patterns.length) return (0, import_picomatch.default)(patterns, { dot: true })(path);
  return CARD_FILE_NAMES.has(basename(path)) && !IGNORED.test(path);
}
async function listChangedFiles(client, pullNumber) {
  try {
    return await client.listPullFiles(pullNumber);
  } catch (error) {
    throw new Error(`cannot list the files of pull request #${pullNumber}: ${error.message}`, {
      cause: error
    });
  }
}
async function checkPullRequest(params) {
  const { client, pullRequest, patterns, workspace, ruleset, log } = params;
  const selected = params.selected ?? (() => true);
  const changed = params.changedFiles ?? await listChangedFiles(client, pullRequest.number);
  const removed = new Set(changed.filter((file) => file.status === "removed").map((file) => file.path));
  const changedCards = [];
  for (const file of changed) {
    if (removed.has(file.path) || !isCardCandidate(file.path, patterns) || !selected(file.path)) continue;
    const root = await headVersion(params, file.path);
    if (!root) continue;
    if (!patterns.length && basename(file.path) === "README.md" && !await looksLikeCard(resolve(root, file.path)))
      continue;
    changedCards.push({ path: file.path, previousPath: file.previousPath, root, file });
  }
  const changedPaths = new Set(changedCards.map((card) => card.path));
  const unchanged = params.changedOnly ? [] : (await findCards(patterns, workspace)).filter(
    (path) => !changedPaths.has(path) && !removed.has(path) && selected(path)
  );
  const byRoot = /* @__PURE__ */ new Map();
  for (const card of changedCards) byRoot.set(card.root, [...byRoot.get(card.root) ?? [], card.path]);
  if (unchanged.length) byRoot.set(workspace, [...byRoot.get(workspace) ?? [], ...unchanged]);
  const files = [];
  for (const [root, paths] of byRoot) {
    files.push(
      ...await checkFiles(paths, {
        cwd: root,
        maxBytes: DEFAULT_MAX_BYTES,
        jobs: params.jobs,
        ruleset,
        rulesDirectory: ruleset.directory,
        policy: params.policy
      })
    );
  }
  files.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  const comparisons = [];
  const texts = [];
  for (const card of changedCards) {
    const head = files.find((file) => file.path === card.path);
    if (!head) continue;
    const bytes2 = await readFile(resolve(card.root, card.path)).catch(() => null);
    if (bytes2) {
      head.provenance ??= cardProvenance(bytes2);
      texts.push({ path: card.path, text: bytes2.toString("utf8"), file: card.file });
    }
    const basePath = card.previousPath ?? card.path;
    let baseText;
    try {
      baseText = await client.getFileAt(pullRequest.baseSha, basePath);
    } catch (error) {
      log.warning(`could not read ${basePath} at the base commit, so it is not compared: ${error.message}`);
      continue;
    }
    if (baseText !== null && Buffer.byteLength(baseText) > DEFAULT_MAX_BYTES) {
      log.info(`${basePath} at the base commit is larger than ${DEFAULT_MAX_BYTES} bytes; not compared`);
      continue;
    }
    comparisons.push(
      compareReports(baseText === null ? null : checkCard(card.path, baseText, ruleset, params.policy), head)
    );
  }
  return { files, comparisons, changedCards: texts };
}
async function headVersion(params, path) {
  const { workspace, headDirectory, pullRequest, client, log } = params;
  if (params.event === "pull_request") {
    const stats = await lstat(resolve(workspace, path)).catch(() => null);
    if (stats?.isSymbolicLink()) {
      log.info(`${path} is a symbolic link; not checked`);
      return null;
    }
    if (stats?.isFile()) return workspace;
  }
  const target = resolve(headDirectory, path);
  if (!target.startsWith(resolve(headDirectory) + sep)) return null;
  const text = await client.getFileAt(pullRequest.headSha, path);
  if (text === null) return null;
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, text);
  return headDirectory;
}

// src/render/annotations.ts
var GITHUB_ANNOTATION_LIMITS = { errors: 10, warnings: 10, notices: 10, total: 50 };
var Kind = { ReleaseBlocker: 0, CardProblem: 1, RequiredMissing: 2, RequiredPartial: 3 };
var LEVEL_RANK = { error: 0, warning: 1, notice: 2 };
var levelOf = (severity) => severity === "error" || severity === "warning" ? severity : "notice";
var filePath = (file) => singleLine(file.path);
function candidatesOf(file, fileIndex) {
  const candidates = [];
  if (file.gate.blocked) {
    candidates.push({
      kind: Kind.ReleaseBlocker,
      fileIndex,
      level: "error",
      title: "Release blocked",
      message: neutraliseKeepingUrls(blockingLines(file).join("; ") || "The release gate blocks this model card", 1e3),
      file: filePath(file),
      startLine: lineOf(file.titleLine)
    });
  }
  for (const finding of findingsOf(file)) {
    const kind = finding.blocker ? Kind.ReleaseBlocker : !finding.status ? Kind.CardProblem : finding.status === "partial" ? Kind.RequiredPartial : Kind.RequiredMissing;
    const title = finding.citation ? `${finding.ruleId} \xB7 ${finding.citation}` : finding.file ? `Policy: ${finding.ruleId}` : `Model card problem: ${finding.ruleId}`;
    candidates.push({
      kind,
      fileIndex,
      level: levelOf(finding.severity),
      title: neutralise(title, TEXT_LIMITS.reason),
      message: neutraliseKeepingUrls(finding.message, 1e3),
      // An expired waiver is annotated at its line in the policy file.
      file: finding.file ? singleLine(finding.file) : filePath(file),
      startLine: lineOf(finding.line),
      startColumn: lineOf(finding.column)
    });
  }
  return candidates;
}
function select(candidates, limits) {
  const used = { error: 0, warning: 0, notice: 0 };
  const cap = {
    error: limits.errors,
    warning: limits.warnings,
    notice: limits.notices
  };
  const chosen = [];
  const dropped = [];
  for (const candidate of candidates) {
    if (chosen.length < limits.total && used[candidate.level] < cap[candidate.level]) {
      used[candidate.level]++;
      chosen.push(candidate);
    } else dropped.push(candidate);
  }
  return { chosen, dropped };
}
function toAnnotations(report, limits = GITHUB_ANNOTATION_LIMITS) {
  const candidates = report.files.flatMap(candidatesOf).sort(
    (a, b) => LEVEL_RANK[a.level] - LEVEL_RANK[b.level] || a.kind - b.kind || a.fileIndex - b.fileIndex || a.startLine - b.startLine
  );
  let { chosen, dropped } = select(candidates, limits);
  let notice = null;
  if (dropped.length && limits.notices > 0 && limits.total > 0) {
    ({ chosen, dropped } = select(candidates, { ...limits, notices: limits.notices - 1, total: limits.total - 1 }));
    const first = dropped[0];
    notice = {
      level: "notice",
      title: "More findings",
      message: `${dropped.length} more ${dropped.length === 1 ? "finding" : "findings"} in the job summary`,
      file: first.file,
      startLine: 1
    };
  }
  const annotations = chosen.map(({ kind: _kind, fileIndex: _fileIndex, ...annotation }) => annotation);
  if (notice) annotations.push(notice);
  return { annotations, omitted: dropped.length };
}

export {
  renderSummary,
  toAnnotations,
  getOctokit,
  createOctokitClient,
  upsertComment,
  readEnvironment,
  runModeOf,
  pullRequestOf,
  isSha,
  runUrl,
  listChangedFiles,
  checkPullRequest
};
