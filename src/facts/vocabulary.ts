/**
 * The heading vocabulary: which canonical section names a (normalised) heading stands for, and
 * which template sentences count as absent. Both come from YAML files under rules/vocabulary/;
 * a bad entry is reported as "file:line: what was expected".
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type Pair } from 'yaml';
import { compileSubjectCues, type SubjectCues } from './subject/index.js';
import { buildTermIndex, EMPTY_TERMS, type TermIndex } from './terms.js';
import { fastVariant, textKind, type FastVariant } from './fast-regex.js';

export interface Vocabulary {
  sections: { name: string; patterns: RegExp[] }[];
  boilerplate: RegExp[];
  /** Duty names per language (rules/vocabulary/duty-names.yaml); empty when a rules folder has none. */
  terms: TermIndex;
  /** Cues for whose statement a sentence is (rules/vocabulary/statement-subject.yaml); null when a rules folder has none. */
  subject: SubjectCues | null;
}

const DEFAULT_FILES = { sections: 'rules/vocabulary/sections.yaml', boilerplate: 'rules/vocabulary/boilerplate.yaml' };
const SECTION_NAME = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
/** Why a pattern could backtrack catastrophically, or null when it cannot (src/ruleset/pattern-safety.ts). */
export type PatternCheck = (source: string, flags: string) => string | null;

/**
 * `checkPattern` is given for vocabularies other than the shipped one (a `--rules` folder's):
 * boilerplate runs over every card's full text and headings over every heading, so a pattern that
 * can backtrack catastrophically is refused. The shipped patterns are checked by a test instead.
 */
export function compileVocabulary(
  sectionsYaml: string,
  boilerplateYaml: string,
  files: { sections: string; boilerplate: string } = DEFAULT_FILES,
  checkPattern?: PatternCheck,
): Vocabulary {
  return {
    sections: compileSections(sectionsYaml, files.sections, checkPattern),
    boilerplate: compileBoilerplate(boilerplateYaml, files.boilerplate, checkPattern),
    terms: EMPTY_TERMS,
    subject: null,
  };
}

const LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'nl'];

/**
 * The duty-name term lists: `terms: { <topic>: { en: [...], de: [...], ... } }`, each term plain
 * words ("red teaming"), or "=words" when the whole label must be those words.
 */
export function compileTerms(source: string, file = 'rules/vocabulary/duty-names.yaml'): TermIndex {
  const { root, lineOf } = parseRoot(source, file, 'terms');
  const pair = topLevelPair(root, 'terms', file, lineOf);
  const topics = pair.value as Node | null;
  if (!isMap(topics))
    throw new Error(
      `${file}:${lineOf(topics ?? (pair.key as Node))}: expected "terms:" to be a mapping of topics to term lists per language`,
    );
  const entries: { topic: string; term: string }[] = [];
  for (const topicPair of topics.items) {
    const topic = isScalar(topicPair.key) ? topicPair.key.value : undefined;
    if (typeof topic !== 'string' || !SECTION_NAME.test(topic)) {
      throw new Error(
        `${file}:${lineOf(topicPair.key as Node)}: expected a kebab-case topic such as "adversarial-testing", got ${JSON.stringify(topic ?? null)}`,
      );
    }
    const languages = topicPair.value as Node | null;
    if (!isMap(languages))
      throw new Error(
        `${file}:${lineOf(languages ?? (topicPair.key as Node))}: expected the terms of "${topic}" by language (${LANGUAGES.join(', ')})`,
      );
    for (const languagePair of languages.items) {
      const language = isScalar(languagePair.key) ? languagePair.key.value : undefined;
      if (typeof language !== 'string' || !LANGUAGES.includes(language)) {
        throw new Error(
          `${file}:${lineOf(languagePair.key as Node)}: expected a language code (${LANGUAGES.join(', ')}), got ${JSON.stringify(language ?? null)}`,
        );
      }
      for (const { text } of patternList(languagePair, file, lineOf, `"${topic}" terms in ${language}`))
        entries.push({ topic, term: text });
    }
  }
  return buildTermIndex(entries);
}

