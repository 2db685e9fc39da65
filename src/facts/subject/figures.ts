/**
 * Whose figure each quantity is, decided once for the whole pipeline. A figure takes the subject of
 * its clause (src/facts/subject/statement.ts) or of its table row, refined by the words right around
 * it: a bound or a threshold in a sentence about the Act is the Act's ("more than 10^25 FLOP"), a
 * figure after "if" or "does not exceed" is hypothetical, a size after "outperforms" is another
 * model's. The classifier never counts another model's FLOPs or a threshold as the model's own.
 */
import type { CardFacts, FigureSubject, Quantity } from '../../model/card.js';
import { inheritedScopes, lineText, nameKey, offsetOf, sectionIndexAtLine } from '../text-views.js';
import type { SubjectCues } from './cues.js';
import {
  namesOwnModel,
  namesSiblingVersion,
  otherModelMentions,
  ownNames,
  rowLabelSubject,
  type OwnNames,
} from './own-names.js';
import { inOthersPhrase, otherModelAttachedBefore, subjectAt, type SubjectVerdict } from './statement.js';
import { columnHeaderAt, headsOthersColumn } from './table-header.js';

/** How far around a figure its sentence is looked for. */
const REACH = 300;
/** Where a statement ends: sentence end, paragraph, list item, table cell, HTML cell or heading. */
const STATEMENT_BREAK =
  /(?<!\b(?:Art|Arts|approx|ca|cf|e\.g|i\.e|vs|No|Fig|Sec|et al))[.!?](?=\s)|\n[ \t]*\n|\||<\/?(?:td|th|tr|p|li|br|div)\b[^<>]{0,200}>|\n[ \t]*(?:[-*+]|\d+[.)])\s|\n#{1,6}\s/g;

export interface Statement {
  text: string;
  /** Offset of the figure (or the point of interest) inside `text`. */
  at: number;
  /** Offset of `text` in the card. */
  start: number;
}

/** The sentence, list item or cell around an offset of the card. */
export function statementAround(text: string, offset: number): Statement {
  const from = Math.max(0, offset - REACH);
  const back = text.slice(from, offset);
  let start = 0;
  STATEMENT_BREAK.lastIndex = 0;
  for (let match = STATEMENT_BREAK.exec(back); match; match = STATEMENT_BREAK.exec(back))
    start = match.index + match[0].length;
  const ahead = text.slice(offset, offset + REACH);
  STATEMENT_BREAK.lastIndex = 0;
  const next = STATEMENT_BREAK.exec(ahead);
  const end = next ? next.index + (/^[.!?]/.test(next[0]) ? 1 : 0) : ahead.length;
  while (start < back.length && /[ \t]/.test(back[start])) start++;
  return { text: back.slice(start) + ahead.slice(0, end), at: back.length - start, start: from + start };
}

/** The Act's compute thresholds as cards write them: 10^25 (systemic risk) and 10^23 (general-purpose indication) FLOP. */
const LEGAL_THRESHOLD =
  /^(?:1(?:\.0+)?\s?(?:[x×*·]\s?)?)?(?:10\^?\s?2[35]|10[²][³⁵]|e\+?2[35])\s*(?:FLOPs?|floating[- ]point)/i;

/** The words right before and after a figure that decide it alone: a negation, "if", a bound in a sentence about the Act. */
/** A figure, its unit words, then a role that names another model ("70-billion-parameter teacher", "7B reward model"). */
const ROLE_AFTER_FIGURE =
  /^[\d.,]+(?:[\s-]*\p{L}+){0,3}?[\s-]+(?:teacher|predecessor|(?:reward|judge|draft|parent|upstream) models?)(?![\p{L}])/iu;

