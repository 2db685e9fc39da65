/**
 * The positioned messages of a file report (shaped like vfile-message): required gaps and card
 * problems. Every renderer shows these; recommendations for duties that do not apply are left out.
 */
import type { FileReport, RuleResult } from '../model/report.js';
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
}

/** What would satisfy a gap: the rule's message, worded for the partial case when only part is there. */
export function gapMessage(rule: RuleResult): string {
  const message = rule.message ?? '';
  // Rule messages are written for the missing case ("Missing X; expected …").
  return rule.status === 'partial' ? message.replace(/^Missing /, 'Incomplete ') : message;
}

/** What the policy did to a rule, for a status cell: "off", "waived until … (owner)", "applies from …"; empty when nothing. */
export function policyNote(rule: RuleResult): string {
  if (rule.enabled === false) return 'off';
  const notes: string[] = [];
  if (rule.waiver) notes.push(`waived until ${rule.waiver.expires} (${rule.waiver.owner})`);
  if (rule.dueFrom) notes.push(`applies from ${rule.dueFrom}`);
  return notes.join('; ');
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };

export function findingsOf(file: FileReport): Finding[] {
  const findings: Finding[] = file.problems.map((problem) => ({
    ruleId: 'card-syntax',
    severity: problem.severity,
    message: problem.message,
    line: problem.line,
    column: problem.column,
    citation: '',
    url: '',
  }));
  for (const rule of file.rules) {
    if (rule.status === 'met' || !rule.required || rule.enabled === false) continue;
    const gap =
      rule.status === 'partial'
        ? `${gapMessage(rule)}${rule.evidence ? ` Found: "${rule.evidence}".` : ''}`
        : gapMessage(rule);
    const message = `${rule.waiver ? `Waived until ${rule.waiver.expires} (owner ${rule.waiver.owner}: ${rule.waiver.reason}). ` : ''}${gap}${rule.dueFrom ? ` (Applies from ${rule.dueFrom}.)` : ''}`;
    findings.push({
      ruleId: rule.id,
      severity: rule.severity,
      message,
      line: rule.line ?? file.titleLine,
      column: rule.column ?? 1,
      citation: rule.citation,
      url: rule.url,
      status: rule.status,
    });
  }
  return findings.sort(
    (a, b) =>
      a.line - b.line || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.ruleId.localeCompare(b.ruleId),
  );
}
