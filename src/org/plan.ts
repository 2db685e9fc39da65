/**
 * Pure planning of an organisation scan: which repositories this run takes (filters and `--shard`),
 * and from a repository's tree, which files are model cards and where its config is. No I/O here.
 */
import { CARD_NAMES } from '../io/find-cards.js';
import { policySelects } from '../config/apply-policy.js';
import { DEFAULT_CONFIG_PATH, type Policy } from '../config/types.js';

/** The fields of GET /orgs/{org}/repos that the scan uses. */
export interface ListedRepository {
  owner: string;
  name: string;
  fullName: string;
  htmlUrl: string;
  /** Absent in the listing of an empty repository on some servers: HEAD then. */
  defaultBranch: string;
  archived: boolean;
  fork: boolean;
  /** Moves with every push to any branch (web edits and merges included). */
  pushedAt: string | null;
  hasIssues: boolean;
  /** Open issues and pull requests. */
  openIssues: number;
}

export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

/** `i/n` with 1 ≤ i ≤ n, or an error message. */
export function parseShard(text: string): Shard | string {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  if (!match) return `--shard must look like i/n (e.g. 2/4), not "${text}"`;
  const index = Number(match[1]);
  const count = Number(match[2]);
  if (count < 1 || index < 1 || index > count) return `--shard ${text}: i must be between 1 and n`;
  return { index, count };
}

export interface SelectOptions {
  includeArchived: boolean;
  includeForks: boolean;
  shard: Shard | null;
}

/**
 * The repositories this run scans, by full name. Sharding sorts by full name and keeps every n-th
 * from position i-1, so that n runs with the same listing and options cover the org exactly once.
 */
export function selectRepositories(listed: readonly ListedRepository[], options: SelectOptions): ListedRepository[] {
  const kept = listed
    .filter(
      (repository) => (options.includeArchived || !repository.archived) && (options.includeForks || !repository.fork),
    )
    .sort((a, b) => (a.fullName < b.fullName ? -1 : a.fullName > b.fullName ? 1 : 0));
  const { shard } = options;
  return shard ? kept.filter((_, position) => position % shard.count === shard.index - 1) : kept;
}

/** A blob entry of a git tree (GET /repos/{o}/{r}/git/trees/{ref}?recursive=1). */
export interface TreeBlob {
  path: string;
  sha: string;
  /** Bytes. */
  size: number;
}

/** A file to check: a card by name or by the config's `paths`, or a README.md that must look like one. */
export interface CardCandidate extends TreeBlob {
  /** A README.md found by discovery: checked only if its text looks like a model card. */
  mustLookLikeCard: boolean;
}

const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);
/** Files a tree cache keeps: cards are Markdown, plus the config. */
const KEPT_IN_CACHE = /\.(?:md|markdown)$/i;

/** Blob entries of a tree response, skipping node_modules/ and .git/. */
export function treeBlobs(data: unknown): TreeBlob[] {
  const tree = (data as { tree?: unknown } | null)?.tree;
  if (!Array.isArray(tree)) return [];
  const blobs: TreeBlob[] = [];
  for (const entry of tree as { path?: unknown; type?: unknown; sha?: unknown; size?: unknown }[]) {
    if (entry?.type !== 'blob' || typeof entry.path !== 'string' || typeof entry.sha !== 'string') continue;
    if (entry.path.split('/').some((segment) => SKIPPED_FOLDERS.has(segment))) continue;
    blobs.push({ path: entry.path, sha: entry.sha, size: typeof entry.size === 'number' ? entry.size : 0 });
  }
  return blobs;
}

/** A tree response reduced to what a later run can need (Markdown files and the config), for the cache. */
export function shrinkTree(data: unknown): unknown {
  const { sha, truncated } = (data ?? {}) as { sha?: unknown; truncated?: unknown };
  const tree = treeBlobs(data)
    .filter((blob) => blob.path === DEFAULT_CONFIG_PATH || KEPT_IN_CACHE.test(blob.path))
    .map((blob) => ({ path: blob.path, type: 'blob', sha: blob.sha, size: blob.size }));
  return { sha, truncated, tree };
}

export function findConfig(blobs: readonly TreeBlob[]): TreeBlob | null {
  return blobs.find((blob) => blob.path === DEFAULT_CONFIG_PATH) ?? null;
}

/**
 * The files to check, in path order. With `paths` in the policy, the Markdown files they match; otherwise
 * the card names of src/io/find-cards.ts and README.md files (to be confirmed by their text).
 * `ignore` drops files either way.
 */
export function selectCards(blobs: readonly TreeBlob[], policy: Policy): CardCandidate[] {
  const candidates: CardCandidate[] = [];
  for (const blob of blobs) {
    if (!policySelects(policy, blob.path)) continue;
    const name = blob.path.slice(blob.path.lastIndexOf('/') + 1);
    // With `paths`, Markdown only, as the cached tree keeps: a re-run from the cache must find the same files.
    if (policy.paths.length > 0) {
      if (KEPT_IN_CACHE.test(blob.path)) candidates.push({ ...blob, mustLookLikeCard: false });
    } else if (CARD_NAMES.includes(name)) candidates.push({ ...blob, mustLookLikeCard: false });
    else if (name === 'README.md') candidates.push({ ...blob, mustLookLikeCard: true });
  }
  return candidates.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
