/** The Action's inputs (action.yml), read once and validated, with errors that name the input and what it accepts. */
import * as core from '@actions/core';
import { FAIL_ON_LEVELS, type FailOn } from '../exit-code.js';
import { BLOCKED_RELEASE_MODES, type BlockedReleaseMode } from './release-draft.js';

export const COMMENT_MODES = ['auto', 'always', 'never'] as const;
export type CommentMode = (typeof COMMENT_MODES)[number];

/** auto: suggest drafts on pull requests (the only runs that can); true the same; false never. */
export const SUGGEST_MODES = ['auto', 'true', 'false'] as const;
export type SuggestMode = (typeof SUGGEST_MODES)[number];

export const MODES = ['check', 'org-scan', 'hub-scan'] as const;
export type Mode = (typeof MODES)[number];

export interface ActionOptions {
  /** check: this repository's cards; org-scan: every repository of an organisation. */
  mode: Mode;
  /** org-scan: the organisation (default: the repository's owner). */
  org: string | null;
  /** org-scan: `i/n` of a matrix. */
  shard: string | null;
  /** org-scan: one tracking issue per repository with release blockers. */
  trackingIssues: boolean;
  /** org-scan: an earlier org-scan JSON report, to show what changed (a missing file is skipped). */
  previousReport: string | null;
  /** org-scan: ETags and blobs kept between runs (with actions/cache), for conditional requests. */
  cacheFile: string | null;
  /** org-scan, hub-scan: paths or globs of shard reports to merge instead of scanning (relative to the workspace). */
  mergeReports: string[];
  /** hub-scan: the Hugging Face user or organisation whose models are checked. */
  hubAuthor: string | null;
  /** hub-scan: the Hub (null: $HF_ENDPOINT, or https://huggingface.co). */
  hubUrl: string | null;
  /** hub-scan: the Hub token (null: $HF_TOKEN), for gated and private models. */
  hfToken: string | null;
  /** hub-scan: folder keeping reports and the Hub's ETags between runs (restore it with actions/cache). */
  cacheDir: string | null;
  /** Globs from `paths`; empty = find model cards. */
  patterns: string[];
  /** null: the config's `fail-on`, else gate. */
  failOn: FailOn | null;
  token: string;
  /** auto: only when there is something to say or a comment to update; always; never. */
  comment: CommentMode;
  /** Pull requests: post the drafts of missing sections as one review with suggested changes. */
  suggest: boolean;
  /** `config`, relative to the workspace. */
  configPath: string | null;
  /** `sarif-file`, relative to the workspace. */
  sarifFile: string | null;
  /** Pull requests: check only the cards the PR changes. */
  changedOnly: boolean;
  instanceKey: string;
  deleteWhenClean: boolean;
  /** `report`: post the comment for this JSON report (two-workflow setup) instead of checking. */
  reportPath: string | null;
  /** `comment-author`: the login that posts our comment, when it cannot be told from the token. */
  commentAuthor: string | null;
  /** `blocked-release`: on a publishing release event, also turn a blocked release back into a draft. */
  blockedRelease: BlockedReleaseMode;
}

export class InputError extends Error {}

type ReadInput = (name: string) => string;

export function getInputs(read: ReadInput = (name) => core.getInput(name)): ActionOptions {
  const text = (name: string): string => read(name).trim();
  const optional = (name: string): string | null => text(name) || null;
  const oneOf = <T extends string>(
    name: string,
    allowed: readonly T[],
    fallback: T,
    normalise = (value: string) => value,
  ): T => {
    const value = normalise(text(name)) || fallback;
    if (!(allowed as readonly string[]).includes(value))
      throw new InputError(`input ${name} must be one of ${allowed.join(', ')}, not "${value}"`);
    return value as T;
  };
  const boolean = (name: string, fallback: boolean): boolean => {
    const value = text(name).toLowerCase();
    if (value === '') return fallback;
    if (value === 'true') return true;
    if (value === 'false') return false;
    throw new InputError(`input ${name} must be true or false, not "${text(name)}"`);
  };
  const instanceKey = text('instance-key') || 'default';
  if (!/^[A-Za-z0-9._/-]{1,64}$/.test(instanceKey))
    throw new InputError(`input instance-key must be 1–64 letters, digits, ".", "_", "-" or "/", not "${instanceKey}"`);
  const commentAuthor = optional('comment-author');
  if (commentAuthor && !/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$/.test(commentAuthor)) {
    throw new InputError(`input comment-author must be a GitHub login such as my-app[bot], not "${commentAuthor}"`);
  }
  const shard = optional('shard');
  if (shard && !/^\d+\/\d+$/.test(shard))
    throw new InputError(`input shard must look like 2/5 (the 2nd of 5 parts), not "${shard}"`);
  const mode = oneOf('mode', MODES, 'check');
  const trackingIssues = boolean('tracking-issues', false);
  const cacheFile = optional('cache-file');
  const mergeReports = text('merge-reports')
    .split('\n')
    .map((pattern) => pattern.trim())
    .filter(Boolean);
  const cacheDir = optional('cache-dir');
  if (mergeReports.length > 0) {
    if (mode === 'check') throw new InputError('input merge-reports needs mode: org-scan or hub-scan');
    // These belong to the scanning jobs of the matrix, not to the job that merges their reports.
    const scanOnly = shard
      ? 'shard'
      : trackingIssues
        ? 'tracking-issues'
        : cacheFile
          ? 'cache-file'
          : cacheDir
            ? 'cache-dir'
            : null;
    if (scanOnly)
      throw new InputError(
        `input ${scanOnly} is for the scanning jobs; the job with merge-reports only combines their reports`,
      );
  }
  const hubAuthor = optional('hub-author');
  if (hubAuthor && !/^[A-Za-z0-9][A-Za-z0-9._-]{0,95}$/.test(hubAuthor))
    throw new InputError(`input hub-author must be a Hugging Face user or organisation name, not "${hubAuthor}"`);
  const hubUrl = optional('hub-url');
  if (hubUrl && !/^https?:\/\/[^\s/]+/.test(hubUrl))
    throw new InputError(
      `input hub-url must be the Hub's http(s) address, e.g. https://huggingface.co, not "${hubUrl}"`,
    );
  return {
    mode,
    org: optional('org'),
    shard,
    trackingIssues,
    previousReport: optional('previous-report'),
    cacheFile,
    mergeReports,
    hubAuthor,
    hubUrl,
    hfToken: optional('hf-token'),
    cacheDir,
    patterns: text('paths')
      .split(/[\n,]/)
      .map((pattern) => pattern.trim())
      .filter(Boolean),
    failOn: text('fail-on') ? oneOf('fail-on', FAIL_ON_LEVELS, 'gate') : null,
    token: text('token'),
    comment: oneOf('comment', COMMENT_MODES, 'auto'),
    suggest: oneOf('suggest', SUGGEST_MODES, 'auto', (value) => value.toLowerCase()) !== 'false',
    configPath: optional('config'),
    sarifFile: optional('sarif-file'),
    changedOnly: boolean('changed-only', true),
    instanceKey,
    deleteWhenClean: boolean('delete-when-clean', false),
    reportPath: optional('report'),
    commentAuthor,
    blockedRelease: oneOf('blocked-release', BLOCKED_RELEASE_MODES, 'fail'),
  };
}
