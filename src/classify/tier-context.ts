/** The state a tier decision builds up: the facts it read and the chain of reasons it gives. */
import type { CardFacts } from '../model/card.js';
import type { Position } from '../model/position.js';
import type { TierReason } from '../model/tier.js';
import type { TierClaims } from './claims.js';
import type { ClassifyData } from './classify-data.js';
import type { ComputeEstimate } from './estimate-compute.js';
import type { LicenceVerdict } from './licence.js';
import type { TaskProfile } from './task-profile.js';
import type { WeightsAvailability } from './weights.js';

export interface Context {
  facts: CardFacts;
  data: ClassifyData;
  compute: ComputeEstimate;
  flops: number | null;
  licence: LicenceVerdict;
  claims: TierClaims;
  task: TaskProfile;
  weights: WeightsAvailability;
  reasons: TierReason[];
  borderline: boolean;
}

/** Adds one step to the chain of reasons. */
export function say(context: Context, text: string, position?: Position): void {
  context.reasons.push(position ? { text, position } : { text });
}

export function line(position: Position | undefined): string {
  return position ? ` (line ${position.line})` : '';
}
