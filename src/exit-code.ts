/** Decides the exit code from a report and the failing level (ESLint's convention). */
import type { FileProblem, ProblemId, Report } from './model/report.js';
import { findingsOf, isActiveProblem } from './render/findings.js';

export const FAIL_ON_LEVELS = ['gate', 'error', 'warning', 'never'] as const;
export type FailOn = (typeof FAIL_ON_LEVELS)[number];

/**
 * The problems that fail `--fail-on gate`: a card that could not be read, parsed or checked, since
 * then nothing is known of its gate. Other errors (an expired waiver, a contradiction in `ai_act`)
 * fail from `--fail-on error` up.
 */
export const GATE_PROBLEM_IDS: readonly ProblemId[] = [
  'card-syntax',
  'card-unreadable',
  'file-skipped',
  'internal-error',
];

function failsGate(problem: FileProblem): boolean {
  return isActiveProblem(problem) && problem.severity === 'error' && GATE_PROBLEM_IDS.includes(problem.ruleId);
}

/** 1 when anything reaches the level: a blocked release always does, unless the level is `never`. */
export function exitCodeFor(report: Report, failOn: FailOn): 0 | 1 {
  return failureReason(report, failOn) === null ? 0 : 1;
}

/**
 * Why the run fails at this level, in words ("release blocked for 1 model card: …"), or null when it
 * does not: printed with exit code 1, so that a failure never goes unexplained.
 */
export function failureReason(report: Report, failOn: FailOn): string | null {
  if (failOn === 'never') return null;
  const blocked = report.files.filter((file) => file.gate.blocked);
  if (blocked.length)
    return `release blocked for ${blocked.length} model card${blocked.length === 1 ? '' : 's'}: ${blocked
      .map((file) => `${file.path} (${(file.gate.blockedBy ?? []).join(', ') || 'see the gate'})`)
      .join(', ')}`;
  if (failOn === 'gate') {
    const failing = report.files.filter((file) => file.problems.some(failsGate));
    if (!failing.length) return null;
    return `${failing.length} model card${failing.length === 1 ? '' : 's'} could not be read or checked: ${failing
      .map((file) => `${file.path} (${file.problems.find(failsGate)!.ruleId})`)
      .join(', ')}`;
  }
  const levels = failOn === 'error' ? ['error'] : ['error', 'warning'];
  const failing = report.files.filter((file) => findingsOf(file).some((finding) => levels.includes(finding.severity)));
  if (!failing.length) return null;
  return `findings at or above --fail-on ${failOn} in ${failing.length} model card${failing.length === 1 ? '' : 's'}: ${failing
    .map((file) => file.path)
    .join(', ')}`;
}
