import { createRequire as __aagCreateRequire } from 'node:module'; const require = __aagCreateRequire(import.meta.url);
import {
  ORG_REPORT_SCHEMA_VERSION,
  loadOrgPolicy,
  parseShard,
  scanOrganisation,
  shrinkTree,
  summarizeRepositories,
  useConditionalRequests
} from "./chunk-RMTZV52Y.js";
import {
  pLimit
} from "./chunk-BEDF4N6L.js";
import {
  pluralise
} from "./chunk-7KMQK5G6.js";
import {
  TEXT_LIMITS,
  cardCode,
  cardText,
  plain
} from "./chunk-5OZVU24E.js";
import {
  addOrgFamilies
} from "./chunk-L2JWAVTU.js";
import {
  loadRuleset
} from "./chunk-A447YCO3.js";
import {
  checkText,
  internalError,
  isCloneable,
  outOfMemory,
  timeBudget,
  timedOut,
  workerHeap
} from "./chunk-RPD2XTUP.js";
import {
  toMarkdown
} from "./chunk-MCBLOSZH.js";
import {
  DEFAULT_TIME_BUDGET_MS
} from "./chunk-NEXKTICO.js";
import {
  DEFAULT_MAX_BYTES
} from "./chunk-Z4A6QR2X.js";
import {
  checkPolicyRuleIds
} from "./chunk-PLPMFADU.js";
import {
  VERSION
} from "./chunk-G7S77VK7.js";
import {
  RuleFileError,
  RuleLoadError
} from "./chunk-746URBFR.js";
import {
  ConfigError,
  EMPTY_POLICY
} from "./chunk-V6QSAUCR.js";
import {
  createOrgOctokit,
  messageOf
} from "./chunk-YIUZFLN4.js";
import {
  createRemoteConfigReader
} from "./chunk-NFOFGWX2.js";

// src/org-cli.ts
import { parseArgs } from "node:util";
import { readFile as readFile2, writeFile as writeFile2 } from "node:fs/promises";
import { resolve } from "node:path";

// src/card-checker.ts
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
var CardChecker = class {
  constructor(options) {
    this.options = options;
    this.budget = timeBudget(options.timeBudgetMs ?? DEFAULT_TIME_BUDGET_MS);
    this.workerFile = options.workerFile ?? new URL("./worker.js", import.meta.url);
  }
  options;
  budget;
  workerFile;
  running = null;
  queue = Promise.resolve();
  next = 0;
  /** One card's report; cards are checked in the order asked. */
  check(path, text, policy) {
    if (this.budget === null || !existsSync(fileURLToPath(this.workerFile)))
      return Promise.resolve(checkText(path, text, this.options.ruleset, policy, this.options.now));
    const result = this.queue.then(() => this.checkInWorker(path, text, policy));
    this.queue = result.catch(() => void 0);
    return result;
  }
  /** Stops the worker; the checker can still be used (a new one starts). */
  async close() {
    await this.queue;
    const running = this.running;
    this.running = null;
    await running?.worker.terminate();
  }
  start(heap) {
    const { ruleset } = this.options;
    const setup = {
      cwd: ".",
      maxBytes: 0,
      rulesDirectory: ruleset.directory,
      extraRuleDirectories: ruleset.extraDirectories
    };
    if (isCloneable(ruleset)) setup.ruleset = ruleset;
    const worker = new Worker(this.workerFile, { workerData: setup, resourceLimits: heap });
    worker.unref();
    const running = { worker, heap, ready: Promise.resolve() };
    running.ready = new Promise((resolve2, reject) => {
      worker.once(
        "message",
        (reply) => reply.type === "ready" ? resolve2() : reject(new Error("the worker answered before it was ready"))
      );
      worker.once(
        "exit",
        (code) => reject(new Error(running.lastError ?? `the worker thread stopped (exit code ${code})`))
      );
    });
    worker.on("error", (error) => {
      running.lastError = error.message;
      running.outOfMemory = error.code === "ERR_WORKER_OUT_OF_MEMORY";
    });
    worker.on("exit", () => {
      if (this.running === running) this.running = null;
      running.onExit?.(
        (path) => running.outOfMemory ? outOfMemory(path, running.heap) : internalError(path, running.lastError ?? "worker thread stopped")
      );
    });
    return running;
  }
  async checkInWorker(path, text, policy) {
    const heap = workerHeap(Buffer.byteLength(text));
    if (this.running && this.running.heap.maxOldGenerationSizeMb < heap.maxOldGenerationSizeMb) {
      void this.running.worker.terminate().catch(() => void 0);
      this.running = null;
    }
    const running = this.running ??= this.start(heap);
    try {
      await running.ready;
    } catch {
      this.running = null;
      return checkText(path, text, this.options.ruleset, policy, this.options.now);
    }
    const index = this.next++;
    return new Promise((resolve2) => {
      const settle = (report) => {
        clearTimeout(timer);
        running.worker.off("message", onMessage);
        running.onExit = void 0;
        resolve2(report);
      };
      const onMessage = (reply) => {
        if (reply.type === "report" && reply.index === index) settle(reply.report);
      };
      const timer = setTimeout(() => {
        if (this.running === running) this.running = null;
        running.onExit = void 0;
        void running.worker.terminate().catch(() => void 0);
        settle(timedOut(path, this.budget ?? 0));
      }, this.budget ?? 0);
      running.onExit = (report) => settle(report(path));
      running.worker.on("message", onMessage);
      running.worker.postMessage({
        files: [{ index, path, text, policy, now: this.options.now?.getTime() }]
      });
    });
  }
};

