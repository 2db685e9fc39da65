/** Judges every rule on one card: met / partial / missing with its evidence, then whether it is required. */
import type { CompiledRule } from '../ruleset/validate-rule.js';
import type { RuleResult, Status } from '../model/report.js';
import type { Severity } from '../model/rule.js';
import { formatCitations, citationUrl } from '../ruleset/format-citation.js';
import type { MatchContext } from './context.js';
import { predicates } from './predicates/index.js';
import { runMatcher } from './matchers/registry.js';
import { facetSetsOf, gapMessageFor } from './gap-message.js';

export function evaluateRule(rule: CompiledRule, context: MatchContext): RuleResult {
  const metHit = runMatcher(rule.met, context);
  const partialHit = metHit ? null : rule.partial ? runMatcher(rule.partial, context) : null;
  const hit = metHit ?? partialHit;
  const status: Status = metHit ? 'met' : partialHit ? 'partial' : 'missing';
  const required = isRequired(rule, context);
  const { citation, url } = citationOf(rule);
  const result: RuleResult = {
    id: rule.id,
    status,
    required,
    line: hit ? hit.position.line : null,
    column: hit ? hit.position.column : null,
    severity: severityOf(rule.severity, status, required),
    citation,
    url,
  };
  if (status === 'met') delete result.severity;
  else
    result.message = hit
      ? gapMessageFor(
          rule.message,
          status,
          { quote: hit.quote, line: hit.position.line, text: context.facts.text },
          facetSetsFor(rule),
        )
      : missingMessageOf(rule);
  if (hit) result.evidence = hit.quote;
  return result;
}

// A rule's facet sets and its missing-case message are the same for every card: worked out once.
const facetSets = new WeakMap<CompiledRule, string[][]>();
function facetSetsFor(rule: CompiledRule): string[][] {
  let sets = facetSets.get(rule);
  if (!sets) facetSets.set(rule, (sets = [...facetSetsOf(rule.met), ...facetSetsOf(rule.partial)]));
  return sets;
}
const missingMessages = new WeakMap<CompiledRule, string>();
function missingMessageOf(rule: CompiledRule): string {
  let message = missingMessages.get(rule);
  if (message === undefined) missingMessages.set(rule, (message = gapMessageFor(rule.message, 'missing')));
  return message;
}

// The same for every card: formatted once per rule (and shared by all its results).
const citations = new WeakMap<CompiledRule['citations'], { citation: string; url: string }>();
function citationOf(rule: CompiledRule): { citation: string; url: string } {
  let formatted = citations.get(rule.citations);
  if (!formatted)
    citations.set(
      rule.citations,
      (formatted = { citation: formatCitations(rule.citations), url: citationUrl(rule.citations[0]) }),
    );
  return formatted;
}

/** Whether the card's tier (and the rule's extra condition) makes the duty apply. */
export function isRequired(rule: CompiledRule, context: MatchContext): boolean {
  if (!rule.appliesTo.includes(context.classification.id)) return false;
  return rule.requiredWhen ? predicates[rule.requiredWhen](context) !== null : true;
}

/**
 * A required duty that is missing carries the rule's severity; a partial one is at most a warning;
 * anything not required is a notice (a recommendation, never a failure).
 */
export function severityOf(ruleSeverity: Severity, status: Status, required: boolean): Severity {
  if (!required || status === 'met') return 'notice';
  if (status === 'partial') return ruleSeverity === 'error' ? 'warning' : ruleSeverity;
  return ruleSeverity;
}
