/**
 * The Action's thin shell: inputs → check (the PR's changed cards, or all cards) → annotations, job
 * summary, JSON report, SARIF, outputs → PR comment → gate. With the `report` input it only posts the
 * comment for a report an earlier (fork-safe) run wrote.
 */
import * as core from '@actions/core';
import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { openRuleset } from '../ruleset/open-ruleset.js';
import { buildReport } from '../lint.js';
import { checkFiles } from '../check-files.js';
import { findCards } from '../io/find-cards.js';
import { DEFAULT_MAX_BYTES } from '../io/read-source.js';
import { exitCodeFor, failureReason, type FailOn } from '../exit-code.js';
import { renderComment, tally } from '../render/comment.js';
import { renderSummary } from '../render/summary.js';
import { toSarif } from '../render/sarif.js';
import { addProvenance } from '../provenance/add-provenance.js';
import { addFamilies } from '../families/report-families.js';
import { withSarifProvenance } from '../provenance/sarif-provenance.js';
import type { Comparison } from '../render/compare.js';
import type { SourceLocation } from '../render/escape.js';
import type { FileReport, Report } from '../model/report.js';
import { annotate } from '../publish/annotate.js';
import { writeJsonFile } from '../publish/write-files.js';
import { createOctokitClient, type GitHubClient, type Logger } from '../publish/github-client.js';
import { commentAuthors } from '../publish/comment-author.js';
import { upsertComment } from '../publish/upsert-comment.js';
import { planPullRequestDrafts, publishDrafts, type DraftsOutcome } from '../publish/draft-review.js';
import type { CommentDrafts } from '../render/comment.js';
import type { DraftGroup } from '../publish/pull-request-drafts.js';
import { VERSION } from '../version.js';
import { checkPolicyRuleIds, policySelects } from '../config/apply-policy.js';
import { loadActionPolicy } from './policy.js';
import { getInputs, InputError, type ActionOptions } from './inputs.js';
import { readEnvironment, runModeOf, runUrl, type ActionEnvironment, type PullRequestRef } from './environment.js';
import { checkPullRequest, listChangedFiles, type PullRequestCheck } from './check-pull-request.js';
import { pullRequestRecord, PULL_REQUEST_FILE, readReportFiles, REPORT_FILE } from './report-files.js';
import { applyBlockedRelease } from './blocked-release-step.js';

const log: Logger = { info: (message) => core.info(message), warning: (message) => core.warning(message) };

export async function run(): Promise<void> {
  try {
    await runAction(getInputs(), readEnvironment());
  } catch (error) {
    core.setFailed(`ai-act-gate: ${error instanceof Error ? error.message : String(error)}`);
  }
}

