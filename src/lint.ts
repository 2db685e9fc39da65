/** The pure core: card text + ruleset → one file's report (parse → facts → classify → evaluate → gate). */
import { parseCard } from './parse/parse-card.js';
import { extractFacts, type ExtendedFacts } from './facts/extract-facts.js';
import { evaluateRule } from './evaluate/evaluate.js';
import type { Ruleset } from './ruleset/load-rules.js';
import type { FileReport, FileProblem, Report, Gate, RuleResult } from './model/report.js';
import { REPORT_SCHEMA_VERSION } from './model/report.js';
import type { Classification } from './model/tier.js';
import { classifyCard } from './classify/index.js';
import { VERSION } from './version.js';

export function checkCard(path: string, text: string, ruleset: Ruleset): FileReport {
  const parsed = parseCard(text);
  const facts = extractFacts(parsed, ruleset.vocabulary);
  const classification = classifyCard(facts);
  const context = { facts, classification };
  const rules = ruleset.rules.map((rule) => evaluateRule(rule, context));
  const problems: FileProblem[] = facts.problems.map((problem) => ({
    message: problem.message,
    line: problem.position.line,
    column: problem.position.column,
    severity: 'error',
  }));
  return { path, titleLine: facts.titlePosition.line, tier: classification, rules, problems, gate: decideGate(classification, rules, facts) };
}

/** A file that could not be read or is not a card at all: reported, never thrown. */
export function unreadableFile(path: string, message: string): FileReport {
  return {
    path,
    titleLine: 1,
    tier: { id: 'unknown', computeFlops: null, reasons: [{ text: message }], flags: [] },
    rules: [],
    problems: [{ message, line: 1, column: 1, severity: 'error' }],
    gate: { blocked: false, reasons: [] },
  };
}

function decideGate(classification: Classification, rules: RuleResult[], _facts: ExtendedFacts): Gate {
  const systemic = classification.id === 'gpai-systemic-risk';
  if (!systemic) return { blocked: false, reasons: [] };
  const reasons = rules
    .filter((rule) => (rule.id === 'evaluation-results' || rule.id === 'adversarial-testing') && rule.status !== 'met')
    .map((rule) => `${rule.id} is ${rule.status} (${rule.citation}); a systemic-risk model may not be released without it`);
  return { blocked: reasons.length > 0, reasons };
}

export function buildReport(files: FileReport[], ruleCount: number): Report {
  const summary = { files: files.length, errors: 0, warnings: 0, notices: 0, blocked: 0 };
  for (const file of files) {
    if (file.gate.blocked) summary.blocked++;
    for (const problem of file.problems) count(problem.severity);
    for (const rule of file.rules) if (rule.status !== 'met' && rule.required) count(rule.severity);
  }
  return { schemaVersion: REPORT_SCHEMA_VERSION, tool: { name: 'ai-act-gate', version: VERSION }, ruleset: { count: ruleCount }, files, summary };

  function count(severity: string): void {
    if (severity === 'error') summary.errors++;
    else if (severity === 'warning') summary.warnings++;
    else summary.notices++;
  }
}
