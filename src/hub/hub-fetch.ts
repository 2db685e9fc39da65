/**
 * The one way the Hub is called: a `fetch` that adds the token, retries what is worth retrying and
 * makes repeated requests conditional. 429 waits as long as `Retry-After` says (bounded), 5xx and
 * network failures are retried a bounded number of times with a growing pause, and a response with
 * an ETag is remembered so that the next request for the same URL sends `If-None-Match` and a 304
 * is answered from the copy. Anything else comes back as the Hub sent it, for the caller to report.
 */

export interface RememberedResponse {
  etag: string;
  status: number;
  contentType: string | null;
  /** The `Link` header: a list page's way to the next (without it a replayed page would end the listing). */
  link?: string | null;
  /** The body's bytes in base64 (a card need not be UTF-8). */
  body: string;
}

/** Where ETags and bodies are kept between requests (in memory by default; on disk with --cache). */
export interface ConditionalStore {
  get(url: string): RememberedResponse | undefined;
  set(url: string, response: RememberedResponse): void;
}

export interface HubRequestCounts {
  /** Requests sent, retries included. */
  total: number;
  /** Of them, sent with If-None-Match. */
  conditional: number;
  /** Answered 304: the remembered copy was used. */
  notModified: number;
  /** Waits for a 429's Retry-After or after a 5xx/network failure. */
  retries: number;
}

export interface HubFetchOptions {
  hubUrl: string;
  token?: string;
  store?: ConditionalStore;
  /** Retries after a 429, a 5xx or a network failure (default 4). */
  maxRetries?: number;
  /** The longest Retry-After honoured, in ms; a longer one is not waited for (default 60 s). */
  maxWaitMs?: number;
  /** The first pause after a 5xx, doubled each time (default 500 ms). */
  backoffMs?: number;
  sleep?: (ms: number) => Promise<void>;
  fetch?: typeof fetch;
}

export interface HubFetch {
  fetch: typeof fetch;
  counts: HubRequestCounts;
}

export function memoryStore(): ConditionalStore {
  const entries = new Map<string, RememberedResponse>();
  return { get: (url) => entries.get(url), set: (url, response) => void entries.set(url, response) };
}

const defaultSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export function createHubFetch(options: HubFetchOptions): HubFetch {
  const counts: HubRequestCounts = { total: 0, conditional: 0, notModified: 0, retries: 0 };
  const store = options.store ?? memoryStore();
  const maxRetries = options.maxRetries ?? 4;
  const maxWaitMs = options.maxWaitMs ?? 60_000;
  const backoffMs = options.backoffMs ?? 500;
  const sleep = options.sleep ?? defaultSleep;
  const send = options.fetch ?? fetch;
  const origin = new URL(options.hubUrl).origin;

  const hubFetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const headers = new Headers(init?.headers);
    // The token goes to the Hub only, never to a host a URL might point elsewhere.
    if (options.token && new URL(url).origin === origin) headers.set('Authorization', `Bearer ${options.token}`);
    const remembered = store.get(url);
    if (remembered) headers.set('If-None-Match', remembered.etag);
    for (let attempt = 0; ; attempt++) {
      counts.total++;
      if (remembered) counts.conditional++;
      let response: Response;
      try {
        response = await send(url, { ...init, headers });
      } catch (error) {
        if (attempt >= maxRetries) throw error;
        counts.retries++;
        await sleep(backoffMs * 2 ** attempt);
        continue;
      }
      if (response.status === 304 && remembered) {
        counts.notModified++;
        const replayHeaders = new Headers({ etag: remembered.etag });
        if (remembered.contentType) replayHeaders.set('content-type', remembered.contentType);
        if (remembered.link) replayHeaders.set('link', remembered.link);
        return new Response(Buffer.from(remembered.body, 'base64'), {
          status: remembered.status,
          headers: replayHeaders,
        });
      }
      const wait = retryWait(response, attempt, backoffMs);
      if (wait !== null && attempt < maxRetries && wait <= maxWaitMs) {
        await response.body?.cancel();
        counts.retries++;
        await sleep(wait);
        continue;
      }
      return remember(url, response, store);
    }
  };
  return { fetch: hubFetch as typeof fetch, counts };
}

/** How long to wait before retrying this response, or null when it is not worth retrying. */
function retryWait(response: Response, attempt: number, backoffMs: number): number | null {
  if (response.status === 429) return retryAfterMs(response.headers.get('retry-after')) ?? backoffMs * 2 ** attempt;
  if (response.status >= 500) return backoffMs * 2 ** attempt;
  return null;
}

/** `Retry-After` as seconds or as an HTTP date, in ms; null when absent or unreadable. */
export function retryAfterMs(value: string | null, now = Date.now()): number | null {
  if (value === null || value.trim() === '') return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

/** A successful response with an ETag is kept (its body read once) so that the next request can be conditional. */
async function remember(url: string, response: Response, store: ConditionalStore): Promise<Response> {
  const etag = response.headers.get('etag');
  if (!response.ok || !etag) return response;
  const body = Buffer.from(await response.arrayBuffer());
  const contentType = response.headers.get('content-type');
  const link = response.headers.get('link');
  store.set(url, { etag, status: response.status, contentType, link, body: body.toString('base64') });
  return new Response(body, { status: response.status, headers: response.headers });
}
