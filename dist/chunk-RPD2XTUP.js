import { createRequire as __aagCreateRequire } from 'node:module'; const require = __aagCreateRequire(import.meta.url);
import {
  checkCard,
  unreadableFile
} from "./chunk-UUOQDD46.js";
import {
  DEFAULT_TIME_BUDGET_MS,
  isShippedRuleset,
  openRuleset
} from "./chunk-NEXKTICO.js";
import {
  readSource
} from "./chunk-Z4A6QR2X.js";

// src/check-files.ts
import { existsSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";

// src/run-within.ts
import { createContext, Script } from "node:vm";
var OUT_OF_TIME = /* @__PURE__ */ Symbol("out of time");
var runner = new Script("work()", { filename: "ai-act-gate-time-budget" });
var context;
function runWithin(work, milliseconds) {
  context ??= createContext({ work: null });
  context.work = work;
  try {
    return runner.runInContext(context, { timeout: milliseconds });
  } catch (error) {
    if (error?.code === "ERR_SCRIPT_EXECUTION_TIMEOUT") return OUT_OF_TIME;
    throw error;
  } finally {
    context.work = null;
  }
}

// src/report-wire.ts
var SHARED_KEYS = ["id", "status", "severity", "citation", "url", "message"];
function reportEncoder() {
  const numbers = /* @__PURE__ */ new Map();
  return (report) => {
    const strings = [];
    for (const rule of report.rules) {
      const fields = rule;
      for (const key of SHARED_KEYS) {
        const value = fields[key];
        if (typeof value !== "string") continue;
        let number = numbers.get(value);
        if (number === void 0) {
          number = numbers.size;
          numbers.set(value, number);
          strings.push(value);
        }
        fields[key] = number;
      }
    }
    return { report, strings };
  };
}
function reportDecoder() {
  const table = [];
  return ({ report, strings }) => {
    if (strings) table.push(...strings);
    for (const rule of report.rules) {
      const fields = rule;
      for (const key of SHARED_KEYS) {
        const value = fields[key];
        if (typeof value === "number") fields[key] = table[value];
      }
    }
    return report;
  };
}

// src/check-files.ts
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
    if (threads === 1 && budget !== null && options.workerFile === void 0 && fewSmallFiles(paths, options.cwd))
      return checkHereWithin(paths, options, workerFile, budget);
    return checkInWorkers(paths, options, workerFile, threads, budget);
  }
  const ruleset = options.ruleset ?? await loadRulesetOnDemand(options.rulesDirectory);
  const reports = [];
  for (const path of paths) reports.push(checkOneFile(path, options, ruleset));
  return reports;
}
function fewSmallFiles(paths, cwd) {
  return paths.length < MIN_FILES_FOR_WORKERS && largestFile(paths, cwd) < LARGE_CARD_BYTES;
}
async function checkHereWithin(paths, options, workerFile, budget) {
  const ruleset = options.ruleset ?? await loadRulesetOnDemand(options.rulesDirectory);
  const reports = [];
  for (const [index, path] of paths.entries()) {
    const report = runWithin(() => checkOneFile(path, options, ruleset), budget);
    if (report !== OUT_OF_TIME) {
      reports.push(report);
      continue;
    }
    reports.push(timedOut(path, budget));
    const rest = paths.slice(index + 1);
    if (rest.length > 0) reports.push(...await checkInWorkers(rest, options, workerFile, 1, budget));
    break;
  }
  return reports;
}
async function loadRulesetOnDemand(directory, extraDirectories = []) {
  return openRuleset(directory, extraDirectories);
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
  if (options.ruleset && !isShippedRuleset(options.ruleset) && isCloneable(options.ruleset))
    setup.ruleset = options.ruleset;
  const heap = workerHeap(largestFile(paths, options.cwd));
  let done = 0;
  let startupFailures = 0;
  const stopping = [];
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
      const decode = reportDecoder();
      slots.add(slot);
      worker.on("message", (reply) => {
        if (slot.retired) return;
        if (reply.type === "ready") {
          slot.ready = true;
          dispatch(slot);
          watch(slot);
          return;
        }
        record(reply.index, decode(reply));
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
  reportEncoder,
  MIN_FILES_FOR_WORKERS,
  WORKER_HEAP,
  LARGE_CARD_BYTES,
  LARGE_CARD_HEAP,
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