// src/org/run-cache.ts
import { readFile, rename, writeFile } from "node:fs/promises";
var CACHE_VERSION = 1;
var RunCache = class _RunCache {
  responses;
  blobs;
  trees;
  used = { responses: /* @__PURE__ */ new Set(), blobs: /* @__PURE__ */ new Set(), trees: /* @__PURE__ */ new Set() };
  constructor(file = {}) {
    this.responses = new Map(Object.entries(file.responses ?? {}));
    this.blobs = new Map(Object.entries(file.blobs ?? {}));
    this.trees = new Map(Object.entries(file.trees ?? {}));
  }
  /** The cache in `path`, or an empty one when there is none yet or it is unusable (with a warning). */
  static async load(path, warn) {
    let text;
    try {
      text = await readFile(path, "utf8");
    } catch (error) {
      if (error.code !== "ENOENT")
        warn(`cannot read the cache ${path} (${error.message}); starting without it`);
      return new _RunCache();
    }
    try {
      const file = JSON.parse(text);
      if (file?.version !== CACHE_VERSION || typeof file.responses !== "object" || typeof file.blobs !== "object" || typeof file.trees !== "object") {
        throw new Error(`not an ai-act-gate org-scan cache (version ${CACHE_VERSION})`);
      }
      return new _RunCache(file);
    } catch (error) {
      warn(`ignoring the cache ${path}: ${error.message}`);
      return new _RunCache();
    }
  }
  response(key) {
    const found = this.responses.get(key);
    if (found) this.used.responses.add(key);
    return found;
  }
  setResponse(key, value) {
    this.responses.set(key, value);
    this.used.responses.add(key);
  }
  blob(sha) {
    const found = this.blobs.get(sha);
    if (found) this.used.blobs.add(sha);
    return found;
  }
  setBlob(sha, value) {
    this.blobs.set(sha, value);
    this.used.blobs.add(sha);
  }
  treeFingerprint(fullName) {
    const found = this.trees.get(fullName);
    if (found !== void 0) this.used.trees.add(fullName);
    return found;
  }
  setTreeFingerprint(fullName, fingerprint) {
    this.trees.set(fullName, fingerprint);
    this.used.trees.add(fullName);
  }
  /** What this run used, as the file's JSON. */
  toJSON() {
    const pick = (map, keys) => Object.fromEntries(
      [...keys].filter((key) => map.has(key)).sort().map((key) => [key, map.get(key)])
    );
    return {
      version: CACHE_VERSION,
      responses: pick(this.responses, this.used.responses),
      blobs: pick(this.blobs, this.used.blobs),
      trees: pick(this.trees, this.used.trees)
    };
  }
  /** Writes atomically: a run stopped half-way leaves the previous cache intact. */
  async save(path) {
    const partial = `${path}.${process.pid}.partial`;
    await writeFile(partial, JSON.stringify(this));
    await rename(partial, path);
  }
};

