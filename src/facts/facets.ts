/**
 * Facets: the parts of a duty a reviewer looks for (for cybersecurity: how weights are protected,
 * who has access, how it is monitored), each a term list in any of the card languages. Terms are
 * plain words; case, hyphens and the usual inflections (-s, -es, -ed, -ing) do not matter, and a
 * trailing `*` takes any ending ("verschlüssel*"). Content that covers several facets of its duty
 * says what was done, however few figures or names it holds.
 */
export interface Facet {
  name: string;
  pattern: RegExp;
  /** Lower-case words one of which every match contains (each term's first word): a cheap first test. */
  literals: string[];
  /** The literals that are whole words, which begin a word of any text that matches. */
  wordStarts: string[];
  /** The other literals ("pass@1", "→"), which occur somewhere in any text that matches. */
  fragments: string[];
}

const SPECIAL = /[.+?^${}()|[\]\\]/g;
const WORD = /[\p{L}\p{N}]+/gu;
const PLAIN = /^[\p{L}\p{N}]+$/u;
/** Characters of a word's start that WordIndex keeps in a set. */
const PREFIX = 3;

/** One facet's terms as a single case-insensitive Unicode pattern. */
export function compileFacet(name: string, terms: readonly string[]): Facet {
  const alternatives = terms.map((term) => {
    const open = term.endsWith('*');
    const words = (open ? term.slice(0, -1) : term)
      .trim()
      .replace(SPECIAL, '\\$&')
      .replace(/\*/g, '')
      .split(/[\s-]+/)
      // A term that starts with a hyphen ("->") starts at its first mark: the facet is only tested, and a
      // leading [\s-]* would be retried from every position of a long run of dashes or spaces.
      .filter((piece, index, pieces) => piece !== '' || index > 0 || pieces.length === 1)
      .join('[\\s-]*');
    return open ? `${words}[\\p{L}\\p{N}]*` : `${words}(?:s|es|d|ed|ing)?`;
  });
  const literals = [
    ...new Set(
      terms.map(
        (term) =>
          term
            .replace(/\*$/, '')
            .trim()
            .split(/[\s-]+/)
            .find((piece) => piece !== '')
            ?.toLowerCase() ?? '',
      ),
    ),
  ];
  return {
    name,
    pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'iu'),
    literals,
    wordStarts: literals.filter((literal) => PLAIN.test(literal)),
    fragments: literals.filter((literal) => !PLAIN.test(literal)),
  };
}

/**
 * Whether a text names at least `min` of the facets; stops as soon as the answer is known. With the
 * text in lower case, a facet none of whose literals it contains is ruled out without its pattern
 * (a substring search is many times cheaper than a Unicode pattern tried at every position).
 */
export function coversAtLeast(facets: readonly Facet[], text: string, min: number, lowered?: string): boolean {
  let found = 0;
  for (let i = 0; i < facets.length; i++) {
    const facet = facets[i];
    const possible = lowered === undefined || facet.literals.some((literal) => lowered.includes(literal));
    if (possible && facet.pattern.test(text)) found++;
    if (found >= min) return true;
    if (found + facets.length - i - 1 < min) return false;
  }
  return found >= min;
}

/** The facets among `facets` whose literals occur in the index. */
export function facetsPresent(facets: readonly Facet[], index: WordIndex): Facet[] {
  return facets.filter(
    (facet) =>
      facet.wordStarts.some((literal) => index.hasWordStartingWith(literal)) ||
      facet.fragments.some((literal) => index.includes(literal)),
  );
}

/**
 * The distinct words of a lower-cased text, sorted: whether a literal can begin a word is a binary
 * search, not a scan of the text (a term never starts inside a word). Literals with other
 * characters ("pass@1", "→") fall back to a substring test.
 */
export class WordIndex {
  private readonly words: string[];
  /**
   * The first PREFIX characters of every word (shorter words whole): most literals begin no word of
   * a card, and one set lookup says so without a binary search of string comparisons.
   */
  private readonly prefixes: Set<string>;
  constructor(private readonly lowered: string) {
    this.words = [...new Set(lowered.match(WORD) ?? [])].sort();
    this.prefixes = new Set(this.words.map((word) => word.slice(0, PREFIX)));
  }

  mayContain(literal: string): boolean {
    return PLAIN.test(literal) ? this.hasWordStartingWith(literal) : this.includes(literal);
  }

  /** Whether a word of the text begins with `literal` (letters and digits only). */
  hasWordStartingWith(literal: string): boolean {
    if (literal.length >= PREFIX && !this.prefixes.has(literal.slice(0, PREFIX))) return false;
    let low = 0;
    let high = this.words.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.words[middle] < literal) low = middle + 1;
      else high = middle;
    }
    return low < this.words.length && this.words[low].startsWith(literal);
  }

  /** Whether the text contains `fragment` anywhere. */
  includes(fragment: string): boolean {
    return this.lowered.includes(fragment);
  }
}

/** The facets some of the texts mention. */
export function facetsCovered(facets: readonly Facet[], texts: readonly string[]): string[] {
  return facets.filter((facet) => texts.some((text) => facet.pattern.test(text))).map((facet) => facet.name);
}
