/** Scanning one flattened node (paragraph, heading, cell): every number classified and placed in the card. */
import type { Nodes, Parent } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import type { Quantity, QuantityKind } from '../../model/card.js';
import type { Position } from '../../model/position.js';
import { classify } from './classify-number.js';
import type { ColumnKind } from './columns.js';
import { addTag, addText, FlatText } from './flat-text.js';
import { MAX_NUMBERS_PER_UNIT, MAX_QUANTITIES, MAX_UNIT_CHARS, UNIT_OF, withinRange } from './kinds.js';
import { NUMBER_PATTERN, readNumber, readWordNumber, WORD_NUMBER_PATTERN, type StatedNumber } from './numbers.js';
import { CHIP_ANYWHERE } from './units.js';

export interface Sink {
  text: string;
  maskedText?: string;
  positionAt: (offset: number) => Position;
  quantities: Quantity[];
  /** The next free statement id (a sentence or a table row) and table id. */
  statements: number;
  tables: number;
}

/** A table row: every figure in it describes the model its first cell names. */
export interface RowContext {
  statement: number;
  table: number;
  label: string;
}

/** Where one sentence, list item or paragraph ends and the next begins ("Art. 51", "approx. 3M" do not end one). */
const SENTENCE_BREAK =
  /(?<!\b(?:Art|art|approx|ca|cf|e\.g|i\.e|vs|No|Fig|Sec|et al))[.!?](?=\s)|\n[ \t]*\n|\n[ \t]*(?:[-*+]|\d+[.)])\s/;
/** Written sizes need a scale word; most units have none. */
const SCALE_WORD = /thousand|illion/i;
/** "batch size of approximately 3.15M tokens": tokens per optimiser step. */
const BATCH_BEFORE =
  /\bbatch(?:[ _-]?size)?s?\s*(?:of|:|=|was|is|were)?\s*(?:(?:approximately|approx\.?|about|around|roughly|~|≈)\s*)?$/i;
const TOKENS_AFTER = /^\s?tokens?\b/i;
/** "for a total of 150,000 steps", "150k training iterations". */
const STEPS_AFTER = /^\s?(?:(?:training|optimi[sz]ation|gradient|update)\s)?(?:steps|iterations|updates)\b/i;

export function scanUnit(flat: FlatText, column: ColumnKind | undefined, sink: Sink, row?: RowContext): void {
  const text = flat.text;
  if (!text || text.length > MAX_UNIT_CHARS || column?.kind === 'ignore') return;
  const digits = /\d/.test(text);
  const words = !column && SCALE_WORD.test(text);
  if (!digits && !words) return;
  const numbers = readNumbers(text, digits, words);
  let statement = row ? row.statement : sink.statements++;
  let previousEnd = 0;
  let batch: { number: StatedNumber; length: number } | undefined;
  let steps: { number: StatedNumber; length: number } | undefined;
  for (const number of numbers) {
    if (sink.quantities.length >= MAX_QUANTITIES) return;
    if (!row && number.start > previousEnd && SENTENCE_BREAK.test(text.slice(previousEnd, number.start)))
      statement = sink.statements++;
    previousEnd = number.end;
    const found = classify(text, number, column);
    if (!found) {
      if (!row) {
        const after = text.slice(number.end, number.end + 40);
        const tokens = TOKENS_AFTER.exec(after);
        const stepWord = STEPS_AFTER.exec(after);
        if (tokens && !batch && BATCH_BEFORE.test(text.slice(Math.max(0, number.start - 60), number.start)))
          batch = { number, length: tokens[0].length };
        else if (stepWord && !steps && number.value >= 100) steps = { number, length: stepWord[0].length };
      }
      continue;
    }
    const quantity = place(flat, sink, found.kind, found.value, found.start, found.end);
    if (!quantity) continue;
    const hardware =
      found.hardware ??
      (found.kind === 'gpuHours' || found.kind === 'gpuCount'
        ? nearbyChipInCard(sink, flat.absStart(found.start))
        : undefined);
    if (hardware) quantity.hardware = hardware;
    sink.quantities.push(withStatement(quantity, statement, row));
  }
  if (batch && steps) addBatchTimesSteps(flat, sink, batch, steps, statement);
}

