/**
 * The sticky pull-request comment: a hidden marker, a one-line verdict for notification previews, and
 * one collapsible section per card. Built as an mdast tree, so card text is only ever text (escaped by
 * escape.ts and the serialiser); `<details>`/`<summary>` are our fixed strings. Kept under GitHub's
 * 65,536-character limit by dropping the least important detail first.
 */
import { blockingLines, gapMessage, isActiveProblem, reportTotals } from './findings.js';
import type { Html, List, ListItem, PhrasingContent, RootContent, TableRow } from 'mdast';
import { toMarkdown } from 'mdast-util-to-markdown';
import { gfmTableToMarkdown } from 'mdast-util-gfm-table';
import type { FileReport, Report, RuleResult } from '../model/report.js';
import { isGap, type Comparison } from './compare.js';
import {
  blobUrl,
  cardCode,
  cardText,
  lineOf,
  linked,
  neutralise,
  plain,
  TEXT_LIMITS,
  type SourceLocation,
} from './escape.js';
import { judgedNodes, leadNodes } from './comment-lead.js';
import { draftsDetails, offDiffHeading, placementNodes } from './suggestion.js';
import type { DraftGroup, Placement } from '../publish/pull-request-drafts.js';
import { differenceLine, familySummary, moreMembersLine, type FamilyView } from '../families/report-families.js';

export const DEFAULT_COMMENT_MAX_LENGTH = 65_536;

export interface CommentOptions extends SourceLocation {
  /** Tells apart several ai-act-gate comments on one pull request (monorepos). */
  instanceKey?: string;
  /** One per changed card (matched by path), or a single one. */
  comparison?: Comparison | readonly Comparison[];
  maxLength?: number;
  /** Link to the job summary, where the full report is. */
  summaryUrl?: string;
  /** Drafts of missing sections (pull requests, when the cards could be read). */
  drafts?: CommentDrafts;
}

export interface CommentDrafts {
  /** Where each missing duty's section would go, by card path and rule id. */
  placements?: ReadonlyMap<string, ReadonlyMap<string, Placement>>;
  /** Drafts that are not suggested in the review: shown collapsed, ready to copy. */
  offDiff?: readonly DraftGroup[];
}

/** The hidden first line that identifies our comment; the key is reduced to `[A-Za-z0-9._-]` without `--`. */
export function COMMENT_MARKER(instanceKey = 'default'): string {
  const key =
    instanceKey
      .replace(/[^A-Za-z0-9._-]+/g, '-')
      .replace(/-{2,}/g, '-')
      .replace(/^-+|-+$/g, '') || 'default';
  return `<!-- ai-act-gate:report:${key} -->`;
}

/**
 * Whether a comment body is ours: the marker must be its very first line, so a comment quoting the
 * marker further down is not. (The caller must also check that the author is the token's user.)
 */
export function isOurComment(body: string, instanceKey = 'default'): boolean {
  const firstLine = body
    .replace(/^\uFEFF/, '')
    .split('\n', 1)[0]
    .replace(/\r$/, '');
  return firstLine.trim() === COMMENT_MARKER(instanceKey);
}

export interface Tally {
  cards: number;
  blockers: number;
  gaps: number;
  problems: number;
}

/** The same totals as every other format (findings.ts). */
export function tally(report: Report): Tally {
  return reportTotals(report);
}

export function pluralise(n: number, noun: string): string {
  return `${n} ${n === 1 ? noun : `${noun}s`}`;
}

/** "🚫 2 model cards · 1 release blocker · 7 gaps", or the all-clear line. */
export function verdictLine(report: Report): string {
  const { cards, blockers, gaps, problems } = tally(report);
  if (cards === 0) return 'ℹ️ No model cards were checked';
  if (blockers === 0 && gaps === 0 && problems === 0)
    return '✅ All model cards meet their required documentation duties';
  const parts = [pluralise(cards, 'model card')];
  if (blockers) parts.push(pluralise(blockers, 'release blocker'));
  parts.push(pluralise(gaps, 'gap'));
  if (problems) parts.push(pluralise(problems, 'card problem'));
  return `${blockers ? '🚫' : '⚠️'} ${parts.join(' · ')}`;
}

