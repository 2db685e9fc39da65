/**
 * A local Hugging Face Hub on 127.0.0.1 for tests: the endpoints ai-act-gate calls, answering with the
 * response shapes recorded in __tests__/fixtures/hub/ (see its README for where each comes from), with
 * ETags and 304s, private and gated models, and scripted 429s and 5xx.
 */
import { createServer, type IncomingMessage } from 'node:http';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { ROOT } from '../helpers.js';

export const FIXTURES = join(ROOT, '__tests__', 'fixtures', 'hub');
const MODEL_INFO = JSON.parse(readFileSync(join(FIXTURES, 'model-info.json'), 'utf8'));
const LIST_ITEM = JSON.parse(readFileSync(join(FIXTURES, 'list-models-item.json'), 'utf8'));
const ERRORS = JSON.parse(readFileSync(join(FIXTURES, 'errors.json'), 'utf8')) as Record<
  string,
  { status: number; headers: Record<string, string>; body: { error: string } }
>;

export function fixtureCard(name: string): string {
  return readFileSync(join(FIXTURES, 'cards', name), 'utf8');
}

export interface FakeModel {
  id: string;
  sha: string;
  /** Files by path at `sha` (README.md is the card); other commits in `revisions`. */
  files: Record<string, string>;
  revisions?: Record<string, Record<string, string>>;
  gated?: false | 'auto' | 'manual';
  private?: boolean;
  pipelineTag?: string;
  tags?: string[];
  cardData?: Record<string, unknown>;
  parameters?: number;
  /** Listed, but gone when read: a model deleted during a scan. */
  deleted?: boolean;
}

export interface RequestLog {
  method: string;
  path: string;
  conditional: boolean;
  status: number;
  authorized: boolean;
}

export interface HubServerOptions {
  /** The token that opens private and gated models. */
  token?: string;
  /** Answer the first n requests whose path starts with the key with 429 (Retry-After from errors.json, or `retryAfter`). */
  rateLimit?: Record<string, number>;
  retryAfter?: string;
  /** Answer the first n requests whose path starts with the key with 503. */
  failures?: Record<string, number>;
  /** Models per page of GET /api/models. */
  pageSize?: number;
}

export interface HubServer {
  url: string;
  requests: RequestLog[];
  models: Map<string, FakeModel>;
  close(): Promise<void>;
}

