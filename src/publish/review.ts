/**
 * Suggested drafts as ONE pull-request review per instance, replaced rather than piled up on each push.
 *
 * GitHub lets nobody delete a submitted review (DELETE …/reviews/{id} is for pending ones only), and
 * dismissing applies only to approvals and change requests, not to a review of event COMMENT. What it
 * allows is deleting the review's comments (DELETE …/pulls/comments/{id}) and rewriting its body
 * (PUT …/reviews/{id}). So an earlier review of ours keeps only a one-line body saying it was replaced,
 * under a marker of its own that later runs pass over. A review is ours only when its body starts with
 * our marker AND its author is the token's (as for the sticky comment); a comment is deleted only when
 * it is in such a review, starts with our marker and has that author. Errors never fail the run: a
 * read-only token (403) or a line GitHub finds off the diff (422) cost a warning, and the caller puts
 * the drafts in the job summary.
 */
import { createHash } from 'node:crypto';
import type { Suggestion } from './anchor-drafts.js';
import { statusOf, type GitHubClient, type Logger } from './github-client.js';
import type { PullReview } from './review-client.js';
import {
  REVIEW_MARKER,
  reviewBody,
  reviewDigest,
  startsWithMarker,
  SUGGESTION_MARKER,
  suggestionBody,
  supersededBody,
} from '../render/suggestion.js';

export interface PublishReviewOptions {
  pullNumber: number;
  headSha: string;
  instanceKey: string;
  /** Logins our reviews can have been posted by (compared case-insensitively). */
  authors: readonly string[];
  suggestions: readonly Suggestion[];
  /** How many drafts are left for the comment (named in the review's body). */
  offDiff: number;
  log: Logger;
}

export type ReviewAction = 'created' | 'unchanged' | 'superseded' | 'skipped' | 'failed';

export interface ReviewResult {
  action: ReviewAction;
  reviewId: number | null;
  /** Earlier reviews of ours marked as replaced. */
  superseded: number;
}

export const REVIEW_READ_ONLY_WARNING =
  'could not post the suggested drafts as a pull-request review (read-only token: pull requests from forks get one under `pull_request`); the drafts are in the job summary';

export async function publishReview(client: GitHubClient, options: PublishReviewOptions): Promise<ReviewResult> {
  const { pullNumber, headSha, instanceKey, suggestions, log } = options;
  const authors = new Set(options.authors.map((login) => login.toLowerCase()));
  const byUs = (author: string | null) => author !== null && authors.has(author.toLowerCase());
  const isOurs = (review: PullReview) =>
    byUs(review.author) && startsWithMarker(review.body, REVIEW_MARKER(instanceKey));
  const digest = digestOf(suggestions);
  let superseded = 0;
  const supersede = async (review: PullReview) => {
    for (const comment of await client.listReviewComments(pullNumber, review.id)) {
      if (!byUs(comment.author) || !startsWithMarker(comment.body, SUGGESTION_MARKER(instanceKey))) continue;
      try {
        await client.deleteReviewComment(comment.id);
      } catch (error) {
        // Deleted already by a run racing this one.
        if (statusOf(error) !== 404) throw error;
      }
    }
    await client.updateReview(pullNumber, review.id, supersededBody(headSha, instanceKey));
    superseded++;
  };

  try {
    const earlier = (await client.listReviews(pullNumber)).filter(isOurs);
    const same = earlier.find((review) => review.commitId === headSha && reviewDigest(review.body) === digest);
    if (same && suggestions.length) {
      for (const review of earlier) if (review.id !== same.id) await supersede(review);
      return { action: 'unchanged', reviewId: same.id, superseded };
    }
    if (!suggestions.length) {
      for (const review of earlier) await supersede(review);
      return { action: superseded ? 'superseded' : 'skipped', reviewId: null, superseded };
    }
    const created = await client.createReview(pullNumber, {
      commitId: headSha,
      body: reviewBody(suggestions, options.offDiff, digest, instanceKey),
      comments: suggestions.map((suggestion) => ({
        path: suggestion.path,
        line: suggestion.line,
        body: suggestionBody(suggestion, instanceKey),
      })),
    });
    try {
      // Listed again: a run racing this one may have posted too. The newest review stays.
      const ours = (await client.listReviews(pullNumber)).filter(isOurs);
      const newest = Math.max(created.id, ...ours.map((review) => review.id));
      for (const review of ours) if (review.id !== newest) await supersede(review);
    } catch (error) {
      log.warning(`posted the suggested drafts, but could not mark the earlier review replaced: ${messageOf(error)}`);
    }
    return { action: 'created', reviewId: created.id, superseded };
  } catch (error) {
    const status = statusOf(error);
    const message = messageOf(error);
    if (status === 403 || status === 404) log.warning(REVIEW_READ_ONLY_WARNING);
    else if (status === 422)
      log.warning(
        `GitHub refused the suggested drafts (HTTP 422: ${message}; a suggestion must be on a line of the pull request’s diff); the drafts are in the job summary`,
      );
    else
      log.warning(
        `could not post the suggested drafts (${status ? `HTTP ${status}: ` : ''}${message}); the drafts are in the job summary`,
      );
    return { action: 'failed', reviewId: null, superseded };
  }
}

/** 12 hex digits over what the suggestions would post, to leave an identical review of the same commit alone. */
export function digestOf(suggestions: readonly Suggestion[]): string {
  const hash = createHash('sha256');
  for (const suggestion of suggestions)
    hash.update(JSON.stringify([suggestion.path, suggestion.line, suggestion.replacement]));
  return hash.digest('hex').slice(0, 12);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
