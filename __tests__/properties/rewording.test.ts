/**
 * Rewordings of one passage (from the paraphrase suite or rewording-pools.yaml) that a reviewer reads
 * as the same never turn its met duty missing: its heading renamed to a synonym, its statements moved
 * between prose, a list, table rows and their own headings, plural ↔ singular, lines re-wrapped.
 * Whole real cards: real-card-rewording.test.ts beside this file.
 */
import fc from 'fast-check';
import { shippedRuleset } from '../helpers.js';
import { judgeCase, loadCases, neutralCard } from '../duties/paraphrase-cases.js';
import { FORMS, POOLS, render, renameFirstHeading, rewrap, swapInflection, verdict } from './rewording.js';

// A fixed seed keeps the suite repeatable; FC_SEED=<n> explores others (fast-check prints the seed with any counterexample).
const seed = process.env.FC_SEED ? Number(process.env.FC_SEED) : 20260;
const ruleset = shippedRuleset();

const statusIn = (text: string, rule: string) => verdict(text, ruleset).statuses.get(rule);

/**
 * The paraphrase passages that document their duty fully and that the checker judges met: the
 * starting points of the passage properties (a near miss wrongly judged met may rightly turn missing).
 */
const metPassages = loadCases()
  .cases.map((testCase) => judgeCase(testCase, ruleset))
  .filter((result) => result.status === 'met' && result.got === 'met' && result.style !== 'metadata');

describe('rewordings of a passage keep a met duty from becoming missing', () => {
  it('renaming its heading to a synonym', () => {
    const headed = metPassages.filter((result) => result.style === 'heading' && POOLS.headings[result.rule]);
    const arbitrary = fc
      .constantFrom(...headed)
      .chain((result) => fc.tuple(fc.constant(result), fc.constantFrom(...POOLS.headings[result.rule])));
    fc.assert(
      fc.property(arbitrary, ([result, heading]) => {
        const renamed = renameFirstHeading(result.text, heading);
        const status = statusIn(neutralCard(renamed, result.frontMatter), result.rule);
        if (status === 'missing')
          throw new Error(`${result.rule} #${result.index} under "## ${heading}" is missing:\n${renamed}`);
      }),
      { numRuns: 120, seed },
    );
  });

  it('moving statements between prose, a list, table rows and their own headings', () => {
    const arbitrary = fc.tuple(
      fc.subarray(POOLS.facts, { minLength: 1, maxLength: 4 }),
      fc.constantFrom(...FORMS),
      fc.constantFrom(...FORMS),
    );
    fc.assert(
      fc.property(arbitrary, ([facts, from, to]) => {
        const before = verdict(neutralCard(render(facts, from)), ruleset);
        const after = verdict(neutralCard(render(facts, to)), ruleset);
        const lost = facts
          .map((fact) => fact.rule)
          .filter((rule) => before.statuses.get(rule) === 'met' && after.statuses.get(rule) === 'missing');
        if (lost.length)
          throw new Error(
            `met as ${from}, missing as ${to}: ${lost.join(', ')}\n--- ${from}\n${render(facts, from)}\n--- ${to}\n${render(facts, to)}`,
          );
      }),
      { numRuns: 150, seed },
    );
  });

  it('swapping plural and singular forms', () => {
    const arbitrary = fc.tuple(
      fc.constantFrom(...metPassages),
      fc.subarray(POOLS.inflections, { minLength: 1 }),
      fc.boolean(),
    );
    fc.assert(
      fc.property(arbitrary, ([result, pairs, toSingular]) => {
        const text = pairs.reduce(
          (current, [singular, plural]) =>
            toSingular ? swapInflection(current, plural, singular) : swapInflection(current, singular, plural),
          result.text,
        );
        if (text === result.text) return;
        if (statusIn(neutralCard(text, result.frontMatter), result.rule) === 'missing')
          throw new Error(`${result.rule} #${result.index} reworded is missing:\n${text}`);
      }),
      { numRuns: 150, seed },
    );
  });

  it('re-wrapping its lines', () => {
    fc.assert(
      fc.property(fc.constantFrom(...metPassages), fc.integer({ min: 16, max: 140 }), (result, width) => {
        const text = rewrap(result.text, width);
        if (statusIn(neutralCard(text, result.frontMatter), result.rule) === 'missing')
          throw new Error(`${result.rule} #${result.index} wrapped at ${width} is missing:\n${text}`);
      }),
      { numRuns: 120, seed },
    );
  });
});
