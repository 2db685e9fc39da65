import { compareReports, dutyCounts, isGap } from '../../src/render/compare.js';
import { blockedCard, cleanCard, rule } from './report-fixture.js';

describe('compareReports', () => {
  it('finds new and fixed gaps and the tier change', () => {
    const base = blockedCard();
    base.tier = { ...base.tier, id: 'gpai' };
    base.rules = base.rules.map((result) =>
      result.id === 'cybersecurity'
        ? { ...result, status: 'met' as const }
        : result.id === 'licence'
          ? rule('licence', 'partial')
          : result,
    );
    const head = blockedCard();
    const comparison = compareReports(base, head);
    expect(comparison.path).toBe(head.path);
    expect(comparison.isNewCard).toBe(false);
    expect(comparison.newGaps.map((result) => result.id)).toEqual(['cybersecurity']);
    // The fixed gap is the head's result, so it shows how it is met now.
    expect(comparison.fixedGaps).toEqual([head.rules.find((result) => result.id === 'licence')]);
    expect(comparison.tierChange).toEqual({ from: 'gpai', to: 'gpai-systemic-risk' });
  });

  it('reports nothing for an unchanged card', () => {
    expect(compareReports(blockedCard(), blockedCard())).toEqual({
      path: 'models/frontier/README.md',
      newGaps: [],
      fixedGaps: [],
      tierChange: null,
      isNewCard: false,
      baseDocumented: dutyCounts(blockedCard()).met,
    });
  });

  it('treats every gap of a card without a base as new', () => {
    const comparison = compareReports(null, blockedCard());
    expect(comparison.isNewCard).toBe(true);
    expect(comparison.newGaps).toHaveLength(7);
    expect(comparison.tierChange).toBeNull();
  });

  it('counts a duty that stops applying as no longer a gap', () => {
    const base = blockedCard();
    const head = cleanCard(base.path);
    const comparison = compareReports(base, head);
    expect(comparison.fixedGaps.map((result) => result.id)).toContain('evaluation-results');
    expect(comparison.fixedGaps.find((result) => result.id === 'evaluation-results')?.required).toBe(false);
  });

  it('defines a gap as a required duty not met', () => {
    expect(isGap(rule('x', 'missing'))).toBe(true);
    expect(isGap(rule('x', 'partial'))).toBe(true);
    expect(isGap(rule('x', 'met'))).toBe(false);
    expect(isGap(rule('x', 'missing', { required: false }))).toBe(false);
  });
});

describe('dutyCounts', () => {
  it('counts the required duties, those met and those partly met, leaving out what the policy turns off', () => {
    const card = blockedCard();
    card.rules = [
      rule('licence', 'met'),
      rule('training-data', 'partial'),
      rule('evaluation-results', 'missing'),
      { ...rule('energy-consumption', 'met'), enabled: false },
      { ...rule('cybersecurity', 'met'), required: false },
    ];
    expect(dutyCounts(card)).toEqual({ required: 3, met: 1, partial: 1 });
  });

  it('records how many duties the base met, and none for a new card', () => {
    const base = blockedCard();
    expect(compareReports(base, blockedCard()).baseDocumented).toBe(dutyCounts(base).met);
    expect(compareReports(null, blockedCard()).baseDocumented).toBeNull();
  });
});
