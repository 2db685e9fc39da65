import { createRequire as __aagCreateRequire } from 'node:module'; const require = __aagCreateRequire(import.meta.url);
import {
  TEXT_LIMITS,
  cardCode,
  cardText,
  clip,
  httpUrl,
  plain,
  singleLine
} from "./chunk-5OZVU24E.js";
import {
  differenceLine,
  moreMembersLine
} from "./chunk-L2JWAVTU.js";
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

// src/render/org-html.ts
var ENTITIES = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
  "`": "&#96;",
  // Not needed by HTML, but keeps `@user` out of the file's source, should it be pasted into GitHub.
  "@": "&#64;"
};
function html(value, max = TEXT_LIMITS.message) {
  return clip(singleLine(value), max).replace(/[&<>"'`@]/g, (char) => ENTITIES[char]);
}
function htmlUrl(value) {
  const url = httpUrl(value);
  return url === null ? null : html(url, 2e3);
}
function htmlLink(url, content) {
  const href = htmlUrl(url);
  return href ? `<a href="${href}" rel="noopener noreferrer">${content}</a>` : content;
}
function cardUrl(repoUrl, branch, path, line) {
  const base = httpUrl(repoUrl)?.replace(/\/+$/, "");
  if (!base || typeof branch !== "string" || branch === "" || typeof path !== "string") return null;
  const segments = singleLine(path).split(/[\\/]+/).filter((segment) => segment !== "" && segment !== ".").map((segment) => segment === ".." ? "%2E%2E" : encodeURIComponent(segment));
  if (segments.length === 0) return null;
  const anchor = typeof line === "number" && Number.isInteger(line) && line >= 1 ? `#L${line}` : "";
  return `${base}/blob/${encodeURIComponent(branch)}/${segments.join("/")}${anchor}`;
}

// src/render/org-families.ts
var ORG_FAMILY_LIMITS = { families: 50, members: 200, differences: 50 };
var item = (...children) => ({
  type: "listItem",
  spread: false,
  children: [{ type: "paragraph", children }]
});
function codes(values) {
  return values.flatMap((value, index) => [...index ? [plain(", ")] : [], cardCode(value, TEXT_LIMITS.path)]);
}
var membersLabel = (n) => `${n} more ${n === 1 ? "member" : "members"}`;
function familyMarkdown(families) {
  if (!families.views.length) return [];
  const nodes = [
    { type: "heading", depth: 3, children: [plain(`Card families (${families.views.length})`)] },
    {
      type: "paragraph",
      children: [
        plain(
          "Cards that differ only in model names, sizes, checkpoint numbers and figures, with the same verdicts: each is shown once, by its first member."
        )
      ]
    }
  ];
  for (const view of families.views.slice(0, ORG_FAMILY_LIMITS.families)) {
    const { family } = view;
    const members = view.others.slice(0, ORG_FAMILY_LIMITS.members);
    const more = view.others.length - members.length;
    nodes.push(
      {
        type: "paragraph",
        children: [
          { type: "strong", children: [cardText(family.representative, TEXT_LIMITS.path)] },
          plain(" "),
          cardCode(family.id),
          plain(` ${moreMembersLine(view)}`),
          ...family.sharedGaps.length ? [plain(". Shared gaps: "), ...codes(family.sharedGaps)] : []
        ]
      },
      // Raw HTML only for the fold; the list inside is Markdown with every name escaped.
      { type: "html", value: `<details><summary>${membersLabel(view.others.length)}</summary>` },
      {
        type: "list",
        ordered: false,
        spread: false,
        children: [
          ...members.map((member) => item(cardCode(member, TEXT_LIMITS.path))),
          ...more > 0 ? [item(plain(`\u2026 and ${more} more (the JSON report lists every member)`))] : []
        ]
      },
      { type: "html", value: "</details>" }
    );
    if (view.differences.length)
      nodes.push({
        type: "list",
        ordered: false,
        spread: false,
        children: view.differences.slice(0, ORG_FAMILY_LIMITS.differences).map(
          (difference) => item(
            plain("differs: "),
            cardCode(difference.member, TEXT_LIMITS.path),
            plain(": "),
            cardText(differenceLine(difference), TEXT_LIMITS.message)
          )
        )
      });
  }
  if (families.views.length > ORG_FAMILY_LIMITS.families)
    nodes.push({
      type: "paragraph",
      children: [plain(`\u2026 and ${families.views.length - ORG_FAMILY_LIMITS.families} more families`)]
    });
  return nodes;
}
function familyRowHtml(view, span) {
  const members = view.others.slice(0, ORG_FAMILY_LIMITS.members).map((member) => `<li><code>${html(member, TEXT_LIMITS.path)}</code></li>`);
  const more = view.others.length - members.length;
  if (more > 0) members.push(`<li>\u2026 and ${more} more (the JSON report lists every member)</li>`);
  const differences = view.differences.slice(0, ORG_FAMILY_LIMITS.differences).map(
    (difference) => `<li>differs: <code>${html(difference.member, TEXT_LIMITS.path)}</code>: ${html(differenceLine(difference))}</li>`
  );
  const shared = view.family.sharedGaps.length ? `<p class=same>Shared gaps: ${view.family.sharedGaps.map((id) => `<code>${html(id, TEXT_LIMITS.id)}</code>`).join(", ")}</p>` : "";
  return `<tr class=fam><td colspan=${span}><details><summary>${html(moreMembersLine(view))} <code>${html(view.family.id, TEXT_LIMITS.id)}</code></summary><ul>${members.join("")}</ul>${differences.length ? `<ul>${differences.join("")}</ul>` : ""}${shared}</details></td></tr>`;
}
function familyNote(families, name) {
  const view = families.representing(name);
  return view ? ` and ${membersLabel(view.others.length)} of its family` : "";
}

// src/render/org-provenance.ts
var ORG_PROVENANCE_LIMIT = 200;
var HEX = /^(?:sha256:)?[0-9a-f]{7,64}$/;
var digest = (value) => typeof value === "string" && HEX.test(value) ? value : null;
function provenanceLine(report) {
  const provenance = report.provenance;
  if (!provenance || typeof provenance !== "object") return null;
  const tool = `${provenance.tool?.name ?? "ai-act-gate"} ${provenance.tool?.version ?? ""}`.trim();
  const rules = digest(provenance.rulesetDigest) ?? "unknown";
  const policy = provenance.policyDigest === null ? "none" : digest(provenance.policyDigest) ?? "unknown";
  return `judged by ${tool} \xB7 ruleset ${rules} \xB7 policy ${policy}`;
}
function cardDigests(file) {
  const provenance = file?.provenance;
  const revision = provenance?.hub?.revision;
  return {
    sha256: digest(provenance?.sha256),
    gitBlob: digest(provenance?.gitBlob),
    hub: digest(revision) ?? (typeof revision === "string" && revision ? revision : null)
  };
}
function provenanceMarkdown(report) {
  const line = provenanceLine(report);
  const cards = repositoriesOf(report).flatMap(
    (repository) => filesOf(repository).map((file) => ({ name: `${repository.fullName}/${file.path}`, ...cardDigests(file) }))
  );
  const known = cards.filter((card) => card.sha256);
  if (!line && !known.length) return [];
  const nodes = [
    { type: "heading", depth: 3, children: [plain("Provenance")] },
    {
      type: "paragraph",
      children: [cardText(line ? `Cards ${line}.` : "What judged the cards is not recorded.", 400)]
    }
  ];
  if (!known.length) return nodes;
  const cell = (value, max = TEXT_LIMITS.id) => ({
    type: "tableCell",
    children: value ? [cardCode(value, max)] : []
  });
  const row = (cells) => ({ type: "tableRow", children: cells });
  const header = ["card", "content sha256", "git blob", "Hub revision"].map((title) => ({
    type: "tableCell",
    children: [plain(title)]
  }));
  const shown = known.slice(0, ORG_PROVENANCE_LIMIT);
  nodes.push(
    { type: "html", value: `<details><summary>Content digests of ${known.length} cards</summary>` },
    {
      type: "table",
      align: [null, null, null, null],
      children: [
        { type: "tableRow", children: header },
        ...shown.map(
          (card) => row([
            cell(card.name, TEXT_LIMITS.path),
            cell(card.sha256),
            cell(card.gitBlob),
            cell(card.hub, TEXT_LIMITS.path)
          ])
        )
      ]
    },
    ...known.length > shown.length ? [
      {
        type: "paragraph",
        children: [plain(`\u2026 and ${known.length - shown.length} more (the JSON report has every card's digests)`)]
      }
    ] : [],
    { type: "html", value: "</details>" }
  );
  return nodes;
}
function provenanceFooterHtml(report) {
  const line = provenanceLine(report);
  return line ? `<p class=pv>Cards ${html(line, 400)}.</p>` : "";
}
function cardDigestHtml(file) {
  const { sha256, gitBlob, hub } = cardDigests(file);
  if (!sha256) return "";
  const title = [`content sha256 ${sha256}`, gitBlob ? `git blob ${gitBlob}` : "", hub ? `Hub revision ${hub}` : ""].filter(Boolean).join(" \xB7 ");
  return ` <small class=pv title="${html(title, 400)}">sha256 ${html(sha256.slice(0, 12), 20)}${hub ? ` \xB7 rev ${html(hub.slice(0, 12), 20)}` : ""}</small>`;
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
  shardLabel,
  html,
  htmlUrl,
  htmlLink,
  cardUrl,
  familyMarkdown,
  familyRowHtml,
  familyNote,
  provenanceMarkdown,
  provenanceFooterHtml,
  cardDigestHtml
};
