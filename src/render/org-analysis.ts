/**
 * What the organisation renderers (Markdown summary and HTML dashboard) show, worked out once from an
 * OrgReport: each card × rule cell's state, repositories in display order, tier counts, the worst
 * gaps, the release blockers, and what changed since a previous report.
 *
 * A report may come from an untrusted artifact: every field is read defensively (missing arrays are
 * empty, unknown tiers are `unknown`), and nothing here throws on a malformed report.
 */
import { blockingLines, isGap } from './findings.js';
import type { FileReport, RuleResult } from '../model/report.js';
import { TIERS, type Tier } from '../model/tier.js';
import type { OrgReport, OrgRepository } from '../org/types.js';

/** One heat-map cell. */
export type CellState = 'met' | 'partial' | 'missing-required' | 'missing-optional' | 'waived' | 'off' | 'no-card';

export interface CellStateInfo {
  state: CellState;
  /** Short CSS class. */
  className: string;
  /** Shown in the cell, with the colour, so the state never rests on colour alone. */
  symbol: string;
  label: string;
  description: string;
}

export const CELL_STATES: readonly CellStateInfo[] = [
  { state: 'met', className: 'm', symbol: '✓', label: 'met', description: 'the card documents the duty' },
  { state: 'partial', className: 'p', symbol: '◐', label: 'partial', description: 'documented only in part' },
  {
    state: 'missing-required',
    className: 'x',
    symbol: '✗',
    label: 'missing, required',
    description: 'missing, and the tier makes the duty apply',
  },
  {
    state: 'missing-optional',
    className: 'o',
    symbol: '○',
    label: 'missing, not required',
    description: 'missing, but the duty does not apply to this tier',
  },
  {
    state: 'waived',
    className: 'w',
    symbol: 'W',
    label: 'waived',
    description: 'a gap the policy waives until its expiry',
  },
  { state: 'off', className: 'f', symbol: '–', label: 'off', description: 'the policy turns the rule off' },
  {
    state: 'no-card',
    className: 'n',
    symbol: '·',
    label: 'no card',
    description: 'no model card in the repository, or the card could not be checked',
  },
];

export const CELL_STATE_INFO = Object.fromEntries(CELL_STATES.map((info) => [info.state, info])) as Record<
  CellState,
  CellStateInfo
>;

/** The state of one rule's result on one card; `undefined` (no result) is `no-card`. */
export function cellState(rule: RuleResult | undefined): CellState {
  if (!rule) return 'no-card';
  if (rule.enabled === false) return 'off';
  if (rule.status === 'met') return 'met';
  if (rule.waiver) return 'waived';
  if (rule.status === 'partial') return 'partial';
  return rule.required ? 'missing-required' : 'missing-optional';
}

/** A required duty the card does not (fully) meet, neither turned off nor waived: the gap of every format (findings.ts), read defensively. */
export function isOrgGap(rule: RuleResult): boolean {
  return rule.required === true && isGap(rule);
}

export const arrayOf = <T>(value: readonly T[] | undefined | null): readonly T[] => (Array.isArray(value) ? value : []);

const isObject = (value: unknown): boolean => typeof value === 'object' && value !== null;

/** The report's repositories, files and rules, leaving out entries that are not even objects (or rules without an id). */
export const repositoriesOf = (report: OrgReport): readonly OrgRepository[] =>
  arrayOf(report?.repositories).filter(isObject);
export const filesOf = (repository: OrgRepository): readonly FileReport[] =>
  arrayOf(repository?.files).filter(isObject);
export const rulesOf = (file: FileReport): readonly RuleResult[] =>
  arrayOf(file?.rules).filter((rule) => isObject(rule) && typeof rule.id === 'string');

/** A known tier id, `unknown` for anything else a report may hold. */
export function tierOf(file: FileReport): Tier {
  const id = file?.tier?.id;
  return (TIERS as readonly string[]).includes(id) ? id : 'unknown';
}

export const isBlocked = (file: FileReport): boolean => file?.gate?.blocked === true;
export const gapCount = (file: FileReport): number => rulesOf(file).filter(isOrgGap).length;
/** A blocked card's gate reasons: only what blocks it and why the gate applies, as every format shows them. */
export const gateReasons = (file: FileReport): readonly string[] => {
  const reasons = arrayOf(file?.gate?.reasons).filter((reason) => typeof reason === 'string');
  return file?.gate?.blocked === true
    ? blockingLines({ ...file, gate: { ...file.gate, reasons: [...reasons] } })
    : reasons;
};

/** The report's rule ids (its columns), then any rule a card has that the list lacks. */
export function ruleColumns(report: OrgReport): string[] {
  const ids = new Set(arrayOf(report?.ruleIds).filter((id) => typeof id === 'string'));
  for (const repository of repositoriesOf(report))
    for (const file of filesOf(repository))
      for (const rule of rulesOf(file)) if (typeof rule?.id === 'string') ids.add(rule.id);
  return [...ids];
}

