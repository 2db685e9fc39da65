/**
 * The per-card time budget: a worker still on one card when the budget runs out is stopped, the card
 * is reported as skipped (an error at line 1, never retried in the main thread), and the other cards
 * are checked in a fresh worker, in input order. Stub workers (the pool's protocol, as in
 * check-files.test.ts) hang on chosen cards; a build of the real CLI checks a card too big to finish.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkFiles, MIN_FILES_FOR_WORKERS, timedOut, type CheckFilesOptions } from '../../src/check-files.js';
import { buildReport } from '../../src/lint.js';
import { exitCodeFor } from '../../src/exit-code.js';
import { runCli } from '../../src/cli-main.js';
import type { FileReport } from '../../src/model/report.js';
import { writeStubWorker } from '../stub-worker.js';
import { ROOT } from '../helpers.js';

const RULES = join(ROOT, 'rules');
const BUDGET_MS = 600;
const STACK_TRACE = /\n\s+at .+[(:]\d+/;

function workspace(count: number): { cwd: string; paths: string[] } {
  const cwd = mkdtempSync(join(tmpdir(), 'aag-budget-'));
  const paths: string[] = [];
  for (let i = 0; i < count; i++) {
    const path = `cards/card-${String(i).padStart(2, '0')}.md`;
    mkdirSync(join(cwd, 'cards'), { recursive: true });
    writeFileSync(join(cwd, path), `# Model ${i}\n\nA text generation model.\n`);
    paths.push(path);
  }
  return { cwd, paths };
}

const stubs = mkdtempSync(join(tmpdir(), 'aag-budget-stubs-'));
afterAll(() => rmSync(stubs, { recursive: true, force: true }));

const stubWorker = (name: string, onFile: string): URL => writeStubWorker(stubs, name, onFile, { queued: true });

/** Busy forever (a catastrophic regex or parser loop looks like this) / waiting forever (a stuck read). */
const spinning = stubWorker('spin.mjs', `if (path.includes('card-05') || path.includes('card-11')) for (;;) {}`);
const waiting = stubWorker('wait.mjs', `if (path.includes('card-02')) await new Promise(() => {});`);

async function timed(paths: string[], options: CheckFilesOptions): Promise<{ reports: FileReport[]; ms: number }> {
  const started = Date.now();
  const reports = await checkFiles(paths, options);
  return { reports, ms: Date.now() - started };
}

const skipped = (reports: FileReport[]) => reports.filter((report) => report.problems.length > 0);

describe('the per-card time budget', () => {
  const { cwd, paths } = workspace(MIN_FILES_FOR_WORKERS + 4);
  afterAll(() => rmSync(cwd, { recursive: true, force: true }));
  const base = { cwd, maxBytes: 64 * 1024, rulesDirectory: RULES, timeBudgetMs: BUDGET_MS };

  it.each([[1], [2]])('stops a worker spinning on a card and checks the others (jobs %i)', async (jobs) => {
    const { reports, ms } = await timed(paths, { ...base, jobs, workerFile: spinning });
    expect(reports.map((report) => report.path)).toEqual(paths);
    expect(skipped(reports).map((report) => report.path)).toEqual(['cards/card-05.md', 'cards/card-11.md']);
    for (const report of skipped(reports)) {
      // Reported as skipped, not checked again in the main thread (which would add rules).
      expect(report.rules).toEqual([]);
      expect(report.tier.id).toBe('unknown');
      expect(report.problems).toEqual([
        {
          ruleId: 'file-skipped',
          message:
            'checking took longer than 0.6 s; skipped — the card is too large or too convoluted to check in time (raise the limit with --time-budget)',
          line: 1,
          column: 1,
          severity: 'error',
        },
      ]);
    }
    // Two budgets, worker starts and the rest: well under the time of a hang.
    expect(ms).toBeLessThan(2 * BUDGET_MS + 8_000);
  });

  it('stops a worker waiting forever on a card, in a run of fewer files than MIN_FILES_FOR_WORKERS with jobs 1', async () => {
    const few = paths.slice(0, 4);
    const { reports, ms } = await timed(few, { ...base, jobs: 1, workerFile: waiting });
    expect(reports.map((report) => report.path)).toEqual(few);
    expect(skipped(reports).map((report) => [report.path, report.problems[0].message.split(';')[0]])).toEqual([
      ['cards/card-02.md', 'checking took longer than 0.6 s'],
    ]);
    expect(ms).toBeLessThan(BUDGET_MS + 8_000);
  });

  it('leaves slow but finishing cards alone', async () => {
    const slow = stubWorker('slow.mjs', `await new Promise((done) => setTimeout(done, ${BUDGET_MS / 6}));`);
    const { reports } = await timed(paths.slice(0, 6), { ...base, jobs: 1, workerFile: slow });
    expect(skipped(reports)).toEqual([]);
  });

  it('checks in this thread, with no worker, when the budget is 0', async () => {
    const { reports } = await timed(paths.slice(0, 3), { ...base, jobs: 1, workerFile: spinning, timeBudgetMs: 0 });
    // The real checker ran (the stub reports no rules).
    for (const report of reports) expect(report.rules.length).toBeGreaterThan(0);
  });

  it('checks in this thread when there is no worker.js (as under ts-jest), budget or not', async () => {
    const missing = pathToFileURL(join(stubs, 'no-such-worker.js'));
    const { reports } = await timed(paths.slice(0, 3), { ...base, jobs: 1, workerFile: missing });
    for (const report of reports) expect(report.rules.length).toBeGreaterThan(0);
  });

  it('makes a timed-out card fail the run with exit code 1', () => {
    const report = buildReport([timedOut('card.md', 20_000)], 29);
    expect(report.files[0].problems[0].message).toMatch(/^checking took longer than 20 s; skipped — /);
    expect(exitCodeFor(report, 'gate')).toBe(1);
  });
});

