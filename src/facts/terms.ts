/**
 * Term lists that name a duty ("red teaming", "adversarial testing", "Red-Teaming", "tests
 * adverses" …), matched the way a reader matches words: case, accents, hyphens and inflection
 * (plural, -ed, -ing) do not matter, and the longest term wins ("training data" names training
 * data, not training). Terms are data (rules/vocabulary/duty-names.yaml); stemming is the engine's.
 */

export interface Term {
  topic: string;
  stems: string[];
  /** "=uses": the whole label must be the term, not merely contain it. */
  whole: boolean;
  /** As written, for messages. */
  text: string;
}

export interface TermIndex {
  topics: string[];
  /** Terms by their first stem, longest first. */
  byFirst: Map<string, Term[]>;
}

/** Terms listed under this topic take their words away from shorter terms and name nothing. */
export const NO_TOPIC = 'none';

export const EMPTY_TERMS: TermIndex = { topics: [], byFirst: new Map() };

const WORD = /[\p{L}\p{N}]+/gu;
const COMBINING = /[\u0300-\u036f]/g;

/** One word reduced so that its inflected forms coincide: "teams", "teamed", "teaming" → "team". */
export function stem(word: string): string {
  let w = word.toLowerCase().normalize('NFKD').replace(COMBINING, '').replace(/ß/g, 'ss');
  if (w.length <= 3) return w;
  // German plurals of nouns in -ung, -heit, -keit, -ion ("Verwendungen", "Informationen").
  if (/(?:ung|heit|keit|ion)en$/.test(w) && w.length > 7) w = w.slice(0, -2);
  else if (w.endsWith('ies') && w.length > 4) w = w.slice(0, -3) + 'y';
  else if (w.endsWith('ses') && w.length > 5) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(?:ss|us|is|as)$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith('ing') && w.length > 5) w = w.slice(0, -3);
  else if (w.endsWith('ed') && w.length > 4) w = w.slice(0, -2);
  if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
  return w;
}

/** The stems of a label or term, in order: "Red-Teaming" → ["red", "team"]. */
export function stems(text: string): string[] {
  return (text.match(WORD) ?? []).map(stem);
}

export function buildTermIndex(entries: { topic: string; term: string }[]): TermIndex {
  const byFirst = new Map<string, Term[]>();
  const topics: string[] = [];
  for (const { topic, term } of entries) {
    if (!topics.includes(topic) && topic !== NO_TOPIC) topics.push(topic);
    const whole = term.startsWith('=');
    const text = whole ? term.slice(1) : term;
    const termStems = stems(text);
    if (termStems.length === 0) continue;
    const list = byFirst.get(termStems[0]) ?? [];
    list.push({ topic, stems: termStems, whole, text });
    byFirst.set(termStems[0], list);
    // "red teaming" also names "redteaming": the joined form is a term of its own.
    if (termStems.length > 1 && !whole) {
      const joined = stems(text.replace(/[\s-]+/g, ''));
      if (joined.length === 1 && joined[0] !== termStems[0]) {
        const joinedList = byFirst.get(joined[0]) ?? [];
        joinedList.push({ topic, stems: joined, whole, text });
        byFirst.set(joined[0], joinedList);
      }
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.stems.length - a.stems.length);
  return { topics, byFirst };
}

/**
 * The topics a label names: at each word the longest matching term (every topic listing a term of
 * that length), left to right, words never reused.
 */
export function topicsIn(label: string, index: TermIndex): string[] {
  const words = stems(label);
  const found: string[] = [];
  for (let i = 0; i < words.length;) {
    let length = 0;
    for (const term of index.byFirst.get(words[i]) ?? []) {
      if (length > 0 && term.stems.length < length) break;
      if (term.whole && (i !== 0 || term.stems.length !== words.length)) continue;
      if (!term.stems.every((s, k) => words[i + k] === s)) continue;
      length = term.stems.length;
      if (term.topic !== NO_TOPIC && !found.includes(term.topic)) found.push(term.topic);
    }
    i += Math.max(length, 1);
  }
  return found;
}
