/**
 * Annotations at the card lines, chosen to fit GitHub's caps (10 errors and 10 warnings per step,
 * 50 per job): release blockers first, then card problems, required duties missing, partial ones;
 * when some do not fit, one notice says how many more are in the job summary.
 */
import type { FileReport, Report } from '../model/report.js';
import { blockingLines, findingsOf } from './findings.js';
import { lineOf, neutralise, neutraliseKeepingUrls, singleLine, TEXT_LIMITS } from './escape.js';

export type AnnotationLevel = 'error' | 'warning' | 'notice';

/** What `core.error/warning/notice(message, properties)` takes. */
export interface Annotation {
  level: AnnotationLevel;
  /** One line: the workflow-command escaping is the caller's (`@actions/core` does it). */
  message: string;
  title: string;
  /** The card's path relative to the repository root, as GitHub locates it. */
  file: string;
  startLine: number;
  startColumn?: number;
}

export interface AnnotationLimits {
  errors: number;
  warnings: number;
  notices: number;
  total: number;
}

export const GITHUB_ANNOTATION_LIMITS: AnnotationLimits = { errors: 10, warnings: 10, notices: 10, total: 50 };

/** Why an annotation matters, most important first (within each level). */
const Kind = { ReleaseBlocker: 0, CardProblem: 1, RequiredMissing: 2, RequiredPartial: 3 } as const;
type Kind = (typeof Kind)[keyof typeof Kind];

interface Candidate extends Annotation {
  kind: Kind;
  fileIndex: number;
}

const LEVEL_RANK: Record<AnnotationLevel, number> = { error: 0, warning: 1, notice: 2 };
const levelOf = (severity: string): AnnotationLevel =>
  severity === 'error' || severity === 'warning' ? severity : 'notice';
// The file property locates the card, so it keeps its real characters; only line breaks go.
const filePath = (file: FileReport): string => singleLine(file.path);

function candidatesOf(file: FileReport, fileIndex: number): Candidate[] {
  const candidates: Candidate[] = [];
  if (file.gate.blocked) {
    candidates.push({
      kind: Kind.ReleaseBlocker,
      fileIndex,
      level: 'error',
      title: 'Release blocked',
      message: neutraliseKeepingUrls(blockingLines(file).join('; ') || 'The release gate blocks this model card', 1000),
      file: filePath(file),
      startLine: lineOf(file.titleLine),
    });
  }
  for (const finding of findingsOf(file)) {
    const kind = finding.blocker
      ? Kind.ReleaseBlocker
      : !finding.status
        ? Kind.CardProblem
        : finding.status === 'partial'
          ? Kind.RequiredPartial
          : Kind.RequiredMissing;
    const title = finding.citation
      ? `${finding.ruleId} · ${finding.citation}`
      : finding.file
        ? `Policy: ${finding.ruleId}`
        : `Model card problem: ${finding.ruleId}`;
    candidates.push({
      kind,
      fileIndex,
      level: levelOf(finding.severity),
      title: neutralise(title, TEXT_LIMITS.reason),
      message: neutraliseKeepingUrls(finding.message, 1000),
      // An expired waiver is annotated at its line in the policy file.
      file: finding.file ? singleLine(finding.file) : filePath(file),
      startLine: lineOf(finding.line),
      startColumn: lineOf(finding.column),
    });
  }
  return candidates;
}

function select(candidates: Candidate[], limits: AnnotationLimits): { chosen: Candidate[]; dropped: Candidate[] } {
  const used: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 };
  const cap: Record<AnnotationLevel, number> = {
    error: limits.errors,
    warning: limits.warnings,
    notice: limits.notices,
  };
  const chosen: Candidate[] = [];
  const dropped: Candidate[] = [];
  for (const candidate of candidates) {
    if (chosen.length < limits.total && used[candidate.level] < cap[candidate.level]) {
      used[candidate.level]++;
      chosen.push(candidate);
    } else dropped.push(candidate);
  }
  return { chosen, dropped };
}

export function toAnnotations(
  report: Report,
  limits: AnnotationLimits = GITHUB_ANNOTATION_LIMITS,
): { annotations: Annotation[]; omitted: number } {
  const candidates = report.files
    .flatMap(candidatesOf)
    .sort(
      (a, b) =>
        LEVEL_RANK[a.level] - LEVEL_RANK[b.level] ||
        a.kind - b.kind ||
        a.fileIndex - b.fileIndex ||
        a.startLine - b.startLine,
    );
  let { chosen, dropped } = select(candidates, limits);
  let notice: Annotation | null = null;
  if (dropped.length && limits.notices > 0 && limits.total > 0) {
    // The "more in the summary" notice takes one notice slot and one of the total.
    ({ chosen, dropped } = select(candidates, { ...limits, notices: limits.notices - 1, total: limits.total - 1 }));
    const first = dropped[0];
    notice = {
      level: 'notice',
      title: 'More findings',
      message: `${dropped.length} more ${dropped.length === 1 ? 'finding' : 'findings'} in the job summary`,
      file: first.file,
      startLine: 1,
    };
  }
  const annotations: Annotation[] = chosen.map(({ kind: _kind, fileIndex: _fileIndex, ...annotation }) => annotation);
  if (notice) annotations.push(notice);
  return { annotations, omitted: dropped.length };
}
