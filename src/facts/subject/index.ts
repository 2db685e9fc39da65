/**
 * Whose statement a text is, decided once in facts and read by classify and evaluate: the card's own
 * model, another model, models in general or a hypothetical. One cue vocabulary
 * (rules/vocabulary/statement-subject.yaml), one set of the card's own names.
 */
import type { FigureSubject } from '../../model/card.js';
import type { SubjectCues } from './cues.js';
import type { OwnNames } from './own-names.js';
import { statementSubject } from './statement.js';

export { compileSubjectCues, parseSubjectCues, shippedSubjectCues, type SubjectCues } from './cues.js';
export { modelMentions, namesOwnModel, otherModelMentions, ownNames, type OwnNames, type OwnNameSource } from './own-names.js';
export { clauseSubject, clauseSubjects, clausesOf, statementSubject, subjectAt, type SubjectVerdict } from './statement.js';
export { assignFigureSubjects, statementAround, type Statement } from './figures.js';

/** Whose statement a sentence is, for duty evidence: only `this-model` statements are evidence. */
export type StatementSubject = FigureSubject;

/** Whose statement one sentence, list item or cell is. */
export function subjectOf(statement: string, own: OwnNames, cues: SubjectCues): StatementSubject {
  return statementSubject(statement, own, cues).subject;
}
