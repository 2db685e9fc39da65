import { createRequire as __aagCreateRequire } from 'node:module'; const require = __aagCreateRequire(import.meta.url);
import {
  createHubClient,
  createHubSession,
  diskStore,
  hubUrlFrom
} from "./chunk-4ZXRFXO6.js";
import {
  finish,
  readPrevious,
  runOrgScanCli
} from "./chunk-3PR3DAJT.js";
import {
  buildOrgReport,
  parseShard
} from "./chunk-RMTZV52Y.js";
import {
  pLimit
} from "./chunk-BEDF4N6L.js";
import {
  openCliCache
} from "./chunk-ESC6ALIX.js";
import {
  loadRuleset
} from "./chunk-A447YCO3.js";
import {
  DEFAULT_MAX_BYTES
} from "./chunk-Z4A6QR2X.js";
import {
  checkPolicyRuleIds
} from "./chunk-PLPMFADU.js";
import {
  loadPolicyFile
} from "./chunk-Q7WVEFCD.js";
import {
  EMPTY_POLICY
} from "./chunk-V6QSAUCR.js";

// src/hub/hub-scan-cli.ts
import { parseArgs } from "node:util";
import { resolve } from "node:path";
var FORMATS = ["json", "markdown", "html"];
var HELP = `Usage: ai-act-gate hub-scan --author NAME [options]
       ai-act-gate hub-scan --merge REPORT.json\u2026 [--format F] [--output FILE] [--previous OLD.json]

Checks the card of every model of a Hugging Face user or organisation, read through the Hub's API
at the commit it reports, and writes one report in org-scan's form.

Options:
      --author <name>        the user or organisation (required, except with --merge)
      --hub-url <url>        the Hub (default: $HF_ENDPOINT, or https://huggingface.co); token: $HF_TOKEN
  -c, --config <file>        policy file
  -f, --format <json|markdown|html>   output format (default: json)
  -o, --output <file>        write the report to a file instead of stdout
      --previous <old.json>  an earlier report of the same author: show what changed since
      --shard <i/n>          check the i-th of n stable parts of the models (1-based)
      --cache <dir>          keep reports and the Hub's ETags there; a re-run sends conditional requests
      --concurrency <n>      models read at once (default: 4)
      --rules <dir>          use the rules in this folder instead of the bundled ones
      --max-size <bytes>     report larger cards instead of checking them (default: ${DEFAULT_MAX_BYTES})
      --merge <report.json>\u2026 combine the JSON reports of --shard runs (as org-scan --merge)
  -h, --help                 show this help

Exit codes: 0 checked and nothing blocked; 1 a release blocked or a model that could not be read;
2 usage, configuration or Hub error (the models cannot be listed).
`;
var UsageError = class extends Error {
};
async function runHubScanCli(argv, io, dependencies = {}) {
  if (argv.includes("--merge"))
    return runOrgScanCli(
      argv.map((arg) => arg === "--author" ? "--org" : arg),
      io
    );
  try {
    return await scan(argv, io, dependencies);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(
      `ai-act-gate hub-scan: ${message}
${error instanceof UsageError ? 'Run "ai-act-gate hub-scan --help" for usage.\n' : ""}`
    );
    return 2;
  }
}
async function scan(argv, io, dependencies) {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        author: { type: "string" },
        "hub-url": { type: "string" },
        config: { type: "string", short: "c" },
        format: { type: "string", short: "f", default: "json" },
        output: { type: "string", short: "o" },
        previous: { type: "string" },
        shard: { type: "string" },
        cache: { type: "string" },
        concurrency: { type: "string" },
        rules: { type: "string" },
        "max-size": { type: "string" },
        help: { type: "boolean", short: "h" }
      }
    }));
  } catch (error) {
    throw new UsageError(error.message);
  }
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  const author = values.author;
  if (!author || !/^[A-Za-z0-9][A-Za-z0-9._-]{0,95}$/.test(author))
    throw new UsageError(
      author ? `--author "${author}" is not a Hub user or organisation name` : "--author is required"
    );
  const format = values.format;
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be ${FORMATS.join(", ")}, not "${values.format}"`);
  let shard = null;
  if (values.shard !== void 0) {
    const parsed = parseShard(values.shard);
    if (typeof parsed === "string") throw new UsageError(parsed);
    shard = parsed;
  }
  const concurrency = values.concurrency === void 0 ? 4 : Number(values.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 32)
    throw new UsageError(`--concurrency must be a whole number from 1 to 32, not "${values.concurrency}"`);
  const maxBytes = values["max-size"] === void 0 ? DEFAULT_MAX_BYTES : Number(values["max-size"]);
  if (!Number.isFinite(maxBytes) || maxBytes <= 0)
    throw new UsageError(`--max-size must be a positive number of bytes, not "${values["max-size"]}"`);
  const previous = values.previous ? await readPrevious(resolve(io.cwd, values.previous), author) : void 0;
  const policy = values.config ? await loadPolicyFile(resolve(io.cwd, values.config), { root: io.cwd }) : EMPTY_POLICY;
  const ruleset = loadRuleset(values.rules ? resolve(io.cwd, values.rules) : void 0, policy.ruleFolders);
  checkPolicyRuleIds(policy, ruleset.rules);
  const warn = (message) => io.stderr(`ai-act-gate hub-scan: warning: ${message}
`);
  const cache = values.cache ? openCliCache(values.cache, { cwd: io.cwd, ruleset, policy, warn }) : void 0;
  const env = dependencies.env ?? process.env;
  const hubUrl = hubUrlFrom(values["hub-url"], env);
  const client = dependencies.client ?? createHubClient({
    hubUrl,
    token: env.HF_TOKEN || void 0,
    store: cache ? diskStore(cache.directory) : void 0
  });
  const session = createHubSession({ client, ruleset, policy, maxBytes, cache, now: dependencies.now?.() });
  const listed = [];
  for await (const model of client.listModels(author)) listed.push(model.repo);
  const selected = [...new Set(listed)].sort().filter((_, position) => !shard || position % shard.count === shard.index - 1);
  const limit = pLimit(concurrency);
  const repositories = await Promise.all(
    selected.map(
      (repo) => limit(async () => {
        const report2 = await session.check({ given: `hf://${repo}`, repo });
        return asRepository(repo, client.hubUrl, report2);
      })
    )
  );
  const report = buildOrgReport(
    author,
    repositories,
    ruleset,
    shard,
    dependencies.now?.() ?? /* @__PURE__ */ new Date(),
    {
      total: client.requests.total,
      notModified: client.requests.notModified
    },
    policy
  );
  const label = `hub-scan ${author}${shard ? ` (shard ${shard.index}/${shard.count})` : ""}`;
  return finish(report, { format, output: values.output }, previous, label, io);
}
function asRepository(repo, hubUrl, report) {
  const repository = {
    fullName: repo,
    defaultBranch: report.hub?.revision ?? "main",
    htmlUrl: `${hubUrl}/${repo}`,
    status: "checked",
    configPath: null,
    files: []
  };
  const unreadable = report.problems.find((problem) => problem.ruleId === "card-unreadable");
  if (unreadable && /has no README\.md/.test(unreadable.message)) return { ...repository, status: "no-cards" };
  if (unreadable) return { ...repository, status: "failed", error: unreadable.message };
  return { ...repository, files: [{ ...report, path: "README.md" }] };
}

export {
  runHubScanCli
};
