import { createRequire as __aagCreateRequire } from 'node:module'; const require = __aagCreateRequire(import.meta.url);
import {
  checkCard,
  unreadableFile
} from "./chunk-32C2L2LA.js";
import {
  readSource
} from "./chunk-EOQHAWN4.js";

// src/check-files.ts
import { existsSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
var DEFAULT_TIME_BUDGET_MS = 2e4;
var MAX_TIMER_MS = 2 ** 31 - 1;
var MIN_FILES_FOR_WORKERS = 16;
var MAX_BATCH = 32;
var REFILL_AT = 2;
var MAX_STARTUP_FAILURES = 3;
var WORKER_HEAP = { maxOldGenerationSizeMb: 1280, maxYoungGenerationSizeMb: 32 };
var LARGE_CARD_BYTES = 1024 * 1024;
var LARGE_CARD_HEAP = { maxOldGenerationSizeMb: 3072, maxYoungGenerationSizeMb: 32 };
function workerHeap(largestBytes) {
  return largestBytes >= LARGE_CARD_BYTES ? LARGE_CARD_HEAP : WORKER_HEAP;
}
async function checkFiles(paths, options) {
  const workerFile = options.workerFile ?? new URL("./worker.js", import.meta.url);
  const budget = timeBudget(options.timeBudgetMs);
  const jobs = Number.isFinite(options.jobs) ? Math.max(1, Math.floor(options.jobs)) : 1;
  const threads = paths.length >= MIN_FILES_FOR_WORKERS ? Math.min(jobs, Math.ceil(paths.length / 4)) : 1;
  if (paths.length > 0 && (threads > 1 || budget !== null) && existsSync(fileURLToPath(workerFile))) {
    return checkInWorkers(paths, options, workerFile, threads, budget);
  }
  const ruleset = options.ruleset ?? await loadRulesetOnDemand(options.rulesDirectory);
  const reports = [];
  for (const path of paths) reports.push(checkOneFile(path, options, ruleset));
  return reports;
}
async function loadRulesetOnDemand(directory, extraDirectories = []) {
  const rules = await import("./load-rules-APUU7MR6.js");
  return rules.loadRuleset(directory, extraDirectories);
}
function checkText(path, text, ruleset, policy, now) {
  try {
    return checkCard(path, text, ruleset, policy, now);
  } catch (error) {
    return internalError(path, messageOf(error));
  }
}
function checkOneFile(path, options, ruleset) {
  const source = readSource(resolve(options.cwd, path), options.maxBytes);
  if (!source.ok) return unreadableFile(path, source.reason, source.skipped ? "file-skipped" : "card-unreadable");
  let report;
  try {
    report = checkCard(path, source.text, ruleset, options.policy);
  } catch (error) {
    return internalError(path, messageOf(error));
  }
  for (const warning of source.warnings)
    report.problems.push({ ruleId: "card-syntax", message: warning, line: 1, column: 1, severity: "warning" });
  return report;
}
function outOfMemory(path, heap) {
  return unreadableFile(
    path,
    `checking needed more than ${heap.maxOldGenerationSizeMb} MB of memory; skipped (no real model card comes near this: look for pathological content)`,
    "file-skipped"
  );
}
function internalError(path, reason) {
  return unreadableFile(path, `internal error while checking: ${reason}`, "internal-error");
}
function timeBudget(milliseconds = DEFAULT_TIME_BUDGET_MS) {
  return milliseconds > 0 && milliseconds <= MAX_TIMER_MS ? milliseconds : null;
}
function timedOut(path, budgetMs) {
  const seconds = Math.round(budgetMs) / 1e3;
  return unreadableFile(
    path,
    `checking took longer than ${seconds} s; skipped \u2014 the card is too large or too convoluted to check in time (raise the limit with --time-budget)`,
    "file-skipped"
  );
}
function shareRuleStrings(report, shared) {
  const share = (text) => {
    const known = shared.get(text);
    if (known !== void 0) return known;
    shared.set(text, text);
    return text;
  };
  for (const rule of report.rules) {
    rule.id = share(rule.id);
    rule.status = share(rule.status);
    if (rule.severity !== void 0) rule.severity = share(rule.severity);
    rule.citation = share(rule.citation);
    rule.url = share(rule.url);
    if (rule.message !== void 0) rule.message = share(rule.message);
  }
  return report;
}
function largestFile(paths, cwd) {
  let largest = 0;
  for (const path of paths) {
    try {
      largest = Math.max(largest, statSync(resolve(cwd, path)).size);
    } catch {
    }
  }
  return largest;
}
function isCloneable(value) {
  try {
    structuredClone(value);
    return true;
  } catch {
    return false;
  }
}
function messageOf(error) {
  const message = error?.message;
  return typeof message === "string" ? message : String(error);
}
function checkInWorkers(paths, options, workerFile, threads, budget) {
  const reports = new Array(paths.length);
  const pending = paths.map((_, index) => index).reverse();
  const slots = /* @__PURE__ */ new Set();
  const setup = {
    cwd: options.cwd,
    maxBytes: options.maxBytes,
    rulesDirectory: options.rulesDirectory ?? options.ruleset?.directory,
    extraRuleDirectories: options.ruleset?.extraDirectories,
    policy: options.policy
  };
  if (options.ruleset && isCloneable(options.ruleset)) setup.ruleset = options.ruleset;
  const heap = workerHeap(largestFile(paths, options.cwd));
  let done = 0;
  let startupFailures = 0;
  const stopping = [];
  const sharedStrings = /* @__PURE__ */ new Map();
  return new Promise((resolvePromise, rejectPromise) => {
    let settled = false;
    const finish = () => {
      if (settled || done < paths.length) return;
      settled = true;
      for (const slot of slots) retire(slot);
      void Promise.allSettled(stopping).then(() => resolvePromise(reports));
    };
    const fail = (error) => {
      if (settled) return;
      settled = true;
      for (const slot of slots) retire(slot);
      rejectPromise(error);
    };
    const record = (index, report) => {
      if (reports[index] === void 0) done++;
      reports[index] = report;
    };
    const retire = (slot) => {
      slot.retired = true;
      slots.delete(slot);
      clearTimeout(slot.timer);
      stopping.push(slot.worker.terminate());
    };
    const watch = (slot) => {
      const index = slot.inFlight[0];
      if (budget === null || index === slot.timed) return;
      clearTimeout(slot.timer);
      slot.timed = index;
      if (index === void 0) return;
      slot.timer = setTimeout(() => {
        setImmediate(() => {
          if (!slot.retired && !settled && slot.inFlight[0] === index) timeOut(slot, index);
        });
      }, budget);
    };
    const timeOut = (slot, index) => {
      slot.retired = true;
      slots.delete(slot);
      slot.worker.unref();
      slot.worker.terminate().catch(() => void 0);
      pending.push(...slot.inFlight.slice(1).reverse());
      record(index, timedOut(paths[index], budget ?? 0));
      replenish(slot.lastError ?? "worker thread timed out");
      finish();
    };
    const replenish = (reason) => {
      if (pending.length === 0) return;
      if (startupFailures < MAX_STARTUP_FAILURES) spawn();
      else if (slots.size === 0) checkHere(pending.splice(0).reverse(), reason).then(finish, fail);
    };
    const dispatch = (slot) => {
      if (pending.length === 0) {
        if (slot.inFlight.length === 0) retire(slot);
        return;
      }
      const size = Math.max(1, Math.min(MAX_BATCH, Math.ceil(pending.length / (threads * 4))));
      const files = pending.splice(-size, size).reverse().map((index) => ({ index, path: paths[index] }));
      slot.inFlight.push(...files.map((file) => file.index));
      slot.worker.postMessage({ files });
    };
    const onExit = (slot, code) => {
      clearTimeout(slot.timer);
      if (slot.retired || settled) return;
      slots.delete(slot);
      const reason = slot.lastError ?? `worker thread stopped (exit code ${code})`;
      const [culprit, ...unchecked] = slot.inFlight;
      if (culprit !== void 0) {
        pending.push(...unchecked.reverse());
        record(culprit, slot.outOfMemory ? outOfMemory(paths[culprit], heap) : internalError(paths[culprit], reason));
      } else if (!slot.ready) {
        startupFailures++;
      }
      replenish(reason);
      finish();
    };
    let rulesetHere;
    const checkHere = async (indices, reason) => {
      rulesetHere ??= options.ruleset ? Promise.resolve(options.ruleset) : loadRulesetOnDemand(options.rulesDirectory);
      let ruleset;
      try {
        ruleset = await rulesetHere;
      } catch (error) {
        throw new Error(
          `${reason ? `worker threads failed (${reason}) and ` : ""}the rules cannot be loaded: ${messageOf(error)}`,
          {
            cause: error
          }
        );
      }
      for (const index of indices) record(index, checkOneFile(paths[index], options, ruleset));
    };
    const spawn = () => {
      const worker = new Worker(workerFile, { workerData: setup, resourceLimits: heap });
      const slot = { worker, ready: false, inFlight: [], retired: false };
      slots.add(slot);
      worker.on("message", (reply) => {
        if (slot.retired) return;
        if (reply.type === "ready") {
          slot.ready = true;
          dispatch(slot);
          watch(slot);
          return;
        }
        record(reply.index, shareRuleStrings(reply.report, sharedStrings));
        if (slot.inFlight[0] === reply.index) slot.inFlight.shift();
        else slot.inFlight = slot.inFlight.filter((index) => index !== reply.index);
        if (slot.inFlight.length <= REFILL_AT) dispatch(slot);
        if (!slot.retired) watch(slot);
        finish();
      });
      worker.on("error", (error) => {
        slot.lastError = messageOf(error);
        slot.outOfMemory = error.code === "ERR_WORKER_OUT_OF_MEMORY";
      });
      worker.on("exit", (code) => onExit(slot, code));
    };
    for (let i = 0; i < threads; i++) spawn();
  });
}

export {
  DEFAULT_TIME_BUDGET_MS,
  workerHeap,
  checkFiles,
  loadRulesetOnDemand,
  checkText,
  checkOneFile,
  outOfMemory,
  internalError,
  timeBudget,
  timedOut,
  isCloneable
};
