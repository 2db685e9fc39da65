/**
 * A stateful fake of the GitHub REST endpoints ai-act-gate calls, served through a `fetch` function
 * for Octokit. Its objects start from the description's own examples, and every request it receives
 * and every response it sends is checked against the trimmed OpenAPI description: a fake that drifted
 * from GitHub's contract fails the test instead of agreeing with our assumptions.
 */
import { ContractFake, errorBody as error, type Fault, type LoggedRequest, type Reply } from './contract-fake.js';

export type { Fault, LoggedRequest };

export interface FakeComment {
  id: number;
  body: string;
  login: string;
  createdAt: string;
}

export interface FakeFile {
  filename: string;
  status: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';
  previous_filename?: string;
  patch?: string;
}

export interface FakeReviewComment {
  id: number;
  path: string;
  line: number;
  body: string;
  login: string;
}

export interface FakeReview {
  id: number;
  body: string;
  login: string;
  commitId: string;
  comments: FakeReviewComment[];
}

const OWNER = 'octo-org';
const REPO = 'models';

export class FakeGitHub extends ContractFake {
  readonly owner = OWNER;
  readonly repo = REPO;
  comments: FakeComment[] = [];
  reviews: FakeReview[] = [];
  pullFiles: FakeFile[] = [];
  /** File texts by `${ref}:${path}`. */
  blobs = new Map<string, string>();
  pullNumber = 7;
  headSha = 'a'.repeat(40);
  baseSha = 'b'.repeat(40);
  /** Owner of the token, for GET /user (null: the token is an installation token, GET /user fails). */
  userLogin: string | null = null;
  /** Who the token posts as. */
  poster = GITHUB_ACTIONS;
  /** GitHub's limit as the fake counts it (see the "body too long" scenario). */
  maxCommentLength = 65_536;
  countLength = (body: string): number => body.length;
  private nextId = 1000;
  private clock = Date.parse('2026-01-01T00:00:00Z');

  constructor() {
    super();
  }

  addComment(login: string, body: string): FakeComment {
    this.clock += 60_000;
    const comment = {
      id: this.nextId++,
      body,
      login,
      createdAt: new Date(this.clock).toISOString().replace(/\.\d+Z$/, 'Z'),
    };
    this.comments.push(comment);
    return comment;
  }

  /** A submitted review, as another reviewer or an earlier run left it. */
  addReview(login: string, body: string, comments: Omit<FakeReviewComment, 'id' | 'login'>[] = []): FakeReview {
    const review = {
      id: this.nextId++,
      body,
      login,
      commitId: this.headSha,
      comments: comments.map((comment) => ({ ...comment, id: this.nextId++, login })),
    };
    this.reviews.push(review);
    return review;
  }

  protected handle(method: string, url: URL, requestBody: string | null): Reply {
    const reviews = this.handleReviews(method, url, requestBody);
    if (reviews) return reviews;
    const repoPath = `/repos/${OWNER}/${REPO}`;
    const path = url.pathname;
    const input = requestBody ? (JSON.parse(requestBody) as { body?: string }) : {};
    let match: RegExpExecArray | null;
    if ((match = new RegExp(`^${repoPath}/issues/(\\d+)/comments$`).exec(path))) {
      if (Number(match[1]) !== this.pullNumber) return { status: 404, body: error('Not Found') };
      if (method === 'GET')
        return this.page(
          url,
          this.comments.map((comment) => this.commentJson(comment)),
        );
      if (this.countLength(input.body ?? '') > this.maxCommentLength) return this.bodyTooLong();
      return { status: 201, body: this.commentJson(this.addComment(this.poster, input.body ?? '')) };
    }
    if ((match = new RegExp(`^${repoPath}/issues/comments/(\\d+)$`).exec(path))) {
      const comment = this.comments.find((candidate) => candidate.id === Number(match![1]));
      if (!comment) return { status: 404, body: error('Not Found') };
      if (method === 'DELETE') {
        this.comments = this.comments.filter((candidate) => candidate !== comment);
        return { status: 204 };
      }
      if (this.countLength(input.body ?? '') > this.maxCommentLength) return this.bodyTooLong();
      comment.body = input.body ?? '';
      return { status: 200, body: this.commentJson(comment) };
    }
    if (path === `${repoPath}/pulls/${this.pullNumber}/files`) {
      return this.page(
        url,
        this.pullFiles.map((file) => {
          const { patch: _examplePatch, ...entry } = this.contract.example('diff-entry-items')[0];
          // A file without a patch is one GitHub lists without it (binary, or a very large diff).
          return {
            ...entry,
            ...file,
            blob_url: `https://ghes.example.test/${OWNER}/${REPO}/blob/${this.headSha}/${file.filename}`,
          };
        }),
      );
    }
    if (path === `${repoPath}/pulls/${this.pullNumber}`) {
      const pull = this.contract.example('pull-request');
      pull.number = this.pullNumber;
      pull.head.sha = this.headSha;
      pull.base.sha = this.baseSha;
      return { status: 200, body: pull };
    }
    if ((match = new RegExp(`^${repoPath}/contents/(.+)$`).exec(path))) {
      const filePath = decodeURIComponent(match[1]);
      const ref = url.searchParams.get('ref') ?? 'main';
      const text = this.blobs.get(`${ref}:${filePath}`);
      if (text === undefined) return { status: 404, body: error('Not Found') };
      const file = this.contract.example('content-file-response-if-content-is-a-file');
      Object.assign(file, {
        path: filePath,
        name: filePath.split('/').pop(),
        size: Buffer.byteLength(text),
        content: Buffer.from(text).toString('base64'),
      });
      return { status: 200, body: file };
    }
    if (path === '/user') {
      if (!this.userLogin) return { status: 403, body: error('Resource not accessible by integration') };
      const user = this.contract.example('private-user-response-with-public-and-private-profile-information');
      user.login = this.userLogin;
      return { status: 200, body: user };
    }
    return { status: 404, body: error('Not Found') };
  }

