// Bundles the Action (dist/index.js), the CLI (dist/cli.js) and its worker thread (dist/worker.js) as ESM for Node 20+.
// The banner defines `require` because some dependencies (undici) require() at run time.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';

const banner = "import { createRequire as __aagCreateRequire } from 'node:module'; const require = __aagCreateRequire(import.meta.url);";

// A test builds into another folder (AAG_OUTDIR) and compares it with the committed dist/.
const outdir = process.env.AAG_OUTDIR ?? 'dist';
rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: { index: 'src/index.ts', cli: 'src/cli.ts', worker: 'src/worker.ts' },
  outdir,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  banner: { js: banner },
  legalComments: 'none',
  logLevel: 'warning',
});
