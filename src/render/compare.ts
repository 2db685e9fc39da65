/** What a pull request changes in one card's verdict against the base branch: gaps opened, gaps closed, tier moved. */
import type { FileReport, RuleResult } from '../model/report.js';
import type { Tier } from '../model/tier.js';
import { isGap } from './findings.js';

export interface Comparison {
  /** The head card's path: how a renderer matches a comparison to a card. */
  path: string;
  /** Gaps at the head that the base did not have (head results). */
  newGaps: RuleResult[];
  /** Gaps of the base that the head no longer has (the head's result when the rule is still there). */
  fixedGaps: RuleResult[];
  tierChange: { from: Tier; to: Tier } | null;
  /** No base version: every gap is new and there is no tier to compare with. */
  isNewCard: boolean;
  /** Required duties met at the base (null for a new card); absent in records of older versions. */
  baseDocumented?: number | null;
}

/** The duties a card's tier requires (those the policy turns off aside), how many are met, how many partly. */
export function dutyCounts(file: FileReport): { required: number; met: number; partial: number } {
  let required = 0;
  let met = 0;
  let partial = 0;
  for (const rule of file.rules) {
    if (!rule.required || rule.enabled === false) continue;
    required++;
    if (rule.status === 'met') met++;
    else if (rule.status === 'partial') partial++;
  }
  return { required, met, partial };
}

export { isGap };

export function compareReports(base: FileReport | null, head: FileReport): Comparison {
  const headGaps = head.rules.filter(isGap);
  if (!base)
    return {
      path: head.path,
      newGaps: headGaps,
      fixedGaps: [],
      tierChange: null,
      isNewCard: true,
      baseDocumented: null,
    };
  const baseGapIds = new Set(base.rules.filter(isGap).map((rule) => rule.id));
  const headGapIds = new Set(headGaps.map((rule) => rule.id));
  const headById = new Map(head.rules.map((rule) => [rule.id, rule]));
  return {
    path: head.path,
    newGaps: headGaps.filter((rule) => !baseGapIds.has(rule.id)),
    fixedGaps: base.rules
      .filter((rule) => isGap(rule) && !headGapIds.has(rule.id))
      .map((rule) => headById.get(rule.id) ?? rule),
    tierChange: base.tier.id !== head.tier.id ? { from: base.tier.id, to: head.tier.id } : null,
    isNewCard: false,
    baseDocumented: dutyCounts(base).met,
  };
}
