/**
 * Training compute of the largest model a card describes: a stated figure first, else 6·N·D, else
 * accelerator time × peak FLOP/s × utilisation (the two routes of the Commission guidelines' annex).
 */
import type { CardFacts, Quantity, QuantityKind } from '../model/card.js';
import type { Position } from '../model/position.js';
import { classifyData, type ClassifyData } from './classify-data.js';
import { figureOfModel, modelsWith, modelSize, sameSize, surroundings, type ModelSize } from './figure-groups.js';
import { hardwareEstimate } from './hardware-estimate.js';
import { ownFigures } from './own-figures.js';

export { findAccelerator, matchAccelerator } from './hardware-estimate.js';
import { formatNumber } from './thresholds.js';

export interface ComputeInput {
  name: string;
  value: number;
  position: Position;
}

export type ComputeMethod = 'stated' | '6ND' | 'hardware' | 'none';

export interface ComputeEstimate {
  value: number | null;
  method: ComputeMethod;
  /** Range of an estimate (not given for stated figures). */
  low?: number;
  high?: number;
  inputs: ComputeInput[];
  /** The calculation in words, with lines. */
  text: string;
  /** The other methods' results, when the card gives their inputs too. */
  crossChecks?: { method: ComputeMethod; value: number }[];
}

/**
 * 6·N·D ignores attention and embedding FLOPs and repeated epochs; the guidelines accept estimates within
 * ~30 %, so exact inputs get ×0.7–×1.3, approximate ones ("over 15T", "~2T", "15T+") ×0.5–×2.
 */
const SIX_ND_RANGE = { exact: [0.7, 1.3], approximate: [0.5, 2] } as const;

/** Two methods whose results differ by more than this are shown side by side, not silently overridden. */
const DISAGREEMENT = 3;
const METHOD_NAME: Record<ComputeMethod, string> = {
  stated: 'the stated figure',
  '6ND': '6·N·D',
  hardware: 'hardware',
  none: 'none',
};

export function estimateCompute(facts: CardFacts, data: ClassifyData = classifyData()): ComputeEstimate {
  const { quantities, stated } = ownFigures(facts, data);
  const size = modelSize(facts, quantities);
  const methods = [
    statedCompute(stated),
    sixND(facts, quantities, size, data),
    hardwareEstimate(facts, quantities, size, data),
  ];
  const [chosen, ...others] = methods.filter((estimate): estimate is ComputeEstimate => estimate !== null);
  if (!chosen) return noEstimate(facts, quantities);
  const checks = others.filter((other) => other.value !== null && chosen.value !== null);
  if (checks.length)
    chosen.crossChecks = checks.map((other) => ({ method: other.method, value: other.value as number }));
  for (const other of checks) {
    const ratio =
      Math.max(other.value as number, chosen.value as number) / Math.min(other.value as number, chosen.value as number);
    chosen.text +=
      ratio > DISAGREEMENT
        ? `; cross-check by ${METHOD_NAME[other.method]}: ${formatNumber(other.value as number)} FLOP, ${formatRatio(ratio)}× ${(other.value as number) > (chosen.value as number) ? 'more' : 'less'}: the methods disagree by more than ${DISAGREEMENT}×, check the figures`
        : `; cross-check by ${METHOD_NAME[other.method]}: ${formatNumber(other.value as number)} FLOP`;
  }
  return chosen;
}

function formatRatio(ratio: number): string {
  return ratio >= 10 ? String(Math.round(ratio)) : ratio.toFixed(1);
}

export function largest(quantities: Quantity[], kind: QuantityKind): Quantity | undefined {
  let best: Quantity | undefined;
  for (const quantity of quantities) {
    if (quantity.kind === kind && quantity.value > 0 && (!best || quantity.value > best.value)) best = quantity;
  }
  return best;
}

export function input(quantity: Quantity): ComputeInput {
  return { name: quantity.kind, value: quantity.value, position: quantity.position };
}

export function at(quantity: Quantity): string {
  return `(line ${quantity.position.line})`;
}

function statedCompute(quantities: Quantity[]): ComputeEstimate | null {
  const stated = largest(quantities, 'trainingCompute');
  if (!stated) return null;
  return {
    value: stated.value,
    method: 'stated',
    inputs: [input(stated)],
    text: `stated training compute ${formatNumber(stated.value)} FLOP ${at(stated)}`,
  };
}

function sixND(
  facts: CardFacts,
  quantities: Quantity[],
  size: ModelSize | null,
  data: ClassifyData,
): ComputeEstimate | null {
  if (!size) return null;
  let model = size;
  let tokens = figureOfModel(model, quantities, 'trainingTokens');
  let note = '';
  if (!tokens) {
    // The largest model states no token count of its own: the largest one that does is judged instead.
    const stating = modelsWith(facts, quantities, 'trainingTokens')[0];
    if (!stating) return null;
    model = stating;
    tokens = figureOfModel(model, quantities, 'trainingTokens');
    if (!tokens) return null;
    if (!sameSize(stating.quantity.value, size.quantity.value))
      note = '; the largest model described states no token count, so the largest one that does';
  }
  const tokenCount = tokens.quantity;
  const n = model.quantity;
  const approximate = [n, tokenCount].some((quantity) => isApproximate(facts, quantity, data));
  const value = 6 * n.value * tokenCount.value;
  const [low, high] = approximate ? SIX_ND_RANGE.approximate : SIX_ND_RANGE.exact;
  const nName = model.active
    ? `N (active parameters${model.total ? ` of ${formatNumber(model.total.value)} in total` : ''})`
    : 'N';
  const derived = tokenCount.derivation ? ` (${tokenCount.derivation})` : '';
  return {
    value,
    method: '6ND',
    low: value * low,
    high: value * high,
    inputs: [input(n), input(tokenCount)],
    text:
      `${nName} = ${formatNumber(n.value)} ${at(n)} × D = ${formatNumber(tokenCount.value)} tokens${derived} ${at(tokenCount)} × 6 = ` +
      `${formatNumber(value)} FLOP (range ${formatNumber(value * low)}–${formatNumber(value * high)}` +
      `${approximate ? ', figures stated approximately' : ''})${note}`,
  };
}

/** "over 15 trillion", "~2T", "15T+": the card gives a bound or a rounded figure. */
function isApproximate(facts: CardFacts, quantity: Quantity, data: ClassifyData): boolean {
  if (/[~≈+>]/.test(quantity.raw)) return true;
  const around = surroundings(facts, quantity, 24);
  return !!around && (data.cues.approximate.test(around.before) || /^\s?\+/.test(around.after));
}

function noEstimate(facts: CardFacts, quantities: Quantity[]): ComputeEstimate {
  const stated = (kind: QuantityKind, label: string): string | null => {
    const quantity = largest(quantities, kind);
    return quantity ? `${label} ${formatNumber(quantity.value)} ${at(quantity)}` : null;
  };
  const size = modelSize(facts, quantities);
  const have = [
    size
      ? `${size.active ? 'active parameters' : 'parameters'} ${formatNumber(size.quantity.value)} ${at(size.quantity)}`
      : null,
    stated('trainingTokens', 'training tokens'),
    stated('gpuCount', 'accelerators'),
    stated('trainingDays', 'training days'),
  ].filter(Boolean);
  return {
    value: null,
    method: 'none',
    inputs: [],
    text:
      'cannot estimate: no stated training compute, no parameters with training tokens, no GPU-hours or accelerator count with days' +
      (have.length ? ` (the card gives ${have.join(', ')})` : ''),
  };
}
