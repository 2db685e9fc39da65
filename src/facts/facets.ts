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
}

const SPECIAL = /[.+?^${}()|[\]\\]/g;

/** One facet's terms as a single case-insensitive Unicode pattern. */
export function compileFacet(name: string, terms: readonly string[]): Facet {
  const alternatives = terms.map((term) => {
    const open = term.endsWith('*');
    const words = (open ? term.slice(0, -1) : term)
      .trim()
      .replace(SPECIAL, '\\$&')
      .replace(/\*/g, '')
      .split(/[\s-]+/)
      .join('[\\s-]*');
    return open ? `${words}[\\p{L}\\p{N}]*` : `${words}(?:s|es|d|ed|ing)?`;
  });
  const literals = [
    ...new Set(
      terms.map((term) =>
        term
          .replace(/\*$/, '')
          .trim()
          .split(/[\s-]+/)[0]
          .toLowerCase(),
      ),
    ),
  ];
  return {
    name,
    pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'iu'),
    literals,
  };
}

/** Whether a text names at least `min` of the facets; stops as soon as the answer is known. */
export function coversAtLeast(facets: readonly Facet[], text: string, min: number): boolean {
  let found = 0;
  for (let i = 0; i < facets.length; i++) {
    if (facets[i].pattern.test(text)) found++;
    if (found >= min) return true;
    if (found + facets.length - i - 1 < min) return false;
  }
  return found >= min;
}

/** The facets among `facets` whose literals occur in the index. */
export function facetsPresent(facets: readonly Facet[], index: WordIndex): Facet[] {
  return facets.filter((facet) => facet.literals.some((literal) => index.mayContain(literal)));
}

const WORD = /[\p{L}\p{N}]+/gu;
const PLAIN = /^[\p{L}\p{N}]+$/u;

/**
 * The distinct words of a lower-cased text, sorted: whether a literal can begin a word is a binary
 * search, not a scan of the text (a term never starts inside a word). Literals with other
 * characters ("pass@1", "→") fall back to a substring test.
 */
export class WordIndex {
  private readonly words: string[];
  constructor(private readonly lowered: string) {
    this.words = [...new Set(lowered.match(WORD) ?? [])].sort();
  }

  mayContain(literal: string): boolean {
    if (!PLAIN.test(literal)) return this.lowered.includes(literal);
    let low = 0;
    let high = this.words.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.words[middle] < literal) low = middle + 1;
      else high = middle;
    }
    return low < this.words.length && this.words[low].startsWith(literal);
  }
}

/** The facets some of the texts mention. */
export function facetsCovered(facets: readonly Facet[], texts: readonly string[]): string[] {
  return facets.filter((facet) => texts.some((text) => facet.pattern.test(text))).map((facet) => facet.name);
}
