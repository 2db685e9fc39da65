/**
 * `check hf://OWNER/NAME[@REVISION]` against a local Hub serving the Hub's recorded response shapes: the
 * same verdicts as the same card on disk, the revision in the report, the Hub's parameter count as a
 * fact with its source, and clear findings (never a crash) for gated, private and deleted models, 429s
 * and 5xx.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli-main.js';
import type { Report } from '../../src/model/report.js';
import { createHubClient } from '../../src/hub/hub-client.js';
import { createHubSession } from '../../src/hub/check-hub.js';
import { parseHubSource, type HubSource } from '../../src/hub/hub-source.js';
import { shippedRuleset } from '../helpers.js';
import { fixtureCard, startHubServer, type FakeModel, type HubServer } from './hub-server.js';

const MISTRAL = fixtureCard('mistral-7b-instruct-v0.2.md');
const DISTILBERT = fixtureCard('distilbert-finetuned-emotion.md');
const SHA = '3ad372fc79158a2148299e3318516c786aeded6c';
const OLD_SHA = '9552e7b1d9b2d5bbd87a5aa7221817285dbb6366';
const TOKEN = 'hf_testtoken0123456789';

const MODELS: FakeModel[] = [
  {
    id: 'mistralai/Mistral-7B-Instruct-v0.2',
    sha: SHA,
    files: { 'README.md': MISTRAL },
    // An earlier commit whose card was a bare title.
    revisions: { [OLD_SHA]: { 'README.md': '# Mistral-7B-Instruct-v0.2\n' } },
    parameters: 7241732096,
    cardData: { license: 'apache-2.0', pipeline_tag: 'text-generation' },
  },
  {
    id: '2en/distilbert-base-uncased-finetuned-emotion',
    sha: 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678',
    files: { 'README.md': DISTILBERT },
    pipelineTag: 'text-classification',
    parameters: 66955010,
    cardData: { license: 'apache-2.0' },
  },
  {
    id: 'meta-llama/Meta-Llama-3-70B-Instruct',
    sha: '7129260dd854a80eb10ace5f61c20324b472b31c',
    files: { 'README.md': MISTRAL.replace(/Mistral-7B-Instruct-v0\.2/g, 'Meta-Llama-3-70B-Instruct') },
    gated: 'manual',
    parameters: 70553706496,
  },
  { id: 'acme/private-model', sha: 'b'.repeat(40), files: { 'README.md': DISTILBERT }, private: true },
  { id: 'acme/no-card', sha: 'c'.repeat(40), files: { 'config.json': '{}' } },
];

let hub: HubServer;
let cwd: string;

beforeAll(async () => {
  hub = await startHubServer(MODELS, { token: TOKEN });
  cwd = mkdtempSync(join(tmpdir(), 'aag-hub-'));
  writeFileSync(join(cwd, 'mistral.md'), MISTRAL);
  writeFileSync(join(cwd, 'distilbert.md'), DISTILBERT);
});
afterAll(() => hub.close());
beforeEach(() => {
  delete process.env.HF_TOKEN;
  delete process.env.HF_ENDPOINT;
});

async function check(...args: string[]): Promise<{ code: number; report: Report; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(['check', ...args, '--format', 'json', '--hub-url', hub.url, '--jobs', '1'], {
    cwd,
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
  });
  if (!stdout) throw new Error(`no report (exit ${code}): ${stderr}`);
  return { code, report: JSON.parse(stdout) as Report, stderr };
}

/** What a verdict is made of, without the path. */
function verdicts(file: Report['files'][number]) {
  return {
    tier: file.tier.id,
    computeFlops: file.tier.computeFlops,
    gate: file.gate,
    rules: file.rules.map((rule) => ({ id: rule.id, status: rule.status, line: rule.line, severity: rule.severity })),
    problems: file.problems.map((problem) => problem.ruleId),
  };
}

