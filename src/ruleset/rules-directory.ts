/** Where the shipped rules/ folder is, and whether a folder is it. */
import { existsSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RuleLoadError } from './errors.js';

/** The folder holding the shipped rules, found upwards from this module (works from src/ and dist/). */
export function defaultRulesDirectory(): string {
  let directory = fileURLToPath(new URL('.', import.meta.url));
  for (let depth = 0; depth < 5; depth++) {
    const candidate = join(directory, 'rules');
    if (existsSync(join(candidate, 'vocabulary', 'sections.yaml'))) return candidate;
    directory = join(directory, '..');
  }
  throw new RuleLoadError('cannot find the rules/ folder next to ai-act-gate; expected rules/vocabulary/sections.yaml');
}

/** Whether a folder is the shipped rules/, whose patterns a test checks for catastrophic backtracking. */
export function isBundledFolder(folder: string): boolean {
  try {
    return realpathSync(folder) === realpathSync(defaultRulesDirectory());
  } catch {
    return false;
  }
}
