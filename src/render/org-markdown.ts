/**
 * The organisation scan as a concise Markdown summary: totals, tiers, release blockers, the worst
 * gaps, failed repositories, and what changed since the previous scan. Built as an mdast tree and
 * serialised, with every string from the report passed through `cardText`/`cardCode` (no raw HTML,
 * no @-mentions, no autolinks), like the pull-request comment.
 */
import type { List, ListItem, PhrasingContent, RootContent, TableRow } from 'mdast';
import { TIERS } from '../model/tier.js';
import type { OrgReport } from '../org/types.js';
import { pluralise, serialise } from './comment.js';
import { cardCode, cardText, linked, plain, TEXT_LIMITS } from './escape.js';
import {
  blockers,
  compareOrgReports,
  failedRepositories,
  formatTime,
  gateReasons,
  hasChanges,
  ruleColumns,
  shardLabel,
  signed,
  tierCounts,
  tierOf,
  totalsOf,
  worstGaps,
  type CardKey,
  type OrgChanges,
  type OrgTotals,
  type RuleChange,
} from './org-analysis.js';
import { orgCardName, orgFamilySummary, type FamilySummary } from '../families/report-families.js';
import { familyMarkdown, familyNote } from './org-families.js';
import { provenanceMarkdown } from './org-provenance.js';

/** Longest list of each kind; the rest is counted ("… and 12 more"). */
export const ORG_MARKDOWN_LIMITS = { blockers: 50, failed: 50, gaps: 10, changes: 20 } as const;

const strong = (...children: PhrasingContent[]): PhrasingContent => ({ type: 'strong', children });
const paragraph = (...children: PhrasingContent[]): RootContent => ({ type: 'paragraph', children });
const heading = (depth: 2 | 3, ...children: PhrasingContent[]): RootContent => ({ type: 'heading', depth, children });
const item = (...children: PhrasingContent[]): ListItem => ({
  type: 'listItem',
  spread: false,
  children: [{ type: 'paragraph', children }],
});
const list = (items: ListItem[]): List => ({ type: 'list', ordered: false, spread: false, children: items });
const cell = (...children: PhrasingContent[]) => ({ type: 'tableCell' as const, children });
const row = (...cells: ReturnType<typeof cell>[]): TableRow => ({ type: 'tableRow', children: cells });
const table = (align: Array<'left' | 'right' | null>, header: string[], rows: TableRow[]): RootContent => ({
  type: 'table',
  align,
  children: [row(...header.map((title) => cell(plain(title)))), ...rows],
});

/** Items of a list beyond `max` are counted in a last item. */
function limited<T>(items: readonly T[], max: number, render: (value: T) => ListItem): ListItem[] {
  const shown = items.slice(0, max).map(render);
  if (items.length > max) shown.push(item(plain(`… and ${items.length - max} more`)));
  return shown;
}

/** "`owner/name` `path`" for a card. */
const cardRef = (card: CardKey): PhrasingContent[] => [
  cardCode(card.repository, TEXT_LIMITS.path),
  plain(' '),
  cardCode(card.path, TEXT_LIMITS.path),
];

/** Card references separated by commas, at most `max`, then "and N more". */
function cardRefs(cards: readonly CardKey[], max: number): PhrasingContent[] {
  const nodes: PhrasingContent[] = [];
  cards.slice(0, max).forEach((card, index) => nodes.push(...(index ? [plain(', ')] : []), ...cardRef(card)));
  if (cards.length > max) nodes.push(plain(` and ${cards.length - max} more`));
  return nodes;
}

function headline(totals: OrgTotals): PhrasingContent[] {
  const repos = `${totals.repositories} ${totals.repositories === 1 ? 'repository' : 'repositories'} (${totals.checked} checked, ${totals.noCards} without cards, ${totals.failed} failed)`;
  const rest = ` · ${repos} · ${pluralise(totals.cards, 'model card')} · ${pluralise(totals.gaps, 'gap')}`;
  if (totals.blocked) return [plain('🚫 '), strong(plain(pluralise(totals.blocked, 'release blocker'))), plain(rest)];
  if (totals.failed) return [plain('⚠️ no release blockers'), plain(rest)];
  return [plain('✅ no release blockers'), plain(rest)];
}

