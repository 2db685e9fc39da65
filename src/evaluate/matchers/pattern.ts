/**
 * `pattern: regex`: a phrase in the card's prose (or code, with `includeCode`), optionally only
 * within or outside named sections, counted only in statements of an accepted mode.
 */
import type { StatementMode } from '../../facts/statement-mode.js';
import { NEVER_EVIDENCE, isBareDenial, statementIndex } from '../../facts/statement-mode.js';
import {
  measureSpecificity,
  namesAParty,
  SPEAKER_ATTRIBUTION,
  withoutProviderSubject,
} from '../../facts/specificity.js';
import { ownNames } from '../../facts/subject/index.js';
import { fastVariant, patternFor, textKind, type FastVariant, type TextKind } from '../../facts/fast-regex.js';
import { literalIndex, requiredLiterals, type LiteralIndex } from '../../facts/required-literals.js';
import { quoteAt, type Hit, type MatchContext } from '../context.js';
import { ACCEPT_SCHEMA, acceptedModes } from './accept.js';
import { compileRegex, SECTION_NAMES_SCHEMA, sectionNames, type CompiledMatcher, type MatcherKind } from './kind.js';
import { mergeSpans, subtreeSpan } from './spans.js';
import { rowCells } from '../../facts/table-lines.js';
import { inEmptyHeading, isHeading } from './headings.js';

export interface PatternMatcher extends CompiledMatcher {
  kind: 'pattern';
  pattern: RegExp;
  /** The `u`-free twin used where it finds the same matches (see fast-regex.ts). */
  fast: FastVariant | null;
  /** Lower-case strings one of which every match contains; null when unknown. */
  literals: string[] | null;
  within: string[] | null;
  excludeWithin: string[];
  minCount: number;
  includeCode: boolean;
  accept: ReadonlySet<StatementMode>;
  /**
   * `specific`: the statement holding the phrase must itself say something checkable (a name with a
   * figure, a link…); `named`: it must name a party or a way to reach one, beyond the phrase itself.
   */
  content: 'any' | 'specific' | 'named';
  source: string;
}

/** Beyond this many characters a section is not searched further: a time budget for huge cards. */
const MAX_SEARCH_SPAN = 400_000;

export const patternKind: MatcherKind<PatternMatcher> = {
  key: 'pattern',
  schema: {
    additionalProperties: false,
    required: ['pattern'],
    properties: {
      pattern: { type: 'string', minLength: 1 },
      within: SECTION_NAMES_SCHEMA,
      excludeWithin: SECTION_NAMES_SCHEMA,
      minCount: { type: 'integer', minimum: 1 },
      includeCode: {
        type: 'boolean',
        description: 'also search code blocks (usage snippets, pinned installs); prose only by default',
      },
      accept: ACCEPT_SCHEMA,
      content: {
        enum: ['any', 'specific', 'named'],
        description:
          'specific: count the phrase only in a statement with figures, names with dates or figures, or links (see facts/specificity.ts); named: only in a statement that names a party (an organisation, a person, a link or e-mail address) besides the phrase; a bare mention ("we have appointed a representative in the EU") is no evidence then',
      },
    },
  },
  compile(raw, env, path) {
    const pattern = compileRegex(raw.pattern as string, `${path}/pattern`, 'gimu');
    return {
      kind: 'pattern',
      pattern,
      fast: fastVariant(pattern.source, pattern.flags),
      literals: requiredLiterals(pattern.source, pattern.flags),
      within: raw.within !== undefined ? sectionNames(raw.within, env.vocabulary, `${path}/within`) : null,
      excludeWithin:
        raw.excludeWithin !== undefined ? sectionNames(raw.excludeWithin, env.vocabulary, `${path}/excludeWithin`) : [],
      minCount: (raw.minCount as number | undefined) ?? 1,
      includeCode: (raw.includeCode as boolean | undefined) ?? false,
      accept: acceptedModes(raw.accept, env.accept, `${path}/accept`),
      content: (raw.content as PatternMatcher['content'] | undefined) ?? 'any',
      source: raw.pattern as string,
    };
  },
  run: runPattern,
  regexes: (matcher, path) => [[matcher.pattern, `${path}/pattern`]],
};

