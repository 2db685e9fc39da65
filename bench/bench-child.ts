/**
 * One benchmark mode, run in its own process by bench/bench.mjs (bundled with esbuild next to a
 * worker.js, so the pool runs as in dist/). Prints one JSON line: work time, peak RSS, counts.
 *
 *   parse    unified + remark-parse + remark-frontmatter + remark-gfm, and yaml's parseDocument
 *            of the front matter: the floor for any checker built on them
 *   check-1  checkFiles with jobs 1, then the JSON report as `--format json` renders it
 *   check-n  the same with jobs = available cores (worker threads)
 */
import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import { parseDocument } from 'yaml';
import type { Root } from 'mdast';
import { checkFiles } from '../src/check-files.js';
import { buildReport } from '../src/lint.js';
import { jsonReportPieces } from '../src/render/json-report.js';
import { DEFAULT_MAX_BYTES } from '../src/io/read-source.js';
import { openRuleset } from '../src/ruleset/open-ruleset.js';

const [mode, listFile, cardsDirectory, rulesDirectory] = process.argv.slice(2);
const paths = (await readFile(listFile, 'utf8')).split('\n').filter(Boolean);

const started = performance.now();
let details: Record<string, number>;
if (mode === 'parse') {
  details = await bareParse();
} else if (mode === 'check-1' || mode === 'check-n') {
  // As the CLI does: open the rules here (the build's snapshot of them), check, render the JSON report.
  const jobs = mode === 'check-1' ? 1 : availableParallelism();
  const ruleset = await openRuleset(rulesDirectory);
  const files = await checkFiles(paths, {
    cwd: cardsDirectory,
    maxBytes: DEFAULT_MAX_BYTES,
    jobs,
    rulesDirectory,
    ruleset,
  });
  const report = buildReport(files, ruleset.rules.length);
  // As the CLI writes it: in pieces, never one string.
  let jsonBytes = 0;
  for (const piece of jsonReportPieces(report)) jsonBytes += piece.length;
  // A check that failed inside would be fast for the wrong reason: count those.
  const internalErrors = files.filter((file) =>
    file.problems.some((problem) => problem.message.startsWith('internal error')),
  ).length;
  details = { jobs, errors: report.summary.errors, internalErrors, jsonBytes };
} else {
  throw new Error(`unknown mode "${mode}", expected parse, check-1 or check-n`);
}
const workMs = performance.now() - started;
const usage = process.resourceUsage();
// CPU time of all threads (workers and V8's GC helpers included): less disturbed by a busy machine.
const cpuMs = (usage.userCPUTime + usage.systemCPUTime) / 1000;
process.stdout.write(
  `${JSON.stringify({ mode, files: paths.length, workMs, cpuMs, maxRssMb: usage.maxRSS / 1024, ...details })}\n`,
);

async function bareParse(): Promise<Record<string, number>> {
  const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm);
  let nodes = 0;
  for (const path of paths) {
    const text = await readFile(join(cardsDirectory, path), 'utf8');
    const tree = processor.parse(text) as Root;
    nodes += tree.children.length;
    const first = tree.children[0];
    if (first?.type === 'yaml') parseDocument(first.value);
  }
  return { topLevelNodes: nodes };
}
