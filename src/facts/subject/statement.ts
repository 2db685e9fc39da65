/**
 * Whose statement a sentence, list item or table cell is: the card's own model, another model
 * ("Llama 2 70B scores 68.9 on MMLU", "The base model was released in 2023"), models in general (it
 * names the regulation and speaks of models, not of this one) or a hypothetical. Clauses joined by
 * ";", "while", "whereas", "but" each have their own subject ("Big-Other is a GPAI model with
 * systemic risk; Wren-7B is not"); a clause that names none continues the one before.
 */
import type { FigureSubject } from '../../model/card.js';
import type { SubjectCues } from './cues.js';
import { namesOwnModel, otherModelMentions, type OwnNames } from './own-names.js';
import { fastVariant, textKind } from '../fast-regex.js';

export interface SubjectVerdict {
  subject: FigureSubject;
  /** What decided it: the clause names the model, a cue in it, or nothing (the default). */
  basis: 'named' | 'cue' | 'default';
  cue?: string;
}

export interface Clause {
  text: string;
  /** Offset of the clause in the statement. */
  start: number;
}

const DECORATION = /[*_`>#]+/g;
const LIST_MARKER = /^\s*(?:[-*+•]|\d{1,3}[.)])\s+/;
const LEAD_LABEL = /^[^:.!?\n]{1,60}?:\s*/;
/** After a name at the start of a clause: its version and capitalised words ("Turbo"), then a lower-case verb in -s. */
const OPENING_VERB = /^[\w.-]*(?:[ -](?:[A-Z0-9][\w.-]*))*\s+([a-z]{1,}[^s\W]s|[a-z]+(?:ies|ches|shes|xes))\b/u;
const VERB =
  /\b(?:is|are|was|were|has|have|had|can|could|will|would|does|did|may|might|should|must|scores?|reach(?:es)?|achieves?|requires?|describes?|adds?|uses?|comes?|came|outperforms?|performs?|obtains?|gets?|got|takes?|took|supports?|emits?|consumes?|contains?|includes?|offers?|provides?|runs?|[a-z]{3,}ed)\b/gi;

/** The text a reader judges: decoration, a list marker and a leading label removed, spaces collapsed. */
export function plainStatement(statement: string): string {
  return statement
    .replace(DECORATION, ' ')
    .replace(LIST_MARKER, '')
    .replace(LEAD_LABEL, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A statement's clauses, in order (one when nothing joins two). */
export function clausesOf(statement: string, cues: SubjectCues): Clause[] {
  const breaks = new RegExp(cues.clauseBreak.source, 'giu');
  const clauses: Clause[] = [];
  let from = 0;
  for (let match = breaks.exec(statement); match; match = breaks.exec(statement)) {
    if (match[0].length === 0) {
      breaks.lastIndex++;
      continue;
    }
    clauses.push({ text: statement.slice(from, match.index), start: from });
    from = match.index + match[0].length;
  }
  clauses.push({ text: statement.slice(from), start: from });
  return clauses.filter((clause) => /[\p{L}\p{N}]/u.test(clause.text));
}

/** Whose one clause is, by its words alone; `default` when it names no subject. */
export function clauseSubject(clause: string, own: OwnNames, allCues: SubjectCues): SubjectVerdict {
  const text = plainStatement(clause);
  const cues = textKind(text) === 'plain' ? plainTextCues(allCues) : allCues;
  const ownCue = cues.ownModel.exec(text);
  const named = namesOwnModel(text, own);
  const mentions = otherModelMentions(text, own, cues);
  const namedSubject = cues.namedSubject.exec(text);
  // "Condor-2 is a general-purpose AI model …": a sentence about a named model, not about models in general.
  const speaksOfOne = !!ownCue || named || !!namedSubject;
  if (!speaksOfOne && cues.regulation.test(text)) {
    const general = cues.generalSubject.exec(text);
    if (general) return { subject: 'models-in-general', basis: 'cue', cue: general[0] };
  }
  if (ownCue) return { subject: 'this-model', basis: 'cue', cue: ownCue[0].trim() || ownCue[0] };
  if (named) return { subject: 'this-model', basis: 'named' };
  const otherPhrase = cues.otherModel.exec(text);
  if (otherPhrase) return { subject: 'other-model', basis: 'cue', cue: otherPhrase[0] };
  if (cues.ownVoice.test(text)) return { subject: 'this-model', basis: 'cue', cue: 'we' };
  if (mentions.length) {
    const comparison = cues.comparison.exec(text);
    if (comparison) return { subject: 'other-model', basis: 'cue', cue: comparison[0] };
    // The other model must be what the clause is about: named before its first verb, with a verb
    // after it ("Llama 2 70B scores 68.9"), not a value ("Network architecture: Mistral-NeMo") nor an
    // object ("Fine-tuned on pairs generated with GPT-3.5").
    VERB.lastIndex = 0;
    const firstVerb = VERB.exec(text);
    if (firstVerb && mentions.some((mention) => mention.index < firstVerb.index))
      return { subject: 'other-model', basis: 'cue', cue: text.slice(mentions[0].index, firstVerb.index).trim() };
    // "GPT-4 Turbo accepts up to 128k tokens": a clause opening with the name and a verb in -s.
    const opening = mentions[0].index === 0 ? OPENING_VERB.exec(text.slice(mentions[0].length)) : null;
    if (opening)
      return { subject: 'other-model', basis: 'cue', cue: text.slice(0, text.indexOf(opening[1]) + opening[1].length) };
  }
  if (namedSubject) return { subject: 'this-model', basis: 'named' };
  return { subject: 'this-model', basis: 'default' };
}

const plainTwins = new WeakMap<SubjectCues, SubjectCues>();

/**
 * The cues for a plain text (no surrogates, no ſ or K): each pattern's `u`-free twin where it has
 * one, which finds exactly the same matches there several times faster (see fast-regex.ts).
 */
function plainTextCues(cues: SubjectCues): SubjectCues {
  let twins = plainTwins.get(cues);
  if (!twins) {
    const twin = (pattern: RegExp): RegExp => fastVariant(pattern.source, pattern.flags)?.pattern ?? pattern;
    twins = {
      ...cues,
      ownModel: twin(cues.ownModel),
      namedSubject: twin(cues.namedSubject),
      regulation: twin(cues.regulation),
      generalSubject: twin(cues.generalSubject),
      otherModel: twin(cues.otherModel),
      ownVoice: twin(cues.ownVoice),
      comparison: twin(cues.comparison),
    };
    plainTwins.set(cues, twins);
  }
  return twins;
}

/**
 * The subject of each clause of a statement. A clause that names no subject continues the one before;
 * a named subject beside a clause that names the card's model is another model ("Big-Other is …;
 * Wren-7B is not").
 */
export function clauseSubjects(
  statement: string,
  own: OwnNames,
  cues: SubjectCues,
): { clause: Clause; verdict: SubjectVerdict }[] {
  const clauses = clausesOf(statement, cues);
  const judged = clauses.map((clause) => ({ clause, verdict: clauseSubject(clause.text, own, cues) }));
  if (judged.length > 1) {
    const ownNamed = judged.some(({ clause }) => namesOwnModel(clause.text, own));
    for (const entry of judged) {
      const { verdict, clause } = entry;
      if (ownNamed && verdict.basis === 'named' && !namesOwnModel(clause.text, own)) {
        entry.verdict = {
          subject: 'other-model',
          basis: 'cue',
          cue: cues.namedSubject.exec(plainStatement(clause.text))?.[0] ?? 'another model',
        };
      }
    }
    for (let index = 1; index < judged.length; index++) {
      if (judged[index].verdict.basis === 'default') judged[index].verdict = judged[index - 1].verdict;
    }
  }
  return judged;
}

/** The subject of the clause holding offset `at` of a statement. */
export function subjectAt(statement: string, at: number, own: OwnNames, cues: SubjectCues): SubjectVerdict {
  const judged = clauseSubjects(statement, own, cues);
  let found = judged[0]?.verdict ?? { subject: 'this-model', basis: 'default' };
  for (const { clause, verdict } of judged) if (clause.start <= at) found = verdict;
  return found;
}

/**
 * Whose statement a whole sentence is, for duty evidence: the card's own when any clause is; else the
 * first clause that names another subject.
 */
export function statementSubject(statement: string, own: OwnNames, cues: SubjectCues): SubjectVerdict {
  const judged = clauseSubjects(statement, own, cues);
  const ownClause = judged.find(({ verdict }) => verdict.subject === 'this-model' && verdict.basis !== 'default');
  if (ownClause) return ownClause.verdict;
  return (
    judged.find(({ verdict }) => verdict.subject !== 'this-model')?.verdict ?? {
      subject: 'this-model',
      basis: 'default',
    }
  );
}