/** A severity as shown: the three words GitHub uses, whatever a report holds. */
export function severityWord(severity: unknown): 'error' | 'warning' | 'notice' {
  return severity === 'error' || severity === 'warning' ? severity : 'notice';
}

export function serialise(nodes: RootContent[]): string {
  return toMarkdown(
    { type: 'root', children: nodes },
    { extensions: [gfmTableToMarkdown({ tablePipeAlign: false })], bullet: '-', rule: '-' },
  ).trimEnd();
}

export function comparisonFor(comparison: CommentOptions['comparison'], path: string): Comparison | undefined {
  if (!comparison) return undefined;
  const all: readonly Comparison[] = Array.isArray(comparison) ? comparison : [comparison as Comparison];
  return all.find((item) => item.path === path);
}

const html = (value: string): Html => ({ type: 'html', value });
const strong = (...children: PhrasingContent[]): PhrasingContent => ({ type: 'strong', children });
const paragraph = (...children: PhrasingContent[]): RootContent => ({ type: 'paragraph', children });
const item = (...children: PhrasingContent[]): ListItem => ({
  type: 'listItem',
  spread: false,
  children: [{ type: 'paragraph', children }],
});
const list = (items: ListItem[]): List => ({ type: 'list', ordered: false, spread: false, children: items });
const cell = (...children: PhrasingContent[]) => ({ type: 'tableCell' as const, children });
const row = (...cells: ReturnType<typeof cell>[]): TableRow => ({ type: 'tableRow', children: cells });

/** "ai-act-gate 0.1.0 · ruleset 2025.1 (29 rules)": the tool and the ruleset that produced the verdict. */
export function toolLine(report: Report): PhrasingContent[] {
  // A ruleset version or digest is shown when the report carries one; older reports have only the count.
  const ruleset = (report.ruleset ?? {}) as { count?: unknown; version?: unknown; digest?: unknown };
  const version =
    typeof ruleset.version === 'string'
      ? ruleset.version
      : typeof ruleset.digest === 'string'
        ? ruleset.digest.slice(0, 12)
        : null;
  const rules = pluralise(Number(ruleset.count) || 0, 'rule');
  return [
    cardText(`${report.tool?.name ?? 'ai-act-gate'} ${report.tool?.version ?? ''}`.trim(), 80),
    ...(version
      ? [plain(' · ruleset '), cardText(version, 40), plain(` (${rules})`)]
      : [plain(` · ruleset of ${rules}`)]),
  ];
}

/** Comma-separated rule ids as inline code. */
export function idList(rules: readonly RuleResult[]): PhrasingContent[] {
  return rules.flatMap((rule, index) => (index ? [plain(', '), cardCode(rule.id)] : [cardCode(rule.id)]));
}

/** "L12" linked to the line at the head commit when we know where the cards live. */
export function lineLink(source: SourceLocation, path: string, line: number): PhrasingContent[] {
  return linked(blobUrl(source, path, line), [plain(`L${line}`)]);
}

