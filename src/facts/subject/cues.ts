/**
 * The cue vocabulary for whose statement a text is (rules/vocabulary/statement-subject.yaml), one for
 * duty evidence, figures and claims alike. A rules folder may bring its own; figures fall back to the
 * shipped one, read once.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { shippedSnapshot } from '../../ruleset/snapshot.js';
import { escapeRegExp } from '../escape-regexp.js';

export interface SubjectCues {
  /** Well-known model names, one alternation (a version may follow); global. */
  models: RegExp;
  otherModel: RegExp;
  comparison: RegExp;
  ownModel: RegExp;
  namedSubject: RegExp;
  ownVoice: RegExp;
  clauseBreak: RegExp;
  regulation: RegExp;
  generalSubject: RegExp;
  boundBefore: RegExp;
  thresholdAfter: RegExp;
  hypothetical: RegExp;
  plannedBefore: RegExp;
  negatedBefore: RegExp;
  sizeComparison: RegExp;
  otherModelHeadings: RegExp;
  otherModelSections: string[];
  /** Well-known organisations, one alternation; global. */
  organisations: RegExp;
  /** Name key of each organisation ("googledeepmind") → the family keys of the models it makes. */
  organisationFamilies: Map<string, string[]>;
  /** Finite verbs; global: the first one ends a clause's subject. */
  clauseVerb: RegExp;
  otherRole: RegExp;
  attribution: RegExp;
  otherSubject: RegExp;
  namedResource: RegExp;
  otherArtefact: RegExp;
  citation: RegExp;
  /** The card's model or provider as a capitalised defined term ("the Model", "the Provider", "le Modèle"); case-sensitive. */
  definedOwn: RegExp;
  /** Words right before a name that make it the card's base or forerunner ("a fine-tune of", "builds on", "distilled from our flagship"); anchored at the end. */
  baseBefore: RegExp;
}

const PATTERN_KEYS = [
  'otherModel',
  'comparison',
  'ownModel',
  'namedSubject',
  'ownVoice',
  'clauseBreak',
  'regulation',
  'generalSubject',
  'boundBefore',
  'thresholdAfter',
  'hypothetical',
  'plannedBefore',
  'negatedBefore',
  'sizeComparison',
  'otherModelHeadings',
] as const;

/** Clause-subject keys a rules folder's own copy may leave out (they then never match); `namedResource`, `attribution` and `definedOwn` are case-sensitive. */
const OPTIONAL_PATTERN_KEYS = [
  'clauseVerb',
  'otherRole',
  'attribution',
  'otherSubject',
  'namedResource',
  'otherArtefact',
  'citation',
  'baseBefore',
  'definedOwn',
] as const;
const CASE_SENSITIVE = new Set<string>(['namedResource', 'attribution', 'definedOwn']);
const NEVER = /(?!)/u;

