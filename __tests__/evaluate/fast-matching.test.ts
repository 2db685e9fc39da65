/**
 * The shortcuts that make pattern matching fast must never change a result: the `u`-free twin of
 * a pattern finds the same matches where it is used, and the required literals are in every match.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { fastVariant, patternFor, textKind } from '../../src/facts/fast-regex.js';
import { literalIndex, requiredLiterals } from '../../src/facts/required-literals.js';
import type { CompiledMatcher } from '../../src/evaluate/matchers/registry.js';
import type { CombinatorMatcher } from '../../src/evaluate/matchers/combinators.js';
import type { PatternMatcher } from '../../src/evaluate/matchers/pattern.js';
import { ROOT, shippedRuleset } from '../helpers.js';

/** Every match as runPattern walks them: [index, length], stepping over empty matches. */
function matches(pattern: RegExp, text: string): [number, number][] {
  const found: [number, number][] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    found.push([match.index, match[0].length]);
    if (match[0].length === 0) pattern.lastIndex++;
  }
  return found;
}

function rulePatterns(): string[] {
  const sources: string[] = [];
  const walk = (matcher: CompiledMatcher | null): void => {
    if (!matcher) return;
    if (matcher.kind === 'anyOf' || matcher.kind === 'allOf') (matcher as CombinatorMatcher).matchers.forEach(walk);
    else if (matcher.kind === 'pattern') sources.push((matcher as PatternMatcher).source);
  };
  for (const rule of shippedRuleset().rules) {
    walk(rule.met);
    walk(rule.partial);
  }
  return [...shippedRuleset().vocabulary.boilerplate.map((pattern) => pattern.source), ...new Set(sources)];
}

/** Lines of the example and fixture cards: real text, where the patterns do match. */
function cardLines(): string[] {
  const lines: string[] = [];
  const read = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) read(path);
      else if (entry.name.endsWith('.md'))
        lines.push(
          ...readFileSync(path, 'utf8')
            .split('\n')
            .filter((line) => line.trim().length > 3),
        );
    }
  };
  read(join(ROOT, 'examples'));
  read(join(ROOT, '__tests__', 'fixtures'));
  return [...new Set(lines)];
}

/** Text made of card lines, the patterns' own words, separators and awkward characters (ſ, K, astral). */
function textArbitrary(sources: string[]): fc.Arbitrary<string> {
  const words = [...new Set(sources.join(' ').match(/[A-Za-z][A-Za-z_.-]{1,20}/g) ?? [])];
  const lines = cardLines();
  const odd = [
    ' ',
    ' ',
    '\n',
    '\r\n',
    '-',
    '.',
    ':',
    '@',
    '%',
    '(',
    ')',
    '1.5',
    '2023-05',
    '70B',
    'é',
    'ß',
    'Σ',
    '×',
    '😀',
    '𝐀',
    '\u017F',
    '\u212A',
    'İ',
    '\uD800',
  ];
  return fc
    .array(
      fc.oneof(
        fc.constantFrom(...lines),
        fc.constantFrom(...words),
        fc.constantFrom(...words).map((word) => word.toUpperCase()),
        fc.constantFrom(...odd),
        fc.constantFrom(...odd),
      ),
      { maxLength: 40 },
    )
    .map((parts) => parts.join(''));
}

