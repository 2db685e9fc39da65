import { createRequire as __aagCreateRequire } from 'node:module'; const require = __aagCreateRequire(import.meta.url);
import {
  classifyCard,
  evaluateRule,
  reportTier,
  severityOf,
  unknownTier
} from "./chunk-MYXRLMEW.js";
import {
  addHubFacts,
  classifyDataWithBases
} from "./chunk-J6OWVH3F.js";
import {
  SYSTEMIC_FLOP,
  classifyData,
  extractFacts,
  formatNumber,
  parseCard,
  readAiActBlock
} from "./chunk-EOQHAWN4.js";
import {
  EMPTY_POLICY,
  REPORT_SCHEMA_VERSION,
  applyPolicyToProblems,
  applyPolicyToResults,
  tierOverrideFor,
  today,
  unusedPolicyEntries
} from "./chunk-VMSX2L7G.js";
import {
  VERSION
} from "./chunk-Y76VXVZL.js";
import {
  countGaps,
  findingsOf,
  isActiveProblem
} from "./chunk-KAMNI3PN.js";

// src/classify/gate.ts
var REQUIRED = [
  {
    ruleId: "evaluation-results",
    link: "evaluation_reports",
    what: "evaluation results (Annex XI \xA72 point 1; Art. 55(1)(a))"
  },
  {
    ruleId: "adversarial-testing",
    link: "adversarial_testing",
    what: "adversarial testing (Annex XI \xA72 point 2; Art. 55(1)(a))"
  }
];
function decideGate(classification, statusOf) {
  const { claims } = classification;
  const triggers = [];
  if (claims?.designated?.value) triggers.push(`the card states a Commission designation (${claims.designated.text})`);
  if (claims?.systemicRisk?.value) triggers.push(`the card claims systemic risk (${claims.systemicRisk.text})`);
  if (classification.id !== "modification" && classification.computeFlops !== null && classification.computeFlops > SYSTEMIC_FLOP) {
    triggers.push(`its training compute ${formatNumber(classification.computeFlops)} FLOP exceeds 1e25 (Art. 51(2))`);
  }
  if (classification.id === "gpai-systemic-risk" && !triggers.length) triggers.push("its tier is gpai-systemic-risk");
  if (!triggers.length) {
    return {
      blocked: false,
      reasons: ["Not gated: no systemic-risk claim or designation, and training compute not above 1e25 FLOP"],
      blockedBy: []
    };
  }
  const reasons = [`Systemic-risk release gate applies: ${triggers.join("; ")}`];
  const blockedBy = [];
  for (const { ruleId, link, what } of REQUIRED) {
    const status = statusOf(ruleId);
    const linked = claims?.links[link];
    if (status === "met") reasons.push(`${ruleId} is met`);
    else if (linked)
      reasons.push(
        `${ruleId} is ${status} in the text, but ai_act.${link} links the reports (${linked.value.join(", ")})`
      );
    else {
      blockedBy.push(ruleId);
      reasons.push(
        `Blocked: ${ruleId} is ${status}; the ${what} must be documented, or linked from ai_act.${link}, before release`
      );
    }
  }
  return { blocked: blockedBy.length > 0, reasons, blockedBy };
}

