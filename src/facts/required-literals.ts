/**
 * A cheap necessary condition for a case-insensitive pattern: strings of which every match must
 * contain at least one. Most rule patterns look for phrases a given card never uses; when none of
 * the strings occurs in the card, the regex (which costs far more than a few `includes`) is skipped.
 *
 * The analysis is deliberately conservative: anything it does not fully understand (lookarounds,
 * backreferences, classes, non-ASCII literals, optional parts) contributes no requirement, and a
 * pattern it cannot use at all yields null (always run the regex).
 */

type Requirement = string[] | null;

interface Parser {
  source: string;
  at: number;
}

/** Lower-case ASCII strings, one of which occurs in every match; null when there is no such set. */
export function requiredLiterals(source: string, flags: string): string[] | null {
  if (!flags.includes('i')) return null;
  const parser: Parser = { source, at: 0 };
  try {
    const requirement = parseAlternation(parser);
    if (parser.at !== source.length) return null;
    return requirement && requirement.length > 0 && requirement.every((literal) => literal.length > 0)
      ? requirement
      : null;
  } catch {
    return null;
  }
}

/** `a|b|c`: a match contains one alternative's requirement, so all alternatives must have one. */
function parseAlternation(parser: Parser): Requirement {
  const alternatives: Requirement[] = [parseSequence(parser)];
  while (parser.source[parser.at] === '|') {
    parser.at++;
    alternatives.push(parseSequence(parser));
  }
  if (alternatives.some((requirement) => requirement === null)) return null;
  return [...new Set(alternatives.flat() as string[])];
}

/** A sequence requires any one of its parts' requirements: keep the most selective one. */
function parseSequence(parser: Parser): Requirement {
  const { source } = parser;
  let best: Requirement = null;
  let run = '';
  const consider = (candidate: Requirement): void => {
    if (candidate && (best === null || selectivity(candidate) > selectivity(best))) best = candidate;
  };
  const endRun = (): void => {
    if (run) consider([run]);
    run = '';
  };
  while (parser.at < source.length && source[parser.at] !== '|' && source[parser.at] !== ')') {
    const atom = parseAtom(parser);
    const quantifier = parseQuantifier(parser);
    if (atom.literal !== undefined && quantifier === 'one') {
      run += atom.literal;
      continue;
    }
    endRun();
    // A part that must occur at least once keeps its own requirement.
    if (atom.group !== undefined && quantifier !== 'optional') consider(atom.group);
  }
  endRun();
  return best;
}

/** Longer shortest strings are rarer; fewer alternatives are cheaper to test. */
function selectivity(requirement: string[]): number {
  return Math.min(...requirement.map((literal) => literal.length)) * 100 - requirement.length;
}

interface Atom {
  /** A single ASCII character matched literally (lower-cased). */
  literal?: string;
  /** For a (capturing or non-capturing) group: what it requires. */
  group?: Requirement;
}

const CLASS_ESCAPES = 'dDwWsS';
const CONTROL_ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', f: '\f', v: '\v' };

function parseAtom(parser: Parser): Atom {
  const { source } = parser;
  const char = source[parser.at++];
  switch (char) {
    case '(': {
      let lookaround = false;
      if (source[parser.at] === '?') {
        const kind = source[parser.at + 1];
        if (kind === ':') parser.at += 2;
        else if (kind === '=' || kind === '!') {
          parser.at += 2;
          lookaround = true;
        } else if (kind === '<' && (source[parser.at + 2] === '=' || source[parser.at + 2] === '!')) {
          parser.at += 3;
          lookaround = true;
        } else if (kind === '<') {
          const close = source.indexOf('>', parser.at);
          if (close === -1) throw new Error('unterminated group name');
          parser.at = close + 1;
        } else {
          throw new Error('unknown group');
        }
      }
      const inner = parseAlternation(parser);
      if (source[parser.at] !== ')') throw new Error('unterminated group');
      parser.at++;
      // What a lookaround sees need not be part of the match's own text: no requirement.
      return { group: lookaround ? null : inner };
    }
    case '[': {
      // A class is opaque; skip to its unescaped closing bracket.
      while (parser.at < source.length && source[parser.at] !== ']') parser.at += source[parser.at] === '\\' ? 2 : 1;
      if (parser.at >= source.length) throw new Error('unterminated class');
      parser.at++;
      return {};
    }
    case '\\':
      return parseEscape(parser);
    case '.':
    case '^':
    case '$':
      return {};
    case '*':
    case '+':
    case '?':
    case '{':
    case ')':
    case '|':
    case ']':
    case '}':
    case undefined:
      throw new Error('unexpected syntax');
    default:
      return literal(char);
  }
}

