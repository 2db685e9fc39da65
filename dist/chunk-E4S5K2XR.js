import { createRequire as __aagCreateRequire } from 'node:module'; const require = __aagCreateRequire(import.meta.url);
import {
  renderOrgMarkdown
} from "./chunk-M4P5PZB7.js";
import {
  renderOrgDashboard
} from "./chunk-LQ3V4RWO.js";
import {
  runOrgScanCli
} from "./chunk-3PR3DAJT.js";
import {
  InputError,
  info,
  setFailed,
  setOutput,
  summary,
  warning
} from "./chunk-P74PSCZ6.js";
import {
  glob
} from "./chunk-NHZPCZK5.js";
import {
  countGaps
} from "./chunk-KAMNI3PN.js";

// src/action/org-scan-mode.ts
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { isAbsolute, join, resolve } from "node:path";
var ORG_REPORT_FILE = "org-report.json";
var DASHBOARD_FILE = "dashboard.html";
async function runOrgScanMode(options, env) {
  const merging = options.mergeReports.length > 0;
  const org = options.org ?? env.repository?.split("/")[0];
  if (!org && !merging)
    throw new InputError("input org is required for mode org-scan (no repository to take the owner from)");
  const directory = join(env.runnerTemp, "ai-act-gate");
  await mkdir(directory, { recursive: true });
  const reportFile = join(directory, ORG_REPORT_FILE);
  const args = ["--format", "json", "--output", reportFile];
  const previousFile = options.previousReport ? resolve(env.workspace, options.previousReport) : null;
  if (previousFile && existsSync(previousFile)) args.push("--previous", previousFile);
  if (merging) {
    if (options.org) args.push("--org", options.org);
    args.push("--merge", "--", ...await reportFiles(options.mergeReports, env.workspace));
  } else {
    args.push("--org", org, "--api-url", env.apiUrl);
    if (options.configPath) args.push("--config", resolve(env.workspace, options.configPath));
    if (options.shard) args.push("--shard", options.shard);
    if (options.trackingIssues) args.push("--tracking-issues");
    if (options.cacheFile) args.push("--cache", resolve(env.workspace, options.cacheFile));
  }
  const code = await runOrgScanCli(
    args,
    {
      cwd: env.workspace,
      stdout: (text) => info(text.trimEnd()),
      stderr: (text) => warning(text.trimEnd()),
      isTTY: false
    },
    { env: { ...process.env, GITHUB_TOKEN: options.token } }
  );
  if (code === 2)
    throw new Error(
      merging ? "the reports could not be merged (see the warning above)" : "the organisation scan could not run (see the warning above)"
    );
  const report = JSON.parse(await readFile(reportFile, "utf8"));
  const previous = previousFile ? await readPrevious(previousFile) : void 0;
  const dashboardFile = join(directory, DASHBOARD_FILE);
  await writeFile(dashboardFile, renderOrgDashboard(report, previous));
  if (env.hasStepSummary) await summary.addRaw(renderOrgMarkdown(report, previous)).write();
  setOutput("report", reportFile);
  setOutput("dashboard", dashboardFile);
  setOutput("blocked", String(report.summary.blocked > 0));
  setOutput(
    "gaps",
    String(
      report.summary.gaps ?? report.repositories.reduce(
        (sum, repository) => sum + repository.files.reduce((count, file) => count + countGaps(file), 0),
        0
      )
    )
  );
  info(
    `organisation ${report.org}: ${report.summary.repositories} repositories, ${report.summary.cards} cards, ${report.summary.blocked} blocked, ${report.summary.failed} failed; dashboard at ${dashboardFile}`
  );
  if (code === 1 && options.failOn !== "never") {
    setFailed(
      `ai-act-gate: ${report.summary.blocked} release blocker(s) and ${report.summary.failed} repositories that could not be scanned in ${report.org}`
    );
  }
}
async function readPrevious(path) {
  try {
    return JSON.parse(await readFile(path, "utf8"));
  } catch {
    return void 0;
  }
}
async function reportFiles(patterns, workspace) {
  const files = [];
  for (const pattern of patterns) {
    const matches = await glob(pattern, {
      cwd: workspace,
      absolute: isAbsolute(pattern),
      onlyFiles: true,
      expandDirectories: false,
      dot: true
    });
    if (matches.length === 0)
      throw new InputError(`input merge-reports: no file matches "${pattern}" (in ${workspace})`);
    files.push(...matches.sort());
  }
  return [...new Set(files)];
}

export {
  ORG_REPORT_FILE,
  DASHBOARD_FILE,
  runOrgScanMode,
  readPrevious,
  reportFiles
};
