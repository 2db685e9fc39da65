/**
 * The card's likely tier under the AI Act (checklist.md; act-requirements.md §5, §6, §9), with the chain
 * of reasons behind it, the claims the card makes kept apart from its figures, and the flags of its uses.
 */
import type { CardFacts, Quantity } from '../model/card.js';
import type { Classification, Tier } from '../model/tier.js';
import { readAiActBlock } from './ai-act-block.js';
import { readClaims, type TierClaims } from './claims.js';
import { classifyData, type ClassifyData } from './classify-data.js';
import { estimateCompute, type ComputeEstimate } from './estimate-compute.js';
import { analyseLicence, type LicenceVerdict } from './licence.js';
import { readLineage, type Lineage } from './lineage.js';
import { modelSize, ownFigures } from './own-figures.js';
import { taskProfile } from './task-profile.js';
import { formatNumber as fmt, GPAI_FLOP, isBorderline, SYSTEMIC_FLOP } from './thresholds.js';
import { collectFlags, crossCheck } from './tier-checks.js';
import { line, say, type Context } from './tier-context.js';
import { namedModels, type NamedModel } from './known-models.js';
import { derivative, namedKnownModel } from './tier-lineage.js';
import { weightsAvailability } from './weights.js';

export type TierClassification = Classification & {
  compute: ComputeEstimate;
  licence: LicenceVerdict;
  claims: TierClaims;
  contradictions: string[];
  borderline: boolean;
};

/** A generous pre-training budget: a model this small stays below 1e23 FLOP even on it. */
const GENEROUS_TOKENS = 1e13;
/**
 * Audio is far scarcer than text: the largest speech and music corpora hold about a million hours, which
 * at 200 codec tokens per second is under 1e12 tokens.
 */
const GENEROUS_AUDIO_TOKENS = 1e12;
const AUDIO_BUDGET_BASIS =
  'about 1.4 million hours of audio at 200 codec tokens per second, more than the largest published corpora';
/** From this size a generative model is presumed GPAI without compute figures (1e23 needs < 1.7e12 tokens). */
const PRESUMED_GPAI_PARAMETERS = 1e10;

export function classifyTier(facts: CardFacts, data: ClassifyData = classifyData()): TierClassification {
  const claims = readClaims(facts, readAiActBlock(facts), data);
  const compute = estimateCompute(facts, data);
  const context: Context = {
    facts,
    data,
    compute,
    flops: compute.value ?? claims.trainingComputeFlops?.value ?? null,
    licence: analyseLicence(facts, data),
    claims,
    task: taskProfile(facts, data),
    weights: weightsAvailability(facts, data),
    reasons: [],
    borderline: false,
  };
  explainCompute(context);
  explainTask(context);
  const lineage = readLineage(facts, data);
  const id = decide(context, lineage, namedModels(facts, data));
  context.reasons.push({ text: `→ tier ${id}` });
  const flags = collectFlags(context, facts, data);
  const contradictions = crossCheck(context, id);
  if (context.borderline) {
    context.reasons.push({
      text: 'Borderline: the figures lie within 2× of a threshold, so a more precise figure could change the tier',
    });
  }
  return {
    id,
    computeFlops: context.flops,
    reasons: context.reasons,
    flags,
    baseModels:
      lineage && lineage.source !== 'title'
        ? lineage.baseModels.map(({ id: base, position }) => ({ id: base, position }))
        : [],
    compute,
    licence: context.licence,
    claims,
    contradictions,
    borderline: context.borderline,
  };
}

function explainCompute(context: Context): void {
  const { compute, claims } = context;
  const method = { stated: 'stated', '6ND': '6·N·D', hardware: 'hardware-based', none: 'none' }[compute.method];
  if (compute.value !== null) say(context, `Training compute, ${method}: ${compute.text}`, compute.inputs[0]?.position);
  else if (claims.trainingComputeFlops) {
    const claimed = claims.trainingComputeFlops;
    say(
      context,
      `Training compute: the card's figures give none (${compute.text}); ai_act.training_compute_flops states ${fmt(claimed.value)} FLOP${line(claimed.position)}, used as stated`,
      claimed.position,
    );
  } else say(context, `Training compute: ${compute.text}`);
}

function explainTask(context: Context): void {
  const { task } = context;
  const basis = task.evidence
    ? ` (${task.evidence.source}: ${task.evidence.value}${line(task.evidence.position)})`
    : '';
  if (task.kind === 'narrow') say(context, `Narrow task: ${task.task}${basis}`, task.evidence?.position);
  else if (task.kind === 'generative')
    say(context, `Generates ${task.modalities.join(', ')}${basis}`, task.evidence?.position);
  else
    say(
      context,
      'What the model generates is not stated (no pipeline_tag, library_name, task tags or description of its outputs)',
    );
}

