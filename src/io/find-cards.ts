/** Finds model cards in a tree, or expands the paths and globs given on the command line. */
import { glob } from 'tinyglobby';
import { realpathSync, statSync } from 'node:fs';
import { readFile, realpath } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';

/** File names that are model cards whatever they say (a README.md must look like one). */
export const CARD_NAMES = ['MODEL_CARD.md', 'model_card.md', 'modelcard.md', 'ModelCard.md'];
const IGNORE = ['**/node_modules/**', '**/.git/**'];

/** Model-card front-matter keys or headings: a README.md with one of these is a model card. */
const CARD_FRONT_MATTER =
  /^(?:license|license_name|pipeline_tag|library_name|base_model|model-index|model_name|datasets|ai_act)\s*:/m;
const CARD_HEADING =
  /^#{1,6}[ \t]+\W*(?:model (?:details|description|card|summary|architecture)|intended uses?|uses|training (?:data|procedure|details)|evaluation|limitations|bias)/im;

/**
 * A path or glob that reaches outside the workspace (the current folder), or a file given by name
 * that is a symbolic link resolving outside it. The CLI reports it as a usage error (exit 2).
 */
export class OutsideWorkspaceError extends Error {}

/**
 * The workspace rule: only files under `cwd` are ever read. Paths and globs that start outside it
 * (`../x.md`, `/etc/*`, `docs/../../x`) are refused; symbolic links are not followed into folders,
 * and a linked file is only read when its target is inside the workspace too. A link found by a
 * glob or by discovery that leaves the workspace is dropped; one named on the command line is
 * refused.
 */
export interface FindOptions {
  /**
   * Let paths and globs typed by the user reach outside `cwd` (the CLI: the user's own files).
   * Symbolic links inside the workspace that lead out of it are still never followed. The Action
   * keeps the default: a workflow's `paths` stay inside the checked-out repository.
   */
  allowOutside?: boolean;
}

export async function findCards(patterns: string[], cwd: string, options: FindOptions = {}): Promise<string[]> {
  const root = await realpath(cwd).catch(() => resolve(cwd));
  if (patterns.length === 0) {
    const readmes = await glob(['**/README.md', ...CARD_NAMES.map((name) => `**/${name}`)], {
      cwd,
      ignore: IGNORE,
      followSymbolicLinks: false,
    });
    const cards: string[] = [];
    for (const path of readmes.sort()) {
      if (!(await staysInside(cwd, root, path))) continue;
      if (!path.endsWith('README.md') || (await looksLikeCard(resolve(cwd, path)))) cards.push(path);
    }
    return cards;
  }
  if (!options.allowOutside) for (const pattern of patterns) checkPattern(pattern, cwd);
  const found = new Set<string>();
  for (const pattern of patterns) {
    if (options.allowOutside && isOutside(cwd, resolve(cwd, pattern))) {
      // Asked for by name, outside the workspace: the user's choice, read as given.
      if (await isFile(resolve(cwd, pattern)).catch(() => false)) found.add(pattern);
      else for (const path of await glob(pattern, { cwd, ignore: IGNORE, followSymbolicLinks: false })) found.add(path);
      continue;
    }
    const asPath = isAbsolute(pattern) ? relative(cwd, pattern) || '.' : pattern;
    if (await isFile(resolve(cwd, asPath)).catch(() => false)) {
      if (!(await staysInside(cwd, root, asPath))) {
        throw new OutsideWorkspaceError(
          `"${pattern}" is a symbolic link to a file outside the current folder; only files under ${cwd} are checked`,
        );
      }
      found.add(asPath);
      continue;
    }
    for (const path of await glob(asPath, { cwd, ignore: IGNORE, followSymbolicLinks: false })) {
      if (await staysInside(cwd, root, path)) found.add(path);
    }
  }
  return [...found].sort();
}

const GLOB_CHARS = /[*?[\]{}()!+@]/;

/** Refuses a path or glob whose fixed part, or any `..` after a wildcard, leaves `cwd`. */
function checkPattern(pattern: string, cwd: string): void {
  const segments = pattern.split(/[\\/]+/);
  const firstGlob = segments.findIndex((segment) => GLOB_CHARS.test(segment));
  const fixed = (firstGlob === -1 ? segments : segments.slice(0, firstGlob)).join('/');
  const base = resolve(cwd, fixed || '.');
  const escapes =
    isOutside(cwd, base) || (firstGlob !== -1 && segments.slice(firstGlob).some((segment) => segment === '..'));
  if (escapes)
    throw new OutsideWorkspaceError(
      `"${pattern}" reaches outside the current folder; only files under ${cwd} are checked`,
    );
}

function isOutside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel);
}

// staysInside and isFile call the file system synchronously: for thousands of paths named on the
// command line, a round trip through the thread pool for each call took ~0.1 s per thousand (and
// realpath is the system call, not a walk of the path with lstat on each folder).

/** The file's real location (after every symbolic link) is inside the workspace. */
async function staysInside(cwd: string, root: string, path: string): Promise<boolean> {
  const full = resolve(cwd, path);
  if (isOutside(cwd, full)) return false;
  try {
    // The real path resolves links in the file's folders as well as the file itself.
    return !isOutside(root, realpathSync.native(full));
  } catch {
    return false;
  }
}

async function isFile(path: string): Promise<boolean> {
  return statSync(path).isFile();
}

export async function looksLikeCard(path: string): Promise<boolean> {
  try {
    return looksLikeCardText(await readFile(path, 'utf8'));
  } catch {
    return false;
  }
}

/** Whether a README's text is a model card: model-card front matter or headings near its start. */
export function looksLikeCardText(text: string): boolean {
  const head = text.slice(0, 64 * 1024);
  return CARD_FRONT_MATTER.test(head.slice(0, 8192)) || CARD_HEADING.test(head);
}
