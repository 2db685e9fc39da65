/**
 * Views of a card's text for pattern matching. Blanked spans become spaces (newlines kept), so every
 * offset in a view is an offset in the card and `facts.positionAt` still applies.
 */
import type { CardFacts, Section } from '../model/card.js';
import { ALERT_MARKER, areFieldLines, blank as blankSpan, MACHINE_FIELD } from './mask.js';
import { recordFields } from './record-blocks.js';

interface Views {
  /** Body with front matter, HTML comments and code blocks blanked; URLs kept (licence links live there). */
  body: string;
  /**
   * `body` with HTML tags, link targets and bare URLs blanked too, and a paragraph's soft line breaks
   * read as spaces ("language\nmodels" is "language models"): what prose patterns search.
   */
  prose: string;
  lineStarts: number[];
  /** `body` with a paragraph's soft line breaks read as spaces, made when first asked for. */
  joinedBody?: string;
}

const views = new WeakMap<CardFacts, Views>();

function viewsOf(facts: CardFacts): Views {
  let cached = views.get(facts);
  if (!cached) {
    const body = blank(
      blank(blank(blankFrontMatter(facts.text, facts.bodyStart), /<!--[\s\S]*?(?:-->|$)/g), ALERT_MARKER),
      null,
    );
    const prose = joinSoftBreaks(
      blank(
        blank(blank(body, /<\/?[a-zA-Z][^<>\n]{0,500}>/g), /\]\((?:[^()\s]|\([^()\s]*\))*\)/g),
        /\bhttps?:\/\/[^\s)\]>"']+/g,
      ),
    );
    const lineStarts = [0];
    for (let index = facts.text.indexOf('\n'); index >= 0; index = facts.text.indexOf('\n', index + 1)) {
      lineStarts.push(index + 1);
    }
    cached = { body, prose, lineStarts };
    views.set(facts, cached);
  }
  return cached;
}

export function bodyText(facts: CardFacts): string {
  return viewsOf(facts).body;
}

/** `bodyText` with soft line breaks as spaces: phrases wrapped across lines ("a modified version\nof X") read whole. */
export function joinedBodyText(facts: CardFacts): string {
  const cached = viewsOf(facts);
  cached.joinedBody ??= joinSoftBreaks(cached.body);
  return cached.joinedBody;
}

export function proseText(facts: CardFacts): string {
  return viewsOf(facts).prose;
}

/** The offset of a 1-based position in the card. */
export function offsetOf(facts: CardFacts, position: { line: number; column: number }): number {
  const start = viewsOf(facts).lineStarts[position.line - 1];
  return start === undefined ? facts.text.length : start + position.column - 1;
}

/** The raw text of a 1-based line, without its line break. */
export function lineText(facts: CardFacts, line: number): string {
  const { lineStarts } = viewsOf(facts);
  const start = lineStarts[line - 1];
  if (start === undefined) return '';
  const end = lineStarts[line] ?? facts.text.length;
  return facts.text.slice(start, end).replace(/\r?\n$/, '');
}

/**
 * Where a sentence, list item, table cell or paragraph ends. Abbreviations ("Art. 51", "e.g.", "approx.")
 * end none, so a claim citing "Article 51" or "Art. 51" stays one sentence.
 */
export const SENTENCE_END =
  /(?<!\b(?:Art|art|Arts|approx|ca|cf|e\.g|i\.e|vs|No|Fig|Sec|Eq|et al|para|pt))[.!?](?=\s)|\n[ \t]*\n|\n(?=[ \t]*(?:[-*+]|\d+[.)])\s)|\|/;

export interface Sentence {
  text: string;
  start: number;
}

/** Splits a span into sentences, list items, table cells and paragraphs. */
export function sentencesIn(text: string, start: number, end: number): Sentence[] {
  const sentences: Sentence[] = [];
  const boundary = new RegExp(SENTENCE_END.source, 'g');
  boundary.lastIndex = start;
  let from = start;
  for (let match = boundary.exec(text); match && match.index < end; match = boundary.exec(text)) {
    push(from, match.index + match[0].length);
    from = match.index + match[0].length;
  }
  push(from, end);
  return sentences;

  function push(a: number, b: number): void {
    const slice = text.slice(a, b);
    const lead = slice.length - slice.trimStart().length;
    const trimmed = slice.trim();
    if (/[\p{L}\p{N}]/u.test(trimmed)) sentences.push({ text: trimmed, start: a + lead });
  }
}

