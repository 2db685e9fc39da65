/**
 * Conditional GET requests for `--cache`: every GET is sent with the ETag of its cached response as
 * `If-None-Match`, and a 304 answer (which GitHub does not count against the rate limit) is served
 * from the cache. Wrapped around the retry and throttling plugins, so they see the real exchange.
 */
import type { OrgOctokit } from './octokit.js';
import { statusOf } from './octokit.js';
import type { RunCache } from './run-cache.js';

/** Reduces a body before it is kept (a tree of 100,000 entries, where a few matter). */
export type Shrink = (url: string, data: unknown) => unknown;

type RequestOptions = Record<string, unknown> & { method?: string; headers?: Record<string, unknown> };
type Request = (
  options: RequestOptions,
) => Promise<{ status: number; url: string; headers: Record<string, unknown>; data: unknown }>;

export function useConditionalRequests(
  octokit: OrgOctokit,
  cache: RunCache,
  shrink: Shrink = (_url, data) => data,
): void {
  octokit.hook.wrap('request', (async (request: Request, options: RequestOptions) => {
    if (String(options.method).toUpperCase() !== 'GET') return request(options);
    const url = cacheKey(octokit, options);
    const cached = cache.response(url);
    if (cached) options.headers = { ...options.headers, 'if-none-match': cached.etag };
    try {
      const response = await request(options);
      const etag = response.headers.etag;
      if (typeof etag === 'string' && etag) {
        const link = response.headers.link;
        cache.setResponse(url, {
          etag,
          ...(typeof link === 'string' ? { link } : {}),
          data: shrink(url, response.data),
        });
      }
      return response;
    } catch (error) {
      if (!cached || statusOf(error) !== 304) throw error;
      // Consumers may change what they get; the cached body must stay as it was.
      return {
        status: 304,
        url,
        headers: { etag: cached.etag, ...(cached.link ? { link: cached.link } : {}) },
        data: structuredClone(cached.data),
      };
    }
  }) as never);
}

/** The request's full URL (base URL, path and query): what a cached response is kept under. */
function cacheKey(octokit: OrgOctokit, options: RequestOptions): string {
  return octokit.request.endpoint(options as never).url;
}

/** The key a GET of `route` with `parameters` is cached under, to look at it without a request. */
export function cacheKeyFor(octokit: OrgOctokit, route: string, parameters: Record<string, unknown>): string {
  const endpoint = octokit.request.endpoint as unknown as (
    route: string,
    parameters: Record<string, unknown>,
  ) => { url: string };
  return endpoint(route, parameters).url;
}
