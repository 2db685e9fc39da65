/**
 * Real model cards from ../shared/corpus, each read and judged by hand (labels in
 * __tests__/fixtures/real-cards/labels-*.json: every rule's status, the tier and the compute).
 * The checker must give every hand-labelled status, except where `known-differences.json` records
 * the checker's answer and why it differs; that list is reviewed whenever the checker changes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkCard } from '../src/lint.js';
import { CORPUS, ROOT, describeWithShared, shippedRuleset } from './helpers.js';

interface CardLabel {
  tier: string;
  computeFlops: number | null;
  items: Record<string, 'met' | 'partial' | 'missing' | null>;
}
interface KnownDifference {
  checker: 'met' | 'partial' | 'missing';
  why: string;
}

const FIXTURES = join(ROOT, '__tests__', 'fixtures', 'real-cards');
const labels: Record<string, CardLabel> = {};
for (const file of ['labels-a.json', 'labels-b.json'])
  Object.assign(labels, JSON.parse(readFileSync(join(FIXTURES, file), 'utf8')).cards);
const knownDifferences = JSON.parse(readFileSync(join(FIXTURES, 'known-differences.json'), 'utf8'));
const known: Record<string, Record<string, KnownDifference>> = knownDifferences.cards;
const knownTiers: Record<string, { checker: string; why: string }> = knownDifferences.tiers;

describeWithShared('real model cards, judged by hand', () => {
  const ruleset = shippedRuleset();
  const cards = Object.keys(labels).sort();

  it('covers at least 12 cards of different kinds', () => {
    expect(cards.length).toBeGreaterThanOrEqual(12);
    expect(new Set(cards.map((card) => labels[card].tier)).size).toBeGreaterThanOrEqual(4);
  });

  describe.each(cards)('%s', (card) => {
    const report = checkCard(`${card}.md`, readFileSync(join(CORPUS, `${card}.md`), 'utf8'), ruleset);
    const cases = Object.entries(labels[card].items).filter(([, status]) => status !== null);

    it(`has tier ${knownTiers[card]?.checker ?? labels[card].tier}`, () => {
      expect(report.tier.id).toBe(knownTiers[card]?.checker ?? labels[card].tier);
    });

    const labelledCompute = labels[card].computeFlops;
    if (labelledCompute) {
      it(`estimates training compute within 3x of ${labelledCompute.toExponential(1)} FLOP`, () => {
        expect(report.tier.computeFlops).not.toBeNull();
        expect(Math.abs(Math.log10(report.tier.computeFlops! / labelledCompute))).toBeLessThanOrEqual(Math.log10(3));
      });
    }

    it.each(cases)('%s is %s', (ruleId, labelled) => {
      const result = report.rules.find((rule) => rule.id === ruleId);
      const expected = known[card]?.[ruleId]?.checker ?? labelled;
      expect(result?.status).toBe(expected);
    });
  });
});
