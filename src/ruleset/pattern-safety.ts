/**
 * Refuses rule patterns that can backtrack catastrophically: a pattern is run over whole cards, so
 * one that can match the same text in exponentially many ways (`(a+)+$`, `(\w+\s?)*$`, `(a|aa)+`)
 * would hang the check on a card made to exploit it. Two analyses, both judging a part of the
 * pattern as if what follows it could fail (so `(a|aa)+` is refused although, alone, it never has to
 * backtrack: the next edit of the rule may append to it):
 *
 * - scslre (the analyser behind eslint-plugin-regexp's no-super-linear-backtracking) finds nested
 *   quantifiers that can split a run of one character between them ("Self": `(a+)+`) or trade it
 *   ("Trade": `\s*\s*`), exponential or polynomial; both are refused. Its third kind, "Move" (a
 *   quantifier the engine retries from every start position, as in `[\w.]+@`), is allowed: it is
 *   at most quadratic, every search loop has it, and the bundled rules rely on it.
 * - scslre misses ambiguity between the alternatives of a repeated group (`(a|aa)+`, `(a|a)*`), so
 *   refa's automata decide, for each group repeated more than 20 times: do two of its alternatives
 *   start the same text, can one repetition also be matched as several, or can two alternatives of a
 *   choice inside it match the same text. Any yes means exponentially many ways to match a long run.
 *
 * Lookarounds are ignored (the automata then accept more, never less: a safe pattern may be refused,
 * not the reverse) and backreferences dropped. Checking the 92 bundled patterns made loading the
 * rules ~85 ms slower (145 → 230 ms, bundled CLI), so load-rules.ts checks only rules from other
 * folders; __tests__/ruleset/pattern-safety.test.ts checks the bundled ones.
 */
import { createRequire } from 'node:module';
import type * as Regexpp from '@eslint-community/regexpp';
import type { AST } from '@eslint-community/regexpp';
import type * as Refa from 'refa';
import type { JS, NFA } from 'refa';
import type * as Scslre from 'scslre';

/** Repetitions above which an ambiguous group is refused (scslre's threshold for exponential). */
const MAX_SAFE_REPETITIONS = 20;
/** Bounded quantifiers at least this large are treated as unbounded when building automata. */
const INFINITY_THRESHOLD = 100;
const MAX_NODES = 20_000;

interface Analysers {
  regexpp: typeof Regexpp;
  refa: typeof Refa;
  scslre: typeof Scslre;
  parser: Regexpp.RegExpParser;
}
let analysers: Analysers | undefined;

/**
 * Loads the analysers on the first check. refa alone is 1 MB of automata and Unicode tables: loaded
 * with this module they added ~30 ms to every start, though only rules outside the bundled folder
 * are checked. The literal require() calls let esbuild bundle them as modules evaluated on first
 * use; where there is no require (Node's ESM, ts-jest), createRequire loads the same packages.
 */
function load(): Analysers {
  if (analysers) return analysers;
  let libraries: Omit<Analysers, 'parser'>;
  if (typeof require === 'function') {
    // In the CommonJS test build `require` exists; the ESM bundle takes the createRequire branch below.
    /* eslint-disable @typescript-eslint/no-require-imports */
    libraries = { regexpp: require('@eslint-community/regexpp'), refa: require('refa'), scslre: require('scslre') };
    /* eslint-enable @typescript-eslint/no-require-imports */
  } else {
    const requireHere = createRequire(import.meta.url);
    libraries = {
      regexpp: requireHere('@eslint-community/regexpp'),
      refa: requireHere('refa'),
      scslre: requireHere('scslre'),
    };
  }
  analysers = { ...libraries, parser: new libraries.regexpp.RegExpParser({ ecmaVersion: 2025 }) };
  return analysers;
}

/**
 * Null when the pattern (with these flags) cannot backtrack catastrophically; otherwise why, naming
 * the part of the pattern at fault.
 */
export function checkPatternSafety(pattern: string, flags: string): string | null {
  const { parser, refa } = load();
  let literal: JS.RegexppAst;
  try {
    const parsedFlags = parser.parseFlags(flags);
    literal = {
      pattern: parser.parsePattern(pattern, 0, pattern.length, {
        unicode: parsedFlags.unicode,
        unicodeSets: parsedFlags.unicodeSets,
      }),
      flags: parsedFlags,
    };
  } catch (error) {
    return `invalid regular expression: ${(error as Error).message}`;
  }
  try {
    return quantifierReport(literal) ?? ambiguousRepetition(literal);
  } catch (error) {
    if (error instanceof refa.TooManyNodesError)
      return 'too complex to check for catastrophic backtracking; split it into simpler patterns';
    throw error;
  }
}