/** `subject: { models: [...], otherModel, comparison, ownModel, … }` (rules/vocabulary/statement-subject.yaml). */
export function compileSubjectVocabulary(
  source: string,
  file = 'rules/vocabulary/statement-subject.yaml',
): SubjectCues {
  const { root, lineOf } = parseRoot(source, file, 'subject');
  const pair = topLevelPair(root, 'subject', file, lineOf);
  const value = pair.value as Node | null;
  if (!isMap(value))
    throw new Error(`${file}:${lineOf(value ?? (pair.key as Node))}: expected "subject:" to be a mapping`);
  try {
    return compileSubjectCues(value.toJSON() as Record<string, unknown>);
  } catch (error) {
    throw new Error(`${file}:${lineOf(value)}: ${(error as Error).message}`, { cause: error });
  }
}

/**
 * Case-insensitive Unicode patterns cost ~40 µs per heading against the whole vocabulary, and the
 * same few hundred headings recur across cards (and labels are looked up twice), so results are
 * memoised per vocabulary. The cache is bounded and cleared when full.
 */
const MEMO_LIMIT = 20_000;
const memos = new WeakMap<Vocabulary, Map<string, readonly string[]>>();

/** Canonical names of a heading already passed through normalizeHeading(), in vocabulary order. */
export function canonicalNames(normalizedHeading: string, vocabulary: Vocabulary): string[] {
  let memo = memos.get(vocabulary);
  if (!memo) memos.set(vocabulary, (memo = new Map()));
  let names = memo.get(normalizedHeading);
  if (!names) {
    names = matchNames(normalizedHeading, vocabulary);
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(normalizedHeading, names);
  }
  return [...names];
}

function matchNames(heading: string, vocabulary: Vocabulary): string[] {
  const latin = latinPart(heading);
  const headingIsPlain = textKind(heading) === 'plain';
  const latinIsPlain = latin !== null && textKind(latin) === 'plain';
  const names: string[] = [];
  for (const section of vocabulary.sections) {
    if (
      section.patterns.some(
        (pattern) =>
          testFromStart(headingPattern(pattern, headingIsPlain), heading) ||
          (latin !== null && testFromStart(headingPattern(pattern, latinIsPlain), latin)),
      )
    ) {
      names.push(section.name);
    }
  }
  return names;
}

const fastTwins = new WeakMap<RegExp, FastVariant | null>();

/**
 * The pattern to test a heading with: on a plain text (no surrogates, no ſ or K), its `u`-free twin
 * finds exactly what it finds, several times faster (see fast-regex.ts). Most headings are new to
 * the memo above (a card's title), and each is tested against every section pattern.
 */
function headingPattern(pattern: RegExp, plainText: boolean): RegExp {
  if (!plainText) return pattern;
  let fast = fastTwins.get(pattern);
  if (fast === undefined) fastTwins.set(pattern, (fast = fastVariant(pattern.source, pattern.flags)));
  return fast ? fast.pattern : pattern;
}

/** Callers may hand in their own RegExp objects; a "g" or "y" flag would make test() stateful. */
function testFromStart(pattern: RegExp, text: string): boolean {
  if (pattern.global || pattern.sticky) pattern.lastIndex = 0;
  return pattern.test(text);
}

const BILINGUAL_PREFIX = /^[^\sa-z]+(?:\s+|\s*\(\s*)(?=[a-z])/u;

/** "使用 usage" or "协议 (license)": the translated part, so the English patterns apply. */
function latinPart(heading: string): string | null {
  if (heading.charCodeAt(0) < 0x80) return null;
  const prefix = BILINGUAL_PREFIX.exec(heading);
  if (!prefix) return null;
  return heading.slice(prefix[0].length).replace(/\)$/, '').trim();
}

function compileSections(source: string, file: string, checkPattern?: PatternCheck): Vocabulary['sections'] {
  const { root, lineOf } = parseRoot(source, file, 'sections');
  const sectionsPair = topLevelPair(root, 'sections', file, lineOf);
  const sectionsNode = sectionsPair.value as Node | null;
  if (!isMap(sectionsNode)) {
    throw new Error(
      `${file}:${lineOf(sectionsNode ?? (sectionsPair.key as Node))}: expected "sections:" to be a mapping of canonical names to lists of patterns`,
    );
  }
  return sectionsNode.items.map((pair) => {
    const name = isScalar(pair.key) ? pair.key.value : undefined;
    if (typeof name !== 'string' || !SECTION_NAME.test(name)) {
      throw new Error(
        `${file}:${lineOf(pair.key as Node)}: expected a kebab-case section name such as "training-data", got ${JSON.stringify(name ?? null)}`,
      );
    }
    const patterns = patternList(pair, file, lineOf, `patterns for "${name}"`).map(({ text, node }) => {
      const pattern = compilePattern(text, 'iu', file, lineOf(node), checkPattern);
      if (pattern.test('')) {
        throw new Error(
          `${file}:${lineOf(node)}: expected a pattern that needs some heading text; /${text}/ matches an empty heading`,
        );
      }
      return pattern;
    });
    return { name, patterns };
  });
}

