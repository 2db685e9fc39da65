import { createRequire as __aagCreateRequire } from 'node:module'; const require = __aagCreateRequire(import.meta.url);
import {
  require_picomatch
} from "./chunk-G7S77VK7.js";
import {
  ConfigError
} from "./chunk-V6QSAUCR.js";
import {
  __toESM
} from "./chunk-UIU2T2WH.js";

// src/config/apply-policy.ts
var import_picomatch = __toESM(require_picomatch(), 1);
import { posix } from "node:path";

// src/model/report.ts
var REPORT_SCHEMA_VERSION = "1.1.0";
var PROBLEM_IDS = {
  /** Front matter YAML, Markdown structure, text encoding. */
  "card-syntax": "The card's YAML front matter, Markdown or text encoding cannot be read as written",
  /** Not found, not a regular file, binary. */
  "card-unreadable": "The file cannot be read as a model card",
  /** Above --max-size, over the time budget or the memory bound: not checked. */
  "file-skipped": "The file was not checked (size limit, time budget or memory bound)",
  /** The checker failed on this card. */
  "internal-error": "The checker failed on this card",
  /** An `ai_act` value of the wrong type, or an unknown key. */
  "ai-act-invalid": "A value of the ai_act front-matter block has the wrong type, or the key is unknown",
  /** The `ai_act` block claims what the card's own figures or licence contradict. */
  "ai-act-contradiction": "The ai_act block claims what the card's own figures or licence contradict",
  /** A policy waiver for this card has passed its expiry date. */
  "waiver-expired": "A policy waiver of one of this card's gaps has expired"
};

// src/config/apply-policy.ts
function pathMatches(glob, path) {
  return (0, import_picomatch.default)(glob, { dot: true })(path.replace(/\\/g, "/").replace(/^\.\//, ""));
}
function policyPath(policy, path) {
  const forward = path.replace(/\\/g, "/");
  if (!policy.cardPathBase || forward.startsWith("/") || /^[A-Za-z]:\//.test(forward)) return forward;
  return posix.normalize(posix.join(policy.cardPathBase, forward));
}
function policySelects(policy, path) {
  const fromRoot = policyPath(policy, path);
  if (policy.ignore.some((glob) => pathMatches(glob, fromRoot))) return false;
  return policy.paths.length === 0 || policy.paths.some((glob) => pathMatches(glob, fromRoot));
}
function tierOverrideFor(policy, path) {
  const fromRoot = policyPath(policy, path);
  return policy.tierOverrides.find((entry) => pathMatches(entry.path, fromRoot)) ?? null;
}
function unusedPolicyEntries(policy, paths) {
  const fromRoot = paths.map((path) => policyPath(policy, path));
  const unused = (glob) => !fromRoot.some((path) => pathMatches(glob, path));
  const where = policy.cardPathBase ? ` (paths are matched from the repository root; this run is in ${policy.cardPathBase}/)` : "";
  return [
    ...policy.waivers.filter((waiver) => unused(waiver.path)).map((waiver) => ({
      source: `${waiver.from.source}:${waiver.from.line}`,
      message: `the waiver of ${waiver.rule} for "${waiver.path}" matches none of the ${paths.length} checked card(s)${where}`
    })),
    ...policy.tierOverrides.filter((entry) => unused(entry.path)).map((entry) => ({
      source: `${entry.from.source}:${entry.from.line}`,
      message: `the tier override for "${entry.path}" matches none of the ${paths.length} checked card(s)${where}`
    }))
  ];
}
function checkPolicyRuleIds(policy, rules) {
  const known = new Set(rules.map((rule) => rule.id));
  const unknown = (id) => !known.has(id) && !Object.hasOwn(PROBLEM_IDS, id);
  const hint = `expected one of the ${known.size} rule ids (see the README's rule table) or a finding id (${Object.keys(PROBLEM_IDS).join(", ")})`;
  for (const [id, setting] of Object.entries(policy.rules)) {
    if (unknown(id))
      throw new ConfigError(`${setting.from.source}:${setting.from.line}: rules: unknown rule "${id}"; ${hint}`);
  }
  for (const waiver of policy.waivers) {
    if (unknown(waiver.rule))
      throw new ConfigError(
        `${waiver.from.source}:${waiver.from.line}: waivers: unknown rule "${waiver.rule}"; ${hint}`
      );
  }
}
function dueDate(rule, releaseDate) {
  if (!rule.inForceFrom) return null;
  if (releaseDate && releaseDate < rule.inForceFrom && rule.earlierModelsFrom) return rule.earlierModelsFrom;
  return rule.inForceFrom;
}
function applyPolicyToResults(results, rules, path, policy, dates, severityOf) {
  const problems = [];
  const ruleById = new Map(rules.map((rule) => [rule.id, rule]));
  for (const result of results) {
    const rule = ruleById.get(result.id);
    if (!rule) continue;
    const setting = policy.rules[result.id];
    if (setting && !setting.enabled) result.enabled = false;
    if (result.status === "met") continue;
    let severity = severityOf(setting?.severity ?? rule.severity, result.status, result.required);
    const due = dueDate(rule, dates.releaseDate);
    if (due && dates.asOf < due) {
      result.dueFrom = due;
      if (severity === "error") severity = "warning";
    }
    if (result.enabled === false) severity = "notice";
    result.severity = severity;
  }
  for (const waiver of policy.waivers) {
    if (!pathMatches(waiver.path, policyPath(policy, path))) continue;
    const result = results.find((candidate) => candidate.id === waiver.rule);
    if (!result || result.status === "met" || result.enabled === false) continue;
    if (waiver.expires < dates.asOf) problems.push(expiredWaiver(waiver));
    else if (!result.waiver) {
      result.waiver = waiverNote(waiver);
      result.severity = "notice";
    }
  }
  return problems;
}
function expiredWaiver(waiver) {
  return {
    ruleId: "waiver-expired",
    message: `The waiver of ${waiver.rule} (owner ${waiver.owner}) expired on ${waiver.expires}: document the duty, or renew the waiver with a new expiry date. It said: ${waiver.reason}`,
    line: waiver.from.line,
    column: 1,
    severity: "error",
    file: waiver.from.source
  };
}
function waiverNote(waiver) {
  return {
    reason: waiver.reason,
    owner: waiver.owner,
    expires: waiver.expires,
    source: `${waiver.from.source}:${waiver.from.line}`
  };
}
function applyPolicyToProblems(problems, path, policy, asOf) {
  for (const problem of problems) {
    const setting = policy.rules[problem.ruleId];
    if (setting?.severity) problem.severity = setting.severity;
    if (setting && !setting.enabled) {
      problem.enabled = false;
      problem.severity = "notice";
      continue;
    }
    const waiver = policy.waivers.find(
      (entry) => entry.rule === problem.ruleId && entry.expires >= asOf && pathMatches(entry.path, policyPath(policy, path))
    );
    if (waiver) {
      problem.waiver = waiverNote(waiver);
      problem.severity = "notice";
    }
  }
}
var DAY_MS = 864e5;
var currentDay = null;
function today(now) {
  if (now) return now.toISOString().slice(0, 10);
  const ms = Date.now();
  const index = Math.floor(ms / DAY_MS);
  if (currentDay?.index !== index) currentDay = { index, date: new Date(ms).toISOString().slice(0, 10) };
  return currentDay.date;
}

export {
  REPORT_SCHEMA_VERSION,
  PROBLEM_IDS,
  policySelects,
  tierOverrideFor,
  unusedPolicyEntries,
  checkPolicyRuleIds,
  applyPolicyToResults,
  applyPolicyToProblems,
  today
};
