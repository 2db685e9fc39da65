#!/usr/bin/env node
import { createRequire as __aagCreateRequire } from 'node:module'; const require = __aagCreateRequire(import.meta.url);
import {
  jsonReportPieces
} from "./chunk-BYRUXPRB.js";
import {
  addProvenance
} from "./chunk-KHGAZKYK.js";
import {
  findCards
} from "./chunk-NHZPCZK5.js";
import {
  addFamilies,
  differenceLine,
  familySummary,
  moreMembersLine
} from "./chunk-L2JWAVTU.js";
import {
  DEFAULT_TIME_BUDGET_MS,
  openRuleset,
  ruleIdsOf
} from "./chunk-NEXKTICO.js";
import {
  buildReport
} from "./chunk-AYMFEIHT.js";
import {
  DEFAULT_MAX_BYTES
} from "./chunk-Z4A6QR2X.js";
import {
  checkPolicyRuleIds,
  policySelects,
  today
} from "./chunk-PLPMFADU.js";
import {
  VERSION
} from "./chunk-G7S77VK7.js";
import {
  RuleFileError,
  RuleLoadError
} from "./chunk-746URBFR.js";
import "./chunk-QEDUW24Q.js";
import {
  FAIL_ON_LEVELS,
  failureReason
} from "./chunk-ZKUE62T2.js";
import {
  blockingReasons,
  findingsOf,
  reportTotals
} from "./chunk-KAMNI3PN.js";
import {
  ConfigError,
  DEFAULT_CONFIG_PATH,
  EMPTY_POLICY
} from "./chunk-V6QSAUCR.js";
import "./chunk-UIU2T2WH.js";

// src/cli-main.ts
import { parseArgs } from "node:util";
import { open } from "node:fs/promises";
import { resolve as resolve2 } from "node:path";
import { availableParallelism } from "node:os";

