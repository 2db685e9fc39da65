/**
 * Loads and validates the rule files and the heading vocabulary. A broken file is an error that
 * names the file, line and what was expected; nothing half-valid is ever used.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { compileSubjectVocabulary, compileTerms, compileVocabulary, type Vocabulary } from '../facts/vocabulary.js';
import type { LoadedRule } from '../model/rule.js';
import { validateRule, type CompiledRule } from './validate-rule.js';
import { checkPatternSafety } from './pattern-safety.js';
import { RuleLoadError } from './errors.js';
import { defaultRulesDirectory, isBundledFolder } from './rules-directory.js';

export { RuleLoadError, defaultRulesDirectory };

export interface Ruleset {
  rules: CompiledRule[];
  vocabulary: Vocabulary;
  directory: string;
  /** A policy's extra rule folders, loaded after the main one. */
  extraDirectories: string[];
}

/** The rules of `directory` (the bundled ones by default) and of any extra folders, which may not reuse an id. */
export function loadRuleset(directory = defaultRulesDirectory(), extraDirectories: readonly string[] = []): Ruleset {
  const sectionsFile = join(directory, 'vocabulary', 'sections.yaml');
  const boilerplateFile = join(directory, 'vocabulary', 'boilerplate.yaml');
  const vocabulary = compileVocabulary(
    readFileSync(sectionsFile, 'utf8'),
    readFileSync(boilerplateFile, 'utf8'),
    { sections: sectionsFile, boilerplate: boilerplateFile },
    isBundledFolder(directory) ? undefined : checkPatternSafety,
  );
  const termsFile = join(directory, 'vocabulary', 'duty-names.yaml');
  if (existsSync(termsFile)) vocabulary.terms = compileTerms(readFileSync(termsFile, 'utf8'), termsFile);
  const subjectFile = join(directory, 'vocabulary', 'statement-subject.yaml');
  if (existsSync(subjectFile))
    vocabulary.subject = compileSubjectVocabulary(readFileSync(subjectFile, 'utf8'), subjectFile);
  const rules = [directory, ...extraDirectories].flatMap((folder) => {
    const names = listRuleFiles(folder);
    const bundled = isBundledFolder(folder);
    return names.map((name) =>
      validateRule(readFileSync(join(folder, name), 'utf8'), join(folder, name), vocabulary, { bundled }),
    );
  });
  const files = new Map<string, string>();
  for (const rule of rules) {
    const earlier = files.get(rule.id);
    if (earlier)
      throw new RuleLoadError(`${rule.file}: duplicate rule id "${rule.id}" (already defined in ${earlier})`);
    files.set(rule.id, rule.file);
  }
  return { rules, vocabulary, directory, extraDirectories: [...extraDirectories] };
}

function listRuleFiles(folder: string): string[] {
  try {
    return readdirSync(folder)
      .filter((name) => name.endsWith('.yaml'))
      .sort();
  } catch (error) {
    throw new RuleLoadError(`cannot read the rule folder ${folder}: ${(error as Error).message}`);
  }
}

export type { LoadedRule };
export const ruleFileName = (file: string): string => basename(file, '.yaml');
