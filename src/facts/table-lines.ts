/**
 * Markdown table rows read from the card's text by offset, where the parsed table is not at hand
 * (statements and figures carry offsets into the masked text, not mdast nodes).
 */

/** The line that starts at `lineStart`, without its line break. */
export function lineFrom(text: string, lineStart: number): string {
  const lineEnd = text.indexOf('\n', lineStart);
  return text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
}

/** A row split at its pipes, the text before the first pipe kept as element 0: the label cell is [1]. */
export function pipeCells(line: string): string[] {
  return line.split('|');
}

/** The column of `offset` in the row starting at `lineStart`: 1 for the first cell after the opening pipe. */
export function columnAt(text: string, lineStart: number, offset: number): number {
  return text.slice(lineStart, offset).split('|').length - 1;
}

/** A row's cells without its outer pipes, each trimmed: "| a | b |" → ["a", "b"]. */
export function rowCells(line: string): string[] {
  return line
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((cell) => cell.trim());
}

/** The row under a Markdown table's header: "|---|:---:|". */
export const DELIMITER_ROW = /^[ \t]{0,3}\|?[ \t]*:?-{2,}/;
