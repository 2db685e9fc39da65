/**
 * checkFiles: input order, unreadable files, and the worker pool. The pool needs a bundled
 * worker.js (ts-jest cannot run one), so a build into a temporary folder provides it; stub workers
 * written here exercise crashes.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  checkFiles,
  LARGE_CARD_BYTES,
  LARGE_CARD_HEAP,
  MIN_FILES_FOR_WORKERS,
  WORKER_HEAP,
} from '../src/check-files.js';
import type { FileReport } from '../src/model/report.js';
import { loadRuleset } from '../src/ruleset/load-rules.js';
import { runCli } from '../src/cli-main.js';
import { ROOT } from './helpers.js';
import { writeStubWorker } from './stub-worker.js';

const RULES = join(ROOT, 'rules');
const MAX_BYTES = 64 * 1024;

/** A folder of varied cards plus files that cannot be checked; returns it and the paths in order. */
function workspace(): { cwd: string; paths: string[] } {
  const cwd = mkdtempSync(join(tmpdir(), 'aag-check-files-'));
  const paths: string[] = [];
  const add = (name: string, content: string | Buffer): void => {
    mkdirSync(join(cwd, name, '..'), { recursive: true });
    writeFileSync(join(cwd, name), content);
    paths.push(name);
  };
  copyFileSync(join(ROOT, 'examples', 'llm-card', 'README.md'), join(cwd, 'example.md'));
  paths.push('example.md');
  for (let i = 0; i < 12; i++) {
    add(
      `cards/card-${String(i).padStart(2, '0')}/README.md`,
      [
        i % 3 === 0
          ? ''
          : `---\nlicense: ${i % 2 ? 'apache-2.0' : 'other'}\ndatasets:\n  - set-${i}\npipeline_tag: text-generation\n---\n`,
        `# Model ${i}\n\n`,
        `A ${i + 1}B parameter model trained on ${i * 100} billion tokens of web text. 😀 Ünïcode ſ\n\n`,
        i % 2 ? '## Intended Use\n\nResearch on summarisation; not for medical advice.\n\n' : '',
        i % 4 === 1
          ? '## Training Data\n\nWe filtered and deduplicated [Common Crawl](https://commoncrawl.org).\n'
          : '',
        i % 5 === 2 ? '## Limitations\r\n\r\nIt may produce biased text.\r\n' : '',
      ].join(''),
    );
  }
  add('broken-yaml.md', '---\nlicense: [unclosed\n---\n# Broken\n');
  add('no-headings.md', 'Just a sentence about a model.\n');
  add('bom.md', '\uFEFF# Title with BOM\n\nText.\n');
  paths.push('does/not/exist.md');
  add('binary.md', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
  add('latin1.md', Buffer.from('# Caf\xe9 model\n\nSome text.\n', 'latin1'));
  add('too-big.md', `# Big\n\n${'word '.repeat(MAX_BYTES / 4)}\n`);
  return { cwd, paths };
}

describe('checkFiles', () => {
  const { cwd, paths } = workspace();
  afterAll(() => rmSync(cwd, { recursive: true, force: true }));

  it('reports every file in input order, unreadable ones included', async () => {
    const reports = await checkFiles(paths, { cwd, maxBytes: MAX_BYTES, jobs: 1, rulesDirectory: RULES });
    expect(reports.map((report) => report.path)).toEqual(paths);
    const byPath = new Map(reports.map((report) => [report.path, report]));
    expect(byPath.get('does/not/exist.md')?.problems[0]).toMatchObject({
      ruleId: 'card-unreadable',
      message: 'file not found',
    });
    expect(byPath.get('binary.md')?.problems[0]).toMatchObject({
      ruleId: 'card-unreadable',
      message: expect.stringMatching(/binary file/),
    });
    // Left unread on purpose, not unreadable: an id of its own that a policy can address.
    expect(byPath.get('too-big.md')?.problems[0]).toMatchObject({
      ruleId: 'file-skipped',
      message: expect.stringMatching(/above the 64 KB limit/),
    });
    expect(byPath.get('latin1.md')?.problems).toContainEqual({
      ruleId: 'card-syntax',
      message: 'file is not valid UTF-8; undecodable bytes were replaced with U+FFFD',
      line: 1,
      column: 1,
      severity: 'warning',
    });
    expect(byPath.get('example.md')?.rules.length).toBeGreaterThan(0);
    expect(
      byPath.get('broken-yaml.md')?.problems.some((problem) => problem.message.startsWith('Front matter YAML')),
    ).toBe(true);
  });

  it('refuses a named pipe and a folder at once, without waiting for a writer', async () => {
    execFileSync('mkfifo', [join(cwd, 'pipe.md')]);
    mkdirSync(join(cwd, 'folder.md'));
    const reports = await checkFiles(['pipe.md', 'folder.md', 'example.md'], {
      cwd,
      maxBytes: MAX_BYTES,
      jobs: 1,
      rulesDirectory: RULES,
    });
    expect(reports[0].problems[0].message).toBe(`${join(cwd, 'pipe.md')} is not a regular file`);
    expect(reports[1].problems[0].message).toBe(`${join(cwd, 'folder.md')} is not a regular file`);
    expect(reports[2].rules.length).toBeGreaterThan(0);
  });

  it('checks in this thread when no worker.js sits next to the module (as under ts-jest)', async () => {
    const single = await checkFiles(paths, { cwd, maxBytes: MAX_BYTES, jobs: 1, rulesDirectory: RULES });
    const spread = await checkFiles(paths, { cwd, maxBytes: MAX_BYTES, jobs: 4, rulesDirectory: RULES });
    expect(spread).toEqual(single);
  });
});

describe('ai-act-gate check --jobs', () => {
  it.each([['0'], ['1.5'], ['many']])('refuses --jobs %s with exit 2', async (jobs) => {
    let stderr = '';
    const code = await runCli(['check', '--jobs', jobs, 'examples/llm-card/README.md'], {
      cwd: ROOT,
      stdout: () => {},
      stderr: (text) => (stderr += text),
    });
    expect(code).toBe(2);
    expect(stderr).toMatch(/--jobs must be a whole number of at least 1/);
  });
});

describe('checkFiles on worker threads', () => {
  const { cwd, paths } = workspace();
  // A dist/ of its own, with rules/ beside it as in the repository (the bundles find it upwards).
  const build = mkdtempSync(join(tmpdir(), 'aag-dist-workers-'));
  const outdir = join(build, 'dist');
  beforeAll(() => {
    symlinkSync(RULES, join(build, 'rules'), 'dir');
    execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, env: { ...process.env, AAG_OUTDIR: outdir } });
  });
  afterAll(() => {
    rmSync(cwd, { recursive: true, force: true });
    rmSync(build, { recursive: true, force: true });
  });

  it('gives the same reports with jobs 2 as with jobs 1', async () => {
    expect(paths.length).toBeGreaterThanOrEqual(MIN_FILES_FOR_WORKERS);
    const options = {
      cwd,
      maxBytes: MAX_BYTES,
      rulesDirectory: RULES,
      workerFile: pathToFileURL(join(outdir, 'worker.js')),
    };
    const single = await checkFiles(paths, { ...options, jobs: 1 });
    const pooled = await checkFiles(paths, { ...options, jobs: 2 });
    expect(pooled).toEqual(single);
    expect(pooled.map((report) => report.path)).toEqual(paths);
    // Workers read files ahead of the one they check: the reports still match this thread's, unreadable files, warnings and all.
    expect(pooled).toEqual(await checkFiles(paths, { cwd, maxBytes: MAX_BYTES, jobs: 1, rulesDirectory: RULES }));
    expect(
      pooled.flatMap((report) => report.problems).filter((problem) => problem.message.startsWith('internal error')),
    ).toEqual([]);
    // Handed a loaded ruleset, the workers get a copy instead of loading the rule files.
    expect(await checkFiles(paths, { ...options, jobs: 2, ruleset: loadRuleset(RULES) })).toEqual(single);
  });

  it('prints the same JSON report from the bundled CLI with --jobs 2 and --jobs 1', () => {
    // The CLI takes a path that does not exist for a glob matching nothing: leave it out.
    const existing = paths.filter((path) => path !== 'does/not/exist.md');
    const cli = (jobs: string): string =>
      execFileSync(
        process.execPath,
        [
          join(outdir, 'cli.js'),
          'check',
          '--jobs',
          jobs,
          '--format',
          'json',
          '--fail-on',
          'never',
          '--max-size',
          String(MAX_BYTES),
          ...existing,
        ],
        {
          cwd,
          encoding: 'utf8',
        },
      );
    const pooled = cli('2');
    const files: FileReport[] = JSON.parse(pooled).files;
    expect(files.map((file) => file.path)).toEqual([...existing].sort());
    expect(
      files.flatMap((file) => file.problems).filter((problem) => problem.message.startsWith('internal error')),
    ).toEqual([]);
    expect(pooled).toBe(cli('1'));
  });
});

