import { createRequire as __aagCreateRequire } from 'node:module'; const require = __aagCreateRequire(import.meta.url);
import {
  isActiveProblem,
  isGap
} from "./chunk-KAMNI3PN.js";

// src/families/families.ts
import { createHash } from "node:crypto";
function familyKey(file) {
  if (typeof file?.templateDigest !== "string" || !Array.isArray(file.rules)) return null;
  if (!file.rules.every((rule) => typeof rule?.id === "string" && typeof rule.status === "string")) return null;
  const statuses = file.rules.map((rule) => `${rule.id}=${rule.status}`).join(",");
  return `${file.templateDigest}
${statuses}`;
}
function familyId(key) {
  return `family-${createHash("sha256").update(key).digest("hex").slice(0, 12)}`;
}
function groupFamilies(candidates) {
  const byKey = /* @__PURE__ */ new Map();
  for (const candidate of candidates) {
    const key = familyKey(candidate.file);
    if (key === null) continue;
    const group = byKey.get(key);
    if (group) group.push(candidate);
    else byKey.set(key, [candidate]);
  }
  const families = [];
  const familyOf = /* @__PURE__ */ new Map();
  const differences = /* @__PURE__ */ new Map();
  for (const [key, group] of byKey) {
    if (group.length < 2) continue;
    const id = familyId(key);
    const [first] = group;
    families.push({
      id,
      members: group.map((member) => member.name),
      sharedGaps: sharedGaps(group.map((member) => member.file)),
      representative: first.name
    });
    for (const member of group) familyOf.set(member.name, id);
    const differing = group.slice(1).flatMap((member) => {
      const difference = compareFindings(first.file, member.file);
      return difference.added.length || difference.removed.length ? [{ member: member.name, ...difference }] : [];
    });
    if (differing.length) differences.set(id, differing);
  }
  families.sort((a, b) => b.members.length - a.members.length || a.id.localeCompare(b.id));
  return { families, familyOf, differences };
}
function sharedGaps(files) {
  const [first, ...rest] = files;
  return first.rules.filter(isGap).map((rule) => rule.id).filter((id) => rest.every((file) => file.rules.some((rule) => rule?.id === id && isGap(rule))));
}
function findingLabels(file) {
  const labels = [`tier ${String(file.tier?.id ?? "unknown")}`];
  if (file.gate?.blocked === true) labels.push("release blocked");
  for (const rule of Array.isArray(file.rules) ? file.rules : [])
    if (isGap(rule))
      labels.push(
        `${rule.id}: ${rule.status}, ${rule.severity ?? "notice"}${rule.blocker ? ", blocks the release" : ""}`
      );
  for (const problem of Array.isArray(file.problems) ? file.problems : [])
    if (isActiveProblem(problem)) labels.push(`${problem.ruleId}: ${problem.severity}`);
  return [...new Set(labels)];
}
function compareFindings(representative, member) {
  const before = new Set(findingLabels(representative));
  const after = new Set(findingLabels(member));
  return {
    added: [...after].filter((label) => !before.has(label)),
    removed: [...before].filter((label) => !after.has(label))
  };
}

// src/families/report-families.ts
function addFamilies(report) {
  const families = applyFamilies(report.files.map((file) => ({ name: file.path, file })));
  if (families.length) report.families = families;
  else delete report.families;
  return report;
}
var orgCardName = (repository, file) => `${repository.fullName}/${file.path}`;
function addOrgFamilies(report) {
  const families = applyFamilies(orgCandidates(report));
  if (families.length) report.families = families;
  else delete report.families;
  return report;
}
function applyFamilies(candidates) {
  const { families, familyOf } = groupFamilies(candidates);
  for (const { name, file } of candidates) {
    const id = familyOf.get(name);
    if (id) file.family = id;
    else delete file.family;
  }
  return families;
}
function familySummary(report) {
  return summarise(report.files.map((file) => ({ name: file.path, file })));
}
function orgFamilySummary(report) {
  return summarise(orgCandidates(report));
}
var objects = (value) => Array.isArray(value) ? value.filter((entry) => typeof entry === "object" && entry !== null) : [];
function orgCandidates(report) {
  return objects(report?.repositories).flatMap(
    (repository) => objects(repository.files).map((file) => ({ name: orgCardName(repository, file), file }))
  );
}
function summarise(candidates) {
  const { families, differences } = groupFamilies(candidates);
  const views = families.map((family) => ({
    family,
    others: family.members.filter((member) => member !== family.representative),
    differences: differences.get(family.id) ?? []
  }));
  const byId = new Map(views.map((view) => [view.family.id, view]));
  const hidden = new Set(views.flatMap((view) => view.others));
  const byRepresentative = new Map(views.map((view) => [view.family.representative, view]));
  return {
    views,
    byId,
    isShown: (name) => !hidden.has(name),
    representing: (name) => byRepresentative.get(name)
  };
}
function moreMembersLine(view) {
  const n = view.others.length;
  return `and ${n} more ${n === 1 ? "member" : "members"} of this family (the same text apart from model names, sizes, checkpoints and figures; the same verdicts)`;
}
function differenceLine(difference) {
  return [...difference.added.map((label) => `+ ${label}`), ...difference.removed.map((label) => `\u2212 ${label}`)].join(
    "; "
  );
}

export {
  addFamilies,
  orgCardName,
  addOrgFamilies,
  familySummary,
  orgFamilySummary,
  moreMembersLine,
  differenceLine
};
