/**
 * The one vocabulary of results every renderer uses (text, JSON summary, Markdown, comment, job
 * summary, annotations, SARIF, Action outputs): what a gap is, how many there are, and the
 * positioned messages of a file report (shaped like vfile-message) — release blockers first, then
 * problems and gaps by line. Recommendations for duties that do not apply are left out.
 */
import type { FileProblem, FileReport, Report, RuleResult } from '../model/report.js';
import type { Severity } from '../model/rule.js';

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  citation: string;
  url: string;
  status?: 'partial' | 'missing';
  /** The gap blocks the release. */
  blocker?: true;
  /** The file the line is in when it is not the card (an expired waiver's policy file). */
  file?: string;
}

/** A duty the card's tier makes apply and the card does not (fully) meet, unless the policy turns it off or waives it. */
export function isGap(rule: RuleResult): boolean {
  return rule.required && rule.status !== 'met' && rule.enabled !== false && !rule.waiver;
}

/** A problem that counts: not turned off by the policy. */
export function isActiveProblem(problem: FileProblem): boolean {
  return problem.enabled !== false;
}

export function countGaps(file: FileReport): number {
  let gaps = 0;
  for (const rule of file.rules) if (isGap(rule)) gaps++;
  return gaps;
}

/** The totals every format prints: the same numbers in text, JSON, Markdown, comment and Action outputs. */
export function reportTotals(report: Report): { cards: number; blockers: number; gaps: number; problems: number } {
  let gaps = 0;
  let problems = 0;
  for (const file of report.files) {
    gaps += countGaps(file);
    problems += file.problems.filter(isActiveProblem).length;
  }
  return {
    cards: report.files.length,
    blockers: report.files.filter((file) => file.gate.blocked).length,
    gaps,
    problems,
  };
}

/** The rule's message (already worded by status when the card was checked). */
export function gapMessage(rule: RuleResult): string {
  return rule.message ?? '';
}

/** What the policy did to a rule, for a status cell: "off", "waived until … (owner)", "applies from …"; empty when nothing. */
export function policyNote(rule: Pick<RuleResult, 'enabled' | 'waiver' | 'dueFrom'>): string {
  if (rule.enabled === false) return 'off';
  const notes: string[] = [];
  if (rule.waiver) notes.push(`waived until ${rule.waiver.expires} (${rule.waiver.owner})`);
  if (rule.dueFrom) notes.push(`applies from ${rule.dueFrom}`);
  return notes.join('; ');
}

/**
 * Only the reasons that block (the rules to document), and why the gate applies at all. The gate's
 * other reasons ("evaluation-results is met") explain a decision; they are not what blocks it.
 */
export function blockingReasons(file: FileReport): { blocking: string[]; why: string | null } {
  if (!file.gate.blocked) return { blocking: [], why: null };
  const blocking = file.gate.reasons.filter((reason) => /^blocked\b/i.test(reason));
  const why = file.gate.reasons.find((reason) => /release gate applies/i.test(reason)) ?? null;
  return {
    blocking: (blocking.length ? blocking : file.gate.reasons).map((reason) => reason.replace(/^blocked:\s*/i, '')),
    why:
      why && blocking.length ? why.replace(/^Systemic-risk release gate applies: /, 'the gate applies because ') : null,
  };
}

/** The blocking reasons as lines, the gate's trigger last in parentheses. */
export function blockingLines(file: FileReport): string[] {
  const { blocking, why } = blockingReasons(file);
  return why ? [...blocking, `(${why})`] : blocking;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };

export function findingsOf(file: FileReport): Finding[] {
  const findings: Finding[] = [];
  for (const problem of file.problems) {
    if (!isActiveProblem(problem)) continue;
    const waived = problem.waiver
      ? `Waived until ${problem.waiver.expires} (owner ${problem.waiver.owner}: ${problem.waiver.reason}). `
      : '';
    const finding: Finding = {
      ruleId: problem.ruleId,
      severity: problem.severity,
      message: `${waived}${problem.message}`,
      line: problem.line,
      column: problem.column,
      citation: '',
      url: '',
    };
    if (problem.file) finding.file = problem.file;
    findings.push(finding);
  }
  for (const rule of file.rules) {
    if (rule.status === 'met' || !rule.required || rule.enabled === false) continue;
    const message = `${rule.waiver ? `Waived until ${rule.waiver.expires} (owner ${rule.waiver.owner}: ${rule.waiver.reason}). ` : ''}${gapMessage(rule)}${rule.dueFrom ? ` (Applies from ${rule.dueFrom}.)` : ''}`;
    const finding: Finding = {
      ruleId: rule.id,
      severity: rule.severity ?? 'notice',
      message: rule.blocker ? `Blocks the release: ${message}` : message,
      line: rule.line ?? file.titleLine,
      column: rule.column ?? 1,
      citation: rule.citation,
      url: rule.url,
      status: rule.status,
    };
    if (rule.blocker) finding.blocker = true;
    findings.push(finding);
  }
  return findings.sort(
    (a, b) =>
      Number(!!b.blocker) - Number(!!a.blocker) ||
      Number(!!a.file) - Number(!!b.file) ||
      a.line - b.line ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      a.ruleId.localeCompare(b.ruleId),
  );
}