// src/org/tracking-issue.ts
var TRACKING_LABEL = "ai-act-gate";
var TRACKING_MARKER = "<!-- ai-act-gate:tracking-issue -->";
var MAX_CARDS = 50;
var MAX_REASONS = 8;
function isTrackingIssue(body) {
  return (body ?? "").replace(/^\uFEFF/, "").split("\n", 1)[0].replace(/\r$/, "").trim() === TRACKING_MARKER;
}
function renderTrackingIssue(repository) {
  const blocked = repository.files.filter((file) => file.gate.blocked);
  const title = `ai-act-gate: release blocked for ${pluralise(blocked.length, "model card")}`;
  const items = blocked.slice(0, MAX_CARDS).map((file) => {
    const reasons = file.gate.reasons.slice(0, MAX_REASONS).map((reason) => ({
      type: "listItem",
      spread: false,
      children: [{ type: "paragraph", children: [cardText(reason, TEXT_LIMITS.reason)] }]
    }));
    if (file.gate.reasons.length > MAX_REASONS)
      reasons.push(item(`\u2026 and ${file.gate.reasons.length - MAX_REASONS} more`));
    const children = [
      {
        type: "paragraph",
        children: [cardCode(file.path, TEXT_LIMITS.path), plain(" (tier "), cardCode(file.tier.id), plain(")")]
      }
    ];
    if (reasons.length) children.push({ type: "list", ordered: false, spread: false, children: reasons });
    return { type: "listItem", spread: false, children };
  });
  if (blocked.length > MAX_CARDS) items.push(item(`\u2026 and ${blocked.length - MAX_CARDS} more blocked cards`));
  const list = { type: "list", ordered: false, spread: false, children: items };
  const content = [
    { type: "html", value: TRACKING_MARKER },
    {
      type: "paragraph",
      children: [
        plain(
          `The EU AI Act documentation gate blocks the release of ${pluralise(blocked.length, "model card")} on the default branch (`
        ),
        cardCode(repository.defaultBranch),
        plain("):")
      ]
    },
    list,
    {
      type: "paragraph",
      children: [
        plain(
          "Each card must document what its tier requires. This issue is kept up to date by `ai-act-gate org-scan --tracking-issues` and closed once no card is blocked."
        )
      ]
    }
  ];
  return { title, body: toMarkdown({ type: "root", children: content }) };
}
function item(text) {
  return { type: "listItem", spread: false, children: [{ type: "paragraph", children: [plain(text)] }] };
}

// src/org/tracking-issues.ts
async function syncTrackingIssues(octokit, report, listed, options) {
  const result = { created: 0, updated: 0, closed: 0, unchanged: 0, failed: 0 };
  const limit = pLimit(Math.max(1, options.concurrency));
  await Promise.all(
    report.repositories.map(
      (repository) => limit(async () => {
        const listing = listed.get(repository.fullName);
        if (!listing || repository.status === "failed") return;
        const blocked = repository.files.some((file) => file.gate.blocked);
        if (!blocked && listing.openIssues === 0) return;
        if (blocked && !listing.hasIssues) {
          options.log.warning(
            `${repository.fullName}: issues are turned off; no tracking issue for its release blockers`
          );
          return;
        }
        try {
          await syncOne(octokit, listing, blocked ? renderTrackingIssue(repository) : null, result);
        } catch (error) {
          result.failed++;
          options.log.warning(`${repository.fullName}: could not update its tracking issue: ${messageOf(error)}`);
        }
      })
    )
  );
  return result;
}
async function syncOne(octokit, listing, wanted, result) {
  const repo = { owner: listing.owner, repo: listing.name };
  const open = await octokit.paginate(octokit.rest.issues.listForRepo, {
    ...repo,
    labels: TRACKING_LABEL,
    state: "open",
    per_page: 100
  });
  const ours = open.filter((issue) => !issue.pull_request && isTrackingIssue(issue.body)).sort((a, b) => a.number - b.number);
  if (!wanted) {
    for (const issue of ours) {
      await octokit.rest.issues.update({
        ...repo,
        issue_number: issue.number,
        state: "closed",
        state_reason: "completed"
      });
      result.closed++;
    }
    return;
  }
  const [kept, ...duplicates] = ours;
  if (!kept) {
    await octokit.rest.issues.create({ ...repo, title: wanted.title, body: wanted.body, labels: [TRACKING_LABEL] });
    result.created++;
  } else if (kept.title !== wanted.title || kept.body !== wanted.body) {
    await octokit.rest.issues.update({ ...repo, issue_number: kept.number, title: wanted.title, body: wanted.body });
    result.updated++;
  } else result.unchanged++;
  for (const issue of duplicates) {
    await octokit.rest.issues.update({
      ...repo,
      issue_number: issue.number,
      state: "closed",
      state_reason: "duplicate"
    });
    result.closed++;
  }
}

