/** The tier decision used by the checker. */
import type { ExtendedFacts } from '../facts/extract-facts.js';
import type { Classification } from '../model/tier.js';

export function classifyCard(_facts: ExtendedFacts): Classification {
  return { id: 'gpai', computeFlops: null, reasons: [{ text: 'tier not yet estimated: every card is treated as gpai' }], flags: [] };
}
