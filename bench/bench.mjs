#!/usr/bin/env node
// npm run bench [-- --markdownlint] [-- --count N] [-- --runs N]
//
// Checks the first 2,500 cards (sorted by path) of ../shared/corpus/hf-model-cards-25k.tar.gz and,
// on the same files, a bare remark + yaml parse. Each mode runs in its own process, so peak RSS is
// per mode. The code under test is bundled from src/ on every run (into the cache folder, with its
// worker.js next to it), so dist/ need not be rebuilt first. On a shared machine, --runs N runs the
// modes N times in turn and keeps each mode's fastest run (and its highest peak RSS).
//
// Then, with the bundled CLI: one card from a cold start against markdownlint-cli2 on the same file
// (installed on demand into the cache folder, see installMarkdownlint), and the 2,500 cards twice
// with --cache: the second run, answered by the cache, against the first, which filled it.
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { availableParallelism } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { NODE_BUNDLE } from '../scripts/bundle-options.mjs';
import { writeRulesetSnapshot } from '../scripts/ruleset-snapshot.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ARCHIVE = resolve(ROOT, '..', 'shared', 'corpus', 'hf-model-cards-25k.tar.gz');
const CACHE = join(ROOT, 'node_modules', '.cache', 'aag-bench');
const CARDS = join(CACHE, 'cards');
const EXTRACTED_MARKER = join(CACHE, 'cards.complete');
// markdownlint-cli2 on the same 2,500 files, measured on the reference machine (issue #2).
const MARKDOWNLINT_SECONDS = 8.6;
const TARGETS = {
  singleVsParse: 1.3,
  parallelVsMarkdownlint: 0.6,
  peakRssMb: 250,
  coldVsMarkdownlint: 1,
  cachedVsFirst: 0.1,
};
// The newest markdownlint-cli2 whose engines include Node 20, as this package's do.
const MARKDOWNLINT_VERSION = '0.22.1';
const MARKDOWNLINT_PREFIX = join(CACHE, 'markdownlint-cli2');
/** Cold starts of one card are short and noisy: each is timed this many times (per --runs). */
const COLD_REPEATS = 5;

const { values } = parseArgs({
  options: {
    markdownlint: { type: 'boolean' },
    count: { type: 'string', default: '2500' },
    runs: { type: 'string', default: '1' },
  },
});
const count = Number(values.count);
if (!Number.isInteger(count) || count < 1)
  throw new Error(`--count must be a positive whole number, not "${values.count}"`);
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1)
  throw new Error(`--runs must be a positive whole number, not "${values.runs}"`);

if (!existsSync(ARCHIVE)) {
  console.log(`bench skipped: ${ARCHIVE} not found (it comes with the shared corpus next to this repository).`);
  process.exit(0);
}
extractOnce();
const paths = listCards(CARDS).slice(0, count);
const listFile = join(CACHE, `list-${paths.length}.txt`);
writeFileSync(listFile, `${paths.join('\n')}\n`);
const { child: bundle, cli } = await buildBench();

