/**
 * The Octokit client of the organisation scan: `@octokit/rest` with the retry and throttling plugins
 * (as src/publish/github-client.ts), honouring `GITHUB_API_URL`, with a counter of the HTTP requests it
 * really sends (retries included) for the report and `bench:org`.
 */
import { Octokit } from '@octokit/rest';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import type { Logger } from '../publish/github-client.js';
import { useGitHubMediaType } from '../publish/github-media-type.js';

const OrgOctokitClass = Octokit.plugin(retry, throttling);
export type OrgOctokit = InstanceType<typeof OrgOctokitClass>;

/**
 * A scheduled org scan can afford to wait out a rate limit (a primary limit resets within the hour);
 * giving up would leave the repositories after it unscanned.
 */
const MAX_RATE_LIMIT_WAIT_SECONDS = 3600;
const MAX_RATE_LIMIT_RETRIES = 3;
/** The retry plugin's defaults, and 409 (an empty repository's tree), which no retry changes. */
const DO_NOT_RETRY = [400, 401, 403, 404, 409, 410, 422, 451];

export interface RequestCounter {
  /** HTTP requests sent, retries included. */
  total: number;
  /** Of those, answered 304 Not Modified. */
  notModified: number;
}

export interface OrgOctokitOptions {
  token: string;
  /** `--api-url` / `GITHUB_API_URL`; https://api.github.com when absent. */
  baseUrl?: string;
  log: Logger;
  /** Tests and the bench pass a fake fetch. */
  fetch?: typeof globalThis.fetch;
  /** Milliseconds per retry step and per second of `retry-after`; tests make it small. */
  retryAfterBaseValue?: number;
  /** Separates throttling state between clients in one process (tests). */
  throttleId?: string;
}

export function createOrgOctokit(options: OrgOctokitOptions): { octokit: OrgOctokit; requests: RequestCounter } {
  const { log } = options;
  const requests: RequestCounter = { total: 0, notModified: 0 };
  const send = options.fetch ?? globalThis.fetch;
  const counted: typeof globalThis.fetch = async (input, init) => {
    requests.total++;
    const response = await send(input, init);
    if (response.status === 304) requests.notModified++;
    return response;
  };
  const onLimit =
    (kind: string) =>
    (
      retryAfter: number,
      request: { method: string; url: string } & Record<string, unknown>,
      _octokit: unknown,
      retryCount: number,
    ): boolean => {
      const again = retryCount < MAX_RATE_LIMIT_RETRIES && retryAfter <= MAX_RATE_LIMIT_WAIT_SECONDS;
      // The route's placeholders filled in, so the log says which repository it was.
      const url = request.url.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
        typeof request[name] === 'string' || typeof request[name] === 'number' ? String(request[name]) : placeholder,
      );
      log.warning(
        `GitHub API ${kind} hit by ${request.method} ${url}; ${again ? `retrying in ${retryAfter} s` : 'giving up'}`,
      );
      return again;
    };
  const base = options.retryAfterBaseValue === undefined ? {} : { retryAfterBaseValue: options.retryAfterBaseValue };
  const octokit = new OrgOctokitClass({
    auth: options.token,
    ...(options.baseUrl ? { baseUrl: options.baseUrl.replace(/\/+$/, '') } : {}),
    request: { fetch: counted },
    retry: { ...base, doNotRetry: DO_NOT_RETRY },
    throttle: {
      onRateLimit: onLimit('rate limit'),
      onSecondaryRateLimit: onLimit('secondary rate limit'),
      ...base,
      ...(options.throttleId ? { id: options.throttleId } : {}),
    },
    // @octokit/rest logs every failed request as an error; the report says which repositories failed.
    log: { debug: () => {}, info: () => {}, warn: (message: string) => log.info(message), error: () => {} },
  });
  useGitHubMediaType(octokit);
  return { octokit, requests };
}

export { statusOf } from '../publish/status.js';

/** An error's message without Octokit's " - https://docs.github.com/…" tail. */
export function messageOf(error: unknown): string {
  const message = (error as { message?: unknown } | null)?.message;
  const text = typeof message === 'string' ? message : String(error);
  return text.replace(/ - https:\/\/docs\.github\.com\/\S*$/, '');
}
