/**
 * What a policy does to one card's verdicts (pure): the tier it sets, severities and rules turned
 * off, waivers (an expired one is itself a finding), and duties that do not apply yet on the as-of
 * date. The verdicts themselves (met / partial / missing) never change.
 */
import { posix } from 'node:path';
import picomatch from 'picomatch';
import { PROBLEM_IDS, type FileProblem, type RuleResult } from '../model/report.js';
import type { Severity } from '../model/rule.js';
import type { CompiledRule } from '../ruleset/validate-rule.js';
import { ConfigError, type Policy } from './types.js';

/** Card paths are matched from the repository root, with forward slashes. */
export function pathMatches(glob: string, path: string): boolean {
  return picomatch(glob, { dot: true })(path.replace(/\\/g, '/').replace(/^\.\//, ''));
}

/**
 * A card's path from the repository root, as the policy's globs are written: the check may run in a
 * subfolder (`cardPathBase`, the folder from the root) and name cards relative to it.
 */
export function policyPath(policy: Pick<Policy, 'cardPathBase'>, path: string): string {
  const forward = path.replace(/\\/g, '/');
  if (!policy.cardPathBase || forward.startsWith('/') || /^[A-Za-z]:\//.test(forward)) return forward;
  return posix.normalize(posix.join(policy.cardPathBase, forward));
}

/** Whether the policy's `paths` and `ignore` select a card. */
export function policySelects(policy: Policy, path: string): boolean {
  const fromRoot = policyPath(policy, path);
  if (policy.ignore.some((glob) => pathMatches(glob, fromRoot))) return false;
  return policy.paths.length === 0 || policy.paths.some((glob) => pathMatches(glob, fromRoot));
}

/** The first tier override covering the card (the repository's own come before its bases'). */
export function tierOverrideFor(policy: Policy, path: string): Policy['tierOverrides'][number] | null {
  const fromRoot = policyPath(policy, path);
  return policy.tierOverrides.find((entry) => pathMatches(entry.path, fromRoot)) ?? null;
}

/**
 * Waivers and tier overrides whose path matches none of the checked cards: a typo or a moved card
 * would otherwise silently waive nothing. Worded for the report, each naming its policy line.
 */
export function unusedPolicyEntries(policy: Policy, paths: readonly string[]): { message: string; source: string }[] {
  const fromRoot = paths.map((path) => policyPath(policy, path));
  const unused = (glob: string) => !fromRoot.some((path) => pathMatches(glob, path));
  const where = policy.cardPathBase
    ? ` (paths are matched from the repository root; this run is in ${policy.cardPathBase}/)`
    : '';
  return [
    ...policy.waivers
      .filter((waiver) => unused(waiver.path))
      .map((waiver) => ({
        source: `${waiver.from.source}:${waiver.from.line}`,
        message: `the waiver of ${waiver.rule} for "${waiver.path}" matches none of the ${paths.length} checked card(s)${where}`,
      })),
    ...policy.tierOverrides
      .filter((entry) => unused(entry.path))
      .map((entry) => ({
        source: `${entry.from.source}:${entry.from.line}`,
        message: `the tier override for "${entry.path}" matches none of the ${paths.length} checked card(s)${where}`,
      })),
  ];
}

/** Rule ids the policy names that no loaded rule has: a typo would otherwise silently do nothing. */
export function checkPolicyRuleIds(policy: Policy, rules: readonly { id: string }[]): void {
  const known = new Set(rules.map((rule) => rule.id));
  const unknown = (id: string): boolean => !known.has(id) && !Object.hasOwn(PROBLEM_IDS, id);
  const hint = `expected one of the ${known.size} rule ids (see the README's rule table) or a finding id (${Object.keys(PROBLEM_IDS).join(', ')})`;
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
): FileProblem[] {
  const problems: FileProblem[] = [];
  const ruleById = new Map(rules.map((rule) => [rule.id, rule]));
  for (const result of results) {
    const rule = ruleById.get(result.id);
    if (!rule) continue;
    const setting = policy.rules[result.id];
    if (setting && !setting.enabled) result.enabled = false;
    // A met duty is no finding: it has no severity, whatever the policy says.
    if (result.status === 'met') continue;
    let severity = severityOf(setting?.severity ?? rule.severity, result.status, result.required);
    const due = dueDate(rule, dates.releaseDate);
    if (due && dates.asOf < due) {
      result.dueFrom = due;
      if (severity === 'error') severity = 'warning';
    }
    if (result.enabled === false) severity = 'notice';
    result.severity = severity;
  }
  for (const waiver of policy.waivers) {
    if (!pathMatches(waiver.path, policyPath(policy, path))) continue;
    const result = results.find((candidate) => candidate.id === waiver.rule);
    if (!result || result.status === 'met' || result.enabled === false) continue;
    if (waiver.expires < dates.asOf) problems.push(expiredWaiver(waiver));
    else if (!result.waiver) {
      result.waiver = waiverNote(waiver);
      result.severity = 'notice';
    }
  }
  return problems;
}

/** An expired waiver: a finding at the waiver's line in the policy file, where it is to be renewed or removed. */
function expiredWaiver(waiver: Policy['waivers'][number]): FileProblem {
  return {
    ruleId: 'waiver-expired',
    message: `The waiver of ${waiver.rule} (owner ${waiver.owner}) expired on ${waiver.expires}: document the duty, or renew the waiver with a new expiry date. It said: ${waiver.reason}`,
    line: waiver.from.line,
    column: 1,
    severity: 'error',
    file: waiver.from.source,
  };
}

function waiverNote(waiver: Policy['waivers'][number]): NonNullable<RuleResult['waiver']> {
  return {
    reason: waiver.reason,
    owner: waiver.owner,
    expires: waiver.expires,
    source: `${waiver.from.source}:${waiver.from.line}`,
  };
}

/**
 * Applies the policy to the card's other findings (problems), which have ids of their own: `rules:`
 * may turn a kind off or set its severity, and a waiver naming the id covers it until it expires.
 */
export function applyPolicyToProblems(problems: FileProblem[], path: string, policy: Policy, asOf: string): void {
  for (const problem of problems) {
    const setting = policy.rules[problem.ruleId];
    if (setting?.severity) problem.severity = setting.severity;
    if (setting && !setting.enabled) {
      problem.enabled = false;
      problem.severity = 'notice';
      continue;
    }
    const waiver = policy.waivers.find(
      (entry) =>
        entry.rule === problem.ruleId && entry.expires >= asOf && pathMatches(entry.path, policyPath(policy, path)),
    );
    if (waiver) {
      problem.waiver = waiverNote(waiver);
      problem.severity = 'notice';
    }
  }
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
