// Runs a TypeScript script on Node 20 (which cannot strip types) by bundling it with esbuild first.
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [entry, ...args] = process.argv.slice(2);
// Inside the project so the bundle's bare imports resolve from its node_modules.
mkdirSync('node_modules/.cache', { recursive: true });
const directory = mkdtempSync(join('node_modules/.cache', 'aag-run-'));
const outfile = resolve(directory, 'script.mjs');
await build({ entryPoints: [resolve(entry)], outfile, bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', logLevel: 'warning' });
process.argv = [process.argv[0], entry, ...args];
try {
  await import(pathToFileURL(outfile).href);
} finally {
  rmSync(directory, { recursive: true, force: true });
}
