import { createRequire as __aagCreateRequire } from 'node:module'; const require = __aagCreateRequire(import.meta.url);

// src/render/findings.ts
function isGap(rule) {
  return rule.required && rule.status !== "met" && rule.enabled !== false && !rule.waiver;
}
function isActiveProblem(problem) {
  return problem.enabled !== false;
}
function countGaps(file) {
  let gaps = 0;
  for (const rule of file.rules) if (isGap(rule)) gaps++;
  return gaps;
}
function reportTotals(report) {
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
    problems
  };
}
function gapMessage(rule) {
  return rule.message ?? "";
}
function policyNote(rule) {
  if (rule.enabled === false) return "off";
  const notes = [];
  if (rule.waiver) notes.push(`waived until ${rule.waiver.expires} (${rule.waiver.owner})`);
  if (rule.dueFrom) notes.push(`applies from ${rule.dueFrom}`);
  return notes.join("; ");
}
function blockingReasons(file) {
  if (!file.gate.blocked) return { blocking: [], why: null };
  const blocking = file.gate.reasons.filter((reason) => /^blocked\b/i.test(reason));
  const why = file.gate.reasons.find((reason) => /release gate applies/i.test(reason)) ?? null;
  return {
    blocking: (blocking.length ? blocking : file.gate.reasons).map((reason) => reason.replace(/^blocked:\s*/i, "")),
    why: why && blocking.length ? why.replace(/^Systemic-risk release gate applies: /, "the gate applies because ") : null
  };
}
function blockingLines(file) {
  const { blocking, why } = blockingReasons(file);
  return why ? [...blocking, `(${why})`] : blocking;
}
var SEVERITY_ORDER = { error: 0, warning: 1, notice: 2 };
function findingsOf(file) {
  const findings = [];
  for (const problem of file.problems) {
    if (!isActiveProblem(problem)) continue;
    const waived = problem.waiver ? `Waived until ${problem.waiver.expires} (owner ${problem.waiver.owner}: ${problem.waiver.reason}). ` : "";
    const finding = {
      ruleId: problem.ruleId,
      severity: problem.severity,
      message: `${waived}${problem.message}`,
      line: problem.line,
      column: problem.column,
      citation: "",
      url: ""
    };
    if (problem.file) finding.file = problem.file;
    findings.push(finding);
  }
  for (const rule of file.rules) {
    if (rule.status === "met" || !rule.required || rule.enabled === false) continue;
    const message = `${rule.waiver ? `Waived until ${rule.waiver.expires} (owner ${rule.waiver.owner}: ${rule.waiver.reason}). ` : ""}${gapMessage(rule)}${rule.dueFrom ? ` (Applies from ${rule.dueFrom}.)` : ""}`;
    const finding = {
      ruleId: rule.id,
      severity: rule.severity ?? "notice",
      message: rule.blocker ? `Blocks the release: ${message}` : message,
      line: rule.line ?? file.titleLine,
      column: rule.column ?? 1,
      citation: rule.citation,
      url: rule.url,
      status: rule.status
    };
    if (rule.blocker) finding.blocker = true;
    findings.push(finding);
  }
  return findings.sort(
    (a, b) => Number(!!b.blocker) - Number(!!a.blocker) || Number(!!a.file) - Number(!!b.file) || a.line - b.line || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.ruleId.localeCompare(b.ruleId)
  );
}

export {
  isGap,
  isActiveProblem,
  countGaps,
  reportTotals,
  gapMessage,
  policyNote,
  blockingReasons,
  blockingLines,
  findingsOf
};
