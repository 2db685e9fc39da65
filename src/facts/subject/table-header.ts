/** The header row of a Markdown table, read from any row of its body, and whose a header cell names. */
import type { SubjectCues } from './cues.js';
import { columnAt, lineFrom, pipeCells } from '../table-lines.js';
import { namesSiblingVersion, rowLabelSubject, type OwnNames } from './own-names.js';

/** How far up a table's header is looked for. */
export const HEADER_REACH = 60;

/** The header cell above the table cell holding `offset` ("Aurel-3" over "| 141B |"), or null outside a table's body. */
export function columnHeaderAt(text: string, offset: number): string | null {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  if (!/^[ \t]{0,3}\|/.test(text.slice(lineStart, lineStart + 4)) || headerStart(text, lineStart) === lineStart)
    return null;
  const column = columnAt(text, lineStart, offset);
  return column >= 2 ? (headerCells(text, lineStart)[column]?.trim() ?? null) : null;
}

/** The offset of the header row of the table holding the row at `lineStart`. */
export function headerStart(text: string, lineStart: number): number {
  let header = lineStart;
  for (let steps = 0; steps < HEADER_REACH && header > 0; steps++) {
    const previous = text.lastIndexOf('\n', header - 2) + 1;
    if (!/^[ \t]{0,3}\|/.test(text.slice(previous, previous + 4))) break;
    header = previous;
  }
  return header;
}

/** The cells (split at pipes, the text before the first pipe included) of the header row of the table holding the row at `lineStart`. */
export function headerCells(text: string, lineStart: number): string[] {
  return pipeCells(lineFrom(text, headerStart(text, lineStart)));
}

/** Whether a header cell names another model or another version of the card's ("| Aurel-2 |", "| GPT-4o |"). */
export function namesOtherInHeader(cell: string, own: OwnNames, cues: SubjectCues): boolean {
  return cell.length <= 80 && (rowLabelSubject(cell, own, cues) === 'other-model' || namesSiblingVersion(cell, own));
}
