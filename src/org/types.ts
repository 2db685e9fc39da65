/** The organisation scan's report (`org-scan --format json`), the input of the dashboard and of the next run's comparison. */
import type { FileReport } from '../model/report.js';
import type { CardFamily } from '../families/families.js';
import type { RunProvenance } from '../provenance/types.js';

export const ORG_REPORT_SCHEMA_VERSION = '1.0.0';

export interface OrgRepository {
  /** owner/name */
  fullName: string;
  defaultBranch: string;
  htmlUrl: string;
  /** checked: cards found and checked; no-cards: none in the tree; failed: see error. */
  status: 'checked' | 'no-cards' | 'failed';
  /** Why the repository could not be scanned (deleted mid-scan, API error after retries…). */
  error?: string;
  /** The repository's own config, when it has one (path in the repository). */
  configPath: string | null;
  /** Each card's report; paths are relative to the repository root. */
  files: FileReport[];
  /** What limited the scan without failing it (a tree too large for one API answer). */
  warnings?: string[];
}

export interface OrgReport {
  schemaVersion: string;
  tool: { name: string; version: string };
  org: string;
  /** ISO 8601 time the scan finished. */
  generatedAt: string;
  /** This run's part of a sharded scan (`--shard i/n`, 1-based), or null. */
  shard: { index: number; count: number } | null;
  /** Rule ids in ruleset order: the dashboard's columns. */
  ruleIds: string[];
  repositories: OrgRepository[];
  summary: {
    repositories: number;
    checked: number;
    noCards: number;
    failed: number;
    cards: number;
    blocked: number;
    errors: number;
    warnings: number;
    /** Required duties not met, not turned off and not waived: the same count as `check`'s summary.gaps. */
    gaps?: number;
  };
  /** API use of this run, for `bench:org` and the curious. */
  requests: { total: number; notModified: number };
  /** What judged the cards: tool version, ruleset and policy digests. */
  provenance?: RunProvenance;
  /** Cards (named "owner/repository/path") that differ only in model names, sizes, checkpoints and figures. */
  families?: CardFamily[];
}
