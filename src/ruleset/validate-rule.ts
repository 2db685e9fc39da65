/** Validates one rule file against schema/rule.schema.json and compiles its matchers. */
import { Ajv2020 } from 'ajv/dist/2020.js';
import { LineCounter, parseDocument } from 'yaml';
import { describeSchemaError, offsetOf } from '../yaml-pointer.js';
import { ruleSchema } from './rule-schema.js';
import type { Vocabulary } from '../facts/vocabulary.js';
import type { LoadedRule, Matcher } from '../model/rule.js';
import {
  compileMatcher,
  kindOf,
  MATCHER_KEYS,
  regexesOf,
  type CompiledMatcher,
} from '../evaluate/matchers/registry.js';
import { DEFAULT_ACCEPT } from '../evaluate/matchers/accept.js';
import { hasPredicate } from '../evaluate/predicates/index.js';
import { checkPatternSafety } from './pattern-safety.js';
import { basename } from 'node:path';
import { RuleFileError } from './errors.js';

export interface CompiledRule extends LoadedRule {
  met: CompiledMatcher;
  partial: CompiledMatcher | null;
}

const ajv = new Ajv2020({ allErrors: false, strict: false });
const validateShape = ajv.compile(ruleSchema);

export { RuleFileError };

export interface ValidateRuleOptions {
  /**
   * A rule shipped in rules/: its patterns are not checked for catastrophic backtracking here (a
   * test checks them all), which spares every start ~85 ms.
   */
  bundled?: boolean;
}

export function validateRule(
  source: string,
  file: string,
  vocabulary: Vocabulary,
  options: ValidateRuleOptions = {},
): CompiledRule {
  const lineCounter = new LineCounter();
  const document = parseDocument(source, { lineCounter, prettyErrors: false });
  const fail = (message: string, offset = 0): never => {
    const { line, col } = lineCounter.linePos(offset);
    throw new RuleFileError(`${file}:${line}:${col}: ${message}`);
  };
  if (document.errors.length > 0)
    fail(`invalid YAML: ${document.errors[0].message.split('\n')[0]}`, document.errors[0].pos[0]);
  const raw = document.toJS() as unknown;
  const unknownKind = findUnknownMatcher((raw as { evidence?: unknown } | null)?.evidence, '/evidence');
  if (unknownKind) fail(unknownKind.message, offsetOf(document, unknownKind.path));
  if (!validateShape(raw)) {
    const error = validateShape.errors?.[0];
    fail(describeSchemaError(error, 'rule'), offsetOf(document, error?.instancePath ?? ''));
  }
  const rule = raw as LoadedRule;
  const expectedId = basename(file, '.yaml');
  if (rule.id !== expectedId)
    fail(`id "${rule.id}" must equal the file name "${expectedId}"`, offsetOf(document, '/id'));
  if (rule.requiredWhen && !hasPredicate(rule.requiredWhen)) {
    fail(`unknown predicate "${rule.requiredWhen}"`, offsetOf(document, '/requiredWhen'));
  }
  const compile = (matcher: Matcher, path: string): CompiledMatcher => {
    try {
      return compileMatcher(matcher, { vocabulary, accept: rule.evidence.accept ?? DEFAULT_ACCEPT }, path);
    } catch (error) {
      const { message, path: at } = error as { message: string; path?: string };
      return fail(message, offsetOf(document, at ?? path));
    }
  };
  const met = compile(rule.evidence.met, '/evidence/met');
  const partial = rule.evidence.partial ? compile(rule.evidence.partial, '/evidence/partial') : null;
  if (!options.bundled) {
    for (const [pattern, path] of [
      ...regexesOf(met, '/evidence/met'),
      ...(partial ? regexesOf(partial, '/evidence/partial') : []),
    ]) {
      const problem = checkPatternSafety(pattern.source, pattern.flags);
      if (problem !== null) fail(`unsafe regular expression: ${problem}`, offsetOf(document, path));
    }
  }
  return { ...rule, file, met, partial };
}

/** Finds a matcher with none of the known kinds, for a clearer message than a schema `oneOf` failure. */
function findUnknownMatcher(evidence: unknown, path: string): { message: string; path: string } | null {
  if (!evidence || typeof evidence !== 'object') return null;
  const visit = (matcher: unknown, at: string): { message: string; path: string } | null => {
    if (!matcher || typeof matcher !== 'object' || Array.isArray(matcher)) return null;
    const keys = Object.keys(matcher);
    if (!kindOf(matcher)) {
      return {
        message: `unknown matcher "${keys[0] ?? ''}", expected ${MATCHER_KEYS.join(' | ')}`,
        path: `${at}/${keys[0] ?? ''}`,
      };
    }
    for (const group of ['anyOf', 'allOf'] as const) {
      const children = (matcher as Record<string, unknown>)[group];
      if (Array.isArray(children)) {
        for (const [index, child] of children.entries()) {
          const found = visit(child, `${at}/${group}/${index}`);
          if (found) return found;
        }
      }
    }
    return null;
  };
  for (const key of ['met', 'partial']) {
    const found = visit((evidence as Record<string, unknown>)[key], `${path}/${key}`);
    if (found) return found;
  }
  return null;
}
