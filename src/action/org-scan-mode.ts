/**
 * The Action's `mode: org-scan` (for a schedule): scans the organisation through the org-scan
 * command, then leaves the JSON report and the HTML dashboard in RUNNER_TEMP/ai-act-gate/ and the
 * Markdown summary in the job summary. The token must be able to read the organisation's
 * repositories (a GitHub App's or a fine-grained token: the workflow token sees only its own).
 * With `merge-reports` it combines the shard reports of a matrix instead (`org-scan --merge`, no API).
 */
import * as core from '@actions/core';
import { countGaps } from '../render/findings.js';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { isAbsolute, join, resolve } from 'node:path';
import { glob } from 'tinyglobby';
import { runOrgScanCli } from '../org-cli.js';
import { renderOrgDashboard } from '../render/org-dashboard.js';
import { renderOrgMarkdown } from '../render/org-markdown.js';
import type { OrgReport } from '../org/types.js';
import type { ActionOptions } from './inputs.js';
import { InputError } from './inputs.js';
import type { ActionEnvironment } from './environment.js';

export const ORG_REPORT_FILE = 'org-report.json';
export const DASHBOARD_FILE = 'dashboard.html';

export async function runOrgScanMode(options: ActionOptions, env: ActionEnvironment): Promise<void> {
  const merging = options.mergeReports.length > 0;
  const org = options.org ?? env.repository?.split('/')[0];
  if (!org && !merging)
    throw new InputError('input org is required for mode org-scan (no repository to take the owner from)');
  const directory = join(env.runnerTemp, 'ai-act-gate');
  await mkdir(directory, { recursive: true });
  const reportFile = join(directory, ORG_REPORT_FILE);
  const args = ['--format', 'json', '--output', reportFile];
  // The first scheduled run has no earlier report: nothing to compare with.
  const previousFile = options.previousReport ? resolve(env.workspace, options.previousReport) : null;
  if (previousFile && existsSync(previousFile)) args.push('--previous', previousFile);
  if (merging) {
    // Only an explicit org input is checked against the reports' organisation.
    if (options.org) args.push('--org', options.org);
    args.push('--merge', '--', ...(await reportFiles(options.mergeReports, env.workspace)));
  } else {
    args.push('--org', org!, '--api-url', env.apiUrl);
    if (options.configPath) args.push('--config', resolve(env.workspace, options.configPath));
    if (options.shard) args.push('--shard', options.shard);
    if (options.trackingIssues) args.push('--tracking-issues');
    if (options.cacheFile) args.push('--cache', resolve(env.workspace, options.cacheFile));
  }
  const code = await runOrgScanCli(
    args,
    {
      cwd: env.workspace,
      stdout: (text) => core.info(text.trimEnd()),
      stderr: (text) => core.warning(text.trimEnd()),
      isTTY: false,
    },
    { env: { ...process.env, GITHUB_TOKEN: options.token } },
  );
  if (code === 2)
    throw new Error(
      merging
        ? 'the reports could not be merged (see the warning above)'
        : 'the organisation scan could not run (see the warning above)',
    );

  const report = JSON.parse(await readFile(reportFile, 'utf8')) as OrgReport;
  const previous = previousFile ? await readPrevious(previousFile) : undefined;
  const dashboardFile = join(directory, DASHBOARD_FILE);
  await writeFile(dashboardFile, renderOrgDashboard(report, previous));
  if (env.hasStepSummary) await core.summary.addRaw(renderOrgMarkdown(report, previous)).write();
  core.setOutput('report', reportFile);
  core.setOutput('dashboard', dashboardFile);
  core.setOutput('blocked', String(report.summary.blocked > 0));
  // Reports of older versions have no gap count: counted from their cards the same way.
  core.setOutput(
    'gaps',
    String(
      report.summary.gaps ??
        report.repositories.reduce(
          (sum, repository) => sum + repository.files.reduce((count, file) => count + countGaps(file), 0),
          0,
        ),
    ),
  );
  core.info(
    `organisation ${report.org}: ${report.summary.repositories} repositories, ${report.summary.cards} cards, ${report.summary.blocked} blocked, ${report.summary.failed} failed; dashboard at ${dashboardFile}`,
  );
  if (code === 1 && options.failOn !== 'never') {
    core.setFailed(
      `ai-act-gate: ${report.summary.blocked} release blocker(s) and ${report.summary.failed} repositories that could not be scanned in ${report.org}`,
    );
  }
}

export async function readPrevious(path: string): Promise<OrgReport | undefined> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as OrgReport;
  } catch {
    return undefined; // The first scheduled run has no earlier report: nothing to compare with.
  }
}

/** The files the `merge-reports` paths and globs name, relative to the workspace (or absolute), in order. */
export async function reportFiles(patterns: readonly string[], workspace: string): Promise<string[]> {
  const files: string[] = [];
  for (const pattern of patterns) {
    const matches = await glob(pattern, {
      cwd: workspace,
      absolute: isAbsolute(pattern),
      onlyFiles: true,
      expandDirectories: false,
      dot: true,
    });
    if (matches.length === 0)
      throw new InputError(`input merge-reports: no file matches "${pattern}" (in ${workspace})`);
    files.push(...matches.sort());
  }
  return [...new Set(files)];
}