/** The tier with compute and borderline note, then the classifier's reasons. */
export function tierNodes(file: FileReport, source: SourceLocation, withReasons = true): RootContent[] {
  // Read loosely: the classifier adds fields (computeMethod, borderline) that older reports lack.
  const tier = file.tier as FileReport['tier'] & Record<string, unknown>;
  const facts: PhrasingContent[] = [strong(plain('Tier')), plain(' '), cardCode(tier.id)];
  const flops = tier.computeFlops;
  if (typeof flops === 'number' && Number.isFinite(flops) && flops > 0) {
    const method =
      typeof tier.computeMethod === 'string' && tier.computeMethod !== 'none'
        ? ` (${neutralise(tier.computeMethod, 20)})`
        : '';
    facts.push(plain(` · training compute ≈ ${flops.toExponential(1)} FLOP${method}`));
  }
  if (tier.borderline === true) facts.push(plain(' · borderline: a more precise figure could change the tier'));
  const nodes: RootContent[] = [paragraph(...facts)];
  const reasons = Array.isArray(tier.reasons) ? tier.reasons : [];
  if (withReasons && reasons.length) {
    nodes.push(
      list(
        reasons.map((reason) => {
          const children: PhrasingContent[] = [cardText(reason.text, TEXT_LIMITS.reason)];
          const line = reason.position ? lineOf(reason.position.line, 0) : 0;
          const url = line ? blobUrl(source, file.path, line) : null;
          if (url) children.push(plain(' · '), ...linked(url, [plain(`L${line}`)]));
          return item(...children);
        }),
      ),
    );
  }
  return nodes;
}

/** A blocked card: only what blocks it (and why the gate applies); otherwise the gate's decision. */
export function gateNodes(file: FileReport): RootContent[] {
  if (!file.gate.reasons.length && !file.gate.blocked) return [];
  const reasons = file.gate.blocked ? blockingLines(file) : file.gate.reasons;
  return [
    paragraph(strong(plain(file.gate.blocked ? '🚫 Release blocked' : 'Release gate'))),
    list(reasons.map((reason) => item(cardText(reason, TEXT_LIMITS.reason)))),
  ];
}

export function problemNodes(file: FileReport, source: SourceLocation): RootContent[] {
  const problems = file.problems.filter(isActiveProblem);
  if (!problems.length) return [];
  return [
    paragraph(strong(plain('Card problems'))),
    list(
      problems.map((problem) => {
        const line = lineOf(problem.line);
        return item(
          ...(problem.file ? [cardCode(`${problem.file}:${line}`)] : lineLink(source, file.path, line)),
          plain(` ${severityWord(problem.severity)} `),
          cardCode(problem.ruleId),
          plain(': '),
          cardText(problem.message),
        );
      }),
    ),
  ];
}

export function comparisonNodes(comparison: Comparison | undefined): RootContent[] {
  if (!comparison) return [];
  const changes: ListItem[] = [];
  if (comparison.isNewCard) changes.push(item(plain('New card: not on the base branch')));
  if (comparison.tierChange)
    changes.push(
      item(
        plain('Tier changed: '),
        cardCode(comparison.tierChange.from),
        plain(' → '),
        cardCode(comparison.tierChange.to),
      ),
    );
  if (comparison.newGaps.length && !comparison.isNewCard)
    changes.push(
      item(plain(`New ${comparison.newGaps.length === 1 ? 'gap' : 'gaps'}: `), ...idList(comparison.newGaps)),
    );
  if (comparison.fixedGaps.length) changes.push(item(plain('Fixed: '), ...idList(comparison.fixedGaps)));
  if (!changes.length) changes.push(item(plain('No change in gaps or tier')));
  return [paragraph(strong(plain('Against the base branch'))), list(changes)];
}

const SEVERITY_RANK: Record<string, number> = { error: 0, warning: 1, notice: 2 };

/** Required gaps, most serious first: release blockers, errors before warnings, missing before partial, then by line. */
export function sortedGaps(file: FileReport): RuleResult[] {
  return file.rules
    .filter(isGap)
    .sort(
      (a, b) =>
        Number(!!b.blocker) - Number(!!a.blocker) ||
        (SEVERITY_RANK[a.severity ?? 'notice'] ?? 3) - (SEVERITY_RANK[b.severity ?? 'notice'] ?? 3) ||
        Number(a.status === 'partial') - Number(b.status === 'partial') ||
        lineOf(a.line, file.titleLine) - lineOf(b.line, file.titleLine),
    );
}

export { gapMessage };

/** How much of a card section to show; each step drops the next least important part. */
type Level = 'full' | 'noEvidence' | 'noMet' | 'essentials' | 'minimal';