export interface RepositoryStats {
  repository: OrgRepository;
  cards: number;
  blocked: number;
  gaps: number;
}

export function repositoryStats(repository: OrgRepository): RepositoryStats {
  const files = filesOf(repository);
  return {
    repository,
    cards: files.length,
    blocked: files.filter(isBlocked).length,
    gaps: files.reduce((sum, file) => sum + gapCount(file), 0),
  };
}

const statusRank = (stats: RepositoryStats): number => {
  if (stats.blocked > 0) return 0;
  if (stats.repository.status === 'failed') return 1;
  if (stats.gaps > 0) return 2;
  if (stats.cards > 0) return 3;
  return 4;
};

/** Display order: repositories with release blockers (most first), failed scans, then by gaps, clean ones, and those without cards. */
export function orderedRepositories(report: OrgReport): RepositoryStats[] {
  return repositoriesOf(report)
    .map(repositoryStats)
    .sort(
      (a, b) =>
        statusRank(a) - statusRank(b) ||
        b.blocked - a.blocked ||
        b.gaps - a.gaps ||
        String(a.repository.fullName).localeCompare(String(b.repository.fullName)),
    );
}

/** Cards within a repository: blocked first, then by gaps, then by path. */
export function orderedFiles(repository: OrgRepository): FileReport[] {
  return [...filesOf(repository)].sort(
    (a, b) =>
      Number(isBlocked(b)) - Number(isBlocked(a)) ||
      gapCount(b) - gapCount(a) ||
      String(a.path).localeCompare(String(b.path)),
  );
}

/** The report's summary counts, with required gaps instead of findings by severity. */
export type OrgTotals = Omit<OrgReport['summary'], 'errors' | 'warnings'> & { gaps: number };

/** Totals counted from the repositories themselves (the report's own summary is not trusted to agree). */
export function totalsOf(report: OrgReport): OrgTotals {
  const repositories = repositoriesOf(report);
  const totals: OrgTotals = {
    repositories: repositories.length,
    checked: 0,
    noCards: 0,
    failed: 0,
    cards: 0,
    blocked: 0,
    gaps: 0,
  };
  for (const repository of repositories) {
    if (repository.status === 'failed') totals.failed++;
    else if (repository.status === 'no-cards') totals.noCards++;
    else totals.checked++;
    for (const file of filesOf(repository)) {
      totals.cards++;
      if (isBlocked(file)) totals.blocked++;
      totals.gaps += gapCount(file);
    }
  }
  return totals;
}

/** Cards per tier, in the checklist's tier order. */
export function tierCounts(report: OrgReport): Record<Tier, number> {
  const counts = Object.fromEntries(TIERS.map((tier) => [tier, 0])) as Record<Tier, number>;
  for (const repository of repositoriesOf(report)) for (const file of filesOf(repository)) counts[tierOf(file)]++;
  return counts;
}

export interface RuleGap {
  ruleId: string;
  missing: number;
  partial: number;
  /** Cards whose tier makes the duty apply (and where it is neither off nor waived). */
  required: number;
  citation: string;
  url: string;
}

/** Rules most often missing where required: most gaps first (missing weighs before partial). */
export function worstGaps(report: OrgReport, limit = 10): RuleGap[] {
  const byRule = new Map<string, RuleGap>();
  for (const repository of repositoriesOf(report)) {
    for (const file of filesOf(repository)) {
      for (const rule of rulesOf(file)) {
        if (rule.required !== true || rule.enabled === false || rule.waiver) continue;
        let entry = byRule.get(rule.id);
        if (!entry)
          byRule.set(
            rule.id,
            (entry = {
              ruleId: rule.id,
              missing: 0,
              partial: 0,
              required: 0,
              citation: rule.citation ?? '',
              url: rule.url ?? '',
            }),
          );
        entry.required++;
        if (rule.status === 'missing') entry.missing++;
        else if (rule.status === 'partial') entry.partial++;
      }
    }
  }
  return [...byRule.values()]
    .filter((entry) => entry.missing + entry.partial > 0)
    .sort(
      (a, b) =>
        b.missing + b.partial - (a.missing + a.partial) || b.missing - a.missing || a.ruleId.localeCompare(b.ruleId),
    )
    .slice(0, limit);
}

export interface CardRef {
  repository: OrgRepository;
  file: FileReport;
}

/** Blocked cards in display order. */
export function blockers(report: OrgReport): CardRef[] {
  return orderedRepositories(report).flatMap(({ repository }) =>
    orderedFiles(repository)
      .filter(isBlocked)
      .map((file) => ({ repository, file })),
  );
}

export function failedRepositories(report: OrgReport): OrgRepository[] {
  return repositoriesOf(report)
    .filter((repository) => repository.status === 'failed')
    .sort((a, b) => String(a.fullName).localeCompare(String(b.fullName)));
}

