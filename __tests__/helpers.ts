/** Shared test helpers: the repository root, the shipped ruleset, and the optional ../shared corpus. */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { loadRuleset, type Ruleset } from '../src/ruleset/load-rules.js';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const SHARED = join(ROOT, '..', 'shared');
export const CORPUS = join(SHARED, 'corpus', 'model-cards');
export const HAVE_SHARED = existsSync(CORPUS);

let cached: Ruleset | undefined;
export function shippedRuleset(): Ruleset {
  cached ??= loadRuleset(join(ROOT, 'rules'));
  return cached;
}

/** `describe` when ../shared is present; otherwise a skipped block with a clear message. */
export function describeWithShared(name: string, body: () => void): void {
  if (HAVE_SHARED) {
    describe(name, body);
  } else {
    // The body is not run at all: it would read the missing files while collecting its tests.
    describe(`${name} (skipped: ../shared/corpus/model-cards is absent)`, () => {
      it.skip(`needs ${CORPUS}`, () => undefined);
    });
    console.warn(`skipping "${name}": ${CORPUS} not found`);
  }
}
