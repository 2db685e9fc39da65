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
}

const SPECIAL = /[.+?^${}()|[\]\\]/g;

/** One facet's terms as a single case-insensitive Unicode pattern. */
export function compileFacet(name: string, terms: readonly string[]): Facet {
  const alternatives = terms.map((term) => {
    const open = term.endsWith('*');
    const words = (open ? term.slice(0, -1) : term).trim().replace(SPECIAL, '\\$&').replace(/\*/g, '').split(/[\s-]+/).join('[\\s-]*');
    return open ? `${words}[\\p{L}\\p{N}]*` : `${words}(?:s|es|d|ed|ing)?`;
  });
  return { name, pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'iu') };
}

/** The facets some of the texts mention. */
export function facetsCovered(facets: readonly Facet[], texts: readonly string[]): string[] {
  return facets.filter((facet) => texts.some((text) => facet.pattern.test(text))).map((facet) => facet.name);
}
