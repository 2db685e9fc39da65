/**
 * `section: name`: a heading (or bold label) of that canonical name with enough words under it,
 * counted only in statements that are evidence: "## Evaluation\nResults will be published soon"
 * or a section about another model holds words but says nothing about this one.
 */
import { statementIndex, type StatementMode } from '../../facts/statement-mode.js';
import { titleGivesOthers } from '../../facts/subject/index.js';
import type { Section } from '../../model/card.js';
import type { MatchContext } from '../context.js';
import { ACCEPT_SCHEMA, acceptedModes } from './accept.js';
import { isHeading, isOtherTopic } from './headings.js';
import { SECTION_NAMES_SCHEMA, sectionNames, type CompiledMatcher, type MatcherKind } from './kind.js';

interface SectionMatcher extends CompiledMatcher {
  kind: 'section';
  names: string[];
  minWords: number;
  accept: ReadonlySet<StatementMode>;
}

const DEFAULT_SECTION_WORDS = 5;
/** Content beyond this many characters is not read: a time budget for huge sections. */
const MAX_CONTENT = 20_000;
const WORDS = /[\p{L}\p{N}]+/gu;

export const sectionKind: MatcherKind<SectionMatcher> = {
  key: 'section',
  schema: {
    additionalProperties: false,
    required: ['section'],
    properties: { section: SECTION_NAMES_SCHEMA, minWords: { type: 'integer', minimum: 1 }, accept: ACCEPT_SCHEMA },
  },
  compile(raw, env, path) {
    return {
      kind: 'section',
      names: sectionNames(raw.section, env.vocabulary, `${path}/section`),
      minWords: (raw.minWords as number | undefined) ?? DEFAULT_SECTION_WORDS,
      accept: acceptedModes(raw.accept, env.accept, `${path}/accept`),
    };
  },
  run(matcher, { facts }) {
    const section = facts.sections.find(
      (s) =>
        s.subtreeWords >= matcher.minWords &&
        s.canonical.some((name) => matcher.names.includes(name)) &&
        // "## Intended use (from the original model card)": another model's section, as regions read it.
        !titleGivesOthers(s.title, facts) &&
        countedWords(s, matcher, facts) >= matcher.minWords,
    );
    return section ? { position: section.position, quote: section.title } : null;
  },
};

/**
 * Words of the section's statements that count, up to `minWords` (code included: usage sections are
 * code). A subsection named as another topic ("### Framework versions" under "## Model Card Contact")
 * speaks of that topic, not of this section's.
 */
function countedWords(section: Section, matcher: SectionMatcher, facts: MatchContext['facts']): number {
  const statements = statementIndex(facts, facts.maskedText, 'masked');
  const end = Math.min(section.subtreeEnd, section.bodyStart + MAX_CONTENT);
  let words = 0;
  for (const [from, to] of ownParts(section, matcher.names, facts, end)) {
    for (const [start, stop] of statements.spansIn(from, to)) {
      if (!statements.counts(start, stop, matcher.accept)) continue;
      // "X builds on Y, whose developers describe it as …": another model's clause says nothing of this one.
      words += statements.ownText(start, stop).match(WORDS)?.length ?? 0;
      if (words >= matcher.minWords) return words;
    }
  }
  return words;
}

/**
 * The [start, end) spans of a section's subtree without the subheadings about other topics (a bold
 * label inside the section, "**Training regime:** fp16", is still the section's own content).
 */
function ownParts(
  section: Section,
  names: readonly string[],
  facts: MatchContext['facts'],
  end: number,
): [number, number][] {
  const parts: [number, number][] = [];
  let from = section.bodyStart;
  for (const sub of facts.sections) {
    if (sub.start < from || sub.start >= end || sub.depth <= section.depth) continue;
    if (!isOtherTopic(sub, names) || !isHeading(facts.text, sub.start)) continue;
    parts.push([from, sub.start]);
    from = Math.min(end, sub.subtreeEnd);
  }
  if (from < end) parts.push([from, end]);
  return parts;
}
