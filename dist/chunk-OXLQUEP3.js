import { createRequire as __aagCreateRequire } from 'node:module'; const require = __aagCreateRequire(import.meta.url);

// src/render/findings.ts
function gapMessage(rule) {
  const message = rule.message ?? "";
  return rule.status === "partial" ? message.replace(/^Missing /, "Incomplete ") : message;
}
function policyNote(rule) {
  if (rule.enabled === false) return "off";
  const notes = [];
  if (rule.waiver) notes.push(`waived until ${rule.waiver.expires} (${rule.waiver.owner})`);
  if (rule.dueFrom) notes.push(`applies from ${rule.dueFrom}`);
  return notes.join("; ");
}
var SEVERITY_ORDER = { error: 0, warning: 1, notice: 2 };
function findingsOf(file) {
  const findings = file.problems.map((problem) => ({
    ruleId: "card-syntax",
    severity: problem.severity,
    message: problem.message,
    line: problem.line,
    column: problem.column,
    citation: "",
    url: ""
  }));
  for (const rule of file.rules) {
    if (rule.status === "met" || !rule.required || rule.enabled === false) continue;
    const gap = rule.status === "partial" ? `${gapMessage(rule)}${rule.evidence ? ` Found: "${rule.evidence}".` : ""}` : gapMessage(rule);
    const message = `${rule.waiver ? `Waived until ${rule.waiver.expires} (owner ${rule.waiver.owner}: ${rule.waiver.reason}). ` : ""}${gap}${rule.dueFrom ? ` (Applies from ${rule.dueFrom}.)` : ""}`;
    findings.push({
      ruleId: rule.id,
      severity: rule.severity,
      message,
      line: rule.line ?? file.titleLine,
      column: rule.column ?? 1,
      citation: rule.citation,
      url: rule.url,
      status: rule.status
    });
  }
  return findings.sort(
    (a, b) => a.line - b.line || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.ruleId.localeCompare(b.ruleId)
  );
}

// src/render/compare.ts
function isGap(rule) {
  return rule.required && rule.status !== "met" && rule.enabled !== false && !rule.waiver;
}
function compareReports(base, head) {
  const headGaps = head.rules.filter(isGap);
  if (!base) return { path: head.path, newGaps: headGaps, fixedGaps: [], tierChange: null, isNewCard: true };
  const baseGapIds = new Set(base.rules.filter(isGap).map((rule) => rule.id));
  const headGapIds = new Set(headGaps.map((rule) => rule.id));
  const headById = new Map(head.rules.map((rule) => [rule.id, rule]));
  return {
    path: head.path,
    newGaps: headGaps.filter((rule) => !baseGapIds.has(rule.id)),
    fixedGaps: base.rules.filter((rule) => isGap(rule) && !headGapIds.has(rule.id)).map((rule) => headById.get(rule.id) ?? rule),
    tierChange: base.tier.id !== head.tier.id ? { from: base.tier.id, to: head.tier.id } : null,
    isNewCard: false
  };
}

export {
  gapMessage,
  policyNote,
  findingsOf,
  isGap,
  compareReports
};
