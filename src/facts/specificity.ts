/**
 * How specific a region's content is, as a reviewer would judge it: figures with units, names
 * (organisations, teams, benchmarks, datasets), dates, links or document references, and list or
 * table structure. Only statements of accepted modes count: promises, advice to others and
 * placeholders say nothing about what was done. The signals are returned so a message can say why
 * content counts as generic.
 */
import { isBareDenial, type StatementIndex, type StatementMode } from './statement-mode.js';

export type SpecificityBand = 'empty' | 'generic' | 'specific';
export type SpecificitySignal = 'figure' | 'date' | 'name' | 'link' | 'structure';

export interface Specificity {
  band: SpecificityBand;
  signals: SpecificitySignal[];
  /** Words in the statements that count. */
  words: number;
  /** The statements that count, as [start, end) offsets. */
  statements: [number, number][];
}

/** Content beyond this many characters is not read: a time budget for huge sections. */
const MAX_CONTENT = 20_000;

const FIGURE = new RegExp(
  [
    String.raw`\b\d+(?:[.,]\d+)*\s?(?:%|percent|[kmbt]\b|billion|million|trillion|thousand|tokens?|param\w*|gpus?|tpus?|hours?|hrs?|h\b|days?|weeks?|months?|years?|flops?|pflops?|kwh|mwh|gwh|t?co2\w*|kg|tons?|tonnes?|[kmgt]b\b|samples|examples|images|prompts|languages|epochs|steps|layers|experts|tasks|questions|items|conversations|hours|seconds?|minutes?|pixels?|frames|k?hz|rank|dimensions?|heads|pairs|documents|dialogues|clips)`,
    // The same units in German, French, Spanish, Italian and Dutch, and thousands written 32.768 or 32 768.
    String.raw`\b\d+(?:[.,]\d+)*\s?(?:milliarden?|millionen?|mrd|mio|milliards?|millions?|mil millones|millones|miliardi|milioni|miljard|miljoen|schichten|couches|capas|strati|lagen|stunden|heures|horas|ore|uur|tage|jours|días|giorni|dagen|sekunden|secondes|segundos|secondi|bilder|images|imágenes|immagini|afbeeldingen|token)\b`,
    String.raw`\b\d{1,3}(?:[.\u00a0 ]\d{3})+\b|\b\d+,\d+\b`,
    String.raw`\b\d+\.\d+\b`,
    // Scientific notation: "2e-4", "3·10⁻⁴", "1.5 × 10^-5" (learning rates, compute).
    String.raw`\b\d+(?:\.\d+)?(?:[eE][-+]?\d+\b|\s?[·x×*]\s?10(?:\^|\*\*)?\{?[-−⁻+]?[\d⁰¹²³⁴⁵⁶⁷⁸⁹]+)`,
    // Counted in words in German, French, Spanish, Italian and Dutch ("zwei Wochen", "due settimane", "drie teams").
    String.raw`\b(?:zwei|drei|vier|fünf|sechs|zehn|deux|trois|quatre|cinq|dix|dos|tres|cuatro|cinco|diez|due|tre|quattro|cinque|dieci|twee|drie|vijf|tien)(?: [\p{L}]+){0,2} (?:Wochen|Monate|Tage|Teams|Experten|semaines|mois|jours|équipes|experts|semanas|meses|días|equipos|expertos|settimane|mesi|giorni|team|esperti|weken|maanden|dagen|experts)\b`,
    String.raw`\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|fifty|dozens?|hundreds?|thousands?|millions?)(?: \w+){0,2} (?:weeks?|months?|days?|hours?|teams?|experts?|rounds?|languages?|benchmarks?|categories|areas|domains|prompts|evaluators|annotators|testers|red[- ]?teams?|organi[sz]ations|partners|vendors|firms|companies|labs|groups|people|participants|reviewers|specialists|scenarios)\b`,
  ].join('|'),
  'giu',
);
/** Month names of German, French, Spanish, Italian and Dutch ("14 de enero de 2026", "3. März 2026"). */
const EU_MONTHS = String.raw`(?:januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|januari|februari|maart|mei|augustus)`;
const EU_DATE = new RegExp(String.raw`(?:^|[^\p{L}])${EU_MONTHS}\.? (?:de |del )?(?:19|20)\d{2}\b`, 'iu');
const DATE =
  /\b(?:19|20)\d{2}\s?[–-]\s?(?:19|20)\d{2}\b|\b(?:19|20)\d{2}-\d{2}(?:-\d{2})?\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? (?:\d{1,2}(?:st|nd|rd|th)?,? )?(?:19|20)\d{2}\b|\b\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*,? (?:19|20)\d{2}\b|\b\d{1,2}\/\d{1,2}\/(?:19|20)\d{2}\b|\b(?:in|since|until|from|on|by) (?:19|20)\d{2}\b|\bq[1-4] (?:19|20)\d{2}\b/i;
