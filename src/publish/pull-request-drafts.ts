/**
 * The drafts `ai-act-gate fix` would insert into one card, planned by the same code (src/draft/fix/),
 * grouped by the line they go before, with where each missing section would go in words. The pull
 * request's review offers them as suggested changes; the comment and job summary carry the rest.
 */
import { analyseCard } from '../draft/analyse.js';
import { cardValues } from '../draft/sources.js';
import { draftSpecs } from '../draft/fix/draft-spec.js';
import { planFrontMatter } from '../draft/fix/front-matter.js';
import { lineMapping, splitLines, type Insertion } from '../draft/fix/lines.js';
import { dutiesToDraft, MARKER, planSections } from '../draft/fix/plan.js';
import type { Ruleset } from '../ruleset/load-rules.js';

/** Where a draft goes, for a reader: the heading it follows (or precedes), or the front matter. */
export interface Placement {
  /** The head line the draft goes before (the card's line count + 1: at the end). */
  beforeLine: number;
  where: 'front-matter' | 'after-heading' | 'before-heading' | 'end';
  heading: { text: string; line: number } | null;
}

/** The drafts that go before one line of the card. */
export interface DraftGroup {
  path: string;
  beforeLine: number;
  /** In the order `fix` writes them; "(line N)" names the card's lines as they are now. */
  lines: string[];
  /** The duties drafted (none for front-matter keys). */
  rules: string[];
  place: Placement;
}

export interface CardDrafts {
  path: string;
  /** The card's lines as they are at the head. */
  cardLines: string[];
  groups: DraftGroup[];
  /** Where the section of each missing duty would go. */
  placements: Map<string, Placement>;
}

const ATX_HEADING = /^\s{0,3}(#{1,6})(?:\s+(.*?))?\s*#*\s*$/;
const HTML_HEADING = /^\s*<h[1-6]\b[^>]*>(.*?)(?:<\/h[1-6]>)?\s*$/i;
const SETEXT_UNDERLINE = /^\s{0,3}(?:=+|-+)\s*$/;
const DRAFTED_RULE = new RegExp(`<!-- ${MARKER} ([\\w-]+) `);

/**
 * The drafts for the duties the report lists as gaps of this card (`gapRules`), so the policy's
 * rules that are off or waived get none. A card whose front matter cannot be read gets none either,
 * as `fix` refuses it.
 */
export function draftsForCard(path: string, text: string, ruleset: Ruleset, gapRules: readonly string[]): CardDrafts {
  const { lines: cardLines } = splitLines(text);
  const none: CardDrafts = { path, cardLines, groups: [], placements: new Map() };
  const { drafts } = draftSpecs();
  const wanted = gapRules.filter((rule) => drafts.has(rule));
  if (!wanted.length) return none;
  const analysis = analyseCard(text, ruleset);
  if (analysis.parsed.problems.some((problem) => problem.message.startsWith('Front matter'))) return none;
  const values = cardValues(analysis);
  const sections = planSections(values, wanted);
  const insertions = [...planFrontMatter(values, dutiesToDraft(values, wanted)), ...sections.insertions];
  const bodyLine = analysis.facts.positionAt(analysis.facts.bodyStart).line;
  const placeOf = (beforeLine: number): Placement => placement(cardLines, beforeLine, bodyLine);

  const byLine = new Map<number, Insertion[]>();
  for (const insertion of insertions)
    byLine.set(insertion.beforeLine, [...(byLine.get(insertion.beforeLine) ?? []), insertion]);
  const groups: DraftGroup[] = [...byLine.entries()]
    .sort(([a], [b]) => a - b)
    .map(([beforeLine, at]) => {
      const lines = at.sort((a, b) => a.rank - b.rank).flatMap((insertion) => insertion.lines);
      const rules = lines.flatMap((line) => DRAFTED_RULE.exec(line)?.[1] ?? []);
      return { path, beforeLine, lines, rules, place: placeOf(beforeLine) };
    });
  const placements = new Map<string, Placement>();
  for (const group of groups) for (const rule of group.rules) placements.set(rule, group.place);
  return { path, cardLines, groups, placements };
}

/** The lines of drafts inserted together, with "(line N)" renumbered to where line N then is. */
export function renumbered(groups: readonly Pick<DraftGroup, 'beforeLine' | 'lines'>[]): string[][] {
  const mapped = lineMapping(groups.map((group) => ({ beforeLine: group.beforeLine, lines: group.lines, rank: 0 })));
  return groups.map((group) =>
    group.lines.map((line) => line.replace(/\(line (\d+)\)/g, (_all, n: string) => `(line ${mapped(Number(n))})`)),
  );
}

function placement(cardLines: string[], beforeLine: number, bodyLine: number): Placement {
  if (beforeLine <= bodyLine && beforeLine > 1 && bodyLine > 1 && /^---\s*$/.test(cardLines[0] ?? ''))
    return { beforeLine, where: 'front-matter', heading: null };
  const headingAt = (line: number): string | null => {
    const text = cardLines[line - 1] ?? '';
    const atx = ATX_HEADING.exec(text);
    if (atx) return text.trim();
    if (HTML_HEADING.test(text)) return text.trim();
    const next = cardLines[line] ?? '';
    return text.trim() && SETEXT_UNDERLINE.test(next) && line >= bodyLine ? text.trim() : null;
  };
  const fenced = fencedLines(cardLines);
  for (let line = beforeLine - 1; line >= bodyLine; line--) {
    const text = fenced.has(line) ? null : headingAt(line);
    if (text) return { beforeLine, where: 'after-heading', heading: { text, line } };
  }
  for (let line = beforeLine; line <= cardLines.length; line++) {
    const text = fenced.has(line) ? null : headingAt(line);
    if (text) return { beforeLine, where: 'before-heading', heading: { text, line } };
  }
  return { beforeLine, where: 'end', heading: null };
}

/** Lines inside fenced code blocks, where a "#" starts a comment, not a heading. */
function fencedLines(cardLines: string[]): Set<number> {
  const inside = new Set<number>();
  let fence: string | null = null;
  cardLines.forEach((text, index) => {
    const opener = /^\s{0,3}(`{3,}|~{3,})/.exec(text);
    if (fence === null) {
      if (opener) fence = opener[1];
    } else {
      inside.add(index + 1);
      if (
        opener &&
        opener[1][0] === fence[0] &&
        opener[1].length >= fence.length &&
        !text.trim().slice(opener[1].length).trim()
      )
        fence = null;
    }
  });
  return inside;
}
