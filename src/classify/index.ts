/**
 * The tier decision as the checker and its report use it: the classifier's result, plus the
 * JSON-ready summary of it (compute method and range, claims, contradictions, licence verdict).
 */
import type { CardFacts } from '../model/card.js';
import type { Classification } from '../model/tier.js';
import type { ReportTier } from '../model/report.js';
import { classifyTier, type TierClassification } from './classify-tier.js';
import type { ClassifyData } from './classify-data.js';

export type { TierClassification };

/** `data`: the shipped tables unless given (with base models read from the Hub, for instance). */
export function classifyCard(facts: CardFacts, data?: ClassifyData): TierClassification {
  return classifyTier(facts, data);
}

/** What the JSON report shows of a classification: every field a reviewer needs to check the tier. */
export function reportTier(classification: TierClassification): ReportTier {
  const { compute, claims, licence } = classification;
  const claim = <T>(value: { value: T; text: string; position?: { line: number } } | undefined) =>
    value ? { value: value.value, source: value.text, line: value.position?.line ?? null } : null;
  return {
    id: classification.id,
    computeFlops: classification.computeFlops,
    computeMethod: compute.value !== null ? compute.method : claims.trainingComputeFlops ? 'claimed' : 'none',
    computeRange:
      compute.low !== undefined && compute.high !== undefined ? { low: compute.low, high: compute.high } : null,
    borderline: classification.borderline,
    reasons: classification.reasons,
    flags: classification.flags,
    claims: {
      gpai: claim(claims.gpai),
      systemicRisk: claim(claims.systemicRisk),
      designated: claim(claims.designated),
      trainingComputeFlops: claim(claims.trainingComputeFlops),
      openSourceExemption: claim(claims.openSourceExemption),
    },
    contradictions: classification.contradictions,
    licence: { id: licence.id, qualifiesOpenSource: licence.qualifiesOpenSource, reason: licence.reason },
  };
}

/** A tier for a file that could not be read: nothing can be decided. */
export function unknownTier(reason: string): ReportTier {
  const base: Classification = { id: 'unknown', computeFlops: null, reasons: [{ text: reason }], flags: [] };
  return {
    ...base,
    computeMethod: 'none',
    computeRange: null,
    borderline: false,
    claims: { gpai: null, systemicRisk: null, designated: null, trainingComputeFlops: null, openSourceExemption: null },
    contradictions: [],
    licence: { id: null, qualifiesOpenSource: 'unclear', reason },
  };
}