/** Numbers in document order: digits, and sizes in words ("seventy billion") when the text has a scale word. */
function readNumbers(text: string, digits: boolean, words: boolean): StatedNumber[] {
  const numbers: StatedNumber[] = [];
  if (digits) {
    NUMBER_PATTERN.lastIndex = 0;
    for (
      let match = NUMBER_PATTERN.exec(text);
      match && numbers.length < MAX_NUMBERS_PER_UNIT;
      match = NUMBER_PATTERN.exec(text)
    ) {
      const number = readNumber(match, text);
      if (number) numbers.push(number);
    }
  }
  if (words) {
    WORD_NUMBER_PATTERN.lastIndex = 0;
    for (
      let match = WORD_NUMBER_PATTERN.exec(text);
      match && numbers.length < MAX_NUMBERS_PER_UNIT;
      match = WORD_NUMBER_PATTERN.exec(text)
    ) {
      numbers.push(readWordNumber(match));
    }
    numbers.sort((a, b) => a.start - b.start);
  }
  return numbers;
}

/** A quantity at flat offsets start..end, or undefined when that span is blanked (boilerplate, comments). */
function place(
  flat: FlatText,
  sink: Sink,
  kind: QuantityKind,
  value: number,
  start: number,
  end: number,
): Quantity | undefined {
  const absStart = flat.absStart(start);
  if (sink.maskedText && isMasked(sink.text, sink.maskedText, absStart)) return undefined;
  const absEnd = flat.absEnd(end);
  return {
    kind,
    value,
    unit: UNIT_OF[kind],
    raw: sink.text.slice(absStart, absEnd),
    position: sink.positionAt(absStart),
    source: 'body',
  };
}

function withStatement(quantity: Quantity, statement: number, row: RowContext | undefined): Quantity {
  quantity.statement = statement;
  if (row) {
    quantity.table = row.table;
    if (row.label) quantity.rowLabel = row.label;
  }
  return quantity;
}

/** Training tokens = tokens per batch × steps, when one paragraph states both ("3.15M tokens … 150,000 steps"). */
function addBatchTimesSteps(
  flat: FlatText,
  sink: Sink,
  batch: { number: StatedNumber; length: number },
  steps: { number: StatedNumber; length: number },
  statement: number,
): void {
  const value = batch.number.value * steps.number.value;
  if (!withinRange('trainingTokens', value) || value < 1e6) return;
  const first = batch.number.start < steps.number.start ? batch : steps;
  const last = first === batch ? steps : batch;
  const quantity = place(flat, sink, 'trainingTokens', value, first.number.start, last.number.end + last.length);
  if (!quantity) return;
  quantity.derivation = `batch size ${flat.text.slice(batch.number.start, batch.number.end)} tokens × ${flat.text.slice(steps.number.start, steps.number.end)} steps`;
  sink.quantities.push(withStatement(quantity, statement, undefined));
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
/** An inline HTML tag that opens or closes struck-through text ("<del>", "</s>"). */
const STRUCK_OPEN = /^<(?:del|s|strike)\b[^<>]*>$/i;
const STRUCK_CLOSE = /^<\/(?:del|s|strike)\s*>$/i;

export function flattenInline(node: Parent, source: string): FlatText {
  const flat = new FlatText();
  // Inside "<del>…</del>": withdrawn words, read as nothing.
  let struck = false;
  visit(node, (visited) => {
    if (visited === node) return undefined;
    const child = visited as Nodes;
    const start = child.position?.start.offset;
    const end = child.position?.end.offset;
    if (start === undefined || end === undefined) return SKIP;
    if (struck && child.type !== 'html') {
      flat.bridgeTo(start, source);
      flat.addSynthetic(' ', start, end - start);
      return SKIP;
    }
    switch (child.type) {
      case 'text':
        flat.bridgeTo(start, source);
        addText(flat, source, start, end, true);
        return SKIP;
      case 'html':
        if (STRUCK_OPEN.test(child.value)) struck = true;
        else if (STRUCK_CLOSE.test(child.value)) struck = false;
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
      // "~~7B~~ to be confirmed": struck-through text is withdrawn, no figure of the card.
      case 'delete':
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
