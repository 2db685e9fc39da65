// Long property-based run of the card checker: `npm run fuzz [-- --runs N --jobs J --seed S]`.
// Random Markdown/YAML cards and mutated corpus cards (../shared/corpus/model-cards, when present)
// must never make checkCard throw, must keep every line inside the file, and the JSON report must
// be valid against schema/report.schema.json. Prints the count and, on failure, fast-check's
// report with the counterexample; exits 1 on failure. Runs on J worker threads (default: CPUs).
// The TypeScript sources are bundled with esbuild first (Node 20 cannot strip types).
import { build } from 'esbuild';
import { NODE_BUNDLE } from './bundle-options.mjs';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: process.env.FUZZ_RUNS ?? '100000' },
    jobs: { type: 'string', default: String(availableParallelism()) },
    seed: { type: 'string' },
  },
});
const runs = Number(values.runs);
const jobs = Math.max(1, Math.min(Number(values.jobs), runs));
const seed = values.seed === undefined ? Date.now() % 2 ** 31 : Number(values.seed);
if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(jobs) || !Number.isInteger(seed)) {
  console.error('usage: npm run fuzz -- [--runs N] [--jobs J] [--seed S]');
  process.exit(2);
}

const root = resolve(new URL('..', import.meta.url).pathname);
const worker = `
import { parentPort, workerData } from 'node:worker_threads';
import fc from 'fast-check';
import { loadRuleset } from ${JSON.stringify(join(root, 'src/ruleset/load-rules.ts'))};
import { assertCardProperties, loadCorpus, mutatedCard, randomCard, reportValidator } from ${JSON.stringify(join(root, '__tests__/robustness/card-properties.ts'))};
const { root, runs, seed, corpusDir } = workerData;
const ruleset = loadRuleset(root + '/rules');
const validate = reportValidator(root + '/schema/report.schema.json');
const corpus = loadCorpus(corpusDir);
const cards = corpus.length ? fc.oneof(randomCard, mutatedCard(corpus)) : randomCard;
let done = 0;
const counted = fc.property(cards, (text) => {
  if (++done % 1000 === 0) parentPort.postMessage({ type: 'progress', done: 1000 });
  assertCardProperties(text, ruleset, validate);
});
const details = fc.check(counted, { numRuns: runs, seed });
const error = details.failed ? (details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance)) : '';
parentPort.postMessage({ type: 'done', corpus: corpus.length, failed: details.failed, numRuns: details.numRuns, report: details.failed ? fc.defaultReportMessage(details) + '\\nError: ' + error : '' });
`;

mkdirSync(join(root, 'node_modules/.cache'), { recursive: true });
const directory = mkdtempSync(join(root, 'node_modules/.cache', 'aag-fuzz-'));
// The checker finds its data files at ../rules/data next to the bundle: link them there.
const outfile = join(directory, 'bundle', 'fuzz-worker.mjs');
symlinkSync(join(root, 'rules'), join(directory, 'rules'), 'dir');
try {
  await build({
    stdin: { contents: worker, resolveDir: root, loader: 'ts', sourcefile: 'fuzz-worker.ts' },
    outfile,
    ...NODE_BUNDLE,
  });
  const corpusDir = join(root, '..', 'shared', 'corpus', 'model-cards');
  console.log(`fuzzing checkCard: ${runs} cases on ${jobs} thread${jobs === 1 ? '' : 's'}, seed ${seed}`);
  const started = Date.now();
  let checked = 0;
  let nextProgress = 10_000;
  const results = await Promise.all(
    Array.from({ length: jobs }, (_, index) => {
      const share = Math.floor(runs / jobs) + (index < runs % jobs ? 1 : 0);
      return new Promise((resolvePromise, rejectPromise) => {
        const thread = new Worker(pathToFileURL(outfile), {
          workerData: { root, runs: share, seed: seed + index, corpusDir },
        });
        thread.on('message', (message) => {
          if (message.type === 'progress') {
            checked += message.done;
            if (checked >= nextProgress) {
              console.log(`  ${checked} cases checked (${Math.round((Date.now() - started) / 1000)} s)`);
              nextProgress += 10_000;
            }
          } else resolvePromise({ ...message, seed: seed + index });
        });
        thread.on('error', rejectPromise);
        thread.on(
          'exit',
          (code) => code !== 0 && rejectPromise(new Error(`fuzz worker stopped with exit code ${code}`)),
        );
      });
    }),
  );
  const total = results.reduce((sum, result) => sum + result.numRuns, 0);
  const failures = results.filter((result) => result.failed);
  if (results[0].corpus === 0) console.log(`(no corpus at ${corpusDir}: random cards only)`);
  else console.log(`(random cards and ${results[0].corpus} mutated corpus cards)`);
  console.log(
    `${total} cases checked in ${Math.round((Date.now() - started) / 1000)} s: ${failures.length ? `${failures.length} thread(s) found a counterexample` : 'no counterexample'}`,
  );
  for (const failure of failures) console.log(`\n--- thread seed ${failure.seed} ---\n${failure.report}`);
  process.exitCode = failures.length ? 1 : 0;
} finally {
  rmSync(directory, { recursive: true, force: true });
}
