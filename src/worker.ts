/**
 * Worker-thread entry (bundled as dist/worker.js): takes the ruleset it is sent (or loads it once),
 * then checks the files it is sent, in order, posting each file's report as soon as it is done.
 */
import { parentPort, workerData } from 'node:worker_threads';
import {
  checkOneFile,
  checkText,
  loadRulesetOnDemand,
  type WorkerReply,
  type WorkerRequest,
  type WorkerSetup,
} from './check-files.js';
import { reportEncoder } from './report-wire.js';

if (!parentPort) throw new Error('worker.js runs as a worker thread of ai-act-gate, not on its own');
const port = parentPort;
const setup = workerData as WorkerSetup;
const ruleset = setup.ruleset ?? (await loadRulesetOnDemand(setup.rulesDirectory, setup.extraRuleDirectories));

const encode = reportEncoder();

// Each batch is checked at once, in order (reads are synchronous), so the main thread can tell
// which file a crash hit.
port.on('message', (request: WorkerRequest) => {
  for (const { index, path, text, policy, now } of request.files) {
    const report =
      text === undefined
        ? checkOneFile(path, setup, ruleset)
        : checkText(path, text, ruleset, policy ?? setup.policy, now === undefined ? undefined : new Date(now));
    port.postMessage({ type: 'report', index, ...encode(report) } satisfies WorkerReply);
  }
});
port.postMessage({ type: 'ready' } satisfies WorkerReply);