console.log(`ai-act-gate bench: ${paths.length} cards from ${ARCHIVE}`);
console.log(
  `node ${process.version}, ${availableParallelism()} cores; each mode in its own process${runs > 1 ? `; fastest of ${runs} runs` : ''}\n`,
);
const modes = [
  ['parse', '(a) bare parse: remark (+frontmatter, gfm) + yaml, 1 thread'],
  ['check-1', '(b) full check, --jobs 1, JSON report'],
  ['check-n', `(c) full check, --jobs ${availableParallelism()} (worker threads), JSON report`],
];
const best = new Map();
for (let run = 0; run < runs; run++) {
  for (const [mode] of modes) {
    const result = runMode(mode);
    const previous = best.get(mode);
    const maxRssMb = Math.max(result.maxRssMb, previous?.maxRssMb ?? 0);
    best.set(mode, previous && previous.wallMs <= result.wallMs ? { ...previous, maxRssMb } : { ...result, maxRssMb });
  }
}
const results = [];
for (const [mode, label] of modes) {
  const result = best.get(mode);
  results.push(result);
  console.log(label);
  console.log(
    `    wall ${seconds(result.wallMs)} (work ${seconds(result.workMs)}, CPU ${seconds(result.cpuMs)})   ${Math.round(paths.length / (result.wallMs / 1000))} cards/s   peak RSS ${Math.round(result.maxRssMb)} MB`,
  );
}
const [parse, single, parallel] = results;
console.log('\nratios');
report(
  'single-thread check ÷ bare parse (wall)',
  single.wallMs / parse.wallMs,
  `≤ ${TARGETS.singleVsParse}`,
  single.wallMs / parse.wallMs <= TARGETS.singleVsParse,
);
const vsLint = parallel.wallMs / 1000 / MARKDOWNLINT_SECONDS;
report(
  `parallel check ÷ markdownlint-cli2 (${MARKDOWNLINT_SECONDS} s, reference)`,
  vsLint,
  `≤ ${TARGETS.parallelVsMarkdownlint}`,
  vsLint <= TARGETS.parallelVsMarkdownlint,
);
for (const result of results) {
  report(
    `peak RSS, ${result.mode} (MB)`,
    result.maxRssMb,
    `≤ ${TARGETS.peakRssMb}`,
    result.maxRssMb <= TARGETS.peakRssMb,
  );
}
if (values.markdownlint) runMarkdownlint(parallel.wallMs);
coldStart();
cacheMode();

/** One card (the median-sized of the list) from a cold start: the CLI, then markdownlint-cli2, in turn. */
function coldStart() {
  const bySize = paths.map((path) => [path, statSync(join(CARDS, path)).size]).sort((a, b) => a[1] - b[1]);
  const [card, bytes] = bySize[Math.floor(bySize.length / 2)];
  const markdownlint = installMarkdownlint();
  const ours = [];
  const theirs = [];
  for (let run = 0; run < runs * COLD_REPEATS; run++) {
    ours.push(timeCommand(process.execPath, [cli, 'check', '--no-config', card], [0, 1]));
    // ":" marks a literal path (no glob expansion).
    if (markdownlint) theirs.push(timeCommand(process.execPath, [markdownlint, `:${card}`], [0, 1]));
  }
  console.log(`\none card from a cold start: ${card} (${bytes} bytes, the median size), ${ours.length} runs each`);
  console.log(`    ai-act-gate check --no-config        ${spread(ours)}`);
  if (!markdownlint) return;
  console.log(`    markdownlint-cli2 ${MARKDOWNLINT_VERSION}              ${spread(theirs)}`);
  report(
    'cold start, one card ÷ markdownlint-cli2 (fastest run of each)',
    Math.min(...ours) / Math.min(...theirs),
    `≤ ${TARGETS.coldVsMarkdownlint}`,
    Math.min(...ours) <= Math.min(...theirs),
  );
}

/**
 * The CLI on all the cards with --cache, twice: the first run fills a fresh cache folder, the second
 * is answered by it. Both write the JSON report to a file; the two reports must be the same.
 */
function cacheMode() {
  const folder = join(CACHE, 'content-cache');
  const jobs = String(availableParallelism());
  const output = (run) => join(CACHE, `cached-report-${run}.json`);
  const args = (run) => [
    cli,
    'check',
    '--no-config',
    '--format',
    'json',
    '--jobs',
    jobs,
    '--cache',
    folder,
    '-o',
    output(run),
  ];
  let first = Infinity;
  let second = Infinity;
  for (let run = 0; run < runs; run++) {
    rmSync(folder, { recursive: true, force: true });
    first = Math.min(first, timeCommand(process.execPath, [...args(1), ...paths], [0, 1]));
    second = Math.min(second, timeCommand(process.execPath, [...args(2), ...paths], [0, 1]));
  }
  if (!readFileSync(output(1)).equals(readFileSync(output(2))))
    throw new Error(
      `bench --cache: the report answered by the cache differs from the first (${output(1)}, ${output(2)})`,
    );
  console.log(`\n--cache, ${paths.length} cards, --jobs ${jobs}, JSON report to a file (the same both times)`);
  console.log(`    first run, fills a fresh cache       wall ${seconds(first)}`);
  console.log(`    second run, answered by the cache    wall ${seconds(second)}`);
  report(
    'second run ÷ first run (wall)',
    second / first,
    `≤ ${TARGETS.cachedVsFirst}`,
    second / first <= TARGETS.cachedVsFirst,
  );
}

