/**
 * Drafts `fix` plans for a real card, put on the lines of a realistic pull request's diff: grouped by
 * insertion point, moved across blank lines only, capped, and the rest kept for the comment.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { anchorDrafts } from '../../src/publish/anchor-drafts.js';
import { diffLines } from '../../src/publish/diff-lines.js';
import { draftsForCard, renumbered, type CardDrafts } from '../../src/publish/pull-request-drafts.js';
import { analyseCard } from '../../src/draft/analyse.js';
import { fixCard } from '../../src/draft/fix/fix.js';
import { ROOT, shippedRuleset } from '../helpers.js';

const FIXTURES = join(ROOT, '__tests__', 'fixtures', 'review');
const PATH = 'models/mistral/README.md';
const head = readFileSync(join(FIXTURES, 'mistral-7b-instruct.md'), 'utf8');
const patch = readFileSync(join(FIXTURES, 'mistral-7b-instruct.patch'), 'utf8');

/** The gaps the check reports for the card: required duties not met. */
function gapsOf(text: string): string[] {
  return analyseCard(text, shippedRuleset())
    .results.filter((result) => result.required && result.status !== 'met')
    .map((result) => result.id);
}

let drafts: CardDrafts;
beforeAll(() => {
  drafts = draftsForCard(PATH, head, shippedRuleset(), gapsOf(head));
});

describe('draftsForCard', () => {
  it('plans exactly the lines `fix` inserts, grouped by the line they go before', () => {
    const fixed = fixCard({ path: PATH, text: head, analysis: analyseCard(head, shippedRuleset()) }, []);
    // Inserting every group where it belongs gives fix's result, line for line (before renumbering).
    const rebuilt: string[] = [];
    const groups = new Map(drafts.groups.map((group) => [group.beforeLine, group.lines]));
    drafts.cardLines.forEach((line, index) => rebuilt.push(...(groups.get(index + 1) ?? []), line));
    rebuilt.push(...(groups.get(drafts.cardLines.length + 1) ?? []));
    expect(rebuilt).toEqual(fixed.after);
    expect(drafts.groups.map((group) => group.beforeLine)).toEqual([7, 15, 52, 83, 86]);
    expect(drafts.groups[3].rules).toEqual(expect.arrayContaining(['training-data', 'energy-consumption']));
    expect(drafts.groups[0].rules).toEqual([]); // the front-matter keys
  });

  it('says where each missing section would go', () => {
    expect(drafts.placements.get('training-data')).toMatchObject({
      where: 'after-heading',
      heading: { text: '## Limitations', line: 77 },
    });
    expect(drafts.placements.get('intended-uses')).toMatchObject({
      where: 'after-heading',
      heading: { text: '# Model Card for Mistral-7B-Instruct-v0.2', line: 9 },
    });
    expect(drafts.placements.get('authorised-representative')).toMatchObject({
      heading: { text: '## The Mistral AI Team', line: 83 },
    });
  });

  it('drafts nothing for a duty the report does not list as a gap (turned off or waived by the policy)', () => {
    const some = draftsForCard(PATH, head, shippedRuleset(), ['training-data']);
    expect(some.groups.flatMap((group) => group.rules)).toEqual(['training-data']);
    expect(draftsForCard(PATH, head, shippedRuleset(), []).groups).toEqual([]);
  });
});

describe('anchorDrafts', () => {
  it('suggests on the pull request’s own lines and keeps the rest for the comment', () => {
    const { suggestions, offDiff } = anchorDrafts([{ drafts, diff: diffLines({ status: 'modified', patch }) }]);
    // Before the added "## Model Architecture" (line 52), and after the rewritten Limitations paragraph
    // (line 81, across the blank line 82): both on added lines, not on the context lines beside them.
    expect(suggestions.map((suggestion) => [suggestion.line, suggestion.groups.map((g) => g.beforeLine)])).toEqual([
      [52, [52]],
      [81, [83]],
    ]);
    const [architecture, limitations] = suggestions;
    expect(architecture.replacement.at(-1)).toBe('## Model Architecture');
    expect(architecture.replacement).toContain(
      '<!-- ai-act-gate draft: software-dependencies (drafted from the card: check each line, then remove this comment) -->',
    );
    expect(limitations.replacement[0]).toBe(drafts.cardLines[80]);
    expect(limitations.replacement).toContain('## Training data');
    // The front matter, the section under the title and the end of the card are not on the diff.
    expect(offDiff.map((group) => group.beforeLine)).toEqual([7, 15, 86]);
  });

  it('caps the comments of one review; the drafts beyond the cap go with those off the diff', () => {
    const { suggestions, offDiff } = anchorDrafts([{ drafts, diff: diffLines({ status: 'added' }) }], 2);
    expect(suggestions).toHaveLength(2);
    expect(offDiff.map((group) => group.beforeLine)).toEqual([52, 83, 86]);
  });

  it('groups drafts that meet on one line into one comment', () => {
    // A new card: every line is on the diff. Groups before lines 7 and 15 both find their own line.
    const { suggestions } = anchorDrafts([{ drafts, diff: diffLines({ status: 'added' }) }]);
    expect(suggestions.map((suggestion) => suggestion.line)).toEqual([6, 14, 51, 82, 85]);
    const lines = [6, 14, 51, 82, 85];
    const shared = {
      ...drafts,
      groups: drafts.groups.map((group, index) => ({ ...group, beforeLine: lines[index] + 1 })),
    };
    shared.groups[1] = { ...shared.groups[1], beforeLine: 7 }; // two groups both after line 6
    const grouped = anchorDrafts([{ drafts: shared, diff: diffLines({ status: 'added' }) }]).suggestions;
    expect(grouped[0].line).toBe(6);
    expect(grouped[0].groups).toHaveLength(2);
  });

  it('moves a draft across blank lines only, never into a paragraph', () => {
    // Only line 80 (inside the Limitations paragraph) is on the diff: the draft for line 83 stays off it.
    const { suggestions, offDiff } = anchorDrafts([
      { drafts, diff: { added: new Set([80]), context: new Set(), wholeFile: false } },
    ]);
    expect(suggestions).toEqual([]);
    expect(offDiff).toHaveLength(5);
  });

  it('renumbers "(line N)" for the lines as they are once that suggestion alone is applied', () => {
    expect(renumbered([{ beforeLine: 3, lines: ['- Parameters: 70B (line 5)', '- Licence: other (line 2)'] }])).toEqual(
      [['- Parameters: 70B (line 7)', '- Licence: other (line 2)']],
    );
  });

  it('carries the facts the card states, with their lines, into the suggestion', () => {
    const card =
      '---\nlicense: other\npipeline_tag: text-generation\n---\n# Big-70B\n\nA language model with 70B parameters.\n\n## Training data\n\nTrained on 2T tokens of web text.\n';
    const big = draftsForCard('README.md', card, shippedRuleset(), gapsOf(card));
    const { suggestions } = anchorDrafts([{ drafts: big, diff: diffLines({ status: 'added' }) }]);
    const text = suggestions.flatMap((suggestion) => suggestion.replacement).join('\n');
    expect(text).toContain('≈ 8.4e23 FLOP, estimated as 6 × 70B parameters (line 5) × 2T tokens (line 11)');
    expect(text).toContain('- TODO: ');
  });
});
