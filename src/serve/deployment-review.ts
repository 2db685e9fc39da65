/**
 * The App as a custom deployment protection rule: a deployment to a protected environment is approved,
 * or rejected with the reasons, by the release gate of the cards at the deployed commit. It fails
 * closed: a commit whose cards cannot be read is rejected, saying why.
 */
import { isSha } from '../action/environment.js';
import type { InstallationClients } from './github-app.js';
import type { HandlerContext, Payload } from './handlers.js';
import { judgeCommit, type Target } from './judge.js';

/** GitHub shows at most this much of a protection rule's comment. */
const MAX_REVIEW_COMMENT = 1024;

/** A custom deployment protection rule's verdict: rejected when the gate blocks a card at the deployed commit, or when the cards cannot be read. */
export async function reviewDeployment(
  payload: Payload,
  target: Target,
  clients: InstallationClients,
  context: HandlerContext,
): Promise<string> {
  if (payload.action !== 'requested') return `ignored: deployment_protection_rule.${String(payload.action)}`;
  const environment = payload.environment;
  const callback = String(payload.deployment_callback_url ?? '');
  const runId = /\/actions\/runs\/(\d+)\/deployment_protection_rule$/.exec(callback)?.[1];
  const sha = (payload.deployment as { sha?: unknown } | undefined)?.sha;
  if (typeof environment !== 'string' || !runId || !isSha(sha))
    return 'ignored: no environment, deployment sha or callback URL';
  let state: 'approved' | 'rejected';
  let comment: string;
  try {
    const { report } = await judgeCommit(clients, target, sha, context.ruleset, context.log);
    const blocked = report.files.filter((file) => file.gate.blocked);
    state = blocked.length ? 'rejected' : 'approved';
    comment = blocked.length
      ? `ai-act-gate: release blocked for ${blocked.length} model card(s) at ${sha.slice(0, 7)}: ${blocked
          .map((file) => `${file.path} (${(file.gate.blockedBy ?? []).join(', ') || 'see the gate'})`)
          .join('; ')}`
      : `ai-act-gate: ${report.files.length} model card(s) at ${sha.slice(0, 7)}, none blocked by the release gate`;
  } catch (error) {
    // Fail closed: a deployment the gate could not judge does not go ahead.
    state = 'rejected';
    comment = `ai-act-gate could not check the model cards at ${sha.slice(0, 7)}: ${error instanceof Error ? error.message : String(error)}`;
  }
  await clients.api.request('POST /repos/{owner}/{repo}/actions/runs/{run_id}/deployment_protection_rule', {
    owner: target.owner,
    repo: target.repo,
    run_id: Number(runId),
    environment_name: environment,
    state,
    comment: comment.length > MAX_REVIEW_COMMENT ? `${comment.slice(0, MAX_REVIEW_COMMENT - 1)}…` : comment,
  });
  return `deployment ${state}`;
}
