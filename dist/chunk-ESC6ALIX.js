import { createRequire as __aagCreateRequire } from 'node:module'; const require = __aagCreateRequire(import.meta.url);
import {
  today
} from "./chunk-PLPMFADU.js";
import {
  VERSION
} from "./chunk-G7S77VK7.js";
import {
  policyDigest,
  rulesetDigest
} from "./chunk-QEDUW24Q.js";

// src/cache/cli-cache.ts
import { resolve } from "node:path";

// src/cache/content-cache.ts
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
var CACHE_FORMAT = "ai-act-gate-cache/1";
function openContentCache(directory, context, warn) {
  const stats = { hits: 0, misses: 0, ignored: 0 };
  const prefix = JSON.stringify([context.version, context.rulesetDigest, context.policyDigest, context.asOf]);
  const fileOf = (key) => join(directory, "reports", key.slice(0, 2), `${key}.json`);
  let unwritable = false;
  const shared = /* @__PURE__ */ new Map();
  return {
    directory,
    stats,
    keyOf(path, bytes, extra) {
      const hash = createHash("sha256").update(prefix).update("\0").update(path).update("\0").update(bytes);
      if (extra !== void 0) hash.update("\0").update(JSON.stringify(extra));
      return hash.digest("hex");
    },
    get(key) {
      let text;
      try {
        text = readFileSync(fileOf(key), "utf8");
      } catch {
        stats.misses++;
        return void 0;
      }
      const entry = parseEntry(text, key);
      if (typeof entry === "string") {
        stats.ignored++;
        stats.misses++;
        warn(`ignored cache entry ${fileOf(key)}: ${entry}; the card is checked again`);
        return void 0;
      }
      stats.hits++;
      return shareRuleStrings(entry.report, shared);
    },
    set(key, report) {
      if (unwritable) return;
      const file = fileOf(key);
      const entry = { format: CACHE_FORMAT, key, report };
      try {
        mkdirSync(join(file, ".."), { recursive: true });
        const temporary = `${file}.${process.pid}.tmp`;
        writeFileSync(temporary, JSON.stringify(entry));
        renameSync(temporary, file);
      } catch (error) {
        unwritable = true;
        warn(
          `cannot write the cache in ${directory} (${error.code ?? error}); going on without it`
        );
      }
    }
  };
}
function parseEntry(text, key) {
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    return "not valid JSON";
  }
  const entry = value;
  if (!entry || typeof entry !== "object" || entry.format !== CACHE_FORMAT) return `not an ${CACHE_FORMAT} entry`;
  if (entry.key !== key) return "its key does not match its name";
  const report = entry.report;
  if (!report || typeof report.path !== "string" || !Array.isArray(report.rules) || !report.tier || !report.gate)
    return "its report is incomplete";
  return entry;
}
var SHARED_KEYS = ["id", "status", "severity", "citation", "url", "message"];
function shareRuleStrings(report, shared) {
  for (const rule of report.rules) {
    const fields = rule;
    for (const key of SHARED_KEYS) {
      const value = fields[key];
      if (typeof value !== "string") continue;
      const known = shared.get(value);
      if (known === void 0) shared.set(value, value);
      else fields[key] = known;
    }
  }
  return report;
}

// src/cache/cli-cache.ts
function openCliCache(directory, options) {
  const { ruleset, policy } = options;
  return openContentCache(
    resolve(options.cwd, directory),
    {
      version: VERSION,
      rulesetDigest: rulesetDigest([ruleset.directory, ...ruleset.extraDirectories]),
      policyDigest: policyDigest(policy),
      asOf: policy.asOf ?? today()
    },
    options.warn
  );
}

export {
  openCliCache
};