// src/org/progress.ts
var MIN_INTERVAL_MS = 100;
function createProgress(write, enabled, label) {
  if (!enabled) return { update: () => {
  }, end: () => {
  } };
  let last = 0;
  let shown = false;
  return {
    update(done, total) {
      const now = Date.now();
      if (done < total && now - last < MIN_INTERVAL_MS) return;
      last = now;
      shown = true;
      const width = 24;
      const filled = total === 0 ? width : Math.round(done / total * width);
      write(`\r\x1B[2K${label} [${"#".repeat(filled)}${"-".repeat(width - filled)}] ${done}/${total} repositories`);
    },
    end() {
      if (shown) write("\r\x1B[2K");
    }
  };
}

// src/org/merge-reports.ts
var MergeError = class extends Error {
};
var STATUSES = /* @__PURE__ */ new Set(["checked", "no-cards", "failed"]);
var majorOf = (version) => version.split(".")[0];
var byFullName = (a, b) => a.fullName < b.fullName ? -1 : a.fullName > b.fullName ? 1 : 0;
var isObject = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
function mergeOrgReports(inputs, options = {}) {
  if (inputs.length === 0) throw new MergeError("no reports to merge");
  const twice = inputs.find((input, position) => inputs.findIndex((other) => other.name === input.name) !== position);
  if (twice) throw new MergeError(`${twice.name} is given twice`);
  const reports = inputs.map((input) => ({ name: input.name, report: asOrgReport(input) }));
  const [first] = reports;
  const warnings = [];
  for (const { name, report: report2 } of reports) {
    if (report2.schemaVersion !== first.report.schemaVersion) {
      throw new MergeError(
        `${name} has report schema ${report2.schemaVersion}, ${first.name} has ${first.report.schemaVersion}: merge reports written by the same version of ai-act-gate`
      );
    }
  }
  const org = options.org ?? first.report.org;
  for (const { name, report: report2 } of reports) {
    if (report2.org.toLowerCase() !== org.toLowerCase()) {
      throw new MergeError(
        options.org ? `${name} is a report of "${report2.org}", not of "${options.org}"` : `${name} is a report of "${report2.org}" but ${first.name} of "${first.report.org}": merge the reports of one organisation`
      );
    }
  }
  const seen = /* @__PURE__ */ new Map();
  const repositories = [];
  for (const { name, report: report2 } of reports) {
    for (const repository of report2.repositories) {
      const key = repository.fullName.toLowerCase();
      const earlier = seen.get(key);
      if (earlier !== void 0) {
        throw new MergeError(
          earlier === name ? `${name} lists ${repository.fullName} twice` : `${repository.fullName} is in both ${earlier} and ${name}: the shards overlap (were they split with different counts, or is one report given twice?)`
        );
      }
      seen.set(key, name);
      repositories.push(repository);
    }
  }
  repositories.sort(byFullName);
  warnings.push(...checkShards(reports));
  const versions = new Set(reports.map(({ report: report2 }) => report2.tool.version));
  if (versions.size > 1)
    warnings.push(`the reports were written by different versions of ai-act-gate (${[...versions].join(", ")})`);
  const ruleIds = [...new Set(reports.flatMap(({ report: report2 }) => report2.ruleIds))];
  const firstRules = new Set(first.report.ruleIds);
  for (const { name, report: report2 } of reports) {
    if (report2.ruleIds.length !== firstRules.size || report2.ruleIds.some((id) => !firstRules.has(id))) {
      warnings.push(
        `${name} checks other rules than ${first.name} (${report2.ruleIds.length} and ${firstRules.size}): the merged report shows all of them`
      );
    }
  }
  const newest = reports.reduce(
    (best, current) => Date.parse(current.report.generatedAt) > Date.parse(best.report.generatedAt) ? current : best
  );
  const report = {
    schemaVersion: ORG_REPORT_SCHEMA_VERSION,
    tool: { ...newest.report.tool },
    org: first.report.org,
    generatedAt: newest.report.generatedAt,
    shard: null,
    ruleIds,
    repositories,
    summary: summarizeRepositories(repositories),
    requests: {
      total: reports.reduce((sum, { report: report2 }) => sum + report2.requests.total, 0),
      notModified: reports.reduce((sum, { report: report2 }) => sum + report2.requests.notModified, 0)
    }
  };
  const provenances = reports.map(({ report: report2 }) => report2.provenance);
  const distinct = new Set(provenances.map((provenance) => JSON.stringify(provenance ?? null)));
  if (provenances.every(Boolean) && distinct.size === 1) report.provenance = newest.report.provenance;
  else if (provenances.every(Boolean))
    warnings.push("the reports were judged by different rules or policies (their ruleset or policy digests differ)");
  addOrgFamilies(report);
  return { report, warnings };
}
function checkShards(reports) {
  const sharded = reports.filter(({ report }) => report.shard !== null);
  if (sharded.length === 0) return [];
  if (sharded.length < reports.length) {
    const whole = reports.find(({ report }) => report.shard === null);
    return [`${whole.name} is not a shard but ${sharded[0].name} is: cannot tell whether shards are missing`];
  }
  const counts = new Set(sharded.map(({ report }) => report.shard.count));
  if (counts.size > 1)
    return [
      `the reports are shards of different splits (${[...counts].map((count2) => `of ${count2}`).join(", ")}): cannot tell whether shards are missing`
    ];
  const count = sharded[0].report.shard.count;
  const byIndex = /* @__PURE__ */ new Map();
  for (const { name, report } of sharded) {
    const earlier = byIndex.get(report.shard.index);
    if (earlier !== void 0)
      throw new MergeError(`${earlier} and ${name} are both shard ${report.shard.index}/${count}`);
    byIndex.set(report.shard.index, name);
  }
  const missing = Array.from({ length: count }, (_, position) => position + 1).filter((index) => !byIndex.has(index));
  if (missing.length === 0) return [];
  return [
    `shard${missing.length > 1 ? "s" : ""} ${missing.map((index) => `${index}/${count}`).join(", ")} missing: the merged report covers ${count - missing.length} of ${count} shards, so the repositories of the missing ones are not in it`
  ];
}
function asOrgReport({ name, report }) {
  const fail = (why) => {
    throw new MergeError(`${name}: not an org-scan JSON report (schema ${ORG_REPORT_SCHEMA_VERSION}): ${why}`);
  };
  if (!isObject(report)) return fail("not a JSON object");
  const { schemaVersion, org, generatedAt, shard, ruleIds, repositories, tool, requests } = report;
  if (typeof schemaVersion !== "string") return fail("no schemaVersion");
  if (majorOf(schemaVersion) !== majorOf(ORG_REPORT_SCHEMA_VERSION)) {
    throw new MergeError(
      `${name} has report schema ${schemaVersion}; this version of ai-act-gate merges schema ${majorOf(ORG_REPORT_SCHEMA_VERSION)}.x`
    );
  }
  if (typeof org !== "string" || org === "") return fail("no org");
  if (typeof generatedAt !== "string" || Number.isNaN(Date.parse(generatedAt)))
    return fail("generatedAt is not a time");
  if (shard !== null) {
    if (!isObject(shard) || !Number.isInteger(shard.index) || !Number.isInteger(shard.count) || shard.index < 1 || shard.index > shard.count) {
      return fail("shard is neither null nor {index, count} with 1 \u2264 index \u2264 count");
    }
  }
  if (!Array.isArray(ruleIds) || !ruleIds.every((id) => typeof id === "string"))
    return fail("ruleIds is not a list of rule ids");
  if (!Array.isArray(repositories)) return fail("no repositories list");
  repositories.forEach((repository, position) => {
    const where = `repositories[${position}]`;
    if (!isObject(repository) || typeof repository.fullName !== "string" || !repository.fullName.includes("/"))
      return fail(`${where} has no fullName`);
    if (typeof repository.status !== "string" || !STATUSES.has(repository.status))
      return fail(`${where} (${repository.fullName}) has no valid status`);
    if (!Array.isArray(repository.files)) return fail(`${where} (${repository.fullName}) has no files list`);
    repository.files.forEach((file, index) => {
      if (!isObject(file) || typeof file.path !== "string" || !Array.isArray(file.rules) || !Array.isArray(file.problems) || !isObject(file.gate)) {
        fail(`${where}.files[${index}] (${repository.fullName}) is not a card report`);
      }
    });
  });
  const count = (value) => typeof value === "number" && Number.isFinite(value) && value >= 0 ? value : 0;
  return {
    ...report,
    tool: isObject(tool) && typeof tool.name === "string" && typeof tool.version === "string" ? { name: tool.name, version: tool.version } : { name: "ai-act-gate", version: "unknown" },
    requests: isObject(requests) ? { total: count(requests.total), notModified: count(requests.notModified) } : { total: 0, notModified: 0 }
  };
}

