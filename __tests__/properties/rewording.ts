/**
 * Rewordings that keep a card's meaning, as pure text transformations, and the material they draw
 * on (rewording-pools.yaml, the paraphrase suite, real cards). A careful reviewer's verdict does not
 * change under any of them; the properties in rewording.test.ts check that the checker's does not
 * either.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { checkCard } from '../../src/lint.js';
import type { Ruleset } from '../../src/ruleset/load-rules.js';
import type { FileReport, Status } from '../../src/model/report.js';
import { SHARED } from '../helpers.js';

export interface Fact {
  rule: string;
  label: string;
  value: string;
  sentence: string;
}

export interface OtherModel {
  name: string;
  parameters: string;
  tokens: string;
  flops: string;
}

export interface Pools {
  headings: Record<string, string[]>;
  facts: Fact[];
  inflections: [string, string][];
  otherModels: OtherModel[];
  thresholds: string[];
}

export const POOLS = parse(
  readFileSync(fileURLToPath(new URL('./rewording-pools.yaml', import.meta.url)), 'utf8'),
) as Pools;

/** The release-gate cards and the hand-labelled development cards, when ../shared is present. */
export function realCards(): { name: string; text: string }[] {
  const cards: { name: string; text: string }[] = [];
  const gateFolder = join(SHARED, 'reference', 'gate-cards');
  if (existsSync(join(gateFolder, 'expected.json'))) {
    for (const name of Object.keys(
      (JSON.parse(readFileSync(join(gateFolder, 'expected.json'), 'utf8')) as { cards: object }).cards,
    )) {
      cards.push({ name: `gate-cards/${name}`, text: readFileSync(join(gateFolder, `${name}.md`), 'utf8') });
    }
  }
  for (const labels of ['labels-dev.json', 'labels-dev-more.json']) {
    const file = join(SHARED, 'reference', labels);
    if (!existsSync(file)) continue;
    for (const name of Object.keys((JSON.parse(readFileSync(file, 'utf8')) as { cards: object }).cards)) {
      const path = join(SHARED, 'corpus', 'model-cards', `${name}.md`);
      if (existsSync(path)) cards.push({ name, text: readFileSync(path, 'utf8') });
    }
  }
  return cards;
}

/** What a property compares: every duty's status, the tier, the compute and the gate. */
export interface Verdict {
  statuses: Map<string, Status>;
  tier: string;
  computeFlops: number | null;
  blocked: boolean;
}

export function verdict(text: string, ruleset: Ruleset): Verdict {
  const report: FileReport = checkCard('card.md', text, ruleset);
  return {
    statuses: new Map(report.rules.map((rule) => [rule.id, rule.status])),
    tier: report.tier.id,
    computeFlops: report.tier.computeFlops,
    blocked: report.gate.blocked,
  };
}

/** Duties met before and missing after: what a rewording must never cause. */
export function metTurnedMissing(before: Verdict, after: Verdict): string[] {
  return [...before.statuses]
    .filter(([rule, status]) => status === 'met' && after.statuses.get(rule) === 'missing')
    .map(([rule]) => rule);
}

/** A card split into its front matter (kept verbatim) and body. */
function splitFrontMatter(text: string): { head: string; body: string } {
  const match = /^\s*---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  return match ? { head: match[0], body: text.slice(match[0].length) } : { head: '', body: text };
}

