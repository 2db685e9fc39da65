/**
 * The organisation dashboard (one self-contained HTML file) on a realistic organisation: 30
 * repositories whose cards the checker really judged (fixtures/org-report.ts), a previous scan, a
 * hostile report, and a large one.
 */
import { createHash } from 'node:crypto';
import { CELL_STATES, compareOrgReports } from '../../src/render/org-analysis.js';
import { DASHBOARD_CSP, renderOrgDashboard } from '../../src/render/org-dashboard.js';
import { html } from '../../src/render/org-html.js';
import type { OrgReport } from '../../src/org/types.js';
import { orgCardName, orgFamilySummary } from '../../src/families/report-families.js';
import {
  BLOCKED_FIXTURES,
  EXPECTED_CHANGES,
  HOSTILE,
  hostileOrgReport,
  largeOrgReport,
  orgReports,
} from './fixtures/org-report.js';

const { current, previous } = orgReports();
const page = renderOrgDashboard(current, previous);

/** The content of every `<tag>…</tag>` in the page. */
const contents = (source: string, tag: string): string[] =>
  [...source.matchAll(new RegExp(`<${tag}[^>]*>([\\s\\S]*?)</${tag}>`, 'g'))].map((match) => match[1]);
/** The page's text between two section headings (ids), to look inside one section. */
function section(source: string, id: string): string {
  const start = source.indexOf(`<section aria-labelledby="${id}">`);
  expect(start).toBeGreaterThanOrEqual(0);
  const end = source.indexOf('</section>', start);
  return source.slice(start, end);
}

describe('the fixture organisation', () => {
  it('is 30 repositories of really checked cards, with blockers, failures and repositories without cards', () => {
    expect(current.repositories).toHaveLength(30);
    const statuses = current.repositories.map((repository) => repository.status);
    expect(statuses.filter((status) => status === 'failed')).toHaveLength(2);
    expect(statuses.filter((status) => status === 'no-cards')).toHaveLength(3);
    const files = current.repositories.flatMap((repository) => repository.files);
    expect(files.length).toBeGreaterThanOrEqual(60);
    // The checker (not the fixture) decides which cards are blocked: the five systemic-risk fixtures.
    expect(files.filter((file) => file.gate.blocked)).toHaveLength(BLOCKED_FIXTURES.length);
    expect(new Set(files.map((file) => file.tier.id)).size).toBeGreaterThanOrEqual(4);
    expect(files[0].rules).toHaveLength(current.ruleIds.length);
  });
});

