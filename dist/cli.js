#!/usr/bin/env node
import { createRequire as __aagCreateRequire } from 'node:module'; const require = __aagCreateRequire(import.meta.url);
import {
  FAIL_ON_LEVELS,
  exitCodeFor,
  findCards,
  loadPolicyFile
} from "./chunk-45JWSINW.js";
import {
  ConfigError,
  DEFAULT_CONFIG_PATH,
  DEFAULT_MAX_BYTES,
  DEFAULT_TIME_BUDGET_MS,
  EMPTY_POLICY,
  VERSION,
  buildReport,
  checkFiles,
  checkPolicyRuleIds,
  policySelects,
  today
} from "./chunk-WDRTL2HF.js";
import {
  RuleFileError,
  RuleLoadError,
  loadRuleset
} from "./chunk-PT6COOK5.js";
import "./chunk-PICBP5W5.js";
import {
  findingsOf,
  isGap,
  policyNote
} from "./chunk-OXLQUEP3.js";
import {
  gfmTableToMarkdown,
  toMarkdown
} from "./chunk-VBN7N4WP.js";
import "./chunk-3IT5TNIP.js";
import "./chunk-UIU2T2WH.js";

// src/cli-main.ts
import { parseArgs } from "node:util";
import { open } from "node:fs/promises";
import { resolve } from "node:path";
import { availableParallelism } from "node:os";
import { existsSync } from "node:fs";

