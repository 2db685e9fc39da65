/** Spans of card text that matchers search: section subtrees, merged and sorted. */
import type { Section } from '../../model/card.js';

export function subtreeSpan(section: Section): [number, number] {
  // The heading's own words are not evidence of content: "## Training Data" alone says nothing.
  return [section.bodyStart, section.subtreeEnd];
}

export function mergeSpans(spans: [number, number][]): [number, number][] {
  spans.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else merged.push([...span]);
  }
  return merged;
}