describe('checkFiles when a worker dies', () => {
  const { cwd, paths } = workspace();
  const stubs = mkdtempSync(join(tmpdir(), 'aag-stub-workers-'));
  afterAll(() => {
    rmSync(cwd, { recursive: true, force: true });
    rmSync(stubs, { recursive: true, force: true });
  });

  /** A worker that reports each path as checked, or dies on one. */
  const stubWorker = (name: string, onFile: string): URL => writeStubWorker(stubs, name, onFile);

  it('reports the file that brought a worker down as an internal error and checks the rest', async () => {
    const crashing = stubWorker(
      'crash.mjs',
      `if (path.includes('card-05')) throw new Error('stub crashed on ' + path);`,
    );
    const reports = await checkFiles(paths, {
      cwd,
      maxBytes: MAX_BYTES,
      jobs: 2,
      rulesDirectory: RULES,
      workerFile: crashing,
    });
    expect(reports.map((report) => report.path)).toEqual(paths);
    const failed = reports.filter((report) => report.problems.length > 0);
    expect(failed).toHaveLength(1);
    expect(failed[0].path).toBe('cards/card-05/README.md');
    expect(failed[0].problems[0].message).toBe(
      'internal error while checking: stub crashed on cards/card-05/README.md',
    );
    expect(failed[0].tier.id).toBe('unknown');
  });

  it('survives a worker that exits without an error', async () => {
    const exiting = stubWorker('exit.mjs', `if (path.includes('card-07')) process.exit(7);`);
    const reports = await checkFiles(paths, {
      cwd,
      maxBytes: MAX_BYTES,
      jobs: 2,
      rulesDirectory: RULES,
      workerFile: exiting,
    });
    const failed = reports.filter((report) => report.problems.length > 0);
    expect(failed.map((report) => [report.path, report.problems[0].message])).toEqual([
      ['cards/card-07/README.md', 'internal error while checking: worker thread stopped (exit code 7)'],
    ]);
    expect(reports.map((report) => report.path)).toEqual(paths);
  });

  it('gives the workers a larger heap when one of the cards is 1 MB or more', async () => {
    const heapOnCrash = stubWorker(
      'heap.mjs',
      `if (path.includes('card-05') || path === 'big.md') throw new Error('heap ' + resourceLimits.maxOldGenerationSizeMb);`,
    );
    writeFileSync(join(cwd, 'big.md'), `# Big\n\n${'word '.repeat(LARGE_CARD_BYTES / 5)}`);
    const options = { cwd, jobs: 2, rulesDirectory: RULES, workerFile: heapOnCrash };
    const usual = await checkFiles(paths, { ...options, maxBytes: MAX_BYTES });
    const withLarge = await checkFiles([...paths, 'big.md'], { ...options, maxBytes: 2 * LARGE_CARD_BYTES });
    const messageFor = (reports: FileReport[], path: string): string | undefined =>
      reports.find((report) => report.path === path)?.problems[0]?.message;
    expect(messageFor(usual, 'cards/card-05/README.md')).toBe(
      `internal error while checking: heap ${WORKER_HEAP.maxOldGenerationSizeMb}`,
    );
    expect(messageFor(withLarge, 'cards/card-05/README.md')).toBe(
      `internal error while checking: heap ${LARGE_CARD_HEAP.maxOldGenerationSizeMb}`,
    );
    expect(messageFor(withLarge, 'big.md')).toBe(
      `internal error while checking: heap ${LARGE_CARD_HEAP.maxOldGenerationSizeMb}`,
    );
    expect(LARGE_CARD_HEAP.maxOldGenerationSizeMb).toBeGreaterThan(WORKER_HEAP.maxOldGenerationSizeMb);
  });

  it('reports a card that exhausts a worker heap, without retrying it where nothing bounds it, and checks the rest', async () => {
    // What a worker that hit its heap limit reports (the real limit would take gigabytes to reach).
    const hungry = stubWorker(
      'oom.mjs',
      `if (path.includes('card-03')) { const error = new Error('heap limit'); error.code = 'ERR_WORKER_OUT_OF_MEMORY'; throw error; }`,
    );
    const reports = await checkFiles(paths, {
      cwd,
      maxBytes: MAX_BYTES,
      jobs: 2,
      rulesDirectory: RULES,
      workerFile: hungry,
    });
    const hog = reports.find((report) => report.path === 'cards/card-03/README.md')!;
    expect(hog.rules).toEqual([]);
    expect(hog.problems).toEqual([
      expect.objectContaining({
        severity: 'error',
        line: 1,
        message: expect.stringMatching(
          new RegExp(`^checking needed more than ${WORKER_HEAP.maxOldGenerationSizeMb} MB of memory; skipped`),
        ),
      }),
    ]);
    expect(reports.filter((report) => report !== hog).every((report) => report.problems.length === 0)).toBe(true);
    expect(reports.map((report) => report.path)).toEqual(paths);
  });

  it('checks everything in this thread when workers cannot start', async () => {
    const broken = join(stubs, 'broken.mjs');
    writeFileSync(broken, `throw new Error('cannot start');`);
    const reports: FileReport[] = await checkFiles(paths, {
      cwd,
      maxBytes: MAX_BYTES,
      jobs: 2,
      rulesDirectory: RULES,
      workerFile: pathToFileURL(broken),
    });
    const single = await checkFiles(paths, { cwd, maxBytes: MAX_BYTES, jobs: 1, rulesDirectory: RULES });
    expect(reports).toEqual(single);
  });
});
