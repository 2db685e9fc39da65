/** The JSON report: what `--format json` prints, versioned by `schema/report.schema.json`. */
import type { Position } from './position.js';
import type { Severity } from './rule.js';
import type { Classification } from './tier.js';
import type { HubSourceInfo } from '../hub/hub-report.js';
import type { CardProvenance, RunProvenance } from '../provenance/types.js';
import type { CardFamily } from '../families/families.js';

export const REPORT_SCHEMA_VERSION = '1.1.0';

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
  /** How serious the gap is; absent when the rule is met (a met duty is no finding). */
  severity?: Severity;
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
  /** The gap blocks the release (the gate needs this duty met): always an error, listed first. */
  blocker?: true;
}

/**
 * Ids of findings that are not rules, so that a policy can address each (`rules: { id: off }`,
 * a severity, a waiver). `card-syntax` is only for YAML, Markdown and encoding problems.
 */
export const PROBLEM_IDS = {
  /** Front matter YAML, Markdown structure, text encoding. */
  'card-syntax': "The card's YAML front matter, Markdown or text encoding cannot be read as written",
  /** Not found, not a regular file, binary. */
  'card-unreadable': 'The file cannot be read as a model card',
  /** Above --max-size, over the time budget or the memory bound: not checked. */
  'file-skipped': 'The file was not checked (size limit, time budget or memory bound)',
  /** The checker failed on this card. */
  'internal-error': 'The checker failed on this card',
  /** An `ai_act` value of the wrong type, or an unknown key. */
  'ai-act-invalid': 'A value of the ai_act front-matter block has the wrong type, or the key is unknown',
  /** The `ai_act` block claims what the card's own figures or licence contradict. */
  'ai-act-contradiction': "The ai_act block claims what the card's own figures or licence contradict",
  /** A policy waiver for this card has passed its expiry date. */
  'waiver-expired': "A policy waiver of one of this card's gaps has expired",
} as const;
export type ProblemId = keyof typeof PROBLEM_IDS;

/** A finding that is not a rule's verdict: a problem with the card itself, its `ai_act` block, or the policy. */
export interface FileProblem {
  /** Which kind of problem (PROBLEM_IDS). */
  ruleId: ProblemId;
  message: string;
  line: number;
  column: number;
  severity: Severity;
  /** The file the line is in when it is not the card (the policy file of an expired waiver). */
  file?: string;
  /** false when the policy turns this kind of problem off (it is kept in the report, never a finding). */
  enabled?: false;
  /** The policy waives this problem for this card until its expiry. */
  waiver?: { reason: string; owner: string; expires: string; source: string };
}

export interface Gate {
  blocked: boolean;
  reasons: string[];
  /** The rules whose gaps block the release (empty or absent when not blocked). */
  blockedBy?: string[];
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
  /** "sha256:…" of the card's text with model names, sizes, checkpoint numbers and figures taken out. */
  templateDigest?: string;
  /** The id of the card's family (`families[]`), when other cards of the report share its text and verdicts. */
  family?: string;
}

export interface Report {
  schemaVersion: string;
  tool: { name: string; version: string };
  ruleset: { count: number };
  /** The policy applied, when a config was used. */
  policy?: { sources: string[]; asOf: string; releaseDate: string | null };
  files: FileReport[];
  summary: {
    files: number;
    /** Findings by severity: required gaps (waived ones are notices) and problems with the cards. */
    errors: number;
    warnings: number;
    notices: number;
    blocked: number;
    /** Required duties not met, not turned off and not waived (the `gaps` every format shows). */
    gaps?: number;
    /** Problems with the cards, their `ai_act` blocks or the policy (`files[].problems[]` that are not turned off). */
    problems?: number;
  };
  /** Policy entries that matched no checked card, and similar advice about the policy itself. */
  policyWarnings?: { message: string; source: string }[];
  /** What judged the cards: tool version, ruleset and policy digests. */
  provenance?: RunProvenance;
  /** Cards that differ only in model names, sizes, checkpoint numbers and figures, and reach the same verdicts. */
  families?: CardFamily[];
}

export type { Position };