function summaryTable(totals: OrgTotals, previous?: OrgTotals): RootContent {
  const lines: Array<[string, keyof OrgTotals]> = [
    ['repositories', 'repositories'],
    ['checked', 'checked'],
    ['without model cards', 'noCards'],
    ['failed to scan', 'failed'],
    ['model cards', 'cards'],
    ['release blockers', 'blocked'],
    ['gaps (required duties not met)', 'gaps'],
  ];
  const rows = lines.map(([label, key]) =>
    row(
      cell(plain(label)),
      cell(plain(String(totals[key]))),
      ...(previous ? [cell(plain(signed(totals[key] - previous[key])))] : []),
    ),
  );
  return table(
    previous ? [null, 'right', 'right'] : [null, 'right'],
    previous ? ['', 'now', 'change'] : ['', 'now'],
    rows,
  );
}

function tierTable(report: OrgReport, changes?: OrgChanges): RootContent {
  const counts = tierCounts(report);
  const rows = TIERS.filter((tier) => counts[tier] > 0 || (changes && changes.tiers.previous[tier] > 0)).map((tier) =>
    row(
      cell(cardCode(tier)),
      cell(plain(String(counts[tier]))),
      ...(changes ? [cell(plain(signed(counts[tier] - changes.tiers.previous[tier])))] : []),
    ),
  );
  return table(
    changes ? [null, 'right', 'right'] : [null, 'right'],
    changes ? ['tier', 'cards', 'change'] : ['tier', 'cards'],
    rows,
  );
}

function blockerSection(report: OrgReport, families: FamilySummary): RootContent[] {
  const blocked = blockers(report);
  const nodes: RootContent[] = [heading(3, plain(`Release blockers (${blocked.length})`))];
  if (!blocked.length) return [...nodes, paragraph(plain('None: no card is blocked from release.'))];
  // A family's members are listed once, at its representative.
  const shown = blocked.filter(({ repository, file }) => families.isShown(orgCardName(repository, file)));
  nodes.push(
    list(
      limited(shown, ORG_MARKDOWN_LIMITS.blockers, ({ repository, file }) => {
        const reasons = gateReasons(file).flatMap((reason, index) => [
          plain(index ? '; ' : ''),
          cardText(reason, TEXT_LIMITS.reason),
        ]);
        return item(
          strong(cardText(repository.fullName, TEXT_LIMITS.path)),
          plain(' '),
          cardCode(file.path, TEXT_LIMITS.path),
          plain(' ('),
          cardCode(tierOf(file)),
          plain(')'),
          plain(familyNote(families, orgCardName(repository, file))),
          ...(reasons.length ? [plain(': '), ...reasons] : []),
        );
      }),
    ),
  );
  return nodes;
}

function gapSection(report: OrgReport): RootContent[] {
  const gaps = worstGaps(report, ORG_MARKDOWN_LIMITS.gaps);
  const nodes: RootContent[] = [heading(3, plain('Worst gaps'))];
  if (!gaps.length) return [...nodes, paragraph(plain('None: every card meets every duty its tier makes apply.'))];
  nodes.push(
    paragraph(plain('Rules most often missing or incomplete where the tier makes them apply.')),
    table(
      [null, null, 'right', 'right', 'right'],
      ['rule', 'provision', 'missing', 'partial', 'cards where required'],
      gaps.map((gap) =>
        row(
          cell(cardCode(gap.ruleId)),
          cell(...linked(gap.url, [cardText(gap.citation, TEXT_LIMITS.reason)])),
          cell(plain(String(gap.missing))),
          cell(plain(String(gap.partial))),
          cell(plain(String(gap.required))),
        ),
      ),
    ),
  );
  return nodes;
}

function failedSection(report: OrgReport): RootContent[] {
  const failed = failedRepositories(report);
  if (!failed.length) return [];
  return [
    heading(3, plain(`Failed repositories (${failed.length})`)),
    list(
      limited(failed, ORG_MARKDOWN_LIMITS.failed, (repository) =>
        item(
          strong(cardText(repository.fullName, TEXT_LIMITS.path)),
          plain(': '),
          cardText(repository.error || 'unknown error', TEXT_LIMITS.message),
        ),
      ),
    ),
  ];
}

function ruleChanges(label: string, changes: readonly RuleChange[]): ListItem[] {
  if (!changes.length) return [];
  const max = ORG_MARKDOWN_LIMITS.changes;
  const parts: PhrasingContent[] = [plain(`${label}: `)];
  changes.slice(0, max).forEach((change, index) => {
    parts.push(
      plain(index ? ', ' : ''),
      cardCode(change.ruleId),
      plain(` (${pluralise(change.cards.length, 'card')})`),
    );
  });
  if (changes.length > max) parts.push(plain(` and ${changes.length - max} more rules`));
  return [item(...parts)];
}

