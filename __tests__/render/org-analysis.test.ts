/** The pieces both organisation renderers share: cell states, gaps, ordering, the HTML escaper and card links. */
import type { RuleResult } from '../../src/model/report.js';
import {
  cellState,
  compareOrgReports,
  formatTime,
  isOrgGap,
  orderedRepositories,
  signed,
  worstGaps,
} from '../../src/render/org-analysis.js';
import { cardUrl, html, htmlLink } from '../../src/render/org-html.js';
import { orgReports } from './fixtures/org-report.js';
import { rule } from './report-fixture.js';

describe('cellState and isOrgGap', () => {
  const waiver = { reason: 'r', owner: 'o', expires: '2026-09-30', source: 's' };
  it.each<[string, RuleResult | undefined, string, boolean]>([
    ['met', rule('x', 'met'), 'met', false],
    ['partial, required', rule('x', 'partial'), 'partial', true],
    ['partial, not required', rule('x', 'partial', { required: false }), 'partial', false],
    ['missing, required', rule('x', 'missing'), 'missing-required', true],
    ['missing, not required', rule('x', 'missing', { required: false }), 'missing-optional', false],
    ['a waived gap', rule('x', 'missing', { waiver }), 'waived', false],
    ['a rule turned off, even when waived', rule('x', 'missing', { enabled: false, waiver }), 'off', false],
    ['met although waived', rule('x', 'met', { waiver }), 'met', false],
    ['no result', undefined, 'no-card', false],
  ])('%s', (_name, result, state, gap) => {
    expect(cellState(result)).toBe(state);
    if (result) expect(isOrgGap(result)).toBe(gap);
  });
});

describe('ordering and gaps', () => {
  const { current } = orgReports();

  it('puts repositories with blockers first, then failed scans, then by gaps, cardless ones last', () => {
    const order = orderedRepositories(current);
    const rank = order.map((stats) =>
      stats.blocked ? 0 : stats.repository.status === 'failed' ? 1 : stats.cards ? 2 : 3,
    );
    expect([...rank].sort((a, b) => a - b)).toEqual(rank);
    const withGaps = order.filter((stats) => !stats.blocked && stats.repository.status === 'checked');
    expect(withGaps.map((stats) => stats.gaps)).toEqual([...withGaps.map((stats) => stats.gaps)].sort((a, b) => b - a));
  });

  it('counts neither waived nor turned-off rules as gaps', () => {
    const copyright = worstGaps(current, 50).find((gap) => gap.ruleId === 'copyright-policy')!;
    const frontier = current.repositories.find((repository) => repository.fullName === 'acme-ai/frontier-lm')!;
    const waived = frontier.files.filter((file) =>
      file.rules.some((result) => result.id === 'copyright-policy' && result.waiver && result.required),
    ).length;
    expect(waived).toBeGreaterThan(0);
    const all = current.repositories
      .flatMap((repository) => repository.files)
      .filter((file) => file.rules.some((result) => result.id === 'copyright-policy' && result.required)).length;
    expect(copyright.required).toBe(all - waived);
  });

  it('does not count cards of a repository whose scan failed as removed or resolved', () => {
    const { previous } = orgReports();
    const failedNow = {
      ...current,
      repositories: current.repositories.map((repository) =>
        repository.fullName === 'acme-ai/frontier-lm'
          ? { ...repository, status: 'failed' as const, error: 'x', files: [] }
          : repository,
      ),
    };
    const changes = compareOrgReports(failedNow, previous);
    expect(changes.newlyFailed).toContain('acme-ai/frontier-lm');
    expect(changes.cardsRemoved.some((card) => card.repository === 'acme-ai/frontier-lm')).toBe(false);
    expect(changes.resolvedBlockers.some((card) => card.repository === 'acme-ai/frontier-lm')).toBe(false);
  });
});

describe('small helpers', () => {
  it('signs deltas and formats times', () => {
    expect([signed(3), signed(-2), signed(0)]).toEqual(['+3', '−2', '±0']);
    expect(formatTime('2026-05-04T06:12:45Z')).toBe('2026-05-04 06:12 UTC');
    expect(formatTime('yesterday')).toBe('yesterday');
    expect(formatTime(undefined)).toBe('');
  });

  it('escapes HTML text and attributes, and @', () => {
    expect(html(`<a href="x" title='y'>&\`@user`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&#96;&#64;user',
    );
    expect(html('a\u202Eb\nc')).toBe('ab c');
    expect(html('x'.repeat(50), 10)).toBe(`${'x'.repeat(9)}…`);
  });

  it('links only http(s) URLs', () => {
    expect(htmlLink('https://github.com/o/r?a=1&b=2', 'o/r')).toBe(
      '<a href="https://github.com/o/r?a=1&amp;b=2" rel="noopener noreferrer">o/r</a>',
    );
    expect(htmlLink('javascript:alert(1)', 'o/r')).toBe('o/r');
  });

  it('builds card links that cannot leave the repository', () => {
    expect(cardUrl('https://github.com/o/r', 'main', 'models/a b/README.md', 12)).toBe(
      'https://github.com/o/r/blob/main/models/a%20b/README.md#L12',
    );
    expect(cardUrl('https://github.com/o/r/', 'main', '../../x/"><script>', null)).toBe(
      'https://github.com/o/r/blob/main/%2E%2E/%2E%2E/x/%22%3E%3Cscript%3E',
    );
    expect(cardUrl('javascript:alert(1)', 'main', 'README.md')).toBeNull();
  });
});