/** Applies `change` to the body lines that are prose (outside code fences, HTML blocks and front matter). */
function mapProseLines(text: string, change: (line: string) => string): string {
  const { head, body } = splitFrontMatter(text);
  let fenced = false;
  const lines = body.split('\n').map((line) => {
    if (/^\s*(```|~~~)/.test(line)) {
      fenced = !fenced;
      return line;
    }
    return fenced || /^\s*</.test(line) ? line : change(line);
  });
  return head + lines.join('\n');
}

/** Swaps one word form for another (plural ↔ singular), whole words only, never inside links or code. */
export function swapInflection(text: string, from: string, to: string): string {
  const pattern = new RegExp(
    `(?<![\\w/.\`@-])${from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w/.\`@-]|\\.\\w)`,
    'gi',
  );
  return mapProseLines(text, (line) =>
    line.replace(pattern, (word) => (word[0] === word[0].toUpperCase() ? to[0].toUpperCase() + to.slice(1) : to)),
  );
}

/** Re-wraps every plain paragraph (not headings, lists, tables, quotes, code, HTML) at `width` columns. */
export function rewrap(text: string, width: number): string {
  const { head, body } = splitFrontMatter(text);
  const out: string[] = [];
  let paragraph: string[] = [];
  let fenced = false;
  const flush = () => {
    if (paragraph.length) out.push(...wrapWords(paragraph.join(' ').split(/\s+/).filter(Boolean), width));
    paragraph = [];
  };
  for (const line of body.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    const plain =
      !fenced &&
      line.trim() !== '' &&
      !/^\s*(#|[-*+] |\d+[.)] |\||>|<|```|~~~|!\[|\[.*\]:|={3,}|-{3,}|\*{3,})/.test(line) &&
      !/ {2}$|\\$/.test(line);
    if (plain) {
      paragraph.push(line.trim());
    } else {
      flush();
      out.push(line);
    }
  }
  flush();
  return head + out.join('\n');
}

function wrapWords(words: string[], width: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of words) {
    if (current && current.length + 1 + word.length > width) {
      lines.push(current);
      current = word;
    } else {
      current = current ? `${current} ${word}` : word;
    }
  }
  if (current) lines.push(current);
  return lines;
}

/** The card with `block` inserted before the heading at `position` (as a fraction of the headings), or at the end. */
export function insertSection(text: string, block: string, position: number): string {
  const { head, body } = splitFrontMatter(text);
  const lines = body.split('\n');
  let fenced = false;
  const starts: number[] = [];
  lines.forEach((line, index) => {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    if (!fenced && /^#{2,3} /.test(line)) starts.push(index);
  });
  const at = starts[Math.floor(position * (starts.length + 1))];
  if (at === undefined) return `${head}${body.trimEnd()}\n\n${block.trim()}\n`;
  return head + [...lines.slice(0, at), block.trim(), '', ...lines.slice(at)].join('\n');
}

/** A section comparing other models' sizes and training compute. */
export function comparisonTable(models: readonly OtherModel[]): string {
  const rows = models.map((model) => `| ${model.name} | ${model.parameters} | ${model.tokens} | ${model.flops} |`);
  return [
    '## Comparison with other models',
    '',
    '| Model | Parameters | Training tokens | Training compute (FLOP) |',
    '|---|---|---|---|',
    ...rows,
  ].join('\n');
}

/** One fact rendered in a given form, under a general heading or its own. */
export type Form = 'heading' | 'prose' | 'list' | 'table';
export const FORMS: readonly Form[] = ['heading', 'prose', 'list', 'table'];

export function render(facts: readonly Fact[], form: Form): string {
  switch (form) {
    case 'heading':
      return facts.map((fact) => `## ${fact.label}\n\n${fact.sentence}`).join('\n\n');
    case 'prose':
      return `## Overview\n\n${facts.map((fact) => fact.sentence).join(' ')}`;
    case 'list':
      return `## Overview\n\n${facts.map((fact) => `- **${fact.label}:** ${fact.value}`).join('\n')}`;
    case 'table':
      return `## Overview\n\n| Field | Value |\n|---|---|\n${facts.map((fact) => `| ${fact.label} | ${fact.value.replace(/\|/g, '\\|')} |`).join('\n')}`;
  }
}

/** The passage with its first heading renamed. */
export function renameFirstHeading(passage: string, name: string): string {
  return passage.replace(/^(#{2,3}) .*$/m, (_line, hashes: string) => `${hashes} ${name}`);
}
