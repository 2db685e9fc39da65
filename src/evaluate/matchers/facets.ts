/**
 * `facets: {name: [terms]}`: one or two neighbouring statements anywhere in the card (in a paragraph,
 * list or table) about this model, in accepted modes, that name at least `minFacets` of the duty's facets —
 * what a reviewer reads in prose under a general heading ("Aurel-3 handles summaries well but
 * struggles with arithmetic") where no heading or label names the duty. The same term lists as a
 * region matcher's facets: any card language, inflection-insensitive.
 */
import {
  compileFacet,
  coversAtLeast,
  facetsCovered,
  facetsPresent,
  WordIndex,
  type Facet,
} from '../../facts/facets.js';
import {
  NEVER_EVIDENCE,
  isBareDenial,
  statementIndex,
  type Statement,
  type StatementMode,
} from '../../facts/statement-mode.js';
import {
  describeMissingSignals,
  specificityOfText,
  startsTableRow,
  type SpecificityBand,
} from '../../facts/specificity.js';
import { quoteAt, type Hit, type MatchContext } from '../context.js';
import { ACCEPT_SCHEMA, acceptedModes } from './accept.js';
import { compileRegex, MatcherError, type CompiledMatcher, type MatcherKind } from './kind.js';

interface FacetsMatcher extends CompiledMatcher {
  kind: 'facets';
  facets: Facet[];
  minFacets: number;
  minWords: number;
  content: Exclude<SpecificityBand, 'empty'>;
  window: number;
  accept: ReadonlySet<StatementMode>;
  /** Statements that never count, however many facets they name. */
  unless?: RegExp;
}

const RANK: Record<SpecificityBand, number> = { empty: 0, generic: 1, specific: 2 };
/** Passages longer than this are not read as one: a time budget, and no facets collected across a whole chapter. */
const MAX_PASSAGE = 4_000;
const WORDS = /[\p{L}\p{N}]+/gu;
/** Statements read together by default. */
const WINDOW = 2;

export const facetsKind: MatcherKind<FacetsMatcher> = {
  key: 'facets',
  schema: {
    additionalProperties: false,
    required: ['facets'],
    properties: {
      facets: {
        type: 'object',
        minProperties: 1,
        additionalProperties: { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } },
        description:
          'the parts of the duty a reviewer looks for, each a term list (any language; a trailing * takes any ending); a passage anywhere that names enough of them counts',
      },
      minFacets: { type: 'integer', minimum: 1, description: 'facets one passage must name (default: all of them)' },
      minWords: {
        type: 'integer',
        minimum: 1,
        description: 'words the counted statements of the passage must hold together (default 1)',
      },
      content: {
        enum: ['generic', 'specific'],
        description: 'how specific the passage must also be (default generic)',
      },
      window: {
        type: 'integer',
        minimum: 1,
        maximum: 4,
        description:
          'neighbouring statements (table rows) read together (default 2; a duty of four parts may need four)',
      },
      accept: ACCEPT_SCHEMA,
      unless: {
        type: 'string',
        minLength: 1,
        description:
          'statements that never count, as a regular expression (a disclaimer every model shares: "Like all language models, it may …")',
      },
    },
  },
  compile(raw, env, path) {
    const facets = Object.entries(raw.facets as Record<string, string[]>).map(([name, terms]) => {
      try {
        return compileFacet(name, terms);
      } catch (error) {
        throw new MatcherError(`invalid facet terms: ${(error as Error).message}`, `${path}/facets/${name}`);
      }
    });
    const minFacets = (raw.minFacets as number | undefined) ?? facets.length;
    if (minFacets > facets.length)
      throw new MatcherError(`minFacets exceeds the ${facets.length} facets given`, `${path}/minFacets`);
    return {
      kind: 'facets',
      facets,
      minFacets,
      minWords: (raw.minWords as number | undefined) ?? 1,
      content: (raw.content as FacetsMatcher['content'] | undefined) ?? 'generic',
      window: (raw.window as number | undefined) ?? WINDOW,
      accept: acceptedModes(raw.accept, env.accept, `${path}/accept`),
      unless: raw.unless === undefined ? undefined : compileRegex(raw.unless as string, `${path}/unless`, 'iu'),
    };
  },
  run: runFacets,
  regexes: (matcher, path) => [
    ...matcher.facets.map((facet) => [facet.pattern, `${path}/facets/${facet.name}`] as [RegExp, string]),
    ...(matcher.unless ? [[matcher.unless, `${path}/unless`] as [RegExp, string]] : []),
  ],
};

