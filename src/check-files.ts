/**
 * Reads and checks many card files, in input order. With several jobs and enough files the work is
 * spread over worker threads (dist/worker.js), each with its own copy of the ruleset; a worker that
 * dies costs only the file it was checking, which is reported as an internal error. Each card has a
 * time budget: a worker still on one card when it runs out is stopped, the card is reported as
 * skipped and the other cards go on in a fresh worker. A few small cards are checked in this thread,
 * within the same budget (see run-within.ts), since a worker's start would cost more than the check.
 */
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { checkCard, unreadableFile } from './lint.js';
import { readSource } from './io/read-source.js';
import type { Ruleset } from './ruleset/load-rules.js';
import { isShippedRuleset, openRuleset } from './ruleset/open-ruleset.js';
import { OUT_OF_TIME, runWithin } from './run-within.js';
import { DEFAULT_TIME_BUDGET_MS } from './time-budget.js';
import { reportDecoder, type WireReport } from './report-wire.js';
import type { FileReport } from './model/report.js';
import type { Policy } from './config/types.js';

export interface CheckFilesOptions {
  cwd: string;
  maxBytes: number;
  /** 1 checks in this thread; more spreads the files over that many worker threads. */
  jobs: number;
  /** The rules folder; the bundled rules when absent. */
  rulesDirectory?: string;
  /** A ruleset already loaded from `rulesDirectory`, reused when checking in this thread. */
  ruleset?: Ruleset;
  /**
   * The worker script; defaults to worker.js next to this module (tests point it elsewhere). A few small
   * cards are checked in this thread instead (within the time budget), unless a script is given here.
   */
  workerFile?: URL;
  /** The config's policy (severities, waivers, tier overrides, dates); none when absent. */
  policy?: Policy;
  /**
   * How long one card may take in a worker, in milliseconds (default DEFAULT_TIME_BUDGET_MS); 0 or
   * Infinity: no limit. Cards checked in this thread (no worker.js, or a card retried here after a
   * worker ran out of memory) have no budget.
   */
  timeBudgetMs?: number;
}

export { DEFAULT_TIME_BUDGET_MS };
/** setTimeout fires at once for delays above this; a budget that long is no budget. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** Below this many files, starting workers (bundle load + ruleset) costs more than it saves. */
export const MIN_FILES_FOR_WORKERS = 16;
const MAX_BATCH = 32;
/** A worker with this few files left gets its next batch. */
const REFILL_AT = 2;
/** Workers that die before they are ready point at a broken setup, not at a card: stop retrying. */
const MAX_STARTUP_FAILURES = 3;
/**
 * Heap limits of each worker. The old generation's bounds what one hostile card can take (a card
 * that does not fit is reported, not checked) and sets how much garbage V8 lets pile up before it
 * collects: measured on 2,500 corpus cards with --jobs 1 (3 runs each), 2 GB peaks at 310-330 MB,
 * 1,280 MB at 230-240 MB in the same time, 1 GB at 220-230 MB but ~7 % slower. The young
 * generation's: 32 MB peaks ~50 MB lower than 96 MB in the same time; below 16 MB scavenges cost time
 * (with a 16 MB young generation, a 1 GB old one cost ~50 % more CPU).
 */
export const WORKER_HEAP = { maxOldGenerationSizeMb: 1280, maxYoungGenerationSizeMb: 32 };
/**
 * Cards from this size up are checked by workers with LARGE_CARD_HEAP: a syntax tree takes a few
 * hundred bytes per byte of Markdown, and near its limit a heap spends the time budget collecting
 * (a 3.5 MB table card: 15 s with 2 GB, over 20 s with 1,280 MB).
 */
export const LARGE_CARD_BYTES = 1024 * 1024;
export const LARGE_CARD_HEAP = { maxOldGenerationSizeMb: 3072, maxYoungGenerationSizeMb: 32 };

/** The heap for workers that may meet a card of `largestBytes`. */
export function workerHeap(largestBytes: number): typeof WORKER_HEAP {
  return largestBytes >= LARGE_CARD_BYTES ? LARGE_CARD_HEAP : WORKER_HEAP;
}

/** What a worker is started with (workerData). */
export interface WorkerSetup {
  cwd: string;
  maxBytes: number;
  rulesDirectory?: string;
  /** The caller's ruleset, copied: spares each worker loading and validating the rule files. */
  ruleset?: Ruleset;
  policy?: Policy;
  /** A policy's extra rule folders, for a worker that loads the rules itself. */
  extraRuleDirectories?: string[];
}

/**
 * Main → worker: check these files (index = position in the caller's list). A file with `text` is
 * checked from that text (cards read through the API), with its own policy when it has one.
 */
