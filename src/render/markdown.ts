/**
 * Markdown report built as an mdast tree and serialised by mdast-util-to-markdown, so card text is
 * always escaped (no raw HTML, no broken tables) rather than concatenated into Markdown by hand.
 * Card quotes are shown as plain text (their emphasis and link syntax removed), so the source reads
 * as it renders; lists are tight and every provision of a combined citation has its own link.
 */
import type { Root, RootContent, PhrasingContent, TableRow, ListItem } from 'mdast';
import { toMarkdown } from 'mdast-util-to-markdown';
import { gfmTableToMarkdown } from 'mdast-util-gfm-table';
import type { Report, FileReport, RuleResult } from '../model/report.js';
import { citationLinks } from '../ruleset/format-citation.js';
import { plainQuote } from '../evaluate/gap-message.js';
import { blockingReasons, findingsOf, policyNote, reportTotals } from './findings.js';
import { differenceLine, familySummary, moreMembersLine, type FamilyView } from '../families/report-families.js';

const text = (value: string): PhrasingContent => ({ type: 'text', value });
const cell = (...children: PhrasingContent[]) => ({ type: 'tableCell' as const, children });
const row = (...cells: ReturnType<typeof cell>[]): TableRow => ({ type: 'tableRow', children: cells });
const item = (...children: PhrasingContent[]): ListItem => ({
  type: 'listItem',
  spread: false,
  children: [{ type: 'paragraph', children }],
});
const list = (items: ListItem[]): RootContent => ({ type: 'list', ordered: false, spread: false, children: items });

export function renderMarkdown(report: Report): string {
  const children: RootContent[] = [
    { type: 'heading', depth: 2, children: [text('ai-act-gate report')] },
    { type: 'paragraph', children: [text(summaryLine(report))] },
  ];
  if (report.policyWarnings?.length)
    children.push(
      { type: 'paragraph', children: [{ type: 'strong', children: [text('Policy warnings')] }] },
      list(
        report.policyWarnings.map((warning) =>
          item({ type: 'inlineCode', value: warning.source }, text(` ${warning.message}`)),
        ),
      ),
    );
  const families = familySummary(report);
  for (const file of report.files) {
    // A family is shown once: its representative, then its other members folded away.
    if (!families.isShown(file.path)) continue;
    children.push(...fileSection(file));
    const family = families.representing(file.path);
    if (family) children.push(...familySection(family));
  }
  const tree: Root = { type: 'root', children };
  return toMarkdown(tree, { extensions: [gfmTableToMarkdown()], bullet: '-' });
}

/** "2 model cards · 1 release blocker · 21 gaps · 1 card problem": the same counts as every other format. */
export function summaryLine(report: Report): string {
  const { cards, blockers, gaps, problems } = reportTotals(report);
  const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
  const parts = [plural(cards, 'model card'), plural(blockers, 'release blocker'), plural(gaps, 'gap')];
  if (problems) parts.push(plural(problems, 'card problem'));
  return parts.join(' · ');
}

function citationCell(rule: RuleResult) {
  const parts = citationLinks(rule.citation);
  if (!parts.length) return cell(text(rule.citation));
  return cell(
    ...parts.flatMap(({ text: label, url }, index): PhrasingContent[] => [
      ...(index ? [text('; ')] : []),
      { type: 'link', url, children: [text(label)] },
    ]),
  );
}

function fileSection(file: FileReport): RootContent[] {
  const nodes: RootContent[] = [
    { type: 'heading', depth: 3, children: [{ type: 'inlineCode', value: file.path }] },
    {
      type: 'paragraph',
      children: [
        { type: 'strong', children: [text('Tier:')] },
        text(' '),
        { type: 'inlineCode', value: file.tier.id },
        text(file.tier.computeFlops ? ` (training compute ≈ ${file.tier.computeFlops.toExponential(1)} FLOP)` : ''),
      ],
    },
  ];
  if (file.tier.reasons.length) nodes.push(list(file.tier.reasons.map((reason) => item(text(reason.text)))));
  if (file.gate.blocked) {
    const { blocking, why } = blockingReasons(file);
    nodes.push({
      type: 'paragraph',
      children: [{ type: 'strong', children: [text('Release blocked')] }, text(why ? ` (${why}):` : ':')],
    });
    nodes.push(list(blocking.map((reason) => item(text(reason)))));
  }
  const problems = findingsOf(file).filter((finding) => !finding.status);
  if (problems.length)
    nodes.push(
      { type: 'paragraph', children: [{ type: 'strong', children: [text('Card problems')] }] },
      list(
        problems.map((problem) =>
          item(
            text(`${problem.file ? `${problem.file}:` : 'line '}${problem.line} ${problem.severity} `),
            { type: 'inlineCode', value: problem.ruleId },
            text(`: ${problem.message}`),
          ),
        ),
      ),
    );
  // Release blockers first, then the table in rule order.
  const rules = [...file.rules.filter((rule) => rule.blocker), ...file.rules.filter((rule) => !rule.blocker)];
  const rows = rules.map((rule) => {
    const status = policyNote(rule) ? `${rule.status} (${policyNote(rule)})` : rule.status;
    return row(
      cell({ type: 'inlineCode', value: rule.id }),
      cell(rule.blocker ? { type: 'strong', children: [text(`${status}, blocks the release`)] } : text(status)),
      cell(text(rule.required ? 'yes' : 'no')),
      citationCell(rule),
      cell(text(rule.line ? String(rule.line) : '')),
      cell(text(plainQuote(rule.status === 'met' ? (rule.evidence ?? '') : (rule.message ?? '')))),
    );
  });
  if (rows.length) {
    nodes.push({
      type: 'table',
      align: [null, null, null, null, 'right', null],
      children: [
        row(
          cell(text('rule')),
          cell(text('status')),
          cell(text('required')),
          cell(text('provision')),
          cell(text('line')),
          cell(text('evidence / what would satisfy it')),
        ),
        ...rows,
      ],
    });
  }
  return nodes;
}

/** The family's other members in a collapsible list, then the members whose findings differ and how. */
function familySection(view: FamilyView): RootContent[] {
  const nodes: RootContent[] = [
    {
      type: 'paragraph',
      children: [
        { type: 'strong', children: [text('Family')] },
        text(' '),
        { type: 'inlineCode', value: view.family.id },
        text(`: ${moreMembersLine(view)}.`),
        ...(view.family.sharedGaps.length
          ? [
              text(' Gaps they all share: '),
              ...view.family.sharedGaps.flatMap((id, index): PhrasingContent[] => [
                ...(index ? [text(', ')] : []),
                { type: 'inlineCode', value: id },
              ]),
              text('.'),
            ]
          : []),
      ],
    },
    // Raw HTML only for the fold; everything in it is Markdown the serialiser escapes.
    {
      type: 'html',
      value: `<details><summary>${view.others.length} more ${view.others.length === 1 ? 'member' : 'members'}</summary>`,
    },
    list(view.others.map((member) => item({ type: 'inlineCode', value: member }))),
    { type: 'html', value: '</details>' },
  ];
  if (view.differences.length)
    nodes.push(
      { type: 'paragraph', children: [{ type: 'strong', children: [text('Findings that differ between members')] }] },
      list(
        view.differences.map((difference) =>
          item({ type: 'inlineCode', value: difference.member }, text(`: ${differenceLine(difference)}`)),
        ),
      ),
    );
  return nodes;
}