// src/org-cli.ts
var FORMATS = ["json", "markdown", "html"];
var DEFAULT_CONCURRENCY = 4;
var MAX_CONCURRENCY = 32;
var HELP = `ai-act-gate ${VERSION}: check the model cards of every repository of a GitHub organisation

Usage: ai-act-gate org-scan --org NAME [options]
       ai-act-gate org-scan --merge REPORT.json\u2026 [--format F] [--output FILE] [--previous OLD.json]

Reads each repository's default branch through the API (one tree request, then the cards
and .github/ai-act-gate.yml by blob), checks the cards under the org policy merged with each
repository's own config, and writes one report.

Options:
      --org <name>                    the organisation (required, except with --merge)
      --token <token>                 GitHub token (default: $GITHUB_TOKEN, then $GH_TOKEN)
      --api-url <url>                 REST API root (default: $GITHUB_API_URL, or https://api.github.com)
  -c, --config <file>                 the organisation's policy file; each repository's own config applies on top
  -f, --format <${FORMATS.join("|")}>       output format (default: json)
  -o, --output <file>                 write the report to a file instead of stdout
      --previous <old.json>           an earlier org-scan JSON report: show what changed since
      --cache <file>                  keep ETags and blobs here between runs (conditional requests)
      --shard <i/n>                   scan the i-th of n stable parts of the organisation (1-based)
      --concurrency <n>               repositories scanned at once (default: ${DEFAULT_CONCURRENCY})
      --include-archived              also scan archived repositories
      --include-forks                 also scan forks
      --tracking-issues               open, update or close one "ai-act-gate" issue per repository with release blockers
      --rules <dir>                   use the rules in this folder instead of the bundled ones
      --max-size <bytes>              report larger files instead of reading them (default: ${DEFAULT_MAX_BYTES})
      --time-budget <seconds>         skip a card whose check takes longer (default: ${DEFAULT_TIME_BUDGET_MS / 1e3}; 0: no limit)
      --merge <report.json>\u2026          combine the JSON reports of --shard runs into one report (no API access;
                                      with --format, --output, --previous, and --org to check the organisation)
  -h, --help                          show this help

Exit codes: 0 scanned and nothing blocked; 1 a release blocked or a repository that could not
be scanned; 2 usage, configuration or API error, or reports that cannot be merged.
`;
var UsageError = class extends Error {
};
async function runOrgScanCli(argv, io, dependencies = {}) {
  try {
    return await run(argv[0] === "org-scan" ? argv.slice(1) : argv, io, dependencies);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`ai-act-gate org-scan: ${error.message}
Run "ai-act-gate org-scan --help" for usage.
`);
      return 2;
    }
    const known = error instanceof ConfigError || error instanceof RuleLoadError || error instanceof RuleFileError || error instanceof MergeError;
    io.stderr(`ai-act-gate org-scan: ${known ? error.message : messageOf(error)}
`);
    return 2;
  }
}
var SCAN_ONLY = [
  "token",
  "api-url",
  "config",
  "cache",
  "shard",
  "concurrency",
  "include-archived",
  "include-forks",
  "tracking-issues",
  "rules",
  "max-size",
  "time-budget"
];
function parseSettings(argv, env) {
  let values;
  let positionals;
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        org: { type: "string" },
        token: { type: "string" },
        "api-url": { type: "string" },
        config: { type: "string", short: "c" },
        format: { type: "string", short: "f", default: "json" },
        output: { type: "string", short: "o" },
        previous: { type: "string" },
        cache: { type: "string" },
        shard: { type: "string" },
        concurrency: { type: "string" },
        "include-archived": { type: "boolean", default: false },
        "include-forks": { type: "boolean", default: false },
        "tracking-issues": { type: "boolean", default: false },
        rules: { type: "string" },
        "max-size": { type: "string" },
        "time-budget": { type: "string" },
        merge: { type: "boolean", default: false },
        help: { type: "boolean", short: "h" }
      }
    }));
  } catch (error) {
    throw new UsageError(error.message);
  }
  if (values.help) return "help";
  const org = values.org;
  if (org && !/^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/.test(org))
    throw new UsageError(`--org "${org}" is not a GitHub organisation name`);
  const format = values.format;
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be ${FORMATS.join(", ")}, not "${values.format}"`);
  if (values.merge) {
    const scanOnly = SCAN_ONLY.find((name) => values[name] !== void 0 && values[name] !== false);
    if (scanOnly) throw new UsageError(`--${scanOnly} is for scanning; --merge only combines reports`);
    if (positionals.length === 0) throw new UsageError("--merge needs the JSON reports to merge");
    return { files: positionals, org, format, output: values.output, previous: values.previous };
  }
  if (positionals.length > 0)
    throw new UsageError(`unexpected argument "${positionals[0]}" (only --merge takes files)`);
  if (!org) throw new UsageError("--org is required");
  const token = values.token || env.GITHUB_TOKEN || env.GH_TOKEN;
  if (!token) throw new UsageError("a GitHub token is needed: set GITHUB_TOKEN (or GH_TOKEN), or pass --token");
  const baseUrl = values["api-url"] || env.GITHUB_API_URL || void 0;
  if (baseUrl !== void 0 && !/^https?:\/\/[^\s/]+/i.test(baseUrl))
    throw new UsageError(`--api-url must be an http(s) URL, not "${baseUrl}"`);
  let shard = null;
  if (values.shard !== void 0) {
    const parsed = parseShard(values.shard);
    if (typeof parsed === "string") throw new UsageError(parsed);
    shard = parsed;
  }
  const concurrency = values.concurrency === void 0 ? DEFAULT_CONCURRENCY : Number(values.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > MAX_CONCURRENCY) {
    throw new UsageError(
      `--concurrency must be a whole number from 1 to ${MAX_CONCURRENCY}, not "${values.concurrency}"`
    );
  }
  const maxBytes = values["max-size"] === void 0 ? DEFAULT_MAX_BYTES : Number(values["max-size"]);
  if (!Number.isFinite(maxBytes) || maxBytes <= 0)
    throw new UsageError(`--max-size must be a positive number of bytes, not "${values["max-size"]}"`);
  const timeBudgetSeconds = values["time-budget"] === void 0 ? DEFAULT_TIME_BUDGET_MS / 1e3 : Number(values["time-budget"]);
  if (!Number.isFinite(timeBudgetSeconds) || timeBudgetSeconds < 0)
    throw new UsageError(`--time-budget must be a number of seconds (0: no limit), not "${values["time-budget"]}"`);
  return {
    org,
    token,
    baseUrl,
    format,
    output: values.output,
    config: values.config,
    previous: values.previous,
    cache: values.cache,
    shard,
    concurrency,
    includeArchived: values["include-archived"] === true,
    includeForks: values["include-forks"] === true,
    trackingIssues: values["tracking-issues"] === true,
    rules: values.rules,
    maxBytes,
    timeBudgetMs: timeBudgetSeconds * 1e3
  };
}
async function run(argv, io, dependencies) {
  const settings = parseSettings(argv, dependencies.env ?? process.env);
  if (settings === "help") {
    io.stdout(HELP);
    return 0;
  }
  if ("files" in settings) return runMerge(settings, io);
  const showProgress = dependencies.stderrIsTTY ?? process.stderr.isTTY === true;
  const clear = showProgress ? "\r\x1B[2K" : "";
  const log = {
    info: () => {
    },
    warning: (message) => io.stderr(`${clear}ai-act-gate org-scan: warning: ${message}
