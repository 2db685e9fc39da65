/**
 * What the App does with each event. pull_request → check run + the Action's sticky comment; push to
 * the default branch → check run; deployment_protection_rule → approve or reject by the release gate
 * at the deployed commit; release → check run on the tagged commit (and, with the policy's release: draft or BLOCKED_RELEASE=draft,
 * the release back to draft). Installation events and anything else: nothing to do.
 */
import { tally, renderComment } from '../render/comment.js';
import type { SourceLocation } from '../render/escape.js';
import type { Ruleset } from '../ruleset/load-rules.js';
import type { Logger } from '../publish/github-client.js';
import { upsertComment } from '../publish/upsert-comment.js';
import { isSha, pullRequestOf } from '../action/environment.js';
import { draftBlockedRelease, releaseOfEvent, type BlockedReleaseMode } from '../action/release-draft.js';
import type { Delivery } from './webhook-server.js';
import type { GitHubApp, InstallationClients, RequestApi } from './github-app.js';
import { publishCheckRun, publishErrorCheckRun, type CheckRunTarget } from './check-run.js';
import { judgeCommit, judgePullRequest, type Judgement, type Target } from './judge.js';
import { reviewDeployment } from './deployment-review.js';

const PULL_REQUEST_ACTIONS = new Set(['opened', 'synchronize', 'reopened', 'ready_for_review']);

export interface HandlerContext {
  app: Pick<GitHubApp, 'clients' | 'botLogin'>;
  ruleset: Ruleset;
  serverUrl: string;
  blockedRelease: BlockedReleaseMode;
  log: Logger;
}

export type Payload = Record<string, unknown>;

function targetOf(payload: Payload): Target | null {
  const repository = payload.repository as { name?: unknown; owner?: { login?: unknown } } | undefined;
  const owner = repository?.owner?.login;
  const repo = repository?.name;
  return typeof owner === 'string' && typeof repo === 'string' ? { owner, repo } : null;
}

function installationOf(payload: Payload): number | null {
  const id = (payload.installation as { id?: unknown } | undefined)?.id;
  return typeof id === 'number' ? id : null;
}

export async function handleDelivery(delivery: Delivery, context: HandlerContext): Promise<string> {
  const { name, payload } = delivery;
  if (name === 'installation' || name === 'installation_repositories' || name === 'ping') return 'nothing to do';
  const target = targetOf(payload);
  const installation = installationOf(payload);
  if (!target || installation === null) return 'ignored: no repository or installation';
  const clients = () => context.app.clients(installation, target.owner, target.repo);
  const source = (headSha: string): SourceLocation => ({
    serverUrl: context.serverUrl,
    repository: `${target.owner}/${target.repo}`,
    headSha,
  });

  if (name === 'pull_request') {
    if (!PULL_REQUEST_ACTIONS.has(String(payload.action))) return `ignored: pull_request.${String(payload.action)}`;
    const pullRequest = pullRequestOf(payload, 'the pull_request event');
    const api = await clients();
    const judgement = await orReport(api.api, { ...target, headSha: pullRequest.headSha }, () =>
      judgePullRequest(api, target, pullRequest, context.ruleset, context.log),
    );
    const check = await publishCheckRun(api.api, { ...target, headSha: pullRequest.headSha }, judgement.report, {
      failOn: judgement.policy.failOn ?? 'gate',
      source: source(pullRequest.headSha),
      comparisons: judgement.comparisons,
    });
    const comment = await postComment(
      api,
      judgement,
      pullRequest.number,
      source(pullRequest.headSha),
      check.htmlUrl,
      context,
    );
    return `check run ${check.conclusion}, comment ${comment}`;
  }

  if (name === 'push') {
    const defaultBranch = (payload.repository as { default_branch?: unknown }).default_branch;
    if (payload.ref !== `refs/heads/${String(defaultBranch)}` || payload.deleted === true || !isSha(payload.after))
      return 'ignored: not a push to the default branch';
    const api = await clients();
    const after = payload.after;
    const judgement = await orReport(api.api, { ...target, headSha: after }, () =>
      judgeCommit(api, target, after, context.ruleset, context.log),
    );
    const check = await publishCheckRun(api.api, { ...target, headSha: payload.after }, judgement.report, {
      failOn: judgement.policy.failOn ?? 'gate',
      source: source(payload.after),
    });
    return `check run ${check.conclusion}`;
  }

  if (name === 'deployment_protection_rule') return reviewDeployment(payload, target, await clients(), context);

  if (name === 'release') {
    const release = releaseOfEvent(name, payload);
    if (!release) return `ignored: release.${String(payload.action)}`;
    const api = await clients();
    const sha = await tagCommit(api.api, target, release.tagName);
    const judgement = await orReport(api.api, { ...target, headSha: sha }, () =>
      judgeCommit(api, target, sha, context.ruleset, context.log),
    );
    const check = await publishCheckRun(api.api, { ...target, headSha: sha }, judgement.report, {
      failOn: judgement.policy.failOn ?? 'gate',
      source: source(sha),
    });
    const blocked = judgement.report.files.some((file) => file.gate.blocked);
    // The repository's policy (`release: draft`) decides; the server's BLOCKED_RELEASE is the default.
    const mode = judgement.policy.blockedRelease ?? context.blockedRelease;
    if (!blocked || mode !== 'draft' || release.draft) return `check run ${check.conclusion}`;
    await draftBlockedRelease(api.api, release, judgement.report);
    return `check run ${check.conclusion}, release turned back into a draft`;
  }
  return `ignored: ${name}`;
}

/** The Action's sticky comment, by the App's bot login: created when there is something to say, else only updated. */
async function postComment(
  clients: InstallationClients,
  judgement: Judgement,
  issueNumber: number,
  source: SourceLocation,
  checkUrl: string | null,
  context: HandlerContext,
): Promise<string> {
  const { blockers, gaps, problems } = tally(judgement.report);
  const clean = blockers === 0 && gaps === 0 && problems === 0;
  const result = await upsertComment(clients.repository, {
    issueNumber,
    instanceKey: 'default',
    authors: [await context.app.botLogin()],
    render: (maxLength) =>
      renderComment(judgement.report, {
        ...source,
        instanceKey: 'default',
        comparison: judgement.comparisons,
        maxLength,
        summaryUrl: checkUrl ?? undefined,
      }),
    clean,
    deleteWhenClean: false,
    createIfMissing: !clean,
    log: context.log,
  });
  return result.action;
}

/** The commit a tag points at, through an annotated tag object when there is one. */
async function tagCommit(api: RequestApi, target: Target, tag: string): Promise<string> {
  const { data } = await api.request('GET /repos/{owner}/{repo}/git/ref/{ref}', { ...target, ref: `tags/${tag}` });
  let object = (data as { object: { type: string; sha: string } }).object;
  for (let depth = 0; object.type === 'tag' && depth < 5; depth++) {
    const { data: tagObject } = await api.request('GET /repos/{owner}/{repo}/git/tags/{tag_sha}', {
      ...target,
      tag_sha: object.sha,
    });
    object = (tagObject as { object: { type: string; sha: string } }).object;
  }
  return object.sha;
}

/**
 * The judgement, or, when the cards cannot be judged (a policy with an error, an unreadable tree), a
 * failing check run that says why, so the reason shows on the commit and not only in the log.
 */
async function orReport(api: RequestApi, target: CheckRunTarget, judge: () => Promise<Judgement>): Promise<Judgement> {
  try {
    return await judge();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    await publishErrorCheckRun(api, target, `ai-act-gate could not check the model cards: ${reason}`);
    throw new Error(`check run failure: ${reason}`, { cause: error });
  }
}