function runPattern(matcher: PatternMatcher, context: MatchContext): Hit | null {
  const { facts } = context;
  // Code blocks are evidence only for rules that ask for them (usage snippets, pip pins).
  const source = matcher.includeCode ? facts.maskedText : facts.proseText;
  const searched = searchedText(facts, matcher.includeCode);
  const kind = searched.kind;
  // ſ and K (Kelvin) match "s" and "k" under `iu` but lower-case to something else: no shortcut then.
  if (matcher.literals && kind !== 'folding') {
    const index = (searched.literals ??= literalIndex(source.toLowerCase()));
    if (!matcher.literals.some((literal) => index.mayContain(literal))) return null;
  }
  const spans = matcher.within
    ? mergeSpans(facts.sections.filter((s) => s.canonical.some((n) => matcher.within!.includes(n))).map(subtreeSpan))
    : [[facts.bodyStart, facts.maskedText.length] as [number, number]];
  const excluded = matcher.excludeWithin.length
    ? mergeSpans(
        facts.sections.filter((s) => s.canonical.some((n) => matcher.excludeWithin.includes(n))).map(subtreeSpan),
      )
    : [];
  const statements = statementIndex(facts, source, matcher.includeCode ? 'masked' : 'prose');
  const fast = patternFor(kind, matcher.pattern, matcher.fast);
  if (fast !== matcher.pattern) {
    const found = searchSpans(fast, kind === 'astral');
    if (found !== undefined) return found;
  }
  return searchSpans(matcher.pattern, false) ?? null;

  function rowValueIsNoAnswer(offset: number): boolean {
    const row = tableRowAt(source, offset);
    if (!row) return false;
    const others = [...statements.spansIn(row[0], row[1])].filter(([from, to]) => offset < from || offset >= to);
    // "| Public summary of training content | |": a label whose value cells are empty answers nothing.
    if (others.length === 0) return rowCells(source.slice(row[0], row[1])).length >= 2;
    // A value still to come ("link pending", "to be published in Q3") is no more an answer than "TBD".
    return others.every(
      ([from, to]) => NEVER_EVIDENCE.includes(statements.modeAt(from)) || isBareDenial(source.slice(from, to)),
    );
  }

  /** Whether `offset` is in a heading whose section holds statements, none of them in a mode the duty accepts. */
  function headingAnswersNothing(offset: number): boolean {
    const section = facts.sections.find((s) => s.start <= offset && offset < s.bodyStart);
    if (!section || !isHeading(facts.text, section.start)) return false;
    // Code and other text the statements do not cover may still answer: only prose read whole decides.
    if (source.slice(section.bodyStart, section.subtreeEnd) !== facts.text.slice(section.bodyStart, section.subtreeEnd))
      return false;
    let any = false;
    for (const [start, end] of statements.spansIn(section.bodyStart, section.subtreeEnd)) {
      if (matcher.accept.has(statements.modeAt(start)) || statements.counts(start, end, matcher.accept)) return false;
      any = true;
    }
    return any;
  }

  /** Whether the statement holding a phrase has the content `content` asks for. */
  function saysEnough(offset: number, length: number): boolean {
    // A table cell names the duty and the next one says it ("| EU representative | EURep SAS, Paris |"): read the row.
    const [from, to] = tableRowAt(source, offset) ?? statements.spanAt(offset);
    if (matcher.content === 'named')
      return namesAParty(
        withoutProviderSubject(source.slice(from, offset), ownKeysOf(facts)) +
          ' ' +
          source.slice(offset + length, to).replace(SPEAKER_ATTRIBUTION, ''),
      );
    return measureSpecificity(source, [[from, to]], statements, matcher.accept).band === 'specific';
  }

  /** The hit, null, or undefined when an empty match (which only the `u` pattern can judge) was refused. */
  function searchSpans(pattern: RegExp, refuseEmptyMatch: boolean): Hit | null | undefined {
    let count = 0;
    let first: number | null = null;
    for (const [start, end] of spans) {
      const text = source.slice(start, Math.min(end, start + MAX_SEARCH_SPAN));
      pattern.lastIndex = 0;
      for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
        if (match[0].length === 0) {
          if (refuseEmptyMatch) return undefined;
          pattern.lastIndex++;
        }
        const offset = start + match.index;
        if (excluded.some(([from, to]) => offset >= from && offset < to)) continue;
        // "We plan to red-team …", "users should red-team …", "Llama 2 was red-teamed by …": the words are there, the evidence is not.
        if (!statements.countsAt(offset, matcher.accept, offset + match[0].length)) continue;
        // "| Public summary of training content | link pending |": the row names the duty, its value is a placeholder.
        if (rowValueIsNoAnswer(offset)) continue;
        // "## Model Card Contact" over "[More Information Needed]": the heading names the duty, nothing answers it.
        if (inEmptyHeading(facts.text, facts.sections, offset)) continue;
        // "## Architecture" over "- Architecture disclosed: [ ] Yes [x] No": the heading names the duty, its section declines it.
        if (headingAnswersNothing(offset)) continue;
        if (matcher.content !== 'any' && !saysEnough(offset, match[0].length)) continue;
        first ??= offset;
        if (++count >= matcher.minCount)
          return { position: facts.positionAt(first), quote: quoteAt(facts.text, first) };
      }
    }
    return null;
  }
}

interface SearchedText {
  kind: TextKind;
  /** Built on first use by a pattern with required literals. */
  literals?: LiteralIndex;
}

// Per card and searched text (masked or prose: blanking can create " x" out of "*x", so each text
// needs its own), computed on first use and dropped with the card's facts.
const searchedTexts = new WeakMap<object, { masked?: SearchedText; prose?: SearchedText }>();

function searchedText(facts: MatchContext['facts'], includeCode: boolean): SearchedText {
  let texts = searchedTexts.get(facts);
  if (!texts) searchedTexts.set(facts, (texts = {}));
  if (includeCode) return (texts.masked ??= { kind: textKind(facts.maskedText) });
  return (texts.prose ??= { kind: textKind(facts.proseText) });
}

/** The [start, end) of the Markdown table row holding `offset`, or null outside a table. */
function tableRowAt(text: string, offset: number): [number, number] | null {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  if (!/^[ \t]*\|/.test(text.slice(start, start + 8))) return null;
  const end = text.indexOf('\n', offset);
  return [start, end < 0 ? text.length : end];
}

/** Name keys of the card's own model (and the word its provider is often named by), for telling the provider from another party. */
function ownKeysOf(facts: MatchContext['facts']): readonly string[] {
  return facts.subjectCues ? ownNames(facts, facts.subjectCues).keys : [];
}
