/**
 * Every quantity the Markdown body states: one pass over the text-bearing nodes (paragraphs, headings,
 * tables, HTML blocks). Code blocks and inline code are never read.
 */
import type { Root } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import type { Quantity } from '../../model/card.js';
import type { Position } from '../../model/position.js';
import { MAX_UNIT_CHARS } from './kinds.js';
import { flattenInline, scanUnit, type Sink } from './scan.js';
import { gfmTableRows, scanHtml, scanTable } from './tables.js';

/** Where the card writes a scale word ("seventy billion"): found in one pass, asked per block by binary search. */
function scaleWordOffsets(text: string): { within: (start: number, end: number) => boolean } {
  const offsets: number[] = [];
  const pattern = /illion|thousand/gi;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) offsets.push(match.index);
  return {
    within(start, end) {
      let low = 0;
      let high = offsets.length;
      while (low < high) {
        const mid = (low + high) >> 1;
        if (offsets[mid] < start) low = mid + 1;
        else high = mid;
      }
      return low < offsets.length && offsets[low] < end;
    },
  };
}

/** Most blocks state no number at all; checking the source is far cheaper than flattening them. */
function hasDigit(text: string, start: number, end: number): boolean {
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index);
    if (code >= 48 && code <= 57) return true;
  }
  return false;
}

/**
 * Every quantity the Markdown body states, in document order, at the position of the number.
 * `maskedText` (same length as `text`, comments and boilerplate blanked) drops figures in blanked spans.
 */
export function extractQuantities(
  tree: Root,
  text: string,
  positionAt: (offset: number) => Position,
  maskedText?: string,
): Quantity[] {
  const sink: Sink = { text, maskedText, positionAt, quantities: [], statements: 0, tables: 0 };
  const scaleWords = scaleWordOffsets(text);
  // An HTML table split by blank lines spans several nodes; once read whole, its later nodes are skipped.
  let consumedUntil = -1;
  visit(tree, (node) => {
    if (node.type === 'root') return undefined;
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return SKIP;
    if (start < consumedUntil) return SKIP;
    // Checked on text blocks only: on nested containers the scans would repeat per level. Not on
    // HTML, whose table may continue (with its numbers) after a blank line.
    const block = node.type === 'paragraph' || node.type === 'heading' || node.type === 'table';
    if (block && !hasDigit(text, start, end) && !scaleWords.within(start, end)) return SKIP;
    switch (node.type) {
      case 'code':
      case 'yaml':
      case 'definition':
        return SKIP;
      case 'paragraph':
      case 'heading':
        if (end - start <= MAX_UNIT_CHARS) scanUnit(flattenInline(node, text), undefined, sink);
        return SKIP;
      case 'table':
        if (end - start <= MAX_UNIT_CHARS * 5) scanTable(gfmTableRows(node, text), sink);
        return SKIP;
      case 'html': {
        let spanEnd = end;
        const value = text.slice(start, end).toLowerCase();
        if (value.lastIndexOf('<table') > value.lastIndexOf('</table')) {
          const close = text
            .slice(end, start + MAX_UNIT_CHARS)
            .toLowerCase()
            .indexOf('</table');
          if (close !== -1) spanEnd = end + close;
        }
        if (spanEnd - start <= MAX_UNIT_CHARS) scanHtml(text, start, spanEnd, sink);
        consumedUntil = spanEnd;
        return SKIP;
      }
      default:
        return undefined;
    }
  });
  return sink.quantities;
}
