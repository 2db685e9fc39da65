/**
 * Flags from the uses a card declares: Annex III high-risk areas and Art 5 prohibited practices named
 * as intended uses. The same words under out-of-scope or prohibited-use headings, or in a negated
 * sentence, are a good sign and are reported as such, not flagged.
 */
import { mayMatch } from '../facts/required-literals.js';
import type { CardFacts, Section } from '../model/card.js';
import type { Position } from '../model/position.js';
import { excerpt, inheritedScopes, proseText, sentencesIn, type Sentence } from './card-text.js';
import { classifyData, type ClassifyData } from './classify-data.js';

export interface UseMention {
  /** `annex-iii:<area>` or `art-5`. */
  flag: string;
  /** The area or practice, with its legal point. */
  what: string;
  quote: string;
  position: Position;
}

export interface UseFlags {
  flagged: UseMention[];
  /** Areas named under out-of-scope / prohibited uses: good signs. */
  excluded: UseMention[];
}

type Scope = 'intended' | 'purpose' | 'excluded' | 'other' | null;

export function useFlags(facts: CardFacts, data: ClassifyData = classifyData()): UseFlags {
  const prose = proseText(facts);
  const flagged: UseMention[] = [];
  const excluded: UseMention[] = [];
  for (const { section, scope } of scopedSections(facts.sections, data)) {
    const declares = scope === 'intended' || scope === 'purpose' || (scope === null && section.depth <= 1);
    if (!declares && scope !== 'excluded') continue;
    const relevant = usesMentionedIn(prose.slice(section.bodyStart, section.bodyEnd), data);
    if (!relevant) continue;
    if (declares) {
      for (const sentence of declaredSentences(prose, section, relevant)) {
        for (const mention of matchUses(sentence, facts, relevant)) {
          if (!flagged.some((known) => known.flag === mention.flag)) flagged.push(mention);
        }
      }
    } else if (scope === 'excluded') {
      for (const sentence of sentencesIn(prose, section.bodyStart, section.bodyEnd)) {
        for (const mention of matchUses(sentence, facts, relevant)) {
          if (!excluded.some((known) => known.flag === mention.flag)) excluded.push(mention);
        }
      }
    }
  }
  return { flagged, excluded };
}

/**
 * The uses whose patterns match somewhere in a section's text (a pattern that matches nowhere in it
 * matches none of its sentences), or null when there are none: most sections skip the sentence walk.
 */
function usesMentionedIn(text: string, data: ClassifyData): ClassifyData | null {
  const lowered = text.toLowerCase();
  const matches = (pattern: RegExp): boolean => mayMatch(pattern, lowered) && pattern.test(text);
  const annexIii = data.annexIii.filter((area) => area.patterns.some(matches));
  const prohibitedPractices = data.prohibitedPractices.filter(
    (practice) => (practice.any.length === 0 || practice.any.some(matches)) && practice.all.every(matches),
  );
  return annexIii.length + prohibitedPractices.length > 0 ? { ...data, annexIii, prohibitedPractices } : null;
}

/** Each section with the use scope it declares or inherits from its parent heading. */
function scopedSections(sections: Section[], data: ClassifyData): { section: Section; scope: Scope }[] {
  const cues = data.cues.useSections;
  const ownScope = (section: Section): Scope => {
    const has = (names: string[]): boolean => section.canonical.some((name) => names.includes(name));
    if (has(cues.excludedCanonical) || cues.excludedHeading.test(section.title)) return 'excluded';
    if (has(cues.intendedCanonical) || cues.intendedHeading.test(section.title)) return 'intended';
    if (has(cues.purposeCanonical)) return 'purpose';
    if (has(cues.otherCanonical) || cues.otherHeading.test(section.title)) return 'other';
    return null;
  };
  const scopes = inheritedScopes(sections, ownScope);
  return sections.map((section, index) => ({ section, scope: scopes[index] }));
}

/**
 * Sentences of a section's own body that declare a use: not negated, not under an "Out-of-scope:" label,
 * and not in a list introduced by a negated sentence ("You agree not to use the model: - …").
 */
function declaredSentences(prose: string, section: Section, data: ClassifyData): Sentence[] {
  const declared: Sentence[] = [];
  let paragraphExcluded = false;
  let paragraphEnd = -1;
  for (const sentence of sentencesIn(prose, section.bodyStart, section.bodyEnd)) {
    if (sentence.start > paragraphEnd) {
      const end = prose.indexOf('\n\n', sentence.start);
      paragraphEnd = end < 0 ? section.bodyEnd : end;
      const lead = prose.slice(sentence.start, sentence.start + 60);
      paragraphExcluded = /^\W*(?:\*\*|__)/.test(lead) && data.cues.useSections.excludedHeading.test(lead);
    }
    const negated = data.cues.negation.test(sentence.text);
    if (negated && /:\W*$/.test(sentence.text)) paragraphExcluded = true;
    if (!paragraphExcluded && !negated) declared.push(sentence);
  }
  return declared;
}

function matchUses(sentence: Sentence, facts: CardFacts, data: ClassifyData): UseMention[] {
  const mentions: UseMention[] = [];
  // Most sentences match nothing: quote and position only on a hit.
  const mention = (flag: string, what: string): UseMention => ({
    flag,
    what,
    quote: excerpt(sentence.text),
    position: facts.positionAt(sentence.start),
  });
  for (const area of data.annexIii) {
    if (area.patterns.some((pattern) => pattern.test(sentence.text)))
      mentions.push(mention(`annex-iii:${area.id}`, `${area.title} (${area.point})`));
  }
  for (const practice of data.prohibitedPractices) {
    const anyHit = practice.any.length === 0 || practice.any.some((pattern) => pattern.test(sentence.text));
    const allHit = anyHit && practice.all.every((pattern) => pattern.test(sentence.text));
    if (allHit) mentions.push(mention('art-5', `${practice.title} (${practice.point})`));
  }
  return mentions;
}