describe('check hf://OWNER/NAME', () => {
  it('gives the verdicts of the same card on disk, with the commit judged in the report', async () => {
    const { report } = await check('mistral.md', 'hf://mistralai/Mistral-7B-Instruct-v0.2');
    const [disk, fromHub] = report.files;
    expect(disk.path).toBe('mistral.md');
    expect(fromHub.path).toBe('hf://mistralai/Mistral-7B-Instruct-v0.2');
    expect(verdicts(fromHub)).toEqual(verdicts(disk));
    expect(fromHub.hub).toMatchObject({
      repo: 'mistralai/Mistral-7B-Instruct-v0.2',
      requested: null,
      revision: SHA,
      url: `${hub.url}/mistralai/Mistral-7B-Instruct-v0.2/blob/${SHA}/README.md`,
      pipelineTag: 'text-generation',
      licence: 'apache-2.0',
      gated: false,
      private: false,
      parameters: 7241732096,
    });
    expect(disk.hub).toBeUndefined();
  });

  it('reads the card at the revision asked for and reports that commit', async () => {
    const { report } = await check(`hf://mistralai/Mistral-7B-Instruct-v0.2@${OLD_SHA}`);
    const [file] = report.files;
    expect(file.hub?.revision).toBe(OLD_SHA);
    expect(file.hub?.requested).toBe(OLD_SHA);
    // The bare title of that commit leaves nearly every duty missing, unlike today's card.
    const current = (await check('hf://mistralai/Mistral-7B-Instruct-v0.2')).report.files[0];
    const missing = (f: typeof file) => f.rules.filter((rule) => rule.status === 'missing').length;
    expect(missing(file)).toBeGreaterThan(missing(current));
    expect(hub.requests.some((request) => request.path.includes(`/revision/${OLD_SHA}`))).toBe(true);
    expect(hub.requests.some((request) => request.path.includes(`/resolve/${OLD_SHA}/README.md`))).toBe(true);
  });

  it("uses the Hub's safetensors parameter count, quoting its source, when the card states none", async () => {
    const { report } = await check('distilbert.md', 'hf://2en/distilbert-base-uncased-finetuned-emotion');
    const [disk, fromHub] = report.files;
    const size = (file: typeof disk) => file.rules.find((rule) => rule.id === 'architecture-and-size');
    expect(size(disk)?.status).toBe('missing');
    // The card names its architecture (DistilBERT); the Hub gives the size it left out.
    expect(size(fromHub)?.status).toBe('met');
    expect(fromHub.tier.reasons[0].text).toMatch(
      /^From the Hub \(hf:\/\/2en\/.*\), as the card states none: Hub metadata: 67M parameters;/,
    );
    expect(disk.tier.reasons.some((reason) => reason.text.includes('Hub'))).toBe(false);
    expect(fromHub.tier.id).toBe(disk.tier.id);
  });

  it('turns gated, private, deleted and card-less models into findings, not crashes', async () => {
    const { code, report } = await check(
      'hf://meta-llama/Meta-Llama-3-70B-Instruct',
      'hf://acme/private-model',
      'hf://acme/deleted-model',
      'hf://acme/no-card',
      'hf://mistralai/Mistral-7B-Instruct-v0.2@v9.9',
    );
    expect(code).toBe(1);
    const messages = report.files.map((file) => `${file.problems[0]?.ruleId}: ${file.problems[0]?.message}`);
    expect(messages[0]).toMatch(/^card-unreadable: .*is gated \(manual approval\).*HF_TOKEN/);
    expect(report.files[0].hub?.parameters).toBe(70553706496);
    expect(messages[1]).toMatch(/^card-unreadable: hf:\/\/acme\/private-model: .*401.*private or gated.*HF_TOKEN/);
    expect(messages[2]).toMatch(/^card-unreadable: hf:\/\/acme\/deleted-model: not found on the Hub \(404\)/);
    expect(messages[3]).toMatch(/^card-unreadable: .*has no README\.md/);
    expect(messages[4]).toMatch(/^card-unreadable: hf:\/\/mistralai\/Mistral-7B-Instruct-v0\.2@v9\.9: not found/);
  });

  it('reads gated and private models with HF_TOKEN', async () => {
    process.env.HF_TOKEN = TOKEN;
    const { report } = await check('hf://meta-llama/Meta-Llama-3-70B-Instruct', 'hf://acme/private-model');
    expect(report.files.map((file) => file.problems.filter((p) => p.ruleId === 'card-unreadable'))).toEqual([[], []]);
    expect(report.files[1].hub?.private).toBe(true);
    expect(hub.requests.filter((request) => request.authorized).length).toBeGreaterThanOrEqual(4);
  });

  it('takes the Hub from HF_ENDPOINT when --hub-url is not given', async () => {
    process.env.HF_ENDPOINT = hub.url;
    let stdout = '';
    const code = await runCli(['check', 'hf://2en/distilbert-base-uncased-finetuned-emotion', '--format', 'json'], {
      cwd,
      stdout: (text) => (stdout += text),
      stderr: () => {},
    });
    expect(code).toBeLessThan(2);
    expect((JSON.parse(stdout) as Report).files[0].hub?.repo).toBe('2en/distilbert-base-uncased-finetuned-emotion');
  });

  it('refuses a malformed hf:// source as a usage error', async () => {
    let stderr = '';
    const code = await runCli(['check', 'hf://only-a-name'], { cwd, stdout: () => {}, stderr: (t) => (stderr += t) });
    expect(code).toBe(2);
    expect(stderr).toContain('expected hf://OWNER/NAME');
  });
});