function runFacets(matcher: FacetsMatcher, { facts }: MatchContext): Hit | null {
  const text = facts.proseText;
  const lowered = loweredProse(facts);
  const shortcut = lowered !== '';
  // Most cards name too few facets anywhere: substring tests over the body rule them out.
  // Facets absent from the whole card are absent from every passage.
  const present = shortcut ? facetsPresent(matcher.facets, wordIndexOf(facts, lowered)) : matcher.facets;
  if (present.length < matcher.minFacets) return null;
  const statements = statementIndex(facts, text, 'prose');
  for (const [start, end] of passagesOf(facts)) {
    const loweredPassage = shortcut ? lowered.slice(start - facts.bodyStart, end - facts.bodyStart) : undefined;
    if (!coversAtLeast(present, text.slice(start, end), matcher.minFacets, loweredPassage)) continue;
    const units = unitsOf(text, statements.statementsIn(start, end));
    const leadIns = leadInsOf(text, units);
    // Facets count together only within two neighbouring statements (or table rows): a long list
    // or paragraph names many things, not one account of the duty. A lead-in ending in a colon
    // ("Aurel-3's training data include the following sources:") is read with each item of its list.
    for (let i = 0; i < units.length; i++) {
      const introducedBy = leadIns[i];
      const leadIn = introducedBy !== undefined && introducedBy < i - 1 ? units[introducedBy] : [];
      const window = [...leadIn, ...units.slice(i, i + matcher.window).flat()].filter(
        (s) =>
          matcher.accept.has(s.mode) && s.subject === 'this-model' && !matcher.unless?.test(text.slice(s.start, s.end)),
      );
      if (window.length === 0) continue;
      // Only what the statements say of the card's model: another model's clause names no facet of this one.
      const joined = window.map((s) => statements.ownText(s.start, s.end)).join(' ');
      const covered = facetsCovered(matcher.facets, [joined]);
      if (covered.length < matcher.minFacets || (joined.match(WORDS)?.length ?? 0) < matcher.minWords) continue;
      // Rows of a table in the window lay one account out by its columns ("Stage | Method | Objective"):
      // structure, as in a region. Neighbouring bullets are often separate points, so they are not.
      const items = units
        .slice(i, i + matcher.window)
        .filter((unit) => unit.length && startsTableRow(text, unit[0].start)).length;
      const specificity = specificityOfText(joined, items);
      if (RANK[specificity.band] < RANK[matcher.content]) continue;
      const first = window[0].start;
      const why = specificity.band === 'generic' ? `; generic: ${describeMissingSignals(specificity)}` : '';
      return {
        position: facts.positionAt(first),
        quote: `${quoteAt(facts.text, first)} (names ${covered.join(', ')}${why})`,
      };
    }
  }
  return null;
}

const LIST_ITEM_START = /^[ \t]*(?:[-*+•]|\d{1,3}[.)])[ \t]/;

