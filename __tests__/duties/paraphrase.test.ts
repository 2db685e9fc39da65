/**
 * The paraphrase suite (passages per duty in several styles, plus near misses, each alone in a
 * neutral card): the checker's aggregate agreement with the reviewer's status must hold. Per-duty
 * details are printed when it does not. `npm run eval` prints the same figures by duty and style.
 */
import { shippedRuleset } from '../helpers.js';
import { agreement, describeMiss, groupBy, judgeCase, loadCases, neutralCard, type CaseResult } from './paraphrase-cases.js';
import { fileURLToPath } from 'node:url';
import { checkCard } from '../../src/lint.js';

// The first suite's floors are the targets (status 0.85, met-vs-not 0.92). The other authors'
// floors are a little under what the checker reaches on them today: raise them as it improves,
// never lower them to pass.
/** Status agreement the checker must reach. */
const MIN_STATUS = 0.85;
/** Met-vs-not agreement the checker must reach. */
const MIN_MET = 0.92;
/** Near misses (promises, advice, placeholders, other models…) the checker may judge met. */
const MAX_NEAR_MISSES_MET = 3;
/** Fully documented passages the checker may judge missing. */
const MAX_FALSE_ALARMS = 2;
/** The other authors' suites: agreement floors and the near misses each may judge met. */
const OTHER_AUTHORS = [
  { name: 'second-author', directory: new URL('./second-author/', import.meta.url), minStatus: 0.84, minMet: 0.88, maxNearMissesMet: 7 },
  { name: 'third-author', directory: new URL('./third-author/', import.meta.url), minStatus: 0.87, minMet: 0.92, maxNearMissesMet: 10 },
];

const { cases, problems } = loadCases();

describe('paraphrase cases files', () => {
  const ruleIds = shippedRuleset().rules.map((rule) => rule.id);

  it('are well formed', () => {
    expect(problems).toEqual([]);
  });

  it('cover every duty with at least 6 passages in the four styles and a near miss', () => {
    const gaps: string[] = [];
    const byRule = groupBy(cases, (testCase) => testCase.rule);
    for (const id of ruleIds) {
      const own = byRule.get(id) ?? [];
      const styles = new Set(own.map((testCase) => testCase.style));
      const positives = own.filter((testCase) => !testCase.near);
      if (positives.length < 6) gaps.push(`${id}: ${positives.length} passages that are not near misses (want 6)`);
      for (const needed of [['heading'], ['prose'], ['list', 'table'], ['terse', 'metadata']]) {
        if (!needed.some((style) => styles.has(style as never))) gaps.push(`${id}: no ${needed.join(' or ')} passage`);
      }
      if (!own.some((testCase) => testCase.near)) gaps.push(`${id}: no near miss`);
    }
    for (const id of byRule.keys()) if (!ruleIds.includes(id)) gaps.push(`${id}: not a rule id`);
    expect(gaps).toEqual([]);
  });

  it('use passages in other EU languages', () => {
    expect(new Set(cases.map((testCase) => testCase.lang).filter(Boolean))).toEqual(new Set(['de', 'fr', 'es', 'it', 'nl']));
  });

  it('start from a neutral card in which every duty is missing', () => {
    const report = checkCard('neutral.md', neutralCard(), shippedRuleset());
    expect(report.rules.filter((rule) => rule.status !== 'missing').map((rule) => `${rule.id}: ${rule.status}`)).toEqual([]);
  });
});

describe('paraphrase suite agreement', () => {
  let results: CaseResult[] = [];
  beforeAll(() => {
    results = cases.map((testCase) => judgeCase(testCase, shippedRuleset()));
  });

  /** The disagreements of each duty, for the failure message. */
  const details = () =>
    [...groupBy(results, (result) => result.rule)]
      .map(([rule, own]) => ({ rule, own, figures: agreement(own) }))
      .filter(({ figures }) => figures.status < 1)
      .map(({ rule, own, figures }) => `${rule} ${figures.status.toFixed(2)}\n  ${own.filter((result) => result.got !== result.status).map(describeMiss).join('\n  ')}`)
      .join('\n');

  it(`agrees with the reviewer on the status of at least ${MIN_STATUS} and on met-vs-not of at least ${MIN_MET}`, () => {
    const figures = agreement(results);
    const summary = `status ${figures.status.toFixed(3)}, met-vs-not ${figures.met.toFixed(3)} on ${figures.count} passages`;
    if (figures.status < MIN_STATUS || figures.met < MIN_MET) throw new Error(`${summary}\n${details()}`);
  });

  it(`judges at most ${MAX_NEAR_MISSES_MET} near misses met`, () => {
    const wrong = results.filter((result) => result.near && result.got === 'met').map(describeMiss);
    if (wrong.length > MAX_NEAR_MISSES_MET) throw new Error(`${wrong.length} near misses judged met:\n${wrong.join('\n')}`);
  });

  it(`judges at most ${MAX_FALSE_ALARMS} fully documented passages missing`, () => {
    const wrong = results.filter((result) => result.status === 'met' && result.got === 'missing').map(describeMiss);
    if (wrong.length > MAX_FALSE_ALARMS) throw new Error(`${wrong.length} documented passages judged missing:\n${wrong.join('\n')}`);
  });
});

describe.each(OTHER_AUTHORS)('$name paraphrase suite', (suite) => {
  const other = loadCases(fileURLToPath(suite.directory));
  let results: CaseResult[] = [];
  beforeAll(() => {
    results = other.cases.map((testCase) => judgeCase(testCase, shippedRuleset()));
  });

  it('is well formed and covers every duty', () => {
    expect(other.problems).toEqual([]);
    const covered = new Set(other.cases.map((testCase) => testCase.rule));
    expect(shippedRuleset().rules.filter((rule) => !covered.has(rule.id)).map((rule) => rule.id)).toEqual([]);
  });

  it(`agrees with its author on the status of at least ${suite.minStatus} and on met-vs-not of at least ${suite.minMet}`, () => {
    const figures = agreement(results);
    if (figures.status < suite.minStatus || figures.met < suite.minMet) {
      const misses = results.filter((result) => result.got !== result.status).map(describeMiss);
      throw new Error(`status ${figures.status.toFixed(3)}, met-vs-not ${figures.met.toFixed(3)}\n${misses.join('\n')}`);
    }
  });

  it(`judges at most ${suite.maxNearMissesMet} near misses met`, () => {
    const wrong = results.filter((result) => result.near && result.got === 'met').map(describeMiss);
    if (wrong.length > suite.maxNearMissesMet) throw new Error(`${wrong.length} near misses judged met:\n${wrong.join('\n')}`);
  });
});