function gapTable(
  file: FileReport,
  gaps: RuleResult[],
  source: SourceLocation,
  evidence: boolean,
  placements?: ReadonlyMap<string, Placement>,
): RootContent {
  const header = row(
    cell(plain('Rule')),
    cell(plain('Status')),
    cell(plain('Provision')),
    cell(plain('Line')),
    cell(plain('What would satisfy it')),
  );
  const rows = gaps.map((rule) => {
    const line = lineOf(rule.line, lineOf(file.titleLine));
    const satisfy: PhrasingContent[] = [cardText(gapMessage(rule))];
    // The message of a partial gap quotes the card's line already; the matcher's quote is kept for the full view.
    if (evidence && rule.status === 'partial' && rule.evidence && !gapMessage(rule).includes('the card gives only'))
      satisfy.push(plain(' Found: “'), cardText(rule.evidence, TEXT_LIMITS.quote), plain('”'));
    const status = `${rule.status === 'partial' ? 'partial' : 'missing'} (${rule.blocker ? 'blocks the release' : severityWord(rule.severity)})`;
    // A missing section has no line of its own: say where its draft would go rather than point at the title.
    const place = rule.status === 'missing' ? placements?.get(rule.id) : undefined;
    return row(
      cell(cardCode(rule.id)),
      cell(rule.blocker ? strong(plain(status)) : plain(status)),
      cell(...linked(rule.url, [cardText(rule.citation, TEXT_LIMITS.reason)])),
      cell(...(place ? [plain('would go '), ...placementNodes(place)] : lineLink(source, file.path, line))),
      cell(...satisfy),
    );
  });
  return { type: 'table', align: [null, null, null, 'right', null], children: [header, ...rows] };
}

function summaryLine(file: FileReport, gaps: number): PhrasingContent[] {
  const problemCount = file.problems.filter(isActiveProblem).length;
  const icon = file.gate.blocked ? '🚫' : gaps || problemCount ? '⚠️' : '✅';
  const state = file.gate.blocked
    ? ` · release blocked · ${pluralise(gaps, 'gap')}`
    : gaps
      ? ` · ${pluralise(gaps, 'gap')}`
      : ' · all required duties met';
  const problems = problemCount ? ` · ${pluralise(problemCount, 'card problem')}` : '';
  return [
    plain(`${icon} `),
    cardCode(file.path, TEXT_LIMITS.path),
    plain(' · '),
    cardCode(file.tier.id),
    plain(state + problems),
  ];
}

function cardSection(
  file: FileReport,
  level: Level,
  source: SourceLocation,
  comparison: Comparison | undefined,
  placements?: ReadonlyMap<string, Placement>,
  family?: FamilyView,
): string {
  const gaps = sortedGaps(file);
  const nodes: RootContent[] = [
    html(file.gate.blocked ? '<details open>\n<summary>' : '<details>\n<summary>'),
    // A blank line on each side makes GitHub parse the summary as Markdown, so the path stays text.
    paragraph(...summaryLine(file, gaps.length)),
    html('</summary>'),
  ];
  const essentials = level === 'essentials' || level === 'minimal';
  if (family) nodes.push(...familyNodes(family, level !== 'minimal'));
  nodes.push(...tierNodes(file, source, !essentials));
  nodes.push(...gateNodes(file));
  if (level !== 'minimal') {
    nodes.push(...problemNodes(file, source));
    if (gaps.length) nodes.push(gapTable(file, gaps, source, level === 'full', placements));
  }
  if (level === 'full' || level === 'noEvidence') {
    const met = file.rules.filter((rule) => rule.required && rule.status === 'met');
    if (met.length) nodes.push(paragraph(plain(`✅ Met (${met.length}): `), ...idList(met)));
  }
  if (!essentials) nodes.push(...comparisonNodes(comparison));
  nodes.push(html('</details>'));
  return serialise(nodes);
}

/** Members listed by name in a family's note; the rest are counted. */
const FAMILY_NAMES_SHOWN = 20;