// src/config/find-policy.ts
import { existsSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
function repositoryRoot(cwd) {
  for (let folder = resolve(cwd); ; folder = dirname(folder)) {
    if (existsSync(join(folder, ".git"))) return folder;
    if (dirname(folder) === folder) return null;
  }
}
function locatePolicy(cwd, configFlag) {
  const start = resolve(cwd);
  const repository = repositoryRoot(start);
  if (configFlag) {
    const path = resolve(start, configFlag);
    const owner = dirname(path).endsWith(`${sep}.github`) ? dirname(dirname(path)) : null;
    return { path, root: repository ?? owner ?? start };
  }
  for (let folder = start; ; folder = dirname(folder)) {
    const candidate = join(folder, DEFAULT_CONFIG_PATH);
    if (existsSync(candidate)) return { path: candidate, root: repository ?? folder };
    if (folder === repository || dirname(folder) === folder) break;
  }
  return { path: null, root: repository ?? start };
}
function cardPathBaseOf(root, cwd) {
  const base = relative(root, resolve(cwd));
  return base.startsWith("..") ? "" : base.split(sep).join("/");
}

// src/render/policy.ts
function renderPolicyText(policy, asOf) {
  if (policy.sources.length === 0)
    return "No policy file: every rule at its own severity, failing on blocked releases (gate).\n";
  const lines = [`Policy: ${policy.sources.join(" \u2192 ")} (later files override earlier ones)`, ""];
  const setting = (name, value, fallback) => {
    const from = policy.settingsFrom?.[name];
    const where = value !== null && from ? `  (${from.source}:${from.line})` : "";
    lines.push(`  ${name.padEnd(13)} ${value ?? `${fallback} (default)`}${where}`);
  };
  setting("paths", policy.paths.length ? policy.paths.join(", ") : null, "every model card found");
  setting("ignore", policy.ignore.length ? policy.ignore.join(", ") : null, "nothing");
  setting("fail-on", policy.failOn, "gate");
  setting("release-date", policy.releaseDate, "the card's ai_act.release_date, if any");
  setting("as-of", policy.asOf, `today, ${asOf}`);
  if (policy.ruleFolders.length) setting("rule-folders", policy.ruleFolders.join(", "), "");
  const rules = Object.entries(policy.rules).sort(([a], [b]) => a.localeCompare(b));
  if (rules.length) {
    lines.push("", "Rules:");
    for (const [id, rule] of rules) {
      const what = rule.enabled ? `severity ${rule.severity ?? "as shipped"}` : "off";
      lines.push(`  ${id.padEnd(30)} ${what.padEnd(18)} ${rule.from.source}:${rule.from.line}`);
    }
  }
  if (policy.tierOverrides.length) {
    lines.push("", "Tier overrides (the first matching applies):");
    for (const entry of policy.tierOverrides)
      lines.push(`  ${entry.path} \u2192 ${entry.tier}: ${entry.justification}  (${entry.from.source}:${entry.from.line})`);
  }
  if (policy.waivers.length) {
    lines.push("", `Waivers (as of ${policy.asOf ?? asOf}):`);
    for (const waiver of policy.waivers) {
      const state = waiver.expires < (policy.asOf ?? asOf) ? `EXPIRED on ${waiver.expires}` : `until ${waiver.expires}`;
      lines.push(
        `  ${waiver.rule} on ${waiver.path}, ${state}, owner ${waiver.owner}: ${waiver.reason}  (${waiver.from.source}:${waiver.from.line})`
      );
    }
  }
  return `${lines.join("\n")}
`;
}

// src/render/text.ts
var FAMILY_MEMBERS_SHOWN = 20;
var plural = (n, noun) => `${n} ${noun}${n === 1 ? "" : "s"}`;
function renderText(report, options = {}) {
  const paint = (code2, text) => options.color ? `\x1B[${code2}m${text}\x1B[0m` : text;
  const lines = [];
  const families = familySummary(report);
  for (const file of report.files) {
    if (!families.isShown(file.path)) continue;
    lines.push(paint("4", file.path));
    lines.push(
      `  tier: ${paint("1", file.tier.id)}${file.tier.computeFlops ? ` (training compute \u2248 ${file.tier.computeFlops.toExponential(1)} FLOP)` : ""}`
    );
    for (const reason of file.tier.reasons) lines.push(paint("2", `    \xB7 ${reason.text}`));
    const gate = blockingReasons(file);
    for (const reason of gate.blocking) lines.push(`  ${paint("31;1", "release blocked")}: ${reason}`);
    if (gate.why) lines.push(paint("2", `    (${gate.why})`));
    const findings = findingsOf(file);
    const placeOf = (f) => `${f.file ? `${f.file}:` : ""}${f.line}:${f.column}`;
    const width = Math.max(0, ...findings.map((f) => placeOf(f).length));
    for (const finding of findings) {
      const severity = finding.blocker ? paint("31;1", "blocker") : finding.severity === "error" ? paint("31", "error  ") : finding.severity === "warning" ? paint("33", "warning") : paint("36", "notice ");
      lines.push(
        `  ${placeOf(finding).padEnd(width)}  ${severity}  ${finding.message}  ${paint("2", finding.ruleId)}${finding.citation ? `  ${paint("2", finding.citation)}` : ""}`
      );
    }
    const family = families.representing(file.path);
    if (family) lines.push(...familyLines(family, (text) => paint("2", text)));
    lines.push("");
  }
  const { errors, warnings, notices } = report.summary;
  const { cards, gaps, problems, blockers } = reportTotals(report);
  const failure = options.failOn ? failureReason(report, options.failOn) : null;
  const anything = gaps + problems + blockers > 0;
  const mark = failure ? "\u2716" : anything ? "\u26A0" : "\u2714";
  const parts = [plural(gaps, "gap")];
  if (problems) parts.push(plural(problems, "card problem"));
  if (blockers) parts.push(plural(blockers, "release blocker"));
  lines.push(
    `${mark} ${plural(cards, "model card")}: ${parts.join(", ")} (${plural(errors, "error")}, ${plural(warnings, "warning")}, ${plural(notices, "notice")})`
  );
  if (options.failOn && failure) lines.push(`Exit code 1: ${failure}.`);
  else if (options.failOn && anything && options.failOn !== "never")
    lines.push(
      options.failOn === "gate" ? "Exit code 0: --fail-on gate fails only on release blockers and cards that cannot be read or checked; use --fail-on error to fail on gaps." : `Exit code 0: nothing reaches --fail-on ${options.failOn}.`
    );
  return `${lines.join("\n")}
`;
}
function familyLines(view, dim) {
  const shown = view.others.slice(0, FAMILY_MEMBERS_SHOWN);
  const rest = view.others.length - shown.length;
  const lines = [
    `  ${view.family.id}: ${moreMembersLine(view)}`,
    dim(`    ${shown.join(", ")}${rest > 0 ? ` and ${rest} more (the JSON report lists every member)` : ""}`)
  ];
  for (const difference of view.differences)
    lines.push(`    differs: ${difference.member}: ${differenceLine(difference)}`);
  return lines;
}

// src/hub/hub-source.ts
var HUB_SCHEME = "hf://";
var REPO_PART = /^[A-Za-z0-9][A-Za-z0-9._-]{0,95}$/;
var REVISION = /^[A-Za-z0-9][A-Za-z0-9._/-]{0,199}$/;
function isHubSource(argument) {
  return argument.startsWith(HUB_SCHEME);
}
function parseHubSource(argument) {
  const rest = argument.slice(HUB_SCHEME.length);
  const at = rest.indexOf("@");
  const repo = at === -1 ? rest : rest.slice(0, at);
  const revision = at === -1 ? void 0 : rest.slice(at + 1);
  const parts = repo.split("/");
  if (parts.length !== 2 || !parts.every((part) => REPO_PART.test(part)) || parts.some((part) => part.includes("..")))
    return `"${argument}" is not a Hub model: expected hf://OWNER/NAME or hf://OWNER/NAME@REVISION`;
  if (revision !== void 0 && (!REVISION.test(revision) || revision.includes("..")))
    return `"${argument}": "${revision}" is not a revision (a branch, tag or commit sha)`;
  return revision === void 0 ? { given: argument, repo } : { given: argument, repo, revision };
}

// src/cli-main.ts
var HELP = `ai-act-gate ${VERSION}: check model cards against the EU AI Act's documentation duties

Usage: ai-act-gate check [paths or globs\u2026] [options]
       ai-act-gate policy [--config FILE] [--format text|json]   the policy a check applies, and where each setting comes from
       ai-act-gate org-scan --org NAME [options]   (see ai-act-gate org-scan --help)
       ai-act-gate hub-scan --author NAME [options]   every model of a Hugging Face user or organisation (see hub-scan --help)
       ai-act-gate serve   the GitHub App webhook server (see ai-act-gate serve --help)
       ai-act-gate form | training-summary | fix [card\u2026] [options]   drafts of what a card is missing (see each --help)

With no paths, checks the config's \`paths\`, or finds model cards under the current
folder (README.md with model-card front matter or headings, MODEL_CARD.md,
model_card.md, modelcard.md), skipping node_modules and .git.

Options:
  -f, --format <text|json|markdown|cyclonedx>   output format (default: text; cyclonedx: a CycloneDX 1.6 ML-BOM)
  -o, --output <file>                 write the report to a file instead of stdout
  -c, --config <file>                 policy file (default: ${DEFAULT_CONFIG_PATH} when it exists)
      --no-config                     ignore ${DEFAULT_CONFIG_PATH}
      --as-of <YYYY-MM-DD>            judge the duties as of this date (default: the config's as-of, or today)
      --fail-on <${FAIL_ON_LEVELS.join("|")}>  lowest level that makes the exit code 1 (default: the config's, or gate)
      --rules <dir>                   use the rules in this folder instead of the bundled ones
      --max-size <bytes>              skip larger files with a finding (default: ${DEFAULT_MAX_BYTES})
      --jobs <n>                      check on n worker threads; 1 checks in one thread (default: CPU count)
      --time-budget <seconds>         skip a card still being checked after this long (default: ${DEFAULT_TIME_BUDGET_MS / 1e3}; 0: no limit)
      --hub-url <url>                 the Hugging Face Hub for hf://OWNER/NAME[@REVISION] sources (default: $HF_ENDPOINT or https://huggingface.co; token: $HF_TOKEN)
      --hub                           read the base models of cards on disk from the Hub too (hf:// sources always are)
      --provenance <file>             also write an in-toto statement: the cards' digests, the JSON report's digest and summary
      --cache <dir>                   keep each card's report there; an unchanged card is not checked again (Hub requests become conditional)
  -h, --help                          show this help
  -v, --version                       show the version

Exit codes: 0 no findings at or above --fail-on; 1 findings (or a card that could not be
read); 2 usage, configuration or internal error.
`;
var UsageError = class extends Error {
};
async function printPolicy(values, extra, io) {
  if (extra.length)
    throw new UsageError(
      `policy takes no paths (got ${extra.map((p) => `"${p}"`).join(", ")}); name the file with --config`
    );
  const format = values.format === "text" || values.format === "json" ? values.format : null;
  if (!format) throw new UsageError(`--format must be text or json for policy, not "${values.format}"`);
  const policy = values["no-config"] ? EMPTY_POLICY : await loadPolicy(values.config, io);
  const ruleset = await openRuleset(values.rules ? resolve2(io.cwd, values.rules) : void 0, policy.ruleFolders);
  checkPolicyRuleIds(policy, ruleset.rules);
  io.stdout(
    format === "json" ? `${JSON.stringify(policy, null, 2)}
` : renderPolicyText(policy, values["as-of"] ?? today())
  );
  return 0;
}
async function writePieces(path, pieces) {
  const file = await open(path, "w");
  try {
    for (const piece of pieces) await file.write(piece);
  } finally {
    await file.close();
  }
}
async function loadPolicy(configFlag, io) {
  const { path, root } = locatePolicy(io.cwd, configFlag);
  if (!path) return EMPTY_POLICY;
  const { loadPolicyFile } = await import("./load-config-GHF2JVOD.js");
  const policy = await loadPolicyFile(path, { root, readRemote: await remoteConfigReader() });
  return { ...policy, cardPathBase: cardPathBaseOf(root, io.cwd) };
}
async function remoteConfigReader() {
  const token = process.env.GITHUB_TOKEN ?? process.env.GH_TOKEN;
  if (!token) return void 0;
  const [{ createRemoteConfigReader }, { createOrgOctokit }] = await Promise.all([
    import("./remote-config-WRC6PNFX.js"),
    import("./octokit-X4VSG3OH.js")
  ]);
  const log = { info: () => {
  }, warning: (message) => process.stderr.write(`ai-act-gate: ${message}
`) };
  return createRemoteConfigReader(
    createOrgOctokit({ token, baseUrl: process.env.GITHUB_API_URL || void 0, log }).octokit
  );
}
function hubSourcesOf(patterns) {
  return patterns.filter(isHubSource).map((pattern) => {
    const source = parseHubSource(pattern);
    if (typeof source === "string") throw new UsageError(source);
    return source;
  });
}
function isCalendarDate(text) {
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && (/* @__PURE__ */ new Date(`${text}T00:00:00Z`)).toISOString().startsWith(text);
}
async function runCli(argv, io) {
  if (argv[0] === "org-scan") {
    const { runOrgScanCli } = await import("./org-cli-2XQRIA74.js");
    return runOrgScanCli(argv.slice(1), io);
  }
  if (argv[0] === "serve") return (await import("./serve-cli-J6KSJS6S.js")).runServeCli(argv.slice(1), io);
  if (argv[0] === "hub-scan") return (await import("./hub-scan-cli-WRRKTCHS.js")).runHubScanCli(argv.slice(1), io);
  if (argv[0] === "form" || argv[0] === "training-summary" || argv[0] === "fix") {
    const { runDraftCli } = await import("./cli-KHDW5S7R.js");
    return runDraftCli(argv[0], argv.slice(1), io);
  }
  try {
    return await run(argv, io);
  } catch (error) {
    if (error instanceof ConfigError || error instanceof RuleLoadError || error instanceof RuleFileError) {
      io.stderr(`ai-act-gate: ${error.message}
`);
      return 2;
    }
    if (error instanceof UsageError) {
      io.stderr(`ai-act-gate: ${error.message}
Run "ai-act-gate --help" for usage.
`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`ai-act-gate: ${message}
`);
    return 2;
  }
}
async function run(argv, io) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: "string", short: "f", default: "text" },
        output: { type: "string", short: "o" },
        "fail-on": { type: "string" },
        config: { type: "string", short: "c" },
        "no-config": { type: "boolean" },
        "as-of": { type: "string" },
        rules: { type: "string" },
        "max-size": { type: "string" },
        jobs: { type: "string" },
        "time-budget": { type: "string" },
        "hub-url": { type: "string" },
        hub: { type: "boolean" },
        provenance: { type: "string" },
        cache: { type: "string" },
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "v" }
      }
    });
  } catch (error) {
    throw new UsageError(error.message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  if (values.version) {
    io.stdout(`${VERSION}
`);
    return 0;
  }
  const [command, ...patterns] = positionals;
  if (command === "policy") return printPolicy(values, patterns, io);
  if (command !== "check")
    throw new UsageError(
      command ? `unknown command "${command}", expected "check", "policy" or "org-scan"` : 'missing command, expected "check", "policy" or "org-scan"'
    );
  const format = values.format;
  if (format !== "text" && format !== "json" && format !== "markdown" && format !== "cyclonedx")
    throw new UsageError(`--format must be text, json, markdown or cyclonedx, not "${format}"`);
  const failOnFlag = values["fail-on"];
  if (failOnFlag !== void 0 && !FAIL_ON_LEVELS.includes(failOnFlag))
    throw new UsageError(`--fail-on must be one of ${FAIL_ON_LEVELS.join(", ")}, not "${failOnFlag}"`);
  const asOf = values["as-of"];
  if (asOf !== void 0 && !isCalendarDate(asOf))
    throw new UsageError(`--as-of must be a date such as 2026-08-02, not "${asOf}"`);
  if (values.config && values["no-config"]) throw new UsageError("--config and --no-config exclude each other");
  const maxBytes = values["max-size"] ? Number(values["max-size"]) : DEFAULT_MAX_BYTES;
  if (!Number.isFinite(maxBytes) || maxBytes <= 0)
    throw new UsageError(`--max-size must be a positive number of bytes, not "${values["max-size"]}"`);
  const jobs = values.jobs === void 0 ? availableParallelism() : Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1)
    throw new UsageError(`--jobs must be a whole number of at least 1, not "${values.jobs}"`);
  const timeBudgetSeconds = values["time-budget"] === void 0 ? DEFAULT_TIME_BUDGET_MS / 1e3 : Number(values["time-budget"]);
  if (!(timeBudgetSeconds >= 0) || values["time-budget"]?.trim() === "")
    throw new UsageError(`--time-budget must be a number of seconds (0 for no limit), not "${values["time-budget"]}"`);
  const loaded = values["no-config"] ? EMPTY_POLICY : await loadPolicy(values.config, io);
  const policy = asOf ? { ...loaded, asOf } : loaded;
  const ruleset = await openRuleset(values.rules ? resolve2(io.cwd, values.rules) : void 0, policy.ruleFolders);
  checkPolicyRuleIds(
    policy,
    ruleIdsOf(ruleset).map((id) => ({ id }))
  );
  const hubSources = hubSourcesOf(patterns);
  const localPatterns = patterns.filter((pattern) => !isHubSource(pattern));
  const searched = patterns.length > 0 ? localPatterns : policy.paths;
  const paths = (searched.length || !hubSources.length ? await findCards(searched, io.cwd, { allowOutside: true }) : []).filter((path) => policySelects({ ...policy, paths: [] }, path));
  if (paths.length === 0 && !hubSources.length) {
    throw new UsageError(
      searched.length ? `no files match ${searched.map((p) => `"${p}"`).join(", ")}` : "no model cards found under the current folder"
    );
  }
  const warn = (message) => io.stderr(`ai-act-gate: warning: ${message}
`);
  const cache = values.cache ? (await import("./cli-cache-ZRAJNAAE.js")).openCliCache(values.cache, { cwd: io.cwd, ruleset, policy, warn }) : void 0;
  const hub = hubSources.length || values.hub ? (await import("./cli-hub-NX4W5PBW.js")).createCliHub({ hubUrl: values["hub-url"], ruleset, policy, maxBytes, cache }) : null;
  const withBases = values.hub && hub ? await hub.checkWithBases(paths, io.cwd) : /* @__PURE__ */ new Map();
  const checkLocal = async (list) => list.length === 0 ? [] : (await import("./check-files-JNMZRJ27.js")).checkFiles(list, {
    cwd: io.cwd,
    maxBytes,
    jobs,
    rulesDirectory: ruleset.directory,
    ruleset,
    policy,
    timeBudgetMs: timeBudgetSeconds * 1e3
  });
  const localPaths = paths.filter((path) => !withBases.has(path));
  const checked = cache ? await (await import("./cached-check-YJV7FVZY.js")).checkThroughCache(localPaths, io.cwd, cache, checkLocal) : await checkLocal(localPaths);
  let next = 0;
  const files = paths.map((path) => withBases.get(path) ?? checked[next++]);
  if (hub) files.push(...await hub.checkSources(hubSources));
  const report = addFamilies(
    addProvenance(buildReport(files, ruleIdsOf(ruleset).length, policy), { cwd: io.cwd, ruleset, policy })
  );
  if (values.provenance) {
    const { inTotoStatement } = await import("./in-toto-JJFXX4HM.js");
    await writePieces(resolve2(io.cwd, values.provenance), [`${JSON.stringify(inTotoStatement(report), null, 2)}
`]);
  }
  const failOn = failOnFlag ?? policy.failOn ?? "gate";
  const bom = format === "cyclonedx" ? (await import("./cyclonedx-cli-7HI2A2IA.js")).renderCycloneDxReport(report, {
    cwd: io.cwd,
    maxBytes,
    vocabulary: ruleset.vocabulary,
    hubTexts: hub?.texts
  }) : null;
  const pieces = bom !== null ? [bom] : format === "json" ? jsonReportPieces(report) : [
    format === "markdown" ? (await import("./markdown-FWSRR3J3.js")).renderMarkdown(report) : renderText(report, { color: io.isTTY && !values.output, failOn })
  ];
  for (const warning of report.policyWarnings ?? [])
    io.stderr(`ai-act-gate: warning: ${warning.source}: ${warning.message}
`);
  if (values.output) await writePieces(resolve2(io.cwd, values.output), pieces);
  else {
    for (const piece of pieces) {
      io.stdout(piece);
      await io.drained?.();
    }
  }
  const failure = failureReason(report, failOn);
  if (failure && (format !== "text" || values.output)) io.stderr(`ai-act-gate: exit code 1: ${failure}
`);
  return failure ? 1 : 0;
}

// src/cli.ts
var code = await runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  isTTY: process.stdout.isTTY,
  drained: () => process.stdout.writableNeedDrain ? new Promise((resolve3) => process.stdout.once("drain", resolve3)) : Promise.resolve()
});
process.exitCode = code;
