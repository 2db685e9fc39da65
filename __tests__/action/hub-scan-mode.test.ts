/**
 * The Action's `mode: hub-scan` against a local Hub: the report, dashboard, job summary and outputs
 * as `mode: org-scan` leaves them; the Hub from HF_ENDPOINT or `hub-url`, the token from `hf-token`
 * or HF_TOKEN; a family of checkpoint models shown once; with `cache-dir`, a re-run that asks the Hub
 * only conditionally; and a clear error without `hub-author`.
 */
import { jest } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getInputs } from '../../src/action/inputs.js';
import { readEnvironment } from '../../src/action/environment.js';
import { runHubScanMode, HUB_REPORT_FILE } from '../../src/action/hub-scan-mode.js';
import type { OrgReport } from '../../src/org/types.js';
import { ROOT } from '../helpers.js';
import { fixtureCard, startHubServer, type FakeModel, type HubServer } from '../hub/hub-server.js';

const TOKEN = 'hf_test_token';
const PYTHIA = readFileSync(join(ROOT, '__tests__', 'fixtures', 'families', 'EleutherAI_pythia-70m_README.md'), 'utf8');
const STEPS = [1000, 2000, 3000, 4000, 5000];
const sha = (n: number) => n.toString(16).padStart(40, 'a');

/** Five checkpoints of one model (one family), a fine-tune, and a gated model. */
const MODELS: FakeModel[] = [
  ...STEPS.map((step) => ({
    id: `acme/pythia-70m-step${step}`,
    sha: sha(step),
    files: { 'README.md': PYTHIA.replaceAll('Pythia-70M', `Pythia-70M-step${step}`) },
  })),
  { id: 'acme/emotion', sha: sha(1), files: { 'README.md': fixtureCard('distilbert-finetuned-emotion.md') } },
  {
    id: 'acme/gated-7b',
    sha: sha(2),
    files: { 'README.md': fixtureCard('mistral-7b-instruct-v0.2.md') },
    gated: 'manual',
  },
];

let hub: HubServer;
/** @actions/core keeps the job summary's path from its first write: one file for every test. */
let summaryFile: string;
let workspace: string;
let runnerTemp: string;
let written: string[];
const saved = { ...process.env };
const savedExitCode = process.exitCode;

beforeAll(async () => {
  hub = await startHubServer(MODELS, { token: TOKEN, pageSize: 3 });
  summaryFile = join(mkdtempSync(join(tmpdir(), 'aag-hub-mode-summary-')), 'summary.md');
});
afterAll(() => hub.close());

beforeEach(() => {
  workspace = mkdtempSync(join(tmpdir(), 'aag-hub-mode-'));
  runnerTemp = join(workspace, 'runner-temp');
  mkdirSync(runnerTemp);
  process.env.GITHUB_OUTPUT = join(runnerTemp, 'output');
  process.env.GITHUB_STEP_SUMMARY = summaryFile;
  writeFileSync(process.env.GITHUB_OUTPUT, '');
  writeFileSync(process.env.GITHUB_STEP_SUMMARY, '');
  delete process.env.HF_TOKEN;
  delete process.env.HF_ENDPOINT;
  written = [];
  jest.spyOn(process.stdout, 'write').mockImplementation((text: string | Uint8Array) => {
    written.push(String(text));
    return true;
  });
});

afterEach(() => {
  jest.restoreAllMocks();
  process.env = { ...saved };
  process.exitCode = savedExitCode;
  rmSync(workspace, { recursive: true, force: true });
});

const run = (inputs: Record<string, string>) =>
  runHubScanMode(
    getInputs((name) => ({ mode: 'hub-scan', 'fail-on': 'never', ...inputs })[name] ?? ''),
    readEnvironment(
      {
        GITHUB_WORKSPACE: workspace,
        RUNNER_TEMP: runnerTemp,
        GITHUB_REPOSITORY: 'octo-org/.github',
        GITHUB_STEP_SUMMARY: process.env.GITHUB_STEP_SUMMARY,
      },
      workspace,
    ),
  );
const reportOf = (): OrgReport =>
  JSON.parse(readFileSync(join(runnerTemp, 'ai-act-gate', HUB_REPORT_FILE), 'utf8')) as OrgReport;
const output = (name: string): string | undefined =>
  new RegExp(`^${name}<<(.+)\\n([^]*?)\\n\\1$`, 'm').exec(readFileSync(join(runnerTemp, 'output'), 'utf8'))?.[2];