describe('Hub failures: 429 and 5xx', () => {
  const source = (text: string): HubSource => parseHubSource(text) as HubSource;
  const session = (server: HubServer, sleeps: number[], backoffMs = 1) =>
    createHubSession({
      client: createHubClient({
        hubUrl: server.url,
        backoffMs,
        sleep: async (ms) => void sleeps.push(ms),
      }),
      ruleset: shippedRuleset(),
      maxBytes: 5 * 1024 * 1024,
    });

  it("waits as long as a 429's Retry-After says, then reads the model", async () => {
    const server = await startHubServer(MODELS, { rateLimit: { '/api/models/': 1, '/mistralai/': 1 } });
    try {
      const sleeps: number[] = [];
      const report = await session(server, sleeps).check(source('hf://mistralai/Mistral-7B-Instruct-v0.2'));
      expect(sleeps).toEqual([1000, 1000]);
      expect(report.problems.filter((p) => p.ruleId === 'card-unreadable')).toEqual([]);
      expect(server.requests.map((r) => r.status)).toEqual([429, 200, 429, 200]);
    } finally {
      await server.close();
    }
  });

  it('does not wait for a Retry-After beyond the bound: a finding says the Hub is rate-limiting', async () => {
    const server = await startHubServer(MODELS, { rateLimit: { '/api/models/': 1 }, retryAfter: '3600' });
    try {
      const sleeps: number[] = [];
      const report = await session(server, sleeps).check(source('hf://mistralai/Mistral-7B-Instruct-v0.2'));
      expect(sleeps).toEqual([]);
      expect(report.problems[0].message).toMatch(/rate-limiting these requests \(429\)/);
    } finally {
      await server.close();
    }
  });

  it('retries a 5xx a bounded number of times with growing pauses', async () => {
    const server = await startHubServer(MODELS, { failures: { '/api/models/': 2 } });
    try {
      const sleeps: number[] = [];
      const ok = await session(server, sleeps, 10).check(source('hf://mistralai/Mistral-7B-Instruct-v0.2'));
      expect(sleeps).toEqual([10, 20]);
      expect(ok.hub?.revision).toBe(SHA);
    } finally {
      await server.close();
    }
    const failing = await startHubServer(MODELS, { failures: { '/api/models/': 100 } });
    try {
      const sleeps: number[] = [];
      const report = await session(failing, sleeps).check(source('hf://mistralai/Mistral-7B-Instruct-v0.2'));
      expect(sleeps).toHaveLength(4);
      expect(failing.requests).toHaveLength(5);
      expect(report.problems[0].message).toMatch(/the Hub failed \(503\) after several retries/);
    } finally {
      await failing.close();
    }
  });

  it('a connection refused is a finding too', async () => {
    const server = await startHubServer(MODELS);
    await server.close();
    const sleeps: number[] = [];
    const report = await session(server, sleeps).check(source('hf://mistralai/Mistral-7B-Instruct-v0.2'));
    expect(report.problems[0].message).toMatch(/cannot reach the Hub/);
  });
});

describe('conditional requests', () => {
  it('asks again with If-None-Match and uses the copy on a 304', async () => {
    const server = await startHubServer(MODELS);
    try {
      const client = createHubClient({ hubUrl: server.url });
      const run = () =>
        createHubSession({ client, ruleset: shippedRuleset(), maxBytes: 5 << 20 }).check(
          parseHubSource('hf://mistralai/Mistral-7B-Instruct-v0.2') as HubSource,
        );
      const first = await run();
      const firstCount = server.requests.length;
      const second = await run();
      const again = server.requests.slice(firstCount);
      expect(again.length).toBe(firstCount);
      expect(again.every((request) => request.conditional && request.status === 304)).toBe(true);
      expect(client.requests.notModified).toBe(again.length);
      expect(second.rules).toEqual(first.rules);
    } finally {
      await server.close();
    }
  });
});
