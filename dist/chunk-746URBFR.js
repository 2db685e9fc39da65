import { createRequire as __aagCreateRequire } from 'node:module'; const require = __aagCreateRequire(import.meta.url);
import {
  rulesetDigest
} from "./chunk-QEDUW24Q.js";

// src/ruleset/errors.ts
var RuleLoadError = class extends Error {
};
var RuleFileError = class extends Error {
};

// src/ruleset/rules-directory.ts
import { existsSync, realpathSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
function defaultRulesDirectory() {
  let directory = fileURLToPath(new URL(".", import.meta.url));
  for (let depth = 0; depth < 5; depth++) {
    const candidate = join(directory, "rules");
    if (existsSync(join(candidate, "vocabulary", "sections.yaml"))) return candidate;
    directory = join(directory, "..");
  }
  throw new RuleLoadError("cannot find the rules/ folder next to ai-act-gate; expected rules/vocabulary/sections.yaml");
}
function isBundledFolder(folder) {
  try {
    return realpathSync(folder) === realpathSync(defaultRulesDirectory());
  } catch {
    return false;
  }
}

// src/ruleset/snapshot.ts
import { existsSync as existsSync2, readFileSync } from "node:fs";
import { join as join2 } from "node:path";
import { deserialize } from "node:v8";
var SNAPSHOT_FILE = "ruleset.snapshot";
var SNAPSHOT_FORMAT = "ai-act-gate-ruleset-snapshot/2";
var shipped;
function shippedSnapshot() {
  if (shipped !== void 0) return shipped;
  shipped = null;
  const file = new URL(`./${SNAPSHOT_FILE}`, import.meta.url);
  if (!existsSync2(file)) return null;
  try {
    const header = deserialize(readFileSync(file));
    if (header?.format !== SNAPSHOT_FORMAT || !(header.contents instanceof Uint8Array) || !header.ruleIds) return null;
    if (header.digest !== rulesetDigest([defaultRulesDirectory()])) return null;
    const bytes = header.contents;
    let contents;
    shipped = {
      digest: header.digest,
      ruleIds: header.ruleIds,
      contents: () => contents ??= deserialize(bytes)
    };
  } catch {
  }
  return shipped;
}
function snapshotRules(contents, directory) {
  return contents.rules.map((rule) => ({ ...rule, file: join2(directory, rule.file) }));
}

export {
  RuleLoadError,
  RuleFileError,
  defaultRulesDirectory,
  isBundledFolder,
  shippedSnapshot,
  snapshotRules
};
