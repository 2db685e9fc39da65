/**
 * Whose comments can be ours. GET /user answers only for user tokens, so the identity is decided
 * from what is known: an explicit login (a GitHub App's `slug[bot]`), the token owner's login for
 * personal-access and OAuth tokens, and otherwise `github-actions[bot]`, the author of every comment
 * posted with the workflow's GITHUB_TOKEN.
 */
import type { GitHubClient, Logger } from './github-client.js';

export const GITHUB_ACTIONS_LOGIN = 'github-actions[bot]';

/** Classic and fine-grained personal access tokens, OAuth and user-to-server tokens: GET /user works. */
const USER_TOKEN = /^(?:ghp_|github_pat_|gho_|ghu_)/;

export async function commentAuthors(
  client: GitHubClient,
  token: string,
  configured: string | null,
  log: Logger,
): Promise<string[]> {
  if (configured) return [configured];
  if (USER_TOKEN.test(token)) {
    try {
      return [await client.authenticatedLogin()];
    } catch (error) {
      log.warning(
        `could not tell whose token this is (GET /user: ${error instanceof Error ? error.message : String(error)}); looking for comments by ${GITHUB_ACTIONS_LOGIN}`,
      );
    }
  }
  return [GITHUB_ACTIONS_LOGIN];
}
