/**
 * The full report for the job summary (`$GITHUB_STEP_SUMMARY`): every card, every rule with its status,
 * evidence, provision and line, and the tier's reasons. Escaped like the comment, and kept under the
 * runner's 1 MiB upload limit by shortening, then leaving out, the last cards, with a note saying so.
 */
import type { PhrasingContent, RootContent, TableRow } from 'mdast';
import type { FileReport, Report, RuleResult } from '../model/report.js';
import { isGap, type Comparison } from './compare.js';
import {
  comparisonFor,
  comparisonNodes,
  gapMessage,
  gateNodes,
  lineLink,
  pluralise,
  problemNodes,
  serialise,
  severityWord,
  sortedGaps,
  tierNodes,
  toolLine,
  verdictLine,
} from './comment.js';
import { cardCode, cardText, lineOf, linked, plain, TEXT_LIMITS, type SourceLocation } from './escape.js';
import { isActiveProblem, policyNote } from './findings.js';
import { judgedNodes, leadNodes } from './comment-lead.js';
import { draftsDetails, offDiffHeading } from './suggestion.js';
import type { DraftGroup } from '../publish/pull-request-drafts.js';

/** The runner aborts the upload of a larger summary ("supports content up to a size of 1024k"). */
export const MAX_SUMMARY_BYTES = 1_048_576;

export interface SummaryOptions extends SourceLocation {
  comparison?: Comparison | readonly Comparison[];
  /** UTF-8 bytes; defaults to MAX_SUMMARY_BYTES. */
  maxBytes?: number;
  /** Drafts of missing sections not posted as suggested changes (read-only token, off the diff). */
  drafts?: readonly DraftGroup[];
}

const bytes = (text: string): number => Buffer.byteLength(text, 'utf8');
const paragraph = (...children: PhrasingContent[]): RootContent => ({ type: 'paragraph', children });
const cell = (...children: PhrasingContent[]) => ({ type: 'tableCell' as const, children });
const row = (...cells: ReturnType<typeof cell>[]): TableRow => ({ type: 'tableRow', children: cells });
const STATUS_ICON: Record<string, string> = { met: '✅', partial: '🟡', missing: '❌' };

/** Required gaps first (most serious first), then met duties, then the rules that do not apply. */
function orderedRules(file: FileReport): RuleResult[] {
  const gaps = sortedGaps(file);
  const gapIds = new Set(gaps.map((rule) => rule.id));
  const rest = file.rules.filter((rule) => !gapIds.has(rule.id));
  return [...gaps, ...rest.filter((rule) => rule.required), ...rest.filter((rule) => !rule.required)];
}

function ruleTable(file: FileReport, rules: RuleResult[], source: SourceLocation, withEvidence: boolean): RootContent {
  const header = row(
    cell(plain('Rule')),
    cell(plain('Required')),
    cell(plain('Status')),
    cell(plain('Severity')),
    cell(plain('Provision')),
    cell(plain('Line')),
    cell(plain('Evidence / what would satisfy it')),
  );
  const rows = rules.map((rule) => {
    const detail: PhrasingContent[] = [];
    if (rule.status !== 'met' && rule.message) detail.push(cardText(gapMessage(rule)));
    // A partial gap's message quotes the card already.
    if (
      withEvidence &&
      rule.evidence &&
      !(rule.status === 'partial' && gapMessage(rule).includes('the card gives only'))
    )
      detail.push(plain(`${detail.length ? ' ' : ''}Found: “`), cardText(rule.evidence, TEXT_LIMITS.quote), plain('”'));
    const status = rule.status === 'met' || rule.status === 'partial' ? rule.status : 'missing';
    return row(
      cell(cardCode(rule.id)),
      cell(plain(rule.required ? 'yes' : 'no')),
      cell(
        plain(`${STATUS_ICON[status]} ${status}`),
        ...(policyNote(rule) ? [plain(' · '), cardText(policyNote(rule), TEXT_LIMITS.reason)] : []),
      ),
      // A met duty is no finding and has no severity.
      cell(plain(rule.blocker ? 'blocks the release' : rule.status === 'met' ? '' : severityWord(rule.severity))),
      cell(...linked(rule.url, [cardText(rule.citation, TEXT_LIMITS.reason)])),
      // A gap without a line is reported at the title, where the missing item belongs.
      cell(
        ...(rule.line === null && !isGap(rule)
          ? []
          : lineLink(source, file.path, lineOf(rule.line, lineOf(file.titleLine)))),
      ),
      cell(...detail),
    );
  });
  return { type: 'table', align: [null, null, null, null, null, 'right', null], children: [header, ...rows] };
}