/** Wall milliseconds of one run of a command in the cards folder; an exit code outside `okCodes` is an error. */
function timeCommand(command, args, okCodes) {
  const started = performance.now();
  const child = spawnSync(command, args, { cwd: CARDS, encoding: 'utf8', maxBuffer: 1 << 28 });
  const wallMs = performance.now() - started;
  if (child.error) throw child.error;
  if (!okCodes.includes(child.status))
    throw new Error(`${args.slice(0, 3).join(' ')} … failed (exit ${child.status}):\n${child.stderr}`);
  return wallMs;
}

function spread(times) {
  const sorted = [...times].sort((a, b) => a - b);
  return `fastest ${seconds(sorted[0])}, median ${seconds(sorted[Math.floor(sorted.length / 2)])}`;
}

/**
 * markdownlint-cli2's script, installed on first use into the bench's cache folder with npm (a pinned
 * version, outside this package's dependencies: only the bench compares with it); null when npm cannot
 * install it (no registry), with a note.
 */
function installMarkdownlint() {
  const folder = join(MARKDOWNLINT_PREFIX, 'node_modules', 'markdownlint-cli2');
  const script = () => {
    const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8'));
    if (manifest.version !== MARKDOWNLINT_VERSION) return null;
    const bin = typeof manifest.bin === 'string' ? manifest.bin : manifest.bin?.['markdownlint-cli2'];
    return bin && existsSync(join(folder, bin)) ? join(folder, bin) : null;
  };
  if (existsSync(join(folder, 'package.json')) && script()) return script();
  console.log(`\ninstalling markdownlint-cli2@${MARKDOWNLINT_VERSION} into ${MARKDOWNLINT_PREFIX} (once)…`);
  mkdirSync(MARKDOWNLINT_PREFIX, { recursive: true });
  const npm = spawnSync(
    'npm',
    [
      'install',
      '--prefix',
      MARKDOWNLINT_PREFIX,
      '--no-save',
      '--no-audit',
      '--no-fund',
      '--loglevel=error',
      `markdownlint-cli2@${MARKDOWNLINT_VERSION}`,
    ],
    { encoding: 'utf8' },
  );
  const installed = existsSync(join(folder, 'package.json')) ? script() : null;
  if (npm.error || npm.status !== 0 || !installed) {
    const reason = npm.error?.message ?? (npm.stderr.trim().split('\n').pop() || 'not found after npm install');
    console.log(`    cannot install it (${reason}); the comparison is skipped.`);
    return null;
  }
  return installed;
}

