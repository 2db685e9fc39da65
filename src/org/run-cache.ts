/**
 * The `--cache FILE` of org-scan, kept between runs: ETags and bodies of GET responses (for
 * conditional requests), blob texts by sha (content-addressed, so never stale), and each
 * repository's tree fingerprint. Only what this run used is written back, so the file follows the
 * organisation instead of growing forever.
 */
import { readFile, rename, writeFile } from 'node:fs/promises';

const CACHE_VERSION = 1;

export interface CachedResponse {
  etag: string;
  /** The Link header, so that a 304 on a list page still leads to the next page. */
  link?: string;
  data: unknown;
}

/** A blob as decoded (read-source's decode), or only the verdict that a README is not a model card. */
export type CachedBlob = { text: string; warnings?: string[] } | { unreadable: string } | { notCard: true };

interface CacheFile {
  version: number;
  responses: Record<string, CachedResponse>;
  blobs: Record<string, CachedBlob>;
  trees: Record<string, string>;
}

export class RunCache {
  private readonly responses: Map<string, CachedResponse>;
  private readonly blobs: Map<string, CachedBlob>;
  private readonly trees: Map<string, string>;
  private readonly used = { responses: new Set<string>(), blobs: new Set<string>(), trees: new Set<string>() };

  constructor(file: Partial<CacheFile> = {}) {
    this.responses = new Map(Object.entries(file.responses ?? {}));
    this.blobs = new Map(Object.entries(file.blobs ?? {}));
    this.trees = new Map(Object.entries(file.trees ?? {}));
  }

  /** The cache in `path`, or an empty one when there is none yet or it is unusable (with a warning). */
  static async load(path: string, warn: (message: string) => void): Promise<RunCache> {
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT')
        warn(`cannot read the cache ${path} (${(error as Error).message}); starting without it`);
      return new RunCache();
    }
    try {
      const file = JSON.parse(text) as CacheFile;
      if (
        file?.version !== CACHE_VERSION ||
        typeof file.responses !== 'object' ||
        typeof file.blobs !== 'object' ||
        typeof file.trees !== 'object'
      ) {
        throw new Error(`not an ai-act-gate org-scan cache (version ${CACHE_VERSION})`);
      }
      return new RunCache(file);
    } catch (error) {
      warn(`ignoring the cache ${path}: ${(error as Error).message}`);
      return new RunCache();
    }
  }

  response(key: string): CachedResponse | undefined {
    const found = this.responses.get(key);
    if (found) this.used.responses.add(key);
    return found;
  }

  setResponse(key: string, value: CachedResponse): void {
    this.responses.set(key, value);
    this.used.responses.add(key);
  }

  blob(sha: string): CachedBlob | undefined {
    const found = this.blobs.get(sha);
    if (found) this.used.blobs.add(sha);
    return found;
  }

  setBlob(sha: string, value: CachedBlob): void {
    this.blobs.set(sha, value);
    this.used.blobs.add(sha);
  }

  treeFingerprint(fullName: string): string | undefined {
    const found = this.trees.get(fullName);
    if (found !== undefined) this.used.trees.add(fullName);
    return found;
  }

  setTreeFingerprint(fullName: string, fingerprint: string): void {
    this.trees.set(fullName, fingerprint);
    this.used.trees.add(fullName);
  }

  /** What this run used, as the file's JSON. */
  toJSON(): CacheFile {
    const pick = <T>(map: Map<string, T>, keys: Set<string>) =>
      Object.fromEntries(
        [...keys]
          .filter((key) => map.has(key))
          .sort()
          .map((key) => [key, map.get(key) as T]),
      );
    return {
      version: CACHE_VERSION,
      responses: pick(this.responses, this.used.responses),
      blobs: pick(this.blobs, this.used.blobs),
      trees: pick(this.trees, this.used.trees),
    };
  }

  /** Writes atomically: a run stopped half-way leaves the previous cache intact. */
  async save(path: string): Promise<void> {
    const partial = `${path}.${process.pid}.partial`;
    await writeFile(partial, JSON.stringify(this));
    await rename(partial, path);
  }
}
