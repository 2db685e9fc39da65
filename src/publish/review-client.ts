/** The pull-request review calls of the GitHub client (src/publish/review.ts uses them). */
import type { getOctokit } from '@actions/github';
import type { Repository } from './github-client.js';

export interface PullReview {
  id: number;
  body: string;
  /** The author's login; null for a deleted account. */
  author: string | null;
  /** The commit the review was made on; null when GitHub does not say. */
  commitId: string | null;
}

export interface ReviewComment {
  id: number;
  body: string;
  author: string | null;
}

export interface NewReviewComment {
  path: string;
  /** A head line on the diff (side RIGHT). */
  line: number;
  body: string;
}

export interface ReviewMethods {
  /** Every review of a pull request, all pages, oldest first. */
  listReviews(pullNumber: number): Promise<PullReview[]>;
  /** A submitted review (event COMMENT) with its comments, in one request. */
  createReview(
    pullNumber: number,
    review: { commitId: string; body: string; comments: NewReviewComment[] },
  ): Promise<PullReview>;
  /** Replaces a review's body (the only part of a submitted review that can be edited). */
  updateReview(pullNumber: number, reviewId: number, body: string): Promise<void>;
  listReviewComments(pullNumber: number, reviewId: number): Promise<ReviewComment[]>;
  deleteReviewComment(commentId: number): Promise<void>;
}

type Octokit = ReturnType<typeof getOctokit>;

export function reviewMethods(octokit: Octokit, repository: Repository): ReviewMethods {
  const rest = octokit.rest;
  const toReview = (data: {
    id: number;
    body?: string | null;
    user: { login: string } | null;
    commit_id: string | null;
  }): PullReview => ({
    id: data.id,
    body: data.body ?? '',
    author: data.user?.login ?? null,
    commitId: data.commit_id ?? null,
  });
  return {
    async listReviews(pullNumber) {
      const reviews = await octokit.paginate(rest.pulls.listReviews, {
        ...repository,
        pull_number: pullNumber,
        per_page: 100,
      });
      return reviews.map(toReview);
    },
    async createReview(pullNumber, review) {
      const { data } = await rest.pulls.createReview({
        ...repository,
        pull_number: pullNumber,
        commit_id: review.commitId,
        body: review.body,
        event: 'COMMENT',
        comments: review.comments.map((comment) => ({ ...comment, side: 'RIGHT' })),
      });
      return toReview(data);
    },
    async updateReview(pullNumber, reviewId, body) {
      await rest.pulls.updateReview({ ...repository, pull_number: pullNumber, review_id: reviewId, body });
    },
    async listReviewComments(pullNumber, reviewId) {
      const comments = await octokit.paginate(rest.pulls.listCommentsForReview, {
        ...repository,
        pull_number: pullNumber,
        review_id: reviewId,
        per_page: 100,
      });
      return comments.map((comment) => ({ id: comment.id, body: comment.body, author: comment.user?.login ?? null }));
    },
    async deleteReviewComment(commentId) {
      await rest.pulls.deleteReviewComment({ ...repository, comment_id: commentId });
    },
  };
}
