/**
 * The check run "ai-act-gate" on a commit: the verdict as its title, the report as its summary, the
 * findings as annotations at the card lines. The API takes at most 50 annotations per request: the
 * first 50 come with the check run, the rest in updates (GitHub appends them).
 */
import { exitCodeFor, type FailOn } from '../exit-code.js';
import { toAnnotations, type Annotation } from '../render/annotations.js';
import { renderComment, verdictLine } from '../render/comment.js';
import { renderSummary } from '../render/summary.js';
import type { SourceLocation } from '../render/escape.js';
import type { Comparison } from '../render/compare.js';
import type { Report } from '../model/report.js';
import type { RequestApi } from './github-app.js';

export const CHECK_NAME = 'ai-act-gate';
export const ANNOTATIONS_PER_REQUEST = 50;
/** The API's cap on a check run's summary. */
const MAX_SUMMARY_CHARACTERS = 65_535;
/** Far more than a page of findings; GitHub shows every annotation of a check run. */
const CHECK_RUN_LIMITS = { errors: 1000, warnings: 1000, notices: 1000, total: 1000 };

export interface CheckRunTarget {
  owner: string;
  repo: string;
  headSha: string;
}

export interface CheckRunResult {
  id: number;
  htmlUrl: string | null;
  conclusion: 'success' | 'failure';
  annotations: number;
  requests: number;
}

const LEVEL = { error: 'failure', warning: 'warning', notice: 'notice' } as const;

function toCheckAnnotation(annotation: Annotation) {
  return {
    path: annotation.file,
    start_line: annotation.startLine,
    end_line: annotation.startLine,
    annotation_level: LEVEL[annotation.level],
    title: annotation.title.slice(0, 255),
    message: annotation.message.slice(0, 64 * 1024),
  };
}

function summaryOf(report: Report, source: SourceLocation, comparisons: Comparison[]): string {
  const full = renderSummary(report, { ...source, comparison: comparisons });
  if (full.length <= MAX_SUMMARY_CHARACTERS) return full;
  // The comment renderer shortens itself to a length; the full report is in the check's annotations.
  return renderComment(report, { ...source, comparison: comparisons, maxLength: MAX_SUMMARY_CHARACTERS - 100 });
}

export async function publishCheckRun(
  api: RequestApi,
  target: CheckRunTarget,
  report: Report,
  options: { failOn: FailOn; source: SourceLocation; comparisons?: Comparison[]; failure?: boolean },
): Promise<CheckRunResult> {
  const conclusion = options.failure || exitCodeFor(report, options.failOn) === 1 ? 'failure' : 'success';
  const annotations = toAnnotations(report, CHECK_RUN_LIMITS).annotations.map(toCheckAnnotation);
  const batches: (typeof annotations)[] = [];
  for (let start = 0; start < annotations.length; start += ANNOTATIONS_PER_REQUEST)
    batches.push(annotations.slice(start, start + ANNOTATIONS_PER_REQUEST));
  const output = (batch: typeof annotations | undefined) => ({
    title: verdictLine(report).slice(0, 255),
    summary: summaryOf(report, options.source, options.comparisons ?? []),
    ...(batch?.length ? { annotations: batch } : {}),
  });
  const { data } = await api.request('POST /repos/{owner}/{repo}/check-runs', {
    owner: target.owner,
    repo: target.repo,
    name: CHECK_NAME,
    head_sha: target.headSha,
    status: 'completed',
    conclusion,
    completed_at: new Date().toISOString(),
    output: output(batches[0]),
  });
  const created = data as { id: number; html_url?: string | null };
  for (const batch of batches.slice(1)) {
    await api.request('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}', {
      owner: target.owner,
      repo: target.repo,
      check_run_id: created.id,
      output: output(batch),
    });
  }
  return {
    id: created.id,
    htmlUrl: created.html_url ?? null,
    conclusion,
    annotations: annotations.length,
    requests: Math.max(1, batches.length),
  };
}

/** A check run saying the cards could not be checked (a policy with an error, an unreadable tree): failure, with the reason. */
export async function publishErrorCheckRun(api: RequestApi, target: CheckRunTarget, reason: string): Promise<void> {
  await api.request('POST /repos/{owner}/{repo}/check-runs', {
    owner: target.owner,
    repo: target.repo,
    name: CHECK_NAME,
    head_sha: target.headSha,
    status: 'completed',
    conclusion: 'failure',
    completed_at: new Date().toISOString(),
    output: {
      title: 'The model cards could not be checked',
      summary: reason.slice(0, MAX_SUMMARY_CHARACTERS),
    },
  });
}
