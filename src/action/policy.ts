/** The Action's policy file: where it is read from, and why a pull request cannot change the policy that judges it. */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { resolvePolicyText } from '../config/load-config.js';
import {
  ConfigError,
  DEFAULT_CONFIG_PATH,
  EMPTY_POLICY,
  type Policy,
  type RemoteConfigReader,
} from '../config/types.js';
import type { GitHubClient, Logger, PullFile } from '../publish/github-client.js';
import { InputError } from './inputs.js';

export interface PolicyParams {
  /** The `config` input; null: .github/ai-act-gate.yml when it exists. */
  configPath: string | null;
  workspace: string;
  /** Reads `extends: owner/repo/path@ref`; absent without a token. */
  readRemote?: RemoteConfigReader;
  pullRequest: { client: GitHubClient; baseSha: string; changedFiles: PullFile[] } | null;
  log: Logger;
}

/**
 * The policy: the `config` input, else .github/ai-act-gate.yml when it exists. A policy file (or a
 * local file it extends) that the pull request changes is read as it is at the base commit, so a
 * pull request cannot relax — or delete — the policy that judges it; its changes apply once merged.
 */
export async function loadActionPolicy(params: PolicyParams): Promise<Policy> {
  const { pullRequest, workspace, log } = params;
  const configPath = params.configPath ?? DEFAULT_CONFIG_PATH;
  const absolute = resolve(workspace, configPath);
  const repoPath = (path: string): string => relative(workspace, path).split(sep).join('/');
  if (repoPath(absolute).startsWith('..') || isAbsolute(repoPath(absolute)))
    throw new InputError(`config ${configPath} is outside the workspace`);
  const changedHere = new Set(
    pullRequest?.changedFiles.flatMap((file) => [file.path, file.previousPath ?? file.path]) ?? [],
  );
  const readLocal = async (path: string): Promise<string | null> => {
    const inRepository = repoPath(path);
    if (inRepository.startsWith('..') || isAbsolute(inRepository))
      throw new ConfigError(
        `${path} is outside the workspace: a policy may only extend files of the repository or owner/repo/path@ref`,
      );
    if (pullRequest && changedHere.has(inRepository)) {
      log.info(
        `${inRepository} is changed by this pull request: its version at the base commit applies until it is merged`,
      );
      return pullRequest.client.getFileAt(pullRequest.baseSha, inRepository);
    }
    return existsSync(path) ? readFile(path, 'utf8') : null;
  };
  const text = await readLocal(absolute);
  if (text === null) {
    if (params.configPath)
      throw new InputError(
        `config file ${params.configPath} not found in the workspace${pullRequest ? ' (or at the base commit of the pull request)' : ''}`,
      );
    return EMPTY_POLICY;
  }
  const policy = await resolvePolicyText(text, absolute, { root: workspace, readRemote: params.readRemote, readLocal });
  log.info(`policy: ${policy.sources.join(' → ')}`);
  return policy;
}
