/**
 * The Action's `mode: org-scan` (for a schedule): scans the organisation through the org-scan
 * command, then leaves the JSON report and the HTML dashboard in RUNNER_TEMP/ai-act-gate/ and the
 * Markdown summary in the job summary. The token must be able to read the organisation's
 * repositories (a GitHub App's or a fine-grained token: the workflow token sees only its own).
 */
import * as core from '@actions/core';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
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
  const org = options.org ?? env.repository?.split('/')[0];
  if (!org) throw new InputError('input org is required for mode org-scan (no repository to take the owner from)');
  const directory = join(env.runnerTemp, 'ai-act-gate');
  await mkdir(directory, { recursive: true });
  const reportFile = join(directory, ORG_REPORT_FILE);
  const args = ['--org', org, '--format', 'json', '--output', reportFile, '--api-url', env.apiUrl];
  if (options.configPath) args.push('--config', resolve(env.workspace, options.configPath));
  if (options.shard) args.push('--shard', options.shard);
  if (options.trackingIssues) args.push('--tracking-issues');
  if (options.previousReport) args.push('--previous', resolve(env.workspace, options.previousReport));
  if (options.cacheFile) args.push('--cache', resolve(env.workspace, options.cacheFile));
  const code = await runOrgScanCli(args, {
    cwd: env.workspace,
    stdout: (text) => core.info(text.trimEnd()),
    stderr: (text) => core.warning(text.trimEnd()),
    isTTY: false,
  }, { env: { ...process.env, GITHUB_TOKEN: options.token } });
  if (code === 2) throw new Error('the organisation scan could not run (see the warning above)');

  const report = JSON.parse(await readFile(reportFile, 'utf8')) as OrgReport;
  const previous = options.previousReport ? await readPrevious(resolve(env.workspace, options.previousReport)) : undefined;
  const dashboardFile = join(directory, DASHBOARD_FILE);
  await writeFile(dashboardFile, renderOrgDashboard(report, previous));
  if (env.hasStepSummary) await core.summary.addRaw(renderOrgMarkdown(report, previous)).write();
  core.setOutput('report', reportFile);
  core.setOutput('dashboard', dashboardFile);
  core.setOutput('blocked', String(report.summary.blocked > 0));
  core.setOutput('gaps', String(report.summary.errors + report.summary.warnings));
  core.info(`organisation ${org}: ${report.summary.repositories} repositories, ${report.summary.cards} cards, ${report.summary.blocked} blocked, ${report.summary.failed} failed; dashboard at ${dashboardFile}`);
  if (code === 1 && options.failOn !== 'never') {
    core.setFailed(`ai-act-gate: ${report.summary.blocked} release blocker(s) and ${report.summary.failed} repositories that could not be scanned in ${org}`);
  }
}

async function readPrevious(path: string): Promise<OrgReport | undefined> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as OrgReport;
  } catch {
    return undefined; // The first scheduled run has no earlier report: nothing to compare with.
  }
}
