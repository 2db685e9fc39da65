/** Scanning one flattened node (paragraph, heading, cell): every number classified and placed in the card. */
import type { Nodes, Parent } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import type { Quantity } from '../../model/card.js';
import type { Position } from '../../model/position.js';
import { classify } from './classify-number.js';
import type { ColumnKind } from './columns.js';
import { addTag, addText, FlatText } from './flat-text.js';
import { MAX_NUMBERS_PER_UNIT, MAX_QUANTITIES, MAX_UNIT_CHARS, UNIT_OF } from './kinds.js';
import { NUMBER_PATTERN, readNumber } from './numbers.js';
import { CHIP_ANYWHERE } from './units.js';

export interface Sink {
  text: string;
  maskedText?: string;
  positionAt: (offset: number) => Position;
  quantities: Quantity[];
}

export function scanUnit(flat: FlatText, column: ColumnKind | undefined, sink: Sink): void {
  const text = flat.text;
  if (!text || text.length > MAX_UNIT_CHARS || column?.kind === 'ignore') return;
  if (!/\d/.test(text)) return;
  NUMBER_PATTERN.lastIndex = 0;
  let seen = 0;
  for (let match = NUMBER_PATTERN.exec(text); match; match = NUMBER_PATTERN.exec(text)) {
    if (++seen > MAX_NUMBERS_PER_UNIT || sink.quantities.length >= MAX_QUANTITIES) return;
    const number = readNumber(match, text);
    if (!number) continue;
    const found = classify(text, number, column);
    if (!found) continue;
    const absStart = flat.absStart(found.start);
    if (sink.maskedText && isMasked(sink.text, sink.maskedText, absStart)) continue;
    const absEnd = flat.absEnd(found.end);
    const quantity: Quantity = {
      kind: found.kind,
      value: found.value,
      unit: UNIT_OF[found.kind],
      raw: sink.text.slice(absStart, absEnd),
      position: sink.positionAt(absStart),
      source: 'body',
    };
    const hardware = found.hardware ?? (found.kind === 'gpuHours' || found.kind === 'gpuCount' ? nearbyChipInCard(sink, absStart) : undefined);
    if (hardware) quantity.hardware = hardware;
    sink.quantities.push(quantity);
  }
}

/** The nearest chip named within a few lines of a GPU figure ("Hardware Type: A100" one bullet up). */
function nearbyChipInCard(sink: Sink, offset: number): string | undefined {
  const source = sink.maskedText ?? sink.text;
  const from = Math.max(0, offset - 300);
  const window = source.slice(from, offset + 300);
  let best: string | undefined;
  let bestDistance = Infinity;
  CHIP_ANYWHERE.lastIndex = 0;
  for (let match = CHIP_ANYWHERE.exec(window); match; match = CHIP_ANYWHERE.exec(window)) {
    const distance = Math.abs(from + match.index - offset);
    if (distance < bestDistance) {
      best = match[1];
      bestDistance = distance;
    }
  }
  return best;
}

function isMasked(text: string, maskedText: string, offset: number): boolean {
  return maskedText.charCodeAt(offset) === 32 && text.charCodeAt(offset) !== 32;
}

/** Flattens a paragraph, heading or table cell: text and inline HTML read, code and URLs skipped. */
export function flattenInline(node: Parent, source: string): FlatText {
  const flat = new FlatText();
  visit(node, (visited) => {
    if (visited === node) return undefined;
    const child = visited as Nodes;
    const start = child.position?.start.offset;
    const end = child.position?.end.offset;
    if (start === undefined || end === undefined) return SKIP;
    switch (child.type) {
      case 'text':
        flat.bridgeTo(start, source);
        addText(flat, source, start, end, true);
        return SKIP;
      case 'html':
        flat.bridgeTo(start, source);
        addTag(flat, child.value, start, end - start);
        return SKIP;
      case 'link': {
        const only = child.children.length === 1 ? child.children[0] : undefined;
        // A bare URL's text is the URL: sizes in it ("…/Llama-2-70b") are not statements.
        if (only?.type === 'text' && (only.value === child.url || /^(?:https?:\/\/|www\.)/i.test(only.value))) {
          flat.bridgeTo(start, source);
          flat.addSynthetic(' ', start, end - start);
          return SKIP;
        }
        return undefined;
      }
      case 'inlineCode':
      case 'image':
      case 'imageReference':
      case 'footnoteReference':
      case 'break':
        flat.bridgeTo(start, source);
        flat.addSynthetic(' ', start, end - start);
        return SKIP;
      default:
        return undefined;
    }
  });
  return flat;
}
