import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { visit } from 'unist-util-visit';
import type { Root, Table } from 'mdast';
import { COMMENT_MARKER, isOurComment, renderComment, verdictLine } from '../../src/render/comment.js';
import { compareReports } from '../../src/render/compare.js';
import {
  blockedCard,
  canonicalReport,
  cleanCard,
  HEAD_SHA,
  hostileReport,
  largeReport,
  reportOf,
  SOURCE,
} from './report-fixture.js';

const parse = (markdown: string): Root => unified().use(remarkParse).use(remarkGfm).parse(markdown);
const OUR_HTML = new Set([
  COMMENT_MARKER(),
  '<details>\n<summary>',
  '<details open>\n<summary>',
  '</summary>',
  '</details>',
]);
const occurrences = (text: string, needle: string) => text.split(needle).length - 1;

/** Raw HTML as GitHub's Markdown parser would see it: only our fixed strings may be there. */
function rawHtml(markdown: string): string[] {
  const values: string[] = [];
  visit(parse(markdown), 'html', (node: { value: string }) => {
    values.push(node.value);
  });
  return values;
}

describe('COMMENT_MARKER and isOurComment', () => {
  it('builds the marker from the instance key', () => {
    expect(COMMENT_MARKER()).toBe('<!-- ai-act-gate:report:default -->');
    expect(COMMENT_MARKER('models/eu')).toBe('<!-- ai-act-gate:report:models-eu -->');
    expect(COMMENT_MARKER('a --> b')).toBe('<!-- ai-act-gate:report:a-b -->');
  });

  it('recognises the marker only as the very first line', () => {
    expect(isOurComment(`${COMMENT_MARKER()}\n\nbody`)).toBe(true);
    expect(isOurComment(`${COMMENT_MARKER()}\r\nbody`)).toBe(true);
    expect(isOurComment(`${COMMENT_MARKER('eu')}\nbody`, 'eu')).toBe(true);
    expect(isOurComment(`${COMMENT_MARKER('eu')}\nbody`)).toBe(false);
    expect(isOurComment(`Someone quoting us:\n${COMMENT_MARKER()}`)).toBe(false);
    expect(isOurComment(`> ${COMMENT_MARKER()}`)).toBe(false);
    expect(isOurComment('')).toBe(false);
  });

  it('marks the rendered comment as ours', () => {
    expect(isOurComment(renderComment(canonicalReport(), { instanceKey: 'eu' }), 'eu')).toBe(true);
  });
});

