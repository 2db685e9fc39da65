/**
 * Reads the quantities a model card states — parameter counts, training tokens, training FLOPs,
 * GPU-hours and GPU counts, training time, context window, energy and CO2 — from the Markdown body
 * and the front matter, each normalised to a base unit and placed at the number as written.
 *
 * One pass over the text-bearing nodes (paragraphs, headings, table cells, HTML blocks); each node's
 * text is flattened with a map back to absolute offsets, and one precompiled number pattern finds
 * candidates that are then classified by the words right after them (their unit), the table column
 * they sit in, or the label right before them. Code blocks and inline code are never read.
 */
import type { Nodes, Parent, Root, Table } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import type { MetadataEntry, Quantity, QuantityKind } from '../model/card.js';
import type { Position } from '../model/position.js';

/** Longer text nodes (or HTML spans) are skipped: no real card states a figure in 200k chars of one paragraph. */
const MAX_UNIT_CHARS = 200_000;
const MAX_NUMBERS_PER_UNIT = 5_000;
const MAX_QUANTITIES = 20_000;

const UNIT_OF: Record<QuantityKind, string> = {
  parameters: 'count',
  activeParameters: 'count',
  trainingTokens: 'tokens',
  trainingCompute: 'FLOP',
  gpuHours: 'hours',
  gpuCount: 'count',
  trainingDays: 'days',
  contextWindow: 'tokens',
  energy: 'kWh',
  co2: 'kgCO2eq',
};

/** Plausible ranges, in base units: outside them a match is a misreading, not a statement. */
const PLAUSIBLE: Record<QuantityKind, [number, number]> = {
  parameters: [1e3, 1e14],
  activeParameters: [1e5, 1e14],
  trainingTokens: [1e3, 1e16],
  trainingCompute: [1e15, 1e30],
  gpuHours: [1e-3, 1e10],
  gpuCount: [1, 1e7],
  trainingDays: [1e-3, 3650],
  contextWindow: [64, 1e8],
  energy: [0, 1e12],
  co2: [0, 1e11],
};

const PETAFLOP_DAY = 8.64e19;

// ---------------------------------------------------------------------------------------------
// Flattened text with a map back to the card's offsets.

interface Piece {
  flatStart: number;
  flatLength: number;
  absStart: number;
  absLength: number;
  verbatim: boolean;
  /** Belongs to the text before it when quoting (a `</sup>` closing an exponent). */
  sticky?: boolean;
}

/** Text of one node as read (markup dropped), remembering where each piece sits in the card. */
class FlatText {
  text = '';
  private readonly pieces: Piece[] = [];
  private lastAbsEnd = -1;

  addVerbatim(value: string, absStart: number): void {
    if (!value) return;
    this.pieces.push({ flatStart: this.text.length, flatLength: value.length, absStart, absLength: value.length, verbatim: true });
    this.text += value;
    this.lastAbsEnd = absStart + value.length;
  }

  /** `value` stands for `absLength` characters of the card (a tag, an entity, a skipped span). */
  addSynthetic(value: string, absStart: number, absLength: number, sticky = false): void {
    this.pieces.push({ flatStart: this.text.length, flatLength: value.length, absStart, absLength, verbatim: false, sticky });
    this.text += value;
    this.lastAbsEnd = absStart + absLength;
  }

  /** Markdown between two leaves: emphasis markers join ("**39.3**M"), anything else separates. */
  bridgeTo(absStart: number, source: string): void {
    if (this.lastAbsEnd < 0 || absStart <= this.lastAbsEnd) return;
    const length = absStart - this.lastAbsEnd;
    const onlyEmphasis = length <= 3 && /^[*_~]+$/.test(source.slice(this.lastAbsEnd, absStart));
    this.addSynthetic(onlyEmphasis ? '' : ' ', this.lastAbsEnd, length);
  }

  /** The piece holding flat index `index` (for index < text.length it always has length > 0). */
  private pieceAt(index: number): number {
    let low = 0;
    let high = this.pieces.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.pieces[mid].flatStart <= index) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  absStart(index: number): number {
    const piece = this.pieces[this.pieceAt(index)];
    return piece.verbatim ? piece.absStart + (index - piece.flatStart) : piece.absStart;
  }

  /** Absolute end of a flat range ending (exclusive) at `index`; takes in a `</sup>` right after it. */
  absEnd(index: number): number {
    let at = this.pieceAt(Math.max(0, index - 1));
    const piece = this.pieces[at];
    let end = piece.verbatim ? piece.absStart + (index - piece.flatStart) : piece.absStart + piece.absLength;
    if (index === piece.flatStart + piece.flatLength) {
      for (at += 1; at < this.pieces.length && this.pieces[at].flatLength === 0 && this.pieces[at].sticky; at++) {
        end = this.pieces[at].absStart + this.pieces[at].absLength;
      }
    }
    return end;
  }
}

