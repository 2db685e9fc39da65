/**
 * What the runner tells the Action through its environment and event payload, read once at the start
 * (so nothing further down reads `process.env`), and what the event means for the run.
 */
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { InputError } from './inputs.js';

export interface ActionEnvironment {
  eventName: string;
  /** The webhook payload of the triggering event ({} when there is none). */
  payload: Record<string, unknown>;
  /** owner/name */
  repository: string | null;
  workspace: string;
  serverUrl: string;
  apiUrl: string;
  /** The commit the workflow runs on. */
  sha: string | null;
  ref: string | null;
  runId: string | null;
  runAttempt: string | null;
  runnerTemp: string;
  /** Whether `$GITHUB_STEP_SUMMARY` is there to write to. */
  hasStepSummary: boolean;
}

export function readEnvironment(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): ActionEnvironment {
  const eventPath = env.GITHUB_EVENT_PATH;
  let payload: Record<string, unknown> = {};
  if (eventPath) {
    try {
      payload = JSON.parse(readFileSync(eventPath, 'utf8')) as Record<string, unknown>;
    } catch (error) {
      throw new InputError(`cannot read the event payload GITHUB_EVENT_PATH=${eventPath}: ${(error as Error).message}`);
    }
  }
  return {
    eventName: env.GITHUB_EVENT_NAME ?? '',
    payload,
    repository: env.GITHUB_REPOSITORY || null,
    workspace: env.GITHUB_WORKSPACE || cwd,
    serverUrl: env.GITHUB_SERVER_URL || 'https://github.com',
    apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
    sha: env.GITHUB_SHA || null,
    ref: env.GITHUB_REF || null,
    runId: env.GITHUB_RUN_ID || null,
    runAttempt: env.GITHUB_RUN_ATTEMPT || null,
    runnerTemp: env.RUNNER_TEMP || tmpdir(),
    hasStepSummary: Boolean(env.GITHUB_STEP_SUMMARY),
  };
}

export interface PullRequestRef {
  number: number;
  baseSha: string;
  headSha: string;
}

/** What to check: the cards a pull request changes (with API calls), or every card (none). */
export type RunMode =
  | { kind: 'pull-request'; pullRequest: PullRequestRef; event: 'pull_request' | 'pull_request_target' }
  | { kind: 'all-cards' };

export function runModeOf(env: ActionEnvironment): RunMode {
  if (env.eventName !== 'pull_request' && env.eventName !== 'pull_request_target') return { kind: 'all-cards' };
  return {
    kind: 'pull-request',
    event: env.eventName,
    pullRequest: pullRequestOf(env.payload, `the ${env.eventName} event`),
  };
}

export function pullRequestOf(payload: Record<string, unknown>, where: string): PullRequestRef {
  const pr = payload.pull_request as
    { number?: unknown; base?: { sha?: unknown }; head?: { sha?: unknown } } | undefined;
  const number = pr?.number;
  const baseSha = pr?.base?.sha;
  const headSha = pr?.head?.sha;
  if (typeof number !== 'number' || !Number.isInteger(number) || number < 1)
    throw new InputError(`${where} has no pull_request.number`);
  if (!isSha(baseSha) || !isSha(headSha)) throw new InputError(`${where} has no pull_request.base.sha and head.sha`);
  return { number, baseSha, headSha };
}

export function isSha(value: unknown): value is string {
  return typeof value === 'string' && /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/i.test(value);
}

/** The run page, where the job summary is shown. */
export function runUrl(env: ActionEnvironment): string | undefined {
  if (!env.repository || !env.runId) return undefined;
  const attempt = env.runAttempt && env.runAttempt !== '1' ? `/attempts/${env.runAttempt}` : '';
  return `${env.serverUrl.replace(/\/+$/, '')}/${env.repository}/actions/runs/${env.runId}${attempt}`;
}