`)
  };
  const previous = settings.previous ? await readPrevious(resolve(io.cwd, settings.previous), settings.org) : void 0;
  const { octokit, requests } = createOrgOctokit({
    token: settings.token,
    baseUrl: settings.baseUrl,
    log,
    fetch: dependencies.fetch,
    retryAfterBaseValue: dependencies.retryAfterBaseValue,
    throttleId: dependencies.throttleId
  });
  const cachePath = settings.cache ? resolve(io.cwd, settings.cache) : null;
  const cache = cachePath ? await RunCache.load(cachePath, log.warning) : null;
  if (cache)
    useConditionalRequests(
      octokit,
      cache,
      (url, data) => new URL(url).pathname.includes("/git/trees/") ? shrinkTree(data) : data
    );
  const readRemote = createRemoteConfigReader(octokit);
  const policy = settings.config ? await loadOrgPolicy(resolve(io.cwd, settings.config), { readRemote, root: io.cwd }) : EMPTY_POLICY;
  const ruleset = loadRuleset(settings.rules ? resolve(io.cwd, settings.rules) : void 0, policy.ruleFolders);
  checkPolicyRuleIds(policy, ruleset.rules);
  const progress = createProgress(io.stderr, showProgress, `org-scan ${settings.org}`);
  const checker = new CardChecker({ ruleset, timeBudgetMs: settings.timeBudgetMs, now: dependencies.now?.() });
  let scan;
  try {
    scan = await scanOrganisation(
      {
        org: settings.org,
        octokit,
        ruleset,
        policy,
        readRemote,
        cache,
        concurrency: settings.concurrency,
        maxBytes: settings.maxBytes,
        includeArchived: settings.includeArchived,
        includeForks: settings.includeForks,
        shard: settings.shard,
        onProgress: (done, total) => progress.update(done, total),
        now: dependencies.now?.(),
        checker
      },
      requests
    );
  } finally {
    progress.end();
    await checker.close();
  }
  const { report } = scan;
  if (settings.trackingIssues) {
    const issues = await syncTrackingIssues(octokit, report, scan.listed, { concurrency: settings.concurrency, log });
    io.stderr(
      `tracking issues: ${issues.created} created, ${issues.updated} updated, ${issues.closed} closed, ${issues.unchanged} unchanged${issues.failed ? `, ${issues.failed} failed` : ""}
