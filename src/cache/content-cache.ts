/**
 * `--cache DIR`: each card's report kept under a key of everything that decides it: the card's path and
 * content, the tool version, the ruleset and policy digests and the date judged as of (and for a Hub
 * card what the Hub added). An unchanged card is not parsed again. An entry that cannot be read, is not
 * this tool's, or answers another key is ignored with a warning and replaced.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FileReport } from '../model/report.js';

export const CACHE_FORMAT = 'ai-act-gate-cache/1';

export interface CacheContext {
  version: string;
  rulesetDigest: string;
  policyDigest: string | null;
  /** The date duties are judged as of: a report of yesterday may differ from today's. */
  asOf: string;
}

export interface CacheStats {
  hits: number;
  misses: number;
  ignored: number;
}

export interface ContentCache {
  directory: string;
  /** The key of a card's report; `extra`: anything else its report depends on (the Hub's facts). */
  keyOf(path: string, bytes: Uint8Array, extra?: unknown): string;
  get(key: string): FileReport | undefined;
  set(key: string, report: FileReport): void;
  stats: CacheStats;
}

interface Entry {
  format: typeof CACHE_FORMAT;
  key: string;
  report: FileReport;
}

export function openContentCache(
  directory: string,
  context: CacheContext,
  warn: (message: string) => void,
): ContentCache {
  const stats: CacheStats = { hits: 0, misses: 0, ignored: 0 };
  const prefix = JSON.stringify([context.version, context.rulesetDigest, context.policyDigest, context.asOf]);
  const fileOf = (key: string): string => join(directory, 'reports', key.slice(0, 2), `${key}.json`);
  let unwritable = false;
  const shared = new Map<string, string>();
  return {
    directory,
    stats,
    keyOf(path, bytes, extra) {
      const hash = createHash('sha256').update(prefix).update('\0').update(path).update('\0').update(bytes);
      if (extra !== undefined) hash.update('\0').update(JSON.stringify(extra));
      return hash.digest('hex');
    },
    get(key) {
      let text: string;
      try {
        text = readFileSync(fileOf(key), 'utf8');
      } catch {
        stats.misses++;
        return undefined;
      }
      const entry = parseEntry(text, key);
      if (typeof entry === 'string') {
        stats.ignored++;
        stats.misses++;
        warn(`ignored cache entry ${fileOf(key)}: ${entry}; the card is checked again`);
        return undefined;
      }
      stats.hits++;
      return shareRuleStrings(entry.report, shared);
    },
    set(key, report) {
      if (unwritable) return;
      const file = fileOf(key);
      const entry: Entry = { format: CACHE_FORMAT, key, report };
      try {
        mkdirSync(join(file, '..'), { recursive: true });
        // Written aside and renamed: a run stopped mid-write leaves no half entry.
        const temporary = `${file}.${process.pid}.tmp`;
        writeFileSync(temporary, JSON.stringify(entry));
        renameSync(temporary, file);
      } catch (error) {
        unwritable = true;
        warn(
          `cannot write the cache in ${directory} (${(error as NodeJS.ErrnoException).code ?? error}); going on without it`,
        );
      }
    },
  };
}

/** The entry, or why it cannot be used. */
function parseEntry(text: string, key: string): Entry | string {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return 'not valid JSON';
  }
  const entry = value as Partial<Entry> | null;
  if (!entry || typeof entry !== 'object' || entry.format !== CACHE_FORMAT) return `not an ${CACHE_FORMAT} entry`;
  if (entry.key !== key) return 'its key does not match its name';
  const report = entry.report as Partial<FileReport> | undefined;
  if (!report || typeof report.path !== 'string' || !Array.isArray(report.rules) || !report.tier || !report.gate)
    return 'its report is incomplete';
  return entry as Entry;
}

const SHARED_KEYS = ['id', 'status', 'severity', 'citation', 'url', 'message'] as const;

/**
 * The strings of rule results repeat across cards (about a thousand distinct ones in 2,500 reports):
 * each parsed entry's copies are replaced at once by the first seen, so that the reports kept for the
 * run hold one of each and the copies die young.
 */
function shareRuleStrings(report: FileReport, shared: Map<string, string>): FileReport {
  for (const rule of report.rules) {
    const fields = rule as unknown as Record<(typeof SHARED_KEYS)[number], unknown>;
    for (const key of SHARED_KEYS) {
      const value = fields[key];
      if (typeof value !== 'string') continue;
      const known = shared.get(value);
      if (known === undefined) shared.set(value, value);
      else fields[key] = known;
    }
  }
  return report;
}
