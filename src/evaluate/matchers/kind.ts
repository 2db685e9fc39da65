/**
 * One kind of evidence a rule file can ask for (`pattern:`, `section:`, `region:` …). Each kind
 * lives in its own file and is listed once in registry.ts; the rule schema, validation, compiling
 * and running all read the registry, so a new kind touches that file and the registry only.
 */
import type { Vocabulary } from '../../facts/vocabulary.js';
import type { StatementMode } from '../../facts/statement-mode.js';
import type { Hit, MatchContext } from '../context.js';

/** A compiled matcher: `kind` names its MatcherKind; the rest is the kind's own. */
export interface CompiledMatcher {
  kind: string;
}

/** A compile problem with the JSON pointer of the offending value. */
export class MatcherError extends Error {
  constructor(
    message: string,
    readonly path: string,
  ) {
    super(message);
  }
}

export interface CompileEnv {
  vocabulary: Vocabulary;
  /** The rule's `evidence.accept`: statement modes that count unless a matcher says otherwise. */
  accept: readonly StatementMode[];
  /** Compiles a nested matcher (for the combinators). */
  compile(raw: Record<string, unknown>, path: string): CompiledMatcher;
}

export interface RunEnv {
  /** Runs a nested matcher (for the combinators). */
  run(matcher: CompiledMatcher, context: MatchContext): Hit | null;
}

export interface MatcherKind<Compiled extends CompiledMatcher = CompiledMatcher> {
  /** The YAML key that names the kind; also `Compiled['kind']`. */
  key: string;
  /** JSON Schema of the matcher object (one branch of the rule schema's `matcher` oneOf). */
  schema: Record<string, unknown>;
  compile(raw: Record<string, unknown>, env: CompileEnv, path: string): Compiled;
  run(matcher: Compiled, context: MatchContext, env: RunEnv): Hit | null;
  /** Regular expressions taken from the rule file, with their JSON pointers (checked for safety). */
  regexes?(matcher: Compiled, path: string): [RegExp, string][];
  /** Nested matchers with the pointer segment under which each sits (combinators only). */
  children?(matcher: Compiled): { matcher: CompiledMatcher; path: string }[];
}

/** Compiles a rule-file regular expression, naming where it is when it is invalid. */
export function compileRegex(source: string, path: string, flags: string): RegExp {
  try {
    return new RegExp(source, flags);
  } catch (error) {
    throw new MatcherError(`invalid regular expression: ${(error as Error).message}`, path);
  }
}

/** Section names (one or a list), each checked against rules/vocabulary/sections.yaml. */
export function sectionNames(value: unknown, vocabulary: Vocabulary, path: string): string[] {
  const list = (Array.isArray(value) ? value : [value]) as string[];
  for (const name of list) {
    if (!vocabulary.sections.some((section) => section.name === name)) {
      throw new MatcherError(`unknown section "${name}", expected a name from rules/vocabulary/sections.yaml`, path);
    }
  }
  return list;
}

/** The schema of one section name or a list of them. */
export const SECTION_NAMES_SCHEMA = { $ref: '#/$defs/sectionNames' } as const;
