import { createRequire as __aagCreateRequire } from 'node:module'; const require = __aagCreateRequire(import.meta.url);
import {
  cardProvenance,
  policyDigest,
  rulesetDigest
} from "./chunk-QEDUW24Q.js";

// src/provenance/add-provenance.ts
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
function addProvenance(report, options) {
  report.provenance = {
    tool: { ...report.tool },
    rulesetDigest: rulesetDigest([options.ruleset.directory, ...options.ruleset.extraDirectories]),
    policyDigest: policyDigest(options.policy)
  };
  for (const file of report.files) {
    if (file.provenance || file.hub || options.readCards === false) continue;
    try {
      file.provenance = cardProvenance(readFileSync(resolve(options.cwd, file.path)));
    } catch {
    }
  }
  return report;
}

export {
  addProvenance
};
