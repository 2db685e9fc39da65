/** What precedes a number: a label ("Context length:", "Parameters (B):") or a cue in its clause. */
import type { QuantityKind } from '../../model/card.js';
import type { StatedNumber } from './numbers.js';
import { DAYS_PER, ENERGY_PREFIX } from './units.js';

/** Label tail: optional "(unit)", a connector, hedges. Matched against whitespace-collapsed text. */
const LABEL_TAIL = String.raw` ?(?:\(([^()]{0,40})\))? ?(?:[:=]|==|is|was|were|are|of|at)? ?(?:(?:about|around|approximately|approx\.?|roughly|nearly|almost|over|up to|a total of|total of|~|≈|>|<) ?){0,3}$`;
const LABELS = new RegExp(
  String.raw`(?<![A-Za-z0-9_])(?:` +
    String.raw`(?<contextWindow>context(?:[ _-]?(?:length|window|size|len))?|(?:max(?:imum)?[ _-]?)?(?:input[ _-]?)?seq(?:uence)?[ _-]?len(?:gth)?s?|max(?:imum)?[ _-]?(?:input[ _-]?)?(?:length|position[ _]embeddings)|max[ _]seq[ _]len(?:gth)?|n[ _]?ctx|num[ _]ctx|ctx(?:[ _-]?(?:len|length|size|window))?)` +
    String.raw`|(?<gpuHours>(?:gpu|tpu|accelerator|compute|[ahv]100)[ -]?hours?(?: used)?|hours used|training hours|hours trained)` +
    String.raw`|(?<trainingCompute>(?:total |training |train )?(?:flops?|flop count|compute|floating[ -]point operations))` +
    String.raw`|(?<trainingTokens>(?:(?:training|pre-?training|dataset|data|total|number of|#) ?)?tokens?(?: count| seen| used)?|token count)` +
    String.raw`|(?<activeParameters>(?:active|activated)(?: param(?:eter)?s?)?(?: count)?(?: per token)?)` +
    String.raw`|(?<parameters>(?:# ?)?(?:(?:total|trainable|model|number of(?: model)?|num(?:ber)?\.? of) )?(?:param(?:eter)?s?|paramètres?|parámetros?|parametri|parametro|parameteranzahl|parameterzahl)(?: count| size| number)?|model size)` +
    String.raw`|(?<co2>(?:co2|co₂|carbon|greenhouse gas(?:es)?)(?:[ _-]?(?:eq|equivalent|emissions?|emitted|footprint))?|emissions?|emitted)` +
    String.raw`|(?<energy>(?:energy|electricity|power)(?: (?:consumption|consumed|use|used|usage))?)` +
    String.raw`|(?<gpuCount>(?:(?:number|num|#|count) of )?(?:gpus|tpus|accelerators)(?: used)?)` +
    String.raw`|(?<skip>batch(?:[ _-]?size)?s?|steps?|vocab(?:ulary)?(?:[ _-]?size)?|samples?|examples?|images?|downloads?|likes?|pairs?|sentences?|documents?|words?|rows?|epochs?|iterations?|revenue|funding|cost|price|valuation|usd|eur)` +
    String.raw`)` +
    LABEL_TAIL,
  'i',
);

/** Cues in the clause before "N tokens": the nearest one decides what the tokens are. */
export const TOKEN_CUES =
  /(?<context>context|sequence|seq[_ ]?len|window|prompt|input)|(?<train>train|corpus|data|saw|seen|consum|curat)|(?<skip>batch|vocab|every|per |tokeni[sz]|generat|output|new[_ ]tokens|response|throughput|speed)/gi;
export const TRAINING_CUE = /train|took|lasted|spent|\bran\b|\brun\b|fine-?tun/i;
/** Words that put a duration right before the number: "for 21 days", "took 3 months", "over 2 weeks". */
export const DURATION_LEAD =
  /(?:for|over|took|takes|take|lasted|lasts|in|about|approximately|approx\.?|around|roughly|nearly|almost|~|of|than|within|spent|used|:)\s?$/i;
export const DATA_AMOUNT_AFTER =
  /\b(?:speech|audio|data|recordings?|transcri\w*|labell?ed|unlabell?ed|videos?|utterances?|dataset|corpus|set)\b/i;
