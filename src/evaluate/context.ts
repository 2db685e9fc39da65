/** What a matcher sees: the card's facts and, once decided, its tier. */
import type { ExtendedFacts } from '../facts/extract-facts.js';
import type { Position } from '../model/position.js';
import type { Classification } from '../model/tier.js';

export interface MatchContext {
  facts: ExtendedFacts;
  classification: Classification;
}

/** Where evidence was found and a short quote of it. */
export interface Hit {
  position: Position;
  quote: string;
}

/** The line around an offset, trimmed: what a reviewer needs to recognise the evidence. */
export function quoteAt(text: string, offset: number, maxLength = 140): string {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  let lineEnd = text.indexOf('\n', offset);
  if (lineEnd === -1) lineEnd = text.length;
  let from = lineStart;
  if (offset - lineStart > maxLength / 2) from = offset - Math.floor(maxLength / 4);
  const quote = text
    .slice(from, Math.min(lineEnd, from + maxLength))
    .replace(/\s+/g, ' ')
    .trim();
  return (from > lineStart ? '…' : '') + quote + (Math.min(lineEnd, from + maxLength) < lineEnd ? '…' : '');
}

/** A quote under its heading or label, unless the quoted line already opens with that label. */
export function underTitle(title: string, quote: string): string {
  const label = title.replace(/[\s:：]+$/, '');
  const plain = quote.replace(/^[…\s*_#>|-]+/, '');
  return plain.toLowerCase().startsWith(label.toLowerCase()) ? quote : `${label}: ${quote}`;
}
