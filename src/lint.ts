/** The pure core: card text + ruleset → one file's report (parse → facts → classify → evaluate → gate). */
import { parseCard } from './parse/parse-card.js';
import { extractFacts } from './facts/extract-facts.js';
import { evaluateRule, severityOf } from './evaluate/evaluate.js';
import type { Ruleset } from './ruleset/load-rules.js';
import type { FileReport, FileProblem, Gate, ProblemId } from './model/report.js';
import type { Classification } from './model/tier.js';
import { classifyCard, reportTier, unknownTier } from './classify/index.js';
import { readAiActBlock } from './classify/ai-act-block.js';
import { decideGate } from './classify/gate.js';
import { addHubFacts, classifyDataWithBases, type HubFacts } from './hub/hub-facts.js';
import { classifyData } from './classify/classify-data.js';
import { EMPTY_POLICY, type Policy } from './config/types.js';
import { familyFields } from './families/normalise.js';
import { applyPolicyToProblems, applyPolicyToResults, tierOverrideFor, today } from './config/apply-policy.js';

/**
 * Checks one card. The policy (a config's severities, waivers, tier overrides and dates) is
 * optional; duties are always dated, as of the policy's `as-of` or today.
 */
export function checkCard(
  path: string,
  text: string,
  ruleset: Ruleset,
  policy: Policy = EMPTY_POLICY,
  now?: Date,
  hub?: HubFacts,
): FileReport {
  const parsed = parseCard(text);
  const facts = extractFacts(parsed, ruleset.vocabulary);
  if (hub) addHubFacts(facts, hub);
  const suggested = classifyCard(facts, hub?.bases ? classifyDataWithBases(classifyData(), hub.bases) : undefined);
  const override = tierOverrideFor(policy, path);
  const classification = override ? overrideTier(suggested, override) : suggested;
  const context = { facts, classification };
  const rules = ruleset.rules.map((rule) => evaluateRule(rule, context));
  const block = readAiActBlock(facts);
  const dates = { asOf: policy.asOf ?? today(now), releaseDate: policy.releaseDate ?? statedReleaseDate(block) };
  const problems: FileProblem[] = facts.problems.map((problem) => ({
    ruleId: 'card-syntax',
    message: problem.message,
    line: problem.position.line,
    column: problem.position.column,
    severity: 'error',
  }));
  problems.push(...applyPolicyToResults(rules, ruleset.rules, path, policy, dates, severityOf));
  for (const problem of block?.problems ?? []) {
    problems.push({
      ruleId: 'ai-act-invalid',
      message: problem.message,
      line: problem.position.line,
      column: problem.position.column,
      severity: 'warning',
    });
  }
  // A claim that the card's own figures or licence contradict is itself a finding, at the claim.
  const claimLine = block?.position ?? facts.frontMatterPosition;
  for (const contradiction of classification.contradictions) {
    problems.push({
      ruleId: 'ai-act-contradiction',
      message: `Contradiction: ${contradiction}`,
      line: claimLine.line,
      column: claimLine.column,
      severity: 'warning',
    });
  }
  applyPolicyToProblems(problems, path, policy, dates.asOf);
  const statusOf = (ruleId: string) => rules.find((rule) => rule.id === ruleId)?.status ?? 'missing';
  const gate: Gate =
    override && override.tier !== 'gpai-systemic-risk' ? gateLiftedBy(override) : decideGate(classification, statusOf);
  // A gap that blocks the release is an error whatever its status: the one thing to fix first.
  for (const rule of rules) {
    if (!gate.blockedBy?.includes(rule.id)) continue;
    rule.blocker = true;
    rule.severity = 'error';
  }
  const tier = reportTier(classification);
  if (override)
    tier.override = {
      suggested: suggested.id,
      justification: override.justification,
      source: `${override.from.source}:${override.from.line}`,
    };
  return {
    path,
    titleLine: facts.titlePosition.line,
    tier,
    rules,
    problems,
    gate,
    ...familyFields(path, text),
  };
}

type TierOverride = NonNullable<ReturnType<typeof tierOverrideFor>>;

/** The policy's tier replaces the suggested one; the justification leads the reasons. */
function overrideTier<T extends Classification>(suggested: T, override: TierOverride): T {
  const reason = {
    text: `Tier set by the policy (${override.from.source}:${override.from.line}) instead of ${suggested.id}: ${override.justification}`,
  };
  // The card's own reasons stay as the record of why it suggested another tier; its conclusion gives way.
  const suggestedReasons = suggested.reasons.filter((entry) => !/^→ tier /.test(entry.text));
  suggestedReasons.push({
    text: `→ tier ${override.tier} (set by the policy; the card alone suggests ${suggested.id})`,
  });
  return { ...suggested, id: override.tier, reasons: [reason, ...suggestedReasons] };
}

/** A tier set below systemic risk by a justified override is not gated: the justification is the record. */
function gateLiftedBy(override: TierOverride): Gate {
  return {
    blocked: false,
    reasons: [
      `Not gated: the policy sets the tier to ${override.tier} (${override.from.source}:${override.from.line}): ${override.justification}`,
    ],
    blockedBy: [],
  };
}

/** `ai_act.release_date`, when it starts with an ISO date. */
function statedReleaseDate(block: ReturnType<typeof readAiActBlock>): string | null {
  const value = block?.links.release_date?.value[0];
  return value && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : null;
}

/** A file that could not be read or is not a card at all: reported, never thrown. */
export function unreadableFile(
  path: string,
  message: string,
  ruleId: Extract<ProblemId, 'card-unreadable' | 'file-skipped' | 'internal-error'> = 'card-unreadable',
): FileReport {
  return {
    path,
    titleLine: 1,
    tier: unknownTier(message),
    rules: [],
    problems: [{ ruleId, message, line: 1, column: 1, severity: 'error' }],
    gate: { blocked: false, reasons: [], blockedBy: [] },
  };
}

export { buildReport } from './build-report.js';
