/**
 * The files a checking run leaves for a later posting run (the fork-safe two-workflow setup): the
 * JSON report and a pull-request record (which PR, which commits, what changed against the base).
 * The posting run reads them from an artifact a fork could have forged, so they are checked here,
 * and the renderers treat every string in them as untrusted text.
 */
import { readFile, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Report } from '../model/report.js';
import type { Comparison } from '../render/compare.js';
import { isSha, type PullRequestRef } from './environment.js';

export const REPORT_FILE = 'report.json';
export const PULL_REQUEST_FILE = 'pull-request.json';
const RECORD_KIND = 'ai-act-gate/pull-request';
/** Far above any real report; stops a forged artifact from exhausting memory. */
const MAX_FILE_BYTES = 50 * 1024 * 1024;

export interface PullRequestRecord extends PullRequestRef {
  kind: typeof RECORD_KIND;
  version: 1;
  /** owner/name the report was made for. */
  repository: string;
  comparisons: Comparison[];
}

export function pullRequestRecord(
  repository: string,
  pullRequest: PullRequestRef,
  comparisons: Comparison[],
): PullRequestRecord {
  return { kind: RECORD_KIND, version: 1, repository, ...pullRequest, comparisons };
}

export class ReportFileError extends Error {}

/** The report and its pull-request record, from `report.json` (or a folder holding it) and `pull-request.json` beside it. */
export async function readReportFiles(
  path: string,
): Promise<{ report: Report; record: PullRequestRecord; reportFile: string }> {
  const reportFile = (await stat(path).catch(() => null))?.isDirectory() ? join(path, REPORT_FILE) : path;
  const report = parseReport(await readJson(reportFile), reportFile);
  const recordFile = join(dirname(reportFile), PULL_REQUEST_FILE);
  const record = parseRecord(await readJson(recordFile), recordFile);
  return { report, record, reportFile };
}

async function readJson(file: string): Promise<unknown> {
  const stats = await stat(file).catch(() => null);
  if (!stats?.isFile())
    throw new ReportFileError(`${file} not found (the checking workflow writes it and uploads it as an artifact)`);
  if (stats.size > MAX_FILE_BYTES) throw new ReportFileError(`${file} is larger than ${MAX_FILE_BYTES} bytes`);
  try {
    return JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new ReportFileError(`${file} is not JSON: ${(error as Error).message}`);
  }
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isArrayOf = (value: unknown, item: (element: unknown) => boolean): boolean =>
  Array.isArray(value) && value.every(item);
const isRule = (value: unknown): boolean =>
  isObject(value) &&
  typeof value.id === 'string' &&
  typeof value.status === 'string' &&
  typeof value.required === 'boolean';

/** What the outputs and renderers rely on; the renderers cope with odd values inside. */
function isFileReport(value: unknown): boolean {
  return (
    isObject(value) &&
    typeof value.path === 'string' &&
    isObject(value.tier) &&
    typeof value.tier.id === 'string' &&
    isArrayOf(value.rules, isRule) &&
    isArrayOf(value.problems, isObject) &&
    isObject(value.gate) &&
    typeof value.gate.blocked === 'boolean' &&
    isArrayOf(value.gate.reasons, (reason) => typeof reason === 'string')
  );
}

export function parseReport(value: unknown, file: string): Report {
  if (!isObject(value) || typeof value.schemaVersion !== 'string' || !/^1\./.test(value.schemaVersion)) {
    throw new ReportFileError(`${file} is not an ai-act-gate report of schema version 1`);
  }
  if (!isObject(value.summary) || !isObject(value.tool) || !isObject(value.ruleset))
    throw new ReportFileError(`${file}: expected tool, ruleset and summary objects`);
  if (!Array.isArray(value.files)) throw new ReportFileError(`${file}: expected a files array`);
  const bad = value.files.findIndex((entry) => !isFileReport(entry));
  if (bad >= 0)
    throw new ReportFileError(`${file}: files[${bad}] is not a file report (path, tier.id, rules, problems, gate)`);
  return value as unknown as Report;
}

function isComparison(value: unknown): boolean {
  if (!isObject(value) || typeof value.path !== 'string' || typeof value.isNewCard !== 'boolean') return false;
  if (!isArrayOf(value.newGaps, isRule) || !isArrayOf(value.fixedGaps, isRule)) return false;
  const change = value.tierChange;
  return change === null || (isObject(change) && typeof change.from === 'string' && typeof change.to === 'string');
}

export function parseRecord(value: unknown, file: string): PullRequestRecord {
  if (!isObject(value) || value.kind !== RECORD_KIND || value.version !== 1)
    throw new ReportFileError(`${file} is not an ai-act-gate pull-request record (version 1)`);
  const { number, baseSha, headSha, repository, comparisons } = value;
  if (typeof number !== 'number' || !Number.isInteger(number) || number < 1)
    throw new ReportFileError(`${file}: number must be a pull request number`);
  if (!isSha(baseSha) || !isSha(headSha)) throw new ReportFileError(`${file}: baseSha and headSha must be commit SHAs`);
  if (typeof repository !== 'string' || !/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(repository))
    throw new ReportFileError(`${file}: repository must be owner/name`);
  if (!isArrayOf(comparisons, isComparison))
    throw new ReportFileError(`${file}: comparisons must be a list of card comparisons`);
  return value as unknown as PullRequestRecord;
}
