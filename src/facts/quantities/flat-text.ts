/**
 * Text of one node as read (markup dropped, entities decoded, `<sup>` as "^"), with a map back to the
 * card's offsets, so a figure found in the flattened text is quoted and placed as written.
 */
interface Piece {
  flatStart: number;
  flatLength: number;
  absStart: number;
  absLength: number;
  verbatim: boolean;
  /** Belongs to the text before it when quoting (a `</sup>` closing an exponent). */
  sticky?: boolean;
}

/** Text of one node as read (markup dropped), remembering where each piece sits in the card. */
export class FlatText {
  text = '';
  private readonly pieces: Piece[] = [];
  private lastAbsEnd = -1;

  addVerbatim(value: string, absStart: number): void {
    if (!value) return;
    this.pieces.push({
      flatStart: this.text.length,
      flatLength: value.length,
      absStart,
      absLength: value.length,
      verbatim: true,
    });
    this.text += value;
    this.lastAbsEnd = absStart + value.length;
  }

  /** `value` stands for `absLength` characters of the card (a tag, an entity, a skipped span). */
  addSynthetic(value: string, absStart: number, absLength: number, sticky = false): void {
    this.pieces.push({
      flatStart: this.text.length,
      flatLength: value.length,
      absStart,
      absLength,
      verbatim: false,
      sticky,
    });
    this.text += value;
    this.lastAbsEnd = absStart + absLength;
  }

  /** Markdown between two leaves: emphasis markers join ("**39.3**M"), anything else separates. */
  bridgeTo(absStart: number, source: string): void {
    if (this.lastAbsEnd < 0 || absStart <= this.lastAbsEnd) return;
    const length = absStart - this.lastAbsEnd;
    const onlyEmphasis = length <= 3 && /^[*_~]+$/.test(source.slice(this.lastAbsEnd, absStart));
    this.addSynthetic(onlyEmphasis ? '' : ' ', this.lastAbsEnd, length);
  }

  /** "Label: value" read as one unit, each part still placed where it is in the card (a key/value table row as a list item). */
  static joined(label: FlatText, separator: string, value: FlatText): FlatText {
    const joined = new FlatText();
    for (const part of [label, value]) {
      for (const piece of part.pieces)
        joined.pieces.push({ ...piece, flatStart: piece.flatStart + joined.text.length });
      joined.text += part.text;
      if (part === label) joined.addSynthetic(separator, part.lastAbsEnd < 0 ? 0 : part.lastAbsEnd, 0);
    }
    joined.lastAbsEnd = value.lastAbsEnd;
    return joined;
  }

  /** The piece holding flat index `index` (for index < text.length it always has length > 0). */
  private pieceAt(index: number): number {
    let low = 0;
    let high = this.pieces.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.pieces[mid].flatStart <= index) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  absStart(index: number): number {
    const piece = this.pieces[this.pieceAt(index)];
    return piece.verbatim ? piece.absStart + (index - piece.flatStart) : piece.absStart;
  }

  /** Absolute end of a flat range ending (exclusive) at `index`; takes in a `</sup>` right after it. */
  absEnd(index: number): number {
    let at = this.pieceAt(Math.max(0, index - 1));
    const piece = this.pieces[at];
    let end = piece.verbatim ? piece.absStart + (index - piece.flatStart) : piece.absStart + piece.absLength;
    if (index === piece.flatStart + piece.flatLength) {
      for (at += 1; at < this.pieces.length && this.pieces[at].flatLength === 0 && this.pieces[at].sticky; at++) {
        end = this.pieces[at].absStart + this.pieces[at].absLength;
      }
    }
    return end;
  }
}

const ENTITY_OR_ESCAPE = /&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z]{2,8});|\\[!-/:-@[-`{-~]/g;
const ENTITY_TEXT: Record<string, string> = {
  '&nbsp;': ' ',
  '&times;': '×',
  '&#215;': '×',
  '&#xd7;': '×',
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&sup2;': '²',
  '&sup3;': '³',
  '&asymp;': '≈',
  '&approx;': '≈',
  '&sim;': '~',
  '&ndash;': '-',
  '&mdash;': '-',
  '&minus;': '−',
  '&quot;': '"',
  '&#39;': "'",
  '&apos;': "'",
};

/** Adds card text, decoding entities and (for Markdown) backslash escapes, offsets kept. */
export function addText(flat: FlatText, source: string, start: number, end: number, markdownEscapes: boolean): void {
  const value = source.slice(start, end);
  if (value.indexOf('&') === -1 && (!markdownEscapes || value.indexOf('\\') === -1)) {
    flat.addVerbatim(value, start);
    return;
  }
  let last = 0;
  ENTITY_OR_ESCAPE.lastIndex = 0;
  for (let match = ENTITY_OR_ESCAPE.exec(value); match; match = ENTITY_OR_ESCAPE.exec(value)) {
    const token = match[0];
    if (token[0] === '\\' && !markdownEscapes) continue;
    flat.addVerbatim(value.slice(last, match.index), start + last);
    const replacement = token[0] === '\\' ? token[1] : (ENTITY_TEXT[token.toLowerCase()] ?? ' ');
    flat.addSynthetic(replacement, start + match.index, token.length);
    last = match.index + token.length;
  }
  flat.addVerbatim(value.slice(last), start + last);
}

export const TAG_NAME = /^<\s*(\/)?\s*([A-Za-z][A-Za-z0-9-]*)/;
/** Tags that sit inside a word or number ("<b>39.3</b>M", "CO<sub>2</sub>"): they vanish. */
const INLINE_TAGS = new Set([
  'a',
  'b',
  'strong',
  'i',
  'em',
  'span',
  'u',
  'font',
  'small',
  'big',
  'mark',
  'sub',
  'code',
  's',
  'abbr',
]);
const BLOCK_TAGS = new Set([
  'p',
  'div',
  'br',
  'li',
  'ul',
  'ol',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'table',
  'tr',
  'td',
  'th',
  'thead',
  'tbody',
  'details',
  'summary',
  'figure',
  'figcaption',
  'blockquote',
  'hr',
  'center',
  'section',
  'pre',
  'img',
]);

const CLOSING_SUP = /^<\s*\/\s*sup\b/i;

/** Adds a tag as what it reads as: `<sup>` becomes "^" so "10<sup>25</sup>" reads "10^25". */
export function addTag(flat: FlatText, tag: string, absStart: number, absLength: number): void {
  flat.addSynthetic(tagText(tag), absStart, absLength, CLOSING_SUP.test(tag));
}

function tagText(tag: string): string {
  if (tag.startsWith('<!--')) return ' ';
  const match = TAG_NAME.exec(tag);
  if (!match) return ' ';
  const name = match[2].toLowerCase();
  if (name === 'sup') return match[1] ? '' : '^';
  if (INLINE_TAGS.has(name)) return '';
  return BLOCK_TAGS.has(name) ? '\n\n' : ' ';
}