/** A short quotation for a reason. */
export function excerpt(text: string, max = 90): string {
  const flat = text
    .replace(/[*_`#>|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/**
 * Lines that are not a paragraph's words: blank, a heading, a table row, a list item, a quote, a fence, a setext
 * underline, a machine field ("output_watermarking: none", "training_data.sources: …").
 */
const NOT_CONTINUED = new RegExp(
  String.raw`^[ \t]*(?:$|#|\||[-*+][ \t]|\d{1,3}[.)][ \t]|>|\`\`\`|~~~|={3,}|-{3,}|${MACHINE_FIELD})`,
);
const NOT_CONTINUING = /^[ \t]*(?:$|#|\|)|(?: {2}|\\)$/;

/** A paragraph's soft line breaks become spaces (offsets kept); breaks around headings, tables, list items stay. */
function joinSoftBreaks(text: string): string {
  const parts: string[] = [];
  let copied = 0;
  let lineStart = 0;
  for (let end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', end + 1)) {
    const nextEnd = text.indexOf('\n', end + 1);
    const line = text.slice(lineStart, end);
    const next = text.slice(end + 1, nextEnd < 0 ? text.length : nextEnd);
    if (!NOT_CONTINUING.test(line) && !NOT_CONTINUED.test(next) && !areFieldLines(line, next)) {
      // The break (and a carriage return before it) becomes a space: offsets stay.
      const cut = text.charCodeAt(end - 1) === 13 ? end - 1 : end;
      parts.push(text.slice(copied, cut), cut < end ? '  ' : ' ');
      copied = end + 1;
    }
    lineStart = end + 1;
  }
  if (!parts.length) return text;
  parts.push(text.slice(copied));
  return parts.join('');
}

function blankFrontMatter(text: string, bodyStart: number): string {
  return bodyStart > 0 ? spaces(text.slice(0, bodyStart)) + text.slice(bodyStart) : text;
}

/** Blanks matches of `pattern`, or fenced code blocks when `pattern` is null. */
function blank(text: string, pattern: RegExp | null): string {
  if (pattern) return text.replace(pattern, spaces);
  if (!text.includes('```') && !text.includes('~~~')) return text;
  const lines = text.split('\n');
  let fence: string | null = null;
  let info = '';
  let opened = 0;
  for (let index = 0; index < lines.length; index++) {
    const marker = /^[ \t]{0,3}(`{3,}|~{3,})(.*)$/.exec(lines[index]);
    if (fence === null && marker) {
      fence = marker[1];
      info = marker[2];
      opened = index;
      lines[index] = spaces(lines[index]);
    } else if (fence !== null) {
      const closes = !!marker && marker[1][0] === fence[0] && marker[1].length >= fence.length && !marker[2].trim();
      if (closes || index === lines.length - 1) {
        // A registry record pasted as YAML or JSON is read as the card's text; code stays blank.
        const body = lines.slice(opened + 1, closes ? index : index + 1);
        if (!recordFields(info, body.join('\n')))
          for (let line = opened + 1; line <= index; line++) lines[line] = spaces(lines[line]);
        else if (closes) lines[index] = spaces(lines[index]);
        fence = null;
      }
    }
  }
  return lines.join('\n');
}

const spaces = (text: string): string => blankSpan(text);

/**
 * Gives each section its own value, or else the value of the heading it sits under. A heading with no
 * words ("## ") continues the section before it, as cards use it for spacing.
 */
export function inheritedScopes<T>(sections: Section[], own: (section: Section) => T | null): (T | null)[] {
  const stack: { depth: number; scope: T | null }[] = [];
  let previous: T | null = null;
  return sections.map((section) => {
    if (section.depth > 0 && !section.title.trim()) return previous;
    while (stack.length && stack[stack.length - 1].depth >= section.depth) stack.pop();
    const scope = own(section) ?? stack[stack.length - 1]?.scope ?? null;
    stack.push({ depth: section.depth, scope });
    previous = scope;
    return scope;
  });
}

/** Index of the section a 1-based line belongs to (the last heading at or above it). */
export function sectionIndexAtLine(sections: Section[], line: number): number {
  let found = 0;
  for (let index = 0; index < sections.length; index++) {
    if (sections[index].position.line <= line) found = index;
    else break;
  }
  return found;
}

/** The model's own name from the title ("Model Card for OLMo 2 13B" → "olmo2"), sizes removed; null if none. */
export function ownModelKey(sections: Section[]): string | null {
  const title = sections.find((section) => section.depth === 1)?.title ?? '';
  const key = title
    .replace(/^\s*model\s*card\s*(?:for|of|:|-|–)?\s*/i, '')
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\b\d+(?:\.\d+)?\s*[kmbt]\b/gi, ' ')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
  return key.length >= 3 ? key : null;
}

/** Lower-case letters and digits only, for comparing names across "OLMo-2", "OLMo 2" and "**OLMo2**". */
export function nameKey(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}
