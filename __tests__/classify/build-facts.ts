/**
 * Builds CardFacts by hand for the classifier's tests: front matter from an object, sections from the
 * body's headings, quantities as listed (with the line they sit on). No parser involved.
 */
import { stringify } from 'yaml';
import type { CardFacts, MetadataEntry, Quantity, QuantityKind, Section } from '../../src/model/card.js';
import type { Position } from '../../src/model/position.js';

export interface QuantitySpec {
  kind: QuantityKind;
  value: number;
  /** The figure as written; found in the body (after the front matter) unless `line` or `near` says where. */
  raw?: string;
  /** 1-based line in the built card. */
  line?: number;
  /** Text on the figure's line, when `raw` occurs more than once. */
  near?: string;
  hardware?: string;
  source?: 'body' | 'frontMatter';
}

export interface FactsSpec {
  metadata?: Record<string, unknown>;
  /** Markdown body; headings become sections. */
  body?: string;
  /** Canonical names by heading title (as the vocabulary would give them). */
  canonical?: Record<string, string[]>;
  quantities?: QuantitySpec[];
}

export function buildFacts(spec: FactsSpec = {}): CardFacts {
  const frontMatter = spec.metadata ? `---\n${stringify(spec.metadata)}---\n` : '';
  const text = frontMatter + (spec.body ?? '');
  const lineStarts = [0];
  for (let index = text.indexOf('\n'); index >= 0; index = text.indexOf('\n', index + 1)) lineStarts.push(index + 1);
  const positionAt = (offset: number): Position => {
    let line = 0;
    while (line + 1 < lineStarts.length && lineStarts[line + 1] <= offset) line++;
    return { line: line + 1, column: offset - lineStarts[line] + 1 };
  };
  const bodyStart = frontMatter.length;
  const sections = buildSections(text, bodyStart, positionAt, spec.canonical ?? {});
  const lineOf = (line: number): string =>
    text.slice(lineStarts[line - 1] ?? text.length, (lineStarts[line] ?? text.length + 1) - 1);
  const quantities: Quantity[] = (spec.quantities ?? []).map((q) => {
    const raw = q.raw ?? String(q.value);
    const anchor = q.near ?? raw;
    const found = text.indexOf(anchor, q.source === 'frontMatter' ? 0 : bodyStart);
    const line = q.line ?? (found >= 0 ? positionAt(found).line : 1);
    const column = Math.max(1, lineOf(line).indexOf(raw) + 1);
    return {
      kind: q.kind,
      value: q.value,
      unit: 'count',
      raw,
      position: { line, column },
      source: q.source ?? (found >= 0 && found < bodyStart ? 'frontMatter' : 'body'),
      ...(q.hardware ? { hardware: q.hardware } : {}),
    };
  });
  return {
    text,
    metadata: flatten(spec.metadata ?? {}, frontMatter),
    frontMatterPosition: { line: 1, column: 1 },
    hasFrontMatter: !!spec.metadata,
    bodyStart,
    titlePosition: sections.find((section) => section.depth === 1)?.position ?? positionAt(bodyStart),
    sections,
    quantities,
    links: [],
    problems: [],
    positionAt,
  };
}

/** Dotted key paths with the line of each key, found by walking the YAML text in order. */
function flatten(metadata: Record<string, unknown>, yamlText: string): Map<string, MetadataEntry> {
  const lines = yamlText.split('\n');
  const entries = new Map<string, MetadataEntry>();
  let cursor = 1;
  const find = (key: string): Position => {
    for (let index = cursor; index < lines.length; index++) {
      const match = new RegExp(`^(\\s*(?:- )?)${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}${key ? ':' : ''}`).exec(
        lines[index],
      );
      if (match) {
        cursor = index + 1;
        return { line: index + 1, column: match[1].length + 1 };
      }
    }
    return { line: cursor + 1, column: 1 };
  };
  const visit = (value: unknown, path: string, position: Position): void => {
    entries.set(path, { value, position });
    if (Array.isArray(value)) {
      value.forEach((item, index) => {
        const itemPosition = typeof item === 'object' && item !== null ? position : find('');
        visit(item, `${path}.${index}`, itemPosition);
      });
    } else if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) visit(child, `${path}.${key}`, find(key));
    }
  };
  for (const [key, value] of Object.entries(metadata)) visit(value, key, find(key));
  return entries;
}

function buildSections(
  text: string,
  bodyStart: number,
  positionAt: (offset: number) => Position,
  canonical: Record<string, string[]>,
): Section[] {
  const heading = /^(#{1,6})[ \t]+(.*)$/gm;
  heading.lastIndex = bodyStart;
  const marks: { depth: number; title: string; start: number; bodyStart: number }[] = [];
  for (let match = heading.exec(text); match; match = heading.exec(text)) {
    marks.push({
      depth: match[1].length,
      title: match[2].trim(),
      start: match.index,
      bodyStart: match.index + match[0].length,
    });
  }
  const words = (start: number, end: number): number => (text.slice(start, end).match(/[\p{L}\p{N}]+/gu) ?? []).length;
  const firstStart = marks.length ? marks[0].start : text.length;
  const sections: Section[] = [
    {
      title: '',
      canonical: [],
      depth: 0,
      position: positionAt(bodyStart),
      start: bodyStart,
      bodyStart,
      bodyEnd: firstStart,
      subtreeEnd: firstStart,
      words: words(bodyStart, firstStart),
      subtreeWords: words(bodyStart, firstStart),
    },
  ];
  marks.forEach((mark, index) => {
    const bodyEnd = marks[index + 1]?.start ?? text.length;
    const closer = marks.find((other, j) => j > index && other.depth <= mark.depth);
    const subtreeEnd = closer?.start ?? text.length;
    sections.push({
      title: mark.title,
      canonical: canonical[mark.title] ?? [],
      depth: mark.depth,
      position: positionAt(mark.start),
      start: mark.start,
      bodyStart: mark.bodyStart,
      bodyEnd,
      subtreeEnd,
      words: words(mark.bodyStart, bodyEnd),
      subtreeWords: words(mark.bodyStart, subtreeEnd),
    });
  });
  return sections;
}

/** 1-based line of the first line containing `needle` in a built card. */
export function lineOf(facts: CardFacts, needle: string): number {
  const index = facts.text.indexOf(needle);
  if (index < 0) throw new Error(`"${needle}" is not in the card`);
  return facts.text.slice(0, index).split('\n').length;
}
