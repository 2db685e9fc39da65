/**
 * One card read the way `check` reads it (parse → facts → classify → evaluate), keeping the facts and
 * the classification that drafting fills from: the report alone has no figures or positions of facts.
 */
import { parseCard, type ParsedCard } from '../parse/parse-card.js';
import { extractFacts, type ExtendedFacts } from '../facts/extract-facts.js';
import { classifyCard, type TierClassification } from '../classify/index.js';
import { evaluateRule } from '../evaluate/evaluate.js';
import type { Ruleset } from '../ruleset/load-rules.js';
import type { RuleResult } from '../model/report.js';

export interface CardAnalysis {
  parsed: ParsedCard;
  facts: ExtendedFacts;
  classification: TierClassification;
  results: RuleResult[];
}

export function analyseCard(text: string, ruleset: Ruleset): CardAnalysis {
  const parsed = parseCard(text);
  const facts = extractFacts(parsed, ruleset.vocabulary);
  const classification = classifyCard(facts);
  const results = ruleset.rules.map((rule) => evaluateRule(rule, { facts, classification }));
  return { parsed, facts, classification, results };
}

/** The result of one rule, or undefined when the ruleset has no such rule. */
export function resultOf(analysis: CardAnalysis, ruleId: string): RuleResult | undefined {
  return analysis.results.find((result) => result.id === ruleId);
}
