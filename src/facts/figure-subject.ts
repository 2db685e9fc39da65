/**
 * Whose statement each figure is, decided once for the whole pipeline: the card's own model, another
 * model (a comparison, another row of a table), models in general (an explanation of the AI Act's
 * thresholds) or a hypothetical or negated one. The classifier reads `subject` and never counts another
 * model's FLOPs or a threshold as the model's own; `statementSubject` judges a sentence the same way
 * for claims ("X is a GPAI model with systemic risk" vs "models above 10^25 FLOP are presumed to …").
 */
import type { FigureSubjectCues } from '../classify/data-types.js';
import type { CardFacts, FigureSubject, Quantity } from '../model/card.js';
import { inheritedScopes, lineText, nameKey, offsetOf, ownModelKey, sectionIndexAtLine } from './text-views.js';

export interface SubjectCues {
  figureSubject: FigureSubjectCues;
  /** Words before a parameter count that make it another model's ("outperforms Llama 2 70B"). */
  comparison: RegExp;
  /** Canonical sections whose figures describe other models unless the line names this one. */
  computeExcludedSections: string[];
}

/** How far around a figure its sentence is looked for. */
const REACH = 300;
/** Where a statement ends: sentence end, paragraph, list item, table cell, HTML cell or heading. */
const STATEMENT_BREAK =
  /(?<!\b(?:Art|Arts|approx|ca|cf|e\.g|i\.e|vs|No|Fig|Sec|et al))[.!?](?=\s)|\n[ \t]*\n|\||<\/?(?:td|th|tr|p|li|br|div)\b[^<>]{0,200}>|\n[ \t]*(?:[-*+]|\d+[.)])\s|\n#{1,6}\s/g;

export interface Statement {
  text: string;
  /** Offset of the figure (or the point of interest) inside `text`. */
  at: number;
}

/** The sentence, list item or cell around an offset of the card. */
export function statementAround(text: string, offset: number): Statement {
  const from = Math.max(0, offset - REACH);
  const back = text.slice(from, offset);
  let start = 0;
  STATEMENT_BREAK.lastIndex = 0;
  for (let match = STATEMENT_BREAK.exec(back); match; match = STATEMENT_BREAK.exec(back)) start = match.index + match[0].length;
  const ahead = text.slice(offset, offset + REACH);
  STATEMENT_BREAK.lastIndex = 0;
  const next = STATEMENT_BREAK.exec(ahead);
  const end = next ? next.index + (/^[.!?]/.test(next[0]) ? 1 : 0) : ahead.length;
  while (start < back.length && /[ \t]/.test(back[start])) start++;
  return { text: back.slice(start) + ahead.slice(0, end), at: back.length - start };
}

export interface SubjectVerdict {
  subject: FigureSubject;
  cue?: string;
}

/**
 * Whose statement a sentence is, by its words alone: hypothetical ("if", "would"), about models in
 * general (it explains the regulation and speaks of models, not of this one), or this model's.
 * `namesOwnModel`: the sentence names the card's model (its title, "this model", "we consider X").
 */
export function statementSubject(sentence: string, cues: FigureSubjectCues, namesOwnModel: boolean): SubjectVerdict {
  const hypothetical = cues.hypothetical.exec(sentence);
  if (hypothetical) return { subject: 'hypothetical', cue: hypothetical[0] };
  const own = namesOwnModel || cues.thisModel.test(sentence);
  const general = cues.regulation.test(sentence) ? cues.generalSubject.exec(sentence) : null;
  if (general && !own) return { subject: 'models-in-general', cue: general[0] };
  return { subject: 'this-model' };
}

/** Whose figure one quantity is, from the words around it in its sentence. */
function subjectByWords(statement: Statement, cues: FigureSubjectCues, namesOwnModel: boolean): SubjectVerdict | null {
  const before = statement.text.slice(0, statement.at);
  const negated = cues.negatedBefore.exec(before);
  if (negated) return { subject: 'hypothetical', cue: negated[0].trim() };
  // "if", "would" govern their clause: "If you deploy it, note that it has 7B parameters" states a size.
  const clause = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf('(')) + 1);
  const hypothetical = cues.hypothetical.exec(clause);
  if (hypothetical) return { subject: 'hypothetical', cue: hypothetical[0] };
  if (!cues.regulation.test(statement.text)) return null;
  const bound = cues.boundBefore.exec(before);
  if (bound) return { subject: 'models-in-general', cue: bound[0].trim() };
  const after = statement.text.slice(statement.at).replace(/^\S+/, '');
  const threshold = cues.thresholdAfter.exec(after);
  if (threshold) return { subject: 'models-in-general', cue: threshold[0].trim() };
  const verdict = statementSubject(statement.text, cues, namesOwnModel);
  return verdict.subject === 'this-model' ? null : verdict;
}

/** Sets `subject`, `subjectBasis` and `subjectCue` on every quantity of the card (body and front matter). */
export function assignFigureSubjects(facts: CardFacts, cues: SubjectCues): void {
  const key = ownModelKey(facts.sections);
  const excluded = cues.computeExcludedSections;
  const scopes = inheritedScopes(facts.sections, (section) => (section.canonical.some((name) => excluded.includes(name)) ? true : null));
  const tablesNamingOwnModel = new Set<number>();
  if (key) {
    for (const quantity of facts.quantities) {
      if (quantity.table !== undefined && quantity.rowLabel && nameKey(quantity.rowLabel).includes(key)) tablesNamingOwnModel.add(quantity.table);
    }
  }
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
    const named = !!key && (nameKey(line).includes(key) || (!!quantity.rowLabel && nameKey(quantity.rowLabel).includes(key)));
    const statement = statementAround(facts.text, offsetOf(facts, quantity.position));
    const byWords = subjectByWords(statement, cues.figureSubject, named);
    if (byWords) set(byWords.subject, 'cue', byWords.cue);
    else if (isComparison(quantity, line, cues.comparison)) set('other-model', 'cue', 'comparison');
    else if (named) set('this-model', 'named');
    else if (quantity.table !== undefined && tablesNamingOwnModel.has(quantity.table)) set('other-model', 'row', quantity.rowLabel);
    else if (scopes[sectionIndexAtLine(facts.sections, quantity.position.line)]) set('other-model', 'section');
    else set('this-model', 'default');
  }
}

/** "models with less than 13B parameters", "outperforms Llama 2 70B": another model's size. */
function isComparison(quantity: Quantity, line: string, comparison: RegExp): boolean {
  if (quantity.kind !== 'parameters' && quantity.kind !== 'activeParameters') return false;
  let index = line.indexOf(quantity.raw, Math.max(0, quantity.position.column - 1));
  if (index < 0) index = line.indexOf(quantity.raw);
  return index >= 0 && comparison.test(line.slice(Math.max(0, index - 60), index));
}
