/**
 * Where a run's policy and repository root are: the policy file is looked for in `.github/` of the
 * current folder and each folder above it, up to the repository root (the folder holding `.git`), so
 * a check run from a subfolder applies the repository's policy. The policy's globs are matched from
 * that root.
 */
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { DEFAULT_CONFIG_PATH } from './types.js';

export interface PolicyLocation {
  /** The policy file, or null when there is none. */
  path: string | null;
  /** The repository root: the folder holding `.git`, else the folder whose `.github/` holds the policy, else the current folder. */
  root: string;
}

/** The repository root above `cwd` (the nearest folder holding `.git`), or null outside a repository. */
export function repositoryRoot(cwd: string): string | null {
  for (let folder = resolve(cwd); ; folder = dirname(folder)) {
    if (existsSync(join(folder, '.git'))) return folder;
    if (dirname(folder) === folder) return null;
  }
}

/** The policy a run in `cwd` applies: `--config` when given, else the nearest `.github/ai-act-gate.yml` up to the repository root. */
export function locatePolicy(cwd: string, configFlag?: string): PolicyLocation {
  const start = resolve(cwd);
  const repository = repositoryRoot(start);
  if (configFlag) {
    const path = resolve(start, configFlag);
    // A policy in some .github/ folder judges the cards of the folder above it.
    const owner = dirname(path).endsWith(`${sep}.github`) ? dirname(dirname(path)) : null;
    return { path, root: repository ?? owner ?? start };
  }
  for (let folder = start; ; folder = dirname(folder)) {
    const candidate = join(folder, DEFAULT_CONFIG_PATH);
    if (existsSync(candidate)) return { path: candidate, root: repository ?? folder };
    if (folder === repository || dirname(folder) === folder) break;
  }
  return { path: null, root: repository ?? start };
}

/** The current folder as seen from the root ('' at the root itself), with forward slashes. */
export function cardPathBaseOf(root: string, cwd: string): string {
  const base = relative(root, resolve(cwd));
  return base.startsWith('..') ? '' : base.split(sep).join('/');
}
