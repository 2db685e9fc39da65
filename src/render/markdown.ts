/**
 * Markdown report built as an mdast tree and serialised by mdast-util-to-markdown, so card text is
 * always escaped (no raw HTML, no broken tables) rather than concatenated into Markdown by hand.
 */
import type { Root, RootContent, PhrasingContent, TableRow } from 'mdast';
import { toMarkdown } from 'mdast-util-to-markdown';
import { gfmTableToMarkdown } from 'mdast-util-gfm-table';
import type { Report, FileReport } from '../model/report.js';
import { isGap } from './compare.js';
import { policyNote } from './findings.js';

const text = (value: string): PhrasingContent => ({ type: 'text', value });
const cell = (...children: PhrasingContent[]) => ({ type: 'tableCell' as const, children });
const row = (...cells: ReturnType<typeof cell>[]): TableRow => ({ type: 'tableRow', children: cells });

export function renderMarkdown(report: Report): string {
  const children: RootContent[] = [
    { type: 'heading', depth: 2, children: [text('ai-act-gate report')] },
    { type: 'paragraph', children: [text(summaryLine(report))] },
  ];
  for (const file of report.files) children.push(...fileSection(file));
  const tree: Root = { type: 'root', children };
  return toMarkdown(tree, { extensions: [gfmTableToMarkdown()] });
}

export function summaryLine(report: Report): string {
  const gaps = report.files.reduce((sum, file) => sum + file.rules.filter(isGap).length, 0);
  const { files, blocked } = report.summary;
  return `${files} model card${files === 1 ? '' : 's'} · ${blocked} release blocker${blocked === 1 ? '' : 's'} · ${gaps} gap${gaps === 1 ? '' : 's'}`;
}

function fileSection(file: FileReport): RootContent[] {
  const nodes: RootContent[] = [
    { type: 'heading', depth: 3, children: [{ type: 'inlineCode', value: file.path }] },
    {
      type: 'paragraph',
      children: [
        { type: 'strong', children: [text('Tier: ')] },
        { type: 'inlineCode', value: file.tier.id },
        text(file.tier.computeFlops ? ` (training compute ≈ ${file.tier.computeFlops.toExponential(1)} FLOP)` : ''),
      ],
    },
  ];
  if (file.tier.reasons.length) {
    nodes.push({
      type: 'list',
      ordered: false,
      children: file.tier.reasons.map((reason) => ({
        type: 'listItem',
        children: [{ type: 'paragraph', children: [text(reason.text)] }],
      })),
    });
  }
  if (file.gate.blocked) {
    nodes.push({
      type: 'paragraph',
      children: [{ type: 'strong', children: [text('Release blocked: ')] }, text(file.gate.reasons.join('; '))],
    });
  }
  for (const problem of file.problems) {
    nodes.push({ type: 'paragraph', children: [text(`Line ${problem.line}: ${problem.message}`)] });
  }
  const rows = file.rules.map((rule) =>
    row(
      cell({ type: 'inlineCode', value: rule.id }),
      cell(text(policyNote(rule) ? `${rule.status} (${policyNote(rule)})` : rule.status)),
      cell(text(rule.required ? 'yes' : 'no')),
      cell({ type: 'link', url: rule.url, children: [text(rule.citation)] }),
      cell(text(rule.line ? String(rule.line) : '')),
      cell(text(rule.status === 'met' ? (rule.evidence ?? '') : (rule.message ?? ''))),
    ),
  );
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
