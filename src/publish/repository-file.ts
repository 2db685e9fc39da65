/** One file's text from a repository through the contents API, shared by the Action, the CLI and the org scan. */
import { statusOf } from './status.js';

export interface RepositoryFileTarget {
  owner: string;
  repo: string;
  path: string;
  /** A branch, tag or commit; the default branch when null. */
  ref: string | null;
}

/** The part of an Octokit this needs (both @actions/github's and @octokit/rest's have it). */
export interface ContentsApi {
  rest: {
    repos: {
      getContent(params: { owner: string; repo: string; path: string; ref?: string }): Promise<{ data: unknown }>;
    };
  };
}

/** The file's text, or null when it (or the repository) does not exist or is not a file. */
export async function readRepositoryFile(octokit: ContentsApi, target: RepositoryFileTarget): Promise<string | null> {
  let data: unknown;
  try {
    ({ data } = await octokit.rest.repos.getContent({
      owner: target.owner,
      repo: target.repo,
      path: target.path,
      ...(target.ref ? { ref: target.ref } : {}),
    }));
  } catch (error) {
    if (statusOf(error) === 404) return null;
    throw error;
  }
  if (Array.isArray(data) || (data as { type?: string }).type !== 'file') return null;
  const file = data as { content?: string; encoding?: string; size?: number };
  // Files over 1 MB come without content ("encoding": "none").
  if (file.encoding !== 'base64' || typeof file.content !== 'string') {
    throw new Error(
      `${target.path}${target.ref ? ` at ${target.ref}` : ''} is too large for the contents API (${file.size ?? '?'} bytes)`,
    );
  }
  return Buffer.from(file.content, 'base64').toString('utf8');
}