/** One card in full, or (`compact`) only its tier, gate, problems and required gaps without evidence. */
function cardSection(
  file: FileReport,
  source: SourceLocation,
  comparison: Comparison | undefined,
  compact: boolean,
): string {
  const icon = file.gate.blocked ? '🚫' : file.rules.some(isGap) || file.problems.some(isActiveProblem) ? '⚠️' : '✅';
  const rules = compact ? sortedGaps(file) : orderedRules(file);
  const nodes: RootContent[] = [
    { type: 'heading', depth: 3, children: [plain(`${icon} `), cardCode(file.path, TEXT_LIMITS.path)] },
    ...tierNodes(file, source, !compact),
    ...gateNodes(file),
    ...problemNodes(file, source),
  ];
  if (rules.length) nodes.push(ruleTable(file, rules, source, !compact));
  if (compact)
    nodes.push(
      paragraph(
        plain('Shortened: evidence quotes, met duties, rules that do not apply and the tier’s reasons are left out.'),
      ),
    );
  nodes.push(...comparisonNodes(comparison));
  return serialise(nodes);
}

export function renderSummary(report: Report, options: SummaryOptions = {}): string {
  const maxBytes = options.maxBytes ?? MAX_SUMMARY_BYTES;
  const header = serialise([
    { type: 'heading', depth: 2, children: [plain('ai-act-gate report')] },
    paragraph(plain(verdictLine(report))),
    ...(options.comparison ? leadNodes(report.files, (path) => comparisonFor(options.comparison, path)) : []),
  ]);
  const judged = judgedNodes(report);
  const footer = serialise([{ type: 'thematicBreak' }, paragraph(...(judged.length ? judged : toolLine(report)))]);
  const truncationNote = (shortened: number, omitted: number): string =>
    serialise([
      paragraph(
        plain(
          `✂️ This summary is limited to 1 MiB: ${[shortened ? `${pluralise(shortened, 'card')} shortened` : '', omitted ? `${pluralise(omitted, 'card')} left out` : ''].filter(Boolean).join(', ')}. ` +
            'The JSON report and the SARIF file have every finding.',
        ),
      ),
    ]);
  // Room for the footer and the longest possible note, so a card is only added when both still fit.
  const reserve = bytes(footer) + bytes(truncationNote(report.files.length, report.files.length)) + 8;
  const parts = [header];
  let used = bytes(header) + 2;
  let shortened = 0;
  let omitted = 0;
  const fitsIn = (section: string) => used + bytes(section) + 2 + reserve <= maxBytes;
  for (const file of report.files) {
    // Once one card is left out, so are the rest: the summary never skips a card silently in the middle.
    if (omitted) {
      omitted++;
      continue;
    }
    const comparison = comparisonFor(options.comparison, file.path);
    let section = cardSection(file, options, comparison, false);
    if (!fitsIn(section)) {
      section = cardSection(file, options, comparison, true);
      if (!fitsIn(section)) {
        omitted++;
        continue;
      }
      shortened++;
    }
    parts.push(section);
    used += bytes(section) + 2;
  }
  if (shortened || omitted) parts.push(truncationNote(shortened, omitted));
  const drafts = draftsDetails(options.drafts ?? [], offDiffHeading(options.drafts?.length ?? 0, false));
  if (drafts && fitsIn(drafts)) parts.push(drafts);
  parts.push(footer);
  const summary = `${parts.join('\n\n')}\n`;
  return bytes(summary) <= maxBytes ? summary : cutToBytes(summary, maxBytes);
}

/** Only for a maxBytes too small for even the header: cut on a character boundary. */
function cutToBytes(text: string, maxBytes: number): string {
  let end = Math.min(text.length, maxBytes);
  while (end > 0 && bytes(text.slice(0, end)) > maxBytes) end = Math.floor(end * 0.9);
  if (/[\uD800-\uDBFF]$/.test(text.slice(0, end))) end--;
  return text.slice(0, end);
}
