/** Tier ids and flags as defined by the checklist. */
import type { Position } from './position.js';

export const TIERS = ['not-gpai', 'gpai-open-source', 'gpai', 'gpai-systemic-risk', 'modification', 'unknown'] as const;
export type Tier = (typeof TIERS)[number];

/** One step of the tier decision, with the card line it rests on. */
export interface TierReason {
  text: string;
  position?: Position;
}

export interface Classification {
  id: Tier;
  /** Estimated or stated training compute of the largest model described, FLOP. */
  computeFlops: number | null;
  reasons: TierReason[];
  flags: string[];
  /** The models this one is derived from, as the card names them in front matter or prose (not guessed from a title). */
  baseModels?: { id: string; position: Position }[];
}
