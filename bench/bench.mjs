#!/usr/bin/env node
// npm run bench [-- --markdownlint] [-- --count N] [-- --runs N]
//
// Checks the first 2,500 cards (sorted by path) of ../shared/corpus/hf-model-cards-25k.tar.gz and,
// on the same files, a bare remark + yaml parse. Each mode runs in its own process, so peak RSS is
// per mode. The code under test is bundled from src/ on every run (into the cache folder, with its
// worker.js next to it), so dist/ need not be rebuilt first. On a shared machine, --runs N runs the
// modes N times in turn and keeps each mode's fastest run (and its highest peak RSS).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { NODE_BUNDLE } from '../scripts/bundle-options.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ARCHIVE = resolve(ROOT, '..', 'shared', 'corpus', 'hf-model-cards-25k.tar.gz');
const CACHE = join(ROOT, 'node_modules', '.cache', 'aag-bench');
const CARDS = join(CACHE, 'cards');
const EXTRACTED_MARKER = join(CACHE, 'cards.complete');
// markdownlint-cli2 on the same 2,500 files, measured on the reference machine (issue #2).
const MARKDOWNLINT_SECONDS = 8.6;
const TARGETS = { singleVsParse: 1.3, parallelVsMarkdownlint: 0.6, peakRssMb: 250 };

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
const bundle = await buildBench();

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
    entryPoints: { 'bench-child': join(ROOT, 'bench', 'bench-child.ts'), worker: join(ROOT, 'src', 'worker.ts') },
    outdir,
    ...NODE_BUNDLE,
    splitting: true,
  });
  // Files under node_modules/ are CommonJS unless their own package.json says otherwise.
  writeFileSync(join(outdir, 'package.json'), '{ "type": "module" }\n');
  return join(outdir, 'bench-child.js');
}
