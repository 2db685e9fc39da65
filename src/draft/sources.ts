/**
 * Resolves a data file's `from:` list (fact:NAME, rule:ID, metadata:KEY) against one card: the first
 * source that has a value gives it, with its line.
 */
import type { CardAnalysis } from './analyse.js';
import { figureValues, type DraftValue } from './figures.js';
import { passageAt } from './passage.js';
import { textValues } from './text-values.js';

export type { DraftValue };

export interface CardValues {
  analysis: CardAnalysis;
  facts: Partial<Record<string, DraftValue>>;
}

export function cardValues(analysis: CardAnalysis): CardValues {
  return { analysis, facts: { ...figureValues(analysis), ...textValues(analysis) } };
}

/** The first value found among `sources`, or null. */
export function resolveSources(values: CardValues, sources: readonly string[]): DraftValue | null {
  for (const source of sources) {
    const found = resolveSource(values, source);
    if (found) return found;
  }
  return null;
}

export function resolveSource(values: CardValues, source: string): DraftValue | null {
  const [kind, name] = splitSource(source);
  const { facts } = values.analysis;
  if (kind === 'fact') return values.facts[name] ?? null;
  if (kind === 'metadata') {
    const entry = facts.metadata.get(name);
    if (!entry || entry.value === null || entry.value === undefined || entry.value === '') return null;
    const value = typeof entry.value === 'object' ? JSON.stringify(entry.value) : String(entry.value);
    return { value, line: entry.position.line };
  }
  const result = values.analysis.results.find((candidate) => candidate.id === name);
  if (!result || result.status === 'missing' || result.line === null) return null;
  const text = passageAt(facts, result.line);
  // A bare figure ("15T+", "128k") is evidence for the checker, not an answer in words.
  return /\p{L}{3}/u.test(text) ? { value: text, line: result.line, status: result.status } : null;
}

/** "fact:parameters" → ["fact", "parameters"]; an unknown kind is a data-file error. */
export function splitSource(source: string): ['fact' | 'rule' | 'metadata', string] {
  const at = source.indexOf(':');
  const kind = source.slice(0, at);
  if (at < 1 || (kind !== 'fact' && kind !== 'rule' && kind !== 'metadata'))
    throw new Error(`unknown source "${source}"; expected fact:NAME, rule:ID or metadata:KEY`);
  return [kind, source.slice(at + 1)];
}
