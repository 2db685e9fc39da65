/**
 * Builds the card's section list: Markdown and HTML headings, plus bold lead-in labels
 * ("**Intended Use Cases** …", "**Input Type(s):** Text") that many real cards use instead of headings.
 */
import type { Root, RootContent, Paragraph, Heading } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Section } from '../model/card.js';
import type { Position } from '../model/position.js';
import { normalizeHeading } from './normalize-heading.js';
import { canonicalNames, type Vocabulary } from './vocabulary.js';

interface Marker {
  title: string;
  depth: number;
  /** Offset where the heading starts. */
  start: number;
  /** Offset where its own body starts. */
  bodyStart: number;
  /** Labels are scoped by the next label or heading, never by depth. */
  isLabel: boolean;
  /** Canonical names, when already looked up (labels are looked up to be recognised at all). */
  canonical?: string[];
}

const HTML_HEADING = /^\s*<h([1-6])\b[^>]*>([\s\S]{0,300}?)<\/h\1>/i;
/** A bold lead-in of more words than this is emphasis, not a label. */
export const LABEL_MAX_WORDS = 8;

export function buildSections(
  tree: Root,
  maskedText: string,
  bodyStart: number,
  positionAt: (offset: number) => Position,
  vocabulary: Vocabulary,
): Section[] {
  const markers: Marker[] = [];
  for (const node of tree.children) collectMarkers(node, markers, vocabulary);
  const end = maskedText.length;
  const words = createWordCounter(maskedText);
  const sections: Section[] = [];
  // The text before the first heading is a section of its own (cards often open with a summary).
  const firstStart = markers.length ? markers[0].start : end;
  sections.push(makeSection('', [], 0, bodyStart, bodyStart, firstStart, firstStart));
  markers.forEach((marker, index) => {
    const next = markers[index + 1];
    const bodyEnd = next ? next.start : end;
    let subtreeEnd = bodyEnd;
    if (!marker.isLabel) {
      subtreeEnd = end;
      for (let j = index + 1; j < markers.length; j++) {
        if (!markers[j].isLabel && markers[j].depth <= marker.depth) {
          subtreeEnd = markers[j].start;
          break;
        }
      }
    }
    const canonical = marker.canonical ?? canonicalNames(normalizeHeading(marker.title), vocabulary);
    sections.push(
      makeSection(marker.title, canonical, marker.depth, marker.start, marker.bodyStart, bodyEnd, subtreeEnd),
    );
  });
  return sections;

  function makeSection(
    title: string,
    canonical: string[],
    depth: number,
    start: number,
    ownStart: number,
    ownEnd: number,
    subtreeEnd: number,
  ): Section {
    return {
      title,
      canonical,
      depth,
      position: positionAt(start),
      start,
      bodyStart: ownStart,
      bodyEnd: Math.max(ownStart, ownEnd),
      subtreeEnd: Math.max(ownStart, subtreeEnd),
      words: words(ownStart, ownEnd),
      subtreeWords: words(ownStart, subtreeEnd),
    };
  }
}

function collectMarkers(node: RootContent, markers: Marker[], vocabulary: Vocabulary): void {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return;
  if (node.type === 'heading') {
    markers.push({ title: headingText(node), depth: node.depth, start, bodyStart: end, isLabel: false });
  } else if (node.type === 'html') {
    const match = HTML_HEADING.exec(node.value);
    if (match) {
      const title = match[2].replace(/<[^>]*>/g, ' ');
      markers.push({ title, depth: Number(match[1]), start, bodyStart: start + match[0].length, isLabel: false });
    }
  } else if (node.type === 'paragraph') {
    for (const [at, label] of fieldLabels(node).entries()) {
      const canonical = canonicalNames(normalizeHeading(label.text), vocabulary);
      // A later field of a spec sheet ends the one before it, whatever it names.
      if (canonical.length === 0 && at === 0) continue;
      markers.push({
        title: label.text,
        depth: labelDepth(markers),
        start: label.start === node.position?.start.offset ? start : label.start,
        bodyStart: label.end,
        isLabel: true,
        canonical,
      });
    }
  } else if (node.type === 'list') {
    // "- **Input:** text" items: each labelled item is its own small section.
    for (const item of node.children) {
      const paragraph = item.children[0];
      if (paragraph?.type !== 'paragraph') continue;
      const label = leadingLabel(paragraph);
      const itemStart = item.position?.start.offset;
      const canonical =
        label && itemStart !== undefined ? canonicalNames(normalizeHeading(label.text), vocabulary) : [];
      if (label && itemStart !== undefined && canonical.length > 0) {
        markers.push({
          title: label.text,
          depth: labelDepth(markers),
          start: itemStart,
          bodyStart: label.end,
          isLabel: true,
          canonical,
        });
      }
    }
  }
}