/** An acronym or code name (CBRN, WMDP, MMLU, GPT-4, A100), or a capitalised word inside a sentence. */
const NAME = /\b[A-Z][A-Z0-9]{1,}(?:-[A-Za-z0-9]+)*\b|\b[A-Za-z]+-?\d[\w.-]*\b|[a-z,;:(] (?:the )?[A-Z][a-z]{2,}/;
const LINK =
  /\]\(|https?:\/\/|\b(?:section|appendix|annex|chapter|table|Abschnitt|Kapitel|Anhang|Tabelle|annexe|chapitre|tableau|sección|anexo|capítulo|tabla|sezione|allegato|capitolo|tabella|sectie|bijlage|hoofdstuk|tabel) (?:\d+|[A-Z])\b|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/i;
const ITEM_START = /^[ \t]*(?:[-*+•]|\d{1,3}[.)])[ \t]+|^[ \t]*\|/;
/** A vendor field ("**Runtime Engine(s):** vLLM · **Supported Hardware:** Hopper"): several make a structure as list items do. */
const LABELLED_FIELD = /\*\*[^*\n]{1,60}?(?::\*\*|\*\*\s?:)/g;
const WORDS = /[\p{L}\p{N}]+/gu;

export function measureSpecificity(
  text: string,
  spans: readonly [number, number][],
  statements: StatementIndex,
  accept: ReadonlySet<StatementMode>,
): Specificity {
  const counted: [number, number][] = [];
  let budget = MAX_CONTENT;
  for (const [from, to] of spans) {
    if (budget <= 0) break;
    const end = Math.min(to, from + budget);
    budget -= end - from;
    for (const [start, stop] of statements.spansIn(from, end)) {
      if (
        statements.counts(start, stop, accept) &&
        !isBareDenial(text.slice(start, stop)) &&
        !isColumnName(text, start)
      )
        counted.push([start, stop]);
    }
  }
  return judge(
    counted.map(([start, end]) => statements.ownText(start, end)),
    itemsSpanned(text, counted),
    counted,
  );
}

/** The same judgement for text read apart (a front-matter value, a passage); `items`: how many list items or table rows it spans. */
export function specificityOfText(value: string, items = 0): Specificity {
  return judge([value], items, []);
}

/**
 * How many list items or table rows the statements span: each line once, so an item's label and its answer
 * ("- [x] Hardware needs. A GPU is required.") or a row's cells are one item, not several.
 */
function itemsSpanned(text: string, statements: readonly [number, number][]): number {
  const lines = new Set<number>();
  for (const [start] of statements) {
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    // The line up to a little past the statement's start: its list marker or table pipe and the space after.
    if (ITEM_START.test(text.slice(lineStart, start + 3))) lines.add(lineStart);
  }
  return lines.size;
}

/**
 * Whether a statement is a cell of a table's header row that holds no figure ("| Item | Bidder's answer |"): a
 * column's name says what the rows below give, not that they give it.
 */
function isColumnName(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (!/^[ \t]*\|/.test(text.slice(lineStart, start + 1))) return false;
  const lineEnd = text.indexOf('\n', start);
  if (lineEnd < 0) return false;
  const nextEnd = text.indexOf('\n', lineEnd + 1);
  const next = text.slice(lineEnd + 1, nextEnd < 0 ? text.length : nextEnd);
  return DELIMITER_ROW.test(next) && !/\d/.test(text.slice(lineStart, lineEnd));
}
const DELIMITER_ROW = /^[ \t]*\|?[ \t]*:?-{2,}:?[ \t]*(?:\|[ \t]*:?-{2,}:?[ \t]*)*\|?[ \t]*$/;

/** Whether a statement starts a table row. */
export function startsTableRow(text: string, start: number): boolean {
  return /^[ \t]*\|/.test(text.slice(text.lastIndexOf('\n', start - 1) + 1, start + 1));
}

function judge(texts: string[], items: number, statements: [number, number][]): Specificity {
  let words = 0;
  let figures = 0;
  const signals = new Set<SpecificitySignal>();
  for (const text of texts) {
    words += text.match(WORDS)?.length ?? 0;
    figures += text.replace(SIZE_IN_NAME, ' ').match(FIGURE)?.length ?? 0;
    if (figures > 0) signals.add('figure');
    if (DATE.test(text) || EU_DATE.test(text)) signals.add('date');
    if (NAME.test(text)) signals.add('name');
    if (LINK.test(text)) signals.add('link');
  }
  const fields = texts.reduce((count, text) => count + (text.match(LABELLED_FIELD)?.length ?? 0), 0);
  if (items + fields >= 2) signals.add('structure');
  const list = [...signals];
  // Two figures ("three firms … five weeks") are as specific as a figure and a name.
  const band: SpecificityBand =
    words === 0 ? 'empty' : signals.has('link') || list.length >= 2 || figures >= 2 ? 'specific' : 'generic';
  return { band, signals: list, words, statements };
}

