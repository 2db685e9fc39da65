/**
 * The HTTP side of `serve`: POST /api/github/webhooks and GET /healthz on node:http. A delivery's
 * signature is checked on the raw body before anything parses it (401 otherwise); a delivery id
 * already taken is answered 200 and dropped; the rest is queued and answered 202 at once, or 503
 * when the queue is full or the server is stopping. One JSON line is logged per delivery, when it is
 * turned away or once its work is done.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { RecentIds, WorkQueue } from './work-queue.js';
import { WEBHOOK_PATH } from './settings.js';

/** GitHub caps webhook payloads at 25 MB. */
const MAX_BODY_BYTES = 25 * 1024 * 1024;
const REMEMBERED_DELIVERIES = 10_000;

export interface Delivery {
  id: string;
  name: string;
  payload: Record<string, unknown>;
}

export interface WebhookServerOptions {
  /** Constant-time check of X-Hub-Signature-256 against the raw body. */
  verify(body: string, signature: string): Promise<boolean>;
  /** Does a delivery's work; returns a short outcome for the log ("check run success", "ignored"). */
  handle(delivery: Delivery): Promise<string>;
  queueSize: number;
  concurrency: number;
  /** One JSON object per line; stdout by default. */
  log?: (entry: Record<string, unknown>) => void;
}

export interface WebhookServer {
  server: Server;
  queue: WorkQueue;
  /** Stops taking deliveries, finishes the queued ones, closes the server. */
  shutdown(): Promise<void>;
}

export function createWebhookServer(options: WebhookServerOptions): WebhookServer {
  const queue = new WorkQueue(options.queueSize, options.concurrency);
  const seen = new RecentIds(REMEMBERED_DELIVERIES);
  const log = options.log ?? ((entry) => process.stdout.write(`${JSON.stringify(entry)}\n`));
  let stopping = false;

  const answer = (response: ServerResponse, status: number, body: Record<string, unknown>, headers = {}) => {
    response.writeHead(status, { 'content-type': 'application/json', ...headers });
    response.end(JSON.stringify(body));
  };

  async function onWebhook(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const started = Date.now();
    const id = String(request.headers['x-github-delivery'] ?? '');
    const name = String(request.headers['x-github-event'] ?? '');
    const signature = String(request.headers['x-hub-signature-256'] ?? '');
    const entry = (status: number, outcome: string, extra: Record<string, unknown> = {}) =>
      log({ time: new Date().toISOString(), delivery: id || null, event: name || null, status, outcome, ...extra });
    const turnAway = (status: number, outcome: string, headers = {}) => {
      answer(response, status, { error: outcome }, headers);
      entry(status, outcome, { ms: Date.now() - started });
    };

    const body = await readBody(request);
    if (body === null) return turnAway(413, 'payload too large');
    if (!signature || !(await options.verify(body, signature).catch(() => false)))
      return turnAway(401, 'signature does not match the webhook secret');
    if (!id || !name) return turnAway(400, 'missing X-GitHub-Delivery or X-GitHub-Event');
    if (stopping) return turnAway(503, 'shutting down', { 'retry-after': '30' });
    let payload: Record<string, unknown>;
    try {
      payload = JSON.parse(body) as Record<string, unknown>;
    } catch {
      return turnAway(400, 'body is not JSON');
    }
    if (!seen.add(id)) return turnAway(200, 'redelivery of a delivery already taken: ignored');
    const action = typeof payload.action === 'string' ? payload.action : undefined;
    const repository = (payload.repository as { full_name?: string } | undefined)?.full_name;
    const taken = queue.offer(async () => {
      const begun = Date.now();
      try {
        const outcome = await options.handle({ id, name, payload });
        entry(202, outcome, { action, repository, queuedMs: begun - started, ms: Date.now() - begun });
      } catch (error) {
        // A redelivery of a delivery that failed (from the App's advanced settings) is a retry: take it.
        seen.forget(id);
        entry(202, 'failed', {
          action,
          repository,
          error: error instanceof Error ? error.message : String(error),
          ms: Date.now() - begun,
        });
      }
    });
    if (!taken) {
      seen.forget(id);
      return turnAway(503, 'queue full', { 'retry-after': '60' });
    }
    answer(response, 202, { accepted: id });
  }

  const server = createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0];
    if (path === '/healthz' && (request.method === 'GET' || request.method === 'HEAD'))
      return answer(response, stopping ? 503 : 200, { status: stopping ? 'stopping' : 'ok', queued: queue.size });
    if (path === WEBHOOK_PATH && request.method === 'POST') {
      onWebhook(request, response).catch((error: unknown) => {
        if (!response.headersSent) answer(response, 500, { error: 'internal error' });
        log({ time: new Date().toISOString(), status: 500, outcome: 'internal error', error: String(error) });
      });
      return;
    }
    answer(response, 404, { error: `not found; webhooks go to POST ${WEBHOOK_PATH}` });
  });
  // Answers are small and quick; a slow client must not hold a socket for long.
  server.requestTimeout = 30_000;

  return {
    server,
    queue,
    async shutdown() {
      stopping = true;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      await queue.drain();
      await closed;
    },
  };
}

/** The raw body as text, or null past the size cap. */
async function readBody(request: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}
