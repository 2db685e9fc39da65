/**
 * Loads and validates the rule files and the heading vocabulary. A broken file is an error that
 * names the file, line and what was expected; nothing half-valid is ever used.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileVocabulary, type Vocabulary } from '../facts/vocabulary.js';
import type { LoadedRule } from '../model/rule.js';
import { validateRule, type CompiledRule } from './validate-rule.js';

export interface Ruleset {
  rules: CompiledRule[];
  vocabulary: Vocabulary;
  directory: string;
}

export class RuleLoadError extends Error {}

/** The folder holding the shipped rules, found upwards from this module (works from src/ and dist/). */
export function defaultRulesDirectory(): string {
  let directory = fileURLToPath(new URL('.', import.meta.url));
  for (let depth = 0; depth < 5; depth++) {
    const candidate = join(directory, 'rules');
    if (existsSync(join(candidate, 'vocabulary', 'sections.yaml'))) return candidate;
    directory = join(directory, '..');
  }
  throw new RuleLoadError('cannot find the rules/ folder next to ai-act-gate; expected rules/vocabulary/sections.yaml');
}

export function loadRuleset(directory = defaultRulesDirectory()): Ruleset {
  const sectionsFile = join(directory, 'vocabulary', 'sections.yaml');
  const boilerplateFile = join(directory, 'vocabulary', 'boilerplate.yaml');
  const vocabulary = compileVocabulary(readFileSync(sectionsFile, 'utf8'), readFileSync(boilerplateFile, 'utf8'), {
    sections: sectionsFile,
    boilerplate: boilerplateFile,
  });
  const files = readdirSync(directory)
    .filter((name) => name.endsWith('.yaml'))
    .sort();
  const rules = files.map((name) => validateRule(readFileSync(join(directory, name), 'utf8'), join(directory, name), vocabulary));
  const ids = new Set<string>();
  for (const rule of rules) {
    if (ids.has(rule.id)) throw new RuleLoadError(`${rule.file}: duplicate rule id "${rule.id}"`);
    ids.add(rule.id);
  }
  return { rules, vocabulary, directory };
}

export type { LoadedRule };
export const ruleFileName = (file: string): string => basename(file, '.yaml');
