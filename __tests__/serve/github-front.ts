/**
 * GitHub's API for the App's tests, on 127.0.0.1: Prism (serving the trimmed OpenAPI description with
 * --errors) answers every call, except the reads of a repository's content, which Prism can only
 * answer with the description's fixed examples. Those (a pull request's files, a file at a commit,
 * a commit's tree, a blob) are answered from the test's model cards, shaped from the description's
 * own examples, and both the request and the answer are checked against the description. Every
 * request is logged; `violations` collects what broke the contract on either side.
 */
import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { OpenApiContract } from '../contract/openapi-contract.js';
import { violationsIn, type PrismServer } from '../contract/prism.js';

export interface Repository {
  /** Files by commit sha, then path. */
  commits: Map<string, Record<string, string>>;
  /** What the pull request changes (paths). */
  pullFiles: string[];
  pullNumber: number;
}

export interface LoggedCall {
  method: string;
  path: string;
  status: number;
  body: unknown;
}

const gitBlobSha = (text: string) =>
  createHash('sha1')
    .update(`blob ${Buffer.byteLength(text)}\0${text}`)
    .digest('hex');

export class GitHubFront {
  readonly calls: LoggedCall[] = [];
  readonly violations: string[] = [];
  readonly repositories = new Map<string, Repository>();
  private readonly contract = new OpenApiContract();
  private server!: Server;
  url = '';
  private prismLinesBefore = 0;

  constructor(private readonly prism: PrismServer) {}

  async start(): Promise<void> {
    this.prismLinesBefore = this.prism.lines.length;
    this.server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const body = chunks.length ? Buffer.concat(chunks).toString('utf8') : null;
        void this.answer(request.method ?? 'GET', request.url ?? '/', request.headers, body).then(
          ({ status, headers, text }) => {
            response.writeHead(status, headers);
            response.end(text);
          },
        );
      });
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    const address = this.server.address();
    this.url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  /** Contract violations, ours and Prism's, since start. */
  allViolations(): string[] {
    return [...this.violations, ...violationsIn(this.prism.lines.slice(this.prismLinesBefore))];
  }

  writes(): LoggedCall[] {
    return this.calls.filter((call) => call.method !== 'GET');
  }

  private async answer(
    method: string,
    rawUrl: string,
    incoming: Record<string, string | string[] | undefined>,
    body: string | null,
  ): Promise<{ status: number; headers: Record<string, string>; text: string }> {
    const url = new URL(rawUrl, 'https://api.github.com');
    const headers = new Headers();
    for (const [name, value] of Object.entries(incoming)) if (typeof value === 'string') headers.set(name, value);
    const own = method === 'GET' ? this.content(url) : null;
    let status: number;
    let text: string;
    let type = 'application/json; charset=utf-8';
    if (own) {
      const exchange = { method, url, headers, body };
      this.violations.push(...this.contract.checkRequest(exchange));
      status = own.status;
      text = JSON.stringify(own.body);
      this.violations.push(
        ...this.contract.checkResponse(exchange, status, new Headers({ 'content-type': type }), text),
      );
    } else {
      const forwarded = new Headers(headers);
      forwarded.delete('host');
      forwarded.delete('content-length');
      const answer = await fetch(`${this.prism.url}${rawUrl}`, { method, headers: forwarded, body });
      status = answer.status;
      text = await answer.text();
      type = answer.headers.get('content-type') ?? type;
    }
    this.calls.push({ method, path: url.pathname, status, body: parseOrKeep(body) });
    return { status, headers: text ? { 'content-type': type } : {}, text };
  }

  /** A content read of a known repository, or null (Prism answers). */
  private content(url: URL): { status: number; body: unknown } | null {
    const match = /^\/repos\/([^/]+)\/([^/]+)\/(.+)$/.exec(url.pathname);
    const repository = match && this.repositories.get(`${match[1]}/${match[2]}`);
    if (!match || !repository) return null;
    const rest = match[3];
    const notFound = { status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' } };
    let found: RegExpExecArray | null;
    if (rest === `pulls/${repository.pullNumber}/files`) {
      const example = this.contract.example('diff-entry-items')[0];
      return {
        status: 200,
        body: repository.pullFiles.map((filename) => ({ ...example, filename, status: 'modified' })),
      };
    }
    if ((found = /^contents\/(.+)$/.exec(rest))) {
      const files = repository.commits.get(url.searchParams.get('ref') ?? '');
      const path = decodeURIComponent(found[1]);
      const text = files?.[path];
      if (text === undefined) return notFound;
      const file = this.contract.example('content-file-response-if-content-is-a-file');
      Object.assign(file, {
        path,
        name: path.split('/').pop(),
        sha: gitBlobSha(text),
        size: Buffer.byteLength(text),
        content: Buffer.from(text).toString('base64'),
      });
      return { status: 200, body: file };
    }
    if ((found = /^git\/trees\/([^/]+)$/.exec(rest))) {
      const files = repository.commits.get(found[1]);
      if (!files) return notFound;
      const tree = Object.entries(files).map(([path, text]) => ({
        path,
        mode: '100644',
        type: 'blob',
        sha: gitBlobSha(text),
        size: Buffer.byteLength(text),
        url: `https://api.github.com/repos/${match[1]}/${match[2]}/git/blobs/${gitBlobSha(text)}`,
      }));
      const body = this.contract.example('git-tree-response-recursively-retrieving-a-tree');
      Object.assign(body, { sha: found[1], tree, truncated: false });
      return { status: 200, body };
    }
    if ((found = /^git\/blobs\/([0-9a-f]{40})$/.exec(rest))) {
      const text = [...repository.commits.values()]
        .flatMap((files) => Object.values(files))
        .find((candidate) => gitBlobSha(candidate) === found![1]);
      if (text === undefined) return notFound;
      const body = this.contract.example('blob');
      Object.assign(body, {
        sha: found[1],
        size: Buffer.byteLength(text),
        content: Buffer.from(text).toString('base64'),
        encoding: 'base64',
      });
      return { status: 200, body };
    }
    return null;
  }
}

function parseOrKeep(body: string | null): unknown {
  if (!body) return null;
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return body;
  }
}