describe('renderOrgDashboard: a self-contained page', () => {
  it('is one HTML document with a strict Content-Security-Policy whose hashes match its only style and script', () => {
    expect(page.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(page.trimEnd().endsWith('</html>')).toBe(true);
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(page)?.[1];
    expect(csp).toBe(DASHBOARD_CSP);
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
    const styles = contents(page, 'style');
    const scripts = contents(page, 'script');
    expect(styles).toHaveLength(1);
    expect(scripts).toHaveLength(1);
    const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
    expect(csp).toContain(`style-src ${hash(styles[0])}`);
    expect(csp).toContain(`script-src ${hash(scripts[0])}`);
  });

  it('loads nothing from anywhere: no external resource, no inline style or event handler', () => {
    expect(page).not.toMatch(/<(link|img|iframe|object|embed|video|audio|source|base|form)\b/i);
    expect(page).not.toMatch(/\ssrc=/i);
    expect(page).not.toMatch(/\sstyle=/i);
    expect(page).not.toMatch(/\son[a-z]+=/i);
    expect(page).not.toMatch(/@import|url\(/i);
    // The only URLs are links (to repositories, cards and the Act), never fetched.
    for (const match of page.matchAll(/https?:\/\/[^"\s<]+/g)) {
      const before = page.slice(Math.max(0, match.index! - 6), match.index);
      expect(before).toBe('href="');
    }
  });

  it('has the header, the summary tiles and every section', () => {
    expect(page).toContain('<h1>AI Act documentation: acme-ai</h1>');
    expect(page).toContain('<time datetime="2026-05-04T06:12:45Z">2026-05-04 06:12 UTC</time>');
    expect(page).toContain('whole organisation');
    const tiles = section(page, 'h-sum');
    expect(tiles).toContain('<b>30</b>repositories');
    expect(tiles).toMatch(/<b>76<\/b>model cards/);
    expect(tiles).toContain('<b>5</b>release blocked');
    expect(tiles).toContain('<b>2</b>failed');
    for (const id of ['h-tier', 'h-gap', 'h-blk', 'h-fail', 'h-chg', 'h-hm'])
      expect(page).toContain(`<section aria-labelledby="${id}">`);
    expect(renderOrgDashboard({ ...current, shard: { index: 2, count: 4 } })).toContain('shard 2 of 4');
  });

  it('shows the tier distribution as bars with the numbers beside them', () => {
    const tiers = section(page, 'h-tier');
    const systemic =
      /<tr><th scope="row"><span class="tb t-gpai-systemic-risk">gpai-systemic-risk<\/span><\/th><td><svg class="bar"[^>]*><rect class="t-gpai-systemic-risk" x="0" width="([\d.]+)" height="10"\/><\/svg><\/td><td class="num">5<\/td>/.exec(
        tiers,
      );
    expect(systemic).not.toBeNull();
    expect(Number(systemic![1])).toBeGreaterThan(0);
    expect(Number(systemic![1])).toBeLessThanOrEqual(100);
  });
});

describe('renderOrgDashboard: the heat-map', () => {
  const heatmap = section(page, 'h-hm');

  it('shows every cell state, each with its legend entry, colour class and symbol', () => {
    for (const info of CELL_STATES) {
      expect(heatmap).toContain(
        `<span class="k ${info.className}" aria-hidden="true">${info.symbol}</span><span><strong>${info.label}</strong>`,
      );
      expect(heatmap).toContain(`<td class=${info.className} title="`);
    }
    // Repositories without cards get one row saying so; failed ones one row with the error.
    expect(heatmap).toContain('class=n>· no model card found in this repository');
    expect(heatmap).toContain(
      'class=fl>✗ GET /repos/acme-ai/data-pipelines/contents/models/README.md: 502 Bad Gateway after 4 attempts',
    );
  });

  it('gives each cell a tooltip with the rule, the status and the line (the path heads the row)', () => {
    const frontier = current.repositories.find((repository) => repository.fullName === 'acme-ai/frontier-lm')!;
    const card = frontier.files.find((file) => file.path === 'README.md')!;
    const evaluation = card.rules.find((rule) => rule.id === 'evaluation-results')!;
    expect(evaluation.status).toBe('missing');
    expect(heatmap).toContain(
      `<td class=x title="evaluation-results: missing, required · line ${evaluation.line ?? card.titleLine}">✗`,
    );
    expect(heatmap).toMatch(/<td class=w title="copyright-policy: waived, required until 2026-09-30 · [^"]+">W/);
    expect(heatmap).toMatch(/<td class=f title="energy-consumption: off, (not )?required · [^"]+">–/);
    expect(heatmap).toContain('<td class=n title="licence: not checked">·');
  });

  it('has one row per card, grouped by repository, repositories with release blockers first', () => {
    const groups = [...heatmap.matchAll(/<tbody( class=bl)? data-name="([^"]+)"/g)].map((match) => ({
      blocked: Boolean(match[1]),
      name: match[2],
    }));
    expect(groups).toHaveLength(30);
    expect(groups.slice(0, 3).every((group) => group.blocked)).toBe(true);
    expect(groups.slice(3).some((group) => group.blocked)).toBe(false);
    expect(groups.slice(0, 3).map((group) => group.name)).toEqual([
      'acme-ai/chat-assistant',
      'acme-ai/frontier-lm',
      'acme-ai/vision-segmentation',
    ]);
    // Failed scans come right after the blockers.
    expect(
      groups
        .slice(3, 5)
        .map((group) => group.name)
        .sort(),
    ).toEqual(['acme-ai/data-pipelines', 'acme-ai/mirror-weights']);
    const cardRows = heatmap.match(/<tr( class=b)? data-g=\d+><th scope=row>/g)!;
    // A family of cards (the same text in two repositories) is one row, its other members folded under it.
    const families = orgFamilySummary(current);
    const cards = current.repositories.flatMap((repository) =>
      repository.files.map((file) => orgCardName(repository, file)),
    );
    expect(families.views.length).toBeGreaterThan(0);
    expect(cardRows).toHaveLength(cards.filter(families.isShown).length);
    for (const view of families.views)
      for (const member of view.others) expect(heatmap).toMatch(new RegExp(`<tr class=fam>.*<code>${member}</code>`));
    expect(cardRows.filter((row) => row.includes('class=b'))).toHaveLength(5);
    // Columns: the rules in ruleset order.
    const columns = [...heatmap.matchAll(/<th scope=col class=r title="[^"]*"><span>([^<]+)<\/span>/g)].map(
      (match) => match[1],
    );
    expect(columns).toEqual(current.ruleIds);
  });

  it('is an accessible table: caption, column and row headers, text in every cell', () => {
    expect(heatmap).toContain('<table class="hm" id="hm"><caption');
    expect(heatmap).toContain('<thead><tr><th scope=col>card</th>');
    expect(heatmap).toMatch(/<tr class=rh><th colspan=\d+ scope=rowgroup>/);
    for (const cell of heatmap.matchAll(/<td class=([mpxowfn]) title="[^"]*">([^<]*)/g))
      expect(cell[2].trim()).not.toBe('');
  });

  it('keeps the filter controls hidden until the script shows them (the page is complete without it)', () => {
    expect(heatmap).toContain('<div id="ctl" hidden>');
  });
});

describe('renderOrgDashboard: blockers, gaps, failures, changes', () => {
  it('lists each release blocker with its repository, card, tier and reasons', () => {
    const list = section(page, 'h-blk');
    expect(list).toContain('Release blockers (5)');
    expect(list.match(/<li><strong>/g)).toHaveLength(5);
    expect(list).toContain(
      '<a href="https://github.com/acme-ai/frontier-lm/blob/main/README.md">README.md</a> <span class="tb t-gpai-systemic-risk">gpai-systemic-risk</span>',
    );
    // Only what blocks, then why the gate applies, as in every other format.
    expect(list).toContain(
      '<li>(the gate applies because its training compute 3.8e25 FLOP exceeds 1e25 (Art. 51(2)))</li>',
    );
    expect(list).toContain('<li>evaluation-results is missing; the evaluation results');
    expect(list).not.toContain('Blocked: ');
  });

  it('ranks the worst gaps by how many cards miss them where required', () => {
    const gaps = section(page, 'h-gap');
    const counts = [
      ...gaps.matchAll(/<td class="num">(\d+)<\/td><td class="num">(\d+)<\/td><td class="num">(\d+)<\/td><\/tr>/g),
    ].map((match) => Number(match[1]) + Number(match[2]));
    expect(counts.length).toBeGreaterThanOrEqual(5);
    expect([...counts].sort((a, b) => b - a)).toEqual(counts);
    expect(gaps).toContain('<svg class="bar"');
  });

  it('lists failed repositories with their errors', () => {
    const failed = section(page, 'h-fail');
    expect(failed).toContain('Failed repositories (2)');
    expect(failed).toContain(
      '<a href="https://github.com/acme-ai/mirror-weights" rel="noopener noreferrer">acme-ai/mirror-weights</a></th><td>GET /repos/acme-ai/mirror-weights/git/trees/main: 404 Not Found',
    );
  });

  it('shows what changed since the previous scan, with arrows and deltas', () => {
    const changes = section(page, 'h-chg');
    expect(changes).toContain('Changes since the previous scan (2026-04-27 06:10 UTC)');
    expect(changes).toMatch(
      /▲<\/span><strong>1 new release blocker<\/strong><ul><li>acme-ai\/chat-assistant <code>models\/energy-consumption-met-co2-stated\/README.md<\/code>/,
    );
    expect(changes).toMatch(
      /▼<\/span><strong>1 release blocker resolved<\/strong><ul><li>acme-ai\/recommender <code>models\/flagship\/README.md<\/code>/,
    );
    expect(changes).toContain('<strong>1 repository added</strong><ul><li>acme-ai/new-agent</li>');
    expect(changes).toContain('<strong>1 repository removed</strong><ul><li>acme-ai/legacy-tts</li>');
    expect(changes).toContain('<strong>1 repository newly failing</strong><ul><li>acme-ai/mirror-weights</li>');
    expect(changes).toContain(
      '<strong>1 repository scanned again after failing</strong><ul><li>acme-ai/speech-asr</li>',
    );
    expect(changes).toContain(
      '<strong>1 card added</strong><ul><li>acme-ai/embeddings <code>models/embeddings-v2/README.md</code>',
    );
    expect(changes).toContain(
      '<strong>1 card removed</strong><ul><li>acme-ai/ocr <code>models/ocr-legacy/README.md</code>',
    );
    expect(changes).toMatch(/<tr><th scope="row">copyright-policy<\/th><td class="num better">▲ 1<\/td>/);
    expect(changes).toMatch(
      /<tr><th scope="row">adversarial-testing<\/th><td class="num better"><\/td><td class="num worse">▼ 1<\/td>/,
    );
    // The tiles carry the deltas: one card more, as many blockers as before.
    const tiles = section(page, 'h-sum');
    expect(tiles).toMatch(/<b>76<\/b>model cards<span class="d same" title="1 more than the previous scan">▲ 1/);
    expect(tiles).toContain(
      '<b>5</b>release blocked<span class="d same" title="no change since the previous scan">= 0</span>',
    );
  });

  it('agrees with the comparison the fixture was built for', () => {
    const changes = compareOrgReports(current, previous);
    expect(changes.repositoriesAdded).toEqual(EXPECTED_CHANGES.repositoriesAdded);
    expect(changes.repositoriesRemoved).toEqual(EXPECTED_CHANGES.repositoriesRemoved);
    expect(changes.newlyFailed).toEqual(EXPECTED_CHANGES.newlyFailed);
    expect(changes.recovered).toEqual(EXPECTED_CHANGES.recovered);
    expect(changes.newBlockers).toEqual([EXPECTED_CHANGES.newBlocker]);
    expect(changes.resolvedBlockers).toEqual([EXPECTED_CHANGES.resolvedBlocker]);
    expect(changes.cardsAdded).toEqual([EXPECTED_CHANGES.cardAdded]);
    expect(changes.cardsRemoved).toEqual([EXPECTED_CHANGES.cardRemoved]);
    const { ruleId, repository, path } = EXPECTED_CHANGES.newlyMet;
    expect(changes.newlyMet.find((change) => change.ruleId === ruleId)?.cards).toContainEqual({ repository, path });
    expect(changes.newlyMissing.length).toBeGreaterThan(0);
  });

  it('has no change section or deltas without a previous report, and says so when nothing changed', () => {
    const alone = renderOrgDashboard(current);
    expect(alone).not.toContain('h-chg');
    expect(alone).not.toContain('class="d ');
    const same = renderOrgDashboard(current, current);
    expect(section(same, 'h-chg')).toContain('<p>No change.</p>');
  });

  it('warns when the previous report covers another organisation or shard', () => {
    const other = renderOrgDashboard(current, { ...previous, shard: { index: 1, count: 2 } });
    expect(section(other, 'h-chg')).toContain(
      '<p class="note">Compare with care: the previous report covers shard 1/2, this one the whole organisation</p>',
    );
  });
});

describe('renderOrgDashboard: untrusted text', () => {
  const hostile = renderOrgDashboard(hostileOrgReport(), previous);

  it('never lets a name, path, reason, rule id, citation, error or tier out raw', () => {
    expect(hostile.match(/<script/g)).toHaveLength(1);
    expect(hostile).not.toMatch(/<(img|iframe)\b/);
    expect(hostile).not.toContain('javascript:');
    expect(hostile).not.toMatch(/@(user|octocat|admins|acme-ai)/);
    expect(hostile).not.toMatch(/"><(script|img|iframe)/);
    expect(hostile).not.toContain('\u202E');
    for (const text of Object.values(HOSTILE)) expect(hostile).not.toContain(text);
  });

  it('shows them escaped, as text', () => {
    expect(hostile).toContain(html(HOSTILE.repository));
    expect(hostile).toContain(
      'acme-ai/&lt;script&gt;console.error(&quot;repo&quot;)&lt;/script&gt;&quot;&amp;&#64;user',
    );
    expect(hostile).toContain(
      'models/&quot;&gt;&lt;img src=x onerror=console.error(1)&gt;/&#64;octocat &amp; co/README.md',
    );
    expect(hostile).toContain(
      '&lt;/li&gt;&lt;script&gt;console.error(&quot;reason&quot;)&lt;/script&gt; cc &#64;admins',
    );
    expect(hostile).toContain('&lt;iframe src=&quot;https://evil.example/&quot;&gt;&lt;/iframe&gt; &#64;octocat');
    // An unknown tier is shown as `unknown`, and never becomes a class name.
    expect(hostile).not.toMatch(/class="[^"]*(script|&)/);
    // An unsafe URL is dropped: the repository name is shown without a link.
    expect(hostile).toContain(`<strong>${html(HOSTILE.repository)}</strong>`);
  });

  it('survives a malformed report without throwing', () => {
    const broken = {
      org: 'x',
      repositories: [
        { fullName: 'x/y', status: 'checked', files: [{ path: 'a.md', rules: null, gate: null, tier: null }] },
        null,
      ],
    } as unknown as OrgReport;
    expect(() => renderOrgDashboard(broken, {} as OrgReport)).not.toThrow();
  });
});

describe('renderOrgDashboard: size', () => {
  it('stays small per card for 2,000 cards: the bytes per cell are bounded (tooltip with the path included)', () => {
    const large = largeOrgReport(400, 5);
    const files = large.repositories.flatMap((repository) => repository.files);
    expect(files).toHaveLength(2000);
    const bytes = Buffer.byteLength(renderOrgDashboard(large), 'utf8');
    const fixed = Buffer.byteLength(renderOrgDashboard({ ...large, repositories: [] }), 'utf8');
    const rules = large.ruleIds.length;
    const meanPath = files.reduce((sum, file) => sum + Buffer.byteLength(file.path), 0) / files.length;
    const perCard = (bytes - fixed) / files.length;
    // Each cell repeats the card's path in its tooltip; everything else stays under 80 bytes a cell,
    // and the row (path link, tier, gaps) and its share of the repository header under 600 bytes.
    expect(perCard).toBeLessThan(rules * (80 + meanPath) + 600);
    expect(bytes).toBeLessThan(12 * 1024 * 1024);
    expect(fixed).toBeLessThan(40 * 1024);
  });
});
