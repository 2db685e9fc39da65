/**
 * What a policy does to one card's verdicts (pure): the tier it sets, severities and rules turned
 * off, waivers (an expired one is itself a finding), and duties that do not apply yet on the as-of
 * date. The verdicts themselves (met / partial / missing) never change.
 */
import picomatch from 'picomatch';
import type { FileProblem, RuleResult } from '../model/report.js';
import type { Severity } from '../model/rule.js';
import type { CompiledRule } from '../ruleset/validate-rule.js';
import { ConfigError, type Policy } from './types.js';

/** Card paths are matched from the repository root, with forward slashes. */
export function pathMatches(glob: string, path: string): boolean {
  return picomatch(glob, { dot: true })(path.replace(/\\/g, '/').replace(/^\.\//, ''));
}

/** Whether the policy's `paths` and `ignore` select a card. */
export function policySelects(policy: Policy, path: string): boolean {
  if (policy.ignore.some((glob) => pathMatches(glob, path))) return false;
  return policy.paths.length === 0 || policy.paths.some((glob) => pathMatches(glob, path));
}

/** The first tier override covering the card (the repository's own come before its bases'). */
export function tierOverrideFor(policy: Policy, path: string): Policy['tierOverrides'][number] | null {
  return policy.tierOverrides.find((entry) => pathMatches(entry.path, path)) ?? null;
}

/** Rule ids the policy names that no loaded rule has: a typo would otherwise silently do nothing. */
export function checkPolicyRuleIds(policy: Policy, rules: readonly { id: string }[]): void {
  const known = new Set(rules.map((rule) => rule.id));
  const unknown = (id: string): boolean => !known.has(id);
  const hint = `expected one of the ${known.size} rule ids (see the README's rule table)`;
  for (const [id, setting] of Object.entries(policy.rules)) {
    if (unknown(id))
      throw new ConfigError(`${setting.from.source}:${setting.from.line}: rules: unknown rule "${id}"; ${hint}`);
  }
  for (const waiver of policy.waivers) {
    if (unknown(waiver.rule))
      throw new ConfigError(
        `${waiver.from.source}:${waiver.from.line}: waivers: unknown rule "${waiver.rule}"; ${hint}`,
      );
  }
}

export interface PolicyDates {
  /** YYYY-MM-DD the duties are judged at. */
  asOf: string;
  /** When the model was placed on the market, from the policy or the card's `ai_act.release_date`. */
  releaseDate: string | null;
}

/**
 * The date a rule's duty applies to this model: its `inForceFrom`, or for a model placed on the
 * market before that date, its `earlierModelsFrom` (Art. 111(3)) when it has one.
 */
export function dueDate(
  rule: Pick<CompiledRule, 'inForceFrom' | 'earlierModelsFrom'>,
  releaseDate: string | null,
): string | null {
  if (!rule.inForceFrom) return null;
  if (releaseDate && releaseDate < rule.inForceFrom && rule.earlierModelsFrom) return rule.earlierModelsFrom;
  return rule.inForceFrom;
}

/** Adjusts one card's rule results in place; returns findings the policy itself causes (expired waivers). */
export function applyPolicyToResults(
  results: RuleResult[],
  rules: readonly CompiledRule[],
  path: string,
  policy: Policy,
  dates: PolicyDates,
  severityOf: (ruleSeverity: Severity, status: RuleResult['status'], required: boolean) => Severity,
  titleLine: number,
): FileProblem[] {
  const problems: FileProblem[] = [];
  const ruleById = new Map(rules.map((rule) => [rule.id, rule]));
  for (const result of results) {
    const rule = ruleById.get(result.id);
    if (!rule) continue;
    const setting = policy.rules[result.id];
    let severity = severityOf(setting?.severity ?? rule.severity, result.status, result.required);
    const due = dueDate(rule, dates.releaseDate);
    if (due && dates.asOf < due) {
      result.dueFrom = due;
      if (severity === 'error') severity = 'warning';
    }
    if (setting && !setting.enabled) {
      result.enabled = false;
      severity = 'notice';
    }
    result.severity = severity;
  }
  for (const waiver of policy.waivers) {
    if (!pathMatches(waiver.path, path)) continue;
    const result = results.find((candidate) => candidate.id === waiver.rule);
    if (!result || result.status === 'met' || result.enabled === false) continue;
    const source = `${waiver.from.source}:${waiver.from.line}`;
    if (waiver.expires < dates.asOf) {
      problems.push({
        message: `The waiver of ${waiver.rule} (owner ${waiver.owner}, ${source}) expired on ${waiver.expires}: document the duty, or renew the waiver with a new expiry date. It said: ${waiver.reason}`,
        line: result.line ?? titleLine,
        column: result.column ?? 1,
        severity: 'error',
      });
    } else if (!result.waiver) {
      result.waiver = { reason: waiver.reason, owner: waiver.owner, expires: waiver.expires, source };
      result.severity = 'notice';
    }
  }
  return problems;
}

const DAY_MS = 86_400_000;
let currentDay: { index: number; date: string } | null = null;

/** Today as YYYY-MM-DD (UTC); formatted once a day, not once per card. */
export function today(now?: Date): string {
  if (now) return now.toISOString().slice(0, 10);
  const ms = Date.now();
  const index = Math.floor(ms / DAY_MS);
  if (currentDay?.index !== index) currentDay = { index, date: new Date(ms).toISOString().slice(0, 10) };
  return currentDay.date;
}
