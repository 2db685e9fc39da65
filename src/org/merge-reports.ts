/**
 * Combines the JSON reports of a sharded organisation scan (the `--shard i/n` jobs of a matrix) into
 * one report, as a single unsharded scan would have written it: repositories sorted by full name,
 * the summary counted again, the requests added up, `shard: null`, and the newest input's time.
 * Pure: the inputs are parsed JSON, named (by their path) for the messages. Inputs that cannot be
 * merged (not org-scan reports, another organisation or schema version, overlapping shards) are a
 * MergeError; shards missing from a complete split are a warning.
 */
import { addOrgFamilies } from '../families/report-families.js';
import { summarizeRepositories } from './scan.js';
import { ORG_REPORT_SCHEMA_VERSION, type OrgReport, type OrgRepository } from './types.js';

export class MergeError extends Error {}

export interface MergeInput {
  /** Where the report came from (its path), for messages. */
  name: string;
  /** The parsed JSON. */
  report: unknown;
}

export interface MergeOptions {
  /** When given, every input must be a report of this organisation. */
  org?: string;
}

export interface MergeResult {
  report: OrgReport;
  /** What the merge could not vouch for (shards missing, inputs of different versions), for stderr. */
  warnings: string[];
}

const STATUSES: ReadonlySet<string> = new Set(['checked', 'no-cards', 'failed']);
const majorOf = (version: string): string => version.split('.')[0];
const byFullName = (a: OrgRepository, b: OrgRepository): number =>
  a.fullName < b.fullName ? -1 : a.fullName > b.fullName ? 1 : 0;
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function mergeOrgReports(inputs: readonly MergeInput[], options: MergeOptions = {}): MergeResult {
  if (inputs.length === 0) throw new MergeError('no reports to merge');
  const twice = inputs.find((input, position) => inputs.findIndex((other) => other.name === input.name) !== position);
  if (twice) throw new MergeError(`${twice.name} is given twice`);
  const reports = inputs.map((input) => ({ name: input.name, report: asOrgReport(input) }));
  const [first] = reports;
  const warnings: string[] = [];

  for (const { name, report } of reports) {
    if (report.schemaVersion !== first.report.schemaVersion) {
      throw new MergeError(
        `${name} has report schema ${report.schemaVersion}, ${first.name} has ${first.report.schemaVersion}: merge reports written by the same version of ai-act-gate`,
      );
    }
  }
  // Organisation logins are case-insensitive on GitHub.
  const org = options.org ?? first.report.org;
  for (const { name, report } of reports) {
    if (report.org.toLowerCase() !== org.toLowerCase()) {
      throw new MergeError(
        options.org
          ? `${name} is a report of "${report.org}", not of "${options.org}"`
          : `${name} is a report of "${report.org}" but ${first.name} of "${first.report.org}": merge the reports of one organisation`,
      );
    }
  }

  const seen = new Map<string, string>();
  const repositories: OrgRepository[] = [];
  for (const { name, report } of reports) {
    for (const repository of report.repositories) {
      const key = repository.fullName.toLowerCase();
      const earlier = seen.get(key);
      if (earlier !== undefined) {
        throw new MergeError(
          earlier === name
            ? `${name} lists ${repository.fullName} twice`
            : `${repository.fullName} is in both ${earlier} and ${name}: the shards overlap (were they split with different counts, or is one report given twice?)`,
        );
      }
      seen.set(key, name);
      repositories.push(repository);
    }
  }
  repositories.sort(byFullName);

  warnings.push(...checkShards(reports));
  const versions = new Set(reports.map(({ report }) => report.tool.version));
  if (versions.size > 1)
    warnings.push(`the reports were written by different versions of ai-act-gate (${[...versions].join(', ')})`);
  // The dashboard's columns: the first input's rules, then any only others checked.
  const ruleIds = [...new Set(reports.flatMap(({ report }) => report.ruleIds))];
  const firstRules = new Set(first.report.ruleIds);
  for (const { name, report } of reports) {
    if (report.ruleIds.length !== firstRules.size || report.ruleIds.some((id) => !firstRules.has(id))) {
      warnings.push(
        `${name} checks other rules than ${first.name} (${report.ruleIds.length} and ${firstRules.size}): the merged report shows all of them`,
      );
    }
  }

  const newest = reports.reduce((best, current) =>
    Date.parse(current.report.generatedAt) > Date.parse(best.report.generatedAt) ? current : best,
  );
  const report: OrgReport = {
    schemaVersion: ORG_REPORT_SCHEMA_VERSION,
    tool: { ...newest.report.tool },
    org: first.report.org,
    generatedAt: newest.report.generatedAt,
    shard: null,
    ruleIds,
    repositories,
    summary: summarizeRepositories(repositories),
    requests: {
      total: reports.reduce((sum, { report }) => sum + report.requests.total, 0),
      notModified: reports.reduce((sum, { report }) => sum + report.requests.notModified, 0),
    },
  };
  // The shards' provenance when they all have one and agree on it; families are found again over all shards' cards.
  const provenances = reports.map(({ report }) => report.provenance);
  const distinct = new Set(provenances.map((provenance) => JSON.stringify(provenance ?? null)));
  if (provenances.every(Boolean) && distinct.size === 1) report.provenance = newest.report.provenance;
  else if (provenances.every(Boolean))
    warnings.push('the reports were judged by different rules or policies (their ruleset or policy digests differ)');
  addOrgFamilies(report);
  return { report, warnings };
}

