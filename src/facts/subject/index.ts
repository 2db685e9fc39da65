/**
 * Whose statement a text is, decided once in facts and read by classify and evaluate: the card's own
 * model, another model, models in general or a hypothetical. One cue vocabulary
 * (rules/vocabulary/statement-subject.yaml), one set of the card's own names.
 */
import type { FigureSubject } from '../../model/card.js';
import { areFieldLines } from '../mask.js';
import { cardSubjectCues, type SubjectCues } from './cues.js';
import {
  artefactNamed,
  isOwnName,
  labelGivesOthersTopic,
  namesItsOrigin,
  namesOwnModel,
  namesSiblingVersion,
  otherModelMentions,
  ownNames,
  ROLE_OPENING_LABEL,
  rowLabelSubject,
  type OwnNames,
  type OwnNameSource,
} from './own-names.js';
import {
  clauseSubjects,
  clausesOf,
  inOthersPhrase,
  labelNamesOther,
  otherModelAttachedBefore,
  statementSubject,
  unknownModelNamed,
} from './statement.js';
import {
  HEADER_REACH,
  headerCells,
  headerStart,
  headsOthersColumn,
  looksLikeModelName,
  namesOtherInHeader,
} from './table-header.js';
import { columnAt, DELIMITER_ROW, lineFrom, pipeCells } from '../table-lines.js';
import { nameKey } from '../text-views.js';

export { cardSubjectCues, compileSubjectCues, parseSubjectCues, shippedSubjectCues, type SubjectCues } from './cues.js';
export {
  labelAboutBase,
  labelGivesOthersTopic,
  namesItsOrigin,
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
  DISCOURSE_OPENER,
  clauseSubject,
  clauseSubjects,
  clausesOf,
  refersBack,
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
  /** The card's text at the same offsets, where `text` blanks structure: a bold line over a list is read there. */
  raw?: string,
): StatementSubject {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  // A quoted finding that names the card's model ("We red-teamed Aurel-3 for four weeks") is still about it.
  if (raw && inQuotationOfOthers(raw, lineStart, own) && !namesOwnModel(statement, own)) return 'other-model';
  // '> "Maximum sequence length: 8,192 tokens"' answered by "That line was copied from the Aurel-2 card": the reply disowns it.
  if (raw && quotationDisowned(raw, lineStart, own, cues)) return 'other-model';
  if (text.charCodeAt(lineStart) === 124 /* | */ || /^[ \t]{1,3}\|/.test(text.slice(lineStart, lineStart + 4))) {
    const cells = pipeCells(lineFrom(text, lineStart));
    const label = cells[1]?.trim() ?? '';
    // "| Base model | Revision |": the rows declare what the card's model was made from, which is its own statement.
    const header = headerCells(text, lineStart);
    const lineage = LINEAGE_COLUMN.test(header[1] ?? '');
    // "| Base model | Developer | Contact |": the base's developer and contact; its revision or relation stay the card's lineage.
    const column = columnAt(text, lineStart, start);
    if (lineage && column >= 2 && BASE_HEADER.test(header[1] ?? '') && !LINEAGE_ATTRIBUTE.test(header[column] ?? ''))
      return 'other-model';
    if (!lineage && label && label.length <= 80 && rowLabelSubject(label, own, cues) === 'other-model')
      return 'other-model';
    // "| TRN-120 | Aurel-2 training compute | 8.1e23 |", "| EV-1 | Baseline | Aurel-2 | 69.8 |" under "| Key | Summary | Model |".
    if (!lineage && rowNamesOther(cells, header, own, cues)) return 'other-model';
    // "| Schwellenwert | Bedeutung nach KI-VO |": the law's thresholds, not the card's figures.
    if (THRESHOLD_COLUMN.test(header[1] ?? '')) return 'models-in-general';
    if (othersOnlyColumns(text, lineStart, own, cues)) return 'other-model';
    if (specTableOfOther(text, lineStart, own, cues)) return 'other-model';
    // "| Family member | Training compute |": rows of the family's other members, unless one is the card's model.
    if (
      headerStart(text, lineStart) !== lineStart &&
      (FAMILY_OTHERS.test(header[1] ?? '') || ROLE_OPENING_LABEL.test(header[1] ?? '')) &&
      !firstCellIsOwn(text.slice(lineStart, text.indexOf('\n', lineStart)), own)
    )
      return 'other-model';
    if (othersColumn(text, lineStart, start, own, cues)) return 'other-model';
    const leadIn = leadInSubject(text, lineStart, own, cues, raw);
    if (leadIn) return leadIn;
    if (!lineage && headerOfOthersRows(text, lineStart, own, cues)) return 'other-model';
    if (label && besideOwnRow(text, lineStart, label, own, cues)) return 'other-model';
  } else if (LIST_ITEM.test(text.slice(lineStart, lineStart + 8))) {
    // "- Aurel-2: released 2 October 2023 …" on the Aurel-3 card: the item's label is another version.
    const label = ITEM_LABEL.exec(text.slice(lineStart, lineStart + 90))?.[1];
    if (label && namesSiblingVersion(label, own)) return 'other-model';
    // "- Teacher (405B): 3.8e25 FLOP": the item's label is another model's role.
    // "- vergleichsmodell: Brannoch-13B", "- previous_version: Aurel-2": the item names a model compared with or replaced
    // ("- Comparison: Aurel-3 scores 71.2 against 65.0" still speaks of the card's model).
    if (label && keyAboutOthers({ key: label.replace(/[_.]/g, ' '), value: '' }, own, cues)) {
      const item = lineFrom(text, lineStart);
      if (!namesOwnModel(item.slice(item.indexOf(label) + label.length), own, true) && !namesOwnModel(label, own, true))
        return 'other-model';
    }
    const leadIn = leadInSubject(text, lineStart, own, cues, raw);
    if (leadIn) return leadIn;
  }
  // "comparison_baseline:" over "  parameters: 70B": a record's nested fields under a key about other models are theirs.
  if (NESTED_FIELD.test(text.slice(lineStart, lineStart + 80))) {
    const parent = parentKey(text, lineStart);
    if (parent && keyAboutOthers(parent, own, cues)) return 'other-model';
  }
  if (quotedFromOthers(text, start) || QUOTATION_OPENED.test(statement)) return 'other-model';
  if (introducesOthersRows(statement, own)) return 'other-model';
  return subjectOf(sentenceAcrossLines(text, start, start + statement.length), own, cues);
}

