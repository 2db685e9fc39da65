/**
 * The Action's side of `blocked-release`: on a publishing release event with a blocked card and
 * `draft`, the release goes back to draft, and the job summary says so. The step still fails, so
 * jobs that `need` it (a publish job) do not run either.
 */
import * as core from '@actions/core';
import { getOctokit } from '@actions/github';
import type { Report } from '../model/report.js';
import type { Logger } from '../publish/github-client.js';
import { statusOf } from '../publish/status.js';
import { useGitHubMediaType } from '../publish/github-media-type.js';
import type { ActionEnvironment } from './environment.js';
import { draftBlockedRelease, releaseOfEvent, type BlockedReleaseMode } from './release-draft.js';

export interface BlockedReleaseParams {
  report: Report;
  env: ActionEnvironment;
  token: string;
  log: Logger;
  /** The `blocked-release` input. */
  mode: BlockedReleaseMode;
}

/** Returns 'drafted' when the release was turned back into a draft, else why nothing was done. */
export async function applyBlockedRelease(
  params: BlockedReleaseParams,
): Promise<'drafted' | 'not-blocked' | 'fail-only' | 'not-a-release' | 'failed'> {
  const { report, env, token, mode, log } = params;
  if (!report.files.some((file) => file.gate.blocked)) return 'not-blocked';
  const release = releaseOfEvent(env.eventName, env.payload);
  if (!release) return 'not-a-release';
  // A draft saved (release: created with draft true) is not public: nothing to take back.
  if (mode !== 'draft' || release.draft) return 'fail-only';
  const octokit = getOctokit(token, { baseUrl: env.apiUrl.replace(/\/+$/, '') });
  useGitHubMediaType(octokit);
  try {
    const note = await draftBlockedRelease(octokit, release, report);
    log.warning(`release ${release.tagName || release.id} turned back into a draft: the release gate blocks it`);
    if (env.hasStepSummary) await core.summary.addRaw(`\n\n${note}\n`, true).write();
    return 'drafted';
  } catch (error) {
    const status = statusOf(error);
    log.warning(
      `could not turn release ${release.tagName || release.id} back into a draft (${status ? `HTTP ${status}: ` : ''}${error instanceof Error ? error.message : String(error)})${status === 403 || status === 404 ? '; blocked-release: draft needs permissions contents: write' : ''}`,
    );
    return 'failed';
  }
}
