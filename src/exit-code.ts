/** Decides the exit code from a report and the failing level (ESLint's convention). */
import type { Report } from './model/report.js';
import { findingsOf } from './render/findings.js';

export const FAIL_ON_LEVELS = ['gate', 'error', 'warning', 'never'] as const;
export type FailOn = (typeof FAIL_ON_LEVELS)[number];

/** 1 when anything reaches the level: a blocked release always does, unless the level is `never`. */
export function exitCodeFor(report: Report, failOn: FailOn): 0 | 1 {
  if (failOn === 'never') return 0;
  if (report.files.some((file) => file.gate.blocked)) return 1;
  if (failOn === 'gate') return report.files.some((file) => file.problems.some((p) => p.severity === 'error')) ? 1 : 0;
  const levels = failOn === 'error' ? ['error'] : ['error', 'warning'];
  return report.files.some((file) => findingsOf(file).some((finding) => levels.includes(finding.severity))) ? 1 : 0;
}