function decide(context: Context, lineage: Lineage | null, named: NamedModel[]): Tier {
  const { claims, task } = context;
  const claim = claims.designated ?? (claims.systemicRisk?.value ? claims.systemicRisk : undefined);
  if (claim) {
    const what = claim === claims.designated ? 'states a Commission designation' : 'claims systemic risk';
    say(
      context,
      `The card ${what}: ${claim.text}${line(claim.position)} → GPAI model with systemic risk (Art. 51(1))`,
      claim.position,
    );
    if (context.flops !== null && context.flops > SYSTEMIC_FLOP)
      say(context, `Its compute ${fmt(context.flops)} FLOP > 1e25 also presumes it (Art. 51(2))`);
    return 'gpai-systemic-risk';
  }
  if (task.kind === 'narrow') {
    say(
      context,
      'A model competent only in a narrow task is not a general-purpose AI model, whatever its compute (Commission guidelines C(2025) 7719) → Chapter V does not apply',
      task.evidence?.position,
    );
    return 'not-gpai';
  }
  if (lineage && lineage.sameProvider) {
    const bases = lineage.baseModels.map((base) => base.id).join(', ');
    say(
      context,
      `Derived from ${bases} by the same provider (the card's code loads a repository of the same organisation): later development of the same model, not a modification (guidelines, lifecycle)`,
      lineage.baseModels[0].position,
    );
    const known = lineage.baseModels.find((base) => base.known?.model.trainingCompute !== undefined)?.known?.model;
    if (context.flops === null && known?.trainingCompute !== undefined) {
      context.flops = known.trainingCompute;
      say(
        context,
        `Its figures give no compute; the base ${known.name} is listed with ${fmt(known.trainingCompute)} FLOP (${known.source.split(' | ')[0]})`,
      );
    }
  } else if (lineage) {
    return derivative(context, lineage) ?? fromCompute(context, true);
  } else {
    const outcome = namedKnownModel(context, named);
    if (outcome) return outcome;
  }
  return fromCompute(context, false);
}

/** GPAI or not, and which GPAI tier, from compute and modality; `modifier`: a new provider of a GPAI model. */
function fromCompute(context: Context, modifier: boolean): Tier {
  const { flops, task, claims } = context;
  if (flops !== null) {
    context.borderline ||= isBorderline(flops, GPAI_FLOP) || isBorderline(flops, SYSTEMIC_FLOP);
    if (flops > SYSTEMIC_FLOP) {
      const unknownTask =
        task.kind === 'unknown'
          ? ' (its outputs are not stated; a model trained with more than 1e25 FLOP is treated as general-purpose)'
          : '';
      say(
        context,
        `${fmt(flops)} FLOP > 1e25 → presumed high-impact capabilities: GPAI model with systemic risk (Art. 51(2))${unknownTask}`,
      );
      if (context.licence.qualifiesOpenSource === 'yes')
        say(context, 'The open-source exemption never applies to a model with systemic risk (Art. 53(2))');
      return 'gpai-systemic-risk';
    }
    const general = task.kind === 'generative' || claims.gpai?.value === true;
    if (!modifier && straddlesGpaiThreshold(context)) return 'unknown';
    if (modifier || (flops > GPAI_FLOP && general)) {
      say(
        context,
        modifier
          ? 'A new provider of a modified GPAI model (recital 109: its duties may be limited to the modification)'
          : `${fmt(flops)} FLOP > 1e23 and it generates ${task.modalities.join(', ') || 'content (ai_act.gpai: true)'} → general-purpose AI model (guidelines' indicative criterion)`,
      );
      say(
        context,
        `${fmt(flops)} FLOP ≤ 1e25 → no presumption of systemic risk (Art. 51(2)), and no claim or designation`,
      );
      return openSourceOrGpai(context);
    }
    if (flops > GPAI_FLOP) {
      say(
        context,
        `${fmt(flops)} FLOP > 1e23, but the card does not say that the model generates text, audio, images or video, which the GPAI criterion needs → missing: what the model generates (pipeline_tag or a description of its outputs)`,
      );
      return 'unknown';
    }
    say(
      context,
      `${fmt(flops)} FLOP ≤ 1e23 → below the indicative criterion: not a general-purpose AI model (guidelines)`,
    );
    return 'not-gpai';
  }
  return withoutCompute(context, modifier);
}

/**
 * A hardware-based estimate rests on an assumed utilisation: when its range spans 1e23 and the card says
 * nothing firmer, a reviewer cannot tell the side either.
 */
