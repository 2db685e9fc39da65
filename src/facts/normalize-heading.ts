/**
 * Reduces a heading or bold label to the plain form that `rules/vocabulary/sections.yaml` patterns
 * are written against: "## 2.1 **Bias, Risks & Limitations** 🚨:" → "bias, risks and limitations".
 * Runs on every heading of every card, so a plain-ASCII fast path skips the heavy passes.
 */

/** Lower-case words and inner punctuation only, no possible numbering: nothing to strip. */
const SIMPLE = /^[a-z][a-z0-9 ,'/-]*[a-z0-9]$/;
const NUMBERING_WORD = /^(?:step|part|section|chapter|appendix|slide|folie|diapositive|diapositiva|dia) /;

const HTML_COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
/** Inline tags join their text ("CO<sub>2</sub>" → "co2"); other tags separate words. */
const INLINE_TAG = /<\/?(?:sub|sup|small|span|code|kbd|b|i|em|strong|u|s|mark|abbr)\b[^<>]*>/gi;
const HTML_TAG = /<\/?[a-z][^<>]*>/gi;
const IMAGE = /!\[([^\]]*)\]\([^)]*\)/g;
const INLINE_LINK = /\[([^\]]*)\]\([^)]*\)/g;
const REFERENCE_LINK = /\[([^\]]*)\]\[[^\]]*\]/g;
const ESCAPE = /\\([\\`*_{}[\]()#+\-.!|~<>])/g;
const EMPHASIS_AND_CODE = /[*_`~]+/g;
const EMOJI_SHORTCODE = /:[a-z0-9_+-]+:/g;
const ENTITY = /&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi;
/** Symbols (emoji, ®, ™, arrows, math; "+" kept for "c++"), variation selectors, joiners and keycap marks. */
// Joiners and variation selectors are listed alone on purpose: they are removed wherever they stand.
// eslint-disable-next-line no-misleading-character-class
const SYMBOLS = /(?!\+)[\p{S}\p{Extended_Pictographic}\u{FE00}-\u{FE0F}\u{200B}-\u{200D}\u{20E3}\u{E0020}-\u{E007F}]/gu;
const QUOTES = /[\u2018\u2019\u02BC]/g;
const DOUBLE_QUOTES = /[\u201C\u201D]/g;
const DASHES = /[\u2010-\u2015\u2212]/g;
/**
 * "1.", "1.2.3", "1)", "(a)", "a.", "iv.", "step 1:", "part ii -", "§ 3", "３．" (before CJK text).
 * Bare numbers are capped at two digits so "2023 updates" or "100 languages" keep their number.
 */
// \x00-\x7f marks ASCII: numbering directly before CJK text ("３．概要") has no space after it.
const LEADING_NUMBERING =
  // eslint-disable-next-line no-control-regex
  /^(?:(?:step|part|section|chapter|appendix|slide|folie|diapositive|diapositiva|dia)\s+(?:[0-9]+(?:\.[0-9]+)*\b\s*[:.)-]?|(?:[ivxlc]+|[a-z])\s*[:.)-])|§\s*[0-9.]+|\(\s*(?:[0-9]+|[a-z]|[ivxlc]+)\s*\)|(?:[0-9]{1,2}(?:\.[0-9]{1,3})*\.?|[a-z]\.|[ivxlc]+\.)(?=\s|$)|[0-9]{1,2}\.(?=[^\x00-\x7f])|[0-9]{1,2}(?:\.[0-9]{1,3})*\s*[):-](?=\s|$)|(?:[a-z]|[ivxlc]+)\)(?=\s|$))\s*/u;
const TRAILING_PUNCTUATION = /[\s:;,.!?¿¡。：；，！？、…\-–—|=#>]+$/u;
const LEADING_PUNCTUATION = /^[\s:;,.!?。：；，、…\-–—|=#>]+/u;
const WHITESPACE = /\s+/g;

const ENTITIES: Record<string, string> = {
  amp: '&',
  nbsp: ' ',
  lt: ' ',
  gt: ' ',
  quot: '"',
  apos: "'",
  ndash: '-',
  mdash: '-',
};

export function normalizeHeading(raw: string): string {
  let text = raw.toLowerCase().trim();
  if (SIMPLE.test(text) && !NUMBERING_WORD.test(text)) return text.replace(WHITESPACE, ' ');
  text = text
    .replace(HTML_COMMENT, ' ')
    .replace(ENTITY, decodeEntity)
    .replace(INLINE_TAG, '')
    .replace(HTML_TAG, ' ')
    .replace(IMAGE, ' ')
    .replace(INLINE_LINK, '$1')
    .replace(REFERENCE_LINK, '$1')
    .replace(ESCAPE, '$1')
    .replace(EMOJI_SHORTCODE, ' ')
    .replace(SYMBOLS, ' ')
    // Underscores join words in snake_case headings ("model_card_authors") as often as they mark emphasis.
    .replace(EMPHASIS_AND_CODE, ' ')
    .normalize('NFKC')
    .toLowerCase()
    .replace(QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(DASHES, '-')
    .replace(/&/g, ' and ')
    .replace(WHITESPACE, ' ')
    .trim()
    .replace(LEADING_PUNCTUATION, '');
  // Numbering can be nested ("1. a) ...") but never deeper than a couple of levels.
  for (let i = 0; i < 3; i++) {
    const stripped = text.replace(LEADING_NUMBERING, '');
    if (stripped === text || stripped === '') break;
    text = stripped.replace(LEADING_PUNCTUATION, '');
  }
  return text.replace(TRAILING_PUNCTUATION, '');
}

function decodeEntity(match: string, name: string): string {
  const lower = name.toLowerCase();
  if (lower.startsWith('#x')) return safeCodePoint(parseInt(lower.slice(2), 16), match);
  if (lower.startsWith('#')) return safeCodePoint(parseInt(lower.slice(1), 10), match);
  return ENTITIES[lower] ?? match;
}

function safeCodePoint(code: number, fallback: string): string {
  return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : fallback;
}
