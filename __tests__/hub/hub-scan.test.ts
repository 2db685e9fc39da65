/**
 * `hub-scan --author NAME` against a local Hub: 210 models over 3 pages, some gated, one deleted between
 * the listing and its reading, one without a card, and a 429 with Retry-After on the listing. Each card
 * gets the verdicts the same card gets on disk; shards merge into the whole; a re-run with --cache asks
 * the Hub only conditionally for what it could read before.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli-main.js';
import type { Report } from '../../src/model/report.js';
import type { OrgReport } from '../../src/org/types.js';
import { fixtureCard, startHubServer, type FakeModel, type HubServer } from './hub-server.js';

const CARDS = ['mistral-7b-instruct-v0.2.md', 'distilbert-finetuned-emotion.md', 'susastho-llama3-lora-adapter.md'];
const TEXTS = CARDS.map(fixtureCard);
const COUNT = 210;
const DELETED = 'acme/model-123';
const NO_CARD = 'acme/model-077';
const name = (index: number) => `acme/model-${String(index).padStart(3, '0')}`;
const gated = (index: number) => index % 50 === 7;

const MODELS: FakeModel[] = Array.from({ length: COUNT }, (_, index) => ({
  id: name(index),
  sha: index.toString(16).padStart(40, '0'),
  files: (name(index) === NO_CARD ? { 'config.json': '{}' } : { 'README.md': TEXTS[index % TEXTS.length] }) as Record<
    string,
    string
  >,
  gated: gated(index) ? 'manual' : false,
  deleted: name(index) === DELETED,
}));

let hub: HubServer;
let cwd: string;
let onDisk: Report['files'];
beforeAll(async () => {
  hub = await startHubServer(MODELS, { pageSize: 80, rateLimit: { '/api/models': 1 } });
  cwd = mkdtempSync(join(tmpdir(), 'aag-hub-scan-'));
  CARDS.forEach((card, index) => writeFileSync(join(cwd, `card-${index}.md`), TEXTS[index]));
  let stdout = '';
  await runCli(['check', 'card-0.md', 'card-1.md', 'card-2.md', '--format', 'json', '--jobs', '1', '--no-config'], {
    cwd,
    stdout: (text) => (stdout += text),
    stderr: () => {},
  });
  onDisk = (JSON.parse(stdout) as Report).files;
});
afterAll(() => hub.close());

async function hubScan(...args: string[]): Promise<{ code: number; report: OrgReport; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(['hub-scan', ...args, '--hub-url', hub.url], {
    cwd,
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
  });
  const output = args.includes('--output')
    ? readFileSync(join(cwd, args[args.indexOf('--output') + 1]), 'utf8')
    : stdout;
  if (!output) throw new Error(`exit ${code}: ${stderr}`);
  return { code, report: JSON.parse(output) as OrgReport, stderr };
}

const verdicts = (file: Report['files'][number]) => ({
  tier: file.tier.id,
  gate: file.gate.blocked,
  rules: file.rules.map((rule) => `${rule.id}:${rule.status}`),
});

describe('hub-scan --author', () => {
  let full: OrgReport;
  it('checks every model over all pages, with findings for gated, deleted and card-less models', async () => {
    const started = Date.now();
    const before = hub.requests.length;
    const { code, report } = await hubScan('--author', 'acme', '--cache', '.hub-cache');
    full = report;
    expect(code).toBe(1);
    const requests = hub.requests.slice(before);
    // The 429 on the first page was waited out (Retry-After: 1) and the three pages read.
    expect(requests.filter((request) => request.path.startsWith('/api/models?')).map((r) => r.status)).toEqual([
      429, 200, 200, 200,
    ]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    expect(report.repositories).toHaveLength(COUNT);
    const status = (id: string) => report.repositories.find((repository) => repository.fullName === id);
    expect(status(DELETED)).toMatchObject({
      status: 'failed',
      error: expect.stringMatching(/not found on the Hub \(404\)/),
    });
    expect(status(NO_CARD)?.status).toBe('no-cards');
    expect(status(name(7))).toMatchObject({
      status: 'failed',
      error: expect.stringMatching(/is gated \(manual approval\)/),
    });
    expect(report.summary).toMatchObject({ repositories: COUNT, noCards: 1, failed: 1 + 5, checked: COUNT - 7 });
    for (const repository of report.repositories.filter((entry) => entry.status === 'checked')) {
      const index = Number(repository.fullName.slice(-3));
      expect(repository.files[0].hub?.revision).toBe(MODELS[index].sha);
      expect(repository.defaultBranch).toBe(MODELS[index].sha);
      expect(verdicts(repository.files[0])).toEqual(verdicts(onDisk[index % TEXTS.length]));
    }
  });

  it('sends only conditional requests on a re-run with --cache for what it read before', async () => {
    const before = hub.requests.length;
    const { report } = await hubScan('--author', 'acme', '--cache', '.hub-cache');
    const again = hub.requests.slice(before);
    const unconditional = again.filter((request) => !request.conditional);
    // Only what failed before is asked again in full: the deleted model and the gated cards.
    expect(unconditional.every((request) => request.status >= 400)).toBe(true);
    expect(unconditional).toHaveLength(1 + 5);
    expect(again.filter((request) => request.conditional).every((request) => request.status === 304)).toBe(true);
    expect(report.repositories.map((repository) => repository.files.map(verdicts))).toEqual(
      full.repositories.map((repository) => repository.files.map(verdicts)),
    );
  });

  it('covers the author exactly once in shards, and their merge matches the whole', async () => {
    const shards = [];
    for (const part of ['1/3', '2/3', '3/3']) {
      const { report } = await hubScan('--author', 'acme', '--shard', part, '--output', `shard-${part[0]}.json`);
      shards.push(report);
    }
    expect(shards.map((shard) => shard.repositories.length)).toEqual([70, 70, 70]);
    let stdout = '';
    await runCli(['hub-scan', '--merge', 'shard-1.json', 'shard-2.json', 'shard-3.json'], {
      cwd,
      stdout: (text) => (stdout += text),
      stderr: () => {},
    });
    const merged = JSON.parse(stdout) as OrgReport;
    expect(merged.summary).toEqual(full.summary);
  });

  it('writes the HTML dashboard and refuses a bad author', async () => {
    let stdout = '';
    await runCli(['hub-scan', '--author', 'acme', '--format', 'html', '--hub-url', hub.url, '--cache', '.hub-cache'], {
      cwd,
      stdout: (text) => (stdout += text),
      stderr: () => {},
    });
    expect(stdout).toMatch(/^<!DOCTYPE html>/i);
    expect(stdout).toContain('acme/model-000');
    let stderr = '';
    const code = await runCli(['hub-scan', '--author', '../x'], {
      cwd,
      stdout: () => {},
      stderr: (t) => (stderr += t),
    });
    expect(code).toBe(2);
    expect(stderr).toContain('not a Hub user or organisation name');
  });
});
