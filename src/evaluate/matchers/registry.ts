/**
 * Every matcher kind, in the order a matcher object is recognised (the first kind whose key the
 * object has: `metadata` before `pattern`, since a metadata matcher may carry a `pattern`).
 * The rule schema, validation, compiling and running all read this list.
 */
import type { Hit, MatchContext } from '../context.js';
import { allOfKind, anyOfKind } from './combinators.js';
import { facetsKind } from './facets.js';
import { MatcherError, type CompileEnv, type CompiledMatcher, type MatcherKind, type RunEnv } from './kind.js';
import { linkKind } from './link.js';
import { metadataKind } from './metadata.js';
import { patternKind } from './pattern.js';
import { predicateKind } from './predicate.js';
import { quantityKind } from './quantity.js';
import { regionKind } from './region.js';
import { sectionKind } from './section.js';

export const MATCHER_KINDS: readonly MatcherKind[] = [
  metadataKind,
  sectionKind,
  regionKind,
  facetsKind,
  patternKind,
  quantityKind,
  linkKind,
  predicateKind,
  anyOfKind,
  allOfKind,
] as unknown as readonly MatcherKind[];

const byKey = new Map(MATCHER_KINDS.map((kind) => [kind.key, kind]));

export const MATCHER_KEYS: readonly string[] = MATCHER_KINDS.map((kind) => kind.key);

/** The `matcher` definition of the rule schema: one branch per kind. */
export function matcherSchema(): Record<string, unknown> {
  return { type: 'object', oneOf: MATCHER_KINDS.map((kind) => kind.schema) };
}

/** The kind of a raw matcher object, or undefined when it has none of the known keys. */
export function kindOf(raw: object): MatcherKind | undefined {
  return MATCHER_KINDS.find((kind) => Object.hasOwn(raw, kind.key));
}

export function compileMatcher(
  raw: Record<string, unknown>,
  env: Omit<CompileEnv, 'compile'>,
  path: string,
): CompiledMatcher {
  const full: CompileEnv = { ...env, compile: (child, at) => compileMatcher(child, env, at) };
  const kind = kindOf(raw);
  if (!kind) throw new MatcherError(`unknown matcher, expected ${MATCHER_KEYS.join(' | ')}`, path);
  return kind.compile(raw, full, path);
}

const runEnv: RunEnv = { run: runMatcher };

/** Runs a compiled matcher over a card's facts: the first (earliest) hit, or null. */
export function runMatcher(matcher: CompiledMatcher, context: MatchContext): Hit | null {
  return byKey.get(matcher.kind)!.run(matcher, context, runEnv);
}

/** Every regular expression of a compiled matcher, with the JSON pointer of its source. */
export function regexesOf(matcher: CompiledMatcher, path: string): [RegExp, string][] {
  const kind = byKey.get(matcher.kind)!;
  const own = kind.regexes?.(matcher, path) ?? [];
  const nested = kind.children?.(matcher).flatMap((child) => regexesOf(child.matcher, path + child.path)) ?? [];
  return [...own, ...nested];
}

export type { CompiledMatcher };
export { MatcherError };
