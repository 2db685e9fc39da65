/** dist/ is what the Action runs: it must be exactly what the sources build (run `npm run build`). */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { deserialize } from 'node:v8';
import { ROOT } from './helpers.js';

/**
 * The ruleset snapshot is v8.serialize output, whose bytes differ between Node versions (the one
 * that built dist/ and the one running the tests): it is fresh when it holds the same values.
 */
function sameSnapshot(built: Buffer, committed: Buffer): boolean {
  const open = (bytes: Buffer) => {
    const header = deserialize(bytes) as { contents: Uint8Array };
    return { ...header, contents: deserialize(header.contents) as unknown };
  };
  return isDeepStrictEqual(open(built), open(committed));
}

describe('dist/', () => {
  it('is fresh: rebuilding the sources changes nothing', () => {
    const outdir = mkdtempSync(join(tmpdir(), 'aag-dist-'));
    try {
      execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, env: { ...process.env, AAG_OUTDIR: outdir } });
      const built = readdirSync(outdir).sort();
      expect(readdirSync(join(ROOT, 'dist')).sort()).toEqual(built);
      for (const file of built) {
        const rebuilt = readFileSync(join(outdir, file));
        const committed = readFileSync(join(ROOT, 'dist', file));
        const same = rebuilt.equals(committed) || (file === 'ruleset.snapshot' && sameSnapshot(rebuilt, committed));
        if (!same) throw new Error(`dist/${file} is stale: run "npm run build" and commit dist/`);
      }
    } finally {
      rmSync(outdir, { recursive: true, force: true });
    }
  });
});
