// The esbuild options every Node bundle of ai-act-gate uses (dist/, the bench, the fuzzer).
// The banner defines `require` because some dependencies (undici) require() at run time.
export const NODE_BUNDLE = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  banner: {
    js: "import { createRequire as __aagCreateRequire } from 'node:module'; const require = __aagCreateRequire(import.meta.url);",
  },
  logLevel: 'warning',
};
