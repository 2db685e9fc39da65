import { createRequire as __aagCreateRequire } from 'node:module'; const require = __aagCreateRequire(import.meta.url);
import {
  createHubClient,
  createHubSession,
  diskStore,
  hubUrlFrom
} from "./chunk-4ZXRFXO6.js";
import {
  pLimit
} from "./chunk-BEDF4N6L.js";
import "./chunk-I26MFRY4.js";
import {
  checkCard
} from "./chunk-UUOQDD46.js";
import "./chunk-NL2QL32C.js";
import "./chunk-NQ2HNNKS.js";
import "./chunk-7KKXPEHT.js";
import "./chunk-RG5CQAGC.js";
import "./chunk-MCBLOSZH.js";
import "./chunk-AYMFEIHT.js";
import {
  readSource
} from "./chunk-Z4A6QR2X.js";
import "./chunk-PLPMFADU.js";
import "./chunk-G7S77VK7.js";
import "./chunk-J6U2C36Q.js";
import "./chunk-RFKPFFVV.js";
import "./chunk-ODAIUGEL.js";
import "./chunk-746URBFR.js";
import "./chunk-QEDUW24Q.js";
import "./chunk-KAMNI3PN.js";
import "./chunk-V6QSAUCR.js";
import {
  require_dist
} from "./chunk-CSBECP3I.js";
import {
  __toESM
} from "./chunk-UIU2T2WH.js";

// src/hub/cli-hub.ts
import { resolve } from "node:path";
var import_yaml = __toESM(require_dist(), 1);
var CONCURRENCY = 4;
function createCliHub(options) {
  const env = options.env ?? process.env;
  const client = options.client ?? createHubClient({
    hubUrl: hubUrlFrom(options.hubUrl, env),
    token: env.HF_TOKEN || void 0,
    store: options.cache ? diskStore(options.cache.directory) : void 0
  });
  const session = createHubSession({
    client,
    ruleset: options.ruleset,
    policy: options.policy,
    maxBytes: options.maxBytes,
    cache: options.cache
  });
  const limit = pLimit(CONCURRENCY);
  return {
    texts: session.texts,
    checkSources: (sources) => Promise.all(sources.map((source) => limit(() => session.check(source)))),
    async checkWithBases(paths, cwd) {
      const reports = /* @__PURE__ */ new Map();
      await Promise.all(
        paths.map(
          (path) => limit(async () => {
            const report = await checkLocalCard(path, cwd, options, session);
            if (report) reports.set(path, report);
          })
        )
      );
      return reports;
    }
  };
}
async function checkLocalCard(path, cwd, options, session) {
  const source = readSource(resolve(cwd, path), options.maxBytes);
  if (!source.ok) return null;
  const ids = baseModelsOf(source.text);
  if (!ids.length) return null;
  const { bases } = await session.bases(ids);
  let report;
  try {
    report = checkCard(path, source.text, options.ruleset, options.policy, void 0, { bases });
  } catch {
    return null;
  }
  for (const warning of source.warnings)
    report.problems.push({ ruleId: "card-syntax", message: warning, line: 1, column: 1, severity: "warning" });
  return report;
}
function baseModelsOf(text) {
  const block = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)\s*(?:\r?\n|$)/.exec(text);
  if (!block) return [];
  let data;
  try {
    data = (0, import_yaml.parse)(block[1]);
  } catch {
    return [];
  }
  const value = data?.base_model;
  return (Array.isArray(value) ? value : [value]).filter(
    (item) => typeof item === "string" && !!item.trim()
  );
}
export {
  baseModelsOf,
  createCliHub
};
