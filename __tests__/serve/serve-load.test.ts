/**
 * `ai-act-gate serve` as shipped (the CLI bundle, in its own process): `--help` documents every
 * setting, bad settings get a message; 200 signed deliveries sent at once are all answered (202)
 * within GitHub's 10 seconds and each is then handled exactly once (one check run per delivery,
 * against Prism); SIGTERM finishes the queue and exits 0. And, in process, a full queue answers 503
 * without losing what it took.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers.js';
import { startPrism, type PrismServer } from '../contract/prism.js';
import { BuiltAction } from '../release/action-run.js';
import { GitHubFront } from './github-front.js';
import { deliver, PRIVATE_KEY, WEBHOOK_SECRET, type Harness } from './serve-harness.js';
import { webhookExample } from './webhook-examples.js';
import { createWebhookServer } from '../../src/serve/webhook-server.js';

const COMPLIANT = readFileSync(join(ROOT, '__tests__/fixtures/release/systemic-claim-with-evals.md'), 'utf8');
const COMMIT = 'e'.repeat(40);
const DELIVERIES = 200;

let built: BuiltAction;
let prism: PrismServer | null = null;
let front: GitHubFront;
let skipReason = '';

beforeAll(async () => {
  built = BuiltAction.build();
  const started = await startPrism();
  if (typeof started === 'string') {
    skipReason = started;
    return console.warn(`skipping the serve load test: ${started}`);
  }
  prism = started;
  front = new GitHubFront(prism);
  await front.start();
  const fullName = (webhookExample('pull_request', 'opened').repository as { full_name: string }).full_name;
  front.repositories.set(fullName, {
    commits: new Map([[COMMIT, { 'model/README.md': COMPLIANT }]]),
    pullFiles: [],
    pullNumber: 0,
  });
  front.repositories.set(`${fullName.split('/')[0]}/.github`, { commits: new Map(), pullFiles: [], pullNumber: 0 });
}, 90_000);

afterAll(async () => {
  await front?.stop();
  prism?.stop();
  built?.remove();
});

const cli = () => join(built.root, 'dist', 'cli.js');

describe('ai-act-gate serve (the CLI)', () => {
  it('--help documents every variable the settings read', () => {
    const help = spawnSync(process.execPath, [cli(), 'serve', '--help'], { encoding: 'utf8' });
    expect(help.status).toBe(0);
    const source = readFileSync(join(ROOT, 'src/serve/settings.ts'), 'utf8');
    const read = new Set(
      [...source.matchAll(/env\.([A-Z_]+)|required\('([A-Z_]+)'\)|env, '([A-Z_]+)'/g)].map(
        (match) => match[1] ?? match[2] ?? match[3],
      ),
    );
    expect([...read].sort()).toEqual([
      'APP_ID',
      'BLOCKED_RELEASE',
      'CONCURRENCY',
      'GITHUB_API_URL',
      'HOST',
      'PORT',
      'PRIVATE_KEY',
      'PRIVATE_KEY_PATH',
      'QUEUE_SIZE',
      'WEBHOOK_SECRET',
    ]);
    for (const name of read) expect(help.stdout).toMatch(new RegExp(`^  ${name}\\s`, 'm'));
    expect(help.stdout).toContain('/api/github/webhooks');
  });

  it('names a missing setting instead of starting', () => {
    const run = spawnSync(process.execPath, [cli(), 'serve'], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH, APP_ID: '1', WEBHOOK_SECRET: 'x' },
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      'ai-act-gate serve: PRIVATE_KEY or PRIVATE_KEY_PATH must be set (see ai-act-gate serve --help)\n',
    );
  });

  it(`answers ${DELIVERIES} deliveries sent at once within 10 s, handles each once, and stops on SIGTERM`, async () => {
    if (!prism) return console.warn(`skipped: ${skipReason}`);
    const { child, url, lines } = await startCli();
    const harness = { server: { url } } as Harness;
    const before = front.calls.length;
    const repository = webhookExample('pull_request', 'opened').repository as { default_branch: string };
    const payload = {
      ...webhookExample('push'),
      ref: `refs/heads/${repository.default_branch}`,
      after: COMMIT,
      deleted: false,
      repository,
      installation: webhookExample('pull_request', 'opened').installation,
    };
    const sent = Date.now();
    const answers = await Promise.all(
      Array.from({ length: DELIVERIES }, () =>
        deliver(harness, 'push', payload).then((answer) => ({ ...answer, at: Date.now() })),
      ),
    );
    const allAnswered = Math.max(...answers.map((answer) => answer.at)) - sent;
    expect(answers.map((answer) => answer.status)).toEqual(Array(DELIVERIES).fill(202));
    expect(allAnswered).toBeLessThan(10_000);
    const handledLines = () => lines.stdout.filter((line) => line.includes('"outcome"'));
    const deadline = Date.now() + 150_000;
    while (handledLines().length < DELIVERIES && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 100));
    const handled = Date.now() - sent;
    const entries = handledLines().map((line) => JSON.parse(line) as { delivery: string; outcome: string });
    expect(entries.map((entry) => entry.outcome)).toEqual(Array(DELIVERIES).fill('check run success'));
    expect(new Set(entries.map((entry) => entry.delivery))).toEqual(new Set(answers.map((answer) => answer.id)));
    const checkRuns = front.calls
      .slice(before)
      .filter((call) => call.method === 'POST' && call.path.endsWith('/check-runs'));
    expect(checkRuns).toHaveLength(DELIVERIES);
    expect(front.allViolations()).toEqual([]);
    console.log(`${DELIVERIES} deliveries: all answered 202 in ${allAnswered} ms, all handled in ${handled} ms`);

    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(lines.stderr.join('\n')).toMatch(/SIGTERM: finishing 0 queued deliveries[\s\S]*"stopped"/);
  }, 240_000);
});

async function startCli(): Promise<{
  child: ChildProcess;
  url: string;
  lines: { stdout: string[]; stderr: string[] };
}> {
  const child = spawn(process.execPath, [cli(), 'serve'], {
    env: {
      PATH: process.env.PATH,
      APP_ID: '1',
      PRIVATE_KEY: PRIVATE_KEY,
      WEBHOOK_SECRET,
      PORT: '0',
      HOST: '127.0.0.1',
      GITHUB_API_URL: front.url,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines = { stdout: [] as string[], stderr: [] as string[] };
  const collect = (into: string[]) => {
    let rest = '';
    return (chunk: Buffer) => {
      const parts = (rest + chunk.toString('utf8')).split('\n');
      rest = parts.pop()!;
      into.push(...parts.filter(Boolean));
    };
  };
  child.stdout!.on('data', collect(lines.stdout));
  child.stderr!.on('data', collect(lines.stderr));
  const deadline = Date.now() + 30_000;
  for (;;) {
    const listening = lines.stderr.map((line) => /listening on (http:\/\/[\d.:]+)\//.exec(line)).find(Boolean);
    if (listening) return { child, url: listening[1], lines };
    if (child.exitCode !== null || Date.now() > deadline)
      throw new Error(`serve did not start:\n${lines.stderr.join('\n')}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('back-pressure, retries and shutdown (no GitHub API involved)', () => {
  const post = (url: string, id: string) =>
    fetch(`${url}/api/github/webhooks`, {
      method: 'POST',
      headers: { 'x-github-event': 'push', 'x-github-delivery': id, 'x-hub-signature-256': 'sha256=ok' },
      body: '{}',
    }).then((response) => response.status);

  it('takes the redelivery of a delivery whose handling failed, as a retry', async () => {
    const attempts: string[] = [];
    const webhooks = createWebhookServer({
      verify: async () => true,
      handle: async ({ id }) => {
        attempts.push(id);
        if (attempts.length === 1) throw new Error('GitHub answered 502');
        return 'done';
      },
      queueSize: 10,
      concurrency: 1,
      log: () => {},
    });
    await new Promise<void>((resolve) => webhooks.server.listen(0, '127.0.0.1', resolve));
    const address = webhooks.server.address();
    const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    expect(await post(url, 'flaky')).toBe(202);
    await webhooks.queue.drain();
    expect(await post(url, 'flaky')).toBe(202);
    await webhooks.queue.drain();
    expect(await post(url, 'flaky')).toBe(200);
    await webhooks.shutdown();
    expect(attempts).toEqual(['flaky', 'flaky']);
  });

  it('answers 503 when the queue is full, handles all it took, and finishes them on shutdown', async () => {
    const handled: string[] = [];
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const log: Record<string, unknown>[] = [];
    const webhooks = createWebhookServer({
      verify: async () => true,
      handle: async ({ id }) => {
        await gate;
        handled.push(id);
        return 'done';
      },
      queueSize: 2,
      concurrency: 1,
      log: (entry) => void log.push(entry),
    });
    await new Promise<void>((resolve) => webhooks.server.listen(0, '127.0.0.1', resolve));
    const address = webhooks.server.address();
    const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    expect(await post(url, 'one')).toBe(202);
    expect(await post(url, 'two')).toBe(202);
    expect(await post(url, 'three')).toBe(503);
    const stopped = webhooks.shutdown();
    expect(await post(url, 'four').catch(() => 'refused')).toMatch(/^(503|refused)$/);
    release();
    await stopped;
    expect(handled).toEqual(['one', 'two']);
    expect(log.filter((entry) => entry.status === 503).map((entry) => entry.delivery)).toContain('three');
  });
});
