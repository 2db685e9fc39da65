/**
 * `npm run eval`: how far the checker agrees with careful human reviewers, so the weakest rules are
 * visible. Runs the TypeScript sources (the working tree, not dist/) in process, with no policy.
 *   1. the development labels (../shared/reference/labels-dev*.json over ../shared/corpus/model-cards):
 *      status, met-vs-not, false assurance and false alarm, tier and compute, per rule, and the
 *      confusion of (label, got) — the same definitions as ../shared/tools/score-labels.py; then the
 *      same for 48 more corpus cards labelled by two annotators (__tests__/fixtures/labels/corpus-more.json);
 *   2. the release-gate cards (../shared/reference/gate-cards/expected.json): tier and gate;
 *   3. the paraphrase suite (__tests__/duties): by duty, style, language and near-miss kind.
 * `--verbose` lists every disagreement; `--cases DIR` reads passages from another folder.
 * Parts 1 and 2 are skipped with a message when ../shared is absent. Development figures: the cards
 * and passages were seen while the checker was built; unseen cards score lower.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { checkCard } from '../src/lint.js';
import { loadRuleset, type Ruleset } from '../src/ruleset/load-rules.js';
import type { FileReport, Status } from '../src/model/report.js';
import {
  agreement,
  describeMiss,
  groupBy,
  judgeCase,
  loadCases,
  type CaseResult,
} from '../__tests__/duties/paraphrase-cases.js';

// Run bundled from a cache folder, so the repository is found from the script's own path.
const ROOT = resolve(dirname(process.argv[1] ?? 'scripts/eval.ts'), '..');
const SHARED = join(ROOT, '..', 'shared');
const verbose = process.argv.includes('--verbose');
// `--cases DIR` measures another folder of <rule-id>.cases.yaml passages (the same format) instead.
const casesOption = process.argv.indexOf('--cases');
const casesDirectories =
  casesOption > 0
    ? [resolve(process.argv[casesOption + 1] ?? '.')]
    : [
        join(ROOT, '__tests__', 'duties'),
        join(ROOT, '__tests__', 'duties', 'second-author'),
        join(ROOT, '__tests__', 'duties', 'third-author'),
      ];

interface CardLabels {
  tier: string | null;
  computeFlops?: number | null;
  items: Record<string, Status | null>;
}

const ruleset = loadRuleset(join(ROOT, 'rules'));
const percent = (value: number) => value.toFixed(3);
const pad = (text: string | number, width: number) => String(text).padEnd(width);

if (existsSync(join(SHARED, 'reference'))) {
  developmentSet(
    ruleset,
    'Development set',
    ['labels-dev.json', 'labels-dev-more.json'].map((name) => join(SHARED, 'reference', name)),
  );
  developmentSet(ruleset, 'More corpus cards (two annotators)', [
    join(ROOT, '__tests__', 'fixtures', 'labels', 'corpus-more.json'),
  ]);
  gateCards(ruleset);
} else {
  console.log(`Labelled corpus cards and gate cards skipped: ${SHARED} is absent (it sits beside the repository).\n`);
}
for (const directory of casesDirectories) paraphraseSuite(ruleset, directory);

function developmentSet(ruleset: Ruleset, title: string, labelFiles: string[]): void {
  const cards: Record<string, CardLabels> = {};
  for (const file of labelFiles) {
    if (existsSync(file))
      Object.assign(cards, (JSON.parse(readFileSync(file, 'utf8')) as { cards: Record<string, CardLabels> }).cards);
  }
  const reports = new Map<string, FileReport>();
  for (const id of Object.keys(cards)) {
    const path = join(SHARED, 'corpus', 'model-cards', `${id}.md`);
    if (existsSync(path)) reports.set(id, checkCard(path, readFileSync(path, 'utf8'), ruleset));
    else console.log(`card absent: ${path}`);
  }
  const items: { rule: string; card: string; want: Status; got: Status }[] = [];
  let tiers = 0,
    tiersRight = 0,
    computes = 0,
    computesRight = 0;
  const tierMisses: string[] = [];
  for (const [card, labels] of Object.entries(cards)) {
    const report = reports.get(card);
    if (!report) continue;
    const got = new Map(report.rules.map((rule) => [rule.id, rule.status]));
    for (const [rule, want] of Object.entries(labels.items))
      if (want) items.push({ rule, card, want, got: got.get(rule) ?? 'missing' });
    const flops = report.tier.computeFlops;
    if (labels.tier) {
      tiers++;
      const right = acceptedTiers(labels.tier, labels.computeFlops ?? null).has(report.tier.id);
      tiersRight += Number(right);
      if (!right) tierMisses.push(`${pad(card, 46)} label ${pad(labels.tier, 19)} got ${report.tier.id}`);
    }
    if (labels.computeFlops) {
      computes++;
      const right =
        typeof flops === 'number' && flops > 0 && Math.abs(Math.log10(flops / labels.computeFlops)) <= Math.log10(3);
      computesRight += Number(right);
      if (!right)
        tierMisses.push(
          `${pad(card, 46)} compute label ${labels.computeFlops.toExponential(1)} got ${flops ? flops.toExponential(1) : 'none'} (${report.tier.computeMethod})`,
        );
    }
  }
  const share = (hits: number, of: number) => (of ? hits / of : 0);
  const labelled = (status: Status) => items.filter((item) => item.want === status);
  console.log(
    `== ${title}: ${reports.size} hand-labelled cards, ${items.length} labelled items (null labels left out)`,
  );
  console.log(
    [
      `status ${percent(share(items.filter((item) => item.got === item.want).length, items.length))}`,
      `met-vs-not ${percent(share(items.filter((item) => (item.got === 'met') === (item.want === 'met')).length, items.length))}`,
      `false-assurance ${percent(share(labelled('missing').filter((item) => item.got === 'met').length, labelled('missing').length))}`,
      `false-alarm ${percent(share(labelled('met').filter((item) => item.got === 'missing').length, labelled('met').length))}`,
      `tier ${percent(share(tiersRight, tiers))} (${tiersRight}/${tiers})`,
      `compute within 3x ${percent(share(computesRight, computes))} (${computesRight}/${computes})`,
    ].join('  '),
  );
  for (const miss of tierMisses) console.log(`  ${miss}`);
  console.log('\nper rule (status agreement, items; weakest first):');
  const byRule = [...groupBy(items, (item) => item.rule)].map(([rule, own]) => ({
    rule,
    own,
    score: share(own.filter((item) => item.got === item.want).length, own.length),
  }));
  for (const { rule, own, score } of byRule.sort((a, b) => a.score - b.score || a.rule.localeCompare(b.rule))) {
    const wrong = own.filter((item) => item.got !== item.want);
    console.log(
      `  ${pad(rule, 28)} ${percent(score)} ${pad(own.length, 3)}${verbose ? ` ${wrong.map((item) => `${item.card}:${item.want}->${item.got}`).join(' ')}` : ''}`,
    );
  }
  confusion(items.map(({ want, got }) => ({ want, got })));
}

/** The labelled tier, and the other side of a threshold when the labelled compute is within 2x of it. */
function acceptedTiers(tier: string, compute: number | null): Set<string> {
  const gpai = ['gpai', 'gpai-open-source'];
  const accepted = new Set([tier]);
  if (compute !== null && compute >= 5e22 && compute <= 2e23) {
    if (gpai.includes(tier)) accepted.add('not-gpai');
    if (tier === 'not-gpai') gpai.forEach((id) => accepted.add(id));
  }
  if (compute !== null && compute >= 5e24 && compute <= 2e25) {
    if (gpai.includes(tier)) accepted.add('gpai-systemic-risk');
    if (tier === 'gpai-systemic-risk') accepted.add('gpai');
  }
  return accepted;
}