export const HARDWARE_CUE = /train|fine-?tun|hardware|cluster|lasted|took|spent/i;
export const CO2_CUE = /co2|co₂|carbon|emission|emitted|greenhouse|footprint/i;
export const COMPUTE_CUE = /flop|compute|floating[ -]point/i;
export const CHIP_FAMILY_BEFORE = /(?:RTX|GTX|RX|Quadro|Radeon|GeForce|Tesla|NVIDIA|AMD|Intel|Apple|MI|TPU|v)\s?$/i;
/** Dataset names carry sizes too ("LAION-2B", "COYO-700M"): those are not parameter counts. */
export const DATASET_NAME_BEFORE = /(?:LAION|COYO|DataComp|WebLI|JFT|MMC4|OBELICS)[-_ ]?(?:[A-Za-z]+-)?$/i;
export const MULTIPLIER_BEFORE = /(\d{1,4})\s?[x×*]\s?$/;
export const CURRENCY_BEFORE = /(?:[$€£¥]|\b(?:USD|EUR|US\$))\s?$/;

export function clauseBefore(text: string, index: number): string {
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

export function lastCue(text: string): 'context' | 'train' | 'skip' | undefined {
  let cue: 'context' | 'train' | 'skip' | undefined;
  TOKEN_CUES.lastIndex = 0;
  for (let match = TOKEN_CUES.exec(text); match; match = TOKEN_CUES.exec(text)) {
    const groups = match.groups ?? {};
    cue = groups.context ? 'context' : groups.train ? 'train' : 'skip';
  }
  return cue;
}

/** Unit written in a label or header: "(B)", "(tCO2eq)", "(kWh)", "(days)", "(in grams)". */
export interface StatedUnit {
  /** Power of ten for counts ("(M)" = 6). */
  exponent?: number;
  kgPerUnit?: number;
  kWhPerUnit?: number;
  daysPerUnit?: number;
}

export function unitIn(text: string): StatedUnit {
  const lower = text.toLowerCase();
  const unit: StatedUnit = {};
  const count = /\((?:in )?(bn|b|billions?|m|mm|millions?|t|trillions?|k|thousands?)\)/.exec(lower);
  if (count) {
    const word = count[1];
    unit.exponent =
      word.startsWith('t') && word !== 'thousand' && word !== 'thousands'
        ? 12
        : word.startsWith('b')
          ? 9
          : word.startsWith('m')
            ? 6
            : 3;
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

export type LabelKind = QuantityKind | 'skip';

export function labelBefore(text: string, index: number): { kind: LabelKind; unit: StatedUnit } | undefined {
  // A label ends in a word, ":", "=", ")" or a hedge ("~"); after a digit, pipe or nothing there is none.
  // A wrapped line ("**ctx len:**\n8192") keeps the label; a blank line ends the paragraph it was in.
  let last = index - 1;
  while (
    last >= 0 &&
    (text[last] === ' ' ||
      text[last] === '*' ||
      text[last] === '_' ||
      text[last] === '\t' ||
      (text[last] === '\n' && last > 0 && text[last - 1] !== '\n'))
  )
    last--;
  if (last < 0 || !/[A-Za-z:=)~≈<>.\]]/.test(text[last])) return undefined;
  // LaTeX in a label ("\\(n_{ctx}\\)") is markup around the name.
  const window = text
    .slice(Math.max(0, index - 100), index)
    .replace(/\\[()[\]]|[{}\\$]/g, '')
    .replace(/[\s*_`|]+/g, ' ');
  const match = LABELS.exec(window);
  if (!match || !match.groups) return undefined;
  const kind = (Object.keys(match.groups) as LabelKind[]).find(
    (name) => name !== undefined && match.groups?.[name] !== undefined,
  );
  if (!kind) return undefined;
  return { kind, unit: unitIn(match[0]) };
}

/** A number whose unit is given elsewhere (column header, label) in base units, or undefined if it cannot be. */
export function applyStatedUnit(kind: QuantityKind, number: StatedNumber, unit: StatedUnit): number | undefined {
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
