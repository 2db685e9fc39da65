/** Classification of one number: its unit after it, else its table column, its label, or a bare model size. */
import type { QuantityKind } from '../../model/card.js';
import {
  applyStatedUnit,
  CHIP_FAMILY_BEFORE,
  clauseBefore,
  CO2_CUE,
  COMPUTE_CUE,
  CURRENCY_BEFORE,
  DATA_AMOUNT_AFTER,
  DATASET_NAME_BEFORE,
  DURATION_LEAD,
  HARDWARE_CUE,
  labelBefore,
  lastCue,
  MULTIPLIER_BEFORE,
  TRAINING_CUE,
} from './labels.js';
import type { ColumnKind } from './columns.js';
import { PETAFLOP_DAY, withinRange } from './kinds.js';
import type { StatedNumber } from './numbers.js';
import { CHIP_ANYWHERE, DAYS_PER, ENERGY_PREFIX, FLOP_PREFIX, FOLLOWS, massToKg } from './units.js';

const SCALED_OF_PARAMETERS = /^\s?of\s(?:total\s|trainable\s)?param(?:eter)?s(?![\w])/i;

export interface Classified {
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

export function classify(text: string, number: StatedNumber, column: ColumnKind | undefined): Classified | undefined {
  const { start, end, value } = number;
  const result = (kind: QuantityKind, quantity: number, length: number, hardware?: string): Classified | undefined =>
    withinRange(kind, quantity) ? { kind, value: quantity, start, end: end + length, hardware } : undefined;
  const before = text.slice(Math.max(0, start - 12), start);
  if (CURRENCY_BEFORE.test(before) && !number.scientific) return undefined;
  const after = text.slice(end, end + 80);
  let match: RegExpExecArray | null;

  if ((match = FOLLOWS.petaflopDays.exec(after)))
    return result('trainingCompute', value * PETAFLOP_DAY, match[0].length);
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
  if ((match = FOLLOWS.co2WithUnit.exec(after)))
    return result('co2', value * (massToKg(match[1]) ?? 1), match[0].length);
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
    if (label?.kind === 'gpuHours' && (unit === 'hour' || unit === 'hr'))
      return result('gpuHours', value, match[0].length, chipNear(text, start));
    const rest = after.slice(match[0].length, match[0].length + 40);
    // "944 hours of Spanish data", "the 1200 hours training set": an amount of data, not a duration.
    if (DATA_AMOUNT_AFTER.test(rest) || /^\s?(?:training|train|dev|development|test)\b/i.test(rest)) return undefined;
    if (/contain|consist|compris|amount/i.test(clause())) return undefined;
    const lead = text.slice(Math.max(0, start - 30), start).replace(/\s+/g, ' ');
    const aboutTraining =
      TRAINING_CUE.test(clause()) || /^\s?(?:\w+\s)?(?:of|for)\s(?:pre-?)?training|^\s?to\s(?:pre-?)?train/i.test(rest);
    if (!aboutTraining || !DURATION_LEAD.test(lead)) return undefined;
    return result('trainingDays', value * DAYS_PER[unit], match[0].length);
  }
  if ((match = FOLLOWS.contextWindow.exec(after))) return result('contextWindow', value, match[0].length);
  if ((match = FOLLOWS.tokens.exec(after))) return classifyTokens(number, clause(), after, match[0].length, result);
  if ((match = FOLLOWS.activeParameters.exec(after))) return result('activeParameters', value, match[0].length);
  if ((match = FOLLOWS.parameters.exec(after))) return result('parameters', value, match[0].length);
  // "46 milliards of parameters": a scaled count, then "of", as the card languages' "de"/"di" rendered in English.
  if (number.scale && (match = SCALED_OF_PARAMETERS.exec(after))) return result('parameters', value, match[0].length);

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
  const sizeScale =
    number.scale === 'B' ||
    number.scale === 'b' ||
    number.scale === 'M' ||
    number.scale === 'm' ||
    number.scale === 'billion';
  if (sizeScale && value >= 1e6 && FOLLOWS.bareSize.test(after) && !DATASET_NAME_BEFORE.test(before)) {
    return result('parameters', value, 0);
  }
  return undefined;
}

type ResultFn = (kind: QuantityKind, quantity: number, length: number, hardware?: string) => Classified | undefined;

function classifyTokens(
  number: StatedNumber,
  clause: string,
  after: string,
  length: number,
  result: ResultFn,
): Classified | undefined {
  const value = number.value;
  const rest = after.slice(length);
  let cue: 'context' | 'train' | 'skip' | undefined;
  if (/^\s?(?:of\s)?(?:output|generat|completion|response)/i.test(rest)) cue = 'skip';
  else if (/^\s?(?:of\s)?(?:context|input)/i.test(rest)) cue = 'context';
  else if (/^\s?(?:of\s)?(?:training|pre-?training|text|data|code|web)|^\s?during\s(?:pre-?)?training/i.test(rest))
    cue = 'train';
  else cue = lastCue(clause);
  if (cue === 'skip') return undefined;
  if (cue === 'context')
    return value <= 1e8 ? result('contextWindow', value, length) : result('trainingTokens', value, length);
  if (cue === 'train')
    return value >= 1e4 ? result('trainingTokens', value, length) : result('contextWindow', value, length);
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
