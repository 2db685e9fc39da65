/**
 * What the App judges, with the Action's and the org scan's own code: the cards a pull request
 * changes (checkPullRequest, head versions read through the API), or every card at a commit
 * (scanRepository on that commit's tree). The policy is the repository's .github/ai-act-gate.yml on
 * top of the organisation's, from its `.github` repository; for a pull request, the repository's is
 * read at the base commit, so a pull request cannot relax the policy that judges it.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildReport } from '../lint.js';
import { checkPullRequest } from '../action/check-pull-request.js';
import type { PullRequestRef } from '../action/environment.js';
import { policySelects } from '../config/apply-policy.js';
import { DEFAULT_CONFIG_PATH, EMPTY_POLICY, type Policy, type RemoteConfigReader } from '../config/types.js';
import type { Comparison } from '../render/compare.js';
import type { Report } from '../model/report.js';
import type { Ruleset } from '../ruleset/load-rules.js';
import type { Logger } from '../publish/github-client.js';
import { DEFAULT_MAX_BYTES } from '../io/read-source.js';
import { BlobStore } from '../org/blobs.js';
import { createRemoteConfigReader } from '../org/remote-config.js';
import { resolveRepoPolicy } from '../org/policy.js';
import { scanRepository } from '../org/scan.js';
import type { InstallationClients } from './github-app.js';

/** The organisation-wide policy lives in this repository of the owner, as GitHub's own defaults do. */
export const ORG_POLICY_REPOSITORY = '.github';

export interface Target {
  owner: string;
  repo: string;
}

export interface Judgement {
  report: Report;
  policy: Policy;
  comparisons: Comparison[];
}

/** The owner's policy from its `.github` repository (default branch), or the empty policy. */
async function ownerPolicy(target: Target, readRemote: RemoteConfigReader, ruleset: Ruleset): Promise<Policy> {
  if (target.repo === ORG_POLICY_REPOSITORY) return EMPTY_POLICY;
  const text = await readRemote({
    owner: target.owner,
    repo: ORG_POLICY_REPOSITORY,
    path: DEFAULT_CONFIG_PATH,
    ref: null,
  });
  if (text === null) return EMPTY_POLICY;
  return resolveRepoPolicy(
    { owner: target.owner, repo: ORG_POLICY_REPOSITORY, ref: 'HEAD', text },
    { base: EMPTY_POLICY, readRemote, rules: ruleset.rules },
  );
}

/** Every card at a commit, as the org scan reads a repository (one tree, the blobs of the cards). */
export async function judgeCommit(
  clients: InstallationClients,
  target: Target,
  sha: string,
  ruleset: Ruleset,
  log: Logger,
): Promise<Judgement> {
  const readRemote = createRemoteConfigReader(clients.scan);
  const policy = await ownerPolicy(target, readRemote, ruleset);
  const scanned = await scanRepository(
    {
      owner: target.owner,
      name: target.repo,
      fullName: `${target.owner}/${target.repo}`,
      htmlUrl: '',
      // The tree read is the commit's: the scan reads whatever ref it is given.
      defaultBranch: sha,
      archived: false,
      fork: false,
      pushedAt: null,
      hasIssues: true,
      openIssues: 0,
    },
    {
      org: target.owner,
      octokit: clients.scan,
      ruleset,
      policy,
      readRemote,
      cache: null,
      concurrency: 1,
      maxBytes: DEFAULT_MAX_BYTES,
      includeArchived: false,
      includeForks: true,
      shard: null,
    },
    new BlobStore(clients.scan, null),
  );
  if (scanned.status === 'failed') throw new Error(scanned.error ?? 'the cards could not be read');
  for (const warning of scanned.warnings ?? []) log.warning(warning);
  return { report: buildReport(scanned.files, ruleset.rules.length, policy), policy, comparisons: [] };
}

/** The cards a pull request changes, each compared with its base version, as the Action checks them. */
export async function judgePullRequest(
  clients: InstallationClients,
  target: Target,
  pullRequest: PullRequestRef,
  ruleset: Ruleset,
  log: Logger,
): Promise<Judgement> {
  const readRemote = createRemoteConfigReader(clients.scan);
  const base = await ownerPolicy(target, readRemote, ruleset);
  const ownText = await clients.repository.getFileAt(pullRequest.baseSha, DEFAULT_CONFIG_PATH);
  const policy =
    ownText === null
      ? base
      : await resolveRepoPolicy(
          { owner: target.owner, repo: target.repo, ref: pullRequest.baseSha, text: ownText },
          { base, readRemote, rules: ruleset.rules },
        );
  const scratch = await mkdtemp(join(tmpdir(), 'ai-act-gate-serve-'));
  try {
    const workspace = join(scratch, 'workspace');
    const headDirectory = join(scratch, 'head');
    const { files, comparisons } = await checkPullRequest({
      client: clients.repository,
      pullRequest,
      // Nothing is checked out: head versions come through the contents API, as under pull_request_target.
      event: 'pull_request_target',
      patterns: policy.paths,
      selected: (path) => policySelects({ ...policy, paths: [] }, path),
      policy,
      changedOnly: true,
      workspace,
      headDirectory,
      ruleset,
      jobs: 1,
      log,
    });
    return { report: buildReport(files, ruleset.rules.length, policy), policy, comparisons };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