function confusion(pairs: readonly { want: Status; got: Status }[]): void {
  const statuses: Status[] = ['met', 'partial', 'missing'];
  console.log('\nconfusion (rows: label, columns: got):');
  console.log(`  ${pad('', 9)}${statuses.map((status) => pad(status, 9)).join('')}`);
  for (const want of statuses)
    console.log(
      `  ${pad(want, 9)}${statuses.map((got) => pad(pairs.filter((pair) => pair.want === want && pair.got === got).length, 9)).join('')}`,
    );
}

function gateCards(ruleset: Ruleset): void {
  const folder = join(SHARED, 'reference', 'gate-cards');
  if (!existsSync(join(folder, 'expected.json'))) return;
  const expected = (
    JSON.parse(readFileSync(join(folder, 'expected.json'), 'utf8')) as {
      cards: Record<string, { tier: string; blocked: boolean }>;
    }
  ).cards;
  const lines: string[] = [];
  let right = 0;
  for (const [card, want] of Object.entries(expected)) {
    const path = join(folder, `${card}.md`);
    const report = checkCard(path, readFileSync(path, 'utf8'), ruleset);
    const ok = report.tier.id === want.tier && report.gate.blocked === want.blocked;
    right += Number(ok);
    const flops = report.tier.computeFlops ? report.tier.computeFlops.toExponential(1) : 'none';
    lines.push(
      `  ${ok ? 'ok ' : 'BAD'} ${pad(card, 34)} want ${pad(want.tier, 19)} ${pad(want.blocked ? 'blocked' : 'open', 8)} got ${pad(report.tier.id, 19)} ${pad(report.gate.blocked ? 'blocked' : 'open', 8)} ${flops}`,
    );
  }
  console.log(`\n== Release-gate cards: ${right}/${Object.keys(expected).length} with the expected tier and gate`);
  for (const line of lines) console.log(line);
}

