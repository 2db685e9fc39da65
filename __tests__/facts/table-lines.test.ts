/** Table rows read by offset: the label cell, a cell's column and a row's trimmed cells, with and without outer pipes. */
import { escapeRegExp } from '../../src/facts/escape-regexp.js';
import { columnAt, lineFrom, pipeCells, rowCells } from '../../src/facts/table-lines.js';

const table = '| Model | Params |\n|---|---|\n| Aurel-3 | 7B |\nlast | row';

describe('table lines', () => {
  it('reads the line from its start to its break, or to the end of the text', () => {
    expect(lineFrom(table, table.indexOf('| Aurel-3'))).toBe('| Aurel-3 | 7B |');
    expect(lineFrom(table, table.indexOf('last'))).toBe('last | row');
  });

  it('keeps the text before the first pipe, so the label cell is the second element', () => {
    expect(pipeCells('| Aurel-3 | 7B |')[1]).toBe(' Aurel-3 ');
    expect(pipeCells('Aurel-3 | 7B')[0]).toBe('Aurel-3 ');
  });

  it('counts the column of an offset from the opening pipe', () => {
    const rowStart = table.indexOf('| Aurel-3');
    expect(columnAt(table, rowStart, table.indexOf('Aurel-3'))).toBe(1);
    expect(columnAt(table, rowStart, table.indexOf('7B'))).toBe(2);
  });

  it('gives trimmed cells without the outer pipes, keeping empty ones', () => {
    expect(rowCells('  | a | b |  ')).toEqual(['a', 'b']);
    expect(rowCells('a | | c')).toEqual(['a', '', 'c']);
  });
});

describe('escapeRegExp', () => {
  it('makes a name with metacharacters match only itself', () => {
    const pattern = new RegExp(escapeRegExp('Aurel-3.5 (v2)+[beta]'));
    expect(pattern.test('about Aurel-3.5 (v2)+[beta] here')).toBe(true);
    expect(pattern.test('Aurel-3x5 v2')).toBe(false);
  });
});