export async function runAction(options: ActionOptions, env: ActionEnvironment): Promise<void> {
  if (options.reportPath) return postReport(options, env);
  if (options.mode === 'org-scan') {
    // Loaded only for this mode: a pull-request check needs none of the scan's client.
    const { runOrgScanMode } = await import('./org-scan-mode.js');
    return runOrgScanMode(options, env);
  }
  if (options.mode === 'hub-scan') return (await import('./hub-scan-mode.js')).runHubScanMode(options, env);

  const mode = runModeOf(env);
  const client: GitHubClient | null = mode.kind === 'pull-request' ? clientFor(options, env) : null;
  const changedFiles =
    mode.kind === 'pull-request' && client ? await listChangedFiles(client, mode.pullRequest.number) : undefined;
  const readRemote = options.token ? (client ?? clientFor(options, env)).getRepositoryFile : undefined;
  const policy = await loadActionPolicy({
    configPath: options.configPath,
    workspace: env.workspace,
    readRemote,
    pullRequest:
      mode.kind === 'pull-request' && client && changedFiles
        ? { client, baseSha: mode.pullRequest.baseSha, changedFiles }
        : null,
    log,
  });
  const ruleset = await openRuleset(undefined, policy.ruleFolders);
  checkPolicyRuleIds(policy, ruleset.rules);
  const patterns = options.patterns.length > 0 ? options.patterns : policy.paths;
  const selected = (path: string): boolean => policySelects({ ...policy, paths: [] }, path);
  const failOn = options.failOn ?? policy.failOn ?? 'gate';
  const jobs = availableParallelism();
  let files: FileReport[];
  let comparisons: Comparison[] = [];
  let changedCards: PullRequestCheck['changedCards'] = [];
  if (mode.kind === 'pull-request' && client) {
    const headDirectory = await mkdtemp(join(env.runnerTemp, 'ai-act-gate-head-'));
    try {
      ({ files, comparisons, changedCards } = await checkPullRequest({
        client,
        pullRequest: mode.pullRequest,
        event: mode.event,
        patterns,
        changedFiles,
        selected,
        policy,
        changedOnly: options.changedOnly,
        workspace: env.workspace,
        headDirectory,
        ruleset,
        jobs,
        log,
      }));
    } finally {
      await rm(headDirectory, { recursive: true, force: true });
    }
    log.info(
      `pull request #${mode.pullRequest.number}: ${files.length} model card(s) checked, ${comparisons.length} compared with the base`,
    );
  } else {
    const paths = (await findCards(patterns, env.workspace)).filter(selected);
    if (paths.length === 0) {
      if (patterns.length)
        throw new InputError(
          `no files match ${patterns.map((pattern) => `"${pattern}"`).join(', ')} in ${env.workspace}`,
        );
      log.warning('no model cards found in the workspace (is the repository checked out?)');
    }
    files = await checkFiles(paths, {
      cwd: env.workspace,
      maxBytes: DEFAULT_MAX_BYTES,
      jobs,
      ruleset,
      rulesDirectory: ruleset.directory,
      policy,
    });
  }

  // A pull request's cards are read at its head commit, not from the workspace: their digests are not taken there.
  const report = addFamilies(
    addProvenance(buildReport(files, ruleset.rules.length, policy), {
      cwd: env.workspace,
      ruleset,
      policy,
      readCards: mode.kind !== 'pull-request',
    }),
  );
  const pullRequest = mode.kind === 'pull-request' ? mode.pullRequest : null;
  const source: SourceLocation = {
    serverUrl: env.serverUrl,
    repository: env.repository ?? undefined,
    headSha: pullRequest?.headSha ?? env.sha ?? undefined,
  };
  annotate(report);
  // Drafts are posted before the summary is written, so that it carries those the review could not post.
  const authors = client ? lazy(() => commentAuthors(client, options.token, options.commentAuthor, log)) : null;
  const drafts = pullRequest && options.suggest ? planPullRequestDrafts(changedCards, report, ruleset, log) : null;
  let posted: DraftsOutcome | null = null;
  if (client && pullRequest && drafts && authors)
    posted = await publishDrafts(client, drafts, {
      pullNumber: pullRequest.number,
      headSha: pullRequest.headSha,
      instanceKey: options.instanceKey,
      authors: await authors(),
      log,
    });
  await writeSummary(report, source, comparisons, env, posted?.summaryDrafts);
  const outputDirectory = outputDirectoryOf(env, options);
  const reportFile = join(outputDirectory, REPORT_FILE);
  await writeJsonFile(reportFile, report);
  if (pullRequest && env.repository)
    await writeJsonFile(
      join(outputDirectory, PULL_REQUEST_FILE),
      pullRequestRecord(env.repository, pullRequest, comparisons),
    );
  if (options.sarifFile) {
    const sarifFile = resolve(env.workspace, options.sarifFile);
    await writeJsonFile(
      sarifFile,
      withSarifProvenance(toSarif(report, ruleset.rules, { toolVersion: VERSION }), report),
    );
    log.info(`SARIF written to ${sarifFile}`);
  }
  setOutputs(report, reportFile);
  if (mode.kind === 'all-cards')
    await applyBlockedRelease({ report, env, token: options.token, mode: options.blockedRelease, log });
  if (client && pullRequest && authors && options.comment !== 'never')
    await publishComment(client, report, comparisons, pullRequest, source, options, env, await authors(), {
      placements: drafts?.placements,
      offDiff: posted?.commentDrafts,
    });
  gate(report, failOn);
}

/** Two-workflow mode: post the comment for a report written by the pull_request run, after checking it is for this PR's head. */
async function postReport(options: ActionOptions, env: ActionEnvironment): Promise<void> {
  const { report, record, reportFile } = await readReportFiles(resolve(env.workspace, options.reportPath!));
  if (env.repository && record.repository.toLowerCase() !== env.repository.toLowerCase()) {
    throw new InputError(`the report is for ${record.repository}, not for ${env.repository}`);
  }
  const runHead = (env.payload.workflow_run as { head_sha?: unknown } | undefined)?.head_sha;
  if (env.eventName === 'workflow_run' && runHead !== record.headSha) {
    throw new InputError(
      `the report is for commit ${record.headSha}, but the workflow run that made it ran on ${String(runHead)}`,
    );
  }
  const source: SourceLocation = { serverUrl: env.serverUrl, repository: record.repository, headSha: record.headSha };
  await writeSummary(report, source, record.comparisons, env);
  setOutputs(report, reportFile);
  if (options.comment === 'never') return;
  const client = clientFor(options, env);
  // The record comes from an artifact a fork may have written: post only on the PR whose head it names.
  const currentHead = await client.getPullHeadSha(record.number);
  if (currentHead !== record.headSha) {
    log.warning(
      `pull request #${record.number} is now at ${currentHead}, not at ${record.headSha} as the report says; not posting (the run for the new head will)`,
    );
    return;
  }
  await publishComment(
    client,
    report,
    record.comparisons,
    record,
    source,
    options,
    env,
    await commentAuthors(client, options.token, options.commentAuthor, log),
  );
}