describe('the u-free twin of a pattern', () => {
  it('folds case like the u pattern for every BMP character but ſ and K', () => {
    const atoms = [
      ...'abcdefghijklmnopqrstuvwxyz0123456789',
      '\\w',
      '\\W',
      'x\\b',
      'x\\B',
      '\\s',
      '\\d',
      '[a-z]',
      '[^a-z]',
      '[\\w.+-]',
      '×',
    ];
    const pairs = atoms.map((atom) => [new RegExp(atom, 'i'), new RegExp(atom, 'iu')] as const);
    const differing = new Set<string>();
    for (let code = 0x80; code <= 0xffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const char = String.fromCharCode(code);
      pairs.forEach(([plain, unicode], index) => {
        const text = atoms[index].startsWith('x') ? `x${char}` : char;
        if (plain.test(text) !== unicode.test(text)) differing.add(char);
      });
    }
    expect([...differing].sort()).toEqual(['\u017F', '\u212A']);
    expect(textKind('\u017F')).toBe('folding');
    expect(textKind('\u212A')).toBe('folding');
    expect(textKind('a😀b')).toBe('astral');
    expect(textKind('abc é')).toBe('plain');
  });

  it('is only made for patterns it can stand in for', () => {
    expect(fastVariant('\\bfoo\\b', 'gimu')?.astralSafe).toBe(true);
    expect(fastVariant('a[^\\n]{0,60}b', 'gimu')?.astralSafe).toBe(false);
    expect(fastVariant('a.b', 'gimu')?.astralSafe).toBe(false);
    expect(fastVariant('a\\Sb', 'gimu')?.astralSafe).toBe(false);
    expect(fastVariant('\\d+ ?[x×] ?\\d+', 'gimu')).not.toBeNull();
    expect(fastVariant('caf\u00e9', 'gimu')).toBeNull();
    expect(fastVariant('\\u{1F600}', 'gimu')).toBeNull();
    expect(fastVariant('\\p{L}+', 'gimu')).toBeNull();
    expect(fastVariant('\\x41', 'gimu')).toBeNull();
    expect(fastVariant('abc', 'gim')).toBeNull();
  });

  it('finds the same matches as the u pattern wherever it is chosen (rule and boilerplate patterns)', () => {
    const sources = rulePatterns();
    const compiled = sources.map((source) => ({
      unicode: new RegExp(source, 'gimu'),
      fast: fastVariant(source, 'gimu'),
    }));
    let compared = 0;
    fc.assert(
      fc.property(textArbitrary(sources), (text) => {
        const kind = textKind(text);
        for (const { unicode, fast } of compiled) {
          const chosen = patternFor(kind, unicode, fast);
          if (chosen === unicode) continue;
          const fastMatches = matches(chosen, text);
          // On astral text an empty match sends runPattern back to the u pattern.
          if (kind === 'astral' && fastMatches.some(([, length]) => length === 0)) continue;
          expect(fastMatches).toEqual(matches(unicode, text));
          compared += fastMatches.length;
        }
      }),
      { numRuns: 300 },
    );
    expect(compared).toBeGreaterThan(100); // the property was exercised
  });
});

describe('requiredLiterals', () => {
  it.each([
    ['\\bsystemic risks?\\b', ['systemic risk']],
    ['\\bCBRNE?\\b|\\bdual[- ]use\\b', ['cbrn', 'dual']],
    ['[\\w.+-]+@[\\w-]+\\.[\\w.]+', ['@']],
    ['Art(?:icle|\\.)? ?4\\(3\\)', ['4(3)']],
    ['\\b(?:red[- ]?team\\w*|adversarial test\\w*)\\b[^\\n]{0,200}\\b(?:found|identified)\\b', ['found', 'identified']],
    ['(?<name>abc)+def', ['abc']],
    ['x(?:abcdef){2,3}', ['abcdef']],
  ])('%s needs one of %j', (source, expected) => {
    expect(requiredLiterals(source, 'gimu')).toEqual(expected);
  });

  it.each([
    ['(?:abc)?'],
    ['abc|'],
    ['(?:abc|)d?'],
    ['(?=abc)\\w+'],
    ['(?<!abc)\\d+'],
    ['[abc]+'],
    ['a*'],
    ['\\p{L}+'],
    ['(?:abc){0,2}'],
  ])('%s needs nothing it can name', (source) => {
    expect(requiredLiterals(source, 'gimu')).toBeNull();
  });

  it('is not offered for case-sensitive patterns', () => {
    expect(requiredLiterals('abc', 'g')).toBeNull();
  });

  it('names strings that every match of a rule or boilerplate pattern contains', () => {
    const sources = rulePatterns();
    const compiled = sources
      .map((source) => ({ pattern: new RegExp(source, 'gimu'), literals: requiredLiterals(source, 'gimu') }))
      .filter((entry): entry is { pattern: RegExp; literals: string[] } => entry.literals !== null);
    expect(compiled.length).toBeGreaterThan(sources.length / 2);
    let checked = 0;
    fc.assert(
      fc.property(textArbitrary(sources), (text) => {
        if (textKind(text) === 'folding') return;
        for (const { pattern, literals } of compiled) {
          for (const [index, length] of matches(pattern, text)) {
            const matched = text.slice(index, index + length).toLowerCase();
            expect(literals.some((literal) => matched.includes(literal))).toBe(true);
            checked++;
          }
        }
      }),
      { numRuns: 300 },
    );
    expect(checked).toBeGreaterThan(100); // the property was exercised
  });
});

describe('literalIndex', () => {
  it('never rules out a string the text contains', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.nat(), fc.nat(), (text, a, b) => {
        const lowered = text.toLowerCase();
        const from = a % (lowered.length + 1);
        const to = from + (b % 12);
        expect(literalIndex(lowered).mayContain(lowered.slice(from, to))).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('rules out strings that are absent', () => {
    const index = literalIndex('a model card about training data.');
    expect(index.mayContain('training data')).toBe(true);
    expect(index.mayContain('red team')).toBe(false);
    expect(index.mayContain('@')).toBe(false);
    expect(index.mayContain('.')).toBe(true);
  });
});
