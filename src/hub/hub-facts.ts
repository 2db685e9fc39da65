/**
 * What the Hub says about a card's model that the card itself may not: the parameter count from the
 * safetensors metadata, the `total_flos` the Trainer wrote, and the base models as read from their own
 * Hub pages. Plain data (it crosses to worker threads); added to a card's facts so that the tier and the
 * duties read them like figures of the card, each quoting its source.
 */
import type { CardFacts, Quantity, QuantityKind } from '../model/card.js';
import type { ClassifyData, KnownModel, Modality } from '../classify/classify-data.js';
import { normaliseName } from '../classify/known-models.js';
import { TRAINER_TOTAL_FLOS } from '../classify/tier-modification.js';

export interface HubFacts {
  /** The card's own repository on the Hub (absent for a card read from disk whose base models were read). */
  repo?: string;
  /** The commit sha the Hub reported for the revision read. */
  revision?: string;
  /** `safetensors.total` of the model's Hub metadata. */
  parameters?: number;
  /** `total_flos` from the Trainer's results file in the repository. */
  totalFlos?: { value: number; file: string };
  /** Base models read from the Hub (their metadata and card), for the modification test. */
  bases?: HubBase[];
  /** Set when checked: the figures added to the card's facts (the card stated none of their kind), as quoted. */
  applied?: string[];
}

/** A base model as its own Hub page and card describe it. */
export interface HubBase {
  id: string;
  revision: string;
  gpai: 'yes' | 'no' | 'unclear';
  generates: Modality | 'none';
  trainingCompute?: number;
  parameters?: number;
  /** Where the figures come from, quoted in the tier reasons. */
  source: string;
}

/** "70.6B", "124.4M": a parameter count as the Hub shows it. */
export function formatCount(value: number): string {
  const scaled = (divisor: number, unit: string): string => `${Number((value / divisor).toFixed(1))}${unit}`;
  if (value >= 1e12) return scaled(1e12, 'T');
  if (value >= 1e9) return scaled(1e9, 'B');
  if (value >= 1e6) return scaled(1e6, 'M');
  if (value >= 1e3) return scaled(1e3, 'K');
  return String(value);
}

/**
 * Adds the Hub's figures to the card's facts where the card states none of its own: the card's own
 * statement is the documentation, the Hub's fills its gap. Figures decided already stay as they are.
 */
export function addHubFacts(facts: CardFacts, hub: HubFacts): void {
  const states = (kinds: QuantityKind[]): boolean =>
    facts.quantities.some((quantity) => kinds.includes(quantity.kind) && quantity.subject === 'this-model');
  const add = (kind: QuantityKind, value: number, unit: string, raw: string, derivation?: string): void => {
    const quantity: Quantity = {
      kind,
      value,
      unit,
      raw,
      position: facts.frontMatterPosition,
      source: 'frontMatter',
      subject: 'this-model',
      subjectBasis: 'default',
    };
    if (derivation) quantity.derivation = derivation;
    facts.quantities.push(quantity);
    (hub.applied ??= []).push(raw);
  };
  if (hub.parameters !== undefined && hub.parameters > 0 && !states(['parameters', 'activeParameters']))
    add('parameters', hub.parameters, 'count', `Hub metadata: ${formatCount(hub.parameters)} parameters`);
  if (hub.totalFlos && hub.totalFlos.value > 0 && !states(['trainingCompute']))
    add(
      'trainingCompute',
      hub.totalFlos.value,
      'FLOP',
      `${hub.totalFlos.file}: total_flos ${hub.totalFlos.value.toExponential(2)} FLOP`,
      TRAINER_TOTAL_FLOS,
    );
}

const withBases = new WeakMap<HubBase[], { data: ClassifyData; extended: ClassifyData }>();

/**
 * The classifier's tables with the Hub's base models first: a base read from the Hub is judged by what
 * its own page and card say; a base the Hub could not judge falls back to rules/data/known-models.yaml.
 */
export function classifyDataWithBases(data: ClassifyData, bases: HubBase[] | undefined): ClassifyData {
  const judged = (bases ?? []).filter((base) => base.gpai !== 'unclear' || base.trainingCompute !== undefined);
  if (!bases || !judged.length) return data;
  const cached = withBases.get(bases);
  if (cached && cached.data === data) return cached.extended;
  const models: KnownModel[] = judged.map((base) => {
    const model: KnownModel = {
      name: base.id,
      names: [normaliseName(base.id)],
      generates: base.generates,
      gpai: base.gpai,
      source: base.source,
    };
    if (base.trainingCompute !== undefined) model.trainingCompute = base.trainingCompute;
    if (base.parameters !== undefined) model.parameters = base.parameters;
    return model;
  });
  const extended = { ...data, knownModels: [...models, ...data.knownModels] };
  withBases.set(bases, { data, extended });
  return extended;
}
