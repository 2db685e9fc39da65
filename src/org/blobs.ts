/**
 * Blob texts by sha. Blobs are content-addressed: a sha read once (in this run, or an earlier one
 * with `--cache`) never needs another request, and the same card copied into many repositories (a
 * template) is fetched once. A README that turned out not to be a model card is remembered only by
 * that verdict, so the cache does not fill up with every project's README.
 */
import { decode, type SourceResult } from '../io/read-source.js';
import type { OrgOctokit } from './octokit.js';
import type { RunCache } from './run-cache.js';

export class BlobStore {
  private readonly pending = new Map<string, Promise<SourceResult>>();

  constructor(
    private readonly octokit: OrgOctokit,
    private readonly cache: RunCache | null,
  ) {}

  /** A blob's decoded text (or why it cannot be used); GitHub errors are thrown. */
  read(owner: string, repo: string, sha: string): Promise<SourceResult> {
    const cached = this.cache?.blob(sha);
    if (cached && 'text' in cached)
      return Promise.resolve({ ok: true, text: cached.text, warnings: cached.warnings ?? [] });
    if (cached && 'unreadable' in cached) return Promise.resolve({ ok: false, reason: cached.unreadable });
    let text = this.pending.get(sha);
    if (!text) {
      text = this.fetch(owner, repo, sha);
      this.pending.set(sha, text);
      // A failed read (repository deleted) must not stand for the sha in another repository.
      text.catch(() => this.pending.delete(sha));
    }
    return text;
  }

  /** Whether an earlier run found this blob, as a README, not to be a model card. */
  isKnownNotCard(sha: string): boolean {
    const cached = this.cache?.blob(sha);
    return cached !== undefined && 'notCard' in cached;
  }

  /** Keeps only the verdict for a README that is not a model card. */
  markNotCard(sha: string): void {
    this.cache?.setBlob(sha, { notCard: true });
  }

  private async fetch(owner: string, repo: string, sha: string): Promise<SourceResult> {
    const { data } = await this.octokit.rest.git.getBlob({ owner, repo, file_sha: sha });
    const bytes = data.encoding === 'base64' ? Buffer.from(data.content, 'base64') : Buffer.from(data.content, 'utf8');
    const source = decode(bytes);
    this.cache?.setBlob(
      sha,
      source.ok
        ? { text: source.text, ...(source.warnings.length ? { warnings: source.warnings } : {}) }
        : { unreadable: source.reason },
    );
    return source;
  }
}
