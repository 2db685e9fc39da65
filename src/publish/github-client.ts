/**
 * The few GitHub REST calls the Action makes, behind a small interface (like danger's `Platform`), and
 * its Octokit implementation: `@actions/github` with the retry and throttling plugins, honouring
 * `GITHUB_API_URL` (GitHub Enterprise Server).
 */
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { statusOf } from './status.js';
import { useGitHubMediaType } from './github-media-type.js';
import { readRepositoryFile, type RepositoryFileTarget } from './repository-file.js';
import { reviewMethods, type ReviewMethods } from './review-client.js';

/** Where the Action reports what it could not do; `@actions/core` in the Action, a recorder in tests. */
export interface Logger {
  info(message: string): void;
  warning(message: string): void;
}

export interface Repository {
  owner: string;
  repo: string;
}

export interface IssueComment {
  id: number;
  body: string;
  /** The author's login; null for a deleted ("ghost") account. */
  author: string | null;
  /** ISO 8601. */
  createdAt: string;
}

export interface PullFile {
  path: string;
  /** The path before a rename, where the base version lives. */
  previousPath: string | null;
  /** added, removed, modified, renamed, copied, changed, unchanged */
  status: string;
  /** The file's unified-diff hunks; GitHub leaves them out for binary files and very large diffs. */
  patch?: string | null;
}

export interface GitHubClient extends ReviewMethods {
  /** Every comment of an issue or pull request, all pages, oldest first. */
  listComments(issueNumber: number): Promise<IssueComment[]>;
  createComment(issueNumber: number, body: string): Promise<IssueComment>;
  updateComment(commentId: number, body: string): Promise<void>;
  deleteComment(commentId: number): Promise<void>;
  /** Files a pull request changes, all pages (GitHub lists at most 3,000). */
  listPullFiles(pullNumber: number): Promise<PullFile[]>;
  /** A pull request's current head commit. */
  getPullHeadSha(pullNumber: number): Promise<string>;
  /** A file's text at a commit, or null when it does not exist there (or is not a file). */
  getFileAt(ref: string, path: string): Promise<string | null>;
  /** A file of any repository the token can read (policies named by `extends`); null when absent. */
  getRepositoryFile(target: RepositoryFileTarget): Promise<string | null>;
  /** The login of a user token's owner (GET /user; not available to the workflow's GITHUB_TOKEN). */
  authenticatedLogin(): Promise<string>;
}

/** Rate-limit waits longer than this would hold the job; better to give up and say so. */
const MAX_RATE_LIMIT_WAIT_SECONDS = 60;
const MAX_RATE_LIMIT_RETRIES = 2;

export interface OctokitClientOptions {
  token: string;
  repository: Repository;
  /** `GITHUB_API_URL`; https://api.github.com when absent. */
  baseUrl?: string;
  log: Logger;
  /** Tests pass a fake fetch; the default goes through the runner's proxy settings. */
  fetch?: typeof globalThis.fetch;
  /** Milliseconds per retry step (the retry plugin waits step × n²); tests make it small. */
  retryAfterBaseValue?: number;
  /** Separates throttling state between clients in one process (tests). */
  throttleId?: string;
}

export { statusOf };

export function createOctokitClient(options: OctokitClientOptions): GitHubClient {
  const { log, repository } = options;
  const onLimit =
    (kind: string) =>
    (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number): boolean => {
      const again = retryCount < MAX_RATE_LIMIT_RETRIES && retryAfter <= MAX_RATE_LIMIT_WAIT_SECONDS;
      log.warning(
        `GitHub API ${kind} hit by ${request.method} ${request.url}; ${again ? `retrying in ${retryAfter} s` : 'giving up'}`,
      );
      return again;
    };
  const octokit = getOctokit(
    options.token,
    {
      ...(options.baseUrl ? { baseUrl: options.baseUrl.replace(/\/+$/, '') } : {}),
      ...(options.fetch ? { request: { fetch: options.fetch } } : {}),
      retry: options.retryAfterBaseValue === undefined ? {} : { retryAfterBaseValue: options.retryAfterBaseValue },
      throttle: {
        onRateLimit: onLimit('rate limit'),
        onSecondaryRateLimit: onLimit('secondary rate limit'),
        ...(options.retryAfterBaseValue === undefined ? {} : { retryAfterBaseValue: options.retryAfterBaseValue }),
        ...(options.throttleId ? { id: options.throttleId } : {}),
      },
      // Octokit's own notices (deprecations) go to the log, not into annotations.
      log: {
        debug: () => {},
        info: () => {},
        warn: (message: string) => log.info(message),
        error: (message: string) => log.warning(message),
      },
    },
    retry,
    throttling,
  );
  useGitHubMediaType(octokit);
  const rest = octokit.rest;

  const toComment = (data: {
    id: number;
    body?: string | null;
    user: { login: string } | null;
    created_at: string;
  }): IssueComment => ({
    id: data.id,
    body: data.body ?? '',
    author: data.user?.login ?? null,
    createdAt: data.created_at,
  });

  return {
    async listComments(issueNumber) {
      const comments = await octokit.paginate(rest.issues.listComments, {
        ...repository,
        issue_number: issueNumber,
        per_page: 100,
      });
      return comments.map(toComment);
    },
    async createComment(issueNumber, body) {
      const { data } = await rest.issues.createComment({ ...repository, issue_number: issueNumber, body });
      return toComment(data);
    },
    async updateComment(commentId, body) {
      await rest.issues.updateComment({ ...repository, comment_id: commentId, body });
    },
    async deleteComment(commentId) {
      await rest.issues.deleteComment({ ...repository, comment_id: commentId });
    },
    async listPullFiles(pullNumber) {
      const files = await octokit.paginate(rest.pulls.listFiles, {
        ...repository,
        pull_number: pullNumber,
        per_page: 100,
      });
      return files.map((file) => ({
        path: file.filename,
        previousPath: file.previous_filename ?? null,
        status: file.status,
        patch: file.patch ?? null,
      }));
    },
    async getPullHeadSha(pullNumber) {
      const { data } = await rest.pulls.get({ ...repository, pull_number: pullNumber });
      return data.head.sha;
    },
    async getFileAt(ref, path) {
      return readRepositoryFile(octokit, { ...repository, path, ref });
    },
    async getRepositoryFile(target) {
      return readRepositoryFile(octokit, target);
    },
    async authenticatedLogin() {
      const { data } = await rest.users.getAuthenticated();
      return data.login;
    },
    ...reviewMethods(octokit, repository),
  };
}
