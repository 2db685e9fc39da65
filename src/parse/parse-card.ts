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
import { Document, LineCounter, parseDocument } from 'yaml';
import type { Position } from '../model/position.js';
import type { ParseProblem } from '../model/card.js';
import { createPositionIndex } from './position-index.js';

export interface ParsedCard {
  /** The card text without a leading BOM. */
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

export function parseCard(rawText: string): ParsedCard {
  const text = rawText.charCodeAt(0) === 0xfeff ? rawText.slice(1) : rawText;
  const positionAt = createPositionIndex(text);
  const problems: ParseProblem[] = [];

  // A blank line before the opening fence is common in hand-written cards; remark only accepts the
  // fence on the first line, so parse from the fence and shift the tree back.
  const leadingBlank = /^(?:[ \t]*\r?\n)+(?=---[ \t]*\r?\n)/.exec(text);
  const base = leadingBlank ? leadingBlank[0].length : 0;
  const tree = processor.parse(base ? text.slice(base) : text) as Root;
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
  } else if (/^---[ \t]*\r?\n/.test(text.slice(base))) {
    problems.push({
      message: 'Front matter opened with "---" is never closed; expected a closing "---" line. The card is read as Markdown only.',
      position: positionAt(base),
    });
  }
  return { text, tree, frontMatter, frontMatterOffset, frontMatterFenceOffset, bodyStart, problems, positionAt };
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