// src/render/policy.ts
function renderPolicyText(policy, asOf) {
  if (policy.sources.length === 0)
    return "No policy file: every rule at its own severity, failing on blocked releases (gate).\n";
  const lines = [`Policy: ${policy.sources.join(" \u2192 ")} (later files override earlier ones)`, ""];
  const setting = (name, value, fallback) => {
    lines.push(`  ${name.padEnd(13)} ${value ?? `${fallback} (default)`}`);
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

// src/render/json-report.ts
var PIECE_CHARS = 1 << 20;
function* jsonReportPieces(report) {
  let piece = "{";
  const entries = Object.entries(report).filter(([, value]) => value !== void 0);
  for (const [position, [key, value]] of entries.entries()) {
    piece += `
  ${JSON.stringify(key)}: `;
    if (key === "files" && Array.isArray(value) && value.length > 0) {
      piece += "[";
      for (const [index, file] of value.entries()) {
        piece += `
    ${indent(JSON.stringify(file, null, 2), "    ")}${index < value.length - 1 ? "," : ""}`;
        if (piece.length >= PIECE_CHARS) {
          yield piece;
          piece = "";
        }
      }
      piece += "\n  ]";
    } else {
      piece += indent(JSON.stringify(value, null, 2), "  ");
    }
    if (position < entries.length - 1) piece += ",";
  }
  yield `${piece}
}
`;
}
function indent(json, prefix) {
  return json.replace(/\n/g, `
${prefix}`);
}

// src/render/text.ts
function renderText(report, options = {}) {
  const paint = (code2, text2) => options.color ? `\x1B[${code2}m${text2}\x1B[0m` : text2;
  const lines = [];
  for (const file of report.files) {
    lines.push(paint("4", file.path));
    lines.push(
      `  tier: ${paint("1", file.tier.id)}${file.tier.computeFlops ? ` (training compute \u2248 ${file.tier.computeFlops.toExponential(1)} FLOP)` : ""}`
    );
    for (const reason of file.tier.reasons) lines.push(paint("2", `    \xB7 ${reason.text}`));
    const findings = findingsOf(file);
    const width = Math.max(0, ...findings.map((f) => `${f.line}:${f.column}`.length));
    for (const finding of findings) {
      const place = `${finding.line}:${finding.column}`.padEnd(width);
      const severity = finding.severity === "error" ? paint("31", "error  ") : finding.severity === "warning" ? paint("33", "warning") : paint("36", "notice ");
      lines.push(
        `  ${place}  ${severity}  ${finding.message}  ${paint("2", finding.ruleId)}  ${paint("2", finding.citation)}`
      );
    }
    if (file.gate.blocked)
      for (const reason of file.gate.reasons) lines.push(`  ${paint("31;1", "release blocked")}: ${reason}`);
    lines.push("");
  }
  const { errors, warnings, files, blocked } = report.summary;
  const total = errors + warnings;
  const mark = total === 0 && blocked === 0 ? "\u2714" : "\u2716";
  lines.push(
    `${mark} ${files} model card${files === 1 ? "" : "s"}: ${total} problem${total === 1 ? "" : "s"} (${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"})` + (blocked ? `, ${blocked} release blocker${blocked === 1 ? "" : "s"}` : "")
  );
  return `${lines.join("\n")}
`;
}

// src/render/markdown.ts
var text = (value) => ({ type: "text", value });
var cell = (...children) => ({ type: "tableCell", children });
var row = (...cells) => ({ type: "tableRow", children: cells });
function renderMarkdown(report) {
  const children = [
    { type: "heading", depth: 2, children: [text("ai-act-gate report")] },
    { type: "paragraph", children: [text(summaryLine(report))] }
  ];
  for (const file of report.files) children.push(...fileSection(file));
  const tree = { type: "root", children };
  return toMarkdown(tree, { extensions: [gfmTableToMarkdown()] });
}
function summaryLine(report) {
  const gaps = report.files.reduce((sum, file) => sum + file.rules.filter(isGap).length, 0);
  const { files, blocked } = report.summary;
  return `${files} model card${files === 1 ? "" : "s"} \xB7 ${blocked} release blocker${blocked === 1 ? "" : "s"} \xB7 ${gaps} gap${gaps === 1 ? "" : "s"}`;
}
function fileSection(file) {
  const nodes = [
    { type: "heading", depth: 3, children: [{ type: "inlineCode", value: file.path }] },
    {
      type: "paragraph",
      children: [
        { type: "strong", children: [text("Tier: ")] },
        { type: "inlineCode", value: file.tier.id },
        text(file.tier.computeFlops ? ` (training compute \u2248 ${file.tier.computeFlops.toExponential(1)} FLOP)` : "")
      ]
    }
  ];
  if (file.tier.reasons.length) {
    nodes.push({
      type: "list",
      ordered: false,
      children: file.tier.reasons.map((reason) => ({
        type: "listItem",
        children: [{ type: "paragraph", children: [text(reason.text)] }]
      }))
    });
  }
  if (file.gate.blocked) {
    nodes.push({
      type: "paragraph",
      children: [{ type: "strong", children: [text("Release blocked: ")] }, text(file.gate.reasons.join("; "))]
    });
  }
  for (const problem of file.problems) {
    nodes.push({ type: "paragraph", children: [text(`Line ${problem.line}: ${problem.message}`)] });
  }
  const rows = file.rules.map(
    (rule) => row(
      cell({ type: "inlineCode", value: rule.id }),
      cell(text(policyNote(rule) ? `${rule.status} (${policyNote(rule)})` : rule.status)),
      cell(text(rule.required ? "yes" : "no")),
      cell({ type: "link", url: rule.url, children: [text(rule.citation)] }),
      cell(text(rule.line ? String(rule.line) : "")),
      cell(text(rule.status === "met" ? rule.evidence ?? "" : rule.message ?? ""))
    )
  );
  if (rows.length) {
    nodes.push({
      type: "table",
      align: [null, null, null, null, "right", null],
      children: [
        row(
          cell(text("rule")),
          cell(text("status")),
          cell(text("required")),
          cell(text("provision")),
          cell(text("line")),
          cell(text("evidence / what would satisfy it"))
        ),
        ...rows
      ]
    });
  }
  return nodes;
}

// src/cli-main.ts
var HELP = `ai-act-gate ${VERSION}: check model cards against the EU AI Act's documentation duties

Usage: ai-act-gate check [paths or globs\u2026] [options]
       ai-act-gate policy [--config FILE] [--format text|json]   the policy a check applies, and where each setting comes from
       ai-act-gate org-scan --org NAME [options]   (see ai-act-gate org-scan --help)

With no paths, checks the config's \`paths\`, or finds model cards under the current
folder (README.md with model-card front matter or headings, MODEL_CARD.md,
model_card.md, modelcard.md), skipping node_modules and .git.

Options:
  -f, --format <text|json|markdown>   output format (default: text)
  -o, --output <file>                 write the report to a file instead of stdout
  -c, --config <file>                 policy file (default: ${DEFAULT_CONFIG_PATH} when it exists)
      --no-config                     ignore ${DEFAULT_CONFIG_PATH}
      --as-of <YYYY-MM-DD>            judge the duties as of this date (default: the config's as-of, or today)
      --fail-on <${FAIL_ON_LEVELS.join("|")}>  lowest level that makes the exit code 1 (default: the config's, or gate)
      --rules <dir>                   use the rules in this folder instead of the bundled ones
      --max-size <bytes>              skip larger files with a finding (default: ${DEFAULT_MAX_BYTES})
      --jobs <n>                      check on n worker threads; 1 checks in one thread (default: CPU count)
      --time-budget <seconds>         skip a card still being checked after this long (default: ${DEFAULT_TIME_BUDGET_MS / 1e3}; 0: no limit)
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
  const ruleset = loadRuleset(values.rules ? resolve(io.cwd, values.rules) : void 0, policy.ruleFolders);
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
  const path = resolve(io.cwd, configFlag ?? DEFAULT_CONFIG_PATH);
  if (!configFlag && !existsSync(path)) return EMPTY_POLICY;
  return loadPolicyFile(path, { root: io.cwd, readRemote: await remoteConfigReader() });
}
async function remoteConfigReader() {
  const token = process.env.GITHUB_TOKEN ?? process.env.GH_TOKEN;
  if (!token) return void 0;
  const [{ createRemoteConfigReader }, { createOrgOctokit }] = await Promise.all([
    import("./remote-config-WRC6PNFX.js"),
    import("./octokit-5V6QPM63.js")
  ]);
  const log = { info: () => {
  }, warning: (message) => process.stderr.write(`ai-act-gate: ${message}
`) };
  return createRemoteConfigReader(
    createOrgOctokit({ token, baseUrl: process.env.GITHUB_API_URL || void 0, log }).octokit
  );
}
function isCalendarDate(text2) {
  return /^\d{4}-\d{2}-\d{2}$/.test(text2) && (/* @__PURE__ */ new Date(`${text2}T00:00:00Z`)).toISOString().startsWith(text2);
}
async function runCli(argv, io) {
  if (argv[0] === "org-scan") {
    const { runOrgScanCli } = await import("./org-cli-VTPIO5HF.js");
    return runOrgScanCli(argv.slice(1), io);
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
  if (format !== "text" && format !== "json" && format !== "markdown")
    throw new UsageError(`--format must be text, json or markdown, not "${format}"`);
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
  const ruleset = loadRuleset(values.rules ? resolve(io.cwd, values.rules) : void 0, policy.ruleFolders);
  checkPolicyRuleIds(policy, ruleset.rules);
  const searched = patterns.length > 0 ? patterns : policy.paths;
  const paths = (await findCards(searched, io.cwd, { allowOutside: true })).filter(
    (path) => policySelects({ ...policy, paths: [] }, path)
  );
  if (paths.length === 0) {
    throw new UsageError(
      searched.length ? `no files match ${searched.map((p) => `"${p}"`).join(", ")}` : "no model cards found under the current folder"
    );
  }
  const files = await checkFiles(paths, {
    cwd: io.cwd,
    maxBytes,
    jobs,
    rulesDirectory: ruleset.directory,
    ruleset,
    policy,
    timeBudgetMs: timeBudgetSeconds * 1e3
  });
  const report = buildReport(files, ruleset.rules.length, policy);
  const failOn = failOnFlag ?? policy.failOn ?? "gate";
  const pieces = format === "json" ? jsonReportPieces(report) : [format === "markdown" ? renderMarkdown(report) : renderText(report, { color: io.isTTY && !values.output })];
  if (values.output) await writePieces(resolve(io.cwd, values.output), pieces);
  else {
    for (const piece of pieces) {
      io.stdout(piece);
      await io.drained?.();
    }
  }
  return exitCodeFor(report, failOn);
}

// src/cli.ts
var code = await runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: (text2) => process.stdout.write(text2),
  stderr: (text2) => process.stderr.write(text2),
  isTTY: process.stdout.isTTY,
  drained: () => process.stdout.writableNeedDrain ? new Promise((resolve2) => process.stdout.once("drain", resolve2)) : Promise.resolve()
});
process.exitCode = code;
