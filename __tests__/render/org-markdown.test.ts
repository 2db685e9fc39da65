/** The organisation scan as a concise Markdown summary, on the realistic fixture organisation. */
import { renderOrgMarkdown } from '../../src/render/org-markdown.js';
import type { OrgReport } from '../../src/org/types.js';
import {
  BLOCKED_FIXTURES,
  checkedCard,
  HOSTILE,
  hostileOrgReport,
  largeOrgReport,
  orgReports,
} from './fixtures/org-report.js';

const ZWJ = '\u200D';
const { current, previous } = orgReports();
const markdown = renderOrgMarkdown(current, previous);

/** The text under a `### heading` up to the next heading. */
function section(source: string, title: string): string {
  const start = source.indexOf(`\n### ${title}`);
  expect(start).toBeGreaterThanOrEqual(0);
  const next = source.indexOf('\n### ', start + 5);
  return source.slice(start, next === -1 ? undefined : next);
}

describe('renderOrgMarkdown', () => {
  it('has the title, the scan line, the verdict and every section', () => {
    expect(
      markdown.startsWith(
        '## AI Act documentation: acme-ai\n\nScanned 2026-05-04 06:12 UTC · whole organisation · ai-act-gate 0.1.0 · 29 rules\n',
      ),
    ).toBe(true);
    expect(markdown).toMatch(
      /🚫 \*\*5 release blockers\*\* · 30 repositories \(25 checked, 3 without cards, 2 failed\) · 76 model cards · \d+ gaps/,
    );
    for (const title of [
      'Summary',
      'Tiers',
      'Release blockers (5)',
      'Worst gaps',
      'Failed repositories (2)',
      'Changes since the previous scan',
    ]) {
      expect(markdown).toContain(`\n### ${title}`);
    }
    expect(
      markdown
        .trimEnd()
        .endsWith('*Not legal advice: the checker reads what a card says; it cannot know what a provider has done.*'),
    ).toBe(true);
  });

  it('gives the totals and the tiers, with the change since the previous scan', () => {
    const summary = section(markdown, 'Summary');
    expect(summary).toContain('| | now | change |');
    expect(summary).toContain('| repositories | 30 | ±0 |');
    expect(summary).toContain('| model cards | 76 | +1 |');
    expect(summary).toContain('| release blockers | 5 | ±0 |');
    expect(summary).toContain('| failed to scan | 2 | ±0 |');
    const tiers = section(markdown, 'Tiers');
    expect(tiers).toMatch(/\| `gpai-systemic-risk` \| 5 \| ±0 \|/);
    expect(tiers).toMatch(/\| `unknown` \| \d+ \| \+\d+ \|/);
  });

  it('lists the release blockers with repository, card, tier and reasons', () => {
    const blockers = section(markdown, 'Release blockers (5)');
    expect(blockers.match(/^- \*\*/gm)).toHaveLength(5);
    expect(blockers).toContain(
      // Only what blocks, then why the gate applies, as in every other format.
      '- **acme-ai/frontier-lm** `README.md` (`gpai-systemic-risk`): evaluation-results is missing; the evaluation results (Annex XI §2 point 1; Art. 55(1)(a)) must be documented, or linked from ai_act.evaluation_reports, before release; adversarial-testing is missing;',
    );
  });

  it('ranks the worst gaps, linking each provision', () => {
    const gaps = section(markdown, 'Worst gaps');
    const rows = [
      ...gaps.matchAll(/^\| `([a-z-]+)` \| \[[^\]]+\]\(https:\/\/eur-lex[^)]+\) \| (\d+) \| (\d+) \| (\d+) \|$/gm),
    ];
    expect(rows.length).toBe(10);
    const counts = rows.map((row) => Number(row[2]) + Number(row[3]));
    expect([...counts].sort((a, b) => b - a)).toEqual(counts);
  });

  it('lists failed repositories with their errors', () => {
    const failed = section(markdown, 'Failed repositories (2)');
    expect(failed).toContain(
      '- **acme-ai/data-pipelines**: GET /repos/acme-ai/data-pipelines/contents/models/README.md: 502 Bad Gateway after 4 attempts',
    );
    expect(failed).toContain(
      '- **acme-ai/mirror-weights**: GET /repos/acme-ai/mirror-weights/git/trees/main: 404 Not Found',
    );
  });

  it('says what changed: blockers, rules newly met and missing, repositories and cards added and removed', () => {
    const changes = section(markdown, 'Changes since the previous scan');
    expect(changes).toContain('Changes since the previous scan (2026-04-27 06:10 UTC)');
    expect(changes).toContain(
      '- 🚫 New release blockers (1): `acme-ai/chat-assistant` `models/energy-consumption-met-co2-stated/README.md`',
    );
    expect(changes).toContain('- ✅ Resolved release blockers (1): `acme-ai/recommender` `models/flagship/README.md`');
    expect(changes).toMatch(/- ✅ Rules newly met: .*`copyright-policy` \(1 card\)/);
    expect(changes).toMatch(/- ❌ Rules newly missing: `[a-z-]+` \(\d+ cards?\)/);
    expect(changes).toContain('- ➕ Repositories added (1): `acme-ai/new-agent`');
    expect(changes).toContain('- ➖ Repositories removed (1): `acme-ai/legacy-tts`');
    expect(changes).toContain('- ⚠️ Repositories newly failing (1): `acme-ai/mirror-weights`');
    expect(changes).toContain('- Repositories scanned again after failing (1): `acme-ai/speech-asr`');
    expect(changes).toContain('- ➕ Cards added (1): `acme-ai/embeddings` `models/embeddings-v2/README.md`');
    expect(changes).toContain('- ➖ Cards removed (1): `acme-ai/ocr` `models/ocr-legacy/README.md`');
    expect(changes).toMatch(/- Tier changes \(2\): .*`unknown` → `gpai-systemic-risk`/);
    expect(changes).toMatch(/- Gaps: \d+ → \d+ \(\+\d+\)/);
  });

  it('has no change section without a previous report, and says "No change." when nothing changed', () => {
    const alone = renderOrgMarkdown(current);
    expect(alone).not.toContain('Changes since');
    expect(alone).toContain('| | now |\n');
    expect(section(renderOrgMarkdown(current, current), 'Changes since the previous scan')).toContain('No change.');
  });

  it('says when there is no blocker, no gap and no failure', () => {
    const clean: OrgReport = {
      ...current,
      repositories: current.repositories.filter((repository) => repository.status === 'no-cards'),
    };
    const text = renderOrgMarkdown(clean);
    expect(text).toContain(
      '✅ no release blockers · 3 repositories (0 checked, 3 without cards, 0 failed) · 0 model cards · 0 gaps',
    );
    expect(text).toContain('None: no card is blocked from release.');
    expect(text).toContain('None: every card meets every duty its tier makes apply.');
    expect(text).not.toContain('Failed repositories');
  });

  it('keeps long lists short', () => {
    // 2,000 cards, and 80 repositories with a blocked card each, 60 of them failing since the last scan.
    const large = largeOrgReport(400, 5);
    const blockedRepos = Array.from({ length: 80 }, (_, index) => ({
      ...large.repositories[index],
      fullName: `acme-ai/frontier-${index}`,
      // Copies of a few cards would form families (each listed once): without their text digests they are 80 cards.
      files: [
        { ...checkedCard(BLOCKED_FIXTURES[index % BLOCKED_FIXTURES.length], 'README.md'), templateDigest: undefined },
      ],
    }));
    const failing = large.repositories
      .slice(80, 140)
      .map((repository) => ({ ...repository, status: 'failed' as const, error: 'HTTP 500', files: [] }));
    // Copies of a few cards would form families, each listed once: without their text digests, every card is listed.
    const repositories = [...blockedRepos, ...failing, ...large.repositories.slice(140)].map((repository) => ({
      ...repository,
      files: repository.files.map((file) => ({ ...file, templateDigest: undefined })),
    }));
    const report = { ...large, repositories };
    const text = renderOrgMarkdown(report, large);
    const blocked = report.repositories
      .flatMap((repository) => repository.files)
      .filter((file) => file.gate.blocked).length;
    expect(blocked).toBeGreaterThan(80);
    expect(section(text, `Release blockers (${blocked})`)).toContain(`- … and ${blocked - 50} more`);
    expect(section(text, 'Failed repositories (60)')).toContain('- … and 10 more');
    expect(section(text, 'Changes since the previous scan')).toMatch(
      /- ⚠️ Repositories newly failing \(60\): (`[^`]+`, ){19}`[^`]+` and 40 more/,
    );
    expect(Buffer.byteLength(text)).toBeLessThan(64 * 1024);
  });

  it('lets no card text out raw: no HTML, no @-mention, no link to a javascript: URL', () => {
    const text = renderOrgMarkdown(hostileOrgReport(), previous);
    expect(text).not.toMatch(/<(script|img|iframe|\/li)/i);
    expect(text).not.toMatch(/@(user|octocat|admins)/);
    expect(text).not.toContain('javascript:');
    expect(text).not.toContain('\u202E');
    for (const value of Object.values(HOSTILE)) expect(text).not.toContain(value);
    // Still there, made inert.
    expect(text).toContain(`<${ZWJ}script>console.error("repo")<${ZWJ}/script>`);
    expect(text).toContain(`@${ZWJ}user`);
    expect(text).toContain(`<${ZWJ}iframe`);
  });
});
