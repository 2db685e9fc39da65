/** Shapes of the classifier's data tables (rules/data/*.yaml) once parsed. */

export type Modality = 'text' | 'code' | 'image' | 'audio' | 'video';
export const MODALITIES: readonly Modality[] = ['text', 'code', 'image', 'audio', 'video'];
export type Judgement = 'yes' | 'no' | 'unclear';

export interface Accelerator {
  name: string;
  match: RegExp[];
  /** Peak dense BF16/FP16 FLOP/s per chip. */
  peakFlops: number;
  source: string;
}

export interface AcceleratorTable {
  utilisation: { assumed: number; low: number; high: number };
  fallback: { name: string; peakFlops: number; low: number; high: number };
  accelerators: Accelerator[];
}

export interface LicenceEntry {
  id: string;
  name: string;
  qualifies: Judgement;
  reason: string;
  match: RegExp[];
  /** Not a Hub identifier: only found by name. */
  custom: boolean;
}

export interface TaskTable<T> {
  pipelineTags: Map<string, T>;
  libraries: Map<string, T>;
  tags: Map<string, T>;
  text: { pattern: RegExp; value: T }[];
  /** Pipeline tags the Hub also gives to single-task models: a narrow tag then names the task. */
  broadPipelineTags: Set<string>;
}

export interface AnnexIiiArea {
  id: string;
  title: string;
  point: string;
  patterns: RegExp[];
}

export interface ProhibitedPractice {
  id: string;
  point: string;
  title: string;
  any: RegExp[];
  all: RegExp[];
}

export interface TextCues {
  approximate: RegExp;
  negation: RegExp;
  useSections: {
    intendedCanonical: string[];
    purposeCanonical: string[];
    excludedCanonical: string[];
    otherCanonical: string[];
    intendedHeading: RegExp;
    excludedHeading: RegExp;
    otherHeading: RegExp;
  };
  systemicRisk: { denials: RegExp[]; claims: RegExp[]; designation: RegExp[]; tags: string[] };
  /**
   * `baseMustBe`: `named` — a Hub id or a known model (the phrase also names formats and architectures);
   * `not-gpai` — a known model that is not GPAI (the phrase is also used of a provider's own earlier model).
   */
  derivedFrom: { relation: Relation; pattern: RegExp; baseMustBe: 'any' | 'named' | 'not-gpai' }[];
  ignoreBaseNames: Set<string>;
  weightsNotPublic: RegExp[];
  gatedKeys: string[];
  licenceLine: RegExp;
  licenceStatement: RegExp;
  licenceCodeOnly: RegExp;
  licenceModelWords: RegExp;
  relationTags: Map<string, Relation>;
  relationLibraries: Map<string, Relation>;
  /** Title or tag words that make the card a quantised or converted copy. */
  copyMarkers: RegExp;
  /** Title words that make the card an adapter (LoRA) of another model. */
  adapterMarkers: RegExp;
  ownRepo: RegExp[];
}

/** A well-known model (rules/data/known-models.yaml): whether it is GPAI and the figures behind that. */
export interface KnownModel {
  name: string;
  /** Lower-case Hub ids and names, matched whole in a normalised name. */
  names: string[];
  /** For a family: a pattern over normalised names. */
  match?: RegExp;
  parameters?: number;
  activeParameters?: number;
  trainingCompute?: number;
  generates: Modality | 'none';
  gpai: Judgement;
  /** Why, in words, for a family; rows of figures are explained from the figures. */
  why?: string;
  source: string;
}

export const RELATIONS = ['adapter', 'quantized', 'merge', 'finetune'] as const;
export type Relation = (typeof RELATIONS)[number];

export interface ClassifyData {
  accelerators: AcceleratorTable;
  licences: LicenceEntry[];
  narrowTasks: TaskTable<string>;
  generativeTasks: TaskTable<Modality[]>;
  annexIii: AnnexIiiArea[];
  prohibitedPractices: ProhibitedPractice[];
  cues: TextCues;
  /** Model rows first, then families (a row is more specific). */
  knownModels: KnownModel[];
}
