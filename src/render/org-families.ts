/**
 * Card families in the organisation and Hub scan reports: each family once, at its representative,
 * with "and N more members" in a fold, the gaps they share and the members whose findings differ.
 * Markdown (mdast, every report string through cardText/cardCode) and dashboard HTML (through html()).
 */
import type { RootContent, PhrasingContent, ListItem } from 'mdast';
import { differenceLine, moreMembersLine, type FamilySummary, type FamilyView } from '../families/report-families.js';
import { cardCode, cardText, plain, TEXT_LIMITS } from './escape.js';
import { html } from './org-html.js';

/** Families and members listed at most; the JSON report has them all. */
export const ORG_FAMILY_LIMITS = { families: 50, members: 200, differences: 50 } as const;

const item = (...children: PhrasingContent[]): ListItem => ({
  type: 'listItem',
  spread: false,
  children: [{ type: 'paragraph', children }],
});

function codes(values: readonly string[]): PhrasingContent[] {
  return values.flatMap((value, index) => [...(index ? [plain(', ')] : []), cardCode(value, TEXT_LIMITS.path)]);
}

const membersLabel = (n: number): string => `${n} more ${n === 1 ? 'member' : 'members'}`;

/** "### Card families (2)": one entry per family, its other members folded away. */
export function familyMarkdown(families: FamilySummary): RootContent[] {
  if (!families.views.length) return [];
  const nodes: RootContent[] = [
    { type: 'heading', depth: 3, children: [plain(`Card families (${families.views.length})`)] },
    {
      type: 'paragraph',
      children: [
        plain(
          'Cards that differ only in model names, sizes, checkpoint numbers and figures, with the same verdicts: each is shown once, by its first member.',
        ),
      ],
    },
  ];
  for (const view of families.views.slice(0, ORG_FAMILY_LIMITS.families)) {
    const { family } = view;
    const members = view.others.slice(0, ORG_FAMILY_LIMITS.members);
    const more = view.others.length - members.length;
    nodes.push(
      {
        type: 'paragraph',
        children: [
          { type: 'strong', children: [cardText(family.representative, TEXT_LIMITS.path)] },
          plain(' '),
          cardCode(family.id),
          plain(` ${moreMembersLine(view)}`),
          ...(family.sharedGaps.length ? [plain('. Shared gaps: '), ...codes(family.sharedGaps)] : []),
        ],
      },
      // Raw HTML only for the fold; the list inside is Markdown with every name escaped.
      { type: 'html', value: `<details><summary>${membersLabel(view.others.length)}</summary>` },
      {
        type: 'list',
        ordered: false,
        spread: false,
        children: [
          ...members.map((member) => item(cardCode(member, TEXT_LIMITS.path))),
          ...(more > 0 ? [item(plain(`… and ${more} more (the JSON report lists every member)`))] : []),
        ],
      },
      { type: 'html', value: '</details>' },
    );
    if (view.differences.length)
      nodes.push({
        type: 'list',
        ordered: false,
        spread: false,
        children: view.differences
          .slice(0, ORG_FAMILY_LIMITS.differences)
          .map((difference) =>
            item(
              plain('differs: '),
              cardCode(difference.member, TEXT_LIMITS.path),
              plain(': '),
              cardText(differenceLine(difference), TEXT_LIMITS.message),
            ),
          ),
      });
  }
  if (families.views.length > ORG_FAMILY_LIMITS.families)
    nodes.push({
      type: 'paragraph',
      children: [plain(`… and ${families.views.length - ORG_FAMILY_LIMITS.families} more families`)],
    });
  return nodes;
}

/** The heat-map row under a family's representative: its other members in a fold, and what differs. */
export function familyRowHtml(view: FamilyView, span: number): string {
  const members = view.others
    .slice(0, ORG_FAMILY_LIMITS.members)
    .map((member) => `<li><code>${html(member, TEXT_LIMITS.path)}</code></li>`);
  const more = view.others.length - members.length;
  if (more > 0) members.push(`<li>… and ${more} more (the JSON report lists every member)</li>`);
  const differences = view.differences
    .slice(0, ORG_FAMILY_LIMITS.differences)
    .map(
      (difference) =>
        `<li>differs: <code>${html(difference.member, TEXT_LIMITS.path)}</code>: ${html(differenceLine(difference))}</li>`,
    );
  const shared = view.family.sharedGaps.length
    ? `<p class=same>Shared gaps: ${view.family.sharedGaps.map((id) => `<code>${html(id, TEXT_LIMITS.id)}</code>`).join(', ')}</p>`
    : '';
  return `<tr class=fam><td colspan=${span}><details><summary>${html(moreMembersLine(view))} <code>${html(view.family.id, TEXT_LIMITS.id)}</code></summary><ul>${members.join('')}</ul>${differences.length ? `<ul>${differences.join('')}</ul>` : ''}${shared}</details></td></tr>`;
}

/** " and 7 more members of its family" after a blocked representative; empty otherwise. */
export function familyNote(families: FamilySummary, name: string): string {
  const view = families.representing(name);
  return view ? ` and ${membersLabel(view.others.length)} of its family` : '';
}