function compileBoilerplate(source: string, file: string, checkPattern?: PatternCheck): RegExp[] {
  const { root, lineOf } = parseRoot(source, file, 'boilerplate');
  const pair = topLevelPair(root, 'boilerplate', file, lineOf);
  return patternList(pair, file, lineOf, 'boilerplate patterns').map(({ text, node }) => {
    const pattern = compilePattern(softWrapped(text), 'giu', file, lineOf(node), checkPattern);
    if (new RegExp(pattern.source, 'iu').test('')) {
      throw new Error(
        `${file}:${lineOf(node)}: expected a pattern that needs some text; /${text}/ matches the empty string`,
      );
    }
    return pattern;
  });
}

/** Markdown soft-wraps a sentence at any space: a space of a template sentence also matches a line break. */
const SOFT_SPACE = String.raw`(?:[ \t]{1,10}|[ \t]{0,10}\r?\n[ \t]{0,10})`;

/** The pattern with each literal space (outside character classes, not escaped) widened to `SOFT_SPACE`. */
function softWrapped(pattern: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i];
    if (char === '\\') {
      out += char + (pattern[++i] ?? '');
      continue;
    }
    if (inClass) inClass = char !== ']';
    else if (char === '[') inClass = true;
    out += char === ' ' && !inClass && !/[{?*+]/.test(pattern[i + 1] ?? '') ? SOFT_SPACE : char;
  }
  return out;
}

type LineOf = (node: Node | null | undefined) => number;

function parseRoot(source: string, file: string, key: string) {
  const lineCounter = new LineCounter();
  const document = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lineAt = (offset: number): number => lineCounter.linePos(offset).line;
  const error = document.errors[0];
  if (error) throw new Error(`${file}:${lineAt(error.pos[0])}: expected valid YAML (${error.message.split('\n')[0]})`);
  const lineOf: LineOf = (node) => lineAt(node?.range?.[0] ?? 0);
  const root = document.contents;
  if (!isMap(root)) throw new Error(`${file}:${lineOf(root)}: expected a mapping with the single key "${key}:"`);
  return { root, lineOf };
}

function topLevelPair(root: { items: Pair[] }, key: string, file: string, lineOf: LineOf): Pair {
  for (const pair of root.items) {
    const name = isScalar(pair.key) ? pair.key.value : undefined;
    if (name !== key)
      throw new Error(
        `${file}:${lineOf(pair.key as Node)}: expected only the key "${key}:", got ${JSON.stringify(name ?? null)}`,
      );
  }
  const pair = root.items.find((item) => isScalar(item.key) && item.key.value === key);
  if (!pair) throw new Error(`${file}:1: expected a top-level key "${key}:"`);
  return pair;
}

function patternList(pair: Pair, file: string, lineOf: LineOf, what: string): { text: string; node: Node }[] {
  const list = pair.value as Node | null;
  if (!isSeq(list) || list.items.length === 0) {
    throw new Error(
      `${file}:${lineOf(list ?? (pair.key as Node))}: expected a non-empty list of ${what} (regular expressions as strings)`,
    );
  }
  return list.items.map((item) => {
    const node = item as Node;
    if (!isScalar(node) || typeof node.value !== 'string' || node.value.trim() === '') {
      throw new Error(`${file}:${lineOf(node)}: expected a regular expression as a non-empty string in the ${what}`);
    }
    return { text: node.value, node };
  });
}

function compilePattern(text: string, flags: string, file: string, line: number, checkPattern?: PatternCheck): RegExp {
  let pattern: RegExp;
  try {
    pattern = new RegExp(text, flags);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`${file}:${line}: expected a valid JavaScript regular expression (${reason})`, { cause: error });
  }
  const unsafe = checkPattern?.(text, flags);
  if (unsafe) throw new Error(`${file}:${line}: expected a linear-time pattern: ${unsafe}`);
  return pattern;
}
