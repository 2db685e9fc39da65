/**
 * `region: topic`: a heading, bold label, labelled list item, table row or column, or front-matter
 * key that names the duty (rules/vocabulary/duty-names.yaml), whose content is at least as
 * specific as `content` asks (generic by default; see facts/specificity.ts) and, with `mentions`,
 * says one of those things in a statement that counts.
 */
import { compileFacet, facetsCovered, type Facet } from '../../facts/facets.js';
import type { Region } from '../../facts/regions.js';
import {
  describeMissingSignals,
  measureSpecificity,
  specificityOfText,
  type Specificity,
  type SpecificityBand,
} from '../../facts/specificity.js';
import { statementIndex, type StatementMode } from '../../facts/statement-mode.js';
import {
  cardSubjectCues,
  labelAboutBase,
  ownNames,
  titleGivesOthers,
  withoutOthersVersions,
} from '../../facts/subject/index.js';
import { quoteAt, underTitle, type Hit, type MatchContext } from '../context.js';
import { ACCEPT_SCHEMA, acceptedModes } from './accept.js';
import { compileRegex, MatcherError, type CompiledMatcher, type MatcherKind } from './kind.js';

interface RegionMatcher extends CompiledMatcher {
  kind: 'region';
  topics: string[];
  content: Exclude<SpecificityBand, 'empty'>;
  mentions: RegExp | null;
  /** Whether the region's title may hold the mention ("Excluded uses" over a list of uses). */
  mentionsTitle: boolean;
  minWords: number;
  /** What the duty consists of; content naming `minFacets` of them is as good as `content`. */
  facets: Facet[];
  minFacets: number;
  accept: ReadonlySet<StatementMode>;
  /** Memo key of `accept`. */
  acceptKey: string;
}

/** A title naming two topics: "Base model and training", "Base model & data". */
const JOINED_TITLE = /\s(?:and|&|und|et|y|e|en)\s|[,/+]/i;

const RANK: Record<SpecificityBand, number> = { empty: 0, generic: 1, specific: 2 };

/** An e-mail address's local part ("incidents" in "incidents@…"): an address, not a word the content says. */
const MAIL_LOCAL_PART = /[\p{L}\p{N}._+-]+(?=@[\p{L}\p{N}-]+\.)/gu;

export const regionKind: MatcherKind<RegionMatcher> = {
  key: 'region',
  schema: {
    additionalProperties: false,
    required: ['region'],
    properties: {
      region: {
        oneOf: [
          { type: 'string', pattern: '^[a-z][a-z0-9-]*$' },
          { type: 'array', minItems: 1, items: { type: 'string', pattern: '^[a-z][a-z0-9-]*$' } },
        ],
      },
      content: {
        enum: ['generic', 'specific'],
        description:
          'how specific the content must be (default generic: anything that is not a placeholder, promise or advice)',
      },
      mentions: {
        type: 'string',
        minLength: 1,
        description: 'a pattern one counted statement of the content must contain',
      },
      mentionsTitle: {
        type: 'boolean',
        description: 'whether the region title may hold the mention instead ("Excluded uses" over a list of uses)',
      },
      minWords: {
        type: 'integer',
        minimum: 1,
        description: 'words the counted statements must hold together (default 1)',
      },
      facets: {
        type: 'object',
        minProperties: 1,
        additionalProperties: { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } },
        description:
          'the parts of the duty a reviewer looks for, each a term list (any language; a trailing * takes any ending)',
      },
      minFacets: {
        type: 'integer',
        minimum: 1,
        description: 'facets the counted statements must name to stand in for `content` (default: all of them)',
      },
      accept: ACCEPT_SCHEMA,
    },
  },
  compile(raw, env, path) {
    const topics = (Array.isArray(raw.region) ? raw.region : [raw.region]) as string[];
    for (const topic of topics) {
      if (!env.vocabulary.terms.topics.includes(topic)) {
        throw new MatcherError(
          `unknown topic "${topic}", expected a topic of rules/vocabulary/duty-names.yaml`,
          `${path}/region`,
        );
      }
    }
    const accept = acceptedModes(raw.accept, env.accept, `${path}/accept`);
    const facets = Object.entries((raw.facets as Record<string, string[]> | undefined) ?? {}).map(([name, terms]) => {
      try {
        return compileFacet(name, terms);
      } catch (error) {
        throw new MatcherError(`invalid facet terms: ${(error as Error).message}`, `${path}/facets/${name}`);
      }
    });
    if (raw.minFacets !== undefined && (raw.minFacets as number) > facets.length)
      throw new MatcherError(`minFacets exceeds the ${facets.length} facets given`, `${path}/minFacets`);
    // Facets stand in for content more specific than generic; under the generic default any content passes first.
    if (facets.length && raw.content !== 'specific')
      throw new MatcherError(
        'facets are read only with `content: specific`, which they stand in for',
        `${path}/facets`,
      );
    return {
      kind: 'region',
      topics,
      content: (raw.content as RegionMatcher['content'] | undefined) ?? 'generic',
      mentions: typeof raw.mentions === 'string' ? compileRegex(raw.mentions, `${path}/mentions`, 'iu') : null,
      mentionsTitle: raw.mentionsTitle === true,
      minWords: (raw.minWords as number | undefined) ?? 1,
      facets,
      minFacets: (raw.minFacets as number | undefined) ?? facets.length,
      accept,
      acceptKey: [...accept].sort().join(','),
    };
  },
  run: runRegion,
  regexes: (matcher, path) => (matcher.mentions ? [[matcher.mentions, `${path}/mentions`]] : []),
};