const escapeName = (name: string): string => escapeRegExp(name).replace(/[ -]/g, '[ -]?');
const keyOf = (name: string): string => name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** Compiles the `subject:` mapping; throws a message naming the key that is wrong. */
export function compileSubjectCues(raw: Record<string, unknown>): SubjectCues {
  const models = raw.models;
  if (!Array.isArray(models) || models.some((name) => typeof name !== 'string' || !name.trim())) {
    throw new Error('expected "models" to be a list of model names');
  }
  const sections = raw.otherModelSections ?? [];
  if (!Array.isArray(sections) || sections.some((name) => typeof name !== 'string')) {
    throw new Error('expected "otherModelSections" to be a list of canonical section names');
  }
  const names = [...(models as string[])].sort((a, b) => b.length - a.length).map(escapeName);
  const patterns = {} as Record<(typeof PATTERN_KEYS)[number], RegExp>;
  for (const key of PATTERN_KEYS) {
    const source = raw[key];
    if (typeof source !== 'string' || !source)
      throw new Error(`expected "${key}" to be a regular expression as a string`);
    try {
      patterns[key] = new RegExp(source, 'iu');
    } catch (error) {
      throw new Error(`"${key}": ${(error as Error).message}`, { cause: error });
    }
  }
  const optional = {} as Record<(typeof OPTIONAL_PATTERN_KEYS)[number], RegExp>;
  for (const key of OPTIONAL_PATTERN_KEYS) {
    const source = raw[key];
    if (source === undefined) {
      optional[key] = NEVER;
      continue;
    }
    if (typeof source !== 'string' || !source)
      throw new Error(`expected "${key}" to be a regular expression as a string`);
    try {
      optional[key] = new RegExp(source, CASE_SENSITIVE.has(key) ? 'u' : 'iu');
    } catch (error) {
      throw new Error(`"${key}": ${(error as Error).message}`, { cause: error });
    }
  }
  const { organisations, organisationFamilies } = compileOrganisations(raw.organisations);
  return {
    // "opt-outs are honoured" is no mention of OPT; llama.cpp and whisper.cpp are software named after models.
    models: new RegExp(
      String.raw`(?<![\p{L}\p{N}])(?:${names.join('|')})(?:[ -]?v?\d[\w.]*)?(?![\p{L}]|-(?:outs?|ins?)(?![\p{L}])|[.-](?:cpp|rs|js|py|jl)(?![\p{L}\p{N}]))`,
      'giu',
    ),
    ...patterns,
    otherModelSections: sections as string[],
    ...optional,
    clauseVerb: new RegExp(optional.clauseVerb.source, 'giu'),
    organisations,
    organisationFamilies,
  };
}

/** `organisations: { Name: [family, …] }` → one global alternation of the names and each one's families. */
function compileOrganisations(raw: unknown): { organisations: RegExp; organisationFamilies: Map<string, string[]> } {
  const organisationFamilies = new Map<string, string[]>();
  if (raw === undefined) return { organisations: /(?!)/gu, organisationFamilies };
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    throw new Error('expected "organisations" to map organisation names to lists of model families');
  for (const [name, families] of Object.entries(raw as Record<string, unknown>)) {
    if (!name.trim() || !Array.isArray(families) || families.some((family) => typeof family !== 'string'))
      throw new Error(`expected "organisations.${name}" to be a list of model families`);
    organisationFamilies.set(
      keyOf(name),
      (families as string[]).map((family) => keyOf(family).replace(/v?\d.*$/, '') || keyOf(family)),
    );
  }
  const names = Object.keys(raw as object)
    .sort((a, b) => b.length - a.length)
    .map(escapeName);
  const organisations = names.length
    ? new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${names.join('|')})(?![\p{L}\p{N}])`, 'giu')
    : /(?!)/gu;
  return { organisations, organisationFamilies };
}

/** Parses statement-subject.yaml text (`subject: {...}`). */
export function parseSubjectCues(source: string): SubjectCues {
  const root = parse(source) as { subject?: unknown } | null;
  if (!root || typeof root.subject !== 'object' || root.subject === null)
    throw new Error('expected "subject:" to be a mapping');
  return compileSubjectCues(root.subject as Record<string, unknown>);
}

let shipped: SubjectCues | undefined;

/** The shipped cues (rules/vocabulary/statement-subject.yaml next to the package), read once. */
export function shippedSubjectCues(): SubjectCues {
  // The build's snapshot of the rules folder has them compiled.
  shipped ??= shippedSnapshot()?.contents().subjectCues;
  if (!shipped) {
    // rules/ sits three levels above this module in src/facts/subject/, one above the bundle in dist/.
    const candidates = ['../../../rules/vocabulary/', '../rules/vocabulary/', '../../rules/vocabulary/'].map(
      (base) => new URL(`${base}statement-subject.yaml`, import.meta.url),
    );
    const found = candidates.find((url) => existsSync(url)) ?? candidates[0];
    shipped = parseSubjectCues(readFileSync(found, 'utf8'));
  }
  return shipped;
}

/** The cues a card's facts were judged with (its rules folder's), else the shipped ones. */
export function cardSubjectCues(facts: object): SubjectCues {
  return (facts as { subjectCues?: SubjectCues | null }).subjectCues ?? shippedSubjectCues();
}
