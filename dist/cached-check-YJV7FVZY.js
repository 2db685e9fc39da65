import { createRequire as __aagCreateRequire } from 'node:module'; const require = __aagCreateRequire(import.meta.url);
import {
  cardProvenance
} from "./chunk-QEDUW24Q.js";
import "./chunk-UIU2T2WH.js";

// src/cache/cached-check.ts
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
async function checkThroughCache(paths, cwd, cache, check) {
  const reports = new Array(paths.length);
  const misses = [];
  paths.forEach((path, index) => {
    let bytes;
    try {
      bytes = readFileSync(resolve(cwd, path));
    } catch {
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
  return reports;
}
function keepable(report) {
  return !report.problems.some((problem) => problem.ruleId === "file-skipped" || problem.ruleId === "internal-error");
}
export {
  checkThroughCache
};