function paraphraseSuite(ruleset: Ruleset, casesDirectory: string): void {
  const { cases, problems } = loadCases(casesDirectory);
  for (const problem of problems) console.log(`cases file problem: ${problem}`);
  const results = cases.map((testCase) => judgeCase(testCase, ruleset));
  const all = agreement(results);
  console.log(
    `\n== Paraphrase suite (${relative(ROOT, casesDirectory) || '.'}): ${all.count} passages, each alone in a neutral card`,
  );
  console.log(
    `status ${percent(all.status)}  met-vs-not ${percent(all.met)}  documented passages judged missing ${all.falseAlarms}  missing judged met ${all.falseAssurances}  near misses judged met ${all.nearMissesMet}/${results.filter((result) => result.near).length}`,
  );
  table(
    'per duty (weakest first)',
    groupBy(results, (result) => result.rule),
    true,
  );
  table(
    'per style',
    groupBy(results, (result) => result.style),
  );
  table(
    'per language (passages in another EU language)',
    groupBy(
      results.filter((result) => result.lang),
      (result) => result.lang ?? '',
    ),
  );
  table(
    'near misses by kind',
    groupBy(
      results.filter((result) => result.near),
      (result) => result.near ?? '',
    ),
  );
  confusion(results.map(({ status, got }) => ({ want: status, got })));
  if (verbose) {
    console.log('\ndisagreements:');
    for (const result of results.filter((item) => item.got !== item.status)) console.log(`  ${describeMiss(result)}`);
  } else {
    console.log('\n(--verbose lists every disagreement)');
  }
}

function table(title: string, groups: Map<string, CaseResult[]>, weakestFirst = false): void {
  console.log(`\n${title}:  status  met-vs-not  passages`);
  const rows = [...groups].map(([key, own]) => ({ key, figures: agreement(own) }));
  if (weakestFirst) rows.sort((a, b) => a.figures.status - b.figures.status || a.key.localeCompare(b.key));
  for (const { key, figures } of rows)
    console.log(`  ${pad(key, 28)} ${percent(figures.status)}   ${percent(figures.met)}   ${figures.count}`);
}