function runMode(mode) {
  const started = performance.now();
  const child = spawnSync(process.execPath, [bundle, mode, listFile, CARDS, join(ROOT, 'rules')], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  const wallMs = performance.now() - started;
  if (child.status !== 0) throw new Error(`bench mode ${mode} failed (exit ${child.status}):\n${child.stderr}`);
  const result = { ...JSON.parse(child.stdout.trim().split('\n').pop()), wallMs };
  if (result.internalErrors)
    throw new Error(
      `bench mode ${mode}: ${result.internalErrors} cards failed with an internal error; the figures would mean nothing`,
    );
  return result;
}

function runMarkdownlint(parallelMs) {
  // Only an installed copy (never a download): this repository's node_modules, then the PATH.
  const binary = [join(ROOT, 'node_modules', '.bin'), ...(process.env.PATH ?? '').split(delimiter)]
    .map((folder) => join(folder, 'markdownlint-cli2'))
    .find((candidate) => existsSync(candidate));
  if (!binary) {
    console.log('\n--markdownlint: markdownlint-cli2 is not installed here (npm i -g markdownlint-cli2); skipped.');
    return;
  }
  // ":" marks a literal path (no glob expansion).
  const started = performance.now();
  const child = spawnSync(
    binary,
    paths.map((path) => `:${path}`),
    { cwd: CARDS, encoding: 'utf8', maxBuffer: 1 << 28 },
  );
  const wallMs = performance.now() - started;
  if (child.error) throw child.error;
  console.log(`\nmarkdownlint-cli2 on the same files (measured now): wall ${seconds(wallMs)} (exit ${child.status})`);
  report(
    'parallel check ÷ markdownlint-cli2 (measured now)',
    parallelMs / wallMs,
    `≤ ${TARGETS.parallelVsMarkdownlint}`,
    parallelMs / wallMs <= TARGETS.parallelVsMarkdownlint,
  );
}

function report(what, value, target, ok) {
  console.log(`    ${what.padEnd(62)} ${value.toFixed(2).padStart(7)}   target ${target}   ${ok ? 'ok' : 'MISSED'}`);
}

function seconds(ms) {
  return `${(ms / 1000).toFixed(2)} s`;
}

/** Unpacks the archive into the cache once; later runs reuse it. */
function extractOnce() {
  if (existsSync(EXTRACTED_MARKER)) return;
  console.log(`extracting ${ARCHIVE} into ${CARDS} (once)…`);
  const partial = `${CARDS}.partial`;
  rmSync(partial, { recursive: true, force: true });
  rmSync(CARDS, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true });
  const tar = spawnSync('tar', ['xzf', ARCHIVE, '-C', partial], { encoding: 'utf8' });
  if (tar.error || tar.status !== 0) {
    rmSync(partial, { recursive: true, force: true });
    throw new Error(`cannot extract ${ARCHIVE} with tar: ${tar.error?.message ?? tar.stderr}`);
  }
  renameSync(partial, CARDS);
  writeFileSync(EXTRACTED_MARKER, `${new Date().toISOString()}\n`);
}

/** Every file under the folder, as /-separated relative paths in code-unit order. */
function listCards(folder) {
  const found = [];
  const walk = (relative) => {
    for (const entry of readdirSync(join(folder, relative), { withFileTypes: true })) {
      const path = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) found.push(path);
    }
  };
  walk('');
  return found.sort();
}

/** Bundles the bench entry and the worker from src/, as scripts/build.mjs bundles dist/. */
async function buildBench() {
  // build/dist/ with build/rules/ beside it, as dist/ and rules/ sit in the package: the bundles
  // find their data files one level up.
  const outdir = join(CACHE, 'build', 'dist');
  rmSync(join(CACHE, 'build'), { recursive: true, force: true });
  mkdirSync(outdir, { recursive: true });
  symlinkSync(join(ROOT, 'rules'), join(CACHE, 'build', 'rules'), 'dir');
  await build({
    entryPoints: {
      'bench-child': join(ROOT, 'bench', 'bench-child.ts'),
      cli: join(ROOT, 'src', 'cli.ts'),
      worker: join(ROOT, 'src', 'worker.ts'),
    },
    outdir,
    ...NODE_BUNDLE,
    splitting: true,
  });
  // As scripts/build.mjs does for dist/: the shipped rules compiled.
  writeRulesetSnapshot(outdir);
  // Files under node_modules/ are CommonJS unless their own package.json says otherwise.
  writeFileSync(join(outdir, 'package.json'), '{ "type": "module" }\n');
  return { child: join(outdir, 'bench-child.js'), cli: join(outdir, 'cli.js') };
}
