#!/usr/bin/env node
// npm run bench [-- --markdownlint] [-- --count N]
//
// Checks the first 2,500 cards (sorted by path) of ../shared/corpus/hf-model-cards-25k.tar.gz and,
// on the same files, a bare remark + yaml parse. Each mode runs in its own process, so peak RSS is
// per mode. The code under test is bundled from src/ on every run (into the cache folder, with its
// worker.js next to it), so dist/ need not be rebuilt first.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ARCHIVE = resolve(ROOT, '..', 'shared', 'corpus', 'hf-model-cards-25k.tar.gz');
const CACHE = join(ROOT, 'node_modules', '.cache', 'aag-bench');
const CARDS = join(CACHE, 'cards');
const EXTRACTED_MARKER = join(CACHE, 'cards.complete');
// markdownlint-cli2 on the same 2,500 files, measured on the reference machine (issue #2).
const MARKDOWNLINT_SECONDS = 8.6;
const TARGETS = { singleVsParse: 1.3, parallelVsMarkdownlint: 0.6, peakRssMb: 250 };

const { values } = parseArgs({ options: { markdownlint: { type: 'boolean' }, count: { type: 'string', default: '2500' } } });
const count = Number(values.count);
if (!Number.isInteger(count) || count < 1) throw new Error(`--count must be a positive whole number, not "${values.count}"`);

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
console.log(`node ${process.version}, ${availableParallelism()} cores; each mode in its own process\n`);
const results = [];
for (const [mode, label] of [
  ['parse', '(a) bare parse: remark (+frontmatter, gfm) + yaml, 1 thread'],
  ['check-1', '(b) full check, --jobs 1, JSON report'],
  ['check-n', `(c) full check, --jobs ${availableParallelism()} (worker threads), JSON report`],
]) {
  const result = runMode(mode);
  results.push(result);
  console.log(label);
  console.log(
    `    wall ${seconds(result.wallMs)} (work ${seconds(result.workMs)})   ${Math.round(paths.length / (result.wallMs / 1000))} cards/s   peak RSS ${Math.round(result.maxRssMb)} MB`,
  );
}
const [parse, single, parallel] = results;
console.log('\nratios');
report('single-thread check ÷ bare parse (wall)', single.wallMs / parse.wallMs, `≤ ${TARGETS.singleVsParse}`, single.wallMs / parse.wallMs <= TARGETS.singleVsParse);
const vsLint = parallel.wallMs / 1000 / MARKDOWNLINT_SECONDS;
report(`parallel check ÷ markdownlint-cli2 (${MARKDOWNLINT_SECONDS} s, reference)`, vsLint, `≤ ${TARGETS.parallelVsMarkdownlint}`, vsLint <= TARGETS.parallelVsMarkdownlint);
for (const result of results) {
  report(`peak RSS, ${result.mode} (MB)`, result.maxRssMb, `≤ ${TARGETS.peakRssMb}`, result.maxRssMb <= TARGETS.peakRssMb);
}
if (values.markdownlint) runMarkdownlint(parallel.wallMs);

function runMode(mode) {
  const started = performance.now();
  const child = spawnSync(process.execPath, [bundle, mode, listFile, CARDS, join(ROOT, 'rules')], { encoding: 'utf8', maxBuffer: 1 << 20 });
  const wallMs = performance.now() - started;
  if (child.status !== 0) throw new Error(`bench mode ${mode} failed (exit ${child.status}):\n${child.stderr}`);
  return { ...JSON.parse(child.stdout.trim().split('\n').pop()), wallMs };
}

function runMarkdownlint(parallelMs) {
  // ":" marks a literal path (no glob expansion); an empty config keeps the default rules.
  const started = performance.now();
  const child = spawnSync('npx', ['--no-install', 'markdownlint-cli2', ...paths.map((path) => `:${path}`)], { cwd: CARDS, encoding: 'utf8', maxBuffer: 1 << 28 });
  const wallMs = performance.now() - started;
  if (child.error || /could not determine executable|not found/i.test(child.stderr ?? '')) {
    console.log('\n--markdownlint: markdownlint-cli2 is not installed here (npm i -g markdownlint-cli2); skipped.');
    return;
  }
  console.log(`\nmarkdownlint-cli2 on the same files (measured now): wall ${seconds(wallMs)} (exit ${child.status})`);
  report('parallel check ÷ markdownlint-cli2 (measured now)', parallelMs / wallMs, `≤ ${TARGETS.parallelVsMarkdownlint}`, parallelMs / wallMs <= TARGETS.parallelVsMarkdownlint);
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
  const outdir = join(CACHE, 'build');
  rmSync(outdir, { recursive: true, force: true });
  await build({
    entryPoints: { 'bench-child': join(ROOT, 'bench', 'bench-child.ts'), worker: join(ROOT, 'src', 'worker.ts') },
    outdir,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    banner: { js: "import { createRequire as __aagCreateRequire } from 'node:module'; const require = __aagCreateRequire(import.meta.url);" },
    logLevel: 'warning',
  });
  // Files under node_modules/ are CommonJS unless their own package.json says otherwise.
  writeFileSync(join(outdir, 'package.json'), '{ "type": "module" }\n');
  return join(outdir, 'bench-child.js');
}
