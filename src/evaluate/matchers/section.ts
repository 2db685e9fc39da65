/** `section: name`: a heading (or bold label) of that canonical name with enough words under it. */
import { SECTION_NAMES_SCHEMA, sectionNames, type CompiledMatcher, type MatcherKind } from './kind.js';

interface SectionMatcher extends CompiledMatcher {
  kind: 'section';
  names: string[];
  minWords: number;
}

const DEFAULT_SECTION_WORDS = 5;

export const sectionKind: MatcherKind<SectionMatcher> = {
  key: 'section',
  schema: {
    additionalProperties: false,
    required: ['section'],
    properties: { section: SECTION_NAMES_SCHEMA, minWords: { type: 'integer', minimum: 1 } },
  },
  compile(raw, { vocabulary }, path) {
    return {
      kind: 'section',
      names: sectionNames(raw.section, vocabulary, `${path}/section`),
      minWords: (raw.minWords as number | undefined) ?? DEFAULT_SECTION_WORDS,
    };
  },
  run(matcher, { facts }) {
    const section = facts.sections.find((s) => s.subtreeWords >= matcher.minWords && s.canonical.some((name) => matcher.names.includes(name)));
    return section ? { position: section.position, quote: section.title } : null;
  },
};