/** A row's key in a tracker export ("TRN-120", "#42", "R7"): an identifier, not what the row is about. */
const ROW_KEY = /^(?:[A-Z][A-Z0-9]{0,9}-\d{1,6}|#?\d{1,5}|[A-Z]{1,3}\d{1,4})$/;
/**
 * Whether a row names another model after its tracker key ("| TRN-120 | Aurel-2 training compute |": a key is no
 * label) or in a column of models ("| Key | Summary | Model |" over "| EV-1 | Baseline | Aurel-2 |").
 */
function rowNamesOther(cells: string[], header: string[], own: OwnNames, cues: SubjectCues): boolean {
  const afterKey = ROW_KEY.test(cells[1]?.trim() ?? '') ? (cells[2]?.trim() ?? '') : '';
  if (afterKey && afterKey.length <= 80 && rowLabelSubject(afterKey, own, cues) === 'other-model') return true;
  const modelColumn = header.findIndex((cell, index) => index > 1 && MODEL_COLUMN.test(cell.trim()));
  const named = modelColumn > 1 ? (cells[modelColumn]?.trim() ?? '') : '';
  return (
    !!named &&
    named.length <= 80 &&
    (rowLabelSubject(named, own, cues) === 'other-model' ||
      (unknownModelNamed(named, own) !== null && !namesOwnModel(named, own, true)))
  );
}

/** A record's nested field: an indented "key: value" line. */
const NESTED_FIELD = /^[ \t]{2,}(?:[-*+][ \t]+)?[\p{L}\p{N}_.()-][\p{L}\p{N}_.() -]{0,40}:/u;
/**
 * A record's key that opens nested fields ("comparison_baseline:", "- reference_model: Brannoch-70B"), with its
 * indentation and the value it may give on its own line.
 */
const KEY_LINE = /^([ \t]*)(?:[-*+][ \t]+)?([\p{L}\p{N}_. -]{1,60}):[ \t]*([^\n]{0,80})$/u;
/** A key naming what the card's model was made from: its nested fields stay the card's lineage ("base_model: X" over "revision:"). */
const LINEAGE_KEY = /\b(?:base|parent|upstream|original|source|foundation|derived|lineage|fine ?tuned from)\b/i;
/** How many lines up a nested field's key is looked for. */
const KEY_REACH = 30;
/** A key whose nested fields describe other models: compared ones, competitors, baselines, the base or teacher. */
const OTHERS_KEY =
  /(?<![\p{L}])(?:comparisons?|compared|competitors?|competing|rivals?|baselines?|benchmarks? vs|reference models?|(?:previous|prior|earlier|older|former) (?:versions?|models?|releases?)|predecessors?|vergleich\p{L}*|vorgänger\p{L}*|comparaison|version précédente|comparaci[oó]n|versi[oó]n anterior|confronto|versione precedente|vergelijking|vorige versie|voorganger)(?![\p{L}])/iu;

/** The key a nested field sits under, with the value on its line: the nearest line above, less indented, that opens nested fields. */
function parentKey(text: string, lineStart: number): { key: string; value: string } | null {
  const indent = /^[ \t]*/.exec(text.slice(lineStart, lineStart + 40))![0].length;
  let end = lineStart - 1;
  for (let steps = 0; steps < KEY_REACH && end > 0; steps++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    const depth = /^[ \t]*/.exec(line)![0].length;
    if (line.trim() && depth < indent) {
      const key = KEY_LINE.exec(line);
      return key ? { key: key[2].replace(/[_.]/g, ' '), value: key[3].trim() } : null;
    }
    end = start - 1;
  }
  return null;
}

/**
 * Whether a record's key gives its nested fields as other models' ("competitor comparison", "teacher",
 * "ter_vergelijking_Aurel-2", "reference_model: Brannoch-70B"). A "base_model:" key declares the card's own lineage,
 * which stays the card's statement.
 */
function keyAboutOthers(parent: { key: string; value: string }, own: OwnNames, cues: SubjectCues): boolean {
  if (OTHERS_KEY.test(parent.key) || ROLE_OPENING_LABEL.test(parent.key)) return true;
  if (LINEAGE_KEY.test(parent.key)) return false;
  return [parent.key, parent.value].some((words) => namesOtherModel(words, own, cues));
}

/** Whether words name a model that is not the card's: "Brannoch-70B", "Mistral Large 2", "Aurel-2" on the Aurel-3 card. */
function namesOtherModel(words: string, own: OwnNames, cues: SubjectCues): boolean {
  return otherModelMentions(words, own, cues).length > 0 || unknownModelNamed(words, own) !== null;
}

const QUOTE_MARK = /["“”]/g;
/** How far back an open quotation is looked for. */
const QUOTE_REACH = 1500;
/** A lead-in that gives what follows as another's document: "From Meta's model card:", "According to the Qwen report:". */
const QUOTED_SOURCE =
  /(?:\b(?:from|per|according to|as stated in|quoting|quoted from|in)\b[^"“”\n]{0,60}?\b(?:card|report|paper|documentation|readme|blog(?: post)?|announcement|release notes)|[''’]s (?:model )?card)\s*[:,-]?\s*$/i;

/** A statement that opens with such a lead-in and its quotation ('From Meta's model card: "Llama 3.1 is …'). */
const QUOTATION_OPENED = new RegExp(`^\\W*${QUOTED_SOURCE.source.replace(/\\s\*\$$/, '')}\\s*["“]`, 'i');

/**
 * Whether `start` lies inside a quotation that a lead-in gives as another's document
 * ('From Meta's model card: "Llama 3.1 is intended for … Instruction tuned models are …"'): every
 * sentence of the quotation is the quoted source's, not only the first.
 */
function quotedFromOthers(text: string, start: number): boolean {
  const from = Math.max(0, start - QUOTE_REACH);
  // Most statements have no quotation mark before them in their paragraph: found without a scan.
  const lastQuote = Math.max(
    text.lastIndexOf('"', start - 1),
    text.lastIndexOf('“', start - 1),
    text.lastIndexOf('”', start - 1),
  );
  if (lastQuote < from || text.lastIndexOf('\n\n', start - 1) > lastQuote) return false;
  const paragraph = text.lastIndexOf('\n\n', start - 1);
  const scope = text.slice(Math.max(from, paragraph + 1), start);
  let open = -1;
  let quotes = 0;
  for (const mark of scope.matchAll(QUOTE_MARK)) {
    quotes++;
    if (quotes % 2 === 1) open = mark.index;
  }
  if (quotes % 2 === 0 || open < 0) return false;
  return QUOTED_SOURCE.test(scope.slice(Math.max(0, open - 120), open));
}

/** A block quotation's line: "> …". */
const QUOTED_LINE = /^[ \t]{0,3}>/;
/** How many lines up a block quotation's opening is looked for. */
const QUOTATION_REACH = 40;
/**
 * A block quotation's first line that gives it as someone's words: "The AI Office wrote on 18 June 2025:",
 * "On 7 July 2025 the AI Office wrote:", "L'Ufficio per l'IA ha scritto il 3 giugno 2025:".
 */
const QUOTATION_INTRO =
  /^[>\s*_]*(?:on [^,:\n]{1,40}?,?\s+)?(?!(?:we|wir|nous|nosotros|noi|wij|our|unser\p{L}*|notre|nos|nuestr[oa]s?|nostr[oa]|onze)\b)(\p{Lu}[^:\n]{0,60}?)\s+(?:wrote|writes|said|says|stated|states|asked|noted|replied|responded|commented|schrieb|schreibt|a écrit|écrit|escribió|escribe|ha scritto|scrive|scrisse|schreef|schrijft)(?:\s+(?:on|am|le|el|il|op)\s+[^:\n]{1,30})?[\s*_]*:[\s*_]*$/iu;

/**
 * Whether the line at `lineStart` lies in a block quotation that opens by giving it as another party's words
 * ("> The AI Office wrote on 10 July 2025:" over "> - cyber offence"): what it says is theirs, not the card's.
 */
function inQuotationOfOthers(raw: string, lineStart: number, own: OwnNames): boolean {
  if (!QUOTED_LINE.test(raw.slice(lineStart, lineStart + 4))) return false;
  let first = lineStart;
  for (let steps = 0; steps < QUOTATION_REACH && first > 0; steps++) {
    const previous = raw.lastIndexOf('\n', first - 2) + 1;
    if (!QUOTED_LINE.test(raw.slice(previous, previous + 4))) break;
    first = previous;
  }
  // The opening line itself ("> The AI Office wrote:") only hands over to the words below it.
  const speaker = QUOTATION_INTRO.exec(lineFrom(raw, first))?.[1];
  if (speaker === undefined || namesOwnModel(speaker, own, true)) return false;
  const key = nameKey(speaker);
  return ![...(own.organisations ?? [])].some((organisation) => key.includes(organisation));
}

/** A reply's words for what was quoted above it: "That line", "The figure you quote", "Das Zitat", "Esa cifra". */
const QUOTED_THING =
  /(?<![\p{L}])(?:that|this|the|those|these|das|der|den|dies(?:e[sr]?)?|diese|ce|cette|cet|ces|esa|ese|este|esta|esos|esas|quell[oa]|quella|questa|questo|die|dat|deze)\s+(?:[\p{L}-]+\s+){0,2}?(?:lines?|quotes?|quotation|figures?|numbers?|values?|dates?|sentences?|passages?|text|snippet|claims?|specs?|requirements?|statements?|paragraphs?|sections?|parts?|bits?|Zitat|Zeilen?|Angaben?|Satz|Sätze|Aussagen?|Absatz|Zahlen?|Werte?|citations?|phrases?|lignes?|chiffres?|citas?|frases?|l[ií]neas?|cifras?|fechas?|citazion[ei]|righe|riga|citaat|regels?|zin(?:nen)?)(?![\p{L}])/iu;
/** How a reply gives a quotation to another model: copied from its card, taken from it, or about it. */
const SOURCE_OF_QUOTE =
  /(?<![\p{L}])(?:(?:copied|taken|comes?|came|is|was) (?:\p{L}+ ){0,3}?from|stamm(?:t|en) (?:aus|von)|vien(?:t|nent) de|provien(?:e|en) de|viene da|komt uit|applies to|refers to|is about|(?:not|nicht|non|no|pas) (?:about|for|to|of|von|für|auf|di|de|a|van|voor) (?:this|diese[ms]?|questo|este|ce|dit) (?:model|Modell|modello|modelo|modèle|one|hier))(?![\p{L}])/iu;

/**
 * Whether the block quotation holding `lineStart` is disowned by the reply after it: "That line was copied from
 * the Aurel-2 card by mistake", "Das Zitat stammt aus der Karte von Aurel-2-Coder, nicht von diesem Modell".
 */
function quotationDisowned(raw: string, lineStart: number, own: OwnNames, cues: SubjectCues): boolean {
  if (!QUOTED_LINE.test(raw.slice(lineStart, lineStart + 4))) return false;
  let next = lineStart;
  for (let steps = 0; steps < QUOTATION_REACH && next < raw.length; steps++) {
    const end = raw.indexOf('\n', next);
    if (end < 0) return false;
    next = end + 1;
    const line = lineFrom(raw, next);
    if (QUOTED_LINE.test(line)) continue;
    if (!line.trim()) continue;
    const reply = line.slice(0, 400);
    const thing = QUOTED_THING.exec(reply);
    if (!thing) return false;
    const after = reply.slice(thing.index);
    return (
      SOURCE_OF_QUOTE.test(after) &&
      (otherModelMentions(after, own, cues).length > 0 || unknownModelNamed(after, own) !== null)
    );
  }
  return false;
}

/** A first column of the models the card's model was made from. */
const LINEAGE_COLUMN =
  /^\W*(?:base|parent|upstream|original|source|foundation|teacher)(?: models?| checkpoints?)?\W*$/i;
/** A first column of the law's thresholds. */
const THRESHOLD_COLUMN =
  /^\W*(?:(?:legal |regulatory )?thresholds?|Schwellenwerte?|seuils?|umbral(?:es)?|sogli[ae]|drempel(?:waarde)?s?)\W*$/iu;
/** A lineage column that names models, not data: "Base model", "Teacher", not "Source". */
const BASE_HEADER = /\b(?:models?|checkpoints?|base|parent|teacher|upstream)\W*$/i;
/** Columns beside a base-model column that still say how the card's model derives from it. */
const LINEAGE_ATTRIBUTE =
  /\b(?:revision|version|commit|relation|relationship|method|how|type|adapter|quanti[sz]ation|weight|share|ratio|role|used for|purpose|link|hub id|id)\b/i;

/**
 * Whether the row at `lineStart` is the header of a table whose every row is another model's
 * ("| Model | Licence |" over rows of a teacher and a predecessor): its column names are theirs too.
 */
function headerOfOthersRows(text: string, lineStart: number, own: OwnNames, cues: SubjectCues): boolean {
  return remembered(text, `h${lineStart}`, () => scanHeaderOfOthersRows(text, lineStart, own, cues));
}

/** Table scans, remembered for the text last asked about: every cell of a row asks the same question. */
let rememberedText: string | null = null;
const rememberedAnswers = new Map<string, boolean>();
function remembered(text: string, key: string, answer: () => boolean): boolean {
  if (rememberedText !== text) {
    rememberedText = text;
    rememberedAnswers.clear();
  }
  let found = rememberedAnswers.get(key);
  if (found === undefined) rememberedAnswers.set(key, (found = answer()));
  return found;
}

function scanHeaderOfOthersRows(text: string, lineStart: number, own: OwnNames, cues: SubjectCues): boolean {
  const lineEnd = text.indexOf('\n', lineStart);
  if (lineEnd < 0 || !DELIMITER_ROW.test(text.slice(lineEnd + 1, lineEnd + 40))) return false;
  let rowStart = text.indexOf('\n', lineEnd + 1) + 1;
  let rows = 0;
  const header = pipeCells(lineFrom(text, lineStart));
  const models = MODEL_COLUMN.test(header[1] ?? '');
  for (let steps = 0; steps < HEADER_REACH && rowStart > 0; steps++) {
    if (!/^[ \t]{0,3}\|/.test(text.slice(rowStart, rowStart + 4))) break;
    const rowEnd = text.indexOf('\n', rowStart);
    const cells = pipeCells(lineFrom(text, rowStart));
    const label = cells[1]?.trim() ?? '';
    if (!label || label.length > 80) return false;
    const others =
      rowNamesOther(cells, header, own, cues) ||
      rowLabelSubject(label, own, cues) === 'other-model' ||
      (models && looksLikeModelName(label) && !namesOwnModel(label, own) && own.keys.length > 0);
    if (!others) return false;
    rows++;
    rowStart = rowEnd < 0 ? 0 : rowEnd + 1;
  }
  return rows > 0;
}

/** A header cell that makes the first column the models compared ("| Model | … |"). */
const MODEL_COLUMN = /^\W*(?:models?|systems?|checkpoints?|modell|modèle|modelo|modello)\W*$/iu;

/**
 * Whether a row sits in a table of models, headed "Model", that has a row of the card's own model
 * ("| Competitor-X | 5e24 FLOP |" beside "| Aurel-3 | – |"): a row labelled otherwise is another model's.
 */
function besideOwnRow(text: string, lineStart: number, label: string, own: OwnNames, cues: SubjectCues): boolean {
  if (namesOwnModel(label, own) || rowLabelSubject(label, own, cues) !== null) return false;
  const start = headerStart(text, lineStart);
  if (start === lineStart || !MODEL_COLUMN.test(headerCells(text, lineStart)[1] ?? '')) return false;
  // "| Corvid-13B | 128k |" under "| Model | … |": a versioned name that is not the card's, nor of its family.
  if (looksLikeModelName(label) && own.keys.length > 0) return true;
  return remembered(text, `o${start}`, () => hasOwnRow(text, start, own, cues));
}

/** Whether a row below the header at `start` is labelled with the card's own model. */
function hasOwnRow(text: string, from: number, own: OwnNames, cues: SubjectCues): boolean {
  let start = from;
  for (let steps = 0; steps < HEADER_REACH; steps++) {
    const next = text.indexOf('\n', start) + 1;
    if (next <= 0 || !/^[ \t]{0,3}\|/.test(text.slice(next, next + 4))) return false;
    const rowLabel = pipeCells(lineFrom(text, next))[1]?.trim() ?? '';
    if (rowLabel && rowLabel.length <= 80 && rowLabelSubject(rowLabel, own, cues) === 'this-model') return true;
    start = next;
  }
  return false;
}

/** A spec table's row that says whose spec it is: "| Name | Qwen2.5-7B-Instruct |", "| Model name | … |"; a bare "Model" row may name the base. */
const NAME_ROW =
  /^(?:name|model name|model id|nom|nom du modèle|nombre|nombre del modelo|nome|nome del modello|naam|Modellname)$/i;

/**
 * "| Name | Qwen2.5-7B-Instruct |" in a two-column table of fields: every row is that model's spec, and
 * when it is another model's, "| Released | 2024-09-19 |" under it says nothing of the card's model.
 */
function specTableOfOther(text: string, lineStart: number, own: OwnNames, cues: SubjectCues): boolean {
  const header = headerStart(text, lineStart);
  return remembered(text, `spec:${header}`, () => {
    let rowStart = header;
    for (let steps = 0; steps < HEADER_REACH * 2 && rowStart >= 0; steps++) {
      if (!/^[ \t]{0,3}\|/.test(text.slice(rowStart, rowStart + 4))) break;
      const rowEnd = text.indexOf('\n', rowStart);
      const cells = pipeCells(lineFrom(text, rowStart));
      if (NAME_ROW.test(cells[1]?.replace(/[*_`]/g, '').trim() ?? '')) {
        const value = cells[2]?.trim() ?? '';
        return (
          !namesOwnModel(value, own) &&
          (otherModelMentions(value, own, cues).length > 0 || /\p{L}[\p{L}\p{N}]*-[\p{L}\p{N}.-]*\d/u.test(value))
        );
      }
      if (rowEnd < 0) break;
      rowStart = rowEnd + 1;
    }
    return false;
  });
}

/**
 * Whether every value column of the table holding the row at `lineStart` is headed by another model
 * ("| Benchmark | Mistral-7B |" on a fine-tune's card): its scores are that model's, not this one's.
 */
function othersOnlyColumns(text: string, lineStart: number, own: OwnNames, cues: SubjectCues): boolean {
  const columns = headerCells(text, lineStart)
    .slice(2)
    .map((cell) => cell.trim())
    .filter(Boolean);
  return columns.length > 0 && columns.every((cell) => namesOtherInHeader(cell, own, cues));
}

/**
 * Whether the cell starting at `start` sits in a value column headed by another model ("| MMLU | 66.6 | 62.5 | TBD |"
 * under "| Benchmark | Llama-3-8B | Mistral-7B | Aurel-3 |"): the Llama and Mistral cells are theirs.
 */
function othersColumn(text: string, lineStart: number, start: number, own: OwnNames, cues: SubjectCues): boolean {
  const column = columnAt(text, lineStart, start);
  if (column < 2) return false;
  return headsOthersColumn(headerCells(text, lineStart), column, own, cues);
}

const LIST_ITEM = /^[ \t]*(?:[-*+•]|\d{1,3}[.)])[ \t]/;
/** A list item's opening label: "- **Aurel-2**:", "- Aurel-1 —". */
const ITEM_LABEL =
  /^[ \t]*(?:[-*+•]|\d{1,3}[.)])[ \t]+[*_]{0,2}((?:[^:*_\n—–]|(?<=\p{L})_(?=\p{L})){2,60}?)[*_]{0,2}\s*(?::|\s[—–-]\s)/u;
const TABLE_OR_ITEM = /^[ \t]{0,3}(?:\||[-*+•][ \t]|\d{1,3}[.)][ \t])/;
/** A lead-in that points at what follows: "Scores below are …", "the following results …", "…:", a caption "Table 7.", a bold line alone. */
const POINTS_AHEAD =
  /\b(?:below|following|as follows)\b|:\s*$|^\W*(?:Table|Tab\.|Tabelle|Tableau|Tabla|Tabella|Tabel)\s*\d+[.:]|^\*\*[^*\n]+\*\*$/i;
/**
 * A lead-in whose rows are other work's: "Tool-use baselines (scores copied from the original papers):",
 * "Watermarking results reported in prior work:", "Table 7. Training recipes of the baselines.".
 */
const OTHERS_LEAD_IN =
  /^\W*(?:[\w-]+ ){0,2}baselines?\b|\b(?:of|from|by|in) (?:the )?(?:baselines?|prior (?:work|art|studies|methods)|previous (?:work|studies|methods)|related work|(?:the )?literature|original papers?|other (?:models|systems|methods|providers|labs|vendors|developers|teams))\b|\b(?:copied|taken|quoted) from\b|\breported by (?:their|the(?: respective)?) (?:developers|authors|providers|vendors|makers)\b/i;
/** A lead-in or caption that gives the rows after it as other work's: it speaks of them, not of the card's model. */
function introducesOthersRows(statement: string, own: OwnNames): boolean {
  const leadIn = statement.trim();
  if (leadIn.length > 400 || !POINTS_AHEAD.test(leadIn)) return false;
  return (
    (OTHERS_LEAD_IN.test(leadIn) && !LEAD_IN_COMPARES.test(leadIn) && !namesOwnModel(leadIn, own)) ||
    introducesSiblingRows(leadIn, own)
  );
}

/** "Notes from our previous generation, Aurel-2:": a lead-in naming another version, and not relating it to this one. */
function introducesSiblingRows(leadIn: string, own: OwnNames): boolean {
  return namesSiblingVersion(leadIn, own) && !RELATES_TO_OWN.test(leadIn);
}

const BOLD_LINE = /^\*\*([^*\n]{2,80}?):?\*\*:?$/;

/** A lead-in or column that gives its rows as the family's other members: "Other models in the family:", "| Family member |". */
const FAMILY_OTHERS =
  /\b(?:other|related) (?:open )?(?:models|members|variants|checkpoints|sizes|versions)\b|\bfamily members?\b|\bsibling models?\b|(?<![\p{L}])(?:anderer (?:offener )?Modelle|andere(?:n)? Modelle|autres modèles|otros modelos|altri modelli|andere modellen)(?![\p{L}])/iu;

/** A lead-in naming the models compared as its rows: "Comparison models:", "Competitor models:", "Reference systems:". */
const COMPARED_MODELS =
  /^\W*(?:comparison|compared|reference|competitor|competing|rival|peer|third-party) (?:models|systems|LLMs|checkpoints)\b/i;

/** Whether a table row's or list item's first cell or label is the card's model itself, by its exact name. */
function firstCellIsOwn(line: string, own: OwnNames): boolean {
  const cell = line.replace(/^[ \t]*(?:\||[-*+•][ \t]|\d{1,3}[.)][ \t])/, '').split(/\||:/)[0] ?? '';
  return isOwnName(cell.replace(/[*_`]/g, '').trim(), own);
}

/** Words that make a lead-in a comparison with the card's model, whose table holds its own rows too. */
const LEAD_IN_COMPARES = /\b(?:compared|comparison|against|vs\.?|versus|ours|our|we|relative to)\b/i;
/**
 * Words that make a lead-in naming another version speak of the card's model: what changed since it,
 * what it kept, how they compare ("Changes since Aurel-2:", "Carried over from Aurel-2:").
 */
const RELATES_TO_OWN =
  /\b(?:since|over|compared|comparison|vs\.?|versus|against|than|relative|unlike|instead|chang\w*|new|improve\w*|differ\w*|upgrad\w*|unchanged|same|carried|inherit\w*|retain\w*|kept|still|migrat\w*|successor|replac\w*|based|built|fine-?tun\w*|distill\w*|derived|seit|gegenüber|neu\w*|depuis|nouveau\w*|nouvelle\w*|desde|nuev[oa]s?|rispetto|nuov[oaie]|sinds|nieuw\w*|ten opzichte)\b/i;
/** How many lines of one table or list are passed over to find the sentence that introduces it. */
const LEAD_IN_REACH = 60;

/**
 * "Scores below are those reported by the Qwen team for the base model, Qwen2-7B:" over a table or
 * list: the lead-in says whose its rows are, and another model's rows are no evidence for this one.
 * "Information to be provided to downstream providers under Annex XII includes:" gives the law's list.
 */
function leadInSubject(
  text: string,
  lineStart: number,
  own: OwnNames,
  cues: SubjectCues,
  raw?: string,
): StatementSubject | null {
  let first = lineStart;
  for (let steps = 0; steps < LEAD_IN_REACH && first > 0; steps++) {
    const previous = text.lastIndexOf('\n', first - 2) + 1;
    const line = text.slice(previous, first - 1);
    // Continuation lines of a wrapped list item belong to the item.
    if (
      !TABLE_OR_ITEM.test(line) &&
      !(/^[ \t]{2,}\S/.test(line) && LIST_ITEM.test(text.slice(lineStart, lineStart + 8)))
    )
      break;
    first = previous;
  }
  if (first <= 0) return null;
  // The lead-in is the paragraph just above, at most one blank line away.
  let end = first - 1;
  let start = text.lastIndexOf('\n', end - 1) + 1;
  if (!text.slice(start, end).trim()) {
    end = start - 1;
    if (end <= 0) return null;
    start = text.lastIndexOf('\n', end - 1) + 1;
  }
  // "**Related models**" over a list: a bold line alone, blanked as structure, still introduces it.
  const bold = raw && raw.length === text.length ? BOLD_LINE.exec(raw.slice(start, end).trim()) : null;
  const leadIn = text.slice(start, end).trim() || (bold ? `${bold[1].trim()}:` : '');
  if (!leadIn || leadIn.startsWith('#') || leadIn.length > 400 || !POINTS_AHEAD.test(leadIn)) return null;
  const lineEnd = text.indexOf('\n', lineStart);
  const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
  // "Other models in the Aurel-3 family:": its rows are the family's other members, unless one is the card's model itself.
  if (FAMILY_OTHERS.test(leadIn) || COMPARED_MODELS.test(leadIn))
    return firstCellIsOwn(line, own) ? null : 'other-model';
  // A table headed, or a row or item naming, the card's own model holds its figures whatever the lead-in says.
  const headerEnd = text.indexOf('\n', first);
  if (namesOwnModel(line, own) || namesOwnModel(text.slice(first, headerEnd < 0 ? text.length : headerEnd), own))
    return null;
  if (OTHERS_LEAD_IN.test(leadIn) && !LEAD_IN_COMPARES.test(leadIn) && !namesOwnModel(leadIn, own))
    return 'other-model';
  // "Notes from our previous generation, Aurel-2:": the rows are that version's, unless the lead-in relates them to this one.
  if (introducesSiblingRows(leadIn, own)) return 'other-model';
  // "Below, our model compared with Llama 2:" introduces a comparison, not another model's table.
  const comparing = (cue: string | undefined) => cue !== undefined && cues.comparison.test(cue);
  const clauses = clauseSubjects(leadIn, own, cues);
  const others = clauses.some(
    ({ clause, verdict }) =>
      verdict.subject === 'other-model' &&
      verdict.basis === 'cue' &&
      !comparing(verdict.cue) &&
      !cues.comparison.test(clause.text) &&
      POINTS_AHEAD.test(clause.text),
  );
  if (others) return 'other-model';
  return clauses.length && clauses.every(({ verdict }) => verdict.subject === 'models-in-general')
    ? 'models-in-general'
    : null;
}

/** A line that starts something of its own: blank, a list item, a table row, a heading, a quote, a fence or a rule. */
const OWN_LINE = /^[ \t]*(?:$|[-*+•][ \t]|\d{1,3}[.)][ \t]|\||#|>|```|~~~|---|<)/;
/** A line of code or a label alone ("**License**") continues no sentence. */
const NOT_PROSE = /^(?: {4}|\t)|^[ \t]*(?:\||#|```|~~~|---|\*\*[^*]+\*\*:?[ \t]*$)|[={}]|\([ \t]*$|^[ \t]*\)/;

function isProseLine(line: string): boolean {
  return !NOT_PROSE.test(line);
}

/** A sentence end inside a line: not the period of "et al.", "e.g." or "Art.". */
const SENTENCE_END =
  /(?<![^\p{L}](?:al|e\.g|i\.e|vs|cf|approx|ca|art|no|nr|fig|sec|inc|ltd|co|etc|dr|prof|z\.b|bzw|vgl))[.!?][*_)"'”’]*\s+(?=\S)/giu;
/** How far a sentence is followed over wrapped lines. */
const WRAP_REACH = 400;

/**
 * The whole sentence a statement belongs to when its paragraph is wrapped over several lines: "Anthropic's
 * red-teaming study … on its assistant\nmodels." is one sentence, whose subject the second line shares.
 */
export function sentenceAcrossLines(text: string, start: number, end: number): string {
  let from = start;
  // Back over wraps: the previous line is prose that does not end a sentence.
  while (start - from < WRAP_REACH) {
    const lineStart = text.lastIndexOf('\n', from - 1) + 1;
    const lineEnd = text.indexOf('\n', lineStart);
    const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
    if (lineStart === 0 || OWN_LINE.test(line) || !isProseLine(line)) break;
    if (text.slice(lineStart, from).trim()) break; // the statement starts inside its line
    const previousStart = text.lastIndexOf('\n', lineStart - 2) + 1;
    const previous = text.slice(previousStart, lineStart - 1);
    if (
      !previous.trim() ||
      !isProseLine(previous) ||
      /[.!?:][*_)"'”’]*\s*$/.test(previous) ||
      areFieldLines(previous, line)
    )
      break;
    const ends = [...previous.matchAll(SENTENCE_END)];
    const last = ends[ends.length - 1];
    from = previousStart + (last ? last.index + last[0].length : 0);
    if (last) break;
  }
  let to = end;
  // Forward over wraps: the statement ends its line without ending its sentence.
  while (to - end < WRAP_REACH && !/[.!?:][*_)"'”’]*\s*$/.test(text.slice(from, to))) {
    const newline = text.indexOf('\n', to - 1 >= 0 && text[to - 1] === '\n' ? to - 1 : to);
    if (newline < 0 || text.slice(to, newline).trim()) break;
    const nextEnd = text.indexOf('\n', newline + 1);
    const next = text.slice(newline + 1, nextEnd < 0 ? text.length : nextEnd);
    const current = text.slice(text.lastIndexOf('\n', newline - 1) + 1, newline);
    if (OWN_LINE.test(next) || !isProseLine(next) || !isProseLine(current) || areFieldLines(current, next)) break;
    const stop = /[.!?](?=\s|$)/.exec(next);
    to = newline + 1 + (stop ? stop.index + 1 : next.length);
    if (stop) break;
  }
  return from === start && to === end ? text.slice(start, end) : text.slice(from, to);
}

type JudgedClauses = ReturnType<typeof clauseSubjects>;
/** Judged clauses of a card's statements, per card (its own names): evidence and specificity ask about the same statements. */
const judgedByCard = new WeakMap<OwnNames, Map<string, JudgedClauses>>();

/** The clauses of a statement with their subjects, or null for a statement of one clause (most: no subject is judged). */
function severalClauses(statement: string, own: OwnNames, cues: SubjectCues): JudgedClauses | null {
  if (clausesOf(statement, cues).length < 2) return null;
  let known = judgedByCard.get(own);
  if (!known) judgedByCard.set(own, (known = new Map()));
  let judged = known.get(statement);
  if (!judged) known.set(statement, (judged = clauseSubjects(statement, own, cues)));
  return judged;
}

/**
 * Whose one clause of a statement is, where the statement is the card's own: "… estimated at 1,287 MWh
 * for GPT-3, and we care about efficiency" is the card's sentence, but its figure is GPT-3's. Only a
 * clause that names another model by a cue is set apart; every other clause keeps the statement's subject.
 */
export function clauseSubjectAt(statement: string, at: number, own: OwnNames, cues: SubjectCues): StatementSubject {
  const before = statement.slice(0, at);
  if (inOthersPhrase(before) || otherModelAttachedBefore(before, own, cues)) return 'other-model';
  // "Llama 3.1 70B": a version or size inside another model's name says nothing of the card's model.
  if (isDigit(statement.charCodeAt(at)) && insideOthersName(statement, at, own, cues)) return 'other-model';
  const judged = severalClauses(statement, own, cues);
  if (!judged) return 'this-model';
  let found = judged[0];
  for (const entry of judged) if (entry.clause.start <= at) found = entry;
  return found.verdict.subject === 'other-model' && found.verdict.basis === 'cue' ? 'other-model' : 'this-model';
}

const isDigit = (code: number): boolean => code >= 48 && code <= 57;

/** A size right after a model's name ("Llama 3.1 70B", "Qwen2-7B"): part of the name. */
const SIZE_AFTER_NAME = /^[ -]\d+(?:\.\d+)?[BMK]\b/;

/** Whether offset `at` lies in another model's name, its version or the size written after it. */
function insideOthersName(statement: string, at: number, own: OwnNames, cues: SubjectCues): boolean {
  return otherModelMentions(statement, own, cues).some((mention) => {
    const end = mention.index + mention.length;
    const size = SIZE_AFTER_NAME.exec(statement.slice(end, end + 12));
    return at >= mention.index && at < end + (size ? size[0].length : 0);
  });
}

/**
 * A text with other models' names reduced to their first word ("Llama 3.1 70B" → "Llama"): what a
 * mention of scores or figures reads, so a version or size inside a name is no score of the card's model.
 */
export function withoutOthersVersions(text: string, facts: OwnNameSource): string {
  if (!/\d/.test(text)) return text;
  const cues = cardSubjectCues(facts);
  const own = ownNames(facts, cues);
  for (const mention of otherModelMentions(text, own, cues).reverse()) {
    const end = mention.index + mention.length;
    const size = SIZE_AFTER_NAME.exec(text.slice(end, end + 12));
    const word = /^\p{L}+/u.exec(text.slice(mention.index, end))?.[0] ?? '';
    text = text.slice(0, mention.index) + word + text.slice(end + (size ? size[0].length : 0));
  }
  return text;
}

/** Words in a title that give what follows as another model's: "Reference results (Llama 3.1 70B, from Meta's card)". */
const OTHERS_TITLE =
  /\b(?:reference|upstream|original|parent|teacher|base model|from [^)\n]{0,40}(?:card|report|paper)|as (?:published|reported) by)\b/i;

const FROM_OTHERS_CARD =
  /\b(?:from|per|as in|copied from|quoted from) (?:the )?(?:[\p{L}\p{N}._-]+ )?(?:original|base|upstream|parent|teacher)(?: model)?(?:['’]s)? (?:model )?card\b/iu;

const LEADING_NAME = /^\W*(\p{L}[\p{L}\p{N}]*(?:[-_.][\p{L}\p{N}]+)+)/u;

/**
 * A title that opens with the models compared with the card's; "Baseline Model trained on …" is a card's own title
 * (AutoTrain's), and a teacher's section may still name the card's lineage.
 */
const COMPARED_TITLE =
  /^\W*(?:competitors?|competing (?:models?|systems?)|rivals?|baselines|baseline (?:results|scores|figures|numbers|models|systems)|comparison models?)(?![\p{L}])/iu;

/** A title about another product beside the model: "… — companion device", "Predecessor app", "Partner system". */
const COMPANION_TITLE =
  /\b(?:companion|accompanying|predecessor|third-party|partner) (?:device|app|application|product|hardware|instrument)s?\b/i;

/** Whether a section or label title names another model and gives its content as that model's. */

export function titleGivesOthers(title: string, facts: OwnNameSource): boolean {
  // "Aurel-2 serving stack (2024)" on the Aurel-3 card: a section about another version, named first.
  const opening = LEADING_NAME.exec(title)?.[1];
  if (opening && /\d/.test(opening)) {
    const own = ownNames(facts, cardSubjectCues(facts));
    // "Aurel-2 vs Aurel-3", "Aurel-2 → Aurel-3 migration" compare it with the card's model.
    if (namesSiblingVersion(title, own) && !isOwnName(opening, own) && !RELATES_TO_OWN.test(title)) return true;
  }
  // "base_model.contact:", "Base model provider": who made or answers for the base, not the card's model.
  if (
    BASE_PARTY_TITLE.test(title) &&
    (!/original/i.test(title) || namesItsOrigin(ownNames(facts, cardSubjectCues(facts))))
  )
    return true;
  // "Related models", "Other models in the family": a section of the family's other members.
  if (FAMILY_OTHERS.test(title)) return true;
  // "Training compute, predecessor Aurel-2", "Licence of the base model": the topic given as another model's.
  if (labelGivesOthersTopic(title, ownNames(facts, cardSubjectCues(facts)))) return true;
  // "Known limitations (Orbis-2)", "**Compute (Aurel-2):**", "Kestrel-2 scores:": the topic scoped to another model by its name.
  if (labelNamesOther(title, ownNames(facts, cardSubjectCues(facts)))) return true;
  // "AurelBench limitations", "Intended uses of AurelQA": a section about a companion dataset or benchmark.
  if (/\p{Lu}/u.test(title)) {
    const own = ownNames(facts, cardSubjectCues(facts));
    if (artefactNamed(title, own) && !namesOwnModel(title, own, true)) return true;
  }
  // "Baseline results reported by their developers", "Competitor context windows": the compared models' figures.
  // (The card's own title, "Baseline Model Trained on …", names the card's model.)
  if (COMPARED_TITLE.test(title) && title !== facts.sections.find((section) => section.depth === 1)?.title) return true;
  // "Indications for Use — companion device": a section about another product beside the model.
  if (COMPANION_TITLE.test(title)) return true;
  if (!OTHERS_TITLE.test(title)) return false;
  const cues = cardSubjectCues(facts);
  const own = ownNames(facts, cues);
  // "Intended use (from the base model card)": said to be copied from another model's card, named or not, where an
  // "original" model is another only on a card that names its origin.
  const copied = FROM_OTHERS_CARD.exec(title);
  if (copied && (!/\boriginal\b/i.test(copied[0]) || namesItsOrigin(own))) return true;
  return !namesOwnModel(title, own) && otherModelMentions(title, own, cues).length > 0;
}

/** A title naming a party or term of the base model: "base_model.provider", "Base model contact", "Parent model licence". */
const BASE_PARTY_TITLE =
  /^\W*(?:base|parent|upstream|teacher|original|foundation)[ _-]model[ _.:'’s-]+(?:provider|contact|developer|creator|maker|author|owner|support|e-?mail|homepage|licen[cs]e|terms)\b/i;

/** A name, then an apposition that gives it a role: "Kite-70B, a teacher model that …", "Lumen-7B, our base model, which …". */
const ROLE_APPOSITIVE =
  /(\p{L}[\p{L}\p{N}]*(?:[-_.][\p{L}\p{N}]+)+),\s+(?:an?|the|its|our)\s+(?:[\p{L}-]+\s+){0,3}?(?:teacher|base|parent|upstream|predecessor|reference|foundation)(?: model)?\b[^;.]*/u;

/** A role noun, then an apposition set off by dashes: "from a teacher model — a 141B mixture-of-experts transformer —". */
const ROLE_DASH_APPOSITIVE =
  /\b(?:teacher|base|parent|upstream|predecessor|reference|foundation|flagship)(?: model)?(\s*[—–]\s*(?:an?|the)\s[^—–\n]*[—–]?)/iu;

const OPENING_COMPARISON_CLAUSE = /^\W*(?:unlike|compared (?:to|with)|as opposed to|in contrast to)\s[^,;]*[,;]/i;

/** A statement without its clauses that another model's cue owns ("…, whereas GPT-3 used 1,287 MWh"): what it says of the card's model. */
export function ownClausesText(statement: string, own: OwnNames, cues: SubjectCues): string {
  // "Unlike Llama 3 (Llama 3 Community License), Osprey …": the opening comparison is about the others.
  const compared = OPENING_COMPARISON_CLAUSE.exec(statement);
  if (compared) statement = ' '.repeat(compared[0].length) + statement.slice(compared[0].length);
  // "… from Kite-70B, a teacher model that its developers designed for chat": the apposition describes the teacher.
  const apposition = ROLE_APPOSITIVE.exec(statement);
  if (apposition && !namesOwnModel(apposition[1], own, true)) {
    const from = apposition.index + apposition[1].length;
    statement =
      statement.slice(0, from) +
      ' '.repeat(apposition[0].length - apposition[1].length) +
      statement.slice(from + apposition[0].length - apposition[1].length);
  }
  const dashed = ROLE_DASH_APPOSITIVE.exec(statement);
  if (dashed) {
    const from = dashed.index + dashed[0].length - dashed[1].length;
    statement = statement.slice(0, from) + ' '.repeat(dashed[1].length) + statement.slice(from + dashed[1].length);
  }
  const judged = severalClauses(statement, own, cues);
  if (!judged) return statement;
  return judged
    .filter(({ verdict }) => !(verdict.subject === 'other-model' && verdict.basis === 'cue'))
    .map(({ clause }) => clause.text)
    .join(' ');
}