it('scans the author at HF_ENDPOINT with the hf-token input: report, dashboard, job summary and outputs', async () => {
  process.env.HF_ENDPOINT = hub.url;
  await run({ 'hub-author': 'acme', 'hf-token': TOKEN });
  const report = reportOf();
  expect(report.org).toBe('acme');
  expect(report.repositories.map((repository) => [repository.fullName, repository.status])).toEqual(
    MODELS.map((model) => [model.id, 'checked']).sort(),
  );
  // The gated model was read with the token.
  expect(hub.requests.some((request) => request.path.includes('gated-7b') && request.authorized)).toBe(true);
  // Provenance: what judged the cards, and each card's content and Hub revision.
  expect(report.provenance?.rulesetDigest).toMatch(/^sha256:[0-9a-f]{64}$/);
  const emotion = report.repositories.find((repository) => repository.fullName === 'acme/emotion')!.files[0];
  expect(emotion.provenance).toMatchObject({ sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
  expect(emotion.provenance?.hub).toEqual({ repo: 'acme/emotion', revision: sha(1) });
  // The checkpoints are one family, shown once in the dashboard and the summary.
  expect(report.families).toEqual([
    expect.objectContaining({
      members: STEPS.map((step) => `acme/pythia-70m-step${step}/README.md`),
      representative: 'acme/pythia-70m-step1000/README.md',
    }),
  ]);
  const dashboard = readFileSync(output('dashboard')!, 'utf8');
  expect(dashboard).toContain('and 4 more members of this family');
  expect(dashboard).toContain(`sha256 ${emotion.provenance!.sha256.slice(0, 12)}`);
  expect(dashboard).toContain(`Cards judged by ai-act-gate ${report.tool.version}`);
  const summary = readFileSync(process.env.GITHUB_STEP_SUMMARY!, 'utf8');
  expect(summary).toContain('### Card families (1)');
  expect(summary).toContain('<details><summary>4 more members</summary>');
  expect(summary).toContain('### Provenance');
  expect(output('report')).toBe(join(runnerTemp, 'ai-act-gate', HUB_REPORT_FILE));
  expect(output('blocked')).toBe(String(report.summary.blocked > 0));
  expect(Number(output('gaps'))).toBe(report.summary.gaps);
  expect(written.join('')).toContain('Hub author acme: 7 models, 7 cards');
});

it('reports a gated model as not readable without a token, and takes the Hub from hub-url', async () => {
  process.env.HF_ENDPOINT = 'http://127.0.0.1:9';
  await run({ 'hub-author': 'acme', 'hub-url': hub.url });
  const gated = reportOf().repositories.find((repository) => repository.fullName === 'acme/gated-7b');
  expect(gated).toMatchObject({ status: 'failed', error: expect.stringMatching(/gated/) });
});

it('with cache-dir, a re-run asks the Hub only conditionally for what it read before', async () => {
  const inputs = { 'hub-author': 'acme', 'hub-url': hub.url, 'hf-token': TOKEN, 'cache-dir': '.ai-act-gate-cache' };
  await run(inputs);
  const first = reportOf();
  const before = hub.requests.length;
  await run(inputs);
  const again = hub.requests.slice(before);
  expect(again.length).toBeGreaterThan(0);
  expect(again.filter((request) => !request.conditional)).toEqual([]);
  expect(again.every((request) => request.status === 304)).toBe(true);
  const verdicts = (report: OrgReport) =>
    report.repositories.map((repository) => repository.files.map((file) => [file.tier.id, file.gate.blocked]));
  expect(verdicts(reportOf())).toEqual(verdicts(first));
});

it('merges the shard reports of a matrix with merge-reports, families across shards', async () => {
  const inputs = { 'hub-author': 'acme', 'hub-url': hub.url, 'hf-token': TOKEN };
  await run(inputs);
  const whole = reportOf();
  for (const shard of ['1/2', '2/2']) {
    await run({ ...inputs, shard });
    mkdirSync(join(workspace, 'shards'), { recursive: true });
    writeFileSync(join(workspace, 'shards', `${shard[0]}.json`), JSON.stringify(reportOf()));
  }
  await run({ 'hub-author': 'acme', 'merge-reports': 'shards/*.json' });
  const merged = reportOf();
  expect(merged.summary).toEqual(whole.summary);
  expect(merged.families?.map((family) => family.members)).toEqual(whole.families?.map((family) => family.members));
});

it('needs hub-author', async () => {
  await expect(run({})).rejects.toThrow(
    'input hub-author is required for mode hub-scan (the Hugging Face user or organisation)',
  );
});
