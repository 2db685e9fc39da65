/** dist/ is what the Action runs: it must be exactly what the sources build (run `npm run build`). */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './helpers.js';

describe('dist/', () => {
  it('is fresh: rebuilding the sources changes nothing', () => {
    const outdir = mkdtempSync(join(tmpdir(), 'aag-dist-'));
    try {
      execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, env: { ...process.env, AAG_OUTDIR: outdir } });
      const built = readdirSync(outdir).sort();
      expect(readdirSync(join(ROOT, 'dist')).sort()).toEqual(built);
      for (const file of built) {
        const same = readFileSync(join(outdir, file)).equals(readFileSync(join(ROOT, 'dist', file)));
        if (!same) throw new Error(`dist/${file} is stale: run "npm run build" and commit dist/`);
      }
    } finally {
      rmSync(outdir, { recursive: true, force: true });
    }
  });
});
