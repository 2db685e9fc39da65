/**
 * Puts drafts on lines a review comment may be anchored on. GitHub takes a suggestion only on a line
 * of the pull request's diff, and applying it replaces that line: so a draft that goes before line B
 * is suggested on line B − 1 (that line, then the draft) or on line B (the draft, then that line). When
 * neither is on the diff, the draft may move across blank lines only, which leaves the card reading
 * the same; otherwise it stays off the diff, for the comment. Drafts meeting on one line make one
 * comment; at most `maxComments` comments per review, the rest go with the drafts off the diff.
 */
import { lineOnDiff, type DiffLines } from './diff-lines.js';
import { renumbered, type CardDrafts, type DraftGroup } from './pull-request-drafts.js';

/** GitHub shows long reviews poorly, and each suggestion is read and accepted one by one. */
export const MAX_REVIEW_COMMENTS = 10;

export interface Suggestion {
  path: string;
  /** The head line the comment is on, which the suggestion replaces. */
  line: number;
  groups: DraftGroup[];
  /** The line's replacement: drafts before it, the line itself, drafts after it. */
  replacement: string[];
}

export interface AnchoredDrafts {
  suggestions: Suggestion[];
  /** Drafts not on the diff, or beyond the cap, in card and line order. */
  offDiff: DraftGroup[];
}

interface Anchor {
  line: number;
  /** The draft goes after the anchored line (else before it). */
  after: boolean;
  added: boolean;
}

export function anchorDrafts(
  cards: readonly { drafts: CardDrafts; diff: DiffLines | null }[],
  maxComments = MAX_REVIEW_COMMENTS,
): AnchoredDrafts {
  const suggestions: Suggestion[] = [];
  const offDiff: DraftGroup[] = [];
  for (const { drafts, diff } of cards) {
    const byLine = new Map<number, { before: DraftGroup[]; after: DraftGroup[] }>();
    for (const group of drafts.groups) {
      const anchor = diff ? anchorFor(drafts.cardLines, diff, group.beforeLine) : null;
      if (!anchor) {
        offDiff.push(group);
        continue;
      }
      const entry = byLine.get(anchor.line) ?? { before: [], after: [] };
      (anchor.after ? entry.after : entry.before).push(group);
      byLine.set(anchor.line, entry);
    }
    for (const [line, { before, after }] of [...byLine.entries()].sort(([a], [b]) => a - b)) {
      const groups = [...before, ...after];
      // Inserted together, so "(line N)" counts both; the drafts moved across blank lines go at the anchor.
      const texts = renumbered([
        ...before.map((group) => ({ beforeLine: line, lines: group.lines })),
        ...after.map((group) => ({ beforeLine: line + 1, lines: group.lines })),
      ]);
      const replacement = [
        ...texts.slice(0, before.length).flat(),
        drafts.cardLines[line - 1],
        ...texts.slice(before.length).flat(),
      ];
      suggestions.push({ path: drafts.path, line, groups, replacement });
    }
  }
  const kept = suggestions.slice(0, maxComments);
  for (const suggestion of suggestions.slice(maxComments)) offDiff.push(...suggestion.groups);
  offDiff.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.beforeLine - b.beforeLine));
  return { suggestions: kept, offDiff };
}

/** The best line on the diff for a draft that goes before `beforeLine`, or null. */
function anchorFor(cardLines: readonly string[], diff: DiffLines, beforeLine: number): Anchor | null {
  const blank = (line: number) => (cardLines[line - 1] ?? '').trim() === '';
  const candidates: { line: number; after: boolean; distance: number }[] = [];
  // After line j: j = B − 1, and further up while the lines crossed are blank.
  for (let line = beforeLine - 1, distance = 0; line >= 1; line--, distance++) {
    candidates.push({ line, after: true, distance });
    if (!blank(line)) break;
  }
  // Before line j: j = B, and further down while the lines crossed are blank.
  for (let line = beforeLine, distance = 0; line <= cardLines.length; line++, distance++) {
    candidates.push({ line, after: false, distance });
    if (!blank(line)) break;
  }
  let best: Anchor | null = null;
  let bestScore = Infinity;
  for (const candidate of candidates) {
    const kind = lineOnDiff(diff, candidate.line);
    if (!kind) continue;
    // A line the pull request writes beats a context line; then the nearest; then after a line over before it.
    const score = (kind === 'added' ? 0 : 1000) + candidate.distance * 2 + (candidate.after ? 0 : 1);
    if (score < bestScore) {
      bestScore = score;
      best = { line: candidate.line, after: candidate.after, added: kind === 'added' };
    }
  }
  return best;
}
