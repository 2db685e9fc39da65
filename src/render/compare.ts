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
}

export { isGap };

export function compareReports(base: FileReport | null, head: FileReport): Comparison {
  const headGaps = head.rules.filter(isGap);
  if (!base) return { path: head.path, newGaps: headGaps, fixedGaps: [], tierChange: null, isNewCard: true };
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
  };
}