/**
 * Warnings about the shard split. When every input is a shard of the same n, the missing shards
 * are named; the same shard twice is an error (a shard with no repository would not overlap).
 */
function checkShards(reports: ReadonlyArray<{ name: string; report: OrgReport }>): string[] {
  const sharded = reports.filter(({ report }) => report.shard !== null);
  if (sharded.length === 0) return [];
  if (sharded.length < reports.length) {
    const whole = reports.find(({ report }) => report.shard === null)!;
    return [`${whole.name} is not a shard but ${sharded[0].name} is: cannot tell whether shards are missing`];
  }
  const counts = new Set(sharded.map(({ report }) => report.shard!.count));
  if (counts.size > 1)
    return [
      `the reports are shards of different splits (${[...counts].map((count) => `of ${count}`).join(', ')}): cannot tell whether shards are missing`,
    ];
  const count = sharded[0].report.shard!.count;
  const byIndex = new Map<number, string>();
  for (const { name, report } of sharded) {
    const earlier = byIndex.get(report.shard!.index);
    if (earlier !== undefined)
      throw new MergeError(`${earlier} and ${name} are both shard ${report.shard!.index}/${count}`);
    byIndex.set(report.shard!.index, name);
  }
  const missing = Array.from({ length: count }, (_, position) => position + 1).filter((index) => !byIndex.has(index));
  if (missing.length === 0) return [];
  return [
    `shard${missing.length > 1 ? 's' : ''} ${missing.map((index) => `${index}/${count}`).join(', ')} missing: the merged report covers ${count - missing.length} of ${count} shards, so the repositories of the missing ones are not in it`,
  ];
}

/** The input as an org-scan report, checked as far as the merge and the renderers rely on it. */
function asOrgReport({ name, report }: MergeInput): OrgReport {
  const fail = (why: string): never => {
    throw new MergeError(`${name}: not an org-scan JSON report (schema ${ORG_REPORT_SCHEMA_VERSION}): ${why}`);
  };
  if (!isObject(report)) return fail('not a JSON object');
  const { schemaVersion, org, generatedAt, shard, ruleIds, repositories, tool, requests } = report;
  if (typeof schemaVersion !== 'string') return fail('no schemaVersion');
  if (majorOf(schemaVersion) !== majorOf(ORG_REPORT_SCHEMA_VERSION)) {
    throw new MergeError(
      `${name} has report schema ${schemaVersion}; this version of ai-act-gate merges schema ${majorOf(ORG_REPORT_SCHEMA_VERSION)}.x`,
    );
  }
  if (typeof org !== 'string' || org === '') return fail('no org');
  if (typeof generatedAt !== 'string' || Number.isNaN(Date.parse(generatedAt)))
    return fail('generatedAt is not a time');
  if (shard !== null) {
    if (
      !isObject(shard) ||
      !Number.isInteger(shard.index) ||
      !Number.isInteger(shard.count) ||
      (shard.index as number) < 1 ||
      (shard.index as number) > (shard.count as number)
    ) {
      return fail('shard is neither null nor {index, count} with 1 ≤ index ≤ count');
    }
  }
  if (!Array.isArray(ruleIds) || !ruleIds.every((id) => typeof id === 'string'))
    return fail('ruleIds is not a list of rule ids');
  if (!Array.isArray(repositories)) return fail('no repositories list');
  repositories.forEach((repository: unknown, position) => {
    const where = `repositories[${position}]`;
    if (!isObject(repository) || typeof repository.fullName !== 'string' || !repository.fullName.includes('/'))
      return fail(`${where} has no fullName`);
    if (typeof repository.status !== 'string' || !STATUSES.has(repository.status))
      return fail(`${where} (${repository.fullName}) has no valid status`);
    if (!Array.isArray(repository.files)) return fail(`${where} (${repository.fullName}) has no files list`);
    repository.files.forEach((file: unknown, index) => {
      if (
        !isObject(file) ||
        typeof file.path !== 'string' ||
        !Array.isArray(file.rules) ||
        !Array.isArray(file.problems) ||
        !isObject(file.gate)
      ) {
        fail(`${where}.files[${index}] (${repository.fullName}) is not a card report`);
      }
    });
  });
  const count = (value: unknown): number =>
    typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : 0;
  return {
    ...(report as unknown as OrgReport),
    tool:
      isObject(tool) && typeof tool.name === 'string' && typeof tool.version === 'string'
        ? { name: tool.name, version: tool.version }
        : { name: 'ai-act-gate', version: 'unknown' },
    requests: isObject(requests)
      ? { total: count(requests.total), notModified: count(requests.notModified) }
      : { total: 0, notModified: 0 },
  };
}
