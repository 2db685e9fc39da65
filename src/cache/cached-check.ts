/**
 * Local cards through the content cache: each card's bytes are hashed, a hit is reused (with the card's
 * digests as provenance), the misses are checked together and stored. Reports come back in input order.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { FileReport } from '../model/report.js';
import { cardProvenance } from '../provenance/digests.js';
import type { ContentCache } from './content-cache.js';

export async function checkThroughCache(
  paths: string[],
  cwd: string,
  cache: ContentCache,
  check: (paths: string[]) => Promise<FileReport[]>,
): Promise<FileReport[]> {
  const reports: (FileReport | undefined)[] = new Array(paths.length);
  const misses: { index: number; key: string | null; bytes: Uint8Array | null }[] = [];
  paths.forEach((path, index) => {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(resolve(cwd, path));
    } catch {
      // The check reports why it cannot be read; such a report is not kept.
      misses.push({ index, key: null, bytes: null });
      return;
    }
    const key = cache.keyOf(path, bytes);
    const hit = cache.get(key);
    if (hit) {
      hit.provenance = cardProvenance(bytes);
      reports[index] = hit;
    } else misses.push({ index, key, bytes });
  });
  const checked = await check(misses.map((miss) => paths[miss.index]));
  misses.forEach((miss, position) => {
    const report = checked[position];
    reports[miss.index] = report;
    if (miss.key && miss.bytes && keepable(report)) {
      cache.set(miss.key, report);
      report.provenance = cardProvenance(miss.bytes);
    }
  });
  return reports as FileReport[];
}

/** A card skipped for time or memory, or that failed the checker, is checked again next time. */
function keepable(report: FileReport): boolean {
  return !report.problems.some((problem) => problem.ruleId === 'file-skipped' || problem.ruleId === 'internal-error');
}