/** A card by repository and path. */
export interface CardKey {
  repository: string;
  path: string;
}

export interface RuleChange {
  ruleId: string;
  cards: CardKey[];
}

export interface OrgChanges {
  /** Why the comparison may mislead (another organisation, another shard). */
  notes: string[];
  totals: { current: OrgTotals; previous: OrgTotals };
  tiers: { current: Record<Tier, number>; previous: Record<Tier, number> };
  repositoriesAdded: string[];
  repositoriesRemoved: string[];
  /** Repositories whose scan failed now but not before, and those that failed before and were scanned now. */
  newlyFailed: string[];
  recovered: string[];
  cardsAdded: CardKey[];
  cardsRemoved: CardKey[];
  newBlockers: CardKey[];
  /** Cards blocked before and no longer (or no longer there). */
  resolvedBlockers: CardKey[];
  /** Per rule: cards that now meet a duty they had a gap in (most cards first). */
  newlyMet: RuleChange[];
  /** Per rule: cards with a gap they did not have (met before, waived, off or not required). */
  newlyMissing: RuleChange[];
  tierChanges: Array<CardKey & { from: Tier; to: Tier }>;
}

const cardMap = (repository: OrgRepository): Map<string, FileReport> =>
  new Map(filesOf(repository).map((file) => [String(file.path), file]));

function groupByRule(entries: Array<{ ruleId: string; card: CardKey }>): RuleChange[] {
  const byRule = new Map<string, CardKey[]>();
  for (const { ruleId, card } of entries) {
    const cards = byRule.get(ruleId) ?? [];
    cards.push(card);
    byRule.set(ruleId, cards);
  }
  return [...byRule.entries()]
    .map(([ruleId, cards]) => ({ ruleId, cards }))
    .sort((a, b) => b.cards.length - a.cards.length || a.ruleId.localeCompare(b.ruleId));
}

/**
 * What changed between two scans. Cards are compared only in repositories scanned both times: a
 * repository whose scan failed in either report says nothing about its cards (they are neither added,
 * removed nor resolved), only that it failed or recovered.
 */
export function compareOrgReports(current: OrgReport, previous: OrgReport): OrgChanges {
  const notes: string[] = [];
  if (previous?.org !== current?.org)
    notes.push(`the previous report is of another organisation (${String(previous?.org)})`);
  const shardName = (report: OrgReport) =>
    report?.shard ? `shard ${report.shard.index}/${report.shard.count}` : 'the whole organisation';
  if (shardName(previous) !== shardName(current))
    notes.push(`the previous report covers ${shardName(previous)}, this one ${shardName(current)}`);

  const before = new Map(repositoriesOf(previous).map((repository) => [String(repository.fullName), repository]));
  const now = new Map(repositoriesOf(current).map((repository) => [String(repository.fullName), repository]));
  const changes: OrgChanges = {
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
    tierChanges: [],
  };
  const met: Array<{ ruleId: string; card: CardKey }> = [];
  const missing: Array<{ ruleId: string; card: CardKey }> = [];

  for (const [name, repository] of [...now.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const old = before.get(name);
    if (repository.status === 'failed') {
      if (!old || old.status !== 'failed') changes.newlyFailed.push(name);
      continue;
    }
    if (old?.status === 'failed') changes.recovered.push(name);
    const comparable = old !== undefined && old.status !== 'failed';
    const oldCards = comparable ? cardMap(old) : new Map<string, FileReport>();
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
        if (isOrgGap(was) && rule.status === 'met') met.push({ ruleId: rule.id, card });
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
    for (const file of filesOf(before.get(name)!))
      if (isBlocked(file)) changes.resolvedBlockers.push({ repository: name, path: String(file.path) });
  }
  changes.newlyMet = groupByRule(met);
  changes.newlyMissing = groupByRule(missing);
  return changes;
}

/** Whether anything at all changed. */
export function hasChanges(changes: OrgChanges): boolean {
  const { totals } = changes;
  const keys = Object.keys(totals.current) as Array<keyof OrgTotals>;
  return (
    keys.some((key) => totals.current[key] !== totals.previous[key]) ||
    [
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
      changes.tierChanges,
    ].some((list) => list.length > 0)
  );
}

/** "+3", "−2", "±0". */
export function signed(delta: number): string {
  return delta > 0 ? `+${delta}` : delta < 0 ? `−${-delta}` : '±0';
}

/** A report time as "2026-05-01 14:03 UTC", or the text as given when it is not a date. */
export function formatTime(value: unknown): string {
  const text = typeof value === 'string' ? value : '';
  const date = new Date(text);
  if (!text || Number.isNaN(date.getTime())) return text;
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

export function shardLabel(report: OrgReport): string {
  const shard = report?.shard;
  if (!shard || !Number.isInteger(shard.index) || !Number.isInteger(shard.count)) return 'whole organisation';
  return `shard ${shard.index} of ${shard.count}`;
}
