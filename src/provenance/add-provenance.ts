/**
 * Adds to a report what it judged: the tool version and the ruleset and policy digests, and per card its
 * content digests (cards read from the Hub carry theirs, with the revision, from when they were read).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Report } from '../model/report.js';
import type { Policy } from '../config/types.js';
import type { Ruleset } from '../ruleset/load-rules.js';
import { cardProvenance, policyDigest, rulesetDigest } from './digests.js';

export interface ProvenanceOptions {
  cwd: string;
  ruleset: Ruleset;
  policy: Policy;
  /** Read each card again from `cwd` for its digests (default true; false where the cards judged are not those files). */
  readCards?: boolean;
}

export function addProvenance(report: Report, options: ProvenanceOptions): Report {
  report.provenance = {
    tool: { ...report.tool },
    rulesetDigest: rulesetDigest([options.ruleset.directory, ...options.ruleset.extraDirectories]),
    policyDigest: policyDigest(options.policy),
  };
  for (const file of report.files) {
    if (file.provenance || file.hub || options.readCards === false) continue;
    try {
      file.provenance = cardProvenance(readFileSync(resolve(options.cwd, file.path)));
    } catch {
      // A card that cannot be read has no content to vouch for; its report says why.
    }
  }
  return report;
}