const ENTITY_OR_ESCAPE = /&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z]{2,8});|\\[!-/:-@[-`{-~]/g;
const ENTITY_TEXT: Record<string, string> = {
  '&nbsp;': ' ', '&times;': '×', '&#215;': '×', '&#xd7;': '×', '&amp;': '&', '&lt;': '<', '&gt;': '>',
  '&sup2;': '²', '&sup3;': '³', '&asymp;': '≈', '&approx;': '≈', '&sim;': '~', '&ndash;': '-', '&mdash;': '-',
  '&minus;': '−', '&quot;': '"', '&#39;': "'", '&apos;': "'",
};

/** Adds card text, decoding entities and (for Markdown) backslash escapes, offsets kept. */
function addText(flat: FlatText, source: string, start: number, end: number, markdownEscapes: boolean): void {
  const value = source.slice(start, end);
  if (value.indexOf('&') === -1 && (!markdownEscapes || value.indexOf('\\') === -1)) {
    flat.addVerbatim(value, start);
    return;
  }
  let last = 0;
  ENTITY_OR_ESCAPE.lastIndex = 0;
  for (let match = ENTITY_OR_ESCAPE.exec(value); match; match = ENTITY_OR_ESCAPE.exec(value)) {
    const token = match[0];
    if (token[0] === '\\' && !markdownEscapes) continue;
    flat.addVerbatim(value.slice(last, match.index), start + last);
    const replacement = token[0] === '\\' ? token[1] : (ENTITY_TEXT[token.toLowerCase()] ?? ' ');
    flat.addSynthetic(replacement, start + match.index, token.length);
    last = match.index + token.length;
  }
  flat.addVerbatim(value.slice(last), start + last);
}

const TAG_NAME = /^<\s*(\/)?\s*([A-Za-z][A-Za-z0-9-]*)/;
/** Tags that sit inside a word or number ("<b>39.3</b>M", "CO<sub>2</sub>"): they vanish. */
const INLINE_TAGS = new Set(['a', 'b', 'strong', 'i', 'em', 'span', 'u', 'font', 'small', 'big', 'mark', 'sub', 'code', 's', 'abbr']);
const BLOCK_TAGS = new Set([
  'p', 'div', 'br', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'tr', 'td', 'th', 'thead', 'tbody',
  'details', 'summary', 'figure', 'figcaption', 'blockquote', 'hr', 'center', 'section', 'pre', 'img',
]);

const CLOSING_SUP = /^<\s*\/\s*sup\b/i;

/** Adds a tag as what it reads as: `<sup>` becomes "^" so "10<sup>25</sup>" reads "10^25". */
function addTag(flat: FlatText, tag: string, absStart: number, absLength: number): void {
  flat.addSynthetic(tagText(tag), absStart, absLength, CLOSING_SUP.test(tag));
}

function tagText(tag: string): string {
  if (tag.startsWith('<!--')) return ' ';
  const match = TAG_NAME.exec(tag);
  if (!match) return ' ';
  const name = match[2].toLowerCase();
  if (name === 'sup') return match[1] ? '' : '^';
  if (INLINE_TAGS.has(name)) return '';
  return BLOCK_TAGS.has(name) ? '\n\n' : ' ';
}

// ---------------------------------------------------------------------------------------------
// Numbers.

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/**
 * A number as cards write them: "1,000", "39.3", "1.3e9", "3.8 × 10^25", "3.8x10<sup>25</sup>"
 * (flattened to "^25"), "1.6·10²³", "10^25", then an optional scale: "7B", "128k", "5 Trillion", and
 * "80 M" when the letter ends a table cell or precedes "params".
 * Not after a letter, digit, dot or comma, so "v1.5", "A100", "fp16", "x7B", "0x1B" never start one.
 */
const NUMBER_PATTERN = new RegExp(
  String.raw`(?<![\w.,^@#])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?` +
    String.raw`(?:[eE]([+-]?\d{1,2})(?![\w])` +
    String.raw`|\s?(?:[x×✕*·⋅]|\\times|\\cdot)\s?10(?:\s?(?:\^|\*\*)\s?\{?([+\-−]?\d{1,2})\}?|([⁻]?[${SUPERSCRIPT_DIGITS}]{1,2})|[eE]([+-]?\d{1,2}))` +
    String.raw`|(?:\^|\*\*)\{?([+\-−]?\d{1,2})\}?|([${SUPERSCRIPT_DIGITS}]{1,2}))?` +
    String.raw`(?:\s?([Tt]housand|[Mm]illion|[Bb]illion|[Tt]rillion|MILLION|BILLION|TRILLION)(?![\w])|([KkMmBbT])(?![\w])|\s([MBT])(?=\s*(?:$|[|\n]|param)))?`,
  'g',
);

const SCALE_EXPONENT: Record<string, number> = {
  k: 3, K: 3, thousand: 3, M: 6, m: 6, million: 6, B: 9, b: 9, billion: 9, T: 12, trillion: 12,
};

interface StatedNumber {
  /** Flat offsets of the number (with its scale). */
  start: number;
  end: number;
  value: number;
  /** Written with a scale letter or word ("7B", "5 Trillion"). */
  scale?: string;
  /** Written in scientific notation. */
  scientific: boolean;
}

function exponentOf(written: string | undefined): number | undefined {
  if (written === undefined) return undefined;
  let digits = '';
  for (const char of written) {
    const superscript = SUPERSCRIPT_DIGITS.indexOf(char);
    if (superscript >= 0) digits += String(superscript);
    else if (char === '−' || char === '⁻') digits += '-';
    else digits += char;
  }
  const exponent = Number(digits);
  return Number.isFinite(exponent) ? exponent : undefined;
}

function readNumber(match: RegExpExecArray, text: string): StatedNumber | undefined {
  const [whole, integer, fraction = ''] = match;
  let end = match.index + whole.length;
  let exponent = exponentOf(match[3] ?? match[4] ?? match[5] ?? match[6]) ?? 0;
  let scientific = match[3] !== undefined || match[4] !== undefined || match[5] !== undefined || match[6] !== undefined;
  let mantissa = integer.replace(/,/g, '') + fraction;
  const bareExponent = match[7] ?? match[8];
  if (bareExponent !== undefined) {
    if (mantissa === '10') {
      mantissa = '1';
      exponent = exponentOf(bareExponent) ?? 0;
      scientific = true;
    } else {
      // "2^10" is not a quantity; keep only the leading number.
      end = match.index + integer.length + fraction.length;
      return { start: match.index, end, value: Number(mantissa), scientific: false };
    }
  }
  let scale: string | undefined = match[9]?.toLowerCase() ?? match[10] ?? match[11];
  // A lower-case "m" is a size only inside a model name ("pythia-70m"), not "70m" (metres, minutes).
  if (scale === 'm' && !/[-_]/.test(text[match.index - 1] ?? '')) {
    scale = undefined;
    end = match.index + whole.length - 1;
  }
  if (scale) exponent += SCALE_EXPONENT[scale] ?? 0;
  const value = Number(`${mantissa}e${exponent}`);
  if (!Number.isFinite(value)) return undefined;
  return { start: match.index, end, value, scale, scientific };
}

// ---------------------------------------------------------------------------------------------
// What follows a number: its unit. All anchored at the number's end.

const CHIP_CORE = String.raw`(?:[AHBLV]\d{2,3}[A-Z]?|A\d{4}|GB\d{3}|T4|L4|P100|K80|RTX\s?[A-Z]?\d{4}(?:\s?Ti)?|GTX\s?\d{3,4}|MI\d{3}[A-Z]?|TPU\s?v\d[a-z]?(?:-\d{1,4})?|TPUv\d[a-z]?(?:-\d{1,4})?|Gaudi\s?\d?|Trainium\d?|Ascend\s?\d{3}[A-Z]?)(?:[\s-](?:SXM\d?|PCIe|\d{2,3}\s?GB)){0,3}`;
const VENDOR = String.raw`(?:(?:NVIDIA|Nvidia|nvidia|Tesla|AMD|Google|Cloud|cloud|Intel|Habana|AWS)\s)?`;
const CHIP_ANYWHERE = new RegExp(String.raw`(?<![\w])(${CHIP_CORE})(?=s?(?![\w]))`, 'g');

const FOLLOWS = {
  petaflopDays: /^\s?(?:peta[- ]?flops?(?:\/s)?|pf(?:lops?)?(?:\/s)?|pfs)[- ]?(?:\/s[- ]?)?days?(?![\w])/i,
  prefixedFlops: /^\s?([Zz]etta|[Ee]xa|[Pp]eta|[Tt]era|[Gg]iga|[ZEPTG])[- ]?([Ff][Ll][Oo][Pp])([sS])?(\/s|\s?per\s?second)?(?![\w])/,
  flops: /^\s?(?:flops?|floating[\s-]point[\s-]operations)(?![\w/])/i,
  gpuHours: new RegExp(
    String.raw`^[\s-](?:${VENDOR}(${CHIP_CORE})[\s-]?(?:GPUs?|TPUs?)?|GPUs?|TPUs?|accelerators?|chips?|devices?)[\s-]?(?:hours?|hrs?)(?![\w])`,
    'i',
  ),
  gpuCount: new RegExp(
    String.raw`^(?:\s?[x×*]\s?|\s)${VENDOR}(?:(${CHIP_CORE})(?:\s?(?:GPUs?|TPUs?|chips?|cards?|accelerators?)|s)?|GPUs?|TPUs?|TPU chips|accelerators)(?![\w])`,
  ),
  time: /^\s?(days?|weeks?|months?|hours?|hrs?)(?![\w])/i,
  energy: /^\s?(?:([kKmMgGtT]?)[Ww][Hh]|(kilo|mega|giga)[- ]?watt[- ]?hours?)(?![\w])/,
  co2WithUnit:
    /^\s?(?:metric\s)?(t|tons?|tonnes?|kt|kg|kgs|kilograms?|g|grams?|lbs?|pounds?)\.?\s?(?:of\s)?(?:CO2|CO₂|carbon(?:\sdioxide)?)(?:[\s-]?e(?:q(?:uivalent)?)?\.?)?/i,
  mass: /^\s?(t|tons?|tonnes?|kg|kgs|kilograms?|g|grams?|lbs?|pounds?)(?![\w])/i,
  contextWindow: /^[\s-]?(?:tokens?[\s-]?)?(?:context|ctx)(?![\w])|^[\s-]?(?:tokens?\s)?(?:sequence|seq)[\s_-]?len/i,
  tokens: /^[\s-]?(?:(?:training|pre-?training|unique|text|code|web|high[\s-]quality)\s)?tokens?(?![\w])/i,
  activeParameters: /^[\s-]?(?:(?:active|activated)(?:\sparam(?:eter)?s?)?(?![\w])|param(?:eter)?s?\s(?:are\s|is\s|were\s)?(?:active|activated)(?![\w]))/i,
  parameters: /^[\s-]?(?:total\s|trainable\s|learnable\s|model\s|non-embedding\s|dense\s|neural\s)?param(?:eter)?s?(?![\w])/i,
  /** What may follow a bare "7B" for it to be a model size: nothing, punctuation, a name suffix, "model". */
  bareSize:
    /^(?:\s*$|\s*[,;:)\]/|&+]|\.(?!\d)|\s?\((?!\s?\d)|[-_][A-Za-z0-9]|\s(?:and|or|to|vs\.?|versus|models?|variants?|versions?|sizes?|checkpoints?|instruct|chat|base|llms?|language|dense|moe|decoder|encoder|transformer|total|it|hf|sft|dpo|weights|release|scale)(?![\w]))/i,
};

/** Per-unit factors to the base unit. */
function massToKg(unit: string): number | undefined {
  const u = unit.toLowerCase();
  if (u === 'kt') return 1e6;
  if (u === 't' || u.startsWith('ton')) return 1000;
  if (u.startsWith('k')) return 1;
  if (u === 'g' || u.startsWith('gram')) return 0.001;
  if (u.startsWith('lb') || u.startsWith('pound')) return 0.45359237;
  return undefined;
}

const ENERGY_PREFIX: Record<string, number> = { '': 0.001, k: 1, m: 1000, g: 1e6, t: 1e9, kilo: 1, mega: 1000, giga: 1e6 };
const FLOP_PREFIX: Record<string, number> = { z: 1e21, e: 1e18, p: 1e15, t: 1e12, g: 1e9, zetta: 1e21, exa: 1e18, peta: 1e15, tera: 1e12, giga: 1e9 };
const DAYS_PER: Record<string, number> = { day: 1, week: 7, month: 30, hour: 1 / 24, hr: 1 / 24 };

// ---------------------------------------------------------------------------------------------
// What precedes a number: a label ("Context length:", "Parameters (B):") or a cue in its clause.

/** Label tail: optional "(unit)", a connector, hedges. Matched against whitespace-collapsed text. */
const LABEL_TAIL = String.raw` ?(?:\(([^()]{0,40})\))? ?(?:[:=]|==|is|was|were|are|of|at)? ?(?:(?:about|around|approximately|approx\.?|roughly|nearly|almost|over|up to|a total of|total of|~|≈|>|<) ?){0,3}$`;
const LABELS = new RegExp(
  String.raw`(?<![A-Za-z0-9_])(?:` +
    String.raw`(?<contextWindow>context(?:[ _-]?(?:length|window|size|len))?|(?:max(?:imum)?[ _-]?)?(?:input[ _-]?)?seq(?:uence)?[ _-]?len(?:gth)?s?|max(?:imum)?[ _-]?(?:input[ _-]?)?(?:length|position[ _]embeddings)|max_seq_len(?:gth)?|n_ctx|num_ctx)` +
    String.raw`|(?<gpuHours>(?:gpu|tpu|accelerator|compute|[ahv]100)[ -]?hours?(?: used)?|hours used|training hours)` +
    String.raw`|(?<trainingCompute>(?:total |training |train )?(?:flops?|flop count|compute|floating[ -]point operations))` +
    String.raw`|(?<trainingTokens>(?:(?:training|pre-?training|dataset|data|total|number of|#) ?)?tokens?(?: count| seen| used)?|token count)` +
    String.raw`|(?<parameters>(?:# ?)?(?:(?:total|trainable|model|number of(?: model)?|num(?:ber)?\.? of) )?param(?:eter)?s?(?: count| size| number)?|model size)` +
    String.raw`|(?<co2>(?:co2|co₂|carbon|greenhouse gas(?:es)?)(?:[ _-]?(?:eq|equivalent|emissions?|emitted|footprint))?|emissions?|emitted)` +
    String.raw`|(?<energy>(?:energy|electricity|power)(?: (?:consumption|consumed|use|used|usage))?)` +
    String.raw`|(?<gpuCount>(?:(?:number|num|#|count) of )?(?:gpus|tpus|accelerators)(?: used)?)` +
    String.raw`|(?<skip>batch(?:[ _-]?size)?s?|steps?|vocab(?:ulary)?(?:[ _-]?size)?|samples?|examples?|images?|downloads?|likes?|pairs?|sentences?|documents?|words?|rows?|epochs?|iterations?|revenue|funding|cost|price|valuation|usd|eur)` +
    String.raw`)` +
    LABEL_TAIL,
  'i',
);

/** Cues in the clause before "N tokens": the nearest one decides what the tokens are. */
const TOKEN_CUES = /(?<context>context|sequence|seq[_ ]?len|window|prompt|input)|(?<train>train|corpus|data|saw|seen|consum|curat)|(?<skip>batch|vocab|every|per |tokeni[sz]|generat|output|new[_ ]tokens|response|throughput|speed)/gi;
const TRAINING_CUE = /train|took|lasted|spent|\bran\b|\brun\b|fine-?tun/i;
/** Words that put a duration right before the number: "for 21 days", "took 3 months", "over 2 weeks". */
const DURATION_LEAD = /(?:for|over|took|takes|take|lasted|lasts|in|about|approximately|approx\.?|around|roughly|nearly|almost|~|of|than|within|spent|used|:)\s?$/i;
const DATA_AMOUNT_AFTER = /\b(?:speech|audio|data|recordings?|transcri\w*|labell?ed|unlabell?ed|videos?|utterances?|dataset|corpus|set)\b/i;
const HARDWARE_CUE = /train|fine-?tun|hardware|cluster|lasted|took|spent/i;
const CO2_CUE = /co2|co₂|carbon|emission|emitted|greenhouse|footprint/i;
const COMPUTE_CUE = /flop|compute|floating[ -]point/i;
const CHIP_FAMILY_BEFORE = /(?:RTX|GTX|RX|Quadro|Radeon|GeForce|Tesla|NVIDIA|AMD|Intel|Apple|MI|TPU|v)\s?$/i;
/** Dataset names carry sizes too ("LAION-2B", "COYO-700M"): those are not parameter counts. */
const DATASET_NAME_BEFORE = /(?:LAION|COYO|DataComp|WebLI|JFT|MMC4|OBELICS)[-_ ]?(?:[A-Za-z]+-)?$/i;
const MULTIPLIER_BEFORE = /(\d{1,4})\s?[x×*]\s?$/;
const CURRENCY_BEFORE = /(?:[$€£¥]|\b(?:USD|EUR|US\$))\s?$/;

function clauseBefore(text: string, index: number): string {
  const window = text.slice(Math.max(0, index - 120), index);
  const boundary = Math.max(
    window.lastIndexOf('. '),
    window.lastIndexOf('; '),
    window.lastIndexOf('! '),
    window.lastIndexOf('? '),
    window.lastIndexOf('\n\n'),
  );
  return boundary >= 0 ? window.slice(boundary + 2) : window;
}

function lastCue(text: string): 'context' | 'train' | 'skip' | undefined {
  let cue: 'context' | 'train' | 'skip' | undefined;
  TOKEN_CUES.lastIndex = 0;
  for (let match = TOKEN_CUES.exec(text); match; match = TOKEN_CUES.exec(text)) {
    const groups = match.groups ?? {};
    cue = groups.context ? 'context' : groups.train ? 'train' : 'skip';
  }
  return cue;
}

/** Unit written in a label or header: "(B)", "(tCO2eq)", "(kWh)", "(days)", "(in grams)". */
interface StatedUnit {
  /** Power of ten for counts ("(M)" = 6). */
  exponent?: number;
  kgPerUnit?: number;
  kWhPerUnit?: number;
  daysPerUnit?: number;
}

function unitIn(text: string): StatedUnit {
  const lower = text.toLowerCase();
  const unit: StatedUnit = {};
  const count = /\((?:in )?(bn|b|billions?|m|mm|millions?|t|trillions?|k|thousands?)\)/.exec(lower);
  if (count) {
    const word = count[1];
    unit.exponent = word.startsWith('t') && word !== 'thousand' && word !== 'thousands' ? 12
      : word.startsWith('b') ? 9 : word.startsWith('m') ? 6 : 3;
  }
  if (/kg|kilogram/.test(lower)) unit.kgPerUnit = 1;
  else if (/\bt ?co|\btons?\b|tonnes?|\(t\)|metric ton/.test(lower)) unit.kgPerUnit = 1000;
  else if (/\bg ?co|grams?\b|\(g\)/.test(lower)) unit.kgPerUnit = 0.001;
  else if (/\blbs?\b|pounds?/.test(lower)) unit.kgPerUnit = 0.45359237;
  const energy = /\b([kmgt]?)wh\b/.exec(lower);
  if (energy) unit.kWhPerUnit = ENERGY_PREFIX[energy[1]];
  const time = /\b(days?|weeks?|months?|hours?|hrs?)\b/.exec(lower);
  if (time) unit.daysPerUnit = DAYS_PER[time[1].replace(/s$/, '')];
  return unit;
}

// ---------------------------------------------------------------------------------------------
// Table columns.

type ColumnKind = { kind: QuantityKind | 'ignore'; unit: StatedUnit };

const IGNORE_COLUMN = /batch|learning rate|\blr\b|hidden|layers?\b|heads?\b|\bdim|dimension|vocab|steps?\b|epochs?|warm-?up|dropout|memory|vram|disk|file size|download|score|accuracy|\bacc\b|top-?\d|\bf1\b|bleu|rouge|\bwer\b|perplexity|\bppl\b|shots?\b|resolution|image size|year|date|release|cut-?off|version|price|cost|\bmb\b|\bgb\b/;

/** What a header (or a row's first cell) says about the numbers under (beside) it. */
function kindFromHeader(raw: string): ColumnKind | undefined {
  const header = raw.toLowerCase().replace(/\s+/g, ' ').trim();
  if (!header || header.length > 100) return undefined;
  const unit = unitIn(header);
  const is = (kind: QuantityKind | 'ignore'): ColumnKind => ({ kind, unit });
  if (/\/ ?s\b|per sec|throughput|speed|latency/.test(header)) return is('ignore');
  if (/gpu[ -]?h(?:ou)?rs?|tpu[ -]?h(?:ou)?rs?|accelerator[ -]?hours|[ahv]100[ -]hours|compute hours/.test(header)) return is('gpuHours');
  if (/\b[kmg]?wh\b|energy|electricity/.test(header)) return is('energy');
  if (/power|watt|\(w\)|tdp/.test(header)) return is('ignore');
  if (/flop/.test(header)) {
    const prefix = /\b(z|e|p|t|g)flop/.exec(header);
    if (prefix) unit.exponent = Math.log10(FLOP_PREFIX[prefix[1]]);
    return is('trainingCompute');
  }
  if (/co2|co₂|carbon|emission|greenhouse/.test(header)) return is('co2');
  if (/active param/.test(header)) return is('activeParameters');
  if (/hyper/.test(header)) return is('ignore');
  if (/param/.test(header)) return is('parameters');
  if (/context|seq(?:uence)?[ _-]?len|max(?:imum)? (?:input |sequence )?length|\bwindow\b/.test(header)) return is('contextWindow');
  if (/\btokens?\b/.test(header)) return is('trainingTokens');
  if (/^(?:#|number of|num\.?|count of) ?(?:gpus|tpus|accelerators)|^(?:gpus|tpus|accelerators)(?: used)?$|gpu count/.test(header)) return is('gpuCount');
  if (/training (?:time|duration)|train time|^days$/.test(header)) return is('trainingDays');
  if (IGNORE_COLUMN.test(header)) return is('ignore');
  if (/^(?:model )?size(?: \(.*\))?$/.test(header)) return is('parameters');
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Classification of one number.

interface Classified {
  kind: QuantityKind;
  value: number;
  /** Flat offsets of what `raw` quotes. */
  start: number;
  end: number;
  hardware?: string;
}

function chipNear(text: string, index: number): string | undefined {
  const after = text.slice(index, index + 120);
  CHIP_ANYWHERE.lastIndex = 0;
  const next = CHIP_ANYWHERE.exec(after);
  if (next) return next[1];
  const before = text.slice(Math.max(0, index - 120), index);
  let last: string | undefined;
  CHIP_ANYWHERE.lastIndex = 0;
  for (let match = CHIP_ANYWHERE.exec(before); match; match = CHIP_ANYWHERE.exec(before)) last = match[1];
  return last;
}

/** True when the cell says nothing but the number ("4096", "~1.46M", "15T+"). */
function isWholeCell(text: string, number: StatedNumber): boolean {
  return /^[\s~≈<>*]*$/.test(text.slice(0, number.start)) && /^[\s+*%)]*$/.test(text.slice(number.end));
}

function withinRange(kind: QuantityKind, value: number): boolean {
  const [low, high] = PLAUSIBLE[kind];
  const whole = kind === 'gpuCount' || kind === 'contextWindow';
  return value >= low && value <= high && (!whole || Number.isInteger(value));
}

function classify(text: string, number: StatedNumber, column: ColumnKind | undefined): Classified | undefined {
  const { start, end, value } = number;
  const result = (kind: QuantityKind, quantity: number, length: number, hardware?: string): Classified | undefined =>
    withinRange(kind, quantity) ? { kind, value: quantity, start, end: end + length, hardware } : undefined;
  const before = text.slice(Math.max(0, start - 12), start);
  if (CURRENCY_BEFORE.test(before) && !number.scientific) return undefined;
  const after = text.slice(end, end + 80);
  let match: RegExpExecArray | null;

  if ((match = FOLLOWS.petaflopDays.exec(after))) return result('trainingCompute', value * PETAFLOP_DAY, match[0].length);
  if ((match = FOLLOWS.prefixedFlops.exec(after))) {
    const perSecond = match[4] !== undefined || (match[1].length === 1 && match[3] === 'S');
    if (perSecond) return undefined; // "312 TFLOPS" is a chip's speed, not the training run
    return result('trainingCompute', value * FLOP_PREFIX[match[1].toLowerCase()], match[0].length);
  }
  if ((match = FOLLOWS.flops.exec(after))) return result('trainingCompute', value, match[0].length);
  if ((match = FOLLOWS.gpuHours.exec(after))) {
    return result('gpuHours', value, match[0].length, match[1]?.trim() ?? chipNear(text, start));
  }
  if ((match = FOLLOWS.energy.exec(after))) {
    const prefix = (match[1] ?? match[2] ?? '').toLowerCase();
    return result('energy', value * ENERGY_PREFIX[prefix], match[0].length);
  }
  if ((match = FOLLOWS.co2WithUnit.exec(after))) return result('co2', value * (massToKg(match[1]) ?? 1), match[0].length);
  let clauseText: string | undefined;
  const clause = (): string => (clauseText ??= clauseBefore(text, start));
  if ((match = FOLLOWS.mass.exec(after)) && CO2_CUE.test(clause())) {
    return result('co2', value * (massToKg(match[1]) ?? 1), match[0].length);
  }
  if ((match = FOLLOWS.gpuCount.exec(after)) && !number.scale && !CHIP_FAMILY_BEFORE.test(before)) {
    const around = clause() + text.slice(end, end + 80);
    if (value < 64 && !HARDWARE_CUE.test(around)) return undefined;
    const multiplier = MULTIPLIER_BEFORE.exec(before);
    const count = multiplier ? value * Number(multiplier[1]) : value;
    const found = result('gpuCount', count, match[0].length, match[1]?.trim() ?? chipNear(text, start));
    if (found && multiplier) found.start = start - multiplier[0].length;
    return found;
  }
  if ((match = FOLLOWS.time.exec(after))) {
    const unit = match[1].toLowerCase().replace(/s$/, '');
    const label = labelBefore(text, start);
    if (label?.kind === 'gpuHours' && (unit === 'hour' || unit === 'hr')) return result('gpuHours', value, match[0].length, chipNear(text, start));
    const rest = after.slice(match[0].length, match[0].length + 40);
    // "944 hours of Spanish data", "the 1200 hours training set": an amount of data, not a duration.
    if (DATA_AMOUNT_AFTER.test(rest) || /^\s?(?:training|train|dev|development|test)\b/i.test(rest)) return undefined;
    if (/contain|consist|compris|amount/i.test(clause())) return undefined;
    const lead = text.slice(Math.max(0, start - 30), start).replace(/\s+/g, ' ');
    const aboutTraining = TRAINING_CUE.test(clause()) || /^\s?(?:\w+\s)?(?:of|for)\s(?:pre-?)?training|^\s?to\s(?:pre-?)?train/i.test(rest);
    if (!aboutTraining || !DURATION_LEAD.test(lead)) return undefined;
    return result('trainingDays', value * DAYS_PER[unit], match[0].length);
  }
  if ((match = FOLLOWS.contextWindow.exec(after))) return result('contextWindow', value, match[0].length);
  if ((match = FOLLOWS.tokens.exec(after))) return classifyTokens(number, clause(), after, match[0].length, result);
  if ((match = FOLLOWS.activeParameters.exec(after))) return result('activeParameters', value, match[0].length);
  if ((match = FOLLOWS.parameters.exec(after))) return result('parameters', value, match[0].length);

  // No unit after the number: the table column, then a label, then a bare model size.
  if (column && column.kind !== 'ignore' && (number.scale || number.scientific || isWholeCell(text, number))) {
    const fromColumn = applyStatedUnit(column.kind, number, column.unit);
    if (fromColumn !== undefined) return result(column.kind, fromColumn, 0);
  }
  const label = labelBefore(text, start);
  if (label) {
    if (label.kind === 'skip') return undefined;
    const fromLabel = applyStatedUnit(label.kind, number, label.unit);
    if (fromLabel !== undefined) return result(label.kind, fromLabel, 0);
  }
  if (number.scientific && value >= 1e18 && (COMPUTE_CUE.test(clause()) || COMPUTE_CUE.test(after.slice(0, 60)))) {
    return result('trainingCompute', value, 0);
  }
  const sizeScale = number.scale === 'B' || number.scale === 'b' || number.scale === 'M' || number.scale === 'm' || number.scale === 'billion';
  if (sizeScale && value >= 1e6 && FOLLOWS.bareSize.test(after) && !DATASET_NAME_BEFORE.test(before)) {
    return result('parameters', value, 0);
  }
  return undefined;
}

type ResultFn = (kind: QuantityKind, quantity: number, length: number, hardware?: string) => Classified | undefined;

function classifyTokens(number: StatedNumber, clause: string, after: string, length: number, result: ResultFn): Classified | undefined {
  const value = number.value;
  const rest = after.slice(length);
  let cue: 'context' | 'train' | 'skip' | undefined;
  if (/^\s?(?:of\s)?(?:output|generat|completion|response)/i.test(rest)) cue = 'skip';
  else if (/^\s?(?:of\s)?(?:context|input)/i.test(rest)) cue = 'context';
  else if (/^\s?(?:of\s)?(?:training|pre-?training|text|data|code|web)|^\s?during\s(?:pre-?)?training/i.test(rest)) cue = 'train';
  else cue = lastCue(clause);
  if (cue === 'skip') return undefined;
  if (cue === 'context') return value <= 1e8 ? result('contextWindow', value, length) : result('trainingTokens', value, length);
  if (cue === 'train') return value >= 1e4 ? result('trainingTokens', value, length) : result('contextWindow', value, length);
  if (value >= 1e8) return result('trainingTokens', value, length);
  if (looksLikeContextSize(value)) return result('contextWindow', value, length);
  return undefined;
}

/** Context sizes are round: 512, 4096, 8,192, 32K, 128k, 200K, 1M. Data sizes ("59k tokens") rarely are. */
function looksLikeContextSize(value: number): boolean {
  if (value < 256 || value > 1e7 || !Number.isInteger(value)) return false;
  const powerOfTwo = (n: number): boolean => Number.isInteger(n) && n > 0 && (n & (n - 1)) === 0;
  if (powerOfTwo(value)) return true;
  const thousands = value / 1000;
  return powerOfTwo(thousands) || [100, 200, 1000, 2000, 10000].includes(thousands);
}

type LabelKind = QuantityKind | 'skip';

function labelBefore(text: string, index: number): { kind: LabelKind; unit: StatedUnit } | undefined {
  // A label ends in a word, ":", "=", ")" or a hedge ("~"); after a digit, pipe or nothing there is none.
  let last = index - 1;
  while (last >= 0 && (text[last] === ' ' || text[last] === '*' || text[last] === '_' || text[last] === '\t')) last--;
  if (last < 0 || !/[A-Za-z:=)~≈<>.\]]/.test(text[last])) return undefined;
  const window = text.slice(Math.max(0, index - 100), index).replace(/[\s*_`|]+/g, ' ');
  const match = LABELS.exec(window);
  if (!match || !match.groups) return undefined;
  const kind = (Object.keys(match.groups) as LabelKind[]).find((name) => name !== undefined && match.groups?.[name] !== undefined);
  if (!kind) return undefined;
  return { kind, unit: unitIn(match[0]) };
}

/** A number whose unit is given elsewhere (column header, label) in base units, or undefined if it cannot be. */
function applyStatedUnit(kind: QuantityKind, number: StatedNumber, unit: StatedUnit): number | undefined {
  const unscaled = !number.scale && !number.scientific;
  const counted = unscaled && unit.exponent !== undefined ? number.value * 10 ** unit.exponent : number.value;
  switch (kind) {
    case 'co2':
      return unit.kgPerUnit === undefined ? undefined : number.value * unit.kgPerUnit;
    case 'energy':
      return unit.kWhPerUnit === undefined ? undefined : number.value * unit.kWhPerUnit;
    case 'trainingDays':
      return unit.daysPerUnit === undefined ? undefined : number.value * unit.daysPerUnit;
    case 'trainingCompute':
      return counted >= 1e15 ? counted : undefined;
    case 'trainingTokens':
      return counted >= 1e6 ? counted : undefined;
    case 'parameters':
    case 'activeParameters':
      return counted >= 1e5 ? counted : undefined;
    default:
      return counted;
  }
}

// ---------------------------------------------------------------------------------------------
// Walking the card.

interface Sink {
  text: string;
  maskedText?: string;
  positionAt: (offset: number) => Position;
  quantities: Quantity[];
}

function scanUnit(flat: FlatText, column: ColumnKind | undefined, sink: Sink): void {
  const text = flat.text;
  if (!text || text.length > MAX_UNIT_CHARS || column?.kind === 'ignore') return;
  if (!/\d/.test(text)) return;
  NUMBER_PATTERN.lastIndex = 0;
  let seen = 0;
  for (let match = NUMBER_PATTERN.exec(text); match; match = NUMBER_PATTERN.exec(text)) {
    if (++seen > MAX_NUMBERS_PER_UNIT || sink.quantities.length >= MAX_QUANTITIES) return;
    const number = readNumber(match, text);
    if (!number) continue;
    const found = classify(text, number, column);
    if (!found) continue;
    const absStart = flat.absStart(found.start);
    if (sink.maskedText && isMasked(sink.text, sink.maskedText, absStart)) continue;
    const absEnd = flat.absEnd(found.end);
    const quantity: Quantity = {
      kind: found.kind,
      value: found.value,
      unit: UNIT_OF[found.kind],
      raw: sink.text.slice(absStart, absEnd),
      position: sink.positionAt(absStart),
      source: 'body',
    };
    const hardware = found.hardware ?? (found.kind === 'gpuHours' || found.kind === 'gpuCount' ? nearbyChipInCard(sink, absStart) : undefined);
    if (hardware) quantity.hardware = hardware;
    sink.quantities.push(quantity);
  }
}

/** The nearest chip named within a few lines of a GPU figure ("Hardware Type: A100" one bullet up). */
function nearbyChipInCard(sink: Sink, offset: number): string | undefined {
  const source = sink.maskedText ?? sink.text;
  const from = Math.max(0, offset - 300);
  const window = source.slice(from, offset + 300);
  let best: string | undefined;
  let bestDistance = Infinity;
  CHIP_ANYWHERE.lastIndex = 0;
  for (let match = CHIP_ANYWHERE.exec(window); match; match = CHIP_ANYWHERE.exec(window)) {
    const distance = Math.abs(from + match.index - offset);
    if (distance < bestDistance) {
      best = match[1];
      bestDistance = distance;
    }
  }
  return best;
}

function isMasked(text: string, maskedText: string, offset: number): boolean {
  return maskedText.charCodeAt(offset) === 32 && text.charCodeAt(offset) !== 32;
}

/** Flattens a paragraph, heading or table cell: text and inline HTML read, code and URLs skipped. */
function flattenInline(node: Parent, source: string): FlatText {
  const flat = new FlatText();
  visit(node, (visited) => {
    if (visited === node) return undefined;
    const child = visited as Nodes;
    const start = child.position?.start.offset;
    const end = child.position?.end.offset;
    if (start === undefined || end === undefined) return SKIP;
    switch (child.type) {
      case 'text':
        flat.bridgeTo(start, source);
        addText(flat, source, start, end, true);
        return SKIP;
      case 'html':
        flat.bridgeTo(start, source);
        addTag(flat, child.value, start, end - start);
        return SKIP;
      case 'link': {
        const only = child.children.length === 1 ? child.children[0] : undefined;
        // A bare URL's text is the URL: sizes in it ("…/Llama-2-70b") are not statements.
        if (only?.type === 'text' && (only.value === child.url || /^(?:https?:\/\/|www\.)/i.test(only.value))) {
          flat.bridgeTo(start, source);
          flat.addSynthetic(' ', start, end - start);
          return SKIP;
        }
        return undefined;
      }
      case 'inlineCode':
      case 'image':
      case 'imageReference':
      case 'footnoteReference':
      case 'break':
        flat.bridgeTo(start, source);
        flat.addSynthetic(' ', start, end - start);
        return SKIP;
      default:
        return undefined;
    }
  });
  return flat;
}

interface TableCellModel {
  flat: FlatText;
  rowSpan: number;
  colSpan: number;
  column: number;
}

/** Reads a table (GFM or HTML) by its structure: header kinds label the columns below them. */
function scanTable(rows: TableCellModel[][], sink: Sink): void {
  const remainingSpan: number[] = [];
  for (const row of rows) {
    let column = 0;
    for (const cell of row) {
      while ((remainingSpan[column] ?? 0) > 0) column++;
      cell.column = column;
      for (let k = 0; k < cell.colSpan; k++) remainingSpan[column + k] = cell.rowSpan;
      column += cell.colSpan;
    }
    for (let k = 0; k < remainingSpan.length; k++) if (remainingSpan[k] > 0) remainingSpan[k]--;
  }
  const columnKinds: (ColumnKind | undefined)[] = [];
  rows.forEach((row, index) => {
    if (index === 0) {
      for (const cell of row) {
        const kind = kindFromHeader(cell.flat.text);
        for (let k = 0; k < cell.colSpan; k++) columnKinds[cell.column + k] = kind;
        scanUnit(cell.flat, undefined, sink);
      }
      return;
    }
    const first = row[0];
    // In a key/value table a row label names the quantity ("| Parameters | 7B |"); "Llama 3 8B",
    // "test_context3" or a benchmark category in a wide table does not.
    const label = first && first.column === 0 ? first.flat.text : '';
    const keyValueRow = row.length <= 3 && label.length <= 40 && !/[\d._]/.test(label);
    const rowKind = keyValueRow ? kindFromHeader(label) : undefined;
    for (const cell of row) {
      const kind = columnKinds[cell.column] ?? (cell.column > 0 ? rowKind : undefined);
      scanUnit(cell.flat, kind, sink);
    }
  });
}

function gfmTableRows(table: Table, source: string): TableCellModel[][] {
  return table.children.map((row) =>
    row.children.map((cell) => ({ flat: flattenInline(cell, source), rowSpan: 1, colSpan: 1, column: 0 })),
  );
}

const SPAN_ATTRIBUTE = /\b(rowspan|colspan)\s*=\s*["']?(\d{1,3})/gi;

/**
 * Reads an HTML block: prose between tags, and `<table>`s cell by cell. Linear: every `<`, `>` and
 * `-->` is searched for once (positions only move forward).
 */
function scanHtml(source: string, from: number, to: number, sink: Sink): void {
  let prose = new FlatText();
  let table: { rows: TableCellModel[][]; cell?: TableCellModel } | undefined;
  let nextGt = -2;
  const target = (): FlatText | undefined => (table ? table.cell?.flat : prose);
  const flushProse = (): void => {
    scanUnit(prose, undefined, sink);
    prose = new FlatText();
  };
  const finishTable = (): void => {
    if (table) scanTable(table.rows, sink);
    table = undefined;
  };
  let index = from;
  while (index < to) {
    const lt = source.indexOf('<', index);
    const textEnd = lt === -1 || lt >= to ? to : lt;
    const into = target();
    if (textEnd > index && into) addText(into, source, index, textEnd, false);
    if (textEnd >= to) break;
    if (source.startsWith('<!--', lt)) {
      const close = source.indexOf('-->', lt + 4);
      const end = close === -1 || close + 3 > to ? to : close + 3;
      target()?.addSynthetic(' ', lt, end - lt);
      index = end;
      continue;
    }
    if (nextGt !== -1 && nextGt <= lt) nextGt = source.indexOf('>', lt + 1);
    const tagName = TAG_NAME.exec(source.slice(lt, lt + 40));
    if (nextGt === -1 || nextGt >= to || nextGt - lt > 2000 || !tagName) {
      target()?.addVerbatim('<', lt);
      index = lt + 1;
      continue;
    }
    const tagEnd = nextGt + 1;
    const closing = tagName[1] !== undefined;
    const name = tagName[2].toLowerCase();
    if (name === 'table') {
      if (!closing) {
        flushProse();
        finishTable();
        table = { rows: [] };
      } else finishTable();
    } else if (table && (name === 'tr' || name === 'td' || name === 'th')) {
      table.cell = undefined;
      if (name === 'tr' && !closing) table.rows.push([]);
      if (name !== 'tr' && !closing) {
        if (table.rows.length === 0) table.rows.push([]);
        const cell: TableCellModel = { flat: new FlatText(), rowSpan: 1, colSpan: 1, column: 0 };
        const tag = source.slice(lt, tagEnd);
        SPAN_ATTRIBUTE.lastIndex = 0;
        for (let span = SPAN_ATTRIBUTE.exec(tag); span; span = SPAN_ATTRIBUTE.exec(tag)) {
          const count = Math.min(Math.max(Number(span[2]), 1), 100);
          if (span[1].toLowerCase() === 'rowspan') cell.rowSpan = count;
          else cell.colSpan = count;
        }
        table.rows[table.rows.length - 1].push(cell);
        table.cell = cell;
      }
    } else {
      const into = target();
      if (into) addTag(into, source.slice(lt, Math.min(tagEnd, lt + 40)), lt, tagEnd - lt);
    }
    index = tagEnd;
  }
  finishTable();
  flushProse();
}

/** Most blocks state no number at all; checking the source is far cheaper than flattening them. */
function hasDigit(text: string, start: number, end: number): boolean {
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index);
    if (code >= 48 && code <= 57) return true;
  }
  return false;
}

/**
 * Every quantity the Markdown body states, in document order, at the position of the number.
 * `maskedText` (same length as `text`, comments and boilerplate blanked) drops figures in blanked spans.
 */
export function extractQuantities(
  tree: Root,
  text: string,
  positionAt: (offset: number) => Position,
  maskedText?: string,
): Quantity[] {
  const sink: Sink = { text, maskedText, positionAt, quantities: [] };
  // An HTML table split by blank lines spans several nodes; once read whole, its later nodes are skipped.
  let consumedUntil = -1;
  visit(tree, (node) => {
    if (node.type === 'root') return undefined;
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return SKIP;
    if (start < consumedUntil) return SKIP;
    // Checked on text blocks only: on nested containers the scans would repeat per level. Not on
    // HTML, whose table may continue (with its numbers) after a blank line.
    const block = node.type === 'paragraph' || node.type === 'heading' || node.type === 'table';
    if (block && !hasDigit(text, start, end)) return SKIP;
    switch (node.type) {
      case 'code':
      case 'yaml':
      case 'definition':
        return SKIP;
      case 'paragraph':
      case 'heading':
        if (end - start <= MAX_UNIT_CHARS) scanUnit(flattenInline(node, text), undefined, sink);
        return SKIP;
      case 'table':
        if (end - start <= MAX_UNIT_CHARS * 5) scanTable(gfmTableRows(node, text), sink);
        return SKIP;
      case 'html': {
        let spanEnd = end;
        const value = text.slice(start, end).toLowerCase();
        if (value.lastIndexOf('<table') > value.lastIndexOf('</table')) {
          const close = text.slice(end, start + MAX_UNIT_CHARS).toLowerCase().indexOf('</table');
          if (close !== -1) spanEnd = end + close;
        }
        if (spanEnd - start <= MAX_UNIT_CHARS) scanHtml(text, start, spanEnd, sink);
        consumedUntil = spanEnd;
        return SKIP;
      }
      default:
        return undefined;
    }
  });
  return sink.quantities;
}

// ---------------------------------------------------------------------------------------------
// Front matter.

/** A front-matter value as a number: 149, "3.8e25", "7B", "1.2 trillion". */
function numberFromValue(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const written = value.trim();
  NUMBER_PATTERN.lastIndex = 0;
  const match = NUMBER_PATTERN.exec(written);
  if (!match || match.index !== 0 || match[0].length !== written.length) return undefined;
  return readNumber(match, written)?.value;
}

const AI_ACT_KEYS: [string, QuantityKind][] = [
  ['ai_act.training_compute_flops', 'trainingCompute'],
  ['ai_act.parameters', 'parameters'],
  ['ai_act.training_tokens', 'trainingTokens'],
];

/**
 * Quantities in the front matter: `co2_eq_emissions` (grams, bare or as `emissions:`) as kg CO2eq,
 * and the `ai_act` block's `training_compute_flops`, `parameters`, `training_tokens`.
 */
export function quantitiesFromMetadata(metadata: Map<string, MetadataEntry>): Quantity[] {
  const quantities: Quantity[] = [];
  const add = (kind: QuantityKind, value: number, entry: MetadataEntry): void => {
    quantities.push({ kind, value, unit: UNIT_OF[kind], raw: String(entry.value), position: entry.position, source: 'frontMatter' });
  };
  const emissions = metadata.get('co2_eq_emissions.emissions') ?? metadata.get('co2_eq_emissions');
  const grams = emissions ? numberFromValue(emissions.value) : undefined;
  if (emissions && grams !== undefined && grams >= 0) add('co2', grams / 1000, emissions);
  for (const [key, kind] of AI_ACT_KEYS) {
    const entry = metadata.get(key);
    const value = entry ? numberFromValue(entry.value) : undefined;
    if (entry && value !== undefined && value >= 0) add(kind, value, entry);
  }
  return quantities;
}
