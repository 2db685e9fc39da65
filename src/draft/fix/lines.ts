/**
 * A card as lines with their endings, and insertions of new lines before given lines: the only edit
 * `fix` makes, so every line of the author's stays as written and in order.
 */

/** New lines to go before 1-based `beforeLine` (lineCount + 1: at the end). */
export interface Insertion {
  beforeLine: number;
  lines: string[];
  /** Inserted lines are ordered by this at one place (template order). */
  rank: number;
}

export interface CardLines {
  /** A byte-order mark the file starts with, kept first. */
  bom: string;
  /** The lines without their endings. */
  lines: string[];
  /** The file's line ending (CRLF when any line ends so). */
  eol: string;
  /** Whether the last line ends with a line break. */
  finalNewline: boolean;
}

export function splitLines(text: string): CardLines {
  const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
  const body = bom ? text.slice(1) : text;
  const eol = body.includes('\r\n') ? '\r\n' : '\n';
  const finalNewline = /\n$/.test(body);
  const lines = body.split(/\r?\n/);
  if (finalNewline) lines.pop();
  return { bom, lines, eol, finalNewline };
}

/** Where an original line ends up once the insertions are made. */
export function lineMapping(insertions: Insertion[]): (line: number) => number {
  return (line) =>
    line + insertions.filter((insertion) => insertion.beforeLine <= line).reduce((sum, i) => sum + i.lines.length, 0);
}

/** The card with the insertions made; "(line N)" in inserted lines is renumbered to where line N ends up. */
export function applyInsertions(card: CardLines, insertions: Insertion[]): { text: string; newLines: string[] } {
  const mapped = lineMapping(insertions);
  const renumber = (line: string) =>
    line.replace(/\(line (\d+)\)/g, (_all, n: string) => `(line ${mapped(Number(n))})`);
  const sorted = [...insertions].sort((a, b) => a.beforeLine - b.beforeLine || a.rank - b.rank);
  const out: string[] = [];
  let next = 0;
  for (let line = 1; line <= card.lines.length + 1; line++) {
    while (next < sorted.length && sorted[next].beforeLine === line) out.push(...sorted[next++].lines.map(renumber));
    if (line <= card.lines.length) out.push(card.lines[line - 1]);
  }
  const ends = card.finalNewline || out.length > card.lines.length;
  return { text: card.bom + out.join(card.eol) + (ends ? card.eol : ''), newLines: out };
}

/**
 * The insertions that turn `before` into `after`, or null when `after` does not keep every line of
 * `before` in order (an edit that would change the author's text).
 */
export function insertionsBetween(before: string[], after: string[], rank = 0): Insertion[] | null {
  const insertions: Insertion[] = [];
  let pending: string[] = [];
  let index = 0;
  for (const line of after) {
    if (index < before.length && line === before[index]) {
      if (pending.length) insertions.push({ beforeLine: index + 1, lines: pending, rank });
      pending = [];
      index++;
    } else pending.push(line);
  }
  if (index < before.length) return null;
  if (pending.length) insertions.push({ beforeLine: before.length + 1, lines: pending, rank });
  return insertions;
}