  /** The review endpoints: list, create (refusing lines off the diff as GitHub does), update, comments. */
  private handleReviews(method: string, url: URL, requestBody: string | null): Reply | null {
    const pulls = `/repos/${OWNER}/${REPO}/pulls`;
    const path = url.pathname;
    let match: RegExpExecArray | null;
    if (path === `${pulls}/${this.pullNumber}/reviews`) {
      if (method === 'GET')
        return this.page(
          url,
          this.reviews.map((review) => this.reviewJson(review)),
        );
      const input = JSON.parse(requestBody ?? '{}') as {
        commit_id?: string;
        body?: string;
        comments?: { path: string; line: number; body: string }[];
      };
      for (const comment of input.comments ?? []) {
        const file = this.pullFiles.find((candidate) => candidate.filename === comment.path);
        if (!file || !headLinesOf(file).has(comment.line))
          return {
            status: 422,
            body: { ...error('Unprocessable Entity'), errors: ['Line could not be resolved'] },
          };
      }
      const review = this.addReview(this.poster, input.body ?? '', input.comments ?? []);
      review.commitId = input.commit_id ?? this.headSha;
      return { status: 200, body: this.reviewJson(review) };
    }
    if ((match = new RegExp(`^${pulls}/${this.pullNumber}/reviews/(\\d+)(/comments)?$`).exec(path))) {
      const review = this.reviews.find((candidate) => candidate.id === Number(match![1]));
      if (!review) return { status: 404, body: error('Not Found') };
      if (match[2])
        return this.page(
          url,
          review.comments.map((comment) => this.reviewCommentJson(review, comment)),
        );
      review.body = (JSON.parse(requestBody ?? '{}') as { body?: string }).body ?? '';
      return { status: 200, body: this.reviewJson(review) };
    }
    if ((match = new RegExp(`^${pulls}/comments/(\\d+)$`).exec(path))) {
      const review = this.reviews.find((candidate) => candidate.comments.some((c) => c.id === Number(match![1])));
      if (!review) return { status: 404, body: error('Not Found') };
      review.comments = review.comments.filter((comment) => comment.id !== Number(match![1]));
      return { status: 204 };
    }
    return null;
  }

  private reviewJson(review: FakeReview): unknown {
    const json = this.contract.example('pull-request-review');
    Object.assign(json, {
      id: review.id,
      node_id: `PRR_${review.id}`,
      body: review.body,
      state: 'COMMENTED',
      commit_id: review.commitId,
      html_url: `https://ghes.example.test/${OWNER}/${REPO}/pull/${this.pullNumber}#pullrequestreview-${review.id}`,
    });
    json.user.login = review.login;
    json.user.type = review.login.endsWith('[bot]') ? 'Bot' : 'User';
    return json;
  }

  private reviewCommentJson(review: FakeReview, comment: FakeReviewComment): unknown {
    const json = this.contract.example('review-comment-items')[0];
    Object.assign(json, {
      id: comment.id,
      node_id: `PRRC_${comment.id}`,
      pull_request_review_id: review.id,
      path: comment.path,
      body: comment.body,
      commit_id: review.commitId,
    });
    json.user.login = comment.login;
    return json;
  }

  /** GitHub's pagination: per_page (default 30, at most 100), page, and a Link header. */

  private bodyTooLong(): Reply {
    return {
      status: 422,
      body: {
        message: 'Validation Failed',
        errors: [
          {
            resource: 'IssueComment',
            code: 'custom',
            field: 'body',
            message: `body is too long (maximum is ${this.maxCommentLength} characters)`,
          },
        ],
        documentation_url: `${error('').documentation_url}/issues/comments#create-an-issue-comment`,
        status: '422',
      },
    };
  }

  private commentJson(comment: FakeComment): unknown {
    const json = this.contract.example('issue-comment');
    const api = `https://ghes.example.test/api/v3/repos/${OWNER}/${REPO}`;
    Object.assign(json, {
      id: comment.id,
      node_id: `IC_${comment.id}`,
      url: `${api}/issues/comments/${comment.id}`,
      html_url: `https://ghes.example.test/${OWNER}/${REPO}/pull/${this.pullNumber}#issuecomment-${comment.id}`,
      issue_url: `${api}/issues/${this.pullNumber}`,
      body: comment.body,
      created_at: comment.createdAt,
      updated_at: comment.createdAt,
    });
    json.user.login = comment.login;
    json.user.type = comment.login.endsWith('[bot]') ? 'Bot' : 'User';
    return json;
  }
}

export const GITHUB_ACTIONS = 'github-actions[bot]';

/**
 * The head lines a review comment may be on, as GitHub decides: every line of an added file, else the
 * added and context lines of the patch's hunks (written here apart from src/, so the two can disagree).
 */
function headLinesOf(file: FakeFile): { has(line: number): boolean } {
  if (file.status === 'added') return { has: () => true };
  const lines = new Set<number>();
  let line = 0;
  for (const text of (file.patch ?? '').split('\n')) {
    const hunk = /^@@ -\S+ \+(\d+)/.exec(text);
    if (hunk) line = Number(hunk[1]);
    else if (line && (text.startsWith('+') || text.startsWith(' '))) lines.add(line++);
  }
  return lines;
}
