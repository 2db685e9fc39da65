/**
 * What the card claims about its own status — in the `ai_act` block or in prose — kept apart from what
 * its figures show, so the report can show both and flag contradictions.
 */
import { mayMatch } from '../facts/required-literals.js';
import type { CardFacts } from '../model/card.js';
import type { Position } from '../model/position.js';
import { AI_ACT_LINK_KEYS, type AiActBlock, type AiActLinkKey, type BlockField } from './ai-act-block.js';
import { cardSubjectCues, clauseSubjects, ownNames } from '../facts/subject/index.js';
import { excerpt, proseText, sentencesIn } from './card-text.js';
import { classifyData, type ClassifyData } from './classify-data.js';

export interface Claim<T> {
  value: T;
  source: 'ai_act' | 'prose' | 'tags';
  /** The key or the sentence it was read from. */
  text: string;
  position?: Position;
}

export interface TierClaims {
  provider?: Claim<string>;
  establishedInEu?: Claim<boolean>;
  gpai?: Claim<boolean>;
  /** true: the card says it has systemic risk; false: it says it has not. */
  systemicRisk?: Claim<boolean>;
  /** The card says the Commission designated it (Art 51(1)(b)). */
  designated?: Claim<boolean>;
  trainingComputeFlops?: Claim<number>;
  openSourceExemption?: Claim<boolean>;
  /** Documents the `ai_act` block links to, by key. */
  links: Partial<Record<AiActLinkKey, Claim<string[]>>>;
  /** Statements that disagree with each other (block vs prose). */
  conflicts: string[];
}

export function readClaims(
  facts: CardFacts,
  block: AiActBlock | null,
  data: ClassifyData = classifyData(),
): TierClaims {
  const fromBlock = <T>(field: BlockField<T> | undefined, key: string): Claim<T> | undefined =>
    field ? { value: field.value, source: 'ai_act', text: `ai_act.${key}`, position: field.position } : undefined;
  const claims: TierClaims = {
    provider: fromBlock(block?.provider, 'provider'),
    establishedInEu: fromBlock(block?.establishedInEu, 'established_in_eu'),
    gpai: fromBlock(block?.gpai, 'gpai'),
    systemicRisk: fromBlock(block?.systemicRisk, 'systemic_risk'),
    trainingComputeFlops: fromBlock(block?.trainingComputeFlops, 'training_compute_flops'),
    openSourceExemption: fromBlock(block?.openSourceExemption, 'open_source_exemption'),
    links: {},
    conflicts: [],
  };
  for (const key of AI_ACT_LINK_KEYS) {
    const link = fromBlock(block?.links[key], key);
    if (link) claims.links[key] = link;
  }
  const prose = proseSystemicClaims(facts, data);
  if (prose.designated) claims.designated = prose.designated;
  if (prose.systemicRisk) {
    if (!claims.systemicRisk) claims.systemicRisk = prose.systemicRisk;
    else if (claims.systemicRisk.value !== prose.systemicRisk.value) {
      claims.conflicts.push(
        `ai_act.systemic_risk: ${claims.systemicRisk.value} (line ${claims.systemicRisk.position?.line}) but the text says ` +
          `"${prose.systemicRisk.text}" (line ${prose.systemicRisk.position?.line})`,
      );
    }
  }
  return claims;
}

/**
 * Tags first, then the first clause about this model that denies or claims systemic risk, and any
 * designation. Clauses about models in general ("models above 10^25 FLOP are presumed …"), about
 * another model ("Big-Other is a GPAI model with systemic risk; Wren-7B is not") and hypotheticals
 * ("if the model exceeded …") claim nothing for it.
 */
function proseSystemicClaims(
  facts: CardFacts,
  data: ClassifyData,
): { systemicRisk?: Claim<boolean>; designated?: Claim<boolean> } {
  const cues = data.cues.systemicRisk;
  const found: { systemicRisk?: Claim<boolean>; designated?: Claim<boolean> } = {};
  for (let index = 0; facts.metadata.has(`tags.${index}`); index++) {
    const tag = facts.metadata.get(`tags.${index}`);
    if (typeof tag?.value === 'string' && cues.tags.includes(tag.value.toLowerCase())) {
      found.systemicRisk = { value: true, source: 'tags', text: `tag ${tag.value}`, position: tag.position };
      break;
    }
  }
  const prose = proseText(facts);
  // A pattern that matches nowhere in the text matches no sentence of it: most cards skip the sentence walk.
  const lowered = prose.toLowerCase();
  const present = (patterns: RegExp[]): RegExp[] =>
    patterns.filter((pattern) => mayMatch(pattern, lowered) && pattern.test(prose));
  const designation = present(cues.designation);
  const denials = present(cues.denials);
  const claims = present(cues.claims);
  if (designation.length + denials.length + claims.length === 0) return found;
  const subjectCues = cardSubjectCues(facts);
  const own = ownNames(facts, subjectCues);
  for (const sentence of sentencesIn(prose, facts.bodyStart, prose.length)) {
    const claim = (value: boolean): Claim<boolean> => ({
      value,
      source: 'prose',
      text: excerpt(sentence.text),
      position: facts.positionAt(sentence.start),
    });
    let previous: 'claim' | 'denial' | null = null;
    for (const { clause, verdict } of clauseSubjects(sentence.text, own, subjectCues)) {
      const text = clause.text;
      const reading = denials.some((pattern) => pattern.test(text))
        ? 'denial'
        : claims.some((pattern) => pattern.test(text))
          ? 'claim'
          : null;
      const about = previous;
      previous = reading;
      // Only what the card says of its own model: not an explanation of the thresholds, not "if …".
      if (verdict.subject !== 'this-model' || subjectCues.hypothetical.test(text)) continue;
      if (!found.designated && designation.some((pattern) => pattern.test(text)) && !/\b(?:not|never|no)\b/i.test(text))
        found.designated = claim(true);
      if (found.systemicRisk) continue;
      if (reading === 'denial') found.systemicRisk = claim(false);
      else if (reading === 'claim') found.systemicRisk = claim(true);
      // "…; Wren-7B is not": an elliptical clause denies what the clause before it claimed of another model.
      else if (about === 'claim' && ELLIPTICAL_DENIAL.test(text)) found.systemicRisk = claim(false);
    }
  }
  return found;
}

/** "Wren-7B is not.", "ours does not", "this model isn't": the predicate left out, negated. */
const ELLIPTICAL_DENIAL = /^\s*[^,;:]{1,60}?\s(?:is|does|has|was)(?: not|n['’]t)(?: one)?\s*[.!]?\s*$/i;
