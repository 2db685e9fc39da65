/**
 * Card families: cards whose texts are the same once model names, sizes, checkpoint numbers and
 * figures are taken out (equal `templateDigest`) AND whose rules reached the same statuses. Both must
 * hold: two cards from one template that document different things reach different statuses, and two
 * cards that happen to reach the same statuses from different texts are not one family. A family
 * is shown once: its representative (its first member), the gaps all members share, and only what
 * differs between members.
 */
import { createHash } from 'node:crypto';
import type { FileReport } from '../model/report.js';
import { isActiveProblem, isGap } from '../render/findings.js';

/** One family as reports list it (`families[]`). */
export interface CardFamily {
  /** "family-" and 12 hex digits, stable across runs and shards for the same text and verdicts. */
  id: string;
  /** The members' names (paths; "owner/repository/path" in organisation and Hub scans), in report order. */
  members: string[];
  /** Rules that are gaps in every member. */
  sharedGaps: string[];
  /** The member shown in its family's place. */
  representative: string;
}

/** A card to group: its name in the report and its report. */
export interface FamilyCandidate {
  name: string;
  file: FileReport;
}

/** What a member's findings have that its representative's lack (`+`), and the reverse (`-`). */
export interface MemberDifference {
  member: string;
  added: string[];
  removed: string[];
}

export interface FamilyGrouping {
  families: CardFamily[];
  /** Member name → its family's id (members of families of two or more only). */
  familyOf: Map<string, string>;
  /** Family id → members whose findings differ from the representative's. */
  differences: Map<string, MemberDifference[]>;
}

/** The family key: the template digest and every rule's status, or null for a card that has no text digest. */
export function familyKey(file: FileReport): string | null {
  if (typeof file?.templateDigest !== 'string' || !Array.isArray(file.rules)) return null;
  if (!file.rules.every((rule) => typeof rule?.id === 'string' && typeof rule.status === 'string')) return null;
  const statuses = file.rules.map((rule) => `${rule.id}=${rule.status}`).join(',');
  return `${file.templateDigest}\n${statuses}`;
}

export function familyId(key: string): string {
  return `family-${createHash('sha256').update(key).digest('hex').slice(0, 12)}`;
}

export function groupFamilies(candidates: readonly FamilyCandidate[]): FamilyGrouping {
  const byKey = new Map<string, FamilyCandidate[]>();
  for (const candidate of candidates) {
    const key = familyKey(candidate.file);
    if (key === null) continue;
    const group = byKey.get(key);
    if (group) group.push(candidate);
    else byKey.set(key, [candidate]);
  }
  const families: CardFamily[] = [];
  const familyOf = new Map<string, string>();
  const differences = new Map<string, MemberDifference[]>();
  for (const [key, group] of byKey) {
    if (group.length < 2) continue;
    const id = familyId(key);
    const [first] = group;
    families.push({
      id,
      members: group.map((member) => member.name),
      sharedGaps: sharedGaps(group.map((member) => member.file)),
      representative: first.name,
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

function sharedGaps(files: readonly FileReport[]): string[] {
  const [first, ...rest] = files;
  return first.rules
    .filter(isGap)
    .map((rule) => rule.id)
    .filter((id) => rest.every((file) => file.rules.some((rule) => rule?.id === id && isGap(rule))));
}

/**
 * A finding in words that do not change with the member's name or figures: the tier, the release
 * gate, each gap (rule, status, severity, blocker) and each problem (kind, severity).
 */
export function findingLabels(file: FileReport): string[] {
  // Reports read back from JSON files may lack any part: read defensively.
  const labels = [`tier ${String(file.tier?.id ?? 'unknown')}`];
  if (file.gate?.blocked === true) labels.push('release blocked');
  for (const rule of Array.isArray(file.rules) ? file.rules : [])
    if (isGap(rule))
      labels.push(
        `${rule.id}: ${rule.status}, ${rule.severity ?? 'notice'}${rule.blocker ? ', blocks the release' : ''}`,
      );
  for (const problem of Array.isArray(file.problems) ? file.problems : [])
    if (isActiveProblem(problem)) labels.push(`${problem.ruleId}: ${problem.severity}`);
  return [...new Set(labels)];
}

export function compareFindings(representative: FileReport, member: FileReport): Omit<MemberDifference, 'member'> {
  const before = new Set(findingLabels(representative));
  const after = new Set(findingLabels(member));
  return {
    added: [...after].filter((label) => !before.has(label)),
    removed: [...before].filter((label) => !after.has(label)),
  };
}
