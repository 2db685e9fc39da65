import { createRequire as __aagCreateRequire } from 'node:module'; const require = __aagCreateRequire(import.meta.url);
import {
  REPORT_SCHEMA_VERSION,
  today,
  unusedPolicyEntries
} from "./chunk-PLPMFADU.js";
import {
  VERSION
} from "./chunk-G7S77VK7.js";
import {
  countGaps,
  findingsOf,
  isActiveProblem
} from "./chunk-KAMNI3PN.js";
import {
  EMPTY_POLICY
} from "./chunk-V6QSAUCR.js";

// src/build-report.ts
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
  buildReport
};
