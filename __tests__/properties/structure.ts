/**
 * Structural rewordings of whole cards: a section heading renamed to a synonym of the same duty,
 * and a run of labelled list items ("- **Label:** value") turned into the rows of a table.
 */
import { POOLS } from './rewording.js';

export interface HeadingSwap {
  /** 0-based line of the heading. */
  line: number;
  rule: string;
  from: string;
  to: string[];
}

const normal = (heading: string) =>
  heading
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** Headings of the card (outside code) that are one of a duty's synonyms, with the other synonyms. */
export function synonymHeadings(text: string): HeadingSwap[] {
  const swaps: HeadingSwap[] = [];
  let fenced = false;
  text.split('\n').forEach((line, index) => {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    const match = !fenced && /^#{1,4} +(.+?)\s*#*\s*$/.exec(line);
    if (!match) return;
    for (const [rule, names] of Object.entries(POOLS.headings)) {
      const own = names.find((name) => normal(name) === normal(match[1]));
      if (own) swaps.push({ line: index, rule, from: match[1], to: names.filter((name) => name !== own) });
    }
  });
  return swaps;
}

export function renameHeading(text: string, line: number, name: string): string {
  const lines = text.split('\n');
  lines[line] = lines[line].replace(/^(#{1,4} +).*$/, (_whole, hashes: string) => `${hashes}${name}`);
  return lines.join('\n');
}

const LABELLED_ITEM = /^[-*+] +\*\*([^*|]+?):?\*\*:? *(.*)$/;

/** Runs of at least two top-level labelled list items, as [first line, last line] (0-based). */
export function labelledLists(text: string): [number, number][] {
  const runs: [number, number][] = [];
  let fenced = false;
  let start = -1;
  const lines = text.split('\n');
  lines.forEach((line, index) => {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    const item = !fenced && LABELLED_ITEM.test(line) && !line.includes('|');
    if (item && start < 0) start = index;
    if (!item && start >= 0) {
      if (index - start >= 2) runs.push([start, index - 1]);
      start = -1;
    }
  });
  if (start >= 0 && lines.length - start >= 2) runs.push([start, lines.length - 1]);
  return runs;
}

/** The run of labelled list items as a two-column table under a neutral header row. */
export function listToTable(text: string, [first, last]: [number, number]): string {
  const lines = text.split('\n');
  const rows = lines.slice(first, last + 1).map((line) => {
    const [, label, value] = LABELLED_ITEM.exec(line) as RegExpExecArray;
    return `| ${label.trim()} | ${value.trim() || ' '} |`;
  });
  const before = first > 0 && lines[first - 1].trim() !== '' ? [''] : [];
  return [
    ...lines.slice(0, first),
    ...before,
    '| Field | Value |',
    '|---|---|',
    ...rows,
    '',
    ...lines.slice(last + 1),
  ].join('\n');
}
