import { createRequire as __aagCreateRequire } from 'node:module'; const require = __aagCreateRequire(import.meta.url);
import {
  TIERS
} from "./chunk-3IT5TNIP.js";
import {
  blockingLines,
  isGap
} from "./chunk-KAMNI3PN.js";

// src/render/org-analysis.ts
var CELL_STATES = [
  { state: "met", className: "m", symbol: "\u2713", label: "met", description: "the card documents the duty" },
  { state: "partial", className: "p", symbol: "\u25D0", label: "partial", description: "documented only in part" },
  {
    state: "missing-required",
    className: "x",
    symbol: "\u2717",
    label: "missing, required",
    description: "missing, and the tier makes the duty apply"
  },
  {
    state: "missing-optional",
    className: "o",
    symbol: "\u25CB",
    label: "missing, not required",
    description: "missing, but the duty does not apply to this tier"
  },
  {
    state: "waived",
    className: "w",
    symbol: "W",
    label: "waived",
    description: "a gap the policy waives until its expiry"
  },
  { state: "off", className: "f", symbol: "\u2013", label: "off", description: "the policy turns the rule off" },
  {
    state: "no-card",
    className: "n",
    symbol: "\xB7",
    label: "no card",
    description: "no model card in the repository, or the card could not be checked"
  }
];
var CELL_STATE_INFO = Object.fromEntries(CELL_STATES.map((info) => [info.state, info]));
function cellState(rule) {
  if (!rule) return "no-card";
  if (rule.enabled === false) return "off";
  if (rule.status === "met") return "met";
  if (rule.waiver) return "waived";
  if (rule.status === "partial") return "partial";
  return rule.required ? "missing-required" : "missing-optional";
}
function isOrgGap(rule) {
  return rule.required === true && isGap(rule);
}
var arrayOf = (value) => Array.isArray(value) ? value : [];
var isObject = (value) => typeof value === "object" && value !== null;
var repositoriesOf = (report) => arrayOf(report?.repositories).filter(isObject);
var filesOf = (repository) => arrayOf(repository?.files).filter(isObject);
var rulesOf = (file) => arrayOf(file?.rules).filter((rule) => isObject(rule) && typeof rule.id === "string");
function tierOf(file) {
  const id = file?.tier?.id;
  return TIERS.includes(id) ? id : "unknown";
}
var isBlocked = (file) => file?.gate?.blocked === true;
var gapCount = (file) => rulesOf(file).filter(isOrgGap).length;
var gateReasons = (file) => {
  const reasons = arrayOf(file?.gate?.reasons).filter((reason) => typeof reason === "string");
  return file?.gate?.blocked === true ? blockingLines({ ...file, gate: { ...file.gate, reasons: [...reasons] } }) : reasons;
};
function ruleColumns(report) {
  const ids = new Set(arrayOf(report?.ruleIds).filter((id) => typeof id === "string"));
  for (const repository of repositoriesOf(report))
    for (const file of filesOf(repository))
      for (const rule of rulesOf(file)) if (typeof rule?.id === "string") ids.add(rule.id);
  return [...ids];
}
function repositoryStats(repository) {
  const files = filesOf(repository);
  return {
    repository,
    cards: files.length,
    blocked: files.filter(isBlocked).length,
    gaps: files.reduce((sum, file) => sum + gapCount(file), 0)
  };
}
var statusRank = (stats) => {
  if (stats.blocked > 0) return 0;
  if (stats.repository.status === "failed") return 1;
  if (stats.gaps > 0) return 2;
  if (stats.cards > 0) return 3;
  return 4;
};
function orderedRepositories(report) {
  return repositoriesOf(report).map(repositoryStats).sort(
    (a, b) => statusRank(a) - statusRank(b) || b.blocked - a.blocked || b.gaps - a.gaps || String(a.repository.fullName).localeCompare(String(b.repository.fullName))
  );
}
function orderedFiles(repository) {
  return [...filesOf(repository)].sort(
    (a, b) => Number(isBlocked(b)) - Number(isBlocked(a)) || gapCount(b) - gapCount(a) || String(a.path).localeCompare(String(b.path))
  );
}
function totalsOf(report) {
  const repositories = repositoriesOf(report);
  const totals = {
    repositories: repositories.length,
    checked: 0,
    noCards: 0,
    failed: 0,
    cards: 0,
    blocked: 0,
    gaps: 0
  };
  for (const repository of repositories) {
    if (repository.status === "failed") totals.failed++;
    else if (repository.status === "no-cards") totals.noCards++;
    else totals.checked++;
    for (const file of filesOf(repository)) {
      totals.cards++;
      if (isBlocked(file)) totals.blocked++;
      totals.gaps += gapCount(file);
    }
  }
  return totals;
}
function tierCounts(report) {
  const counts = Object.fromEntries(TIERS.map((tier) => [tier, 0]));
  for (const repository of repositoriesOf(report)) for (const file of filesOf(repository)) counts[tierOf(file)]++;
  return counts;
}
function worstGaps(report, limit = 10) {
  const byRule = /* @__PURE__ */ new Map();
  for (const repository of repositoriesOf(report)) {
    for (const file of filesOf(repository)) {
      for (const rule of rulesOf(file)) {
        if (rule.required !== true || rule.enabled === false || rule.waiver) continue;
        let entry = byRule.get(rule.id);
        if (!entry)
          byRule.set(
            rule.id,
            entry = {
              ruleId: rule.id,
              missing: 0,
              partial: 0,
              required: 0,
              citation: rule.citation ?? "",
              url: rule.url ?? ""
            }
          );
        entry.required++;
        if (rule.status === "missing") entry.missing++;
        else if (rule.status === "partial") entry.partial++;
      }
    }
  }
  return [...byRule.values()].filter((entry) => entry.missing + entry.partial > 0).sort(
    (a, b) => b.missing + b.partial - (a.missing + a.partial) || b.missing - a.missing || a.ruleId.localeCompare(b.ruleId)
  ).slice(0, limit);
}
function blockers(report) {
  return orderedRepositories(report).flatMap(
    ({ repository }) => orderedFiles(repository).filter(isBlocked).map((file) => ({ repository, file }))
  );
}
function failedRepositories(report) {
  return repositoriesOf(report).filter((repository) => repository.status === "failed").sort((a, b) => String(a.fullName).localeCompare(String(b.fullName)));
}
var cardMap = (repository) => new Map(filesOf(repository).map((file) => [String(file.path), file]));
function groupByRule(entries) {
  const byRule = /* @__PURE__ */ new Map();
  for (const { ruleId, card } of entries) {
    const cards = byRule.get(ruleId) ?? [];
    cards.push(card);
    byRule.set(ruleId, cards);
  }
  return [...byRule.entries()].map(([ruleId, cards]) => ({ ruleId, cards })).sort((a, b) => b.cards.length - a.cards.length || a.ruleId.localeCompare(b.ruleId));
}
function compareOrgReports(current, previous) {
  const notes = [];
  if (previous?.org !== current?.org)
    notes.push(`the previous report is of another organisation (${String(previous?.org)})`);
  const shardName = (report) => report?.shard ? `shard ${report.shard.index}/${report.shard.count}` : "the whole organisation";
  if (shardName(previous) !== shardName(current))
    notes.push(`the previous report covers ${shardName(previous)}, this one ${shardName(current)}`);
  const before = new Map(repositoriesOf(previous).map((repository) => [String(repository.fullName), repository]));
  const now = new Map(repositoriesOf(current).map((repository) => [String(repository.fullName), repository]));
  const changes = {
    notes,
    totals: { current: totalsOf(current), previous: totalsOf(previous) },
    tiers: { current: tierCounts(current), previous: tierCounts(previous) },
    repositoriesAdded: [...now.keys()].filter((name) => !before.has(name)).sort(),
    repositoriesRemoved: [...before.keys()].filter((name) => !now.has(name)).sort(),
    newlyFailed: [],
    recovered: [],
    cardsAdded: [],
    cardsRemoved: [],
    newBlockers: [],
    resolvedBlockers: [],
    newlyMet: [],
    newlyMissing: [],
    tierChanges: []
  };
  const met = [];
  const missing = [];
  for (const [name, repository] of [...now.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const old = before.get(name);
    if (repository.status === "failed") {
      if (!old || old.status !== "failed") changes.newlyFailed.push(name);
      continue;
    }
    if (old?.status === "failed") changes.recovered.push(name);
    const comparable = old !== void 0 && old.status !== "failed";
    const oldCards = comparable ? cardMap(old) : /* @__PURE__ */ new Map();
    for (const file of filesOf(repository)) {
      const card = { repository: name, path: String(file.path) };
      const base = oldCards.get(card.path);
      if (!base) {
        if (comparable) changes.cardsAdded.push(card);
        if (isBlocked(file)) changes.newBlockers.push(card);
        continue;
      }
      if (isBlocked(file) && !isBlocked(base)) changes.newBlockers.push(card);
      if (!isBlocked(file) && isBlocked(base)) changes.resolvedBlockers.push(card);
      if (tierOf(file) !== tierOf(base)) changes.tierChanges.push({ ...card, from: tierOf(base), to: tierOf(file) });
      const baseRules = new Map(rulesOf(base).map((rule) => [rule.id, rule]));
      for (const rule of rulesOf(file)) {
        const was = baseRules.get(rule.id);
        if (!was) continue;
        if (isOrgGap(was) && rule.status === "met") met.push({ ruleId: rule.id, card });
        if (!isOrgGap(was) && isOrgGap(rule)) missing.push({ ruleId: rule.id, card });
      }
    }
    if (comparable) {
      const nowCards = cardMap(repository);
      for (const [path, file] of oldCards) {
        if (nowCards.has(path)) continue;
        changes.cardsRemoved.push({ repository: name, path });
        if (isBlocked(file)) changes.resolvedBlockers.push({ repository: name, path });
      }
    }
  }
  for (const name of changes.repositoriesRemoved) {
    for (const file of filesOf(before.get(name)))
      if (isBlocked(file)) changes.resolvedBlockers.push({ repository: name, path: String(file.path) });
  }
  changes.newlyMet = groupByRule(met);
  changes.newlyMissing = groupByRule(missing);
  return changes;
}
function hasChanges(changes) {
  const { totals } = changes;
  const keys = Object.keys(totals.current);
  return keys.some((key) => totals.current[key] !== totals.previous[key]) || [
    changes.repositoriesAdded,
    changes.repositoriesRemoved,
    changes.newlyFailed,
    changes.recovered,
    changes.cardsAdded,
    changes.cardsRemoved,
    changes.newBlockers,
    changes.resolvedBlockers,
    changes.newlyMet,
    changes.newlyMissing,
    changes.tierChanges
  ].some((list) => list.length > 0);
}
function signed(delta) {
  return delta > 0 ? `+${delta}` : delta < 0 ? `\u2212${-delta}` : "\xB10";
}
function formatTime(value) {
  const text = typeof value === "string" ? value : "";
  const date = new Date(text);
  if (!text || Number.isNaN(date.getTime())) return text;
  return `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}
function shardLabel(report) {
  const shard = report?.shard;
  if (!shard || !Number.isInteger(shard.index) || !Number.isInteger(shard.count)) return "whole organisation";
  return `shard ${shard.index} of ${shard.count}`;
}

export {
  CELL_STATES,
  CELL_STATE_INFO,
  cellState,
  filesOf,
  rulesOf,
  tierOf,
  isBlocked,
  gapCount,
  gateReasons,
  ruleColumns,
  orderedRepositories,
  orderedFiles,
  totalsOf,
  tierCounts,
  worstGaps,
  blockers,
  failedRepositories,
  compareOrgReports,
  hasChanges,
  signed,
  formatTime,
  shardLabel
};
