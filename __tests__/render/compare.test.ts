import { compareReports, isGap } from '../../src/render/compare.js';
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