/** For each unit that is an item of a list, the index of the unit that introduces the list with a colon, if any. */
function leadInsOf(text: string, units: Statement[][]): (number | undefined)[] {
  const found: (number | undefined)[] = [];
  let leadIn: number | undefined;
  for (let i = 0; i < units.length; i++) {
    const unit = units[i];
    if (!unit.length) continue;
    const lineStart = text.lastIndexOf('\n', unit[0].start - 1) + 1;
    if (LIST_ITEM_START.test(text.slice(lineStart, unit[0].start + 4))) {
      found[i] = leadIn;
      continue;
    }
    const last = unit[unit.length - 1];
    leadIn = /:\s*$/.test(text.slice(last.start, last.end)) ? i : undefined;
  }
  return found;
}

/** Statements read as units: each one alone, but the cells of one table row together. */
function unitsOf(text: string, statements: Statement[]): Statement[][] {
  const units: Statement[][] = [];
  let rowEnd = -1;
  for (const statement of statements) {
    if (statement.start < rowEnd) {
      units[units.length - 1].push(statement);
      continue;
    }
    units.push([statement]);
    const lineStart = text.lastIndexOf('\n', statement.start - 1) + 1;
    rowEnd = /^[ \t]*\|/.test(text.slice(lineStart, statement.start + 1))
      ? text.indexOf('\n', statement.start) + 1 || text.length
      : -1;
  }
  // "| Training-data summary (EU template) | URL pending |": a row whose values are all still to come, or
  // empty ("| Public summary | |"), answers nothing.
  return units.map((unit) =>
    unit
      .slice(1)
      .every((cell) => NEVER_EVIDENCE.includes(cell.mode) || isBareDenial(text.slice(cell.start, cell.end))) &&
    (unit.length > 1 || emptyValueRow(text, unit[0]))
      ? []
      : unit,
  );
}

/** A table row whose only statement is its label: its other cells are empty. */
function emptyValueRow(text: string, label: Statement): boolean {
  const lineStart = text.lastIndexOf('\n', label.start - 1) + 1;
  if (!/^[ \t]*\|/.test(text.slice(lineStart, label.start + 1))) return false;
  const lineEnd = text.indexOf('\n', label.start);
  const row = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd).trim();
  return row.replace(/^\|/, '').replace(/\|$/, '').split('|').length >= 2;
}

const wordIndexes = new WeakMap<object, WordIndex>();

function wordIndexOf(facts: MatchContext['facts'], lowered: string): WordIndex {
  let index = wordIndexes.get(facts);
  if (!index) wordIndexes.set(facts, (index = new WordIndex(lowered)));
  return index;
}

const lowerBodies = new WeakMap<object, string>();

/** The body of the prose text in lower case, once per card (offsets from `bodyStart`). */
function loweredProse(facts: MatchContext['facts']): string {
  let lowered = lowerBodies.get(facts);
  if (lowered === undefined) {
    const body = facts.proseText.slice(facts.bodyStart);
    lowered = body.toLowerCase();
    // A letter whose lower case is longer ("İ") would shift every offset after it: no shortcut then.
    if (lowered.length !== body.length) lowered = '';
    lowerBodies.set(facts, lowered);
  }
  return lowered;
}

const passages = new WeakMap<object, [number, number][]>();

/** The card's passages: runs of lines between blank lines (headings are blanked, so they part passages too). */
function passagesOf(facts: MatchContext['facts']): [number, number][] {
  let found = passages.get(facts);
  if (found) return found;
  found = [];
  const text = facts.proseText;
  const blankLine = /\n[ \t\r]*(?=\n)/g;
  let start = facts.bodyStart;
  const push = (from: number, to: number): void => {
    for (let cut = from; cut < to; cut += MAX_PASSAGE) {
      const end = Math.min(to, cut + MAX_PASSAGE);
      if (/[\p{L}\p{N}]/u.test(text.slice(cut, end))) found!.push([cut, end]);
    }
  };
  blankLine.lastIndex = start;
  for (let match = blankLine.exec(text); match; match = blankLine.exec(text)) {
    push(start, match.index);
    start = match.index + match[0].length;
  }
  push(start, text.length);
  passages.set(facts, found);
  return found;
}
