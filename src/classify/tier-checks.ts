/** What accompanies a tier: flags for declared uses and generative output, and contradictions between claims and figures. */
import type { CardFacts } from '../model/card.js';
import type { Tier } from '../model/tier.js';
import type { ClassifyData } from './classify-data.js';
import { formatNumber as fmt, SYSTEMIC_FLOP } from './thresholds.js';
import { line, say, type Context } from './tier-context.js';
import { useFlags } from './use-flags.js';

/** Annex III and Art 5 flags from declared uses, `art-50` from generative output; each with its reason. */
export function collectFlags(context: Context, facts: CardFacts, data: ClassifyData): string[] {
  const flags: string[] = [];
  const uses = useFlags(facts, data);
  for (const mention of uses.flagged) {
    if (!flags.includes(mention.flag)) flags.push(mention.flag);
    say(
      context,
      `Flag ${mention.flag}: a declared use falls under ${mention.what}: "${mention.quote}"${line(mention.position)}`,
      mention.position,
    );
  }
  for (const mention of uses.excluded) {
    say(
      context,
      `Good sign: ${mention.what} is named as out of scope: "${mention.quote}"${line(mention.position)}`,
      mention.position,
    );
  }
  const { task } = context;
  if (task.kind === 'generative' && task.modalities.length) {
    flags.push('art-50');
    say(
      context,
      `Flag art-50: generates synthetic ${task.modalities.join(', ')}; systems built on it must mark outputs as AI-generated (Art. 50(2))`,
      task.evidence?.position,
    );
  }
  return flags;
}

/** The card's claims against its own figures (docs/ai-act-block.md, cross-checks). */
export function crossCheck(context: Context, id: Tier): string[] {
  const { claims, compute, licence, weights, flops } = context;
  const found = [...claims.conflicts];
  const claimedFlops = claims.trainingComputeFlops;
  if (claimedFlops && compute.value !== null) {
    const ratio = Math.max(claimedFlops.value, compute.value) / Math.min(claimedFlops.value, compute.value);
    if (ratio > 3) {
      found.push(
        `ai_act.training_compute_flops ${fmt(claimedFlops.value)}${line(claimedFlops.position)} is ${fmt(ratio)}× away from the card's own estimate ${fmt(compute.value)} FLOP (${compute.method})`,
      );
    }
  }
  const exemption = claims.openSourceExemption;
  if (exemption?.value) {
    if (licence.qualifiesOpenSource === 'no')
      found.push(
        `ai_act.open_source_exemption: true${line(exemption.position)}, but the licence ${licence.id} does not qualify: ${licence.reason}`,
      );
    if (id === 'gpai-systemic-risk')
      found.push(
        `ai_act.open_source_exemption: true${line(exemption.position)}, but the exemption never applies to a model with systemic risk (Art. 53(2))`,
      );
    if (!weights.public)
      found.push(`ai_act.open_source_exemption: true${line(exemption.position)}, but ${weights.reason}`);
  }
  const denial = claims.systemicRisk?.value === false ? claims.systemicRisk : undefined;
  if (denial && flops !== null && flops > SYSTEMIC_FLOP) {
    found.push(
      `The card says it has no systemic risk (${denial.text}${line(denial.position)}), but its figures give ${fmt(flops)} FLOP > 1e25 (Art. 51(2))`,
    );
  }
  if (claims.gpai?.value === false && (id === 'gpai' || id === 'gpai-open-source' || id === 'gpai-systemic-risk')) {
    found.push(
      `ai_act.gpai: false${line(claims.gpai.position)}, but the card's figures make it a general-purpose AI model (${id})`,
    );
  }
  if (claims.gpai?.value === true && id === 'not-gpai') {
    found.push(
      `ai_act.gpai: true${line(claims.gpai.position)}, but the card's figures or task make it no general-purpose AI model`,
    );
  }
  return found;
}