function subjectByWords(statement: Statement, cues: SubjectCues): SubjectVerdict | null {
  const before = statement.text.slice(0, statement.at);
  // "distilled from our teacher, a dense 70-billion-parameter transformer": the teacher's size.
  if (inOthersPhrase(before)) return { subject: 'other-model', basis: 'cue', cue: before.slice(-60).trim() };
  // "distilled from a 70-billion-parameter teacher": a size that qualifies another model's role.
  const role = ROLE_AFTER_FIGURE.exec(statement.text.slice(statement.at));
  if (role) return { subject: 'other-model', basis: 'cue', cue: role[0].trim() };
  const negated = cues.negatedBefore.exec(before);
  if (negated) return { subject: 'hypothetical', basis: 'cue', cue: negated[0].trim() };
  // "if", "would" govern their clause: "If you deploy it, note that it has 7B parameters" states a size.
  const clause = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf('(')) + 1);
  const hypothetical = cues.hypothetical.exec(clause) ?? cues.plannedBefore.exec(clause);
  if (hypothetical) return { subject: 'hypothetical', basis: 'cue', cue: hypothetical[0] };
  const bound = cues.boundBefore.exec(before);
  // "Training compute: below 10^25 FLOP" places the model against the Act's threshold; the figure is the threshold's.
  if (bound && LEGAL_THRESHOLD.test(statement.text.slice(statement.at)))
    return { subject: 'models-in-general', basis: 'cue', cue: bound[0].trim() };
  if (!cues.regulation.test(statement.text)) return null;
  if (bound) return { subject: 'models-in-general', basis: 'cue', cue: bound[0].trim() };
  const after = statement.text.slice(statement.at).replace(/^\S+/, '');
  const threshold = cues.thresholdAfter.exec(after);
  if (threshold) return { subject: 'models-in-general', basis: 'cue', cue: threshold[0].trim() };
  return null;
}

/** Which of a card's tables have a row naming the card's model. */
interface TableView {
  namesOwn: Set<number>;
}

/** Sets `subject`, `subjectBasis` and `subjectCue` on every quantity of the card (body and front matter). */
export function assignFigureSubjects(facts: CardFacts, cues: SubjectCues): void {
  const own = ownNames(facts, cues);
  const otherSections = cues.otherModelSections;
  // A subsection with a topic of its own ("### Model details" under "## Comparison") is no comparison.
  const comparing = inheritedScopes(facts.sections, (section) =>
    cues.otherModelHeadings.test(section.title) ? true : section.canonical.length ? false : null,
  );
  const uncertain = inheritedScopes(facts.sections, (section) =>
    section.canonical.some((name) => otherSections.includes(name)) ? true : null,
  );
  const tables: TableView = { namesOwn: new Set() };
  for (const quantity of facts.quantities) {
    if (quantity.table !== undefined && quantity.rowLabel && namesOwnModel(quantity.rowLabel, own, true))
      tables.namesOwn.add(quantity.table);
  }
  // One verdict per statement: its figures share it.
  const verdicts = new Map<number, { text: string; judged: Map<number, SubjectVerdict> }>();
  for (const quantity of facts.quantities) {
    const set = (subject: FigureSubject, basis: NonNullable<Quantity['subjectBasis']>, cue?: string): void => {
      quantity.subject = subject;
      quantity.subjectBasis = basis;
      if (cue) quantity.subjectCue = cue;
    };
    if (quantity.source === 'frontMatter') {
      set('this-model', 'default');
      continue;
    }
    const line = lineText(facts, quantity.position.line);
    const statement = statementAround(facts.text, offsetOf(facts, quantity.position));
    const byWords = subjectByWords(statement, cues);
    if (byWords) {
      set(byWords.subject, 'cue', byWords.cue);
      continue;
    }
    const sizeOfName = sizeOfAnotherName(statement, quantity, own);
    if (sizeOfName) {
      set('other-model', 'cue', sizeOfName);
      continue;
    }
    const attached =
      otherModelAttachedBefore(statement.text.slice(0, statement.at), own, cues) ??
      reportedForAnother(statement.text.slice(statement.at), own, cues);
    if (attached) {
      set('other-model', 'cue', attached);
      continue;
    }
    const inRow = quantity.table !== undefined;
    const clause = inRow ? null : clauseVerdict(verdicts, statement, own, cues);
    const named =
      namesOwnModel(line, own, true) || (!!quantity.rowLabel && namesOwnModel(quantity.rowLabel, own, true));
    const row = inRow ? rowSubject(quantity, own, cues, tables) : null;
    // "| | Aurel-2 | Aurel-3 |": a column headed by a model's name holds that model's figures.
    const column = inRow && !row ? columnOwner(facts.text, offsetOf(facts, quantity.position), own, cues) : null;
    const section = sectionIndexAtLine(facts.sections, quantity.position.line);
    if (clause && clause.subject !== 'this-model') set(clause.subject, 'cue', clause.cue);
    else if (isComparison(quantity, line, cues.sizeComparison)) set('other-model', 'cue', 'comparison');
    else if (row) set(row.subject, row.basis, row.cue);
    else if (column) set(column.subject, column.subject === 'this-model' ? 'named' : 'row', column.header);
    else if (named || clause?.basis === 'named') set('this-model', 'named');
    else if (comparing[section]) set('other-model', 'section', facts.sections[section].title);
    else if (uncertain[section]) set('this-model', 'section', facts.sections[section].title);
    else set('this-model', 'default');
  }
}

