import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { visit } from 'unist-util-visit';
import type { Table } from 'mdast';
import { MAX_SUMMARY_BYTES, renderSummary } from '../../src/render/summary.js';
import { compareReports } from '../../src/render/compare.js';
import { blockedCard, canonicalReport, HEAD_SHA, hostileReport, largeReport, SOURCE } from './report-fixture.js';

const tablesOf = (markdown: string): Table[] => {
  const tables: Table[] = [];
  visit(unified().use(remarkParse).use(remarkGfm).parse(markdown), 'table', (node: Table) => {
    tables.push(node);
  });
  return tables;
};

describe('renderSummary', () => {
  it('shows every card and every rule with its status, provision, line and evidence', () => {
    const summary = renderSummary(canonicalReport(), SOURCE);
    expect(summary).toContain('🚫 2 model cards · 1 release blocker · 7 gaps');
    expect(summary).toContain('### 🚫 `models/frontier/README.md`');
    expect(summary).toContain('### ✅ `models/small/README.md`');
    const tables = tablesOf(summary);
    expect(tables.map((table) => table.children.length - 1)).toEqual([10, 4]);
    expect(summary).toContain('| `intended-uses` | yes | ✅ met |');
    expect(summary).toContain('Found: “Evidence for intended-uses”');
    expect(summary).toContain('| `evaluation-results` | no | ❌ missing |');
    expect(summary).toContain(
      'Incomplete adversarial-testing: the card gives only "We did some red teaming" (line 40). Still expected the adversarial-testing documented.',
    );
    expect(summary).toContain(
      `[L40](https://github.com/octo-org/models/blob/${HEAD_SHA}/models/frontier/README.md#L40)`,
    );
    // A missing item is located at the card's title.
    expect(summary).toContain(`[L5](https://github.com/octo-org/models/blob/${HEAD_SHA}/models/frontier/README.md#L5)`);
    expect(summary).toContain('[Art. 55(1)(d)](https://eur-lex.europa.eu/eli/reg/2024/1689/oj/eng#art_55)');
    expect(summary).toContain('3.8e25 FLOP > 1e25 → Art. 51(2)');
    expect(summary).toContain('- evaluation-results is missing; the evaluation results must be documented');
    expect(summary).not.toContain('✂️');
  });

  it('lists gaps first, then met duties, then rules that do not apply', () => {
    const [table] = tablesOf(renderSummary(canonicalReport()));
    const statuses = table.children.slice(1).map((row) => (row.children[2].children[0] as { value: string }).value);
    expect(statuses.slice(0, 7).every((status) => status !== '✅ met')).toBe(true);
    expect(statuses.slice(7)).toEqual(['✅ met', '✅ met', '✅ met']);
  });

  it('shows what changed against the base branch', () => {
    const head = blockedCard();
    const base = { ...blockedCard(), tier: { ...blockedCard().tier, id: 'gpai' as const } };
    expect(renderSummary(canonicalReport(), { comparison: compareReports(base, head) })).toContain(
      'Tier changed: `gpai` → `gpai-systemic-risk`',
    );
  });

  it('escapes hostile card text like the comment does', () => {
    const summary = renderSummary(hostileReport(), SOURCE);
    expect(summary).not.toMatch(/@octocat|<img|<\/details>|#\d/);
    expect(summary).not.toContain('<!-- ai-act-gate:report:default -->');
    for (const table of tablesOf(summary)) for (const row of table.children) expect(row.children).toHaveLength(7);
  });

  it('stays within 1 MiB of UTF-8 for 300 large cards and says what it left out', () => {
    const report = largeReport(300);
    const summary = renderSummary(report, SOURCE);
    expect(Buffer.byteLength(summary, 'utf8')).toBeLessThanOrEqual(MAX_SUMMARY_BYTES);
    expect(Buffer.byteLength(summary, 'utf8')).toBeGreaterThan(MAX_SUMMARY_BYTES * 0.9);
    expect(summary).toMatch(/✂️ This summary is limited to 1 MiB: .*\d+ cards left out/);
    expect(summary).toContain('`models/model-000/README.md`');
    expect(summary.trimEnd().endsWith('ruleset of 29 rules')).toBe(true);
  });

  it('shortens a card before leaving it out, and respects any byte limit', () => {
    const report = largeReport(3);
    const full = renderSummary(report);
    const maxBytes = Buffer.byteLength(full, 'utf8') - 2_000;
    const shorter = renderSummary(report, { maxBytes });
    expect(Buffer.byteLength(shorter, 'utf8')).toBeLessThanOrEqual(maxBytes);
    expect(shorter).toContain('1 card shortened');
    expect(shorter).toContain('`models/model-002/README.md`');
    for (const limit of [5_000, 300, 10])
      expect(Buffer.byteLength(renderSummary(report, { maxBytes: limit }), 'utf8')).toBeLessThanOrEqual(limit);
  });
});
