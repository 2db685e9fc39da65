/**
 * One sticky comment per pull request and instance: found by our hidden marker and its author,
 * updated in place only when the body changed, turned into an all-clear (or deleted) when clean, and
 * deduplicated when two runs raced. A token that may not write (fork PRs) costs a warning, never the run.
 */
import { DEFAULT_COMMENT_MAX_LENGTH, isOurComment } from '../render/comment.js';
import { statusOf, type GitHubClient, type IssueComment, type Logger } from './github-client.js';

export interface UpsertCommentOptions {
  issueNumber: number;
  instanceKey: string;
  /** Logins our comment can have been posted by (compared case-insensitively). */
  authors: readonly string[];
  /** The body within a length limit; called again with a smaller one when GitHub finds it too long. */
  render: (maxLength: number) => string;
  /** Nothing to report: with `deleteWhenClean` the comment goes, and none is created. */
  clean: boolean;
  deleteWhenClean: boolean;
  /** Create a comment when there is none; false only updates (or deletes) an existing one. */
  createIfMissing: boolean;
  log: Logger;
}

export type UpsertAction = 'created' | 'updated' | 'unchanged' | 'deleted' | 'skipped' | 'failed';

export interface UpsertResult {
  action: UpsertAction;
  commentId: number | null;
  /** Extra copies of our comment removed (left by runs that raced). */
  duplicatesDeleted: number;
}

export const READ_ONLY_WARNING =
  'could not post the PR comment (read-only token: pull requests from forks get one under `pull_request`; see the README for the two-workflow setup); results are in the annotations and job summary';

/** GitHub counts differently from JavaScript in some cases; half the size always fits. */
const SHRINK_FACTOR = 0.5;

const normalise = (body: string): string => body.replace(/\r\n?/g, '\n').trimEnd();
const byAge = (a: IssueComment, b: IssueComment): number =>
  Date.parse(a.createdAt) - Date.parse(b.createdAt) || a.id - b.id;

export async function upsertComment(client: GitHubClient, options: UpsertCommentOptions): Promise<UpsertResult> {
  const { issueNumber, log } = options;
  const authors = new Set(options.authors.map((login) => login.toLowerCase()));
  const isOurs = (comment: IssueComment): boolean =>
    comment.author !== null &&
    authors.has(comment.author.toLowerCase()) &&
    isOurComment(comment.body, options.instanceKey);
  let duplicatesDeleted = 0;

  /** The oldest of our comments, after deleting the others (left by earlier races). */
  const findOurs = async (): Promise<IssueComment | undefined> => {
    const [oldest, ...extra] = (await client.listComments(issueNumber)).filter(isOurs).sort(byAge);
    for (const comment of extra) if (await deleteIfPresent(client, comment.id)) duplicatesDeleted++;
    return oldest;
  };

  try {
    const existing = await findOurs();
    if (options.clean && options.deleteWhenClean) {
      if (!existing) return { action: 'skipped', commentId: null, duplicatesDeleted };
      await deleteIfPresent(client, existing.id);
      return { action: 'deleted', commentId: existing.id, duplicatesDeleted };
    }
    if (!existing && !options.createIfMissing) return { action: 'skipped', commentId: null, duplicatesDeleted };

    const written = await withShrinkingBody(options.render, log, async (body) => {
      if (existing) {
        if (normalise(existing.body) === normalise(body))
          return { action: 'unchanged', commentId: existing.id } as const;
        await client.updateComment(existing.id, body);
        return { action: 'updated', commentId: existing.id } as const;
      }
      const created = await client.createComment(issueNumber, body);
      // Another run may have created one at the same moment. Each run that did not create the
      // oldest deletes its own and writes its body into the oldest, so exactly one remains.
      const [oldest] = (await client.listComments(issueNumber)).filter(isOurs).sort(byAge);
      if (!oldest || oldest.id === created.id) return { action: 'created', commentId: created.id } as const;
      await deleteIfPresent(client, created.id);
      duplicatesDeleted++;
      if (normalise(oldest.body) !== normalise(body)) await client.updateComment(oldest.id, body);
      return { action: 'updated', commentId: oldest.id } as const;
    });
    return { ...written, duplicatesDeleted };
  } catch (error) {
    const status = statusOf(error);
    if (status === 403 || status === 404) log.warning(READ_ONLY_WARNING);
    else
      log.warning(
        `could not post the PR comment (${status ? `HTTP ${status}: ` : ''}${messageOf(error)}); results are in the annotations and job summary`,
      );
    return { action: 'failed', commentId: null, duplicatesDeleted };
  }
}

/** Writes the body; on GitHub's "body is too long" (422), renders a smaller one and tries once more. */
async function withShrinkingBody<T>(
  render: (maxLength: number) => string,
  log: Logger,
  write: (body: string) => Promise<T>,
): Promise<T> {
  try {
    return await write(render(DEFAULT_COMMENT_MAX_LENGTH));
  } catch (error) {
    if (statusOf(error) !== 422 || !/too long/i.test(messageOf(error))) throw error;
    const smaller = Math.floor(DEFAULT_COMMENT_MAX_LENGTH * SHRINK_FACTOR);
    log.info(`GitHub found the comment too long; retrying with at most ${smaller} characters`);
    return write(render(smaller));
  }
}

/** Deletes a comment; one already gone (another run deleted it) is fine. */
async function deleteIfPresent(client: GitHubClient, commentId: number): Promise<boolean> {
  try {
    await client.deleteComment(commentId);
    return true;
  } catch (error) {
    if (statusOf(error) === 404) return false;
    throw error;
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
