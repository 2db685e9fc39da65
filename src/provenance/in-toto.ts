/**
 * `--provenance FILE`: an in-toto Statement (v1) whose subjects are the cards judged, each with its
 * SHA-256 and git blob id (a Hub card also with the commit it was read at), and whose predicate is the
 * JSON report's digest with its summary and what judged it: a record a release pipeline can sign
 * (DSSE, cosign, GitHub's attest action) and attach.
 */
import type { Report } from '../model/report.js';
import { jsonReportPieces } from '../render/json-report.js';
import { countGaps } from '../render/findings.js';
import { sha256Hex } from './digests.js';

export const STATEMENT_TYPE = 'https://in-toto.io/Statement/v1';
export const PREDICATE_TYPE = 'https://github.com/ai-act-gate/ai-act-gate/report/v1';

export interface InTotoStatement {
  _type: typeof STATEMENT_TYPE;
  subject: { name: string; digest: Record<string, string> }[];
  predicateType: typeof PREDICATE_TYPE;
  predicate: {
    report: { mediaType: 'application/json'; digest: { sha256: string } };
    tool: Report['tool'];
    rulesetDigest: string | null;
    policyDigest: string | null;
    asOf: string | null;
    summary: Report['summary'];
    files: { name: string; tier: string; blocked: boolean; gaps: number }[];
  };
}

/** The JSON report exactly as `--format json` writes it: the bytes the predicate's digest is of. */
export function jsonReportText(report: Report): string {
  return [...jsonReportPieces(report)].join('');
}

export function inTotoStatement(report: Report): InTotoStatement {
  const subject = report.files.flatMap((file) => {
    if (!file.provenance) return [];
    const digest: Record<string, string> = { sha256: file.provenance.sha256, gitBlob: file.provenance.gitBlob };
    if (file.provenance.hub) digest.gitCommit = file.provenance.hub.revision;
    return [{ name: file.path, digest }];
  });
  return {
    _type: STATEMENT_TYPE,
    subject,
    predicateType: PREDICATE_TYPE,
    predicate: {
      report: { mediaType: 'application/json', digest: { sha256: sha256Hex(jsonReportText(report)) } },
      tool: report.tool,
      rulesetDigest: report.provenance?.rulesetDigest ?? null,
      policyDigest: report.provenance?.policyDigest ?? null,
      asOf: report.policy?.asOf ?? null,
      summary: report.summary,
      files: report.files.map((file) => ({
        name: file.path,
        tier: file.tier.id,
        blocked: file.gate.blocked,
        gaps: countGaps(file),
      })),
    },
  };
}
