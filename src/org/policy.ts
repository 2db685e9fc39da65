/**
 * The one place org-scan calls the config loader: the organisation's `--config` file, and each
 * repository's own config merged on top of it. A repository's rule ids are checked here too, so that
 * a typo in its config fails that repository instead of silently doing nothing.
 */
import { loadPolicyFile, resolvePolicyText } from '../config/load-config.js';
import { checkPolicyRuleIds } from '../config/apply-policy.js';
import { DEFAULT_CONFIG_PATH, type Policy, type RemoteConfigReader } from '../config/types.js';

export interface RepoConfig {
  owner: string;
  repo: string;
  /** The branch the config was read from; relative `extends` are read there too. */
  ref: string;
  text: string;
}

/** A repository's config on top of the org policy; throws ConfigError (injectable in tests). */
export type RepoPolicyResolver = (
  config: RepoConfig,
  options: { base: Policy; readRemote: RemoteConfigReader; rules: readonly { id: string }[] },
) => Promise<Policy>;

export const resolveRepoPolicy: RepoPolicyResolver = async (config, { base, readRemote, rules }) => {
  const policy = await resolvePolicyText(config.text, DEFAULT_CONFIG_PATH, {
    base,
    readRemote,
    remote: { owner: config.owner, repo: config.repo, ref: config.ref },
  });
  checkPolicyRuleIds(policy, rules);
  return policy;
};

/**
 * The organisation's policy (`--config FILE`, local); its `extends` may name other repositories.
 * Its rule ids are checked by the caller, once its `rule-folders` are loaded.
 */
export function loadOrgPolicy(
  path: string,
  options: { readRemote: RemoteConfigReader; root: string },
): Promise<Policy> {
  return loadPolicyFile(path, { readRemote: options.readRemote, root: options.root });
}
