/**
 * What the sticky comment leads with and ends with: per card, how many of the duties its tier
 * requires are documented and what the pull request changed ("19 / 28 required duties documented,
 * +3 in this pull request"), and a footer line naming exactly what was judged (tool version, ruleset
 * digest, each card's content digest) when the report carries its provenance.
 */
import type { ListItem, PhrasingContent, RootContent } from 'mdast';
import type { FileReport, Report, RuleResult } from '../model/report.js';
import { dutyCounts, type Comparison } from './compare.js';
import { cardCode, cardText, plain, TEXT_LIMITS } from './escape.js';

/** Cards named in the lead before the rest are only counted (each has its section below). */
const LEAD_CARDS = 10;
/** Rule ids named per change before "and N more". */
const LEAD_IDS = 4;
/** Card digests named in the footer. */
const FOOTER_CARDS = 5;
const DIGEST = 12;

const item = (...children: PhrasingContent[]): ListItem => ({
  type: 'listItem',
  spread: false,
  children: [{ type: 'paragraph', children }],
});

/** "+3 in this pull request", "−1 …", "no change …", "new in this pull request"; null without a comparison. */
export function documentedChange(file: FileReport, comparison: Comparison | undefined): string | null {
  if (!comparison) return null;
  if (comparison.isNewCard) return 'new in this pull request';
  if (typeof comparison.baseDocumented !== 'number') return null;
  const delta = dutyCounts(file).met - comparison.baseDocumented;
  return delta === 0
    ? 'no change in this pull request'
    : `${delta > 0 ? '+' : '−'}${Math.abs(delta)} in this pull request`;
}

/** "19 / 28 required duties documented (2 partly), +3 in this pull request" for one card. */
export function documentedText(file: FileReport, comparison: Comparison | undefined): string {
  const { required, met, partial } = dutyCounts(file);
  const change = documentedChange(file, comparison);
  if (!required) return `no documentation duty applies to its tier${change ? `; ${change}` : ''}`;
  const partly = partial ? ` (${partial} partly)` : '';
  return `${met} / ${required} required ${required === 1 ? 'duty' : 'duties'} documented${partly}${change ? `, ${change}` : ''}`;
}

function ids(label: string, rules: readonly RuleResult[]): PhrasingContent[] {
  if (!rules.length) return [];
  const shown = rules.slice(0, LEAD_IDS).flatMap((rule, index) => [plain(index ? ', ' : ''), cardCode(rule.id)]);
  const more = rules.length > LEAD_IDS ? [plain(` and ${rules.length - LEAD_IDS} more`)] : [];
  return [plain(` · ${label}: `), ...shown, ...more];
}

/** One line per card, changed cards first: its path, the duties documented, what the pull request changed. */
export function leadNodes(
  files: readonly FileReport[],
  comparisonOf: (path: string) => Comparison | undefined,
): RootContent[] {
  if (!files.length) return [];
  const ordered = [...files].sort((a, b) => Number(!comparisonOf(a.path)) - Number(!comparisonOf(b.path)));
  const items = ordered.slice(0, LEAD_CARDS).map((file) => {
    const comparison = comparisonOf(file.path);
    const changes: PhrasingContent[] = [];
    if (comparison?.tierChange)
      changes.push(
        plain(' · tier '),
        cardCode(comparison.tierChange.from),
        plain(' → '),
        cardCode(comparison.tierChange.to),
      );
    if (comparison)
      changes.push(
        ...ids(
          'now met',
          comparison.fixedGaps.filter((rule) => rule.status === 'met'),
        ),
      );
    if (comparison && !comparison.isNewCard) changes.push(...ids('new gaps', comparison.newGaps));
    return item(cardCode(file.path, TEXT_LIMITS.path), plain(`: ${documentedText(file, comparison)}`), ...changes);
  });
  if (ordered.length > LEAD_CARDS)
    items.push(item(plain(`…and ${ordered.length - LEAD_CARDS} more model cards below`)));
  return [{ type: 'list', ordered: false, spread: false, children: items }];
}

/** "Judged: ai-act-gate 0.1.0 · ruleset 0123456789ab · `README.md` abcdef012345"; empty without provenance. */
export function judgedNodes(report: Report): PhrasingContent[] {
  const provenance = report.provenance;
  if (!provenance || typeof provenance.rulesetDigest !== 'string') return [];
  const digest = (value: string) => value.replace(/^sha256:/, '').slice(0, DIGEST);
  const nodes: PhrasingContent[] = [
    plain('Judged: '),
    cardText(`${provenance.tool?.name ?? 'ai-act-gate'} ${provenance.tool?.version ?? ''}`.trim(), 80),
    plain(' · ruleset '),
    cardCode(digest(provenance.rulesetDigest)),
  ];
  if (provenance.policyDigest) nodes.push(plain(' · policy '), cardCode(digest(provenance.policyDigest)));
  const cards = report.files.filter((file) => typeof file.provenance?.sha256 === 'string');
  for (const file of cards.slice(0, FOOTER_CARDS))
    nodes.push(
      plain(' · '),
      cardText(file.path, TEXT_LIMITS.path),
      plain(' '),
      cardCode(digest(file.provenance!.sha256)),
    );
  if (cards.length > FOOTER_CARDS) nodes.push(plain(` · ${cards.length - FOOTER_CARDS} more cards in the report`));
  return nodes;
}
