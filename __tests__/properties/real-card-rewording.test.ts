/**
 * Rewordings of whole real cards (the release-gate cards and the hand-labelled development cards of
 * ../shared) that a reviewer reads as the same card never turn a met duty missing, nor change the
 * tier, the compute or the gate: lines re-wrapped, plural ↔ singular, a section heading renamed to a
 * synonym, labelled list items turned into table rows, a comparison table of other models added, a
 * paragraph explaining the Act's thresholds added.
 */
import fc from 'fast-check';
import { shippedRuleset, HAVE_SHARED, SHARED } from '../helpers.js';
import {
  comparisonTable,
  insertSection,
  metTurnedMissing,
  POOLS,
  realCards,
  rewrap,
  swapInflection,
  verdict,
  type Verdict,
} from './rewording.js';
import { labelledLists, listToTable, renameHeading, synonymHeadings } from './structure.js';

// A fixed seed keeps the suite repeatable; FC_SEED=<n> explores others (fast-check prints the seed with any counterexample).
const seed = process.env.FC_SEED ? Number(process.env.FC_SEED) : 20260;
const ruleset = shippedRuleset();

const cards = HAVE_SHARED ? realCards() : [];
const describeCards = cards.length ? describe : describe.skip;
if (!cards.length) console.warn(`skipping the real-card rewording properties: ${SHARED} is absent`);

describeCards(
  `rewordings of real cards (${cards.length} gate and development cards) keep every met duty, the tier, the compute and the gate`,
  () => {
    // Cards are drawn by name so that a counterexample prints the name, not the whole card.
    const names = cards.map((card) => card.name);
    const byName = new Map(cards.map((card) => [card.name, card]));
    const cardNamed = (name: string) => byName.get(name) as { name: string; text: string };
    const baseline = new Map<string, Verdict>();
    const before = (card: { name: string; text: string }) => {
      if (!baseline.has(card.name)) baseline.set(card.name, verdict(card.text, ruleset));
      return baseline.get(card.name) as Verdict;
    };
    /** What changed between two verdicts, or '' when nothing a rewording may change did. */
    const changes = (was: Verdict, now: Verdict, compareCompute = true) =>
      [
        ...metTurnedMissing(was, now).map((rule) => `${rule} met → missing`),
        was.tier !== now.tier ? `tier ${was.tier} → ${now.tier}` : '',
        compareCompute && was.computeFlops !== now.computeFlops
          ? `compute ${was.computeFlops} → ${now.computeFlops}`
          : '',
        was.blocked !== now.blocked
          ? `gate ${was.blocked ? 'blocked' : 'open'} → ${now.blocked ? 'blocked' : 'open'}`
          : '',
      ]
        .filter(Boolean)
        .join('; ');

    it('re-wrapping lines', () => {
      fc.assert(
        fc.property(fc.constantFrom(...names), fc.integer({ min: 30, max: 140 }), (name, width) => {
          const card = cardNamed(name);
          const changed = changes(before(card), verdict(rewrap(card.text, width), ruleset));
          if (changed) throw new Error(`${card.name} wrapped at ${width}: ${changed}`);
        }),
        { numRuns: 40, seed },
      );
    });

    it('swapping plural and singular forms', () => {
      fc.assert(
        fc.property(
          fc.constantFrom(...names),
          fc.subarray(POOLS.inflections, { minLength: 1, maxLength: 4 }),
          fc.boolean(),
          (name, pairs, toSingular) => {
            const card = cardNamed(name);
            const text = pairs.reduce(
              (current, [singular, plural]) =>
                toSingular ? swapInflection(current, plural, singular) : swapInflection(current, singular, plural),
              card.text,
            );
            const changed = changes(before(card), verdict(text, ruleset));
            if (changed)
              throw new Error(
                `${card.name} with ${pairs.map((pair) => (toSingular ? `${pair[1]} → ${pair[0]}` : `${pair[0]} → ${pair[1]}`)).join(', ')}: ${changed}`,
              );
          },
        ),
        { numRuns: 40, seed },
      );
    });

    it('adding a table comparing other models’ sizes and training compute', () => {
      fc.assert(
        fc.property(
          fc.constantFrom(...names),
          fc.subarray(POOLS.otherModels, { minLength: 1 }),
          fc.double({ min: 0, max: 0.999, noNaN: true }),
          (name, models, position) => {
            const card = cardNamed(name);
            const changed = changes(
              before(card),
              verdict(insertSection(card.text, comparisonTable(models), position), ruleset),
            );
            if (changed)
              throw new Error(
                `${card.name} with a comparison of ${models.map((model) => model.name).join(', ')}: ${changed}`,
              );
          },
        ),
        { numRuns: 40, seed },
      );
    });

    it('adding a paragraph explaining the Act’s thresholds', () => {
      fc.assert(
        fc.property(
          fc.constantFrom(...names),
          fc.constantFrom(...POOLS.thresholds),
          fc.double({ min: 0, max: 0.999, noNaN: true }),
          (name, paragraph, position) => {
            const card = cardNamed(name);
            const changed = changes(before(card), verdict(insertSection(card.text, paragraph, position), ruleset));
            if (changed) throw new Error(`${card.name} with "${paragraph}": ${changed}`);
          },
        ),
        { numRuns: 40, seed },
      );
    });
    const withSynonyms = names.filter((name) => synonymHeadings(cardNamed(name).text).length > 0);
    it(`renaming a section heading to a synonym (${withSynonyms.length} cards have one)`, () => {
      const arbitrary = fc
        .constantFrom(...withSynonyms)
        .chain((name) => fc.tuple(fc.constant(name), fc.constantFrom(...synonymHeadings(cardNamed(name).text))))
        .chain(([name, swap]) => fc.tuple(fc.constant(name), fc.constant(swap), fc.constantFrom(...swap.to)));
      fc.assert(
        fc.property(arbitrary, ([name, swap, heading]) => {
          const card = cardNamed(name);
          const changed = changes(before(card), verdict(renameHeading(card.text, swap.line, heading), ruleset));
          if (changed)
            throw new Error(`${name}: "${swap.from}" (line ${swap.line + 1}) renamed "${heading}": ${changed}`);
        }),
        { numRuns: 60, seed },
      );
    });

    const withLists = names.filter((name) => labelledLists(cardNamed(name).text).length > 0);
    it(`turning labelled list items into table rows (${withLists.length} cards have them)`, () => {
      const arbitrary = fc
        .constantFrom(...withLists)
        .chain((name) => fc.tuple(fc.constant(name), fc.constantFrom(...labelledLists(cardNamed(name).text))));
      fc.assert(
        fc.property(arbitrary, ([name, run]) => {
          const card = cardNamed(name);
          const changed = changes(before(card), verdict(listToTable(card.text, run), ruleset));
          if (changed)
            throw new Error(`${name}: list items of lines ${run[0] + 1}-${run[1] + 1} as table rows: ${changed}`);
        }),
        { numRuns: 60, seed },
      );
    });
  },
);
