/** Starts `serve` on 127.0.0.1 against the GitHub front, and sends it signed deliveries. */
import { createHmac, generateKeyPairSync, randomUUID } from 'node:crypto';
import { startServe, type RunningServer } from '../../src/serve/serve-cli.js';
import { WEBHOOK_PATH, type ServeSettings } from '../../src/serve/settings.js';

export const WEBHOOK_SECRET = 'test-webhook-secret';

/** A fresh RSA key: the App signs its JWTs with it (Prism does not check them). */
export const PRIVATE_KEY = generateKeyPairSync('rsa', {
  modulusLength: 2048,
  privateKeyEncoding: { type: 'pkcs1', format: 'pem' },
  publicKeyEncoding: { type: 'spki', format: 'pem' },
}).privateKey;

export interface Harness {
  server: RunningServer;
  deliveries: Record<string, unknown>[];
  warnings: string[];
}

export async function startHarness(apiUrl: string, overrides: Partial<ServeSettings> = {}): Promise<Harness> {
  const deliveries: Record<string, unknown>[] = [];
  const warnings: string[] = [];
  const server = await startServe(
    {
      appId: '1',
      privateKey: PRIVATE_KEY,
      webhookSecret: WEBHOOK_SECRET,
      port: 0,
      host: '127.0.0.1',
      apiUrl,
      queueSize: 1000,
      concurrency: 2,
      blockedRelease: 'fail',
      ...overrides,
    },
    { info: () => {}, warning: (message) => void warnings.push(message) },
    (entry) => void deliveries.push(entry),
  );
  return { server, deliveries, warnings };
}

export const sign = (body: string, secret = WEBHOOK_SECRET) =>
  `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;

export async function deliver(
  harness: Harness,
  event: string,
  payload: unknown,
  options: { id?: string; signature?: string } = {},
): Promise<{ id: string; status: number }> {
  const body = JSON.stringify(payload);
  const id = options.id ?? randomUUID();
  const response = await fetch(`${harness.server.url}${WEBHOOK_PATH}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-github-event': event,
      'x-github-delivery': id,
      'x-hub-signature-256': options.signature ?? sign(body),
      'user-agent': 'GitHub-Hookshot/test',
    },
    body,
  });
  await response.text();
  return { id, status: response.status };
}

/** The log line of a delivery once its work is done. */
export async function finished(harness: Harness, id: string, timeoutMs = 30_000): Promise<Record<string, unknown>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const entry = harness.deliveries.find((candidate) => candidate.delivery === id && candidate.status === 202);
    if (entry) return entry;
    if (Date.now() > deadline) throw new Error(`delivery ${id} not finished within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
