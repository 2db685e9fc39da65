/**
 * Parses a model card into its Markdown tree (remark) and its front matter (yaml), keeping every
 * offset relative to the card's own text so positions point at the file as written.
 */
import type { Root } from 'mdast';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import { visit } from 'unist-util-visit';
import { Document, LineCounter, parseDocument, isAlias, visit as visitYaml } from 'yaml';
import type { Position } from '../model/position.js';
import type { ParseProblem } from '../model/card.js';
import { createPositionIndex } from './position-index.js';
import { readWrittenLayout } from '../facts/written-layout.js';

export interface ParsedCard {
  /**
   * The card text without a leading BOM and with CRLF (or a lone CR) line endings turned into LF.
   * Lines and columns stay those of the file as written (a CR only ever ends a line), and a phrase
   * that runs over a line break matches in a CRLF card as it does in an LF one.
   */
  text: string;
  tree: Root;
  /** The parsed front matter, or null when the card has none (or it could not be delimited). */
  frontMatter: Document | null;
  /** Offset of the first character of the YAML text inside `text`. */
  frontMatterOffset: number;
  /** Offset of the opening `---`, or 0. */
  frontMatterFenceOffset: number;
  /** Offset where the Markdown body starts. */
  bodyStart: number;
  problems: ParseProblem[];
  positionAt(offset: number): Position;
}

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm);

/** Aliases beyond this are refused: a billion-laughs document stops here instead of eating memory. */
export const MAX_YAML_ALIASES = 100;

/**
 * Block quotes, list markers and indentation deeper than this many columns at the start of a line
 * are read as plain text. Real cards nest a few levels; thousands of levels make the Markdown
 * parser's work grow with depth × lines and overflow the stack of every tree visitor.
 */
export const MAX_NESTING_COLUMNS = 32;

export function parseCard(rawText: string): ParsedCard {
  const unmarked = rawText.charCodeAt(0) === 0xfeff ? rawText.slice(1) : rawText;
  const text = unmarked.includes('\r') ? unmarked.replace(/\r\n?/g, '\n') : unmarked;
  const positionAt = createPositionIndex(text);
  const problems: ParseProblem[] = [];
  const limited = limitNesting(text);
  if (limited.firstOffset !== undefined) {
    const at = positionAt(limited.firstOffset);
    const lines = limited.lines === 1 ? '1 line' : `${limited.lines} lines`;
    problems.push({
      message: `Markdown nested more than ${MAX_NESTING_COLUMNS} columns deep (block quotes, lists or indentation) from line ${at.line} (${lines}); the deeper part is read as plain text`,
      position: at,
    });
  }
  // Same length as `text`, so every offset into it is an offset into the card as written.
  const markdown = readWrittenLayout(limited.text);

  // A blank line before the opening fence is common in hand-written cards; remark only accepts the
  // fence on the first line, so parse from the fence and shift the tree back.
  const leadingBlank = /^(?:[ \t]*\r?\n)+(?=---[ \t]*\r?\n)/.exec(text);
  const base = leadingBlank ? leadingBlank[0].length : 0;
  const tree = processor.parse(base ? markdown.slice(base) : markdown) as Root;
  if (base) shiftTree(tree, base, positionAt);

  let frontMatter: Document | null = null;
  let frontMatterOffset = 0;
  let frontMatterFenceOffset = 0;
  let bodyStart = 0;
  const first = tree.children[0];
  if (first && first.type === 'yaml' && first.position) {
    frontMatterFenceOffset = first.position.start.offset ?? 0;
    frontMatterOffset = text.indexOf('\n', frontMatterFenceOffset) + 1;
    bodyStart = first.position.end.offset ?? 0;
    const lineCounter = new LineCounter();
    frontMatter = parseDocument(first.value, { lineCounter, uniqueKeys: false, prettyErrors: false });
    // One broken line cascades into dozens of YAML errors; the first one is the useful one.
    const [firstError, ...more] = frontMatter.errors;
    if (firstError) {
      const at = positionAt(frontMatterOffset + (firstError.pos?.[0] ?? 0));
      const tail = more.length ? ` (and ${more.length} more YAML error${more.length === 1 ? '' : 's'} after it)` : '';
      const effect = '; the front matter is ignored and the card is read as Markdown only';
      problems.push({ message: `Front matter YAML: ${firstLine(firstError.message)}${tail}${effect}`, position: at });
    }
    if (frontMatter.errors.length > 0) frontMatter = null;
    else if (first.value.includes('*') && hasAlias(frontMatter)) {
      // The yaml package expands aliases only on conversion: try it once, with its alias limit.
      try {
        frontMatter.toJS({ maxAliasCount: MAX_YAML_ALIASES });
      } catch (error) {
        const reason =
          error instanceof ReferenceError
            ? 'aliases expand too far (a resource-exhaustion pattern)'
            : firstLine(String((error as Error)?.message ?? error));
        problems.push({
          message: `Front matter YAML: ${reason}; the front matter is ignored and the card is read as Markdown only`,
          position: positionAt(frontMatterFenceOffset),
        });
        frontMatter = null;
      }
    }
  } else if (/^---[ \t]*\r?\n/.test(text.slice(base))) {
    problems.push({
      message:
        'Front matter opened with "---" is never closed; expected a closing "---" line. The card is read as Markdown only.',
      position: positionAt(base),
    });
  }
  return { text, tree, frontMatter, frontMatterOffset, frontMatterFenceOffset, bodyStart, problems, positionAt };
}

