/** `--cache DIR` for a CLI run: the content cache keyed by this run's tool version, rules, policy and date. */
import { resolve } from 'node:path';
import type { Policy } from '../config/types.js';
import { today } from '../config/apply-policy.js';
import type { Ruleset } from '../ruleset/load-rules.js';
import { policyDigest, rulesetDigest } from '../provenance/digests.js';
import { VERSION } from '../version.js';
import { openContentCache, type ContentCache } from './content-cache.js';

export function openCliCache(
  directory: string,
  options: { cwd: string; ruleset: Ruleset; policy: Policy; warn: (message: string) => void },
): ContentCache {
  const { ruleset, policy } = options;
  return openContentCache(
    resolve(options.cwd, directory),
    {
      version: VERSION,
      rulesetDigest: rulesetDigest([ruleset.directory, ...ruleset.extraDirectories]),
      policyDigest: policyDigest(policy),
      asOf: policy.asOf ?? today(),
    },
    options.warn,
  );
}