`
    );
  }
  report.requests = { total: requests.total, notModified: requests.notModified };
  if (cache && cachePath) await cache.save(cachePath);
  return finish(
    report,
    settings,
    previous,
    `org-scan ${settings.org}${settings.shard ? ` (shard ${settings.shard.index}/${settings.shard.count})` : ""}`,
    io
  );
}
async function finish(report, settings, previous, label, io) {
  const rendered = await render(report, settings.format, previous);
  if (settings.output) await writeFile2(resolve(io.cwd, settings.output), rendered);
  else io.stdout(rendered);
  const { summary } = report;
  io.stderr(
    `${label}: ${summary.repositories} repositories, ${summary.checked} with cards, ${summary.failed} failed; ${summary.cards} cards, ${summary.blocked} blocked; ${report.requests.total} API requests (${report.requests.notModified} not modified)
`
  );
  return summary.failed > 0 || summary.blocked > 0 ? 1 : 0;
}
async function runMerge(settings, io) {
  const inputs = await Promise.all(settings.files.map((file) => readMergeInput(file, io.cwd)));
  const { report, warnings } = mergeOrgReports(inputs, { org: settings.org });
  for (const warning of warnings) io.stderr(`ai-act-gate org-scan: warning: ${warning}
`);
  const previous = settings.previous ? await readPrevious(resolve(io.cwd, settings.previous), report.org) : void 0;
  return finish(report, settings, previous, `org-scan ${report.org} (${inputs.length} reports merged)`, io);
}
async function readMergeInput(file, cwd) {
  try {
    return { name: file, report: JSON.parse(await readFile2(resolve(cwd, file), "utf8")) };
  } catch (error) {
    throw new MergeError(
      `${file}: ${error.code === "ENOENT" ? "no such file" : `not a JSON file (${error.message})`}`
    );
  }
}
async function render(report, format, previous) {
  if (format === "json") return `${JSON.stringify(report, null, 2)}
`;
  if (format === "markdown") return (await import("./org-markdown-MPHQOZIB.js")).renderOrgMarkdown(report, previous);
  return (await import("./org-dashboard-PBR2J7X7.js")).renderOrgDashboard(report, previous);
}
async function readPrevious(path, org) {
  let value;
  try {
    value = JSON.parse(await readFile2(path, "utf8"));
  } catch (error) {
    throw new UsageError(
      `--previous ${path}: ${error.code === "ENOENT" ? "no such file" : `not a JSON file (${error.message})`}`
    );
  }
  const report = value;
  const major = (version) => typeof version === "string" ? version.split(".")[0] : null;
  if (!report || typeof report !== "object" || !Array.isArray(report.repositories) || major(report.schemaVersion) !== major(ORG_REPORT_SCHEMA_VERSION)) {
    throw new UsageError(`--previous ${path}: not an org-scan JSON report (schema ${ORG_REPORT_SCHEMA_VERSION})`);
  }
  if (report.org !== org)
    throw new UsageError(`--previous ${path} is a report of "${String(report.org)}", not of "${org}"`);
  return report;
}

export {
  runOrgScanCli,
  finish,
  readPrevious
};
