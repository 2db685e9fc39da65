/** The pure core: card text + ruleset → one file's report (parse → facts → classify → evaluate → gate). */
import { parseCard } from './parse/parse-card.js';
import { extractFacts } from './facts/extract-facts.js';
import { evaluateRule } from './evaluate/evaluate.js';
import type { Ruleset } from './ruleset/load-rules.js';
import type { FileReport, FileProblem, Report } from './model/report.js';
import { REPORT_SCHEMA_VERSION } from './model/report.js';
import { classifyCard, reportTier, unknownTier } from './classify/index.js';
import { readAiActBlock } from './classify/ai-act-block.js';
import { decideGate } from './classify/gate.js';
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
  const block = readAiActBlock(facts);
  for (const problem of block?.problems ?? []) {
    problems.push({ message: problem.message, line: problem.position.line, column: problem.position.column, severity: 'warning' });
  }
  // A claim that the card's own figures or licence contradict is itself a finding, at the claim.
  const claimLine = block?.position ?? facts.frontMatterPosition;
  for (const contradiction of classification.contradictions) {
    problems.push({ message: `Contradiction: ${contradiction}`, line: claimLine.line, column: claimLine.column, severity: 'warning' });
  }
  const statusOf = (ruleId: string) => rules.find((rule) => rule.id === ruleId)?.status ?? 'missing';
  const gate = decideGate(classification, statusOf);
  return { path, titleLine: facts.titlePosition.line, tier: reportTier(classification), rules, problems, gate };
}

/** A file that could not be read or is not a card at all: reported, never thrown. */
export function unreadableFile(path: string, message: string): FileReport {
  return {
    path,
    titleLine: 1,
    tier: unknownTier(message),
    rules: [],
    problems: [{ message, line: 1, column: 1, severity: 'error' }],
    gate: { blocked: false, reasons: [] },
  };
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
