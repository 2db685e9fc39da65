/**
 * Rule patterns that can backtrack catastrophically are refused when the rules are loaded, with
 * file:line:column; every bundled pattern passes (load-rules.ts skips the check for the bundled
 * folder, so this test is what keeps them safe).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkPatternSafety } from '../../src/ruleset/pattern-safety.js';
import { validateRule } from '../../src/ruleset/validate-rule.js';
import { loadRuleset } from '../../src/ruleset/load-rules.js';
import { regexesOf as registryRegexes, type CompiledMatcher } from '../../src/evaluate/matchers/registry.js';
import { ROOT, shippedRuleset } from '../helpers.js';

const ruleset = shippedRuleset();
const { vocabulary } = ruleset;

function regexesOf(matcher: CompiledMatcher | null): RegExp[] {
  return matcher ? registryRegexes(matcher, '').map(([pattern]) => pattern) : [];
}

const rule = (evidence: string) => `id: example-rule
title: An example
citations:
  - { article: 53, paragraph: 1, point: b }
appliesTo: [gpai]
audience: [downstream-providers]
severity: error
evidence:
${evidence}
message: Missing example; expected an example.
help: Add an example section.
`;

describe('checkPatternSafety', () => {
  it('passes every bundled pattern (all matcher kinds, with the flags they run with)', () => {
    const patterns = ruleset.rules.flatMap((r) =>
      [...regexesOf(r.met), ...regexesOf(r.partial)].map((regex) => ({ file: r.file, regex })),
    );
    expect(patterns.length).toBeGreaterThanOrEqual(90);
    const refused = patterns
      .map(({ file, regex }) => [file, regex.source, checkPatternSafety(regex.source, regex.flags)])
      .filter(([, , problem]) => problem !== null);
    expect(refused).toEqual([]);
  });

  it('passes every pattern of the shipped heading vocabulary and boilerplate list', () => {
    const patterns = [
      ...ruleset.vocabulary.sections.flatMap((section) => section.patterns),
      ...ruleset.vocabulary.boilerplate,
    ];
    expect(patterns.length).toBeGreaterThan(100);
    expect(
      patterns.filter((regex) => checkPatternSafety(regex.source, regex.flags) !== null).map((regex) => regex.source),
    ).toEqual([]);
  });

  it.each([
    [
      '(a+)+$',
      /^"a\+" inside "\(a\+\)\+" can split a run of "A" in exponentially many ways \(catastrophic backtracking\)$/,
    ],
    ['(\\w+\\s?)*$', /^"\\w\+" inside "\(\\w\+\\s\?\)\*" can split a run of "A" in exponentially many ways/],
    ['(a|aa)+', /^the alternatives "a" and "aa" of the repeated "\(a\|aa\)\+" can begin the same text/],
    ['(a|a)*b', /^the alternatives "a" and "a" of the repeated "\(a\|a\)\*" can begin the same text/],
    ['^(\\d+)*$', /exponentially many ways/],
    ['(?:x+x+)+y', /^"x\+" and "x\+" can share a run of "X" in exponentially many ways/],
    ['\\bmodel\\b(?:\\s*\\w+)*\\s*card', /exponentially many ways/],
    ['(a?a)+$', /^one repetition of "\(a\?a\)" in the repeated "\(a\?a\)\+" can also be matched as several/],
    ['(?:(a|a)b)+$', /^the alternatives "a" and "a" inside the repeated "\(\?:\(a\|a\)b\)\+" can match the same text/],
    [
      '(?:a|ab|b){30}c',
      /^the alternatives "a" and "ab" of the repeated "\(\?:a\|ab\|b\)\{30\}" can begin the same text/,
    ],
    ['a*a*b', /polynomially many ways \(super-linear backtracking\)/],
  ])('refuses %s', (pattern, reason) => {
    expect(checkPatternSafety(pattern, 'gimu')).toMatch(reason);
  });

  it.each([
    ['\\bmodel card\\b'],
    ['(ab|a)*b$'],
    ['(?:a|b){0,50}c'],
    ['(?:\\w+\\s)+x'],
    ['\\b(?:red[- ]?team\\w*)\\b[^\\n]{0,200}\\b(?:found|identified)\\b'],
    // Retried from every start position (at most quadratic, as every search is): allowed.
    ['[\\w.+-]+@[\\w-]+\\.[\\w.]+'],
    ['(?:a|aa){0,20}$'],
  ])('accepts %s', (pattern) => {
    expect(checkPatternSafety(pattern, 'gimu')).toBeNull();
  });

  it('reports a pattern it cannot parse instead of throwing', () => {
    expect(checkPatternSafety('(unclosed', 'iu')).toMatch(/^invalid regular expression: .*Unterminated group/);
  });

  it('refuses a pattern that takes exponential time in V8', () => {
    // What the check protects against: each extra character doubles the time of a failed match.
    const pattern = '(\\w+\\s?)*$';
    const time = (length: number): number => {
      const started = performance.now();
      new RegExp(pattern, 'u').test(`${'a'.repeat(length)}!`);
      return performance.now() - started;
    };
    expect(time(22)).toBeGreaterThan(4 * Math.min(time(18), time(18), time(18)));
    expect(checkPatternSafety(pattern, 'u')).not.toBeNull();
  });
});

describe('validateRule with an unsafe pattern', () => {
  it.each([
    [
      'a pattern matcher',
      "  met:\n    pattern: '(\\w+\\s?)*$'",
      /example-rule\.yaml:10:5: unsafe regular expression: "\\w\+" inside "\(\\w\+\\s\?\)\*" can split a run of "A" in exponentially many ways/,
    ],
    [
      'a pattern inside anyOf',
      "  met:\n    anyOf:\n      - section: training-data\n      - pattern: '(a|aa)+'",
      /example-rule\.yaml:12:9: unsafe regular expression: the alternatives "a" and "aa"/,
    ],
    [
      'a partial metadata pattern',
      "  met:\n    section: training-data\n  partial:\n    metadata: license\n    pattern: '^(\\d+)*$'",
      /example-rule\.yaml:13:5: unsafe regular expression: "\\d\+" inside "\(\\d\+\)\*"/,
    ],
    [
      'a link url',
      "  met:\n    link: 'report'\n    url: '(?:x+x+)+y'",
      /example-rule\.yaml:11:5: unsafe regular expression: "x\+" and "x\+" can share/,
    ],
  ])('refuses %s with file:line:column and the reason', (_name, evidence, message) => {
    expect(() => validateRule(rule(evidence), 'rules/example-rule.yaml', vocabulary)).toThrow(message);
  });

  it('accepts the same rule as bundled (the test above checks the bundled patterns instead)', () => {
    expect(() =>
      validateRule(rule("  met:\n    pattern: '(a|aa)+'"), 'rules/example-rule.yaml', vocabulary, { bundled: true }),
    ).not.toThrow();
  });
});

describe('loadRuleset', () => {
  let folder: string;
  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'aag-unsafe-rules-'));
    cpSync(join(ROOT, 'rules'), folder, { recursive: true });
    const file = join(folder, 'energy-consumption.yaml');
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('CO2|');
    writeFileSync(file, text.replace('CO2|', 'CO2|(?:\\w+\\s?)+:|'));
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('refuses a rule folder with an unsafe pattern, naming the file, line and column', () => {
    const line =
      readFileSync(join(folder, 'energy-consumption.yaml'), 'utf8')
        .split('\n')
        .findIndex((text) => text.includes('CO2|(?:')) + 1;
    expect(line).toBeGreaterThan(0);
    expect(() => loadRuleset(folder)).toThrow(
      new RegExp(
        `energy-consumption\\.yaml:${line}:9: unsafe regular expression: "\\\\w\\+" inside "\\(\\?:\\\\w\\+\\\\s\\?\\)\\+"`,
      ),
    );
  });

  it('loads the bundled folder and an unchanged copy of it', () => {
    expect(loadRuleset(join(ROOT, 'rules')).rules).toHaveLength(ruleset.rules.length);
    const copy = mkdtempSync(join(tmpdir(), 'aag-safe-rules-'));
    try {
      cpSync(join(ROOT, 'rules'), copy, { recursive: true });
      expect(loadRuleset(copy).rules).toHaveLength(ruleset.rules.length);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});
