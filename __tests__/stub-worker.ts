/**
 * Worker scripts speaking the checker pool's protocol (ready, then one report per file it is sent)
 * that run `onFile` first, with `index`, `path`, `text` and the worker's `resourceLimits` in scope: a
 * test makes them hang, crash or exit on chosen cards. Each report's title line is the text's length
 * (1 for a file path).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** `queued`: requests are handled one after another, so `onFile` may await (as the real worker's do). */
export function writeStubWorker(
  directory: string,
  name: string,
  onFile: string,
  options: { queued?: boolean } = {},
): URL {
  const file = join(directory, name);
  const loop = `for (const { index, path, text } of files) {
           ${onFile}
           parentPort.postMessage({ type: 'report', index, report: report(path, text) });
         }`;
  writeFileSync(
    file,
    `import { parentPort, resourceLimits } from 'node:worker_threads';
     const report = (path, text) => ({ path, titleLine: text === undefined ? 1 : text.length, tier: { id: 'gpai', computeFlops: null, reasons: [], flags: [] }, rules: [], problems: [], gate: { blocked: false, reasons: [] } });
     let queue = Promise.resolve();
     parentPort.on('message', ({ files }) => {
       ${options.queued ? `queue = queue.then(async () => { ${loop} });` : loop}
     });
     parentPort.postMessage({ type: 'ready' });`,
  );
  return pathToFileURL(file);
}
