/** The shape of a rule file in `rules/`: the YAML is this type, so no mapping layer is needed. */
import type { Tier } from './tier.js';

export type Severity = 'error' | 'warning' | 'notice';

/** A legal reference, rendered only by `formatCitation`. */
export interface Citation {
  /** Regulation article number, e.g. 53. */
  article?: number;
  paragraph?: number;
  point?: string;
  /** Roman numeral of an annex, e.g. "XII". */
  annex?: string;
  /** Annex section, e.g. 1 or 2 (Annex XI has two sections). */
  section?: number;
  /** Point and sub-point inside an annex, e.g. "1(a)" is `item: 1, point: a`. */
  item?: number;
  /** A soft-law source instead of the Act, e.g. "GPAI Code of Practice, Model Documentation Form". */
  document?: string;
}

/**
 * One piece of evidence a rule asks for: an object keyed by its kind (`pattern:`, `region:` …).
 * The kinds and their fields are defined in src/evaluate/matchers/ and checked by the rule schema.
 */
export type Matcher = Record<string, unknown>;

/** How a statement presents what it says (see facts/statement-mode.ts). */
export type StatementModeName =
  | 'reported'
  | 'linked'
  | 'planned'
  | 'advised'
  | 'negated'
  | 'withheld'
  | 'hypothetical'
  | 'placeholder'
  | 'asked'
  | 'retracted';

export interface Rule {
  id: string;
  title: string;
  citations: Citation[];
  /** Tiers for which the duty is required. */
  appliesTo: Tier[];
  /** Extra condition for being required (a named predicate over facts), e.g. the card is a modification. */
  requiredWhen?: string;
  audience: ('downstream-providers' | 'ai-office' | 'public' | 'commission')[];
  severity: Severity;
  evidence: {
    /** Statement modes that count as evidence (default: reported, linked, advised, negated). */
    accept?: StatementModeName[];
    /** Specific information: the item is met. */
    met: Matcher;
    /** The topic is addressed vaguely or in part. */
    partial?: Matcher;
  };
  /** What is missing and what would satisfy it. */
  message: string;
  /** Longer guidance in Markdown. */
  help: string;
  /** Date the duty applies from (ISO date). */
  inForceFrom?: string;
  /** Date the duty applies from for models placed on the market before `inForceFrom` (Art. 111(3)). */
  earlierModelsFrom?: string;
}

/** A rule as loaded, with the file it came from. */
export interface LoadedRule extends Rule {
  file: string;
}
