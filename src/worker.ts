/**
 * Worker-thread entry (bundled as dist/worker.js): takes the ruleset it is sent (or loads it once),
 * then checks the files it is sent, in order, posting each file's report as soon as it is done.
 */
import { resolve } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { checkSource, checkText, loadRulesetOnDemand, type WorkerReply, type WorkerRequest, type WorkerSetup } from './check-files.js';
import { readSource, type SourceResult } from './io/read-source.js';

/**
 * Files read ahead of the one being checked. Reading a card takes several round trips to libuv's
 * threads; overlapped with checking, a worker no longer idles between cards (2.5 s of 16 s on
 * 2,500 corpus cards). Few enough that hostile 5 MB cards cannot pile up in memory.
 */
const READ_AHEAD = 4;

type QueuedFile = WorkerRequest['files'][number] & { source?: Promise<SourceResult> };

if (!parentPort) throw new Error('worker.js runs as a worker thread of ai-act-gate, not on its own');
const port = parentPort;
const setup = workerData as WorkerSetup;
const ruleset = setup.ruleset ?? (await loadRulesetOnDemand(setup.rulesDirectory, setup.extraRuleDirectories));

// One file after another, in the order sent, so the main thread can tell which file a crash hit.
const queue: QueuedFile[] = [];
let running = false;
port.on('message', (request: WorkerRequest) => {
  queue.push(...request.files);
  if (!running) void run();
});
port.postMessage({ type: 'ready' } satisfies WorkerReply);

async function run(): Promise<void> {
  running = true;
  while (queue.length > 0) {
    for (const file of queue.slice(0, READ_AHEAD)) {
      if (file.text === undefined) file.source ??= readSource(resolve(setup.cwd, file.path), setup.maxBytes);
    }
    const { index, path, text, policy, now, source } = queue.shift() as QueuedFile;
    const report =
      source === undefined
        ? checkText(path, text ?? '', ruleset, policy ?? setup.policy, now === undefined ? undefined : new Date(now))
        : checkSource(path, await source, ruleset, setup.policy);
    port.postMessage({ type: 'report', index, report } satisfies WorkerReply);
  }
  running = false;
}
