/** The header row of a Markdown table, read from any row of its body, and whose a header cell names. */
import type { SubjectCues } from './cues.js';
import { columnAt, lineFrom, pipeCells } from '../table-lines.js';
import { modelShapedName, unknownModelNamed } from './statement.js';
import { namesOwnModel, namesSiblingVersion, rowLabelSubject, type OwnNames } from './own-names.js';

/** How far up a table's header is looked for. */
export const HEADER_REACH = 60;

/** The header row above the table cell holding `offset` and the cell's column in it, or null outside a table's value cells. */
export function columnHeaderAt(text: string, offset: number): { header: string[]; column: number } | null {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  if (!/^[ \t]{0,3}\|/.test(text.slice(lineStart, lineStart + 4)) || headerStart(text, lineStart) === lineStart)
    return null;
  const column = columnAt(text, lineStart, offset);
  return column >= 2 ? { header: headerCells(text, lineStart), column } : null;
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

/** A model-like name with a version, size or variant ("Corvid-13B", "X-20B", "GPT-4o", "Corvid-VL", "Kestrel-M"). */
export const VERSIONED_NAME =
  /\p{L}[\p{L}\p{N}]*[-_.][\p{L}\p{N}.]*\d|\p{L}[\p{L}\p{N}]*\d[\p{L}\p{N}]*[-_.]\p{L}|\p{Lu}[\p{L}\p{N}]*-\p{Lu}{2,}\b|\p{Lu}\p{Ll}{2,}-\p{Lu}(?![\p{L}\p{N}])/u;

/** A whole label that is a name, a version and perhaps a size or tier, spaced: "Nimbus 2 Pro", "Corvex 3.5 70B". */
const SPACED_MODEL_NAME =
  /^\p{Lu}[\p{L}\p{N}]+ v?\d{1,2}(?:\.\d{1,2})?(?: (?:\d+(?:\.\d+)?[BM]|Base|Instruct|Chat|Mini|Nano|Small|Medium|Large|Pro|Ultra|Max|Turbo|Lite|Flash|Plus))*$/u;

/** Whether a cell or label reads as a model's name: "Corvid-13B", "Kestrel-M", "Corvid-Large", "Nimbus 2 Pro". */
export function looksLikeModelName(label: string): boolean {
  return VERSIONED_NAME.test(label) || modelShapedName(label) !== null || SPACED_MODEL_NAME.test(label.trim());
}

/**
 * Whether the header cell of `column` heads another model's values: it names another model, or it is a model's
 * name beside a column of the card's own ("| | Vela-2 | Orion-8 | Aurel-3 |": the Vela-2 and Orion-8 columns).
 */
export function headsOthersColumn(header: string[], column: number, own: OwnNames, cues: SubjectCues): boolean {
  const cell = header[column]?.replace(/[*_`]/g, '').trim();
  if (!cell || cell.length > 80) return false;
  if (namesOtherInHeader(cell, own, cues)) return true;
  // "| Benchmark | Lumen-70B |" on a card that surely names its own model otherwise: another model's column, with no own column beside it.
  if (looksLikeModelName(cell) && unknownModelNamed(cell, own) !== null && !namesOwnModel(cell, own, true)) return true;
  return (
    looksLikeModelName(cell) &&
    !namesOwnModel(cell, own) &&
    header.some((other, at) => at >= 2 && at !== column && headsOwnColumn(other, own, cues))
  );
}

function headsOwnColumn(cell: string, own: OwnNames, cues: SubjectCues): boolean {
  const name = cell.replace(/[*_`]/g, '').trim();
  return name.length <= 80 && rowLabelSubject(name, own, cues) === 'this-model';
}