function columnOwner(
  text: string,
  offset: number,
  own: OwnNames,
  cues: SubjectCues,
): { subject: FigureSubject; header: string } | null {
  const column = columnHeaderAt(text, offset);
  const header = column?.header[column.column]?.replace(/[*_`]/g, '').trim();
  if (!column || !header || header.length > 80) return null;
  if (namesOwnModel(header, own, true) && !namesSiblingVersion(header, own)) return { subject: 'this-model', header };
  return headsOthersColumn(column.header, column.column, own, cues) ? { subject: 'other-model', header } : null;
}

function clauseVerdict(
  verdicts: Map<number, { text: string; judged: Map<number, SubjectVerdict> }>,
  statement: Statement,
  own: OwnNames,
  cues: SubjectCues,
): SubjectVerdict {
  let entry = verdicts.get(statement.start);
  if (!entry || entry.text !== statement.text)
    verdicts.set(statement.start, (entry = { text: statement.text, judged: new Map() }));
  let verdict = entry.judged.get(statement.at);
  if (!verdict) entry.judged.set(statement.at, (verdict = subjectAt(statement.text, statement.at, own, cues)));
  return verdict;
}

/**
 * A table row's subject: the card's model when its label names it; another model when its label names
 * one (a comparison table, even one that never names this model) or when another row of the table
 * names this model; else no verdict.
 */
function rowSubject(
  quantity: Quantity,
  own: OwnNames,
  cues: SubjectCues,
  tables: TableView,
): { subject: FigureSubject; basis: 'named' | 'row'; cue?: string } | null {
  const label = quantity.rowLabel;
  if (!label) return null;
  const byLabel = rowLabelSubject(label, own, cues);
  if (byLabel === 'this-model') return { subject: 'this-model', basis: 'named' };
  if (byLabel === 'other-model' || (quantity.table !== undefined && tables.namesOwn.has(quantity.table)))
    return { subject: 'other-model', basis: 'row', cue: label };
  return null;
}

/** Right after a figure, the party that gave it and the model it is for: "~3.8e25 FLOP (as reported by Meta for Llama 3.1 405B)". */
const REPORTED_FOR =
  /^[^;()\n]{0,40}?(?:\(|,\s)\s*(?:as )?(?:reported|stated|published|given|disclosed|estimated|measured) (?:by|in) [^();\n]{1,60}? for (?:the )?([^();,\n]{2,60})/i;
const VERSIONED_NAME = /\p{L}[\p{L}\p{N}]*(?:[-_.][\p{L}\p{N}]+)*[-_. ]?v?\d/u;

/** The model a figure is said, right after it, to be reported for, when that is another model. */
function reportedForAnother(after: string, own: OwnNames, cues: SubjectCues): string | null {
  const reported = REPORTED_FOR.exec(after);
  if (!reported) return null;
  const named = reported[1];
  if (namesOwnModel(named, own, true)) return null;
  return otherModelMentions(named, own, cues).length > 0 || VERSIONED_NAME.test(named) ? reported[0].trim() : null;
}

/** The name a size is written into ("StableVicuna-13B"): letters joined to the figure by a hyphen or underscore. */
const NAME_BEFORE_SIZE = /(?:^|[^\w.-])([A-Za-z][A-Za-z0-9.]*(?:-[A-Za-z0-9.]+)*)[-_]$/;

/**
 * "Released StableVicuna-13B, our fine-tune of Vicuna-13B" on the StableLM card: a size written into a
 * model name that is neither the card's own name nor of its family is that model's size.
 */
function sizeOfAnotherName(statement: Statement, quantity: Quantity, own: OwnNames): string | null {
  if (quantity.kind !== 'parameters' || own.keys.length === 0) return null;
  const match = NAME_BEFORE_SIZE.exec(statement.text.slice(Math.max(0, statement.at - 60), statement.at));
  if (!match) return null;
  const key = nameKey(match[1]);
  if (key.length < 3) return null;
  const ours =
    own.keys.some((own) => key.includes(own) || own.includes(key)) ||
    [...own.families].some((family) => key.includes(family));
  return ours ? null : `${match[1]}-${quantity.raw}`;
}

/** "models with less than 13B parameters", "outperforms Llama 2 70B": another model's size. */
function isComparison(quantity: Quantity, line: string, comparison: RegExp): boolean {
  if (quantity.kind !== 'parameters' && quantity.kind !== 'activeParameters') return false;
  let index = line.indexOf(quantity.raw, Math.max(0, quantity.position.column - 1));
  if (index < 0) index = line.indexOf(quantity.raw);
  return index >= 0 && comparison.test(line.slice(Math.max(0, index - 60), index));
}