describe('renderComment', () => {
  it('opens with the marker and a verdict line a notification preview can show', () => {
    const lines = renderComment(canonicalReport()).split('\n');
    expect(lines[0]).toBe('<!-- ai-act-gate:report:default -->');
    expect(lines[1]).toBe('');
    expect(lines[2]).toBe('🚫 2 model cards · 1 release blocker · 7 gaps');
  });

  it('gives each card a section, open when it blocks a release, with tier, gate, gaps and footer', () => {
    const comment = renderComment(canonicalReport(), SOURCE);
    expect(occurrences(comment, '<details open>')).toBe(1);
    expect(occurrences(comment, '<details>')).toBe(1);
    expect(comment).toContain('🚫 `models/frontier/README.md` · `gpai-systemic-risk` · release blocked · 7 gaps');
    expect(comment).toContain('✅ `models/small/README.md` · `gpai-open-source` · all required duties met');
    expect(comment).toContain('training compute ≈ 3.8e+25 FLOP (stated)');
    expect(comment).toContain('3.8e25 FLOP > 1e25 → Art. 51(2)');
    expect(comment).toContain('**🚫 Release blocked**');
    // Only what blocks the release, without the gate's other reasons.
    expect(comment).toContain('- evaluation-results is missing; the evaluation results must be documented');
    expect(comment).not.toContain('Blocked: ');
    expect(comment).toContain('✅ Met (3): `intended-uses`, `licence`, `architecture-and-size`');
    expect(comment).toMatch(/ai-act-gate 0\.1\.0 · ruleset of 29 rules · Full report in the job summary\n$/);
  });

  it('lists the required gaps in a table, errors first, with provision and line links', () => {
    const comment = renderComment(canonicalReport(), SOURCE);
    const tables: Table[] = [];
    visit(parse(comment), 'table', (node: Table) => {
      tables.push(node);
    });
    expect(tables).toHaveLength(1);
    const [header, ...rows] = tables[0].children;
    expect(header.children).toHaveLength(5);
    expect(rows.map((row) => (row.children[0].children[0] as { value: string }).value)).toEqual([
      'evaluation-results',
      'training-content-summary',
      'cybersecurity',
      'adversarial-testing',
      'copyright-policy',
      'energy-consumption',
      'incident-reporting',
    ]);
    expect(comment).toContain(
      `[L40](https://github.com/octo-org/models/blob/${HEAD_SHA}/models/frontier/README.md#L40)`,
    );
    // A missing item points at the title line.
    expect(comment).toContain(`[L5](https://github.com/octo-org/models/blob/${HEAD_SHA}/models/frontier/README.md#L5)`);
    expect(comment).toContain(
      '[Annex XI §2 1; Art. 55(1)(a)](https://eur-lex.europa.eu/eli/reg/2024/1689/oj/eng#anx_XI)',
    );
    expect(comment).toContain(
      'Incomplete adversarial-testing: the card gives only "We did some red teaming" (line 40)',
    );
    expect(comment).toContain(`[L8](https://github.com/octo-org/models/blob/${HEAD_SHA}/models/frontier/README.md#L8)`);
  });

  it('shows lines without links when the repository, commit or server is unknown or malformed', () => {
    expect(renderComment(canonicalReport())).not.toContain('/blob/');
    expect(renderComment(canonicalReport(), { ...SOURCE, headSha: 'main; rm -rf' })).not.toContain('/blob/');
    expect(renderComment(canonicalReport(), { ...SOURCE, serverUrl: 'javascript:alert(1)' })).not.toContain('/blob/');
  });

  it('says all clear when no card has a required gap', () => {
    const comment = renderComment(reportOf([cleanCard(), cleanCard('models/other/README.md')]));
    expect(verdictLine(reportOf([cleanCard()]))).toBe('✅ All model cards meet their required documentation duties');
    expect(comment.split('\n')[2]).toBe('✅ All model cards meet their required documentation duties');
    expect(comment).not.toContain('<details open>');
    expect(comment).not.toContain('| Rule');
  });

  it('counts gaps without blockers, and card problems', () => {
    const card = blockedCard();
    card.gate = { blocked: false, reasons: [] };
    card.problems.push({
      ruleId: 'card-syntax',
      message: 'Front matter is not valid YAML',
      line: 2,
      column: 1,
      severity: 'error',
    });
    expect(verdictLine(reportOf([card]))).toBe('⚠️ 1 model card · 7 gaps · 1 card problem');
  });

  it('shows what changed against the base branch', () => {
    const head = blockedCard();
    const base = blockedCard();
    base.tier = { ...base.tier, id: 'gpai' };
    base.rules = base.rules.map((result) =>
      result.id === 'cybersecurity'
        ? { ...result, status: 'met' }
        : result.id === 'licence'
          ? { ...result, status: 'missing' }
          : result,
    );
    const comment = renderComment(reportOf([head, cleanCard()]), {
      comparison: [compareReports(base, head), compareReports(null, cleanCard())],
    });
    expect(comment).toContain('Tier changed: `gpai` → `gpai-systemic-risk`');
    expect(comment).toContain('New gap: `cybersecurity`');
    expect(comment).toContain('Fixed: `licence`');
    expect(comment).toContain('New card: not on the base branch');
  });

  it('accepts a single comparison and names the ruleset version when the report has one', () => {
    const report = canonicalReport();
    (report.ruleset as { version?: string }).version = '2025.08';
    const comment = renderComment(report, { comparison: compareReports(null, blockedCard()) });
    expect(comment).toContain('New card: not on the base branch');
    expect(comment).toContain('ai-act-gate 0.1.0 · ruleset 2025.08 (29 rules) · Full report in the job summary');
  });

  describe('with hostile card text', () => {
    const comment = renderComment(hostileReport(), SOURCE);

    it('pings no one and links no issue', () => {
      expect(comment).not.toMatch(/@octocat|@octo-org\/admins/);
      expect(comment).not.toMatch(/#\d/);
      expect(comment).toContain('@\u200Doctocat');
    });

    it('contains no raw HTML but our own fixed tags', () => {
      expect(comment).not.toContain('<img');
      expect(rawHtml(comment).every((value) => OUR_HTML.has(value))).toBe(true);
      expect(occurrences(comment, '<details')).toBe(2);
      expect(occurrences(comment, '</details>')).toBe(2);
    });

    it('holds exactly one copy of the marker', () => {
      expect(occurrences(comment, '<!-- ai-act-gate:report:default -->')).toBe(1);
      expect(occurrences(comment, 'ai-act-gate:report')).toBe(1);
    });

    it('keeps the table intact', () => {
      const tables: Table[] = [];
      visit(parse(comment), 'table', (node: Table) => {
        tables.push(node);
      });
      expect(tables).toHaveLength(1);
      expect(tables[0].children).toHaveLength(8);
      for (const row of tables[0].children) expect(row.children).toHaveLength(5);
    });

    it('encodes the path in line links', () => {
      const links: string[] = [];
      visit(parse(comment), 'link', (node: { url: string }) => {
        links.push(node.url);
      });
      const lineLinks = links.filter((url) => url.includes('/blob/'));
      expect(lineLinks.length).toBeGreaterThan(0);
      for (const url of lineLinks) {
        expect(url.startsWith(`https://github.com/octo-org/models/blob/${HEAD_SHA}/models/%40octocat`)).toBe(true);
        expect(url).not.toMatch(/[<>@ ]/);
      }
    });
  });

  describe('over the length limit', () => {
    const report = largeReport(300);
    const blockedPaths = report.files.filter((file) => file.gate.blocked).map((file) => file.path);

    it('stays within 65,536 characters for 300 cards, keeping the verdict, the blockers and a pointer', () => {
      const started = Date.now();
      const comment = renderComment(report, {
        ...SOURCE,
        summaryUrl: 'https://github.com/octo-org/models/actions/runs/1#summary',
      });
      expect(Date.now() - started).toBeLessThan(10_000);
      expect(comment.length).toBeLessThanOrEqual(65_536);
      expect(comment.split('\n')[2]).toBe(`🚫 300 model cards · 5 release blockers · ${300 * 29} gaps`);
      expect(isOurComment(comment)).toBe(true);
      for (const path of blockedPaths) expect(comment).toContain(`\`${path}\``);
      expect(comment).toContain('Shortened to fit GitHub’s comment size limit');
      expect(comment).toContain(
        '[Full report in the job summary](https://github.com/octo-org/models/actions/runs/1#summary)',
      );
      expect(occurrences(comment, '<details')).toBe(occurrences(comment, '</details>'));
      expect(rawHtml(comment).every((value) => OUR_HTML.has(value))).toBe(true);
    });

    it('drops evidence quotes before anything else', () => {
      const report = canonicalReport();
      report.files[0].rules = report.files[0].rules.map((result) =>
        // As an older report words it: the message without the quote, which the comment then adds.
        result.status === 'partial'
          ? { ...result, evidence: 'quoted evidence '.repeat(12), message: `Incomplete ${result.id}; expected more.` }
          : result,
      );
      const full = renderComment(report);
      expect(full).toContain('Found: “quoted evidence');
      const limit = full.length - 100;
      const shorter = renderComment(report, { maxLength: limit });
      expect(shorter.length).toBeLessThanOrEqual(limit);
      expect(shorter).not.toContain('Found: “');
      expect(shorter).toContain('evidence quotes left out');
      expect(shorter).toContain('✅ Met (3)');
      expect(shorter).toContain('| `incident-reporting` |');
    });

    it('respects any limit, even one too small for all the blockers', () => {
      const allBlocked = largeReport(300, 1);
      for (const maxLength of [65_536, 20_000, 3_000, 500, 40]) {
        expect(renderComment(allBlocked, { maxLength }).length).toBeLessThanOrEqual(maxLength);
      }
    });
  });
});