// src/lint.ts
function checkCard(path, text, ruleset, policy = EMPTY_POLICY, now, hub) {
  const parsed = parseCard(text);
  const facts = extractFacts(parsed, ruleset.vocabulary);
  if (hub) addHubFacts(facts, hub);
  const suggested = classifyCard(facts, hub?.bases ? classifyDataWithBases(classifyData(), hub.bases) : void 0);
  const override = tierOverrideFor(policy, path);
  const classification = override ? overrideTier(suggested, override) : suggested;
  const context = { facts, classification };
  const rules = ruleset.rules.map((rule) => evaluateRule(rule, context));
  const block = readAiActBlock(facts);
  const dates = { asOf: policy.asOf ?? today(now), releaseDate: policy.releaseDate ?? statedReleaseDate(block) };
  const problems = facts.problems.map((problem) => ({
    ruleId: "card-syntax",
    message: problem.message,
    line: problem.position.line,
    column: problem.position.column,
    severity: "error"
  }));
  problems.push(...applyPolicyToResults(rules, ruleset.rules, path, policy, dates, severityOf));
  for (const problem of block?.problems ?? []) {
    problems.push({
      ruleId: "ai-act-invalid",
      message: problem.message,
      line: problem.position.line,
      column: problem.position.column,
      severity: "warning"
    });
  }
  const claimLine = block?.position ?? facts.frontMatterPosition;
  for (const contradiction of classification.contradictions) {
    problems.push({
      ruleId: "ai-act-contradiction",
      message: `Contradiction: ${contradiction}`,
      line: claimLine.line,
      column: claimLine.column,
      severity: "warning"
    });
  }
  applyPolicyToProblems(problems, path, policy, dates.asOf);
  const statusOf = (ruleId) => rules.find((rule) => rule.id === ruleId)?.status ?? "missing";
  const gate = override && override.tier !== "gpai-systemic-risk" ? gateLiftedBy(override) : decideGate(classification, statusOf);
  for (const rule of rules) {
    if (!gate.blockedBy?.includes(rule.id)) continue;
    rule.blocker = true;
    rule.severity = "error";
  }
  const tier = reportTier(classification);
  if (override)
    tier.override = {
      suggested: suggested.id,
      justification: override.justification,
      source: `${override.from.source}:${override.from.line}`
    };
  return { path, titleLine: facts.titlePosition.line, tier, rules, problems, gate };
}
function overrideTier(suggested, override) {
  const reason = {
    text: `Tier set by the policy (${override.from.source}:${override.from.line}) instead of ${suggested.id}: ${override.justification}`
  };
  const suggestedReasons = suggested.reasons.filter((entry) => !/^→ tier /.test(entry.text));
  suggestedReasons.push({
    text: `\u2192 tier ${override.tier} (set by the policy; the card alone suggests ${suggested.id})`
  });
  return { ...suggested, id: override.tier, reasons: [reason, ...suggestedReasons] };
}
function gateLiftedBy(override) {
  return {
    blocked: false,
    reasons: [
      `Not gated: the policy sets the tier to ${override.tier} (${override.from.source}:${override.from.line}): ${override.justification}`
    ],
    blockedBy: []
  };
}
function statedReleaseDate(block) {
  const value = block?.links.release_date?.value[0];
  return value && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : null;
}
function unreadableFile(path, message, ruleId = "card-unreadable") {
  return {
    path,
    titleLine: 1,
    tier: unknownTier(message),
    rules: [],
    problems: [{ ruleId, message, line: 1, column: 1, severity: "error" }],
    gate: { blocked: false, reasons: [], blockedBy: [] }
  };
}
function buildReport(files, ruleCount, policy = EMPTY_POLICY, now) {
  const summary = { files: files.length, errors: 0, warnings: 0, notices: 0, blocked: 0, gaps: 0, problems: 0 };
  for (const file of files) {
    if (file.gate.blocked) summary.blocked++;
    for (const finding of findingsOf(file)) {
      if (finding.severity === "error") summary.errors++;
      else if (finding.severity === "warning") summary.warnings++;
      else summary.notices++;
    }
    summary.gaps += countGaps(file);
    summary.problems += file.problems.filter(isActiveProblem).length;
  }
  const report = {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: "ai-act-gate", version: VERSION },
    ruleset: { count: ruleCount },
    files,
    summary
  };
  if (policy.sources.length > 0) {
    report.policy = { sources: policy.sources, asOf: policy.asOf ?? today(now), releaseDate: policy.releaseDate };
    const warnings = unusedPolicyEntries(
      policy,
      files.map((file) => file.path)
    );
    if (warnings.length) report.policyWarnings = warnings;
  }
  return report;
}

export {
  checkCard,
  unreadableFile,
  buildReport
};