function headingText(node: Heading): string {
  return toString(node);
}

/** A paragraph opening with strong text of a few words ("**Model type:** …") names its topic. */
export function leadingLabel(paragraph: Paragraph): { text: string; end: number } | null {
  const first = paragraph.children[0];
  if (!first || first.type !== 'strong' || first.position?.end.offset === undefined) return null;
  const text = toString(first).trim();
  if (!text || text.split(/\s+/).length > LABEL_MAX_WORDS) return null;
  return { text, end: first.position.end.offset };
}

/** A bold label opening a later line of a paragraph, with its colon: "**Context:** 128k" after a soft break. */
const FIELD_COLON = /^\s*[:：]/;

/**
 * The bold field labels of a paragraph: the one it opens with, and each that opens a later line and
 * ends in a colon. A spec sheet written one "**Field:** value" per line is one paragraph of fields.
 */
export function fieldLabels(paragraph: Paragraph): { text: string; start: number; end: number }[] {
  const labels: { text: string; start: number; end: number }[] = [];
  const leading = leadingLabel(paragraph);
  if (leading) labels.push({ ...leading, start: paragraph.children[0].position!.start.offset! });
  const children = paragraph.children;
  for (let i = 1; i < children.length; i++) {
    const child = children[i];
    const before = children[i - 1];
    const lineBefore = before.type === 'break' || (before.type === 'text' && /\n[ \t]*$/.test(before.value));
    if (child.type !== 'strong' || !lineBefore) continue;
    const start = child.position?.start.offset;
    const end = child.position?.end.offset;
    if (start === undefined || end === undefined) continue;
    const text = toString(child).trim();
    const after = children[i + 1];
    const colon = /[:：]$/.test(text) || (after?.type === 'text' && FIELD_COLON.test(after.value));
    if (colon && text && text.split(/\s+/).length <= LABEL_MAX_WORDS) labels.push({ text, start, end });
  }
  return labels;
}

/** A label sits one level below the heading it appears under. */
function labelDepth(markers: Marker[]): number {
  for (let i = markers.length - 1; i >= 0; i--) if (!markers[i].isLabel) return markers[i].depth + 1;
  return 1;
}

const WORD_CHARACTER = /[\p{L}\p{N}]/uy;

/**
 * Counts words of content in any span in O(log n): word starts are indexed once, so nested
 * sections do not rescan the text. Boilerplate and comments are already blanked in `maskedText`.
 */
export function createWordCounter(maskedText: string): (start: number, end: number) => number {
  const starts = wordStarts(maskedText);
  const firstAtOrAfter = (offset: number): number => {
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (starts[mid] < offset) low = mid + 1;
      else high = mid;
    }
    return low;
  };
  return (start, end) => (end <= start ? 0 : firstAtOrAfter(end) - firstAtOrAfter(start));
}

/**
 * Where each run of letters and digits (/[\p{L}\p{N}]+/u) starts. ASCII is classified inline and
 * only other characters go through the Unicode regex: most cards are almost all ASCII.
 */
function wordStarts(text: string): number[] {
  const starts: number[] = [];
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let isWord: boolean;
    if (code < 0x80) {
      const lower = code | 0x20;
      isWord = (code >= 0x30 && code <= 0x39) || (lower >= 0x61 && lower <= 0x7a);
    } else {
      WORD_CHARACTER.lastIndex = i;
      isWord = WORD_CHARACTER.test(text);
      // A letter outside the BMP is one character of two code units.
      if (isWord && WORD_CHARACTER.lastIndex === i + 2) {
        if (!inWord) starts.push(i);
        inWord = true;
        i++;
        continue;
      }
    }
    if (isWord && !inWord) starts.push(i);
    inWord = isWord;
  }
  return starts;
}

/** Whether a section starts with a Markdown or HTML heading rather than a bold label. */
export function isHeading(text: string, start: number): boolean {
  const first = text.charCodeAt(start);
  return first === 35 /* # */ || (first === 60 /* < */ && /^<h[1-6]\b/i.test(text.slice(start, start + 4)));
}