export async function startHubServer(models: FakeModel[], options: HubServerOptions = {}): Promise<HubServer> {
  const byId = new Map(models.map((model) => [model.id, model]));
  const requests: RequestLog[] = [];
  const rateLimit = { ...options.rateLimit };
  const failures = { ...options.failures };
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const authorized = !!options.token && request.headers.authorization === `Bearer ${options.token}`;
    const log: RequestLog = {
      method: request.method ?? 'GET',
      path: url.pathname + url.search,
      conditional: request.headers['if-none-match'] !== undefined,
      status: 0,
      authorized,
    };
    requests.push(log);
    const send = (status: number, body: string, headers: Record<string, string> = {}): void => {
      log.status = status;
      response.writeHead(status, headers);
      response.end(body);
    };
    const scripted = (table: Record<string, number>, error: string): boolean => {
      const key = Object.keys(table).find((prefix) => url.pathname.startsWith(prefix) && table[prefix] > 0);
      if (!key) return false;
      table[key]--;
      const answer = ERRORS[error];
      const headers: Record<string, string> = { ...answer.headers, 'content-type': 'application/json' };
      if (error === 'rate-limited' && options.retryAfter) headers['Retry-After'] = options.retryAfter;
      send(answer.status, JSON.stringify(answer.body), headers);
      return true;
    };
    if (scripted(rateLimit, 'rate-limited') || scripted(failures, 'server-error')) return;
    route(url, request, byId, authorized, options, (status, body, headers) => {
      const etag = `"${createHash('sha1').update(body).digest('hex')}"`;
      if (status === 200 && request.headers['if-none-match'] === etag) return send(304, '', { etag });
      send(status, body, status === 200 ? { etag, ...headers } : headers);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    models: byId,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

type Reply = (status: number, body: string, headers?: Record<string, string>) => void;

function error(reply: Reply, name: string, replace: Record<string, string> = {}): void {
  const answer = ERRORS[name];
  let message = answer.body.error;
  for (const [from, to] of Object.entries(replace)) message = message.replace(from, to);
  reply(answer.status, JSON.stringify({ error: message }), { ...answer.headers, 'content-type': 'application/json' });
}

function route(
  url: URL,
  request: IncomingMessage,
  byId: Map<string, FakeModel>,
  authorized: boolean,
  options: HubServerOptions,
  reply: Reply,
): void {
  if (request.method !== 'GET') return error(reply, 'repo-not-found');
  const json = { 'content-type': 'application/json; charset=utf-8' };
  if (url.pathname === '/api/models')
    return listPage(url, request.headers.host ?? '127.0.0.1', byId, authorized, options.pageSize ?? 100, reply);
  const info = /^\/api\/models\/([^/]+\/[^/]+)(?:\/revision\/([^/]+))?$/.exec(url.pathname);
  if (info) {
    const found = byId.get(info[1]);
    const model = found?.deleted ? undefined : found;
    if (!model || (model.private && !authorized)) return error(reply, model ? 'unauthorized' : 'repo-not-found');
    const revision = decodeURIComponent(info[2] ?? 'main');
    const sha = resolveRevision(model, revision);
    if (!sha) return error(reply, 'revision-not-found', { REV: revision });
    return reply(200, JSON.stringify(modelJson(model, sha)), json);
  }
  const file = /^\/([^/]+\/[^/]+)\/resolve\/([^/]+)\/(.+)$/.exec(url.pathname);
  if (file) {
    const found = byId.get(file[1]);
    const model = found?.deleted ? undefined : found;
    if (!model || (model.private && !authorized)) return error(reply, model ? 'unauthorized' : 'repo-not-found');
    const sha = resolveRevision(model, decodeURIComponent(file[2]));
    if (!sha) return error(reply, 'revision-not-found', { REV: file[2] });
    if (model.gated && !authorized) return error(reply, 'gated', { REPO: model.id });
    const content = filesAt(model, sha)[file[3]];
    if (content === undefined) return error(reply, 'entry-not-found');
    return reply(200, content, { 'content-type': 'text/plain; charset=utf-8', 'x-repo-commit': sha });
  }
  error(reply, 'repo-not-found');
}

function resolveRevision(model: FakeModel, revision: string): string | null {
  if (revision === 'HEAD' || revision === 'main' || revision === model.sha) return model.sha;
  return model.revisions && revision in model.revisions ? revision : null;
}

function filesAt(model: FakeModel, sha: string): Record<string, string> {
  return sha === model.sha ? model.files : (model.revisions?.[sha] ?? {});
}

function modelJson(model: FakeModel, sha: string): Record<string, unknown> {
  const files = Object.keys(filesAt(model, sha));
  const json: Record<string, unknown> = {
    ...MODEL_INFO,
    _id: createHash('sha1').update(model.id).digest('hex').slice(0, 24),
    id: model.id,
    author: model.id.split('/')[0],
    sha,
    private: model.private ?? false,
    gated: model.gated ?? false,
    pipeline_tag: model.pipelineTag ?? MODEL_INFO.pipeline_tag,
    tags: model.tags ?? MODEL_INFO.tags,
    cardData: model.cardData ?? {},
    siblings: [...new Set(['.gitattributes', ...files])].map((rfilename) => ({ rfilename })),
  };
  if (model.parameters === undefined) delete json.safetensors;
  else json.safetensors = { parameters: { BF16: model.parameters }, total: model.parameters };
  return json;
}

/** GET /api/models?author=…: one page, the next linked by `Link: <…>; rel="next"` as the Hub does. */
function listPage(
  url: URL,
  host: string,
  byId: Map<string, FakeModel>,
  authorized: boolean,
  pageSize: number,
  reply: Reply,
): void {
  const author = url.searchParams.get('author');
  const all = [...byId.values()].filter(
    (model) => (!author || model.id.split('/')[0] === author) && (!model.private || authorized),
  );
  const start = Number(url.searchParams.get('cursor') ?? 0);
  const page = all.slice(start, start + pageSize).map((model) => ({
    ...LIST_ITEM,
    _id: createHash('sha1').update(model.id).digest('hex').slice(0, 24),
    id: model.id,
    private: model.private ?? false,
    gated: model.gated ?? false,
    pipeline_tag: model.pipelineTag ?? LIST_ITEM.pipeline_tag,
  }));
  const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8' };
  if (start + pageSize < all.length) {
    const next = new URL(url.href);
    next.searchParams.set('cursor', String(start + pageSize));
    headers.Link = `<http://${host}${next.pathname}${next.search}>; rel="next"`;
  }
  reply(200, JSON.stringify(page), headers);
}
