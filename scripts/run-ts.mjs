// Runs a TypeScript script on Node 20 (which cannot strip types) by bundling it with esbuild first.
import { build } from 'esbuild';
import { NODE_BUNDLE } from './bundle-options.mjs';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [entry, ...args] = process.argv.slice(2);
// Inside the project so the bundle's bare imports resolve from its node_modules, and two levels
// below the root like src/<folder>/, so data files found relative to a module (rules/data) resolve.
mkdirSync('node_modules', { recursive: true });
const directory = mkdtempSync(join('node_modules', '.aag-run-'));
const outfile = resolve(directory, 'script.mjs');
// NODE_BUNDLE's banner gives the bundle a `require`, which some sources call for JSON data packages.
await build({ ...NODE_BUNDLE, entryPoints: [resolve(entry)], outfile, packages: 'external' });
process.argv = [process.argv[0], entry, ...args];
try {
  await import(pathToFileURL(outfile).href);
} finally {
  rmSync(directory, { recursive: true, force: true });
}
