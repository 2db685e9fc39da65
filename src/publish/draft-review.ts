/**
 * Drafts on a pull request, end to end: plan them for each changed card (the gaps the report lists),
 * anchor what can be on the diff, post the review, and say which drafts the comment and the job
 * summary must carry instead. Planning a card that fails costs a warning for that card, never the run.
 */
import type { Report } from '../model/report.js';
import type { Ruleset } from '../ruleset/load-rules.js';
import { isGap } from '../render/findings.js';
import { anchorDrafts, type AnchoredDrafts } from './anchor-drafts.js';
import { diffLines } from './diff-lines.js';
import type { GitHubClient, Logger, PullFile } from './github-client.js';
import { draftsForCard, type DraftGroup, type Placement } from './pull-request-drafts.js';
import { publishReview, type ReviewResult } from './review.js';

const UNJUDGED = new Set(['file-skipped', 'card-unreadable', 'internal-error']);

export interface PullRequestDrafts {
  /** Where each missing duty's section would go, by card and rule. */
  placements: Map<string, Map<string, Placement>>;
  anchored: AnchoredDrafts;
}

export function planPullRequestDrafts(
  cards: readonly { path: string; text: string; file: PullFile }[],
  report: Report,
  ruleset: Ruleset,
  log: Logger,
): PullRequestDrafts {
  const placements = new Map<string, Map<string, Placement>>();
  const planned = [];
  for (const card of cards) {
    const file = report.files.find((candidate) => candidate.path === card.path);
    // A card the check could not judge (too large, over its time budget, unreadable) is not drafted either.
    if (!file || file.problems.some((problem) => UNJUDGED.has(problem.ruleId))) continue;
    try {
      const drafts = draftsForCard(
        card.path,
        card.text,
        ruleset,
        file.rules.filter(isGap).map((rule) => rule.id),
      );
      placements.set(card.path, drafts.placements);
      planned.push({ drafts, diff: diffLines(card.file) });
    } catch (error) {
      log.warning(
        `${card.path}: no drafts (${error instanceof Error ? error.message : String(error)}); the check's results stand`,
      );
    }
  }
  return { placements, anchored: anchorDrafts(planned) };
}

export interface DraftsOutcome {
  review: ReviewResult | null;
  /** For the sticky comment: the drafts not suggested in a review. */
  commentDrafts: DraftGroup[];
  /** For the job summary: the same, and every draft when the review could not be posted. */
  summaryDrafts: DraftGroup[];
}

export async function publishDrafts(
  client: GitHubClient,
  drafts: PullRequestDrafts,
  options: { pullNumber: number; headSha: string; instanceKey: string; authors: readonly string[]; log: Logger },
): Promise<DraftsOutcome> {
  const { suggestions, offDiff } = drafts.anchored;
  const review = await publishReview(client, { ...options, suggestions, offDiff: offDiff.length });
  const posted = review.action === 'created' || review.action === 'unchanged';
  const all = [...suggestions.flatMap((suggestion) => suggestion.groups), ...offDiff].sort((a, b) =>
    a.path < b.path ? -1 : a.path > b.path ? 1 : a.beforeLine - b.beforeLine,
  );
  if (review.action !== 'skipped')
    options.log.info(
      `suggested drafts: review ${review.action}${review.superseded ? ` (${review.superseded} earlier review(s) replaced)` : ''}; ${posted ? suggestions.length : 0} suggestion(s) on the diff, ${posted ? offDiff.length : all.length} draft(s) in the comment`,
    );
  return { review, commentDrafts: posted ? offDiff : all, summaryDrafts: posted ? offDiff : all };
}
