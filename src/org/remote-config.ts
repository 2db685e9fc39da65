/**
 * Reads policy files from other repositories (`extends: owner/repo/path@ref`) through the contents
 * API, once per run: several configs extending the same policy cost one request.
 */
import type { RemoteConfigReader } from '../config/types.js';
import { readRepositoryFile, type ContentsApi } from '../publish/repository-file.js';

export function createRemoteConfigReader(octokit: ContentsApi): RemoteConfigReader {
  const cache = new Map<string, Promise<string | null>>();
  return (target) => {
    const key = `${target.owner}/${target.repo}/${target.path}@${target.ref ?? ''}`;
    let pending = cache.get(key);
    if (!pending) cache.set(key, (pending = readRepositoryFile(octokit, target)));
    return pending;
  };
}
