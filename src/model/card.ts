/** Facts extracted from one model card: what every later stage reads, with positions. */
import type { Position } from './position.js';

/** A front-matter value at a dotted key path (`model-index.0.results`), with where it sits. */
export interface MetadataEntry {
  value: unknown;
  position: Position;
}

/** One heading of the card and the span of text it governs. */
export interface Section {
  /** Heading text as written (emphasis and links flattened). */
  title: string;
  /** Canonical names from `rules/vocabulary/sections.yaml`; empty when the heading is unknown. */
  canonical: string[];
  /** 1..6; 0 for the implicit section before the first heading. */
  depth: number;
  position: Position;
  /** Offset where the heading itself starts. */
  start: number;
  /** Offsets into the card text: the heading's own body (to the next heading of any depth). */
  bodyStart: number;
  bodyEnd: number;
  /** End offset of the whole subtree (to the next heading of the same or higher level). */
  subtreeEnd: number;
  /** Words of substantive content in the heading's own body (boilerplate removed). */
  words: number;
  /** Words of substantive content in the whole subtree. */
  subtreeWords: number;
}

export type QuantityKind =
  | 'parameters'
  | 'activeParameters'
  | 'trainingTokens'
  | 'trainingCompute'
  | 'gpuHours'
  | 'gpuCount'
  | 'trainingDays'
  | 'contextWindow'
  | 'energy'
  | 'co2';

/** A number the card states, normalised to a base unit (count, FLOP, hours, tokens, kWh, kg CO2eq). */
export interface Quantity {
  kind: QuantityKind;
  value: number;
  /** Base unit of `value`: 'count' | 'FLOP' | 'tokens' | 'hours' | 'days' | 'kWh' | 'kgCO2eq'. */
  unit: string;
  /** The text it was read from, as written. */
  raw: string;
  position: Position;
  source: 'body' | 'frontMatter';
  /** Hardware named next to GPU-hours / GPU counts (e.g. "A100-80GB"), when stated. */
  hardware?: string;
  /** Whose figure it is, decided once from the statement it sits in (src/facts/subject/). */
  subject?: FigureSubject;
  /** What decided `subject`: the statement names the model, a cue in it, its section, its table row; else the default. */
  subjectBasis?: 'named' | 'cue' | 'section' | 'row' | 'default';
  /** The words that decided `subject`, quoted in reasons. */
  subjectCue?: string;
  /** Figures in one table row or one sentence share this id: they describe the same model. */
  statement?: number;
  /** In a table: which table (an id) and the row's label, its first cell ("Llama 4 Maverick"). */
  table?: number;
  rowLabel?: string;
  /** A table cell spanning rows states a figure of each: the rows from `statement` on, this many. */
  rowsSpanned?: number;
  /** A figure computed from stated ones (training tokens = batch size × steps): how. */
  derivation?: string;
}

/**
 * Whose statement a figure is: the card's own model, another model (a comparison, a teacher), models in
 * general (an explanation of the AI Act's thresholds), or a hypothetical or negated one ("would need",
 * "does not exceed"). Only `this-model` figures become the model's size or compute.
 */
export type FigureSubject = 'this-model' | 'other-model' | 'models-in-general' | 'hypothetical';

/** A Markdown link or bare URL with the words it is labelled with. */
export interface Link {
  url: string;
  /** The link text, or for a bare URL the sentence around it. */
  label: string;
  position: Position;
}

/** A YAML or structure problem found while reading the card. */
export interface ParseProblem {
  message: string;
  position: Position;
}

/** Everything the rules and the classifier may look at. */
export interface CardFacts {
  /** The card's text with a leading BOM removed and CRLF kept as written. */
  text: string;
  /** Flattened front-matter values by dotted key path; top-level keys too. */
  metadata: Map<string, MetadataEntry>;
  /** Where the front matter starts (its opening `---`), or line 1 when absent. */
  frontMatterPosition: Position;
  hasFrontMatter: boolean;
  /** Offset where the Markdown body starts (after the front matter). */
  bodyStart: number;
  /** The card's title heading (first depth-1 heading), if any. */
  titlePosition: Position;
  sections: Section[];
  quantities: Quantity[];
  links: Link[];
  problems: ParseProblem[];
  /** Offset → 1-based position. */
  positionAt(offset: number): Position;
}
