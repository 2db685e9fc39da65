import { createRequire as __aagCreateRequire } from 'node:module'; const require = __aagCreateRequire(import.meta.url);
import {
  runHubScanCli
} from "./chunk-CI4E3EAU.js";
import "./chunk-4ZXRFXO6.js";
import {
  DASHBOARD_FILE,
  readPrevious,
  reportFiles
} from "./chunk-E4S5K2XR.js";
import {
  renderOrgMarkdown
} from "./chunk-M4P5PZB7.js";
import {
  renderOrgDashboard
} from "./chunk-LQ3V4RWO.js";
import "./chunk-MKJ5OUAC.js";
import "./chunk-3PR3DAJT.js";
import "./chunk-RMTZV52Y.js";
import "./chunk-BEDF4N6L.js";
import "./chunk-ESC6ALIX.js";
import "./chunk-I26MFRY4.js";
import {
  InputError,
  info,
  setFailed,
  setOutput,
  setSecret,
  summary,
  warning
} from "./chunk-P74PSCZ6.js";
import "./chunk-7KMQK5G6.js";
import "./chunk-L5FIYTYZ.js";
import "./chunk-5OZVU24E.js";
import "./chunk-NHZPCZK5.js";
import "./chunk-L2JWAVTU.js";
import "./chunk-A447YCO3.js";
import "./chunk-RPD2XTUP.js";
import "./chunk-UUOQDD46.js";
import "./chunk-NL2QL32C.js";
import "./chunk-NQ2HNNKS.js";
import "./chunk-7KKXPEHT.js";
import "./chunk-RG5CQAGC.js";
import "./chunk-MCBLOSZH.js";
import "./chunk-NEXKTICO.js";
import "./chunk-AYMFEIHT.js";
import "./chunk-Z4A6QR2X.js";
import "./chunk-PLPMFADU.js";
import "./chunk-G7S77VK7.js";
import "./chunk-J6U2C36Q.js";
import "./chunk-RFKPFFVV.js";
import "./chunk-ODAIUGEL.js";
import "./chunk-746URBFR.js";
import "./chunk-QEDUW24Q.js";
import "./chunk-Q7WVEFCD.js";
import "./chunk-3IT5TNIP.js";
import "./chunk-ZKUE62T2.js";
import "./chunk-3NZDNUJZ.js";
import {
  countGaps
} from "./chunk-KAMNI3PN.js";
import "./chunk-V6QSAUCR.js";
import "./chunk-CSBECP3I.js";
import "./chunk-YIUZFLN4.js";
import "./chunk-473X27JG.js";
import "./chunk-NFOFGWX2.js";
import "./chunk-3YR3FKML.js";
import "./chunk-QRXL53OW.js";
import "./chunk-UIU2T2WH.js";

// src/action/hub-scan-mode.ts
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
var HUB_REPORT_FILE = "hub-report.json";
async function runHubScanMode(options, env) {
  const merging = options.mergeReports.length > 0;
  if (!options.hubAuthor && !merging)
    throw new InputError("input hub-author is required for mode hub-scan (the Hugging Face user or organisation)");
  const directory = join(env.runnerTemp, "ai-act-gate");
  await mkdir(directory, { recursive: true });
  const reportFile = join(directory, HUB_REPORT_FILE);
  const args = ["--format", "json", "--output", reportFile];
  const previousFile = options.previousReport ? resolve(env.workspace, options.previousReport) : null;
  if (previousFile && existsSync(previousFile)) args.push("--previous", previousFile);
  if (merging) {
    if (options.hubAuthor) args.push("--author", options.hubAuthor);
    args.push("--merge", "--", ...await reportFiles(options.mergeReports, env.workspace));
  } else {
    args.push("--author", options.hubAuthor);
    if (options.hubUrl) args.push("--hub-url", options.hubUrl);
    if (options.configPath) args.push("--config", resolve(env.workspace, options.configPath));
    if (options.shard) args.push("--shard", options.shard);
    if (options.cacheDir) args.push("--cache", resolve(env.workspace, options.cacheDir));
  }
  const token = options.hfToken ?? process.env.HF_TOKEN;
  if (token) setSecret(token);
  const code = await runHubScanCli(
    args,
    {
      cwd: env.workspace,
      stdout: (text) => info(text.trimEnd()),
      stderr: (text) => warning(text.trimEnd()),
      isTTY: false
    },
    { env: { ...process.env, ...token ? { HF_TOKEN: token } : {} } }
  );
  if (code === 2)
    throw new Error(
      merging ? "the reports could not be merged (see the warning above)" : "the Hub scan could not run (see the warning above)"
    );
  const report = JSON.parse(await readFile(reportFile, "utf8"));
  const previous = previousFile ? await readPrevious(previousFile) : void 0;
  const dashboardFile = join(directory, DASHBOARD_FILE);
  await writeFile(dashboardFile, renderOrgDashboard(report, previous));
  if (env.hasStepSummary) await summary.addRaw(renderOrgMarkdown(report, previous)).write();
  const gaps = report.repositories.reduce(
    (sum, repository) => sum + repository.files.reduce((count, file) => count + countGaps(file), 0),
    0
  );
  setOutput("report", reportFile);
  setOutput("dashboard", dashboardFile);
  setOutput("blocked", String(report.summary.blocked > 0));
  setOutput("gaps", String(report.summary.gaps ?? gaps));
  info(
    `Hub author ${report.org}: ${report.summary.repositories} models, ${report.summary.cards} cards, ${report.summary.blocked} blocked, ${report.summary.failed} could not be read; dashboard at ${dashboardFile}`
  );
  if (code === 1 && options.failOn !== "never") {
    setFailed(
      `ai-act-gate: ${report.summary.blocked} release blocker(s) and ${report.summary.failed} models that could not be read of ${report.org}`
    );
  }
}
export {
  HUB_REPORT_FILE,
  runHubScanMode
};