/** "and 153 more members of this family …", the members by name, and the members whose findings differ. */
function familyNodes(view: FamilyView, withNames: boolean): RootContent[] {
  const nodes: RootContent[] = [
    paragraph(strong(plain('Card family')), plain(`: this card ${moreMembersLine(view)}.`)),
  ];
  if (withNames) {
    const names = view.others.slice(0, FAMILY_NAMES_SHOWN);
    const rest = view.others.length - names.length;
    nodes.push(
      paragraph(
        ...names.flatMap((name, index) => (index ? [plain(', '), cardCode(name)] : [cardCode(name)])),
        ...(rest > 0 ? [plain(` and ${rest} more`)] : []),
      ),
    );
  }
  for (const difference of view.differences)
    nodes.push(paragraph(cardCode(difference.member), plain(` differs: ${differenceLine(difference)}`)));
  return nodes;
}

function compactLine(file: FileReport): string {
  return `- ${serialise([paragraph(...summaryLine(file, file.rules.filter(isGap).length))])}`;
}

/** A card's place in one attempt at fitting the limit. */
type Shown = Level | 'compact' | 'omitted';

interface Attempt {
  shown: Shown[];
  note: string | null;
  /** The drafts off the diff, collapsed (left out first when the comment is too long). */
  drafts?: boolean;
}