describe('ai-act-gate check --time-budget', () => {
  it.each([['abc'], ['-1'], [''], ['NaN']])('refuses --time-budget=%j with exit 2', async (value) => {
    let stderr = '';
    const code = await runCli(['check', `--time-budget=${value}`, 'examples/llm-card/README.md'], {
      cwd: ROOT,
      stdout: () => {},
      stderr: (text) => (stderr += text),
    });
    expect(code).toBe(2);
    expect(stderr).toMatch(/--time-budget must be a number of seconds \(0 for no limit\)/);
  });

  it('is listed in --help', async () => {
    let stdout = '';
    await runCli(['--help'], { cwd: ROOT, stdout: (text) => (stdout += text), stderr: () => {} });
    expect(stdout).toMatch(
      /--time-budget <seconds> +skip a card still being checked after this long \(default: 20; 0: no limit\)/,
    );
  });
});

describe('the bundled CLI with a card that takes too long', () => {
  // A dist/ of its own, with rules/ beside it as in the repository (the bundles find it upwards).
  const build = mkdtempSync(join(tmpdir(), 'aag-dist-budget-'));
  const outdir = join(build, 'dist');
  const cwd = mkdtempSync(join(tmpdir(), 'aag-budget-cli-'));
  beforeAll(() => {
    symlinkSync(RULES, join(build, 'rules'), 'dir');
    execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, env: { ...process.env, AAG_OUTDIR: outdir } });
    copyFileSync(join(ROOT, 'examples', 'llm-card', 'README.md'), join(cwd, 'good.md'));
    // ~12 MB of Markdown: seconds of parsing, far above the budget below.
    const section = (i: number) =>
      `## Section ${i}\n\n- item with *emphasis* and [a link](https://example.com/${i}) and \`code\`\n> a quote\n\n`;
    writeFileSync(join(cwd, 'huge.md'), `# Huge\n\n${Array.from({ length: 120_000 }, (_, i) => section(i)).join('')}`);
  });
  afterAll(() => {
    rmSync(build, { recursive: true, force: true });
    rmSync(cwd, { recursive: true, force: true });
  });

  it('skips it with a finding, checks the other card, exits 1 with no stack trace', () => {
    const started = Date.now();
    const run = spawnSync(
      process.execPath,
      [
        join(outdir, 'cli.js'),
        'check',
        '--format',
        'json',
        '--jobs',
        '1',
        '--max-size',
        '100000000',
        // Long enough for the ordinary card (and the worker's start) on a loaded machine; the huge one takes far longer.
        '--time-budget',
        '3',
        'good.md',
        'huge.md',
      ],
      {
        cwd,
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    const ms = Date.now() - started;
    // Only the line that says why the exit code is 1 (the JSON report is on stdout).
    expect(run.stderr).toMatch(
      /^ai-act-gate: exit code 1: \d+ model cards? could not be read or checked: [^\n]*huge\.md \(file-skipped\)\n$/,
    );
    expect(run.status).toBe(1);
    expect(run.stdout).not.toMatch(STACK_TRACE);
    const files: FileReport[] = JSON.parse(run.stdout).files;
    expect(files.map((file) => file.path)).toEqual(['good.md', 'huge.md']);
    expect(files[0].rules.filter((rule) => rule.status === 'met').length).toBeGreaterThan(15);
    expect(files[1].problems).toEqual([
      expect.objectContaining({
        ruleId: 'file-skipped',
        message: expect.stringMatching(/^checking took longer than 3 s; skipped — /),
        line: 1,
        severity: 'error',
      }),
    ]);
    expect(ms).toBeLessThan(15_000);
  });
});
