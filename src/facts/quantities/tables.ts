/** Tables (GFM and HTML) read by their structure, and HTML blocks: prose between tags, tables cell by cell. */
import type { Table } from 'mdast';
import type { Quantity } from '../../model/card.js';
import { kindFromHeader, type ColumnKind } from './columns.js';
import { addTag, addText, FlatText, TAG_NAME } from './flat-text.js';
import { flattenInline, scanUnit, type Sink } from './scan.js';

interface TableCellModel {
  flat: FlatText;
  rowSpan: number;
  colSpan: number;
  column: number;
}

/** A row label this long is a sentence, not a model's name. */
const MAX_ROW_LABEL = 80;
/** LaTeX around a label ("\\(n_{ctx}\\)"). */
const LATEX_MARKUP = /\\[()[\]]|[{}\\$]/g;
/** Configuration keys used as row labels of hyperparameter tables ("| n_ctx | 2048 |"). */
const CONFIG_KEY =
  /^(?:n_?ctx|num_ctx|n_positions|max_position_embeddings|max_seq_len(?:gth)?|n_param(?:eter)?s|num_parameters)$/i;

/**
 * Reads a table (GFM or HTML) by its structure: header kinds label the columns below them (a later
 * header row, as in a grouped `<thead>`, refines an earlier one), and each data row is one statement
 * about the model its first cell names.
 */
export function scanTable(rows: TableCellModel[][], sink: Sink, headerRows = 1): void {
  const remainingSpan: number[] = [];
  for (const row of rows) {
    let column = 0;
    for (const cell of row) {
      while ((remainingSpan[column] ?? 0) > 0) column++;
      cell.column = column;
      for (let k = 0; k < cell.colSpan; k++) remainingSpan[column + k] = cell.rowSpan;
      column += cell.colSpan;
    }
    for (let k = 0; k < remainingSpan.length; k++) if (remainingSpan[k] > 0) remainingSpan[k]--;
  }
  const columnKinds: (ColumnKind | undefined)[] = [];
  const table = sink.tables++;
  // A model name spanning rows ("Llama 3" over its 8B and 70B rows) names each of them.
  let spanning = { label: '', rowsLeft: 0 };
  const above = new Map<number, Quantity[]>();
  rows.forEach((row, index) => {
    if (index < Math.max(1, headerRows)) {
      for (const cell of row) {
        const kind = kindFromHeader(cell.flat.text);
        if (kind || index === 0) for (let k = 0; k < cell.colSpan; k++) columnKinds[cell.column + k] = kind;
        scanUnit(cell.flat, undefined, sink);
      }
      return;
    }
    const first = row[0];
    // In a key/value table a row label names the quantity ("| Parameters | 7B |"); "Llama 3 8B",
    // "test_context3" or a benchmark category in a wide table does not.
    const ownLabel = first && first.column === 0 ? first.flat.text.replace(/\s+/g, ' ').trim() : '';
    // A Markdown row with an empty first cell continues the row above ("| | | 3B (3.21B) | … |"): its empty
    // cells read as the ones above them, as a spanning cell would.
    const continues = ownLabel === '' && first?.column === 0 && spanning.label !== '' && spanning.rowsLeft <= 0;
    if (continues) spanning.rowsLeft = 1;
    else if (first && first.column === 0) spanning = { label: ownLabel, rowsLeft: first.rowSpan };
    const label = first && first.column === 0 && !continues ? ownLabel : spanning.rowsLeft > 0 ? spanning.label : '';
    spanning.rowsLeft--;
    const keyLabel = label.replace(LATEX_MARKUP, '');
    const keyValueRow =
      row.length <= 3 && label.length <= 40 && (!/[\d._]/.test(keyLabel) || CONFIG_KEY.test(keyLabel));
    const rowKind = keyValueRow ? kindFromHeader(keyLabel) : undefined;
    const context = { statement: sink.statements++, table, label: label.length <= MAX_ROW_LABEL ? label : '' };
    for (const cell of row) {
      const kind = columnKinds[cell.column] ?? (cell.column > 0 ? rowKind : undefined);
      if (continues && !cell.flat.text.trim()) {
        for (const quantity of above.get(cell.column) ?? [])
          quantity.rowsSpanned = context.statement - (quantity.statement ?? context.statement) + 1;
        continue;
      }
      const before = sink.quantities.length;
      // "| Hours used | 200,000 |", "| Hardware | 32 x 8 x A100 |": a key/value row reads as the list item
      // "Hours used: 200,000" would, its label a label of the value.
      const asLabelled =
        keyValueRow && !kind && cell.column > 0 && first !== cell && first?.column === 0 && label !== '';
      if (asLabelled) scanUnit(FlatText.joined(first.flat, ': ', cell.flat), undefined, sink, context);
      else scanUnit(cell.flat, kind, sink, context);
      // A cell spanning rows ("15T" beside both sizes) states a figure of each row's model.
      if (cell.rowSpan > 1)
        for (let k = before; k < sink.quantities.length; k++)
          sink.quantities[k].rowsSpanned = Math.min(cell.rowSpan, rows.length - index);
      if (!continues) above.set(cell.column, sink.quantities.slice(before));
    }
  });
}

