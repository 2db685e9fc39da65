import { createRequire as __aagCreateRequire } from 'node:module'; const require = __aagCreateRequire(import.meta.url);
import {
  findingsOf,
  isActiveProblem
} from "./chunk-KAMNI3PN.js";

// src/exit-code.ts
var FAIL_ON_LEVELS = ["gate", "error", "warning", "never"];
var GATE_PROBLEM_IDS = [
  "card-syntax",
  "card-unreadable",
  "file-skipped",
  "internal-error"
];
function failsGate(problem) {
  return isActiveProblem(problem) && problem.severity === "error" && GATE_PROBLEM_IDS.includes(problem.ruleId);
}
function exitCodeFor(report, failOn) {
  return failureReason(report, failOn) === null ? 0 : 1;
}
function failureReason(report, failOn) {
  if (failOn === "never") return null;
  const blocked = report.files.filter((file) => file.gate.blocked);
  if (blocked.length)
    return `release blocked for ${blocked.length} model card${blocked.length === 1 ? "" : "s"}: ${blocked.map((file) => `${file.path} (${(file.gate.blockedBy ?? []).join(", ") || "see the gate"})`).join(", ")}`;
  if (failOn === "gate") {
    const failing2 = report.files.filter((file) => file.problems.some(failsGate));
    if (!failing2.length) return null;
    return `${failing2.length} model card${failing2.length === 1 ? "" : "s"} could not be read or checked: ${failing2.map((file) => `${file.path} (${file.problems.find(failsGate).ruleId})`).join(", ")}`;
  }
  const levels = failOn === "error" ? ["error"] : ["error", "warning"];
  const failing = report.files.filter((file) => findingsOf(file).some((finding) => levels.includes(finding.severity)));
  if (!failing.length) return null;
  return `findings at or above --fail-on ${failOn} in ${failing.length} model card${failing.length === 1 ? "" : "s"}: ${failing.map((file) => file.path).join(", ")}`;
}

export {
  FAIL_ON_LEVELS,
  exitCodeFor,
  failureReason
};
