/** Converts offsets in a text into 1-based line/column positions by binary search over line starts. */
import type { Position } from '../model/position.js';

export function createPositionIndex(text: string): (offset: number) => Position {
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  return (offset: number): Position => {
    const clamped = Math.max(0, Math.min(offset, text.length));
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (lineStarts[mid] <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: clamped - lineStarts[low] + 1 };
  };
}
