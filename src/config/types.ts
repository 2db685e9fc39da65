/**
 * The policy file (`.github/ai-act-gate.yml`) as written, and the policy it resolves to once its
 * `extends` chain is merged. `schema/config.schema.json` is generated from `config-schema.ts`.
 */
import type { Severity } from '../model/rule.js';
import type { Tier } from '../model/tier.js';
import type { FailOn } from '../exit-code.js';

export const CONFIG_VERSION = 1;
/** Where a repository keeps its policy, relative to its root. */
export const DEFAULT_CONFIG_PATH = '.github/ai-act-gate.yml';

/** A rule setting: `off`, a severity, or both spelled out. */
export type RuleSetting = 'off' | Severity | { enabled?: boolean; severity?: Severity };

export interface TierOverrideEntry {
  /** Glob of card paths (from the repository root) it covers. */
  path: string;
  tier: Tier;
  /** Why the tier differs from what the card suggests; shown in every report. */
  justification: string;
}

export interface WaiverEntry {
  rule: string;
  /** Glob of card paths (from the repository root) it covers. */
  path: string;
  reason: string;
  owner: string;
  /** ISO date (YYYY-MM-DD); the waiver ends at the end of that day (UTC). */
  expires: string;
}

/** The file as written (after YAML parsing and schema validation). */
export interface ConfigFile {
  version: 1;
  extends?: string | string[];
  paths?: string[];
  ignore?: string[];
  'fail-on'?: FailOn;
  /** When the model was placed on the EU market (ISO date): decides Art. 111(3)'s later dates. */
  'release-date'?: string;
  /** Judge as of this date (ISO date) instead of today. */
  'as-of'?: string;
  /** What the GitHub App does with a blocked release: fail its check run, or also turn it back into a draft. */
  release?: 'fail' | 'draft';
  rules?: Record<string, RuleSetting>;
  /** Extra rule folders in the format of `rules/`, relative to the config file. */
  'rule-folders'?: string[];
  'tier-overrides'?: TierOverrideEntry[];
  waivers?: WaiverEntry[];
}

/** Where a setting came from: a local file path or `owner/repo/path@ref`. */
export interface SourceRef {
  source: string;
  line: number;
}

/** The merged policy every check uses; plain data (it is copied to worker threads). */
export interface Policy {
  /** Config files merged, base first, the repository's own last. Empty: no config. */
  sources: string[];
  paths: string[];
  ignore: string[];
  failOn: FailOn | null;
  releaseDate: string | null;
  asOf: string | null;
  /** `release:` — what the GitHub App does with a blocked release; null: the server's default. */
  blockedRelease?: 'fail' | 'draft' | null;
  /** Rule id → enabled and severity override. */
  rules: Record<string, { enabled: boolean; severity: Severity | null; from: SourceRef }>;
  /** Absolute folders of extra rules. */
  ruleFolders: string[];
  tierOverrides: (TierOverrideEntry & { from: SourceRef })[];
  waivers: (WaiverEntry & { from: SourceRef })[];
  /**
   * The folder card paths are named from, relative to the repository root ('' or absent: the root
   * itself); set when the check runs in a subfolder, so the globs still match from the root.
   */
  cardPathBase?: string;
  /** Where each top-level setting was last set (file and line), for `ai-act-gate policy`. */
  settingsFrom?: Partial<Record<'paths' | 'ignore' | 'fail-on' | 'release-date' | 'as-of' | 'release', SourceRef>>;
}

export const EMPTY_POLICY: Policy = {
  sources: [],
  paths: [],
  ignore: [],
  failOn: null,
  releaseDate: null,
  asOf: null,
  rules: {},
  ruleFolders: [],
  tierOverrides: [],
  waivers: [],
};

/**
 * Reads a config file named in `extends` from another repository (`owner/repo/path@ref`): the
 * GitHub contents API in the CLI and Action, a fake in tests. Resolves to null when it does not exist.
 */
export type RemoteConfigReader = (target: {
  owner: string;
  repo: string;
  path: string;
  ref: string | null;
}) => Promise<string | null>;

/** A config that cannot be used: file, line, column and what was expected (exit code 2). */
export class ConfigError extends Error {}
