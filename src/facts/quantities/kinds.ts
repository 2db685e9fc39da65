/** The kinds of quantity a card states: base units, plausible ranges and reading limits. */
import type { QuantityKind } from '../../model/card.js';

/** Longer text nodes (or HTML spans) are skipped: no real card states a figure in 200k chars of one paragraph. */
export const MAX_UNIT_CHARS = 200_000;
export const MAX_NUMBERS_PER_UNIT = 5_000;
export const MAX_QUANTITIES = 20_000;

export const UNIT_OF: Record<QuantityKind, string> = {
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
export const PLAUSIBLE: Record<QuantityKind, [number, number]> = {
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

export const PETAFLOP_DAY = 8.64e19;

export function withinRange(kind: QuantityKind, value: number): boolean {
  const [low, high] = PLAUSIBLE[kind];
  const whole = kind === 'gpuCount' || kind === 'contextWindow';
  return value >= low && value <= high && (!whole || Number.isInteger(value));
}