export function renderComment(report: Report, options: CommentOptions = {}): string {
  const maxLength = options.maxLength ?? DEFAULT_COMMENT_MAX_LENGTH;
  // Release blockers first, then cards with gaps, then clean ones: truncation cuts from the end.
  const rank = (file: FileReport) =>
    file.gate.blocked ? 0 : file.rules.some(isGap) || file.problems.some(isActiveProblem) ? 1 : 2;
  // A family of near-identical cards (checkpoints, sizes) is shown once, at its representative.
  const families = familySummary(report);
  const cards = report.files
    .filter((file) => families.isShown(file.path))
    .map((file, index) => ({ file, index }))
    .sort((a, b) => rank(a.file) - rank(b.file) || a.index - b.index)
    .map(({ file }) => file);
  const blocked = cards.filter((file) => file.gate.blocked).length;

  const cache = new Map<string, string>();
  const piece = (index: number, shown: Shown): string => {
    const key = `${index}:${shown}`;
    let text = cache.get(key);
    if (text === undefined) {
      const file = cards[index];
      text =
        shown === 'compact'
          ? compactLine(file)
          : shown === 'omitted'
            ? ''
            : cardSection(
                file,
                shown,
                options,
                comparisonFor(options.comparison, file.path),
                options.drafts?.placements?.get(file.path),
                families.representing(file.path),
              );
      cache.set(key, text);
    }
    return text;
  };

  const marker = COMMENT_MARKER(options.instanceKey);
  const verdict = serialise([paragraph(plain(verdictLine(report)))]);
  const lead = serialise(leadNodes(cards, (path) => comparisonFor(options.comparison, path)));
  const offDiff = options.drafts?.offDiff ?? [];
  const drafts = draftsDetails(offDiff, offDiffHeading(offDiff.length));
  const pointer = linked(options.summaryUrl ?? null, [plain('Full report in the job summary')]);
  const judged = judgedNodes(report);
  const footer = serialise([
    { type: 'thematicBreak' },
    paragraph(...(judged.length ? judged : toolLine(report)), plain(' · '), ...pointer),
  ]);

  const LEFT_OUT = 'Shortened to fit GitHub’s comment size limit:';
  const noteText = (note: string) => serialise([paragraph(plain(`✂️ ${note} `), ...pointer)]);
  const omittedText = (omitted: number) =>
    serialise([paragraph(plain(`…and ${pluralise(omitted, 'more model card')}, listed in the job summary.`))]);
  /** The comment as [separator, text] pairs, rendered lazily so a measurement can stop early. */
  function* parts(attempt: Attempt): Generator<[string, string]> {
    yield ['', marker];
    yield ['\n\n', verdict];
    if (lead) yield ['\n\n', lead];
    const note =
      drafts && !attempt.drafts
        ? attempt.note
          ? `${attempt.note} Drafts left out too; they are in the job summary.`
          : `${LEFT_OUT} drafts left out; they are in the job summary.`
        : attempt.note;
    if (note) yield ['\n\n', noteText(note)];
    let omitted = 0;
    let previous: Shown | null = null;
    for (let index = 0; index < attempt.shown.length; index++) {
      const shown = attempt.shown[index];
      if (shown === 'omitted') omitted++;
      else {
        // Consecutive one-line entries form one tight list.
        yield [shown === 'compact' && previous === 'compact' ? '\n' : '\n\n', piece(index, shown)];
        previous = shown;
      }
    }
    if (omitted) yield ['\n\n', omittedText(omitted)];
    if (drafts && attempt.drafts) yield ['\n\n', drafts];
    yield ['\n\n', footer];
    yield ['', '\n'];
  }
  const assemble = (attempt: Attempt): string =>
    Array.from(parts(attempt), ([separator, text]) => separator + text).join('');
  const fits = (attempt: Attempt): boolean => {
    let length = 0;
    for (const [separator, text] of parts(attempt)) {
      length += separator.length + text.length;
      if (length > maxLength) return false;
    }
    return true;
  };
  const uniform = (level: Level, note: string | null): Attempt => ({ shown: cards.map(() => level), note });
  /** The largest n in [0, max] for which make(n) fits (fitting shrinks as n grows), or -1. */
  const largest = (max: number, make: (n: number) => Attempt): number => {
    if (!fits(make(0))) return -1;
    let low = 0;
    let high = max;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if (fits(make(middle))) low = middle;
      else high = middle - 1;
    }
    return low;
  };

  const attempts: Attempt[] = [
    { ...uniform('full', null), drafts: true },
    uniform('full', null),
    uniform('noEvidence', `${LEFT_OUT} evidence quotes left out.`),
    uniform('noMet', `${LEFT_OUT} evidence quotes and met duties left out.`),
  ];
  for (const attempt of attempts) if (fits(attempt)) return assemble(attempt);

  const others = cards.length - blocked;
  const tablesNote = `${LEFT_OUT} only release blockers and the first cards are shown in detail.`;
  // Non-blocked cards beyond the first n lose their section and become one line each.
  const detailedOthers = (n: number): Attempt => ({
    shown: cards.map((_, i) => (i < blocked ? 'noMet' : i < blocked + n ? 'noMet' : 'compact')),
    note: tablesNote,
  });
  let n = largest(others, detailedOthers);
  if (n >= 0) return assemble(detailedOthers(n));

  // Then release-blocked cards keep only their gate, problems and gaps (the first b of them; the rest
  // only their gate), and the other cards become one line each, the first m of them, or a count.
  const blockersNote = `${LEFT_OUT} only release blockers are shown in detail.`;
  const blockersFirst = (b: number, m: number): Attempt => ({
    shown: cards.map((_, i) =>
      i < b ? 'essentials' : i < blocked ? 'minimal' : i < blocked + m ? 'compact' : 'omitted',
    ),
    note: blockersNote,
  });
  const b = largest(blocked, (k) => blockersFirst(k, 0));
  if (b >= 0) {
    const m = largest(others, (k) => blockersFirst(b, k));
    return assemble(blockersFirst(b, m));
  }

  // Last: only the first release-blocked cards, with their gate reasons.
  const fewBlocked = (k: number): Attempt => ({
    shown: cards.map((_, i) => (i < k ? 'minimal' : 'omitted')),
    note: `${LEFT_OUT} only the first release blockers are shown.`,
  });
  n = largest(blocked, fewBlocked);
  if (n >= 0) return assemble(fewBlocked(n));
  // Only reachable with a tiny maxLength: the marker and verdict, cut to size.
  return `${marker}\n\n${verdict}\n`.slice(0, maxLength);
}
