/**
 * Regions: every place a card names a duty, and the content that name governs — a heading and its
 * subtree, a bold lead-in label, a labelled list item ("- Red teaming: …"), a table row (its first
 * cell) or column (its header), a front-matter key. Names are read with the duty term lists
 * (terms.ts), so "Red-Teaming", "Adversarial tests" and "Sicherheitstests" all name their duty.
 */
import type { Code, List, Paragraph, Root, RootContent, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { MetadataEntry, Section } from '../model/card.js';
import type { Position } from '../model/position.js';
import { collectHtmlTables } from './html-table-regions.js';
import { CHAT_NICK, CHAT_TIME, LEADING_SYMBOLS } from './mask.js';
import { normalizeHeading } from './normalize-heading.js';
import { recordFields } from './record-blocks.js';
import { classifyStatement, type StatementMode } from './statement-mode.js';
import { labelAboutBase } from './subject/own-names.js';
import { fieldLabels, isHeading, LABEL_MAX_WORDS, leadingLabel } from './sections.js';
import { leadingTaskName } from './task-name.js';
import { topicsIn, type TermIndex } from './terms.js';

export type RegionKind = 'heading' | 'label' | 'list-item' | 'table-row' | 'table-column' | 'front-matter';

export interface Region {
  kind: RegionKind;
  /** The naming words as written. */
  title: string;
  topics: string[];
  position: Position;
  /** Offsets into the card text of the content the name governs (empty for front-matter keys). */
  spans: [number, number][];
  /** Front-matter keys only: the value as text. */
  value?: string;
  /** Front-matter keys only: what the value does ("energy_consumption: not measured" denies, "coming soon" plans). */
  valueMode?: StatementMode;
}

/**
 * "Red teaming: …", "Evaluation results – …": a short plain label before a colon or dash. A period inside one
 * ends a short capitalised abbreviation ("EU Auth. Rep.:", "Dist.:"), not a sentence.
 */
const PLAIN_LABEL =
  /^((?:[^:\n.!?|]|(?<=(?:^|[\s(])\p{Lu}\p{Ll}{0,4})\.(?=[ \t]?\p{L}|[ \t]*:)){2,60}?)(?:\s*:|\s+[-–—]\s)/u;
const MEMO_LIMIT = 20_000;
const memos = new WeakMap<TermIndex, Map<string, string[]>>();

/** Topics named by a heading, label or cell (memoised: the same few thousand labels recur). */
export function topicsOfLabel(label: string, terms: TermIndex): string[] {
  let memo = memos.get(terms);
  if (!memo) memos.set(terms, (memo = new Map()));
  let topics = memo.get(label);
  if (!topics) {
    const normalized = normalizeHeading(label);
    topics = isIdentifier(normalized) ? [] : topicsIn(normalized, terms);
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(label, topics);
  }
  return topics;
}

/** "distilbert-base-uncased-finetuned-emotion": a model id used as a title, not words that name a duty. */
function isIdentifier(label: string): boolean {
  if (/\s/.test(label) || !/[-_/.]/.test(label)) return false;
  return /\d/.test(label) || label.split(/[-_/.]/).length >= 3;
}

export function collectRegions(
  tree: Root,
  text: string,
  sections: Section[],
  metadata: Map<string, MetadataEntry>,
  positionAt: (offset: number) => Position,
  terms: TermIndex,
): Region[] {
  if (terms.topics.length === 0) return [];
  const regions: Region[] = [];
  const add: Add = (kind, title, start, spans, named) => {
    const topics = named ?? topicsOfLabel(title, terms);
    if (topics.length > 0) regions.push({ kind, title, topics, position: positionAt(start), spans });
  };
  const known = new Set<number>();
  sections.forEach((section, index) => {
    if (section.depth === 0 || !section.title) return;
    known.add(section.start);
    add('heading', section.title, section.start, ownSpans(index));
  });
  /** A heading's subtree without the subheadings that name other duties ("### Framework versions" under "## Contact"). */
  function ownSpans(index: number): [number, number][] {
    const section = sections[index];
    const topics = topicsOfLabel(section.title, terms);
    const spans: [number, number][] = [];
    let from = section.bodyStart;
    for (let i = index + 1; i < sections.length && sections[i].start < section.subtreeEnd; i++) {
      const sub = sections[i];
      if (sub.start < from || !isHeading(text, sub.start)) continue;
      const subTopics = topicsOfLabel(sub.title, terms);
      if (subTopics.length === 0 || subTopics.some((topic) => topics.includes(topic))) continue;
      spans.push([from, sub.start]);
      from = sub.subtreeEnd;
    }
    if (from < section.subtreeEnd) spans.push([from, section.subtreeEnd]);
    return spans;
  }
  // Bold labels the section vocabulary does not know: "**Red teaming.** …" up to the next heading or label.
  const nodes = tree.children;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    const start = node.position?.start.offset;
    if (start === undefined) continue;
    if (node.type === 'paragraph') {
      const labels = fieldLabels(node);
      // Each field of a spec sheet governs its own line; the last governs up to the next heading or label.
      // Fields naming one duty ("**Release date:** …", "**Distribution:** …") are read together too.
      const byTopic = new TopicGroups(terms);
      labels.forEach((label, at) => {
        const from = at === 0 ? start : label.start;
        const span: [number, number] = [label.end, labels[at + 1]?.start ?? labelScopeEnd(nodes, i)];
        if (!known.has(from)) add('label', label.text, from, [span]);
        byTopic.add(label.text, from, span);
      });
      byTopic.addGroups('label', add);
      if (labels.length === 0 && !known.has(start)) {
        collectLineLabels(node, add);
        collectLeadLine(node, nodes[i + 1], add);
      }
    } else if (node.type === 'list') collectListItems(node, add, terms);
    else if (node.type === 'table') collectTable(node, add, terms);
    else if (node.type === 'code') collectRecordFields(node, text, add);
    else if (node.type === 'html' && /<table/i.test(node.value)) collectHtmlTables(node.value, start, add);
    if (node.type === 'html' && /<summary/i.test(node.value)) collectCollapsedBlock(nodes, i, add);
  }
  collectQuestions(nodes, text, add);
  for (const [key, entry] of metadata) {
    // A key one level inside a provider's own block ("eu_ai_act: {authorised_representative: …}") is named by its own name.
    const path = key.split('.');
    if (path.length > 2 || (path.length === 2 && (NOT_A_BLOCK.test(path[0]) || /^\d+$/.test(path[1])))) continue;
    const label = path[path.length - 1].replace(/[_-]/g, ' ');
    // "base_model_license: apache-2.0" is the base's value, "systemic_risk_threshold_flops: 1e25" the Act's: not this model's.
    if (labelAboutBase(label) || THRESHOLD_KEY.test(label)) continue;
    const topics = topicsOfLabel(label, terms);
    // Only a key that names a duty has its value read: a collection's is converted on first read
    // (model-index, thousands of nodes) and serialised here.
    if (topics.length === 0) continue;
    const value =
      typeof entry.value === 'string'
        ? entry.value
        : typeof entry.value === 'number'
          ? String(entry.value)
          : entry.value && typeof entry.value === 'object'
            ? JSON.stringify(withoutOthersKeys(entry.value))
            : '';
    // "license: {{ license }}", "contact: '{{ incident_email }}'": a template's slots left unfilled say nothing.
    const leaves = leafStrings(entry.value);
    if (
      !value ||
      value === '{}' ||
      (leaves.length > 0 && leaves.every((leaf) => classifyStatement(leaf) === 'placeholder'))
    )
      continue;
    const valueMode = typeof entry.value === 'string' ? classifyStatement(value) : undefined;
    regions.push({ kind: 'front-matter', title: key, topics, position: entry.position, spans: [], value, valueMode });
  }
  return regions;
}

type Add = (kind: RegionKind, title: string, start: number, spans: [number, number][], topics?: string[]) => void;

/** The strings of a front-matter value, however nested (a few levels: values of a provider's block). */
function leafStrings(value: unknown, depth = 0): string[] {
  if (typeof value === 'string') return [value];
  if (depth > 3 || !value || typeof value !== 'object') return [];
  return Object.values(value).flatMap((inner) => leafStrings(inner, depth + 1));
}

/** A block without its keys about the base model or the Act's thresholds ("eu_ai_act: {systemic_risk_threshold_flops: …}"). */
function withoutOthersKeys(value: object): unknown {
  if (Array.isArray(value)) return value;
  return Object.fromEntries(
    Object.entries(value).filter(([inner]) => {
      const label = inner.replace(/[_-]/g, ' ');
      return !labelAboutBase(label) && !THRESHOLD_KEY.test(label);
    }),
  );
}

const THRESHOLD_KEY = /\b(?:thresholds?|presum\w*)\b/i;

/** Front-matter blocks whose inner keys are data, not a provider's labels. */
const NOT_A_BLOCK = /^(?:model-index|widget|extra_gated_fields|inference|datasets|language|tags|base_model)$/;

const SUMMARY = /<summary[^>]*>([\s\S]{1,200}?)<\/summary>/i;

/**
 * A collapsed block ("<details><summary>Training data</summary> … </details>") is a section by another
 * name: its summary names what the block holds, up to the closing tag.
 */
function collectCollapsedBlock(nodes: RootContent[], index: number, add: Add): void {
  const node = nodes[index];
  if (node.type !== 'html') return;
  const match = SUMMARY.exec(node.value);
  const start = node.position?.start.offset;
  if (!match || start === undefined) return;
  const title = match[1]
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const afterSummary = start + match.index + match[0].length;
  const closeInNode = node.value.indexOf('</details>', match.index + match[0].length);
  let end = closeInNode >= 0 ? start + closeInNode : (node.position?.end.offset ?? afterSummary);
  if (closeInNode < 0) {
    for (let j = index + 1; j < nodes.length; j++) {
      const next = nodes[j];
      end = next.position?.end.offset ?? end;
      if (next.type === 'heading') {
        end = next.position?.start.offset ?? end;
        break;
      }
      if (next.type === 'html' && /<\/details>/i.test(next.value)) {
        end = (next.position?.start.offset ?? end) + next.value.search(/<\/details>/i);
        break;
      }
    }
  }
  if (title && end > afterSummary) add('label', title, start + match.index, [[afterSummary, end]]);
}

/** A label governs what follows it up to the next heading, bold label or thematic break. */
function labelScopeEnd(nodes: RootContent[], index: number): number {
  for (let j = index + 1; j < nodes.length; j++) {
    const next = nodes[j];
    if (next.type === 'heading' || next.type === 'thematicBreak' || (next.type === 'paragraph' && leadingLabel(next)))
      return next.position!.start.offset!;
  }
  return nodes[nodes.length - 1].position?.end.offset ?? 0;
}

function collectListItems(list: List, add: Add, terms: TermIndex): void {
  const byTopic = new TopicGroups(terms);
  for (const item of list.children) {
    const first = item.children[0];
    const itemStart = item.position?.start.offset;
    const itemEnd = item.position?.end.offset;
    if (first?.type === 'paragraph' && itemStart !== undefined && itemEnd !== undefined) {
      const label = leadingLabel(first) ?? plainLabel(first) ?? (item.checked === true ? taskName(first) : null);
      if (label) {
        add('list-item', label.text, itemStart, [[label.end, itemEnd]]);
        byTopic.add(label.text, itemStart, [label.end, itemEnd]);
      }
    }
    for (const child of item.children) if (child.type === 'list') collectListItems(child, add, terms);
  }
  // Items that each give a part of one duty ("- Release date: …", "- Channels: …") are read together, as table rows are.
  byTopic.addGroups('list-item', add);
}

/**
 * Rows or items grouped by the duty their labels name: each alone is too short to show how specific
 * the whole is, so those naming one duty are also read together, as a section on it would be.
 */
class TopicGroups {
  private readonly groups = new Map<string, { labels: string[]; start: number; spans: [number, number][] }>();
  constructor(private readonly terms: TermIndex) {}

  add(label: string, start: number, span: [number, number]): void {
    for (const topic of topicsOfLabel(label, this.terms)) {
      const group = this.groups.get(topic) ?? { labels: [], start, spans: [] };
      group.labels.push(label.replace(/[\s:：]+$/, ''));
      group.spans.push(span);
      this.groups.set(topic, group);
    }
  }

  addGroups(kind: RegionKind, add: Add): void {
    for (const [topic, group] of this.groups)
      if (group.spans.length >= 2) add(kind, group.labels.join('; '), group.start, group.spans, [topic]);
  }
}

function collectTable(table: Table, add: Add, terms: TermIndex): void {
  const [header, ...rows] = table.children;
  if (!header) return;
  const byTopic = new TopicGroups(terms);
  for (const row of rows) {
    const [first, second] = row.children;
    const from = second?.position?.start.offset;
    const to = row.position?.end.offset;
    if (!first || from === undefined || to === undefined) continue;
    const label = toString(first);
    add('table-row', label, row.position!.start.offset!, [[from, to]]);
    byTopic.add(label, row.position!.start.offset!, [from, to]);
  }
  // Rows that each name a part of one duty ("| CBRN | … |", "| Cyber offence | … |") are read together too.
  byTopic.addGroups('table-row', add);
  // A column header names what every row of the table says ("| Benchmark | Shots | Aurel-3 |",
  // "| Version | Released | Channels |"): it governs the rows, each read whole, but not a row whose cell
  // under it is empty ("| Aurel-3 | – | 0.74 |" under "| Model | Training compute | GenEval |" gives no compute).
  header.children.forEach((cell, column) => {
    if (cell.position?.start.offset === undefined) return;
    const bodies: [number, number][] = [];
    for (const row of rows) {
      const { start, end } = row.position ?? {};
      if (start?.offset === undefined || end?.offset === undefined) continue;
      const own = row.children[column];
      if (column > 0 && own && classifyStatement(toString(own)) === 'placeholder') continue;
      bodies.push([start.offset, end.offset]);
    }
    if (bodies.length) add('table-column', toString(cell), cell.position.start.offset, bodies);
  });
}

/**
 * The fields of a registry record in a fenced block ("red_teaming.external: Haldane Security, 3 weeks"): each
 * governs its value and the lines indented under it, named by its key's words.
 */
function collectRecordFields(code: Code, text: string, add: Add): void {
  const start = code.position?.start.offset;
  if (start === undefined) return;
  const fields = recordFields(code.lang ? `${code.lang} ${code.meta ?? ''}`.trim() : '', code.value);
  if (!fields) return;
  const bodyStart = text.indexOf('\n', start) + 1;
  if (bodyStart <= 0) return;
  const lines = code.value.split('\n');
  const lineStarts: number[] = [];
  for (let index = 0, offset = bodyStart; index < lines.length; index++) {
    lineStarts.push(offset);
    offset += lines[index].length + 1;
  }
  const indent = (line: number) => /^\s*/.exec(lines[line])![0].length;
  fields.forEach(({ key, line }, at) => {
    let end = lines.length;
    for (const next of fields.slice(at + 1))
      if (indent(next.line) <= indent(line)) {
        end = next.line;
        break;
      }
    const from = lineStarts[line] + lines[line].indexOf(key) + key.length;
    const to = end < lines.length ? lineStarts[end] - 1 : lineStarts[lines.length - 1] + lines[lines.length - 1].length;
    if (to > from) add('label', key.replace(/[_.-]+/g, ' '), lineStarts[line], [[from, to]]);
  });
}

/**
 * A short line with no closing punctuation: a heading that lost its markup in a PDF or Word export ("LIMITI NOTI"),
 * or a list's plain lead-in ("Known limitations:").
 */
const LEAD_LINE = new RegExp(
  String.raw`^[ \t]*${LEADING_SYMBOLS}(?![-*+•▪◦·–—]\s)((?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?\p{L}[^\n.,;:!?|]{1,58}[^\s.,;:!?|])[ \t]*[:：]?[ \t]*$`,
  'u',
);
const LEAD_LINE_MAX_WORDS = 8;
/** What opens a line that a lead line governs: a bullet, a capital, a digit. */
const GOVERNED_LINE = /^[ \t]*(?:[•▪◦·–—-]\s|\p{Lu}|\d)/u;

/** A line that ends on a word a sentence goes on from ("… trained by Alexwww with"): wrapped prose, not a heading. */
const WRAPPED_END =
  /(?<![\p{L}])(?:with|of|a|an|the|by|to|for|and|or|in|on|at|from|that|is|are|was|were|mit|von|der|die|das|und|de|du|des|la|le|les|et|y|el|los|con|di|il|e|van|het|en|met)$/iu;
/** A finite verb makes a short line a sentence ("Outputs are NOT watermarked"), not a title. */
const FINITE_VERB =
  /(?<![\p{L}])(?:is|are|was|were|has|have|had|will|would|can|could|should|must|does|do|did)(?![\p{L}])/iu;
/** Capitalised as a heading is: ALL CAPS, Title Case of two words or more, or numbered ("3.2 Training data"). */
function headingLike(line: string): boolean {
  if (/^\d+(?:\.\d+)*\.?\s+\p{L}/u.test(line)) return true;
  const words = line.split(/\s+/).filter((word) => /\p{L}{4,}/u.test(word));
  if (words.length && words.every((word) => word === word.toUpperCase())) return true;
  return words.length >= 2 && words.every((word) => /^\P{Ll}*\p{Lu}/u.test(word));
}

/**
 * A paragraph's first line that stands alone as a heading, as exports from PDF or Word leave them: over the
 * rest of its paragraph ("Deployment requirements" over "• GPU: …" lines), or, alone, over the list or
 * paragraph right after it.
 */
function collectLeadLine(paragraph: Paragraph, next: RootContent | undefined, add: Add): void {
  const first = paragraph.children[0];
  if (first?.type !== 'text' || first.position?.start.offset === undefined) return;
  const start = first.position.start.offset;
  const newline = first.value.indexOf('\n');
  const line = newline < 0 ? first.value : first.value.slice(0, newline);
  const match = LEAD_LINE.exec(line);
  if (
    !match ||
    match[1].split(/\s+/).length > LEAD_LINE_MAX_WORDS ||
    WRAPPED_END.test(match[1]) ||
    FINITE_VERB.test(match[1])
  )
    return;
  if (newline >= 0) {
    if (!GOVERNED_LINE.test(first.value.slice(newline + 1))) return;
    add('label', match[1], start, [[start + newline + 1, paragraph.position!.end.offset!]]);
  } else if (
    (next?.type === 'list' || (next?.type === 'paragraph' && headingLike(match[1]))) &&
    next.position?.start.offset !== undefined
  ) {
    add('label', match[1], start, [[next.position.start.offset, next.position.end.offset!]]);
  }
}

/**
 * Lines of a paragraph that start with a short plain label, as terse vendor cards write them
 * ("Training data: public web text and code." / "Incidents: contact us."): each governs its line.
 */
function collectLineLabels(paragraph: Paragraph, add: Add): void {
  let atLineStart = true;
  for (const child of paragraph.children) {
    if (child.type !== 'text' || child.position?.start.offset === undefined) {
      atLineStart = false;
      continue;
    }
    let offset = child.position.start.offset;
    const lines = child.value.split('\n');
    lines.forEach((line, index) => {
      if (index > 0) atLineStart = true;
      if (atLineStart) {
        const match = PLAIN_LABEL.exec(line);
        if (match && match[1].trim().split(/\s+/).length <= LABEL_MAX_WORDS / 2 + 1) {
          // A label alone on its line ("Intended uses:" with the value wrapped below) governs the rest of the paragraph.
          const alone = line.slice(match[0].length).trim() === '';
          const end = index < lines.length - 1 && !alone ? offset + line.length : paragraph.position!.end.offset!;
          add('label', match[1].trim(), offset, [[offset + match[0].length, end]]);
        }
      }
      atLineStart = false;
      offset += line.length + 1;
    });
  }
}

/** "Red teaming: TBD" in a list item: the words before the colon, when they are few. */
function plainLabel(paragraph: Paragraph): { text: string; end: number } | null {
  const first = paragraph.children[0];
  if (first?.type !== 'text' || first.position?.start.offset === undefined) return null;
  const match = PLAIN_LABEL.exec(first.value);
  if (!match || match[1].trim().split(/\s+/).length > LABEL_MAX_WORDS / 2 + 1) return null;
  return { text: match[1].trim(), end: first.position.start.offset + match[0].length };
}

/** "- [x] Licence. The base model …": a task item's name before its first period. */
function taskName(paragraph: Paragraph): { text: string; end: number } | null {
  const first = paragraph.children[0];
  if (first?.type !== 'text' || first.position?.start.offset === undefined) return null;
  const name = leadingTaskName(first.value);
  return name && { text: name.text, end: first.position.start.offset + name.length };
}

/**
 * Who speaks, before a line of a transcript or chat: "**Host:**", "Q:", "R (Lena Vogt):", "[14:30] @omar:",
 * "<kofi>", "- 16:02 @ruben:".
 */
const SPEAKER_PREFIX = new RegExp(
  String.raw`^[ \t]*(?:[-*][ \t]+)?(?:\[?${CHAT_TIME}\]?[ \t]*)?(?:<${CHAT_NICK}>|@${CHAT_NICK}[ \t]*:|(?:\*\*|__)?[^:\n*?]{1,40}?(?:\*\*|__)?[ \t]*[:：](?:\*\*|__)?(?=[ \t]))?[ \t]*`,
  'u',
);
/** A question, one sentence short enough to name what its answer is about: "Any watermarking?", "How was it trained?". */
const QUESTION_LINE = /^(?:[^\n?.!]|[.!](?=\S)){3,200}\?[\s"'”’)*]*$/u;
const QUESTION_MAX_WORDS = 20;
/** "What does 'systemic risk' mean?", "¿Qué significa…?", "What's this Article 54 thing?": its answer explains the law or a word. */
const ASKS_MEANING =
  /\b(?:what (?:does|do|is meant by)\b[^?]{1,60}\b(?:mean|stand for)|what(?:'s| is) (?:this|that) (?:[\w-]+ ){1,3}thing)\b|(?<![\p{L}])(?:was (?:bedeutet|heißt|meint)|que (?:signifie|veut dire)|qu['’]est-ce que|qué significa|qué quiere decir|cosa (?:significa|vuol dire)|che cosa significa|wat (?:betekent|houdt)|wat is (?:een|de definitie))(?![\p{L}])/iu;
/** "What did the previous model score?", "What do competitors offer?": its answer is about other models. */
const ASKS_OF_OTHERS =
  /\b(?:(?:previous|prior|earlier|older|last) (?:model|version|generation|release)s?|predecessors?|competitors?|competition|rivals?|other (?:models|labs|providers))\b/i;
/** An answer is the few blocks after its question: past them the card has moved on. */
const ANSWER_MAX_BLOCKS = 4;

/**
 * A paragraph's lines with a sentence wrapped over several lines joined back ("**Q:**\nHave you\nnotified the\nCommission?"):
 * a line continues the one before unless that one ends a sentence or the line opens with its own speaker.
 */
function wrappedLines(paragraph: string, from: number): { line: string; start: number }[] {
  const joined: { line: string; start: number }[] = [];
  let offset = from;
  for (const line of paragraph.split('\n')) {
    const last = joined[joined.length - 1];
    const before = last?.line.replace(/[*_`\s]+$/, '') ?? '';
    const ownSpeaker = SPEAKER_PREFIX.exec(line)![0].trim() !== '';
    const onlySpeaker = last !== undefined && SPEAKER_PREFIX.exec(last.line)![0].length === last.line.length;
    if (last && !ownSpeaker && (onlySpeaker || !/[.!?:;)]$/.test(before))) last.line += `\n${line}`;
    else joined.push({ line, start: offset });
    offset += line.length + 1;
  }
  return joined;
}

/**
 * A question put in an interview, a FAQ or a chat ("**Q:** How was Aurel-3 trained?", "[14:30] @omar: do we
 * have an EU rep?") names what its answer is about, as a heading would: it governs the lines and blocks that
 * follow, up to the next question, heading or thematic break.
 */
function collectQuestions(nodes: RootContent[], text: string, add: Add): void {
  const questions: { title: string; start: number; answerStart: number; block: number }[] = [];
  nodes.forEach((node, block) => {
    if (node.type !== 'paragraph') return;
    const from = node.position?.start.offset;
    const to = node.position?.end.offset;
    if (from === undefined || to === undefined) return;
    for (const { line, start } of wrappedLines(text.slice(from, to), from)) {
      const asked = line.slice(SPEAKER_PREFIX.exec(line)![0].length).replace(/[*_`]/g, '').replace(/\s+/g, ' ').trim();
      if (
        QUESTION_LINE.test(asked) &&
        asked.split(/\s+/).length <= QUESTION_MAX_WORDS &&
        !ASKS_MEANING.test(asked) &&
        !ASKS_OF_OTHERS.test(asked)
      )
        questions.push({ title: asked, start, answerStart: start + line.length + 1, block });
    }
  });
  questions.forEach((question, at) => {
    const next = questions[at + 1];
    let end = question.answerStart;
    for (let block = question.block; block < nodes.length && block <= question.block + ANSWER_MAX_BLOCKS; block++) {
      const node = nodes[block];
      if (block > question.block && (node.type === 'heading' || node.type === 'thematicBreak')) break;
      end = Math.max(end, node.position?.end.offset ?? end);
    }
    if (next && next.start < end) end = next.start;
    if (end > question.answerStart) add('label', question.title, question.start, [[question.answerStart, end]]);
  });
}