export interface WorkerRequest {
  files: {
    index: number;
    path: string;
    text?: string;
    policy?: Policy;
    /** Date.now() to judge at (tests). */ now?: number;
  }[];
}

/** Worker → main (a report as reportEncoder sends it). */
export type WorkerReply = { type: 'ready' } | ({ type: 'report'; index: number } & WireReport);

export async function checkFiles(paths: string[], options: CheckFilesOptions): Promise<FileReport[]> {
  const workerFile = options.workerFile ?? new URL('./worker.js', import.meta.url);
  const budget = timeBudget(options.timeBudgetMs);
  const jobs = Number.isFinite(options.jobs) ? Math.max(1, Math.floor(options.jobs)) : 1;
  const threads = paths.length >= MIN_FILES_FOR_WORKERS ? Math.min(jobs, Math.ceil(paths.length / 4)) : 1;
  // Under ts-jest (or any unbundled run) there is no worker.js next to this module: check here.
  if (paths.length > 0 && (threads > 1 || budget !== null) && existsSync(fileURLToPath(workerFile))) {
    if (threads === 1 && budget !== null && options.workerFile === undefined && fewSmallFiles(paths, options.cwd))
      return checkHereWithin(paths, options, workerFile, budget);
    return checkInWorkers(paths, options, workerFile, threads, budget);
  }
  const ruleset = options.ruleset ?? (await loadRulesetOnDemand(options.rulesDirectory));
  const reports: FileReport[] = [];
  for (const path of paths) reports.push(checkOneFile(path, options, ruleset));
  return reports;
}

/**
 * A few cards, none large: starting a worker (another copy of the bundle and the ruleset) would take
 * longer than checking them. A card's heap needs a few hundred bytes per byte of Markdown, well within
 * this thread's for these sizes.
 */
function fewSmallFiles(paths: readonly string[], cwd: string): boolean {
  return paths.length < MIN_FILES_FOR_WORKERS && largestFile(paths, cwd) < LARGE_CARD_BYTES;
}

/**
 * Checks the files in this thread, each within the time budget (vm's timeout stops the check). After a
 * card ran out of time, the others go to a worker: the stopped check may have left shared state half
 * done (a global pattern's lastIndex), which must not touch them.
 */
async function checkHereWithin(
  paths: string[],
  options: CheckFilesOptions,
  workerFile: URL,
  budget: number,
): Promise<FileReport[]> {
  const ruleset = options.ruleset ?? (await loadRulesetOnDemand(options.rulesDirectory));
  const reports: FileReport[] = [];
  for (const [index, path] of paths.entries()) {
    const report = runWithin(() => checkOneFile(path, options, ruleset), budget);
    if (report !== OUT_OF_TIME) {
      reports.push(report);
      continue;
    }
    reports.push(timedOut(path, budget));
    const rest = paths.slice(index + 1);
    if (rest.length > 0) reports.push(...(await checkInWorkers(rest, options, workerFile, 1, budget)));
    break;
  }
  return reports;
}

/**
 * The ruleset from the build's snapshot, or the rule files loaded (the validator is imported only
 * then: compiling its JSON Schema took ~75 ms of each worker's start).
 */
export async function loadRulesetOnDemand(directory?: string, extraDirectories: string[] = []): Promise<Ruleset> {
  return openRuleset(directory, extraDirectories);
}

/** A card's text (read elsewhere): a checker failure becomes a report, never an exception. */
export function checkText(path: string, text: string, ruleset: Ruleset, policy?: Policy, now?: Date): FileReport {
  try {
    return checkCard(path, text, ruleset, policy, now);
  } catch (error) {
    return internalError(path, messageOf(error));
  }
}

/** One file: unreadable files and checker failures become reports, never exceptions. */
export function checkOneFile(
  path: string,
  options: { cwd: string; maxBytes: number; policy?: Policy },
  ruleset: Ruleset,
): FileReport {
  const source = readSource(resolve(options.cwd, path), options.maxBytes);
  if (!source.ok) return unreadableFile(path, source.reason, source.skipped ? 'file-skipped' : 'card-unreadable');
  let report: FileReport;
  try {
    report = checkCard(path, source.text, ruleset, options.policy);
  } catch (error) {
    return internalError(path, messageOf(error));
  }
  for (const warning of source.warnings)
    report.problems.push({ ruleId: 'card-syntax', message: warning, line: 1, column: 1, severity: 'warning' });
  return report;
}

