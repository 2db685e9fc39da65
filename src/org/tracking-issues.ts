/**
 * `--tracking-issues`: one open issue per repository with release blockers, labelled and marked,
 * found again by label and marker, rewritten only when its text changes, closed once the blockers are
 * gone. A repository whose scan failed is left alone (its state is unknown), and so is one with no
 * open issue at all that has nothing blocked (the listing says so, sparing a request).
 */
import pLimit from 'p-limit';
import type { Logger } from '../publish/github-client.js';
import type { OrgOctokit } from './octokit.js';
import { messageOf } from './octokit.js';
import type { ListedRepository } from './plan.js';
import type { OrgReport } from './types.js';
import { isTrackingIssue, renderTrackingIssue, TRACKING_LABEL } from './tracking-issue.js';

export interface TrackingResult {
  created: number;
  updated: number;
  closed: number;
  unchanged: number;
  failed: number;
}

export async function syncTrackingIssues(
  octokit: OrgOctokit,
  report: OrgReport,
  listed: ReadonlyMap<string, ListedRepository>,
  options: { concurrency: number; log: Logger },
): Promise<TrackingResult> {
  const result: TrackingResult = { created: 0, updated: 0, closed: 0, unchanged: 0, failed: 0 };
  const limit = pLimit(Math.max(1, options.concurrency));
  await Promise.all(
    report.repositories.map((repository) =>
      limit(async () => {
        const listing = listed.get(repository.fullName);
        if (!listing || repository.status === 'failed') return;
        const blocked = repository.files.some((file) => file.gate.blocked);
        if (!blocked && listing.openIssues === 0) return;
        if (blocked && !listing.hasIssues) {
          options.log.warning(
            `${repository.fullName}: issues are turned off; no tracking issue for its release blockers`,
          );
          return;
        }
        try {
          await syncOne(octokit, listing, blocked ? renderTrackingIssue(repository) : null, result);
        } catch (error) {
          result.failed++;
          options.log.warning(`${repository.fullName}: could not update its tracking issue: ${messageOf(error)}`);
        }
      }),
    ),
  );
  return result;
}

/** `wanted` null: no blockers, close what is open. */
async function syncOne(
  octokit: OrgOctokit,
  listing: ListedRepository,
  wanted: { title: string; body: string } | null,
  result: TrackingResult,
): Promise<void> {
  const repo = { owner: listing.owner, repo: listing.name };
  const open = await octokit.paginate(octokit.rest.issues.listForRepo, {
    ...repo,
    labels: TRACKING_LABEL,
    state: 'open',
    per_page: 100,
  });
  // Pull requests are issues too in this listing; ours never are.
  const ours = open
    .filter((issue) => !issue.pull_request && isTrackingIssue(issue.body))
    .sort((a, b) => a.number - b.number);
  if (!wanted) {
    for (const issue of ours) {
      await octokit.rest.issues.update({
        ...repo,
        issue_number: issue.number,
        state: 'closed',
        state_reason: 'completed',
      });
      result.closed++;
    }
    return;
  }
  const [kept, ...duplicates] = ours;
  if (!kept) {
    await octokit.rest.issues.create({ ...repo, title: wanted.title, body: wanted.body, labels: [TRACKING_LABEL] });
    result.created++;
  } else if (kept.title !== wanted.title || kept.body !== wanted.body) {
    await octokit.rest.issues.update({ ...repo, issue_number: kept.number, title: wanted.title, body: wanted.body });
    result.updated++;
  } else result.unchanged++;
  // Two runs that raced may both have created one: the oldest stays.
  for (const issue of duplicates) {
    await octokit.rest.issues.update({
      ...repo,
      issue_number: issue.number,
      state: 'closed',
      state_reason: 'duplicate',
    });
    result.closed++;
  }
}