/** A size written into a model's name ("Aster-7B", "Llama-3-70B-Instruct"): part of the name, not a figure. */
const SIZE_IN_NAME = /(?<=[\p{L}\p{N}]-)\d+(?:\.\d+)?[kmbt](?![\p{L}\p{N}])/giu;

const MODEL_NAME = /\b[A-Za-z]+-\d[\w.-]*\b/g;
/** The Union and its institutions: naming them says where, not who ("a representative in the European Union"). */
const INSTITUTIONS =
  /\b(?:EU|EEA|European (?:Union|Commission|Economic Area)|Union|AI (?:Act|Office)|Commission|Art(?:icle|\.)\s?\d+\w*|Regulation|Europäische[nr]? (?:Union|Kommission)|Union européenne|Unión Europea|Unione [Ee]uropea|Europese Unie|Europa|Europe|European)(?![\p{L}])/gu;

/**
 * Whether a statement names a party or a way to reach one: an organisation or person, a link, an
 * e-mail address. For duties whose content is who ("our EU representative is Aurel Europe B.V.").
 */
export function namesAParty(statement: string): boolean {
  if (LINK.test(statement)) return true;
  // A model's own name ("… for Aurel-3") names no party, nor does a place ("we are based in Canada", "a US-based lab").
  return NAME.test(
    statement
      .replace(INSTITUTIONS, 'the union')
      .replace(MODEL_NAME, ' ')
      .replace(PLACE, ' ')
      .replace(COMMON_ACRONYM, ' '),
  );
}

/** Acronyms that name a thing, not a party: "under NDA", "via the API", "per GDPR". */
const COMMON_ACRONYM =
  /\b(?:NDA|APIs?|GPUs?|PDF|URL|FAQ|AI|ML|LLMs?|GDPR|ISO|IT|HR|DPO|SLA|ToS|TOS|AUP|EULA|Q[1-4]|M\d{1,2}|WP\d{1,2}|MS\d{1,2}|D\d{1,2}(?:\.\d{1,2})?|T\d{1,2}\.\d{1,2})\b/g;

/** The provider as the subject that appoints or is established: "Aurel Labs has appointed …", "As Aurel Labs is established …". */
const PROVIDER_SUBJECT =
  /(\b(?:[Aa]s|[Ss]ince|[Bb]ecause|[Ww]hile)\s+|^|[,;]\s*)((?:[A-Z][\w.&-]*\s+){0,2}[A-Z][\w.&-]*)(?=(?:,[^,;.]{1,60},)?\s+(?:(?:is|are) (?:established|headquartered|based|located|registered|incorporated)\b|(?:has|have|had) (?:\w+ )?(?:appointed|designated|mandated|named|confirmed)\b|confirm(?:s|ed)\b|(?:hat|haben|a|ont|ha|han|heeft|hebben)\s))/g;

/**
 * A statement's words before a duty phrase without the provider as their subject, when the provider is named after
 * the card's model ("Aurel Labs has appointed an authorised representative"): the appointing party is not the one appointed.
 */
/** Who said a quoted statement: '…," said General Counsel Priya Natarajan.', "…, the company said." The speaker is not the party named. */
export const SPEAKER_ATTRIBUTION =
  /["”“]?,?\s*(?:(?:said|says|explained|added|noted|according to)\s+[^.;]{1,80}|(?:the company|the firm|[A-Z][\w.-]*(?: [A-Z][\w.-]*){0,3}) (?:said|says|explained|added))\s*\.?\s*$/u;

export function withoutProviderSubject(before: string, ownKeys: readonly string[]): string {
  if (!ownKeys.length) return before;
  return before.replace(PROVIDER_SUBJECT, (whole, lead: string, subject: string) =>
    ownKeys.includes(subject.split(/\s+/)[0].toLowerCase()) ? lead + ' '.repeat(subject.length) : whole,
  );
}

/** "in Canada", "based in the United States", "a US-based lab": where, not who. */
const PLACE =
  /\b(?:(?:based|located|established|headquartered|registered) )?in (?:the )?[A-Z][a-z]+(?: [A-Z][a-z]+)?\b|\b[A-Z]{2,3}-based\b/g;

/** "no figures, names, dates or links": what generic content lacks, for messages. */
export function describeMissingSignals(specificity: Specificity): string {
  const missing = (['figure', 'name', 'date', 'link'] as const).filter(
    (signal) => !specificity.signals.includes(signal),
  );
  const words: Record<string, string> = { figure: 'figures', name: 'names', date: 'dates', link: 'links' };
  const parts = missing.map((signal) => words[signal]);
  return parts.length > 1
    ? `no ${parts.slice(0, -1).join(', ')} or ${parts[parts.length - 1]}`
    : parts.length === 1
      ? `no ${parts[0]}`
      : '';
}