function straddlesGpaiThreshold(context: Context): boolean {
  const { compute, flops, claims } = context;
  if (compute.method !== 'hardware' || flops !== compute.value || claims.gpai) return false;
  if (compute.low === undefined || compute.high === undefined || compute.low > GPAI_FLOP || compute.high <= GPAI_FLOP)
    return false;
  context.borderline = true;
  say(
    context,
    `The hardware-based estimate spans 1e23 (${fmt(compute.low)}–${fmt(compute.high)} FLOP at the utilisation assumed) → cannot decide whether it is a general-purpose AI model → missing: the training compute or training tokens`,
  );
  return true;
}

function withoutCompute(context: Context, modifier: boolean): Tier {
  const { claims, task, facts } = context;
  if (claims.gpai) {
    say(
      context,
      `No compute figures; ai_act.gpai: ${claims.gpai.value}${line(claims.gpai.position)} taken as stated`,
      claims.gpai.position,
    );
    return claims.gpai.value ? openSourceOrGpai(context) : 'not-gpai';
  }
  if (modifier) return openSourceOrGpai(context);
  const missingCompute = 'training compute (or parameters with training tokens, or GPU-hours with the accelerator)';
  if (task.kind !== 'generative') {
    say(
      context,
      `Cannot decide → missing: ${missingCompute}; what the model generates (pipeline_tag or a description of its outputs)`,
    );
    return 'unknown';
  }
  // The presumption rests on the total size: an MoE's experts all hold what it learnt.
  const { quantities } = ownFigures(facts, context.data);
  const size = modelSize(facts, quantities);
  const moeTotal = size?.active
    ? quantities.filter(
        (quantity) => quantity.kind === 'parameters' && quantity.position.line === size.quantity.position.line,
      )
    : [];
  const parameters =
    moeTotal.reduce<Quantity | undefined>(
      (best, quantity) => (!best || quantity.value > best.value ? quantity : best),
      undefined,
    ) ?? size?.quantity;
  const audioOnly = task.modalities.length > 0 && task.modalities.every((modality) => modality === 'audio');
  const budget = audioOnly ? GENEROUS_AUDIO_TOKENS : GENEROUS_TOKENS;
  const budgetText = audioOnly
    ? `${fmt(budget)} audio tokens (${AUDIO_BUDGET_BASIS})`
    : `${fmt(budget)} training tokens`;
  if (!parameters && audioOnly) {
    say(
      context,
      `A speech or music generator of unstated size: on at most ${budgetText}, 1e23 FLOP needs ${fmt(GPAI_FLOP / (6 * budget))} parameters or more, beyond any published audio generator → not a general-purpose AI model (an assumption: state the training compute to rebut it)`,
    );
    return 'not-gpai';
  }
  if (!parameters) {
    say(context, `Cannot decide → missing: ${missingCompute}; the parameter count`);
    return 'unknown';
  }
  const n = parameters.value;
  const ceiling = 6 * n * budget;
  const tokensFor1e23 = GPAI_FLOP / (6 * n);
  const at = `N = ${fmt(n)} parameters${line(parameters.position)}`;
  if (ceiling <= GPAI_FLOP) {
    say(
      context,
      `${at}: even on ${budgetText} 6·N·D = ${fmt(ceiling)} FLOP ≤ 1e23 → not a general-purpose AI model (guidelines)`,
      parameters.position,
    );
    return 'not-gpai';
  }
  if (n >= PRESUMED_GPAI_PARAMETERS) {
    context.borderline = true;
    say(
      context,
      `No compute figures; a generative model with ${at} passes 1e23 FLOP from D = ${fmt(tokensFor1e23)} tokens, below current pre-training budgets → presumed GPAI (rebuttable: state the training compute or tokens)`,
      parameters.position,
    );
    return openSourceOrGpai(context);
  }
  say(
    context,
    `Generative, ${at}, but 6·N·D crosses 1e23 only from D = ${fmt(tokensFor1e23)} tokens, which the card does not settle → missing: the training tokens or ${missingCompute}`,
    parameters.position,
  );
  return 'unknown';
}

function openSourceOrGpai(context: Context): Tier {
  const { licence, weights } = context;
  const licenceText = `Licence ${licence.id ?? '(none found)'}${line(licence.position)}: ${licence.reason}`;
  if (licence.qualifiesOpenSource === 'yes' && weights.public) {
    say(
      context,
      `${licenceText}; weights public (${weights.reason}) → open-source exemption, Art. 53(2): Annex XI and XII duties lifted; copyright policy and training-content summary remain`,
      licence.position,
    );
    return 'gpai-open-source';
  }
  const why = licence.qualifiesOpenSource === 'yes' ? `, but ${weights.reason}` : '';
  say(context, `${licenceText}${why} → no open-source exemption (Art. 53(2))`, licence.position ?? weights.position);
  return 'gpai';
}
