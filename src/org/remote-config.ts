/**
 * Reads policy files from other repositories (`extends: owner/repo/path@ref`) through the contents
 * API, once per run: several configs extending the same policy cost one request.
 */
import type { Octokit } from '@octokit/rest';
import type { RemoteConfigReader } from '../config/types.js';

/** Resolves to the file's text, or null when it (or the repository) does not exist or is not a file. */
export function createRemoteConfigReader(octokit: Octokit): RemoteConfigReader {
  const cache = new Map<string, Promise<string | null>>();
  return (target) => {
    const key = `${target.owner}/${target.repo}/${target.path}@${target.ref ?? ''}`;
    let pending = cache.get(key);
    if (!pending) cache.set(key, (pending = fetchText(octokit, target)));
    return pending;
  };
}

async function fetchText(octokit: Octokit, target: Parameters<RemoteConfigReader>[0]): Promise<string | null> {
  try {
    const response = await octokit.rest.repos.getContent({
      owner: target.owner,
      repo: target.repo,
      path: target.path,
      ...(target.ref ? { ref: target.ref } : {}),
    });
    const data = response.data;
    if (Array.isArray(data) || data.type !== 'file' || !('content' in data)) return null;
    return Buffer.from(data.content, (data.encoding as BufferEncoding) || 'base64').toString('utf8');
  } catch (error) {
    if ((error as { status?: number }).status === 404) return null;
    throw error;
  }
}
