/** The word counter indexes runs of letters and digits exactly as /[\p{L}\p{N}]+/gu finds them. */
import fc from 'fast-check';
import { createWordCounter } from '../../src/facts/sections.js';

function countByRegex(text: string, start: number, end: number): number {
  let count = 0;
  for (const match of text.matchAll(/[\p{L}\p{N}]+/gu)) if (match.index >= start && match.index < end) count++;
  return count;
}

describe('createWordCounter', () => {
  it('counts words in spans, ASCII or not', () => {
    const text = 'Hello wörld, 7B 模型 𝐀𝐁c d😀e';
    const words = createWordCounter(text);
    expect(words(0, text.length)).toBe(countByRegex(text, 0, text.length));
    expect(words(0, 5)).toBe(1);
    expect(words(3, 3)).toBe(0);
  });

  it('agrees with the Unicode regex on any text and span', () => {
    const pieces = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary' }),
      fc.string({ unit: 'grapheme' }),
      fc.constantFrom('ſ', '𝐀', '😀', '\uD800', '\uDC00', 'é', '٣', ' '),
    );
    fc.assert(
      fc.property(
        fc.array(pieces, { maxLength: 12 }).map((parts) => parts.join('')),
        fc.nat(),
        fc.nat(),
        (text, a, b) => {
          const start = text.length ? a % (text.length + 1) : 0;
          const end = text.length ? b % (text.length + 1) : 0;
          expect(createWordCounter(text)(start, end)).toBe(end <= start ? 0 : countByRegex(text, start, end));
        },
      ),
      { numRuns: 500 },
    );
  });
});
