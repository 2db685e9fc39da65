/**
 * Checks the model cards a pull request changes and compares each with its version at the base
 * commit. Files are only read, never run: under `pull_request` from the checked-out workspace, under
 * `pull_request_target` (whose workspace is the base branch) through the contents API at the head
 * commit; base versions always through the contents API.
 */
import { lstat, mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { checkCard } from '../lint.js';
import { checkFiles } from '../check-files.js';
import { findCards, looksLikeCard } from '../io/find-cards.js';
import { DEFAULT_MAX_BYTES } from '../io/read-source.js';
import { compareReports, type Comparison } from '../render/compare.js';
import type { Ruleset } from '../ruleset/load-rules.js';
import type { FileReport } from '../model/report.js';
import type { GitHubClient, Logger, PullFile } from '../publish/github-client.js';
import type { PullRequestRef } from './environment.js';
import type { Policy } from '../config/types.js';
import { cardProvenance } from '../provenance/digests.js';

/** The names findCards looks for when no `paths` are given (README.md only with card content). */
const CARD_FILE_NAMES = new Set(['README.md', 'MODEL_CARD.md', 'model_card.md', 'modelcard.md', 'ModelCard.md']);
const IGNORED = /(?:^|\/)(?:node_modules|\.git)\//;

export interface CheckPullRequestParams {
  client: GitHubClient;
  pullRequest: PullRequestRef;
  event: 'pull_request' | 'pull_request_target';
  patterns: string[];
  /** The files the pull request changes, when the caller has listed them already. */
  changedFiles?: PullFile[];
  /** The policy's `ignore` (and any other filter of card paths); all by default. */
  selected?: (path: string) => boolean;
  policy?: Policy;
  changedOnly: boolean;
  workspace: string;
  /** An empty folder for head versions fetched through the API. */
  headDirectory: string;
  ruleset: Ruleset;
  jobs: number;
  log: Logger;
}

export interface PullRequestCheck {
  files: FileReport[];
  /** One per changed card. */
  comparisons: Comparison[];
  /** The changed cards' head text and their entry in the pull-files listing (with its patch), for drafts. */
  changedCards: { path: string; text: string; file: PullFile }[];
}

interface ChangedCard {
  path: string;
  previousPath: string | null;
  /** The folder holding the head version: the workspace or the head directory. */
  root: string;
  file: PullFile;
}

/** Whether a changed path may be a card: it matches `paths`, or has a card's file name. */
export function isCardCandidate(path: string, patterns: readonly string[]): boolean {
  if (patterns.length) return picomatch(patterns as string[], { dot: true })(path);
  return CARD_FILE_NAMES.has(basename(path)) && !IGNORED.test(path);
}

/** Every file the pull request changes (one paginated listing), with a message that says what failed. */
export async function listChangedFiles(client: GitHubClient, pullNumber: number): Promise<PullFile[]> {
  try {
    return await client.listPullFiles(pullNumber);
  } catch (error) {
    throw new Error(`cannot list the files of pull request #${pullNumber}: ${(error as Error).message}`, {
      cause: error,
    });
  }
}

export async function checkPullRequest(params: CheckPullRequestParams): Promise<PullRequestCheck> {
  const { client, pullRequest, patterns, workspace, ruleset, log } = params;
  const selected = params.selected ?? (() => true);
  const changed = params.changedFiles ?? (await listChangedFiles(client, pullRequest.number));
  const removed = new Set(changed.filter((file) => file.status === 'removed').map((file) => file.path));
  const changedCards: ChangedCard[] = [];
  for (const file of changed) {
    if (removed.has(file.path) || !isCardCandidate(file.path, patterns) || !selected(file.path)) continue;
    const root = await headVersion(params, file.path);
    if (!root) continue;
    // Without `paths`, a README.md counts only when it reads like a model card (as findCards decides).
    if (!patterns.length && basename(file.path) === 'README.md' && !(await looksLikeCard(resolve(root, file.path))))
      continue;
    changedCards.push({ path: file.path, previousPath: file.previousPath, root, file });
  }

  const changedPaths = new Set(changedCards.map((card) => card.path));
  const unchanged = params.changedOnly
    ? []
    : (await findCards(patterns, workspace)).filter(
        (path) => !changedPaths.has(path) && !removed.has(path) && selected(path),
      );
  const byRoot = new Map<string, string[]>();
  for (const card of changedCards) byRoot.set(card.root, [...(byRoot.get(card.root) ?? []), card.path]);
  if (unchanged.length) byRoot.set(workspace, [...(byRoot.get(workspace) ?? []), ...unchanged]);
  const files: FileReport[] = [];
  for (const [root, paths] of byRoot) {
    files.push(
      ...(await checkFiles(paths, {
        cwd: root,
        maxBytes: DEFAULT_MAX_BYTES,
        jobs: params.jobs,
        ruleset,
        rulesDirectory: ruleset.directory,
        policy: params.policy,
      })),
    );
  }
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));

  const comparisons: Comparison[] = [];
  const texts: PullRequestCheck['changedCards'] = [];
  for (const card of changedCards) {
    const head = files.find((file) => file.path === card.path);
    if (!head) continue;
    // The bytes judged, read once more for the drafts and their digests (the report's provenance).
    const bytes = await readFile(resolve(card.root, card.path)).catch(() => null);
    if (bytes) {
      head.provenance ??= cardProvenance(bytes);
      texts.push({ path: card.path, text: bytes.toString('utf8'), file: card.file });
    }
    const basePath = card.previousPath ?? card.path;
    let baseText: string | null;
    try {
      baseText = await client.getFileAt(pullRequest.baseSha, basePath);
    } catch (error) {
      log.warning(`could not read ${basePath} at the base commit, so it is not compared: ${(error as Error).message}`);
      continue;
    }
    if (baseText !== null && Buffer.byteLength(baseText) > DEFAULT_MAX_BYTES) {
      log.info(`${basePath} at the base commit is larger than ${DEFAULT_MAX_BYTES} bytes; not compared`);
      continue;
    }
    comparisons.push(
      compareReports(baseText === null ? null : checkCard(card.path, baseText, ruleset, params.policy), head),
    );
  }
  return { files, comparisons, changedCards: texts };
}

/**
 * Where the head version of a changed file can be read: the workspace under `pull_request` (unless it
 * is missing there, or a symbolic link that could point outside the repository), else the head
 * directory after fetching it; null when the head has no such file.
 */
async function headVersion(params: CheckPullRequestParams, path: string): Promise<string | null> {
  const { workspace, headDirectory, pullRequest, client, log } = params;
  if (params.event === 'pull_request') {
    const stats = await lstat(resolve(workspace, path)).catch(() => null);
    if (stats?.isSymbolicLink()) {
      log.info(`${path} is a symbolic link; not checked`);
      return null;
    }
    if (stats?.isFile()) return workspace;
  }
  const target = resolve(headDirectory, path);
  if (!target.startsWith(resolve(headDirectory) + sep)) return null;
  const text = await client.getFileAt(pullRequest.headSha, path);
  if (text === null) return null;
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, text);
  return headDirectory;
}
