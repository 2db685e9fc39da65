// Writes OUTDIR/ruleset.snapshot for a bundle in OUTDIR: the shipped rules folder loaded, validated and
// compiled (scripts/make-ruleset-snapshot.ts), so that the bundle starts without parsing rule YAML.
import { execFileSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export function writeRulesetSnapshot(outdir, rulesDirectory = join(ROOT, 'rules')) {
  execFileSync(
    process.execPath,
    [
      join(ROOT, 'scripts', 'run-ts.mjs'),
      join(ROOT, 'scripts', 'make-ruleset-snapshot.ts'),
      rulesDirectory,
      resolve(outdir, 'ruleset.snapshot'),
    ],
    { cwd: ROOT, stdio: 'inherit' },
  );
}
