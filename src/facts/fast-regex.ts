/**
 * V8 runs the rules' case-insensitive patterns about 9× slower with the `u` flag than without it.
 * For most patterns and most cards both flag sets find exactly the same matches, so the pattern is
 * compiled a second time without `u` and used wherever that is provably equivalent:
 *
 * - the pattern is written in ASCII (plus uncased symbols such as "×") with no \u, \x, \p, \P or \c
 *   escapes, so it means the same code units in both modes;
 * - the text holds neither ſ (U+017F) nor K (U+212A), the only BMP characters whose Unicode case
 *   folding reaches ASCII (so only `iu` lets them match "s"/"k", \w or \b);
 * - the text holds no surrogates (astral characters count as one character only under `u`), or the
 *   pattern cannot consume one: no ".", negated class, \W, \S or \D. Such a pattern matches the
 *   same spans in both modes; only an empty match could land between a surrogate pair, so the
 *   caller falls back to the `u` pattern if it ever sees one.
 */

export interface FastVariant {
  /** The same source and flags minus `u`. */
  pattern: RegExp;
  /** Whether it is also equivalent on texts with astral characters (see above). */
  astralSafe: boolean;
}

export type TextKind = 'plain' | 'astral' | 'folding';

const FOLDS_TO_ASCII = /[\u017F\u212A]/;
const SURROGATE = /[\uD800-\uDFFF]/;
const UNCASED_SYMBOL = /^[\p{P}\p{S}\p{Zs}]$/u;

/** How a text constrains the use of a fast variant. */
export function textKind(text: string): TextKind {
  if (FOLDS_TO_ASCII.test(text)) return 'folding';
  return SURROGATE.test(text) ? 'astral' : 'plain';
}

/** The `u`-free twin of a pattern, or null when the pattern must keep `u`. */
export function fastVariant(source: string, flags: string): FastVariant | null {
  if (!flags.includes('u')) return null;
  let astralSafe = true;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (char === '\\') {
      const escaped = source[++i] ?? '';
      if ('uxpPc'.includes(escaped)) return null;
      if ('WSD'.includes(escaped)) astralSafe = false;
      if (escaped.charCodeAt(0) >= 0x80) return null;
      continue;
    }
    if (inClass) {
      if (char === ']') inClass = false;
    } else if (char === '[') {
      inClass = true;
      if (source[i + 1] === '^') astralSafe = false;
    } else if (char === '.') {
      astralSafe = false;
    }
    if (char.charCodeAt(0) >= 0x80 && !isUncased(char)) return null;
  }
  return { pattern: new RegExp(source, flags.replace('u', '')), astralSafe };
}

function isUncased(char: string): boolean {
  return UNCASED_SYMBOL.test(char) && char.toLowerCase() === char && char.toUpperCase() === char;
}

/** The pattern to run on a text of this kind: the fast variant where it is equivalent. */
export function patternFor(kind: TextKind, pattern: RegExp, fast: FastVariant | null): RegExp {
  if (!fast || kind === 'folding') return pattern;
  if (kind === 'astral' && !fast.astralSafe) return pattern;
  return fast.pattern;
}
