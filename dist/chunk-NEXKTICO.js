import { createRequire as __aagCreateRequire } from 'node:module'; const require = __aagCreateRequire(import.meta.url);
import {
  defaultRulesDirectory,
  isBundledFolder,
  shippedSnapshot,
  snapshotRules
} from "./chunk-746URBFR.js";

// src/ruleset/open-ruleset.ts
var fromSnapshot = /* @__PURE__ */ new WeakMap();
async function openRuleset(directory, extraDirectories = []) {
  const shipped = extraDirectories.length === 0 && (directory === void 0 || isBundledFolder(directory));
  const snapshot = shipped ? shippedSnapshot() : null;
  if (snapshot) return snapshotRuleset(snapshot, directory ?? defaultRulesDirectory());
  const { loadRuleset } = await import("./load-rules-DKXJVL2S.js");
  return loadRuleset(directory, extraDirectories);
}
function snapshotRuleset(snapshot, directory) {
  let rules;
  const ruleset = {
    get rules() {
      return rules ??= snapshotRules(snapshot.contents(), directory);
    },
    get vocabulary() {
      return snapshot.contents().vocabulary;
    },
    directory,
    extraDirectories: []
  };
  fromSnapshot.set(ruleset, snapshot);
  return ruleset;
}
function ruleIdsOf(ruleset) {
  return fromSnapshot.get(ruleset)?.ruleIds ?? ruleset.rules.map((rule) => rule.id);
}
function isShippedRuleset(ruleset) {
  return fromSnapshot.has(ruleset);
}

// src/time-budget.ts
var DEFAULT_TIME_BUDGET_MS = 2e4;

export {
  openRuleset,
  ruleIdsOf,
  isShippedRuleset,
  DEFAULT_TIME_BUDGET_MS
};