function names(label: string, values: readonly string[]): ListItem[] {
  if (!values.length) return [];
  const max = ORG_MARKDOWN_LIMITS.changes;
  const parts: PhrasingContent[] = [plain(`${label} (${values.length}): `)];
  values.slice(0, max).forEach((name, index) => parts.push(plain(index ? ', ' : ''), cardCode(name, TEXT_LIMITS.path)));
  if (values.length > max) parts.push(plain(` and ${values.length - max} more`));
  return [item(...parts)];
}

function cards(label: string, values: readonly CardKey[]): ListItem[] {
  return values.length
    ? [item(plain(`${label} (${values.length}): `), ...cardRefs(values, ORG_MARKDOWN_LIMITS.changes))]
    : [];
}

function changeSection(previous: OrgReport, changes: OrgChanges): RootContent[] {
  const nodes: RootContent[] = [
    heading(
      3,
      plain('Changes since the previous scan'),
      ...(formatTime(previous.generatedAt)
        ? [plain(' ('), cardText(formatTime(previous.generatedAt), 40), plain(')')]
        : []),
    ),
  ];
  for (const note of changes.notes)
    nodes.push(paragraph(plain('⚠️ Compare with care: '), cardText(note, TEXT_LIMITS.reason)));
  if (!hasChanges(changes)) return [...nodes, paragraph(plain('No change.'))];
  const max = ORG_MARKDOWN_LIMITS.changes;
  const items: ListItem[] = [
    ...cards('🚫 New release blockers', changes.newBlockers),
    ...cards('✅ Resolved release blockers', changes.resolvedBlockers),
    ...ruleChanges('✅ Rules newly met', changes.newlyMet),
    ...ruleChanges('❌ Rules newly missing', changes.newlyMissing),
    ...names('➕ Repositories added', changes.repositoriesAdded),
    ...names('➖ Repositories removed', changes.repositoriesRemoved),
    ...names('⚠️ Repositories newly failing', changes.newlyFailed),
    ...names('Repositories scanned again after failing', changes.recovered),
    ...cards('➕ Cards added', changes.cardsAdded),
    ...cards('➖ Cards removed', changes.cardsRemoved),
  ];
  if (changes.tierChanges.length) {
    items.push(
      item(
        plain(`Tier changes (${changes.tierChanges.length}): `),
        ...changes.tierChanges
          .slice(0, max)
          .flatMap((change, index) => [
            plain(index ? ', ' : ''),
            ...cardRef(change),
            plain(' '),
            cardCode(change.from),
            plain(' → '),
            cardCode(change.to),
          ]),
        ...(changes.tierChanges.length > max ? [plain(` and ${changes.tierChanges.length - max} more`)] : []),
      ),
    );
  }
  const { current, previous: before } = changes.totals;
  const gapDelta = current.gaps - before.gaps;
  items.push(item(plain(`Gaps: ${before.gaps} → ${current.gaps} (${signed(gapDelta)})`)));
  nodes.push(list(items));
  return nodes;
}

export function renderOrgMarkdown(report: OrgReport, previous?: OrgReport): string {
  const totals = totalsOf(report);
  const changes = previous ? compareOrgReports(report, previous) : undefined;
  const tool = `${report.tool?.name ?? 'ai-act-gate'} ${report.tool?.version ?? ''}`.trim();
  const families = orgFamilySummary(report);
  const nodes: RootContent[] = [
    heading(2, plain('AI Act documentation: '), cardText(report.org, TEXT_LIMITS.path)),
    paragraph(
      plain('Scanned '),
      cardText(formatTime(report.generatedAt) || 'at an unknown time', 40),
      plain(' · '),
      plain(shardLabel(report)),
      plain(' · '),
      cardText(tool, 80),
      plain(` · ${pluralise(ruleColumns(report).length, 'rule')}`),
    ),
    paragraph(...headline(totals)),
    heading(3, plain('Summary')),
    summaryTable(totals, changes?.totals.previous),
    heading(3, plain('Tiers')),
    tierTable(report, changes),
    ...blockerSection(report, families),
    ...gapSection(report),
    ...familyMarkdown(families),
    ...failedSection(report),
    ...(previous && changes ? changeSection(previous, changes) : []),
    ...provenanceMarkdown(report),
    paragraph({
      type: 'emphasis',
      children: [
        plain('Not legal advice: the checker reads what a card says; it cannot know what a provider has done.'),
      ],
    }),
  ];
  return `${serialise(nodes)}\n`;
}
