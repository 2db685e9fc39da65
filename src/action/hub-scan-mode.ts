/**
 * The Action's `mode: hub-scan` (for a schedule): checks the card of every model of a Hugging Face
 * user or organisation through the hub-scan command, then leaves the JSON report and the HTML
 * dashboard in RUNNER_TEMP/ai-act-gate/ and the Markdown summary in the job summary, as `mode:
 * org-scan` does. The Hub token (`hf-token`, else HF_TOKEN) opens gated and private models; with
 * `cache-dir` restored by actions/cache, unchanged models cost one conditional request and no check.
 * With `merge-reports` it combines the shard reports of a matrix instead (no Hub access).
 */
import * as core from '@actions/core';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { runHubScanCli } from '../hub/hub-scan-cli.js';
import { countGaps } from '../render/findings.js';
import { renderOrgDashboard } from '../render/org-dashboard.js';
import { renderOrgMarkdown } from '../render/org-markdown.js';
import type { OrgReport } from '../org/types.js';
import { InputError, type ActionOptions } from './inputs.js';
import type { ActionEnvironment } from './environment.js';
import { DASHBOARD_FILE, readPrevious, reportFiles } from './org-scan-mode.js';

export const HUB_REPORT_FILE = 'hub-report.json';

export async function runHubScanMode(options: ActionOptions, env: ActionEnvironment): Promise<void> {
  const merging = options.mergeReports.length > 0;
  if (!options.hubAuthor && !merging)
    throw new InputError('input hub-author is required for mode hub-scan (the Hugging Face user or organisation)');
  const directory = join(env.runnerTemp, 'ai-act-gate');
  await mkdir(directory, { recursive: true });
  const reportFile = join(directory, HUB_REPORT_FILE);
  const args = ['--format', 'json', '--output', reportFile];
  // The first scheduled run has no earlier report: nothing to compare with.
  const previousFile = options.previousReport ? resolve(env.workspace, options.previousReport) : null;
  if (previousFile && existsSync(previousFile)) args.push('--previous', previousFile);
  if (merging) {
    if (options.hubAuthor) args.push('--author', options.hubAuthor);
    args.push('--merge', '--', ...(await reportFiles(options.mergeReports, env.workspace)));
  } else {
    args.push('--author', options.hubAuthor!);
    if (options.hubUrl) args.push('--hub-url', options.hubUrl);
    if (options.configPath) args.push('--config', resolve(env.workspace, options.configPath));
    if (options.shard) args.push('--shard', options.shard);
    if (options.cacheDir) args.push('--cache', resolve(env.workspace, options.cacheDir));
  }
  const token = options.hfToken ?? process.env.HF_TOKEN;
  if (token) core.setSecret(token);
  const code = await runHubScanCli(
    args,
    {
      cwd: env.workspace,
      stdout: (text) => core.info(text.trimEnd()),
      stderr: (text) => core.warning(text.trimEnd()),
      isTTY: false,
    },
    { env: { ...process.env, ...(token ? { HF_TOKEN: token } : {}) } },
  );
  if (code === 2)
    throw new Error(
      merging
        ? 'the reports could not be merged (see the warning above)'
        : 'the Hub scan could not run (see the warning above)',
    );

  const report = JSON.parse(await readFile(reportFile, 'utf8')) as OrgReport;
  const previous = previousFile ? await readPrevious(previousFile) : undefined;
  const dashboardFile = join(directory, DASHBOARD_FILE);
  await writeFile(dashboardFile, renderOrgDashboard(report, previous));
  if (env.hasStepSummary) await core.summary.addRaw(renderOrgMarkdown(report, previous)).write();
  const gaps = report.repositories.reduce(
    (sum, repository) => sum + repository.files.reduce((count, file) => count + countGaps(file), 0),
    0,
  );
  core.setOutput('report', reportFile);
  core.setOutput('dashboard', dashboardFile);
  core.setOutput('blocked', String(report.summary.blocked > 0));
  core.setOutput('gaps', String(report.summary.gaps ?? gaps));
  core.info(
    `Hub author ${report.org}: ${report.summary.repositories} models, ${report.summary.cards} cards, ${report.summary.blocked} blocked, ${report.summary.failed} could not be read; dashboard at ${dashboardFile}`,
  );
  if (code === 1 && options.failOn !== 'never') {
    core.setFailed(
      `ai-act-gate: ${report.summary.blocked} release blocker(s) and ${report.summary.failed} models that could not be read of ${report.org}`,
    );
  }
}
