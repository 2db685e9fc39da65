/**
 * Modifications (guidelines pt 57–63): a modifier is a new provider only when its own compute exceeds one
 * third of the original's; otherwise the obligations stay with the original provider.
 */
import type { Tier } from '../model/tier.js';
import type { ComputeEstimate } from './estimate-compute.js';
import type { Lineage } from './lineage.js';
import { formatNumber as fmt, GPAI_FLOP, isBorderline, MODIFICATION_FALLBACK_GPAI, MODIFICATION_FALLBACK_SYSTEMIC } from './thresholds.js';
import { line, say, type Context } from './tier-context.js';

/** How each relation reads in a sentence. */
const RELATION_WORDS: Record<Lineage['relation'], string> = {
  adapter: 'an adapter',
  quantized: 'a quantisation',
  merge: 'a merge',
  finetune: 'a fine-tune',
};

/** Figures at this scale in a derivative's card describe the original's pre-training, not the modification. */
const PRETRAINING = { tokens: 5e11, gpuHours: 1e5, flop: 1e24 };

/** The derivative stays a modification unless its own compute exceeds a third of the original's. */
export function modification(context: Context, lineage: Lineage): Tier | null {
  const { compute, claims } = context;
  const bases = lineage.baseModels.map((base) => `${base.id}${line(base.position)}`).join(', ');
  say(context, `Derived from ${bases}: ${lineage.relation} (${lineage.relationBasis})`, lineage.baseModels[0].position);
  const original = compute.value !== null && atPretrainingScale(compute) ? compute.value : null;
  const modificationFlops = claims.trainingComputeFlops?.value ?? (original === null ? compute.value : null);
  if (original !== null) {
    say(context, `The card's figures (${fmt(original)} FLOP) are at pre-training scale: read as the original model's compute, not the modification's`);
    if (original <= GPAI_FLOP) {
      say(context, `The original's compute ${fmt(original)} ≤ 1e23: it is not a GPAI model, so neither is ${RELATION_WORDS[lineage.relation]} of it`);
      return 'not-gpai';
    }
  }
  const threshold = original !== null ? original / 3 : MODIFICATION_FALLBACK_GPAI;
  const thresholdText =
    original !== null
      ? `one third of the original's ${fmt(original)} = ${fmt(threshold)}`
      : `${fmt(threshold)} (the original's compute is unknown: fallback 1e23/3 for a GPAI original; ${fmt(MODIFICATION_FALLBACK_SYSTEMIC)} if it has systemic risk)`;
  if (modificationFlops === null) {
    say(context, `No modification compute stated; ${RELATION_WORDS[lineage.relation]} is normally far below one third of the original's compute (guidelines pt 57–63) → obligations stay with the original provider, limited here to the modification`);
    return 'modification';
  }
  if (modificationFlops <= threshold) {
    context.borderline ||= isBorderline(modificationFlops, threshold);
    say(context, `Modification compute ${fmt(modificationFlops)} ≤ ${thresholdText} → not a new provider (guidelines pt 57–63)`);
    return 'modification';
  }
  context.borderline ||= original === null && modificationFlops <= MODIFICATION_FALLBACK_SYSTEMIC;
  say(context, `Modification compute ${fmt(modificationFlops)} > ${thresholdText} → the modifier is the provider of a new GPAI model (guidelines pt 57–63)`);
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

