/**
 * The report of a run from its files' reports: the summary counts and, under a policy, its sources and
 * the entries that matched nothing. Apart from the checker, so that a run served from the cache loads
 * none of it.
 */
import type { FileReport, Report } from './model/report.js';
import { REPORT_SCHEMA_VERSION } from './model/report.js';
import { countGaps, findingsOf, isActiveProblem } from './render/findings.js';
import { VERSION } from './version.js';
import { EMPTY_POLICY, type Policy } from './config/types.js';
import { today, unusedPolicyEntries } from './config/apply-policy.js';

export function buildReport(files: FileReport[], ruleCount: number, policy: Policy = EMPTY_POLICY, now?: Date): Report {
  const summary = { files: files.length, errors: 0, warnings: 0, notices: 0, blocked: 0, gaps: 0, problems: 0 };
  for (const file of files) {
    if (file.gate.blocked) summary.blocked++;
    for (const finding of findingsOf(file)) {
      if (finding.severity === 'error') summary.errors++;
      else if (finding.severity === 'warning') summary.warnings++;
      else summary.notices++;
    }
    summary.gaps += countGaps(file);
    summary.problems += file.problems.filter(isActiveProblem).length;
  }
  const report: Report = {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: 'ai-act-gate', version: VERSION },
    ruleset: { count: ruleCount },
    files,
    summary,
  };
  if (policy.sources.length > 0) {
    report.policy = { sources: policy.sources, asOf: policy.asOf ?? today(now), releaseDate: policy.releaseDate };
    const warnings = unusedPolicyEntries(
      policy,
      files.map((file) => file.path),
    );
    if (warnings.length) report.policyWarnings = warnings;
  }
  return report;
}