function hasAlias(document: Document): boolean {
  let found = false;
  visitYaml(document, (_key, node) => {
    if (isAlias(node)) {
      found = true;
      return visitYaml.BREAK;
    }
    return undefined;
  });
  return found;
}

/** A line prefix this long (in characters) might be deeper than the limit; shorter ones never are. */
const DEEP_PREFIX = new RegExp(`^[ \\t>*+\\-.)0-9]{${Math.floor(MAX_NESTING_COLUMNS / 4)},}`, 'm');

/**
 * Replaces, length for length, the part of each line's container prefix (spaces, tabs, `>` and
 * list markers) beyond MAX_NESTING_COLUMNS with no-break spaces, which Markdown reads as text.
 * Front matter and fenced code are left alone. Iterative and linear in the text.
 */
export function limitNesting(text: string): { text: string; firstOffset?: number; lines: number } {
  if (!DEEP_PREFIX.test(text)) return { text, lines: 0 };
  let start = 0;
  // Skip a front matter block: it is YAML, where indentation is not nesting of Markdown.
  const open = /^(?:[ \t]*\r?\n)*---[ \t]*\r?\n/.exec(text);
  if (open) {
    const close = /^(?:---|\.\.\.)[ \t]*$/m.exec(text.slice(open[0].length));
    if (close) start = open[0].length + close.index;
  }
  const pieces: string[] = [text.slice(0, start)];
  let firstOffset: number | undefined;
  let lines = 0;
  let fence: string | undefined;
  let copied = start;
  for (let lineStart = start; lineStart < text.length;) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    let column = 0;
    let i = lineStart;
    let cut = -1;
    while (i < lineEnd) {
      if (cut === -1 && column >= MAX_NESTING_COLUMNS) cut = i;
      const char = text.charCodeAt(i);
      if (char === 0x20 || char === 0x3e) {
        column++;
        i++;
      } else if (char === 0x09) {
        column += 4 - (column % 4);
        i++;
      } else if ((char === 0x2d || char === 0x2a || char === 0x2b) && isBlankAt(text, i + 1)) {
        column++;
        i++;
      } else {
        ORDERED_MARKER.lastIndex = i;
        const match = ORDERED_MARKER.exec(text);
        if (!match) break;
        column += match[0].length;
        i += match[0].length;
      }
    }
    const rest = text.slice(i, Math.min(lineEnd, i + 3));
    if (fence !== undefined) {
      if (rest.startsWith(fence)) fence = undefined;
    } else if (column <= 3 && (rest === '```' || rest === '~~~') && !/[^ ]/.test(text.slice(lineStart, i))) {
      // Only a top-level fence: inside a container, a line that leaves the container ends the code.
      fence = rest;
    } else if (cut !== -1 && /\S/.test(text.slice(cut, Math.min(lineEnd, i + 1)))) {
      pieces.push(text.slice(copied, cut), '\u00a0'.repeat(i - cut));
      copied = i;
      firstOffset ??= lineStart;
      lines++;
    }
    lineStart = lineEnd + 1;
  }
  if (lines === 0) return { text, lines: 0 };
  pieces.push(text.slice(copied));
  return { text: pieces.join(''), firstOffset, lines };
}

const ORDERED_MARKER = /\d{1,9}[.)](?=[ \t])/y;

function isBlankAt(text: string, index: number): boolean {
  const char = text.charCodeAt(index);
  return char === 0x20 || char === 0x09;
}

function firstLine(message: string): string {
  const line = message.split('\n')[0];
  return line.length > 200 ? `${line.slice(0, 200)}…` : line;
}

function shiftTree(tree: Root, base: number, positionAt: (offset: number) => Position): void {
  visit(tree, (node) => {
    const position = node.position;
    if (!position) return;
    for (const point of [position.start, position.end]) {
      const offset = (point.offset ?? 0) + base;
      const at = positionAt(offset);
      point.offset = offset;
      point.line = at.line;
      point.column = at.column;
    }
  });
}