/** A card whose check needed more than a worker's heap: far beyond any real card, so skipped with a finding. */
export function outOfMemory(path: string, heap: typeof WORKER_HEAP): FileReport {
  return unreadableFile(
    path,
    `checking needed more than ${heap.maxOldGenerationSizeMb} MB of memory; skipped (no real model card comes near this: look for pathological content)`,
    'file-skipped',
  );
}

export function internalError(path: string, reason: string): FileReport {
  return unreadableFile(path, `internal error while checking: ${reason}`, 'internal-error');
}

/** The budget in milliseconds, or null for none. */
export function timeBudget(milliseconds = DEFAULT_TIME_BUDGET_MS): number | null {
  return milliseconds > 0 && milliseconds <= MAX_TIMER_MS ? milliseconds : null;
}

/** A card whose worker was stopped when it ran out of time. */
export function timedOut(path: string, budgetMs: number): FileReport {
  const seconds = Math.round(budgetMs) / 1000;
  return unreadableFile(
    path,
    `checking took longer than ${seconds} s; skipped — the card is too large or too convoluted to check in time (raise the limit with --time-budget)`,
    'file-skipped',
  );
}

/** The size in bytes of the largest of these files (0 for those that cannot be read: their report says why). */
function largestFile(paths: readonly string[], cwd: string): number {
  let largest = 0;
  for (const path of paths) {
    try {
      largest = Math.max(largest, statSync(resolve(cwd, path)).size);
    } catch {
      // Reported when the worker reads it.
    }
  }
  return largest;
}

/** Whether a value survives postMessage (a ruleset with functions in it would not). */
export function isCloneable(value: unknown): boolean {
  try {
    structuredClone(value);
    return true;
  } catch {
    return false;
  }
}

/** An error's message; errors from a worker or another realm fail `instanceof Error`. */
function messageOf(error: unknown): string {
  const message = (error as { message?: unknown } | null)?.message;
  return typeof message === 'string' ? message : String(error);
}

interface Slot {
  worker: Worker;
  ready: boolean;
  /** Indices sent to this worker and not yet reported, in the order it checks them. */
  inFlight: number[];
  /** Set when we stop it ourselves, so its exit is not taken for a crash. */
  retired: boolean;
  lastError?: string;
  /** It hit its heap limit: the file it was on is reported as too big to check. */
  outOfMemory?: boolean;
  /** Fires when the file it is on (`timed`) has had its time budget. */
  timer?: NodeJS.Timeout;
  timed?: number;
}

