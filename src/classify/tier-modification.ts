/**
 * Modifications (guidelines pt 57–63): a modifier is a new provider only when its own compute exceeds one
 * third of the original's; otherwise it provides no GPAI model and no Chapter V duty falls on it.
 */
import type { Tier } from '../model/tier.js';
import type { ComputeEstimate } from './estimate-compute.js';
import { describeKnownModel } from './known-models.js';
import type { BaseModel, Lineage } from './lineage.js';
import {
  formatNumber as fmt,
  GPAI_FLOP,
  isBorderline,
  MODIFICATION_FALLBACK_GPAI,
  MODIFICATION_FALLBACK_SYSTEMIC,
} from './thresholds.js';
import { say, type Context } from './tier-context.js';

/** `Quantity.derivation` of the `total_flos` the Hugging Face Trainer wrote for this model (src/hub/hub-facts.ts). */
export const TRAINER_TOTAL_FLOS = 'total_flos written by the Hugging Face Trainer';

/** How each relation reads in a sentence. */
export const RELATION_WORDS: Record<Lineage['relation'], string> = {
  adapter: 'an adapter',
  quantized: 'a quantised or converted copy',
  merge: 'a merge',
  finetune: 'a fine-tune',
};

/** Figures at this scale in a derivative's card describe the original's pre-training, not the modification. */
const PRETRAINING = { tokens: 5e11, gpuHours: 1e5, flop: 1e24 };

const NO_PROVIDER =
  "→ its publisher is not the provider of a GPAI model: no Chapter V duty applies to it; the duties stay with the original model's provider (naming the base model and linking its documentation remain good practice)";

/** The derivative stays a modification unless its own compute exceeds a third of the original's. */
export function modification(context: Context, lineage: Lineage, base: BaseModel | null): Tier | null {
  const { compute, claims } = context;
  const what = RELATION_WORDS[lineage.relation];
  // The Trainer's total_flos of the card's own repository (read from the Hub) is the modification's, at any scale.
  const trainer = context.facts.quantities.find((quantity) => quantity.derivation === TRAINER_TOTAL_FLOS);
  const cardOriginal =
    compute.value !== null && compute.value !== trainer?.value && atPretrainingScale(compute) ? compute.value : null;
  const knownOriginal = base?.known?.model.trainingCompute ?? null;
  const original = knownOriginal ?? cardOriginal;
  const modificationFlops =
    claims.trainingComputeFlops?.value ?? trainer?.value ?? (cardOriginal === null ? compute.value : null);
  if (knownOriginal !== null && base?.known)
    say(context, `The original: ${describeKnownModel(base.known.model)}`, base.position);
  if (cardOriginal !== null)
    say(
      context,
      `The card's figures (${fmt(cardOriginal)} FLOP) are at pre-training scale: read as the original model's compute, not the modification's`,
    );
  const { low, high } = compute;
  if (
    knownOriginal === null &&
    cardOriginal !== null &&
    low !== undefined &&
    high !== undefined &&
    low <= GPAI_FLOP &&
    GPAI_FLOP < high
  ) {
    say(
      context,
      `The estimate's range (${fmt(low)}–${fmt(high)} FLOP) spans 1e23: whether the original is a GPAI model cannot be decided → missing: the original's training compute or training tokens`,
    );
    return 'unknown';
  }
  if (original !== null && original <= GPAI_FLOP && lineage.relation === 'finetune') {
    say(context, `The original's compute ${fmt(original)} ≤ 1e23: it is not a GPAI model, so neither is ${what} of it`);
    return 'not-gpai';
  }
  const threshold = original !== null ? original / 3 : MODIFICATION_FALLBACK_GPAI;
  const thresholdText =
    original !== null
      ? `one third of the original's ${fmt(original)} = ${fmt(threshold)}`
      : `${fmt(threshold)} (the original's compute is unknown: fallback 1e23/3 for a GPAI original; ${fmt(MODIFICATION_FALLBACK_SYSTEMIC)} if it has systemic risk)`;
  if (modificationFlops === null) {
    const copy =
      lineage.relation === 'quantized' || lineage.relation === 'merge'
        ? ', and a copy or merge involves no training at all'
        : '';
    say(
      context,
      `No modification compute stated; ${what} is normally far below one third of the original's compute (guidelines pt 57–63)${copy} ${NO_PROVIDER}`,
    );
    return 'modification';
  }
  if (modificationFlops <= threshold) {
    context.borderline ||= isBorderline(modificationFlops, threshold);
    say(context, `Modification compute ${fmt(modificationFlops)} ≤ ${thresholdText} ${NO_PROVIDER}`);
    return 'modification';
  }
  context.borderline ||= original === null && modificationFlops <= MODIFICATION_FALLBACK_SYSTEMIC;
  say(
    context,
    `Modification compute ${fmt(modificationFlops)} > ${thresholdText} → the modifier is the provider of a new GPAI model (guidelines pt 57–63); its documentation duties may be limited to the modification (recital 109)`,
  );
  return null;
}

function atPretrainingScale(compute: ComputeEstimate): boolean {
  if ((compute.value ?? 0) >= PRETRAINING.flop) return true;
  const used = (name: string): number => compute.inputs.find((item) => item.name === name)?.value ?? 0;
  if (compute.method === '6ND') return used('trainingTokens') >= PRETRAINING.tokens;
  if (compute.method === 'hardware') {
    const hours = used('gpuHours') || used('gpuCount') * used('trainingDays') * 24;
    return hours >= PRETRAINING.gpuHours;
  }
  return false;
}
