import { createRequire as __aagCreateRequire } from 'node:module'; const require = __aagCreateRequire(import.meta.url);
import {
  jsonReportPieces
} from "./chunk-BYRUXPRB.js";
import {
  sha256Hex
} from "./chunk-QEDUW24Q.js";
import {
  countGaps
} from "./chunk-KAMNI3PN.js";
import "./chunk-UIU2T2WH.js";

// src/provenance/in-toto.ts
var STATEMENT_TYPE = "https://in-toto.io/Statement/v1";
var PREDICATE_TYPE = "https://github.com/ai-act-gate/ai-act-gate/report/v1";
function jsonReportText(report) {
  return [...jsonReportPieces(report)].join("");
}
function inTotoStatement(report) {
  const subject = report.files.flatMap((file) => {
    if (!file.provenance) return [];
    const digest = { sha256: file.provenance.sha256, gitBlob: file.provenance.gitBlob };
    if (file.provenance.hub) digest.gitCommit = file.provenance.hub.revision;
    return [{ name: file.path, digest }];
  });
  return {
    _type: STATEMENT_TYPE,
    subject,
    predicateType: PREDICATE_TYPE,
    predicate: {
      report: { mediaType: "application/json", digest: { sha256: sha256Hex(jsonReportText(report)) } },
      tool: report.tool,
      rulesetDigest: report.provenance?.rulesetDigest ?? null,
      policyDigest: report.provenance?.policyDigest ?? null,
      asOf: report.policy?.asOf ?? null,
      summary: report.summary,
      files: report.files.map((file) => ({
        name: file.path,
        tier: file.tier.id,
        blocked: file.gate.blocked,
        gaps: countGaps(file)
      }))
    }
  };
}
export {
  PREDICATE_TYPE,
  STATEMENT_TYPE,
  inTotoStatement,
  jsonReportText
};