function checkInWorkers(
  paths: string[],
  options: CheckFilesOptions,
  workerFile: URL,
  threads: number,
  budget: number | null,
): Promise<FileReport[]> {
  const reports: (FileReport | undefined)[] = new Array(paths.length);
  // Files not yet sent, as a stack (next file last); a dead worker's unchecked files go back on top.
  const pending: number[] = paths.map((_, index) => index).reverse();
  const slots = new Set<Slot>();
  const setup: WorkerSetup = {
    cwd: options.cwd,
    maxBytes: options.maxBytes,
    rulesDirectory: options.rulesDirectory ?? options.ruleset?.directory,
    extraRuleDirectories: options.ruleset?.extraDirectories,
    policy: options.policy,
  };
  // A worker opens the build's snapshot itself, in parallel, rather than wait for a copy from here.
  if (options.ruleset && !isShippedRuleset(options.ruleset) && isCloneable(options.ruleset))
    setup.ruleset = options.ruleset;
  const heap = workerHeap(largestFile(paths, options.cwd));
  let done = 0;
  let startupFailures = 0;
  const stopping: Promise<unknown>[] = [];

  return new Promise((resolvePromise, rejectPromise) => {
    let settled = false;
    const finish = (): void => {
      if (settled || done < paths.length) return;
      settled = true;
      for (const slot of slots) retire(slot);
      // Hand the reports over once the workers' heaps are gone: the caller renders next.
      void Promise.allSettled(stopping).then(() => resolvePromise(reports as FileReport[]));
    };
    const fail = (error: unknown): void => {
      if (settled) return;
      settled = true;
      for (const slot of slots) retire(slot);
      rejectPromise(error);
    };
    const record = (index: number, report: FileReport): void => {
      if (reports[index] === undefined) done++;
      reports[index] = report;
    };
    const retire = (slot: Slot): void => {
      slot.retired = true;
      slots.delete(slot);
      clearTimeout(slot.timer);
      stopping.push(slot.worker.terminate());
    };
    /** Starts the clock when the worker moves on to another file (the first one it has not reported). */
    const watch = (slot: Slot): void => {
      const index = slot.inFlight[0];
      if (budget === null || index === slot.timed) return;
      clearTimeout(slot.timer);
      slot.timed = index;
      if (index === undefined) return;
      slot.timer = setTimeout(() => {
        // Replies that queued up while this thread was busy come first: the file may be done.
        setImmediate(() => {
          if (!slot.retired && !settled && slot.inFlight[0] === index) timeOut(slot, index);
        });
      }, budget);
    };
    /** Stops a worker stuck on one file: the file is reported as skipped (never retried here). */
    const timeOut = (slot: Slot, index: number): void => {
      slot.retired = true;
      slots.delete(slot);
      // Not awaited before handing the reports over: a thread stuck in native code may take long.
      slot.worker.unref();
      slot.worker.terminate().catch(() => undefined);
      pending.push(...slot.inFlight.slice(1).reverse());
      record(index, timedOut(paths[index], budget ?? 0));
      replenish(slot.lastError ?? 'worker thread timed out');
      finish();
    };
    /** After losing a worker: start another for the files left, or check them here if none starts. */
    const replenish = (reason: string): void => {
      if (pending.length === 0) return;
      if (startupFailures < MAX_STARTUP_FAILURES) spawn();
      else if (slots.size === 0) checkHere(pending.splice(0).reverse(), reason).then(finish, fail);
    };
    /** Sends the next batch (queued behind the one in progress), or retires an idle worker when none is left. */
    const dispatch = (slot: Slot): void => {
      if (pending.length === 0) {
        if (slot.inFlight.length === 0) retire(slot);
        return;
      }
      // Smaller batches towards the end keep the threads finishing together.
      const size = Math.max(1, Math.min(MAX_BATCH, Math.ceil(pending.length / (threads * 4))));
      const files = pending
        .splice(-size, size)
        .reverse()
        .map((index) => ({ index, path: paths[index] }));
      slot.inFlight.push(...files.map((file) => file.index));
      slot.worker.postMessage({ files } satisfies WorkerRequest);
    };
    const onExit = (slot: Slot, code: number): void => {
      clearTimeout(slot.timer);
      if (slot.retired || settled) return;
      slots.delete(slot);
      const reason = slot.lastError ?? `worker thread stopped (exit code ${code})`;
      const [culprit, ...unchecked] = slot.inFlight;
      if (culprit !== undefined) {
        // Files are checked in order and earlier reports arrive before the exit: the first
        // unreported file is the one that brought the worker down.
        pending.push(...unchecked.reverse());
        // Not retried here: this thread has neither a heap limit nor a time budget.
        record(culprit, slot.outOfMemory ? outOfMemory(paths[culprit], heap) : internalError(paths[culprit], reason));
      } else if (!slot.ready) {
        startupFailures++;
      }
      replenish(reason);
      finish();
    };
    let rulesetHere: Promise<Ruleset> | undefined;
    /** Checks files in this thread when no worker starts. */
    const checkHere = async (indices: number[], reason?: string): Promise<void> => {
      rulesetHere ??= options.ruleset ? Promise.resolve(options.ruleset) : loadRulesetOnDemand(options.rulesDirectory);
      let ruleset: Ruleset;
      try {
        ruleset = await rulesetHere;
      } catch (error) {
        throw new Error(
          `${reason ? `worker threads failed (${reason}) and ` : ''}the rules cannot be loaded: ${messageOf(error)}`,
          {
            cause: error,
          },
        );
      }
      for (const index of indices) record(index, checkOneFile(paths[index], options, ruleset));
    };
    const spawn = (): void => {
      const worker = new Worker(workerFile, { workerData: setup, resourceLimits: heap });
      const slot: Slot = { worker, ready: false, inFlight: [], retired: false };
      const decode = reportDecoder();
      slots.add(slot);
      worker.on('message', (reply: WorkerReply) => {
        if (slot.retired) return;
        if (reply.type === 'ready') {
          slot.ready = true;
          dispatch(slot);
          watch(slot);
          return;
        }
        record(reply.index, decode(reply));
        if (slot.inFlight[0] === reply.index) slot.inFlight.shift();
        else slot.inFlight = slot.inFlight.filter((index) => index !== reply.index);
        // The next batch goes out before this one runs dry, so the worker never waits for it.
        if (slot.inFlight.length <= REFILL_AT) dispatch(slot);
        if (!slot.retired) watch(slot);
        finish();
      });
      worker.on('error', (error) => {
        slot.lastError = messageOf(error);
        slot.outOfMemory = (error as { code?: unknown }).code === 'ERR_WORKER_OUT_OF_MEMORY';
      });
      worker.on('exit', (code) => onExit(slot, code));
    };

    for (let i = 0; i < threads; i++) spawn();
  });
}
