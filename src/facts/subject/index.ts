/**
 * Whose statement a text is, decided once in facts and read by classify and evaluate: the card's own
 * model, another model, models in general or a hypothetical. One cue vocabulary
 * (rules/vocabulary/statement-subject.yaml), one set of the card's own names.
 */
import type { FigureSubject } from '../../model/card.js';
import type { SubjectCues } from './cues.js';
import { rowLabelSubject, type OwnNames } from './own-names.js';
import { statementSubject } from './statement.js';

export { compileSubjectCues, parseSubjectCues, shippedSubjectCues, type SubjectCues } from './cues.js';
export {
  modelMentions,
  namesOwnModel,
  otherModelMentions,
  ownNames,
  rowLabelSubject,
  sizeInName,
  type OwnNames,
  type OwnNameSource,
} from './own-names.js';
export {
  clauseSubject,
  clauseSubjects,
  clausesOf,
  statementSubject,
  subjectAt,
  type SubjectVerdict,
} from './statement.js';
export { assignFigureSubjects, statementAround, type Statement } from './figures.js';

/** Whose statement a sentence is, for duty evidence: only `this-model` statements are evidence. */
export type StatementSubject = FigureSubject;

/** Whose statement one sentence, list item or cell is. */
export function subjectOf(statement: string, own: OwnNames, cues: SubjectCues): StatementSubject {
  return statementSubject(statement, own, cues).subject;
}

/**
 * Whose statement one sentence or cell of a text is: in a Markdown table row, the row's label decides
 * first ("| GPT-3 | 175B | 3.1 × 10^23 |" is GPT-3's), else the statement's own words.
 */
export function subjectInText(
  text: string,
  start: number,
  statement: string,
  own: OwnNames,
  cues: SubjectCues,
): StatementSubject {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (text.charCodeAt(lineStart) === 124 /* | */ || /^[ \t]{1,3}\|/.test(text.slice(lineStart, lineStart + 4))) {
    const lineEnd = text.indexOf('\n', start);
    const cells = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd).split('|');
    const label = cells[1]?.trim() ?? '';
    if (label && label.length <= 80 && rowLabelSubject(label, own, cues) === 'other-model') return 'other-model';
  }
  return subjectOf(statement, own, cues);
}
