/** The JSON report: what `--format json` prints, versioned by `schema/report.schema.json`. */
import type { Position } from './position.js';
import type { Severity } from './rule.js';
import type { Classification } from './tier.js';
import type { HubSourceInfo } from '../hub/hub-report.js';
import type { CardProvenance, RunProvenance } from '../provenance/types.js';

export const REPORT_SCHEMA_VERSION = '1.0.0';

export type Status = 'met' | 'partial' | 'missing';

/** The verdict of one rule on one card. */
export interface RuleResult {
  id: string;
  status: Status;
  /** Whether the card's tier makes the duty apply. */
  required: boolean;
  /** 1-based line of the best evidence, or where the missing item should go; null if none. */
  line: number | null;
  column: number | null;
  severity: Severity;
  /** "Annex XII 1(a); Art. 53(1)(b)" */
  citation: string;
  url: string;
  /** Present unless met: what is missing and what would satisfy it. */
  message?: string;
  /** What was found (evidence), quoted briefly. */
  evidence?: string;
  /** false when the policy turns the rule off (it is still judged, never a finding). */
  enabled?: false;
  /** A gap the policy waives until its expiry: reported, never a failure. */
  waiver?: { reason: string; owner: string; expires: string; source: string };
  /** The duty does not apply yet on the as-of date (Art. 113, Art. 111(3)): a gap is at most a warning. */
  dueFrom?: string;
}

/** A problem with the card itself (YAML error, unreadable file). */
export interface FileProblem {
  message: string;
  line: number;
  column: number;
  severity: Severity;
}

export interface Gate {
  blocked: boolean;
  reasons: string[];
}

/** A statement the card makes about its own status, and where. */
export interface ReportClaim<T> {
  value: T;
  /** "ai_act.systemic_risk", "tag …", or the sentence that says it. */
  source: string;
  line: number | null;
}

/** The tier as the report shows it (`files[].tier`). */
export interface ReportTier extends Classification {
  /** How computeFlops was obtained: stated in the card, 6·N·D, from hardware and time, claimed in `ai_act`, or none. */
  computeMethod: 'stated' | '6ND' | 'hardware' | 'claimed' | 'none';
  /** Low–high range for estimated values. */
  computeRange: { low: number; high: number } | null;
  /** Within 2× of a threshold: a more precise figure could change the tier. */
  borderline: boolean;
  claims: {
    gpai: ReportClaim<boolean> | null;
    systemicRisk: ReportClaim<boolean> | null;
    designated: ReportClaim<boolean> | null;
    trainingComputeFlops: ReportClaim<number> | null;
    openSourceExemption: ReportClaim<boolean> | null;
  };
  /** Where the card's claims disagree with its own figures or licence. */
  contradictions: string[];
  licence: { id: string | null; qualifiesOpenSource: 'yes' | 'no' | 'unclear'; reason: string };
  /** The policy set the tier: the tier the card itself suggested, and the written justification. */
  override?: { suggested: ReportTier['id']; justification: string; source: string };
}

export interface FileReport {
  path: string;
  /** Line of the card's title heading: where a missing item is reported. */
  titleLine: number;
  tier: ReportTier;
  rules: RuleResult[];
  problems: FileProblem[];
  gate: Gate;
  /** A card read from the Hugging Face Hub (`hf://…`): the commit judged and what the Hub page says. */
  hub?: HubSourceInfo;
  /** The exact content judged (SHA-256, git blob id, Hub revision). */
  provenance?: CardProvenance;
}

export interface Report {
  schemaVersion: string;
  tool: { name: string; version: string };
  ruleset: { count: number };
  /** The policy applied, when a config was used. */
  policy?: { sources: string[]; asOf: string; releaseDate: string | null };
  files: FileReport[];
  summary: { files: number; errors: number; warnings: number; notices: number; blocked: number };
  /** What judged the cards: tool version, ruleset and policy digests. */
  provenance?: RunProvenance;
}

export type { Position };
