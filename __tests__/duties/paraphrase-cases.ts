/**
 * The paraphrase suite: short passages, each written the way real providers write one duty (own
 * heading, prose in a general section, list or table row, terse vendor labels) plus near misses
 * (promises, advice to others, placeholders, other models, negations, vague mentions), with the
 * status a careful reviewer gives them under the checklist's "Judging an item". Each passage is put
 * alone into a neutral card that carries no evidence for any duty, and only the passage's duty is
 * compared. Used by the jest suite and by `npm run eval`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { checkCard } from '../../src/lint.js';
import type { Ruleset } from '../../src/ruleset/load-rules.js';
import type { Status } from '../../src/model/report.js';

export const CASES_DIRECTORY = fileURLToPath(new URL('.', import.meta.url));
export const STYLES = ['heading', 'prose', 'list', 'table', 'terse', 'metadata'] as const;
export const NEAR_MISS_KINDS = ['promise', 'advice', 'placeholder', 'other-model', 'negation', 'vague', 'threshold'] as const;
export const LANGUAGES = ['de', 'fr', 'es', 'it', 'nl'] as const;
export const STATUSES: readonly Status[] = ['met', 'partial', 'missing'];

export type Style = (typeof STYLES)[number];
export type NearMissKind = (typeof NEAR_MISS_KINDS)[number];

export interface ParaphraseCase {
  rule: string;
  /** Position in its file, 1-based: names the case in messages. */
  index: number;
  style: Style;
  status: Status;
  near?: NearMissKind;
  lang?: string;
  /** Extra front matter lines (YAML) for passages that live in the metadata. */
  frontMatter?: string;
  text: string;
}

export interface CaseResult extends ParaphraseCase {
  got: Status;
}

/** The neutral card: a title and a front matter that say nothing about any duty. */
export function neutralCard(passage = '', frontMatter = ''): string {
  const extra = frontMatter.trim() ? `${frontMatter.trimEnd()}\n` : '';
  return `---\ntags:\n- aurel\n${extra}---\n\n# Aurel-3\n\n${passage.trim()}\n`;
}

/** Every `<rule-id>.cases.yaml` file, parsed; shape problems are collected, not thrown. */
export function loadCases(directory = CASES_DIRECTORY): { cases: ParaphraseCase[]; problems: string[] } {
  const cases: ParaphraseCase[] = [];
  const problems: string[] = [];
  for (const name of readdirSync(directory).filter((file) => file.endsWith('.cases.yaml')).sort()) {
    const document = parse(readFileSync(join(directory, name), 'utf8')) as { rule?: unknown; cases?: unknown };
    const rule = String(document?.rule ?? '');
    if (`${rule}.cases.yaml` !== name) problems.push(`${name}: "rule" is "${rule}", expected the file's name`);
    if (!Array.isArray(document?.cases)) {
      problems.push(`${name}: "cases" must be a list`);
      continue;
    }
    document.cases.forEach((entry: Record<string, unknown>, position: number) => {
      const where = `${name} case ${position + 1}`;
      const known = new Set(['style', 'status', 'near', 'lang', 'front_matter', 'text']);
      for (const key of Object.keys(entry ?? {})) if (!known.has(key)) problems.push(`${where}: unknown key "${key}"`);
      if (!STYLES.includes(entry?.style as Style)) problems.push(`${where}: style "${String(entry?.style)}" is not one of ${STYLES.join(', ')}`);
      if (!STATUSES.includes(entry?.status as Status)) problems.push(`${where}: status "${String(entry?.status)}" is not met, partial or missing`);
      if (entry?.near !== undefined && !NEAR_MISS_KINDS.includes(entry.near as NearMissKind)) problems.push(`${where}: near "${String(entry.near)}" is not one of ${NEAR_MISS_KINDS.join(', ')}`);
      if (entry?.near !== undefined && entry.status === 'met') problems.push(`${where}: a near miss is never met`);
      if (entry?.lang !== undefined && !LANGUAGES.includes(entry.lang as (typeof LANGUAGES)[number])) problems.push(`${where}: lang "${String(entry.lang)}" is not one of ${LANGUAGES.join(', ')}`);
      if (typeof entry?.text !== 'string') problems.push(`${where}: "text" must be a string`);
      if (entry?.style === 'metadata' ? typeof entry.front_matter !== 'string' : !String(entry?.text ?? '').trim()) problems.push(`${where}: a ${String(entry?.style)} case needs ${entry?.style === 'metadata' ? 'front_matter' : 'text'}`);
      cases.push({
        rule,
        index: position + 1,
        style: entry?.style as Style,
        status: entry?.status as Status,
        near: entry?.near as NearMissKind | undefined,
        lang: entry?.lang as string | undefined,
        frontMatter: entry?.front_matter as string | undefined,
        text: String(entry?.text ?? ''),
      });
    });
  }
  return { cases, problems };
}

/** What the checker says about the case's own duty, in the neutral card. */
export function judgeCase(testCase: ParaphraseCase, ruleset: Ruleset): CaseResult {
  const report = checkCard(`${testCase.rule}-${testCase.index}.md`, neutralCard(testCase.text, testCase.frontMatter), ruleset);
  const got = report.rules.find((rule) => rule.id === testCase.rule)?.status ?? 'missing';
  return { ...testCase, got };
}

export interface Agreement {
  count: number;
  status: number;
  met: number;
  /** Labelled met, judged missing. */
  falseAlarms: number;
  /** Labelled missing, judged met. */
  falseAssurances: number;
  /** Near misses judged met. */
  nearMissesMet: number;
}

export function agreement(results: readonly CaseResult[]): Agreement {
  const share = (hits: number) => (results.length ? hits / results.length : 0);
  return {
    count: results.length,
    status: share(results.filter((result) => result.got === result.status).length),
    met: share(results.filter((result) => (result.got === 'met') === (result.status === 'met')).length),
    falseAlarms: results.filter((result) => result.status === 'met' && result.got === 'missing').length,
    falseAssurances: results.filter((result) => result.status === 'missing' && result.got === 'met').length,
    nearMissesMet: results.filter((result) => result.near && result.got === 'met').length,
  };
}

/** Results grouped by a key, in key order. */
export function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return new Map([...groups].sort(([a], [b]) => a.localeCompare(b)));
}

/** One line per disagreement: where, what was expected, what was judged, the passage's first line. */
export function describeMiss(result: CaseResult): string {
  const firstLine = result.text.trim().split('\n').find((line) => line.trim() && !line.startsWith('#')) ?? result.frontMatter?.trim().split('\n')[0] ?? '';
  const kind = [result.style, result.near && `near:${result.near}`, result.lang].filter(Boolean).join(' ');
  return `${result.rule} #${result.index} (${kind}): want ${result.status}, got ${result.got} — ${firstLine.trim().slice(0, 90)}`;
}