function quantifierReport(literal: JS.RegexppAst): string | null {
  const { reports } = load().scslre.analyse(literal, { assumeRejectingSuffix: true, reportTypes: { Move: false } });
  const report = reports[0];
  if (!report) return null;
  const run = `a run of ${JSON.stringify(report.character.pick)}`;
  const growth = report.exponential
    ? 'exponentially many ways (catastrophic backtracking)'
    : 'polynomially many ways (super-linear backtracking)';
  if (report.type === 'Self')
    return `"${excerpt(report.quant.raw)}" inside "${excerpt(report.parentQuant.raw)}" can split ${run} in ${growth}`;
  if (report.type === 'Trade')
    return `"${excerpt(report.startQuant.raw)}" and "${excerpt(report.endQuant.raw)}" can share ${run} in ${growth}`;
  return null;
}

/** Ambiguity inside a group repeated more than MAX_SAFE_REPETITIONS times, decided on automata. */
function ambiguousRepetition(literal: JS.RegexppAst): string | null {
  const { regexpp, refa } = load();
  const { NFA, isDisjointWith } = refa;
  const source = refa.JS.Parser.fromAst(literal);
  const automaton = (element: JS.ParsableElement, min = 1, max = 1): NFA => {
    const { expression, maxCharacter } = source.parseElement(element, {
      backreferences: 'disable',
      assertions: 'ignore',
      maxNodes: MAX_NODES,
    });
    const nfa = NFA.fromRegex(
      expression,
      { maxCharacter },
      { assertions: 'ignore', unknowns: 'disable', infinityThreshold: INFINITY_THRESHOLD },
    );
    if (min !== 1 || max !== 1) nfa.quantify(min, max);
    return nfa;
  };
  const overlapping = (
    alternatives: AST.Alternative[],
    tail: NFA | null,
  ): [AST.Alternative, AST.Alternative] | null => {
    const starts = alternatives.map((alternative) => {
      const nfa = automaton(alternative);
      if (tail) nfa.append(tail);
      return nfa;
    });
    for (let i = 0; i < starts.length; i++) {
      for (let j = i + 1; j < starts.length; j++)
        if (!isDisjointWith(starts[i], starts[j])) return [alternatives[i], alternatives[j]];
    }
    return null;
  };
  let found: string | null = null;
  regexpp.visitRegExpAST(literal.pattern, {
    onQuantifierEnter(quantifier) {
      if (found !== null || repetitions(quantifier) <= MAX_SAFE_REPETITIONS) return;
      const body = quantifier.element;
      // One character (class) per repetition cannot be split differently.
      if (body.type === 'Character' || body.type === 'CharacterClass' || body.type === 'CharacterSet') return;
      const where = `the repeated "${excerpt(quantifier.raw)}"`;
      if ((body.type === 'Group' || body.type === 'CapturingGroup') && body.alternatives.length > 1) {
        const pair = overlapping(body.alternatives, automaton(body, 0, Infinity));
        if (pair) {
          found = `the alternatives "${excerpt(pair[0].raw)}" and "${excerpt(pair[1].raw)}" of ${where} can begin the same text, so a long run can be matched in exponentially many ways (catastrophic backtracking)`;
          return;
        }
      }
      const more = automaton(body);
      more.append(automaton(body, 1, Infinity));
      if (!isDisjointWith(automaton(body), more)) {
        found = `one repetition of "${excerpt(body.raw)}" in ${where} can also be matched as several, so a long run can be matched in exponentially many ways (catastrophic backtracking)`;
        return;
      }
      const choice = (group: AST.Group | AST.CapturingGroup): void => {
        if (found !== null || group === body || group.alternatives.length < 2) return;
        const pair = overlapping(group.alternatives, null);
        if (pair)
          found = `the alternatives "${excerpt(pair[0].raw)}" and "${excerpt(pair[1].raw)}" inside ${where} can match the same text, so a long run can be matched in exponentially many ways (catastrophic backtracking)`;
      };
      regexpp.visitRegExpAST(body, { onGroupEnter: choice, onCapturingGroupEnter: choice });
    },
  });
  return found;
}

/** How often a quantifier's element can repeat, counting the quantifiers around it. */
function repetitions(quantifier: AST.Quantifier): number {
  let count = quantifier.max;
  for (let node = quantifier.parent as AST.Node | null; node; node = node.parent)
    if (node.type === 'Quantifier') count *= node.max;
  return count;
}

function excerpt(source: string): string {
  return source.length > 40 ? `${source.slice(0, 39)}…` : source;
}