function parseEscape(parser: Parser): Atom {
  const { source } = parser;
  const char = source[parser.at++];
  if (char === undefined) throw new Error('trailing backslash');
  if (CLASS_ESCAPES.includes(char) || char === 'b' || char === 'B') return {};
  if (char in CONTROL_ESCAPES) return literal(CONTROL_ESCAPES[char]);
  if (/[\^$\\.*+?()[\]{}|/-]/.test(char)) return literal(char);
  if (char === 'x') {
    parser.at += 2;
    return {};
  }
  if (char === 'u' || char === 'p' || char === 'P') {
    if (source[parser.at] === '{') {
      const close = source.indexOf('}', parser.at);
      if (close === -1) throw new Error('unterminated escape');
      parser.at = close + 1;
    } else if (char === 'u') {
      parser.at += 4;
    } else {
      throw new Error('property escape without braces');
    }
    return {};
  }
  if (char === 'k') {
    const close = source.indexOf('>', parser.at);
    if (close === -1) throw new Error('unterminated group reference');
    parser.at = close + 1;
    return {};
  }
  if (char === 'c') {
    parser.at++;
    return {};
  }
  if (/\d/.test(char)) {
    while (/\d/.test(source[parser.at] ?? '')) parser.at++;
    return {};
  }
  throw new Error('unknown escape');
}

function literal(char: string): Atom {
  // Only ASCII: its lower case is one ASCII character, the same as the text's lower case.
  return char.charCodeAt(0) < 0x80 ? { literal: char.toLowerCase() } : {};
}

type Quantifier = 'one' | 'optional' | 'required';

/** 'one' (no quantifier), 'required' (at least once, maybe more) or 'optional' (may be absent). */
function parseQuantifier(parser: Parser): Quantifier {
  const { source } = parser;
  const char = source[parser.at];
  let quantifier: Quantifier;
  if (char === '?' || char === '*') {
    parser.at++;
    quantifier = 'optional';
  } else if (char === '+') {
    parser.at++;
    quantifier = 'required';
  } else if (char === '{') {
    const match = /^\{(\d+)(,\d*)?\}/.exec(source.slice(parser.at));
    if (!match) throw new Error('bad quantifier');
    parser.at += match[0].length;
    quantifier = Number(match[1]) === 0 ? 'optional' : 'required';
  } else {
    return 'one';
  }
  if (source[parser.at] === '?') parser.at++;
  return quantifier;
}

// Cards average 1.5 KB: about one bit in ten is set, so a 5-trigram literal is rarely a false "maybe".
const TRIGRAM_BITS = 1 << 14;

/**
 * A lossy set of a lower-cased text's three-character substrings, for testing many required
 * literals per card without scanning the text for each: `mayContain` is false only when the
 * literal certainly does not occur (a hash collision can only make it say "maybe").
 */
export interface LiteralIndex {
  mayContain(literal: string): boolean;
}

export function literalIndex(lowered: string): LiteralIndex {
  const bits = new Uint32Array(TRIGRAM_BITS >> 5);
  for (let i = 0; i + 2 < lowered.length; i++) {
    const hash = trigramHash(lowered, i);
    bits[hash >> 5] |= 1 << (hash & 31);
  }
  return {
    mayContain(literal: string): boolean {
      // Too short for a trigram: a direct search is cheap for these few.
      if (literal.length < 3) return lowered.includes(literal);
      for (let i = 0; i + 2 < literal.length; i++) {
        const hash = trigramHash(literal, i);
        if ((bits[hash >> 5] & (1 << (hash & 31))) === 0) return false;
      }
      return true;
    },
  };
}

function trigramHash(text: string, at: number): number {
  return (
    ((text.charCodeAt(at) * 961 + text.charCodeAt(at + 1) * 31 + text.charCodeAt(at + 2)) ^
      (text.charCodeAt(at) >> 8)) &
    (TRIGRAM_BITS - 1)
  );
}

const literalsOfPattern = new WeakMap<RegExp, string[] | null>();

/**
 * False only when `pattern` certainly cannot match the text whose lower-cased form is `lowered`
 * (none of its required literals occurs): a few `includes` instead of a regex scan.
 */
export function mayMatch(pattern: RegExp, lowered: string): boolean {
  let literals = literalsOfPattern.get(pattern);
  if (literals === undefined)
    literalsOfPattern.set(pattern, (literals = requiredLiterals(pattern.source, pattern.flags)));
  return literals === null || literals.some((literal) => lowered.includes(literal));
}
