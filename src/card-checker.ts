/**
 * Checks card texts that do not come from files (the organisation scan reads them through the API)
 * one at a time in a worker thread, under the same time budget and heap limit as checkFiles: a
 * pathological card in someone's repository is reported, and the scan goes on in a fresh worker.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { FileReport } from './model/report.js';
import type { Policy } from './config/types.js';
import type { Ruleset } from './ruleset/load-rules.js';
import {
  checkText,
  DEFAULT_TIME_BUDGET_MS,
  internalError,
  isCloneable,
  outOfMemory,
  timeBudget,
  timedOut,
  workerHeap,
  type WorkerReply,
  type WorkerRequest,
  type WorkerSetup,
} from './check-files.js';

export interface CardCheckerOptions {
  ruleset: Ruleset;
  /** Milliseconds one card may take (default DEFAULT_TIME_BUDGET_MS); 0 checks in this thread, unbounded. */
  timeBudgetMs?: number;
  /** The worker script; worker.js next to this module by default. */
  workerFile?: URL;
  /** The time duties are judged at (tests); now by default. */
  now?: Date;
}

interface Running {
  worker: Worker;
  heap: ReturnType<typeof workerHeap>;
  ready: Promise<void>;
  /** Settles the card in progress when the worker dies. */
  onExit?: (report: (path: string) => FileReport) => void;
  lastError?: string;
  outOfMemory?: boolean;
}

export class CardChecker {
  private readonly budget: number | null;
  private readonly workerFile: URL;
  private running: Running | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private next = 0;

  constructor(private readonly options: CardCheckerOptions) {
    this.budget = timeBudget(options.timeBudgetMs ?? DEFAULT_TIME_BUDGET_MS);
    this.workerFile = options.workerFile ?? new URL('./worker.js', import.meta.url);
  }

  /** One card's report; cards are checked in the order asked. */
  check(path: string, text: string, policy?: Policy): Promise<FileReport> {
    // Unbundled (ts-jest) there is no worker.js; without a budget a worker buys nothing.
    if (this.budget === null || !existsSync(fileURLToPath(this.workerFile)))
      return Promise.resolve(checkText(path, text, this.options.ruleset, policy, this.options.now));
    const result = this.queue.then(() => this.checkInWorker(path, text, policy));
    this.queue = result.catch(() => undefined);
    return result;
  }

  /** Stops the worker; the checker can still be used (a new one starts). */
  async close(): Promise<void> {
    await this.queue;
    const running = this.running;
    this.running = null;
    await running?.worker.terminate();
  }

  private start(heap: ReturnType<typeof workerHeap>): Running {
    const { ruleset } = this.options;
    const setup: WorkerSetup = {
      cwd: '.',
      maxBytes: 0,
      rulesDirectory: ruleset.directory,
      extraRuleDirectories: ruleset.extraDirectories,
    };
    if (isCloneable(ruleset)) setup.ruleset = ruleset;
    const worker = new Worker(this.workerFile, { workerData: setup, resourceLimits: heap });
    // An idle checker must not keep the process alive.
    worker.unref();
    const running: Running = { worker, heap, ready: Promise.resolve() };
    running.ready = new Promise((resolve, reject) => {
      worker.once('message', (reply: WorkerReply) =>
        reply.type === 'ready' ? resolve() : reject(new Error('the worker answered before it was ready')),
      );
      worker.once('exit', (code) =>
        reject(new Error(running.lastError ?? `the worker thread stopped (exit code ${code})`)),
      );
    });
    worker.on('error', (error) => {
      running.lastError = (error as Error).message;
      running.outOfMemory = (error as { code?: unknown }).code === 'ERR_WORKER_OUT_OF_MEMORY';
    });
    worker.on('exit', () => {
      if (this.running === running) this.running = null;
      running.onExit?.((path) =>
        running.outOfMemory
          ? outOfMemory(path, running.heap)
          : internalError(path, running.lastError ?? 'worker thread stopped'),
      );
    });
    return running;
  }

  private async checkInWorker(path: string, text: string, policy?: Policy): Promise<FileReport> {
    const heap = workerHeap(Buffer.byteLength(text));
    // A large card needs a worker with the larger heap; once started, it serves the cards after it too.
    if (this.running && this.running.heap.maxOldGenerationSizeMb < heap.maxOldGenerationSizeMb) {
      void this.running.worker.terminate().catch(() => undefined);
      this.running = null;
    }
    const running = (this.running ??= this.start(heap));
    try {
      await running.ready;
    } catch {
      // A worker that cannot start points at the installation, not at the card: check here.
      this.running = null;
      return checkText(path, text, this.options.ruleset, policy, this.options.now);
    }
    const index = this.next++;
    return new Promise<FileReport>((resolve) => {
      const settle = (report: FileReport): void => {
        clearTimeout(timer);
        running.worker.off('message', onMessage);
        running.onExit = undefined;
        resolve(report);
      };
      const onMessage = (reply: WorkerReply): void => {
        if (reply.type === 'report' && reply.index === index) settle(reply.report);
      };
      const timer = setTimeout(() => {
        // Stopped, not waited for: a thread stuck in a regular expression may take long to end.
        if (this.running === running) this.running = null;
        running.onExit = undefined;
        void running.worker.terminate().catch(() => undefined);
        settle(timedOut(path, this.budget ?? 0));
      }, this.budget ?? 0);
      running.onExit = (report) => settle(report(path));
      running.worker.on('message', onMessage);
      running.worker.postMessage({
        files: [{ index, path, text, policy, now: this.options.now?.getTime() }],
      } satisfies WorkerRequest);
    });
  }
}
