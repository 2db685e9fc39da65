/**
 * What every fake GitHub here shares: it is served through a `fetch` function for Octokit, checks
 * every request it receives and every response it sends against the trimmed OpenAPI description,
 * logs them, and answers injected faults before its own replies. A fake that drifted from GitHub's
 * contract fails the test instead of agreeing with our assumptions.
 */
import { OpenApiContract, type HttpExchange } from './openapi-contract.js';

export interface Fault {
  method: string;
  path: RegExp;
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** How many matching requests fail (default 1). */
  times?: number;
}

export interface LoggedRequest {
  method: string;
  path: string;
  query: string;
  status: number;
}

/** A fake's answer before it is checked and sent. */
export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

const DOCS = 'https://docs.github.com/rest';
let sharedContract: OpenApiContract | undefined;

/** GitHub's error body. */
export function errorBody(message: string): { message: string; documentation_url: string } {
  return { message, documentation_url: DOCS };
}

export abstract class ContractFake {
  /** A GitHub Enterprise Server style base URL, so the client must honour GITHUB_API_URL. */
  readonly baseUrl = 'https://ghes.example.test/api/v3';
  readonly contract: OpenApiContract;
  readonly log: LoggedRequest[] = [];
  readonly violations: string[] = [];
  private faults: Fault[] = [];

  protected constructor(descriptionFile?: string) {
    this.contract = descriptionFile ? new OpenApiContract(descriptionFile) : (sharedContract ??= new OpenApiContract());
  }

  /** The next matching request(s) get this response instead. */
  fault(fault: Fault): void {
    this.faults.push({ times: 1, ...fault });
  }

  writes(): LoggedRequest[] {
    return this.log.filter((entry) => entry.method !== 'GET');
  }

  /** The fake's own answer to a request within its base URL. */
  protected abstract handle(method: string, url: URL, requestBody: string | null): Reply;

  /** A last look at an answer before it is sent (conditional requests); unchanged by default. */
  protected beforeSending(
    _method: string,
    _requestHeaders: Headers,
    reply: Reply,
    text: string,
    _responseHeaders: Headers,
  ): { reply: Reply; text: string } {
    return { reply, text };
  }

  fetch = async (input: string | URL | Request, init: RequestInit = {}): Promise<Response> => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    const method = (init.method ?? 'GET').toUpperCase();
    const headers = new Headers(init.headers as HeadersInit);
    const body = typeof init.body === 'string' ? init.body : init.body ? String(init.body) : null;
    if (!url.href.startsWith(`${this.baseUrl}/`)) {
      this.violations.push(`${method} ${url.href}: outside the API base URL ${this.baseUrl}`);
      return new Response(null, { status: 599 });
    }
    // The description's paths are relative to the API root.
    const apiUrl = new URL(url.href.slice(this.baseUrl.length), 'https://api.github.com');
    const exchange: HttpExchange = { method, url: apiUrl, headers, body };
    this.violations.push(...this.contract.checkRequest(exchange));
    if (!headers.get('authorization')) this.violations.push(`${method} ${apiUrl.pathname}: no Authorization header`);

    const answer = this.takeFault(method, apiUrl.pathname) ?? this.handle(method, apiUrl, body);
    const responseHeaders = new Headers(answer.headers);
    const { reply, text } = this.beforeSending(
      method,
      headers,
      answer,
      answer.body === undefined ? '' : JSON.stringify(answer.body),
      responseHeaders,
    );
    if (text) responseHeaders.set('content-type', 'application/json; charset=utf-8');
    this.violations.push(...this.contract.checkResponse(exchange, reply.status, responseHeaders, text));
    this.log.push({ method, path: apiUrl.pathname, query: apiUrl.search, status: reply.status });
    return new Response(text || null, { status: reply.status, headers: responseHeaders });
  };

  /** GitHub's pagination: per_page (default 30, at most 100), page, and a Link header keeping the query. */
  protected page(url: URL, items: unknown[]): Reply {
    const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), 100);
    const page = Number(url.searchParams.get('page') ?? 1);
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const link = (n: number) => {
      const next = new URL(`${this.baseUrl}${url.pathname}${url.search}`);
      next.searchParams.set('page', String(n));
      return `<${next.href}>`;
    };
    const links = [];
    if (page < last) links.push(`${link(page + 1)}; rel="next"`, `${link(last)}; rel="last"`);
    if (page > 1) links.push(`${link(1)}; rel="first"`, `${link(page - 1)}; rel="prev"`);
    return {
      status: 200,
      body: items.slice((page - 1) * perPage, page * perPage),
      headers: links.length ? { link: links.join(', ') } : undefined,
    };
  }

  private takeFault(method: string, path: string): Reply | null {
    const fault = this.faults.find((candidate) => candidate.method === method && candidate.path.test(path));
    if (!fault) return null;
    fault.times = (fault.times ?? 1) - 1;
    if (fault.times <= 0) this.faults.splice(this.faults.indexOf(fault), 1);
    return {
      status: fault.status,
      body: fault.body ?? errorBody(fault.status >= 500 ? 'Server Error' : 'Error'),
      headers: fault.headers,
    };
  }
}
