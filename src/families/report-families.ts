/**
 * Families in the reports: `families[]` and each member's `family` in the check report and the
 * organisation/Hub scan report, and what a renderer needs to show each family once.
 */
import type { FileReport, Report } from '../model/report.js';
import type { OrgReport, OrgRepository } from '../org/types.js';
import { groupFamilies, type CardFamily, type FamilyCandidate, type MemberDifference } from './families.js';

/** Sets `report.families` (families of two or more cards) and each member's `family`; returns the report. */
export function addFamilies(report: Report): Report {
  const families = applyFamilies(report.files.map((file) => ({ name: file.path, file })));
  if (families.length) report.families = families;
  else delete report.families;
  return report;
}

/** The card's name in an organisation or Hub scan's `families[]`: "owner/repository/path". */
export const orgCardName = (repository: Pick<OrgRepository, 'fullName'>, file: Pick<FileReport, 'path'>): string =>
  `${repository.fullName}/${file.path}`;

/** As addFamilies, over every card of every repository (a scan's or merged shards'). */
export function addOrgFamilies(report: OrgReport): OrgReport {
  const families = applyFamilies(orgCandidates(report));
  if (families.length) report.families = families;
  else delete report.families;
  return report;
}

function applyFamilies(candidates: FamilyCandidate[]): CardFamily[] {
  const { families, familyOf } = groupFamilies(candidates);
  for (const { name, file } of candidates) {
    const id = familyOf.get(name);
    if (id) file.family = id;
    else delete file.family;
  }
  return families;
}

/** A family as a renderer shows it: the representative, how many more, the shared gaps, the differences. */
export interface FamilyView {
  family: CardFamily;
  /** Members other than the representative. */
  others: string[];
  /** Members whose findings differ from the representative's, with what differs. */
  differences: MemberDifference[];
}

export interface FamilySummary {
  views: FamilyView[];
  /** Family id → its view. */
  byId: Map<string, FamilyView>;
  /** Whether a card is shown in its own right: not a member, or its family's representative. */
  isShown(name: string): boolean;
  /** The family a card represents, if it represents one. */
  representing(name: string): FamilyView | undefined;
}

/**
 * What a report's families mean for showing it: each family once, at its representative, with "and N
 * more members" and the members whose findings differ. Usable by any renderer of a check report (the
 * pull-request comment too): `familySummary(report).isShown(file.path)`.
 */
export function familySummary(report: Report): FamilySummary {
  return summarise(report.files.map((file) => ({ name: file.path, file })));
}

export function orgFamilySummary(report: OrgReport): FamilySummary {
  return summarise(orgCandidates(report));
}

const objects = <T>(value: readonly T[] | null | undefined): T[] =>
  Array.isArray(value) ? value.filter((entry) => typeof entry === 'object' && entry !== null) : [];

/** Every card of every repository; a report read back from a file may hold anything, so only objects count. */
function orgCandidates(report: OrgReport): FamilyCandidate[] {
  return objects(report?.repositories).flatMap((repository) =>
    objects(repository.files).map((file) => ({ name: orgCardName(repository, file), file })),
  );
}

function summarise(candidates: FamilyCandidate[]): FamilySummary {
  const { families, differences } = groupFamilies(candidates);
  const views = families.map((family) => ({
    family,
    others: family.members.filter((member) => member !== family.representative),
    differences: differences.get(family.id) ?? [],
  }));
  const byId = new Map(views.map((view) => [view.family.id, view]));
  const hidden = new Set(views.flatMap((view) => view.others));
  const byRepresentative = new Map(views.map((view) => [view.family.representative, view]));
  return {
    views,
    byId,
    isShown: (name) => !hidden.has(name),
    representing: (name) => byRepresentative.get(name),
  };
}

/** "and 153 more members of this family (same text apart from names and figures, same verdicts)". */
export function moreMembersLine(view: FamilyView): string {
  const n = view.others.length;
  return `and ${n} more ${n === 1 ? 'member' : 'members'} of this family (the same text apart from model names, sizes, checkpoints and figures; the same verdicts)`;
}

/** "+ tier gpai; − release blocked": what a member's findings add to and drop from its representative's. */
export function differenceLine(difference: MemberDifference): string {
  return [...difference.added.map((label) => `+ ${label}`), ...difference.removed.map((label) => `− ${label}`)].join(
    '; ',
  );
}
