/**
 * What the sticky comment leads with (duties documented, and the change in this pull request), where a
 * missing section would go, the drafts off the diff ready to copy, and the footer naming what was
 * judged: on a real card (Mistral-7B-Instruct) changed by a realistic pull request.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildReport, checkCard } from '../../src/lint.js';
import { compareReports, dutyCounts } from '../../src/render/compare.js';
import { renderComment } from '../../src/render/comment.js';
import { renderSummary } from '../../src/render/summary.js';
import { documentedText } from '../../src/render/comment-lead.js';
import { fenceFor, placementText } from '../../src/render/suggestion.js';
import { draftsForCard } from '../../src/publish/pull-request-drafts.js';
import { anchorDrafts } from '../../src/publish/anchor-drafts.js';
import { diffLines } from '../../src/publish/diff-lines.js';
import { isGap } from '../../src/render/findings.js';
import { cardProvenance } from '../../src/provenance/digests.js';
import type { Report } from '../../src/model/report.js';
import { ROOT, shippedRuleset } from '../helpers.js';
import { blockedCard, SOURCE } from './report-fixture.js';

const FIXTURES = join(ROOT, '__tests__', 'fixtures', 'review');
const PATH = 'models/mistral/README.md';
const head = readFileSync(join(FIXTURES, 'mistral-7b-instruct.md'), 'utf8');
const base = readFileSync(join(FIXTURES, 'mistral-7b-instruct.base.md'), 'utf8');
const patch = readFileSync(join(FIXTURES, 'mistral-7b-instruct.patch'), 'utf8');

function scenario() {
  const ruleset = shippedRuleset();
  const headReport = checkCard(PATH, head, ruleset);
  const baseReport = checkCard(PATH, base, ruleset);
  const report: Report = buildReport([headReport], ruleset.rules.length);
  report.provenance = {
    tool: report.tool,
    rulesetDigest: 'sha256:0123456789abcdef0123456789abcdef',
    policyDigest: null,
  };
  report.files[0].provenance = cardProvenance(Buffer.from(head));
  const comparison = compareReports(baseReport, report.files[0]);
  const drafts = draftsForCard(
    PATH,
    head,
    ruleset,
    report.files[0].rules.filter(isGap).map((rule) => rule.id),
  );
  const anchored = anchorDrafts([{ drafts, diff: diffLines({ status: 'modified', patch }) }]);
  return { report, baseReport, comparison, drafts, anchored };
}

describe('the comment lead', () => {
  it('leads with the duties documented and the change in this pull request', () => {
    const { report, baseReport, comparison, drafts, anchored } = scenario();
    const { required, met, partial } = dutyCounts(report.files[0]);
    const delta = met - dutyCounts(baseReport).met;
    // The pull request documents the architecture: at least one duty more is met than at the base.
    expect(delta).toBeGreaterThan(0);
    const comment = renderComment(report, {
      ...SOURCE,
      comparison: [comparison],
      drafts: { placements: new Map([[PATH, drafts.placements]]), offDiff: anchored.offDiff },
    });
    const lines = comment.split('\n');
    expect(lines[2]).toMatch(/^⚠️ 1 model card · \d+ gaps$/);
    expect(lines[4]).toBe(
      `- \`${PATH}\`: ${met} / ${required} required duties documented (${partial} partly), +${delta} in this pull request · now met: ${comparison.fixedGaps
        .filter((rule) => rule.status === 'met')
        .map((rule) => `\`${rule.id}\``)
        .join(', ')}`,
    );
  });

  it('words the counts for new cards, unchanged ones and tiers with no duty', () => {
    const card = blockedCard();
    const { required, met } = dutyCounts(card);
    const unchanged = compareReports(blockedCard(), card);
    expect(documentedText(card, unchanged)).toMatch(
      new RegExp(`^${met} / ${required} required duties documented.*, no change in this pull request$`),
    );
    expect(documentedText(card, compareReports(null, card))).toMatch(/, new in this pull request$/);
    expect(documentedText(card, undefined)).not.toMatch(/pull request/);
    // A record written by an older version has no base count: no change is claimed.
    expect(documentedText(card, { ...unchanged, baseDocumented: undefined })).not.toMatch(/pull request/);
    const none = { ...card, rules: card.rules.map((rule) => ({ ...rule, required: false })) };
    expect(documentedText(none, undefined)).toBe('no documentation duty applies to its tier');
  });

  it('says where a missing section would go instead of pointing at the title line', () => {
    const { report, comparison, drafts } = scenario();
    const comment = renderComment(report, {
      ...SOURCE,
      comparison: [comparison],
      drafts: { placements: new Map([[PATH, drafts.placements]]) },
    });
    const row = comment.split('\n').find((line) => line.startsWith('| `training-data` |'))!;
    expect(row).toContain('| would go after `## Limitations` (line 77) |');
    expect(placementText(drafts.placements.get('training-data')!)).toBe('after “## Limitations” (line 77)');
    // Without drafts (the report posted by the fork-safe workflow), the line link stays.
    const plain = renderComment(report, { ...SOURCE, comparison: [comparison] });
    expect(plain.split('\n').find((line) => line.startsWith('| `training-data` |'))).toMatch(/\[L\d+\]\(/);
  });

  it('carries the drafts off the diff collapsed, ready to copy, and drops them first when too long', () => {
    const { report, comparison, anchored } = scenario();
    const options = { ...SOURCE, comparison: [comparison], drafts: { offDiff: anchored.offDiff } };
    const comment = renderComment(report, options);
    expect(comment).toContain(
      '<details>\n<summary>\n\n📝 3 drafts of missing documentation for places outside this pull request’s changes, ready to copy\n\n</summary>',
    );
    expect(comment).toContain(
      '`models/mistral/README.md`: front-matter keys, in the front matter:\n\n```yaml\nai_act:',
    );
    expect(comment).toMatch(
      /`models\/mistral\/README\.md`: release-and-distribution, training-process, intended-uses, acceptable-use-policy, after `# Model Card for Mistral-7B-Instruct-v0\.2` \(line 9\):\n\n```markdown\n\n<!-- ai-act-gate draft: release-and-distribution/,
    );
    const short = renderComment(report, { ...options, maxLength: comment.length - 50 });
    expect(short).not.toContain('ready to copy');
    expect(short).toContain('drafts left out; they are in the job summary.');
    expect(short.length).toBeLessThanOrEqual(comment.length - 50);
  });

  it('names what was judged in the footer: tool version, ruleset digest and each card’s content digest', () => {
    const { report, comparison } = scenario();
    const comment = renderComment(report, { ...SOURCE, comparison: [comparison] });
    const sha = report.files[0].provenance!.sha256.slice(0, 12);
    expect(comment).toMatch(
      new RegExp(
        `Judged: ai-act-gate \\S+ · ruleset \`0123456789ab\` · models/mistral/README\\.md \`${sha}\` · Full report in the job summary\\n$`,
      ),
    );
    expect(renderSummary(report, { ...SOURCE, comparison: [comparison] })).toContain(`\`${sha}\``);
  });

  it('puts the drafts in the job summary when they could not be posted', () => {
    const { report, comparison, drafts } = scenario();
    const summary = renderSummary(report, { ...SOURCE, comparison: [comparison], drafts: drafts.groups });
    expect(summary).toContain('📝 5 drafts of missing documentation, ready to copy');
    expect(summary).toContain('<!-- ai-act-gate draft: training-data (drafted from the card');
  });

  it('fences a draft longer than any run of backticks in it', () => {
    expect(fenceFor('plain')).toBe('```');
    expect(fenceFor('a ```python block``` and ````four````')).toBe('`````');
  });
});
