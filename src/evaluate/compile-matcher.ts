/**
 * Turns a rule's evidence (YAML data over a closed set of matcher kinds) into a compiled tree:
 * regexes built once, section names checked against the vocabulary, predicates resolved.
 */
import type { QuantityKind } from '../model/card.js';
import type { Matcher } from '../model/rule.js';
import type { Vocabulary } from '../facts/vocabulary.js';
import { hasPredicate } from './predicates/index.js';
import { fastVariant, type FastVariant } from '../facts/fast-regex.js';
import { requiredLiterals } from '../facts/required-literals.js';

export type CompiledMatcher =
  | { kind: 'metadata'; key: string; pattern: RegExp | null; minLength: number }
  | { kind: 'section'; names: string[]; minWords: number }
  | {
      kind: 'pattern';
      pattern: RegExp;
      /** The `u`-free twin used where it finds the same matches (see fast-pattern.ts). */
      fast: FastVariant | null;
      /** Lower-case strings one of which every match contains; null when unknown. */
      literals: string[] | null;
      within: string[] | null;
      excludeWithin: string[];
      minCount: number;
      includeCode: boolean;
      source: string;
    }
  | { kind: 'quantity'; kinds: QuantityKind[] }
  | { kind: 'link'; label: RegExp; url: RegExp | null }
  | { kind: 'predicate'; name: string }
  | { kind: 'anyOf'; matchers: CompiledMatcher[] }
  | { kind: 'allOf'; matchers: CompiledMatcher[] };

/** A compile problem with the JSON pointer of the offending value. */
export class MatcherError extends Error {
  constructor(
    message: string,
    readonly path: string,
  ) {
    super(message);
  }
}

const DEFAULT_SECTION_WORDS = 5;

export function compileMatcher(matcher: Matcher, vocabulary: Vocabulary, path: string): CompiledMatcher {
  const names = (value: string | string[], at: string): string[] => {
    const list = Array.isArray(value) ? value : [value];
    for (const name of list) {
      if (!vocabulary.sections.some((section) => section.name === name)) {
        throw new MatcherError(`unknown section "${name}", expected a name from rules/vocabulary/sections.yaml`, at);
      }
    }
    return list;
  };
  const regex = (source: string, at: string, flags: string): RegExp => {
    try {
      return new RegExp(source, flags);
    } catch (error) {
      throw new MatcherError(`invalid regular expression: ${(error as Error).message}`, at);
    }
  };
  if ('anyOf' in matcher) return { kind: 'anyOf', matchers: matcher.anyOf.map((m, i) => compileMatcher(m, vocabulary, `${path}/anyOf/${i}`)) };
  if ('allOf' in matcher) return { kind: 'allOf', matchers: matcher.allOf.map((m, i) => compileMatcher(m, vocabulary, `${path}/allOf/${i}`)) };
  if ('metadata' in matcher) {
    return {
      kind: 'metadata',
      key: matcher.metadata,
      pattern: matcher.pattern ? regex(matcher.pattern, `${path}/pattern`, 'iu') : null,
      minLength: matcher.minLength ?? 1,
    };
  }
  if ('section' in matcher) return { kind: 'section', names: names(matcher.section, `${path}/section`), minWords: matcher.minWords ?? DEFAULT_SECTION_WORDS };
  if ('pattern' in matcher) {
    const pattern = regex(matcher.pattern, `${path}/pattern`, 'gimu');
    return {
      kind: 'pattern',
      pattern,
      fast: fastVariant(pattern.source, pattern.flags),
      literals: requiredLiterals(pattern.source, pattern.flags),
      within: matcher.within ? names(matcher.within, `${path}/within`) : null,
      excludeWithin: matcher.excludeWithin ? names(matcher.excludeWithin, `${path}/excludeWithin`) : [],
      minCount: matcher.minCount ?? 1,
      includeCode: matcher.includeCode ?? false,
      source: matcher.pattern,
    };
  }
  if ('quantity' in matcher) return { kind: 'quantity', kinds: Array.isArray(matcher.quantity) ? matcher.quantity : [matcher.quantity] };
  if ('link' in matcher) {
    return { kind: 'link', label: regex(matcher.link, `${path}/link`, 'iu'), url: matcher.url ? regex(matcher.url, `${path}/url`, 'iu') : null };
  }
  if ('predicate' in matcher) {
    if (!hasPredicate(matcher.predicate)) throw new MatcherError(`unknown predicate "${matcher.predicate}"`, `${path}/predicate`);
    return { kind: 'predicate', name: matcher.predicate };
  }
  throw new MatcherError('unknown matcher, expected metadata | section | pattern | quantity | link | predicate | anyOf | allOf', path);
}