function runRegion(matcher: RegionMatcher, { facts }: MatchContext): Hit | null {
  for (const region of facts.regions) {
    if (!region.topics.some((topic) => matcher.topics.includes(topic))) continue;
    // "## Reference results (Llama 3.1 70B, from Meta's card)": the section holds another model's figures.
    if (region.kind !== 'front-matter' && titleGivesOthers(region.title, facts)) continue;
    // "**Base model release:** 5 October 2023 …": a label about the base gives the base's value ("Base model and training" joins two topics).
    if (
      region.kind !== 'front-matter' &&
      labelAboutBase(region.title, ownNames(facts, cardSubjectCues(facts))) &&
      !JOINED_TITLE.test(region.title)
    )
      continue;
    // "energy_consumption: not measured" denies, "release: coming soon" plans: a value in a mode the duty does not accept.
    if (region.valueMode && !matcher.accept.has(region.valueMode)) continue;
    const specificity = specificityOf(region, matcher, facts);
    if (specificity.band === 'empty' || specificity.words < matcher.minWords) continue;
    const texts =
      region.value !== undefined
        ? [region.value]
        : specificity.statements.map(([start, end]) =>
            statementIndex(facts, facts.proseText, 'prose').ownText(start, end),
          );
    // Fields read together ("**Strengths:** …", "**Weaknesses:** …") name their facets in their labels.
    const grouped = region.spans.length > 1 && region.kind !== 'heading' && region.kind !== 'front-matter';
    const covered =
      RANK[specificity.band] < RANK[matcher.content] && matcher.facets.length
        ? facetsCovered(matcher.facets, grouped ? [...texts, region.title] : texts)
        : [];
    if (RANK[specificity.band] < RANK[matcher.content] && covered.length < Math.max(1, matcher.minFacets)) continue;
    // Facets are mentions in every language: content that names enough of them needs no other cue.
    const byFacets = covered.length > 0;
    // A mention may join two statements of the same content ("Released on 3 March 2026. Weights are on the Hub.").
    // "builds on Llama 3.1 70B": a version inside another model's name is no figure the mention asks for.
    const mentioned =
      matcher.mentions && !byFacets
        ? [
            ...texts.map((text) => withoutOthersVersions(text, facts).replace(MAIL_LOCAL_PART, ' ')),
            ...(matcher.mentionsTitle && region.kind !== 'front-matter' ? [region.title] : []),
          ]
        : [];
    if (
      matcher.mentions &&
      !byFacets &&
      !mentioned.some((text) => matcher.mentions!.test(text)) &&
      !(mentioned.length > 1 && matcher.mentions.test(mentioned.join(' ')))
    )
      continue;
    const first = specificity.statements[0]?.[0];
    const why = covered.length
      ? ` (names ${covered.join(', ')})`
      : specificity.band === 'generic'
        ? ` (generic: ${describeMissingSignals(specificity)})`
        : '';
    if (first === undefined)
      return {
        position: region.position,
        quote: `${underTitle(region.title, (region.value ?? '').slice(0, 100))}${why}`,
      };
    return {
      position: facts.positionAt(first),
      quote: `${underTitle(region.title, quoteAt(facts.text, first))}${why}`,
    };
  }
  return null;
}

const memo = new WeakMap<Region, Map<string, Specificity>>();

const NUMBER_VALUE = /^\s*\d[\d.,_]*(?:e[+-]?\d+)?\s*$/i;

/**
 * A front-matter key is a labelled field whose name gives its value's unit: "training_compute_flops: 5.8e+23",
 * "context_length: 131072" are figures of the duty the key names.
 */
function frontMatterSpecificity(key: string, value: string): Specificity {
  const text = `${key.replace(/[_-]/g, ' ')}: ${value}`;
  const found = specificityOfText(text);
  if (!NUMBER_VALUE.test(value) || found.band === 'specific') return found;
  return { ...found, band: 'specific', signals: [...new Set([...found.signals, 'figure' as const])] };
}

function specificityOf(region: Region, matcher: RegionMatcher, facts: MatchContext['facts']): Specificity {
  let byAccept = memo.get(region);
  if (!byAccept) memo.set(region, (byAccept = new Map()));
  let found = byAccept.get(matcher.acceptKey);
  if (!found) {
    found =
      region.value !== undefined
        ? frontMatterSpecificity(region.title, region.value)
        : measureSpecificity(
            facts.proseText,
            region.spans,
            statementIndex(facts, facts.proseText, 'prose'),
            matcher.accept,
          );
    byAccept.set(matcher.acceptKey, found);
  }
  return found;
}
