/**
 * The release gate (checklist.md, act-requirements.md §7.5): a model that claims systemic risk, or whose
 * compute exceeds 1e25 FLOP, may not ship until its evaluation and adversarial-testing reports are there.
 */
import type { Classification } from '../model/tier.js';
import type { AiActLinkKey } from './ai-act-block.js';
import type { TierClaims } from './claims.js';
import { formatNumber, SYSTEMIC_FLOP } from './thresholds.js';

export type EvidenceStatus = 'met' | 'partial' | 'missing';

export interface GateDecision {
  blocked: boolean;
  reasons: string[];
  /** The rules whose gaps block the release. */
  blockedBy: string[];
}

/** The rules the gate needs met, and the `ai_act` link that can stand in for each. */
const REQUIRED: { ruleId: string; link: AiActLinkKey; what: string }[] = [
  {
    ruleId: 'evaluation-results',
    link: 'evaluation_reports',
    what: 'evaluation results (Annex XI §2 point 1; Art. 55(1)(a))',
  },
  {
    ruleId: 'adversarial-testing',
    link: 'adversarial_testing',
    what: 'adversarial testing (Annex XI §2 point 2; Art. 55(1)(a))',
  },
];

export function decideGate(
  classification: Classification & { claims?: TierClaims },
  statusOf: (ruleId: string) => EvidenceStatus,
): GateDecision {
  const { claims } = classification;
  const triggers: string[] = [];
  if (claims?.designated?.value) triggers.push(`the card states a Commission designation (${claims.designated.text})`);
  if (claims?.systemicRisk?.value) triggers.push(`the card claims systemic risk (${claims.systemicRisk.text})`);
  // A modification's figures are the original model's: they do not make the modifier a systemic-risk provider.
  if (
    classification.id !== 'modification' &&
    classification.computeFlops !== null &&
    classification.computeFlops > SYSTEMIC_FLOP
  ) {
    triggers.push(`its training compute ${formatNumber(classification.computeFlops)} FLOP exceeds 1e25 (Art. 51(2))`);
  }
  if (classification.id === 'gpai-systemic-risk' && !triggers.length) triggers.push('its tier is gpai-systemic-risk');
  if (!triggers.length) {
    return {
      blocked: false,
      reasons: ['Not gated: no systemic-risk claim or designation, and training compute not above 1e25 FLOP'],
      blockedBy: [],
    };
  }
  const reasons = [`Systemic-risk release gate applies: ${triggers.join('; ')}`];
  const blockedBy: string[] = [];
  for (const { ruleId, link, what } of REQUIRED) {
    const status = statusOf(ruleId);
    const linked = claims?.links[link];
    if (status === 'met') reasons.push(`${ruleId} is met`);
    else if (linked)
      reasons.push(
        `${ruleId} is ${status} in the text, but ai_act.${link} links the reports (${linked.value.join(', ')})`,
      );
    else {
      blockedBy.push(ruleId);
      reasons.push(
        `Blocked: ${ruleId} is ${status}; the ${what} must be documented, or linked from ai_act.${link}, before release`,
      );
    }
  }
  return { blocked: blockedBy.length > 0, reasons, blockedBy };
}