export function gfmTableRows(table: Table, source: string): TableCellModel[][] {
  return table.children.map((row) =>
    row.children.map((cell) => ({ flat: flattenInline(cell, source), rowSpan: 1, colSpan: 1, column: 0 })),
  );
}

const SPAN_ATTRIBUTE = /\b(rowspan|colspan)\s*=\s*["']?(\d{1,3})/gi;

/**
 * Reads an HTML block: prose between tags, and `<table>`s cell by cell. Linear: every `<`, `>` and
 * `-->` is searched for once (positions only move forward).
 */
export function scanHtml(source: string, from: number, to: number, sink: Sink): void {
  let prose = new FlatText();
  let table: { rows: TableCellModel[][]; cell?: TableCellModel; inHead: boolean; headerRows: number } | undefined;
  let nextGt = -2;
  const target = (): FlatText | undefined => (table ? table.cell?.flat : prose);
  const flushProse = (): void => {
    scanUnit(prose, undefined, sink);
    prose = new FlatText();
  };
  const finishTable = (): void => {
    if (table) scanTable(table.rows, sink, table.headerRows);
    table = undefined;
  };
  let index = from;
  while (index < to) {
    const lt = source.indexOf('<', index);
    const textEnd = lt === -1 || lt >= to ? to : lt;
    const into = target();
    if (textEnd > index && into) addText(into, source, index, textEnd, false);
    if (textEnd >= to) break;
    if (source.startsWith('<!--', lt)) {
      const close = source.indexOf('-->', lt + 4);
      const end = close === -1 || close + 3 > to ? to : close + 3;
      target()?.addSynthetic(' ', lt, end - lt);
      index = end;
      continue;
    }
    if (nextGt !== -1 && nextGt <= lt) nextGt = source.indexOf('>', lt + 1);
    const tagName = TAG_NAME.exec(source.slice(lt, lt + 40));
    if (nextGt === -1 || nextGt >= to || nextGt - lt > 2000 || !tagName) {
      target()?.addVerbatim('<', lt);
      index = lt + 1;
      continue;
    }
    const tagEnd = nextGt + 1;
    const closing = tagName[1] !== undefined;
    const name = tagName[2].toLowerCase();
    if (name === 'table') {
      if (!closing) {
        flushProse();
        finishTable();
        table = { rows: [], inHead: false, headerRows: 1 };
      } else finishTable();
    } else if (table && name === 'thead') {
      table.inHead = !closing;
    } else if (table && (name === 'tbody' || name === 'tfoot')) {
      table.inHead = false;
    } else if (table && (name === 'tr' || name === 'td' || name === 'th')) {
      table.cell = undefined;
      if (name === 'tr' && !closing) {
        table.rows.push([]);
        if (table.inHead) table.headerRows = table.rows.length;
      }
      if (name !== 'tr' && !closing) {
        if (table.rows.length === 0) table.rows.push([]);
        const cell: TableCellModel = { flat: new FlatText(), rowSpan: 1, colSpan: 1, column: 0 };
        const tag = source.slice(lt, tagEnd);
        SPAN_ATTRIBUTE.lastIndex = 0;
        for (let span = SPAN_ATTRIBUTE.exec(tag); span; span = SPAN_ATTRIBUTE.exec(tag)) {
          const count = Math.min(Math.max(Number(span[2]), 1), 100);
          if (span[1].toLowerCase() === 'rowspan') cell.rowSpan = count;
          else cell.colSpan = count;
        }
        table.rows[table.rows.length - 1].push(cell);
        table.cell = cell;
      }
    } else {
      const into = target();
      if (into) addTag(into, source.slice(lt, Math.min(tagEnd, lt + 40)), lt, tagEnd - lt);
    }
    index = tagEnd;
  }
  finishTable();
  flushProse();
}
