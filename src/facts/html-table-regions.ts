/**
 * Regions of HTML tables (`<table>` blocks, common in vendor cards): a row names a duty by its first
 * cell, a column by its header cell (governing the rows below it), as in GFM tables. Row and column
 * spans are laid out on a grid, so a model name spanning three rows belongs to each of them.
 * Linear in the block: cells are found with one forward scan.
 */

type Add = (kind: 'table-row' | 'table-column', title: string, start: number, spans: [number, number][]) => void;

interface Cell {
  /** Offsets of the cell's content in the card text. */
  start: number;
  end: number;
  text: string;
}

const CELL = /<(t[dh])\b([^>]*)>([\s\S]*?)(?=<\/t[dh]\s*>|<t[dhr]\b|<\/tr\s*>|<\/table\s*>)/gi;
const ROW = /<tr\b[^>]*>([\s\S]*?)(?=<tr\b|<\/table\s*>|$)/gi;
const SPAN = /\b(rowspan|colspan)\s*=\s*["']?(\d{1,3})/gi;
const TAG = /<[^>]*>/g;
/** Tables larger than this are not laid out: a time budget for generated leaderboards. */
const MAX_CELLS = 2_000;

/** Adds the row and column regions of every `<table>` in an HTML block that starts at `offset`. */
export function collectHtmlTables(html: string, offset: number, add: Add): void {
  const lower = html.toLowerCase();
  for (let open = lower.indexOf('<table'); open !== -1; open = lower.indexOf('<table', open + 6)) {
    const close = lower.indexOf('</table', open);
    const end = close === -1 ? html.length : close + 8;
    addTable(html.slice(open, end), offset + open, add);
  }
}

function addTable(table: string, offset: number, add: Add): void {
  const grid: (Cell | undefined)[][] = [];
  let cells = 0;
  ROW.lastIndex = 0;
  let r = 0;
  for (let row = ROW.exec(table); row && cells < MAX_CELLS; row = ROW.exec(table), r++) {
    grid[r] ??= [];
    const rowStart = row.index + row[0].indexOf('>') + 1;
    CELL.lastIndex = 0;
    let column = 0;
    for (let cell = CELL.exec(row[1]); cell && cells < MAX_CELLS; cell = CELL.exec(row[1]), cells++) {
      while (grid[r][column] !== undefined) column++;
      let rowSpan = 1;
      let colSpan = 1;
      SPAN.lastIndex = 0;
      for (let span = SPAN.exec(cell[2]); span; span = SPAN.exec(cell[2])) {
        const count = Math.min(Math.max(Number(span[2]), 1), 20);
        if (span[1].toLowerCase() === 'rowspan') rowSpan = count;
        else colSpan = count;
      }
      const contentStart = offset + rowStart + cell.index + cell[0].length - cell[3].length;
      const entry: Cell = {
        start: contentStart,
        end: contentStart + cell[3].length,
        text: cell[3].replace(TAG, ' ').replace(/\s+/g, ' ').trim(),
      };
      for (let dr = 0; dr < rowSpan; dr++)
        for (let dc = 0; dc < colSpan; dc++) (grid[r + dr] ??= [])[column + dc] = entry;
      column += colSpan;
    }
  }
  const [header, ...rows] = grid;
  if (!header || rows.length === 0) return;
  for (const row of rows) {
    const [first, ...rest] = row;
    const spans = unique(rest)
      .filter((cell) => cell !== first)
      .map((cell) => [cell.start, cell.end] as [number, number]);
    if (first?.text && spans.length) add('table-row', first.text, first.start, spans);
  }
  // A column header names what every row says, as in GFM tables: it governs the rows, each read whole
  // ("Metric" over "MT-Bench | score /10 | 8.21").
  const bodies = rows
    .map((row) => unique(row).filter((cell) => !header.includes(cell)))
    .filter((cells) => cells.length > 0)
    .flatMap((cells) => cells.map((cell) => [cell.start, cell.end] as [number, number]));
  header.forEach((cell, column) => {
    if (column === 0 || !cell?.text || header.indexOf(cell) !== column || bodies.length === 0) return;
    add('table-column', cell.text, cell.start, bodies);
  });
}

/** Cells in order, each once (a spanning cell fills several grid places). */
function unique(cells: (Cell | undefined)[]): Cell[] {
  return [...new Set(cells.filter((cell): cell is Cell => cell !== undefined))];
}
