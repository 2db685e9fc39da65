#!/usr/bin/env node
// npm run bench:org [-- --count N]
//
// Bundles bench/bench-org-child.ts from src/ and __tests__/org/ (so dist/ need not be rebuilt) and
// runs it in its own process.
// API requests per repository of `ai-act-gate org-scan` on a first scan (empty --cache) and on an
// unchanged re-run, against the fake organisation of __tests__/org (every request and response
// validated against GitHub's OpenAPI description). Targets: ≤ 3 per repository with one card on a
// first scan, ≤ 1 per repository (304s included) on an unchanged re-run.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { NODE_BUNDLE } from '../scripts/bundle-options.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CACHE = join(ROOT, 'node_modules', '.cache', 'aag-bench-org');
const TARGETS = { first: 3, again: 1 };

const { values } = parseArgs({ options: { count: { type: 'string', default: '200' } } });
const count = Number(values.count);
if (!Number.isInteger(count) || count < 1)
  throw new Error(`--count must be a positive whole number, not "${values.count}"`);

// Bundled whole, as dist/ is (scripts/run-ts.mjs keeps packages external, and some of the checker's
// are JSON files that Node 20 will not import without an attribute).
mkdirSync(CACHE, { recursive: true });
const bundle = join(CACHE, 'bench-org-child.mjs');
await build({ entryPoints: [join(ROOT, 'bench', 'bench-org-child.ts')], outfile: bundle, ...NODE_BUNDLE });
const child = spawnSync(process.execPath, [bundle, ROOT, String(count)], {
  cwd: ROOT,
  encoding: 'utf8',
  maxBuffer: 1 << 24,
});
if (child.status !== 0) {
  console.error(child.stdout, child.stderr);
  process.exit(child.status ?? 1);
}
const { first, again, violations, firstViolation } = JSON.parse(child.stdout.trim().split('\n').pop());

console.log(
  `ai-act-gate bench:org: ${count} repositories in the fake organisation, ${first.repositories} scanned (archived and forks left out)\n`,
);
for (const [label, figures] of [
  ['first scan (empty cache)', first],
  ['unchanged re-run (--cache)', again],
]) {
  console.log(`${label}`);
  console.log(
    `    ${figures.requests} requests (${figures.notModified} answered 304), wall ${(figures.wallMs / 1000).toFixed(2)} s, exit code ${figures.code}`,
  );
}
console.log('\nrequests per repository');
const firstOneCard = first.oneCardRequests / first.oneCardRepositories;
report('first scan, all repositories', first.requests / first.repositories, '—', true);
report(
  `first scan, the ${first.oneCardRepositories} repositories with one card`,
  firstOneCard,
  `≤ ${TARGETS.first}`,
  firstOneCard <= TARGETS.first,
);
report(
  'unchanged re-run, all repositories (304s included)',
  again.requests / again.repositories,
  `≤ ${TARGETS.again}`,
  again.requests / again.repositories <= TARGETS.again,
);
report(
  'unchanged re-run, share answered 304',
  again.requests ? again.notModified / again.requests : 1,
  '= 1',
  again.notModified === again.requests,
);
console.log(`\nOpenAPI contract violations: ${violations}${firstViolation ? ` (first: ${firstViolation})` : ''}`);
if (violations > 0) process.exitCode = 1;

function report(what, value, target, ok) {
  console.log(
    `    ${what.padEnd(58)} ${value.toFixed(3).padStart(7)}   target ${target.padEnd(4)}   ${ok ? 'ok' : 'MISSED'}`,
  );
}
