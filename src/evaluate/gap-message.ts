/**
 * A gap's message, worded by its status in one place for every renderer. Rule files write one
 * message ("Missing X; expected …" or "Incomplete X; expected …"); the subject and what would
 * satisfy it are taken from it, and the status decides the opening word. A partial gap also says
 * what the card does give (the line it is on) and, where the rule names its parts (facets), which
 * parts were found and which are missing.
 */
import type { CompiledMatcher } from './matchers/kind.js';
import type { Status } from '../model/report.js';

const OPENING = /^(?:Missing|Incomplete)\s+/;

/** "X; expected …" → { subject: "X", rest: "expected …" }. */
export function splitRuleMessage(message: string): { subject: string; rest: string } {
  const body = message.replace(OPENING, '');
  const cut = body.indexOf('; ');
  return cut === -1 ? { subject: body, rest: '' } : { subject: body.slice(0, cut), rest: body.slice(cut + 2) };
}

export interface PartialEvidence {
  /** The matcher's short quote ("2.0T", "Training Data", "… (names size, collection)"). */
  quote: string;
  /** 1-based line of the evidence. */
  line: number;
  /** The card's text, to quote the whole line when the matcher's quote is too thin to act on. */
  text: string;
}

/** The message for a rule's result: "Missing X; expected …" or "Incomplete X: the card gives …; expected …". */
export function gapMessageFor(
  ruleMessage: string,
  status: Exclude<Status, 'met'>,
  evidence?: PartialEvidence,
  facetSets: string[][] = [],
): string {
  const { subject, rest } = splitRuleMessage(ruleMessage);
  if (status === 'missing') return `Missing ${subject}${rest ? `; ${rest}` : ''}`;
  const parts: string[] = [];
  if (evidence) {
    const named = namedFacets(evidence.quote);
    const quote = plainQuote(evidence.quote.replace(/\s*\(names [^)]*\)\s*$/, ''));
    const shown = isThin(quote) ? richer(quote, lineQuote(evidence.text, evidence.line)) : quote;
    parts.push(`the card gives only "${shown}" (line ${evidence.line})`);
    const missing = missingFacets(named, facetSets);
    if (named.length && missing.length) parts.push(`it names ${named.join(', ')} but not ${missing.join(', ')}`);
  }
  return `Incomplete ${subject}${parts.length ? `: ${parts.join('; ')}` : ''}${rest ? `. Still ${rest}` : ''}`;
}

/** The facet names a facets or region matcher's quote ends with: "(names size, collection; generic: …)". */
export function namedFacets(quote: string): string[] {
  const match = /\(names ([^);]*)/.exec(quote);
  return match ? match[1].split(/,\s*/).filter(Boolean) : [];
}

/** The facets of the smallest set that holds every named one, minus those named. */
function missingFacets(named: string[], facetSets: string[][]): string[] {
  if (!named.length) return [];
  const fitting = facetSets
    .filter((set) => named.every((name) => set.includes(name)))
    .sort((a, b) => b.length - a.length);
  return fitting.length ? fitting[0].filter((name) => !named.includes(name)) : [];
}

// Words with a letter: a figure alone ("2.0T", "39.3") tells a reader nothing of what it is.
const wordCount = (text: string): number => text.match(/[\p{N}]*\p{L}[\p{L}\p{N}]*/gu)?.length ?? 0;

/** A quote a reader cannot act on: a bare figure, a heading, a fragment. */
function isThin(quote: string): boolean {
  return wordCount(quote) < 5;
}

/** The line, when it says more than the matcher's quote (a front-matter key's line says less than its value). */
function richer(quote: string, line: string): string {
  return wordCount(line) > wordCount(quote) ? line : quote;
}

/** A card's text as plain words: emphasis, code marks, HTML tags and link syntax removed. */
export function plainQuote(text: string): string {
  return text
    .replace(/<[^>]{0,200}>/g, ' ')
    .replace(/!?\[([^\]]{0,200})\]\([^)\s]{0,500}\)/g, '$1')
    .replace(/(\*\*|__|`)/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The card's line (and, after a heading, the first line of its content), trimmed to a readable length. */
export function lineQuote(text: string, line: number, maxLength = 160): string {
  const lines = text.split('\n', line + 12);
  let quote = plainQuote(lines[line - 1] ?? '');
  // A heading or a bold label alone on its line: what follows it is the content.
  if (
    /^#{1,6}\s/.test(lines[line - 1] ?? '') ||
    /^\s*(?:\*\*[^*]+\*\*|__[^_]+__)\s*:?\s*$/.test(lines[line - 1] ?? '')
  ) {
    const next = lines.slice(line).find((candidate) => /[\p{L}\p{N}]/u.test(candidate) && !/^\s*#/.test(candidate));
    if (next) quote = `${quote.replace(/^#+\s*/, '').replace(/:$/, '')}: ${plainQuote(next)}`;
  }
  return quote.length > maxLength ? `${quote.slice(0, maxLength - 1)}…` : quote;
}

/** Every facet set (names) of a compiled matcher tree: the parts a rule looks for. */
export function facetSetsOf(matcher: CompiledMatcher | null): string[][] {
  if (!matcher) return [];
  const sets: string[][] = [];
  const visit = (node: CompiledMatcher): void => {
    const facets = (node as { facets?: { name: string }[] }).facets;
    if (Array.isArray(facets) && facets.length > 1) sets.push(facets.map((facet) => facet.name));
    const children = (node as { matchers?: CompiledMatcher[] }).matchers;
    if (Array.isArray(children)) children.forEach(visit);
  };
  visit(matcher);
  return sets;
}
