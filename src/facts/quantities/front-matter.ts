/** Quantities in the front matter: emissions and the `ai_act` block's figures. */
import type { MetadataEntry, Quantity, QuantityKind } from '../../model/card.js';
import { UNIT_OF } from './kinds.js';
import { NUMBER_PATTERN, readNumber } from './numbers.js';

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

/** Keys a provider gives the model's own figures: not a threshold's, not the base model's (the patterns are anchored). */
const OWN_FIGURE_KEYS: [RegExp, QuantityKind][] = [
  [/^(?:training_)?(?:compute_)?flops$|^training_compute(?:_flops)?$/i, 'trainingCompute'],
  [/^training_tokens$/i, 'trainingTokens'],
];

/**
 * Quantities in the front matter: `co2_eq_emissions` (grams, bare or as `emissions:`) as kg CO2eq,
 * and the `ai_act` block's `training_compute_flops`, `parameters`, `training_tokens`.
 */
export function quantitiesFromMetadata(metadata: Map<string, MetadataEntry>): Quantity[] {
  const quantities: Quantity[] = [];
  const add = (kind: QuantityKind, value: number, entry: MetadataEntry): void => {
    quantities.push({
      kind,
      value,
      unit: UNIT_OF[kind],
      raw: String(entry.value),
      position: entry.position,
      source: 'frontMatter',
    });
  };
  const emissions = metadata.get('co2_eq_emissions.emissions') ?? metadata.get('co2_eq_emissions');
  const grams = emissions ? numberFromValue(emissions.value) : undefined;
  if (emissions && grams !== undefined && grams >= 0) add('co2', grams / 1000, emissions);
  for (const [key, kind] of AI_ACT_KEYS) {
    const entry = metadata.get(key);
    const value = entry ? numberFromValue(entry.value) : undefined;
    if (entry && value !== undefined && value >= 0) add(kind, value, entry);
  }
  // The same figures under a provider's own key, at the top or one level down ("training_compute_flops: 5.8e+23",
  // "eu_ai_act: {training_flops: …}"); a key of the ai_act block is read above.
  for (const [key, entry] of metadata) {
    const path = key.split('.');
    if (path.length > 2 || path[0] === 'ai_act') continue;
    const kind = OWN_FIGURE_KEYS.find(([pattern]) => pattern.test(path[path.length - 1]))?.[1];
    const value = kind ? numberFromValue(entry.value) : undefined;
    if (kind && value !== undefined && value >= 0) add(kind, value, entry);
  }
  return quantities;
}
