/**
 * Tier decisions that rest on which model this one is or derives from: a derivative of a known model,
 * a card named after a model that is not GPAI, a card of a known model itself (rules/data/known-models.yaml).
 */
import type { Tier } from '../model/tier.js';
import { describeKnownModel, type NamedModel } from './known-models.js';
import type { BaseModel, Lineage } from './lineage.js';
import { modelSize, ownFigures } from './own-figures.js';
import { formatNumber as fmt, GPAI_FLOP } from './thresholds.js';
import { line, say, type Context } from './tier-context.js';
import { modification, RELATION_WORDS } from './tier-modification.js';

/** A derivative: `null` when the modifier becomes a provider and the usual tests decide. */
export function derivative(context: Context, lineage: Lineage): Tier | null {
  const bases = lineage.baseModels.map((base) => `${base.id}${line(base.position)}`).join(', ');
  say(
    context,
    `Derived from ${bases}: ${RELATION_WORDS[lineage.relation]} (${lineage.relationBasis})`,
    lineage.baseModels[0].position,
  );
  const base = mostCapableBase(lineage.baseModels);
  const known = base?.known?.model;
  if (lineage.relation === 'finetune' && known?.gpai === 'no' && !ownComputeAboveGpai(context)) {
    say(
      context,
      `The base is not a GPAI model — ${describeKnownModel(known)} — and a fine-tune adds far less compute than its pre-training → not a general-purpose AI model`,
      base?.position,
    );
    return 'not-gpai';
  }
  return modification(context, lineage, base);
}

/** A card whose title, model-index name or tags name a known model, when no lineage was found. */
export function namedKnownModel(context: Context, named: NamedModel[]): Tier | null {
  const first = named[0];
  if (!first || ownComputeAboveGpai(context) || context.flops !== null) return null;
  const { model } = first;
  const at = `${first.where}${line(first.position)}`;
  if (model.gpai === 'no') {
    if (statedSizeExceeds(context, model.parameters)) return null;
    say(
      context,
      `The card names ${first.name} (${at}): ${describeKnownModel(model)}; the model is it or built on it → not a general-purpose AI model`,
      first.position,
    );
    return 'not-gpai';
  }
  if (first.exact && model.trainingCompute !== undefined) {
    context.flops = model.trainingCompute;
    say(
      context,
      `The card is ${model.name} itself (${at}); its figures give no compute, the known-models table lists ${fmt(model.trainingCompute)} FLOP (${model.source.split(' | ')[0]})`,
      first.position,
    );
  }
  return null;
}

/** Of several bases (a merge), the one that could make the result GPAI. */
function mostCapableBase(bases: BaseModel[]): BaseModel | null {
  const rank = { yes: 0, unclear: 1, no: 2 } as const;
  const sorted = [...bases].sort(
    (a, b) => (a.known ? rank[a.known.model.gpai] : 1) - (b.known ? rank[b.known.model.gpai] : 1),
  );
  return sorted[0] ?? null;
}

function ownComputeAboveGpai(context: Context): boolean {
  return context.flops !== null && context.flops > GPAI_FLOP;
}

/** The card states a size well above the named model's (a different model that only borrows the name). */
function statedSizeExceeds(context: Context, parameters: number | undefined): boolean {
  if (parameters === undefined) return false;
  const size = modelSize(context.facts, ownFigures(context.facts, context.data).quantities);
  return size !== null && size.quantity.value > 2 * parameters;
}