function clientFor(options: ActionOptions, env: ActionEnvironment): GitHubClient {
  if (!options.token)
    throw new InputError('input token is empty; pull-request runs need a token (the default is github.token)');
  if (!env.repository) throw new InputError('GITHUB_REPOSITORY is not set');
  const [owner, repo] = env.repository.split('/');
  return createOctokitClient({ token: options.token, repository: { owner, repo }, baseUrl: env.apiUrl, log });
}

async function publishComment(
  client: GitHubClient,
  report: Report,
  comparisons: Comparison[],
  pullRequest: PullRequestRef,
  source: SourceLocation,
  options: ActionOptions,
  env: ActionEnvironment,
  authors: string[],
  drafts?: CommentDrafts,
): Promise<void> {
  const { blockers, gaps, problems } = tally(report);
  const clean = blockers === 0 && gaps === 0 && problems === 0;
  const summaryUrl = runUrl(env);
  const result = await upsertComment(client, {
    issueNumber: pullRequest.number,
    instanceKey: options.instanceKey,
    authors,
    render: (maxLength) =>
      renderComment(report, {
        ...source,
        instanceKey: options.instanceKey,
        comparison: comparisons,
        maxLength,
        summaryUrl,
        drafts,
      }),
    clean,
    deleteWhenClean: options.deleteWhenClean,
    // auto: no new comment on a PR with nothing to say; an existing one is still brought up to date.
    createIfMissing: options.comment === 'always' || !clean,
    log,
  });
  log.info(
    `PR comment: ${result.action}${result.duplicatesDeleted ? ` (${result.duplicatesDeleted} duplicate(s) removed)` : ''}`,
  );
}

async function writeSummary(
  report: Report,
  source: SourceLocation,
  comparisons: Comparison[],
  env: ActionEnvironment,
  drafts?: readonly DraftGroup[],
): Promise<void> {
  if (!env.hasStepSummary) {
    log.info('GITHUB_STEP_SUMMARY is not set; no job summary written');
    return;
  }
  await core.summary.addRaw(renderSummary(report, { ...source, comparison: comparisons, drafts }), true).write();
}

/** A value computed once, on first use (GET /user, when the token needs it, only when something is posted). */
function lazy<T>(make: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined;
  return () => (value ??= make());
}

/** RUNNER_TEMP/ai-act-gate (…-<instance key> for other instances), uploaded as an artifact in the two-workflow setup. */
function outputDirectoryOf(env: ActionEnvironment, options: ActionOptions): string {
  const suffix = options.instanceKey === 'default' ? '' : `-${options.instanceKey.replace(/[^A-Za-z0-9._-]+/g, '-')}`;
  return join(env.runnerTemp, `ai-act-gate${suffix}`);
}

/** The step's outputs: `gaps` is the same count as every format's (findings.ts). */
export function actionOutputs(
  report: Report,
  reportFile: string,
): Record<'blocked' | 'tier' | 'gaps' | 'report', string> {
  return {
    blocked: String(report.files.some((file) => file.gate.blocked)),
    tier: JSON.stringify(Object.fromEntries(report.files.map((file) => [file.path, file.tier.id]))),
    gaps: String(tally(report).gaps),
    report: reportFile,
  };
}

function setOutputs(report: Report, reportFile: string): void {
  for (const [name, value] of Object.entries(actionOutputs(report, reportFile))) core.setOutput(name, value);
  for (const warning of report.policyWarnings ?? []) log.warning(`${warning.source}: ${warning.message}`);
}

/** Fails the step loudly, naming the cards, when the report reaches the `fail-on` level. */
function gate(report: Report, failOn: FailOn): void {
  if (exitCodeFor(report, failOn) === 0) return;
  const blocked = report.files.filter((file) => file.gate.blocked);
  if (blocked.length) {
    const reasons = (file: FileReport) =>
      file.gate.reasons.filter((reason) => /^blocked\b/i.test(reason)).join('; ') || file.gate.reasons.join('; ');
    core.setFailed(
      `ai-act-gate: release blocked for ${blocked.length} model card(s): ${blocked.map((file) => `${file.path} (${reasons(file)})`).join(', ')}`,
    );
    return;
  }
  core.setFailed(`ai-act-gate: ${failureReason(report, failOn) ?? `findings at or above fail-on "${failOn}"`}`);
}
