/**
 * The organisation scan: list the repositories, then per repository one tree request, the blobs
 * of its cards and config (by sha), and the pure check of each card. A repository that fails is
 * reported as failed and the scan goes on; only listing the organisation can fail the whole run.
 */
import pLimit from 'p-limit';
import { checkCard, buildReport, unreadableFile } from '../lint.js';
import { networkFailure } from '../config/load-config.js';
import type { CardChecker } from '../card-checker.js';
import { looksLikeCardText } from '../io/find-cards.js';
import type { FileReport } from '../model/report.js';
import type { Ruleset } from '../ruleset/load-rules.js';
import { EMPTY_POLICY, type Policy, type RemoteConfigReader } from '../config/types.js';
import { addOrgFamilies } from '../families/report-families.js';
import { cardProvenance, policyDigest, rulesetDigest } from '../provenance/digests.js';
import { VERSION } from '../version.js';
import { ORG_REPORT_SCHEMA_VERSION, type OrgReport, type OrgRepository } from './types.js';
import {
  findConfig,
  selectCards,
  selectRepositories,
  treeBlobs,
  type ListedRepository,
  type SelectOptions,
  type Shard,
  type TreeBlob,
} from './plan.js';
import { BlobStore } from './blobs.js';
import { cacheKeyFor } from './conditional-requests.js';
import { messageOf, statusOf, type OrgOctokit, type RequestCounter } from './octokit.js';
import { resolveRepoPolicy, type RepoPolicyResolver } from './policy.js';
import type { RunCache } from './run-cache.js';

export interface ScanOptions extends SelectOptions {
  org: string;
  octokit: OrgOctokit;
  ruleset: Ruleset;
  /** The organisation's policy (`--config`), under every repository's own. */
  policy: Policy;
  readRemote: RemoteConfigReader;
  /** `--cache`: blob texts and tree fingerprints (the conditional requests are hooked in separately). */
  cache: RunCache | null;
  concurrency: number;
  /** Larger files are reported, not read. */
  maxBytes: number;
  resolvePolicy?: RepoPolicyResolver;
  onProgress?: (done: number, total: number) => void;
  now?: Date;
  /** Checks each card in a worker under a time budget; in this thread when absent. */
  checker?: CardChecker;
}

/** The organisation's repositories, all pages. */
export async function listRepositories(octokit: OrgOctokit, org: string): Promise<ListedRepository[]> {
  const repositories = await octokit.paginate(octokit.rest.repos.listForOrg, { org, type: 'all', per_page: 100 });
  return repositories.map((repository) => ({
    owner: repository.owner.login,
    name: repository.name,
    fullName: repository.full_name,
    htmlUrl: repository.html_url,
    defaultBranch: repository.default_branch || 'HEAD',
    archived: repository.archived === true,
    fork: repository.fork,
    pushedAt: repository.pushed_at ?? null,
    hasIssues: repository.has_issues !== false,
    openIssues: repository.open_issues_count ?? 0,
  }));
}

export interface ScanResult {
  report: OrgReport;
  /** The listing entries of the scanned repositories, by full name (tracking issues need them). */
  listed: Map<string, ListedRepository>;
}

export async function scanOrganisation(options: ScanOptions, requests: RequestCounter): Promise<ScanResult> {
  const all = await listRepositories(options.octokit, options.org).catch((error: unknown) => {
    const status = statusOf(error);
    // Octokit reports a request that never reached GitHub as status 500: say what happened.
    const offline = networkFailure(error);
    const why = offline
      ? `GitHub could not be reached (${offline}); check the network connection, proxy or --api-url`
      : status === 404
        ? 'no such organisation, or the token cannot see it'
        : status === 401
          ? 'the token was refused (401)'
          : status
            ? `GitHub answered ${status}: ${messageOf(error)}`
            : messageOf(error);
    throw new Error(`cannot list the repositories of ${options.org}: ${why}`);
  });
  const selected = selectRepositories(all, options);
  const blobs = new BlobStore(options.octokit, options.cache);
  const limit = pLimit(Math.max(1, options.concurrency));
  let done = 0;
  options.onProgress?.(0, selected.length);
  const repositories = await Promise.all(
    selected.map((repository) =>
      limit(async () => {
        const result = await scanRepository(repository, options, blobs);
        options.onProgress?.(++done, selected.length);
        return result;
      }),
    ),
  );
  const report = buildOrgReport(
    options.org,
    repositories,
    options.ruleset,
    options.shard,
    options.now ?? new Date(),
    requests,
    options.policy,
  );
  return { report, listed: new Map(selected.map((repository) => [repository.fullName, repository])) };
}

/** Why a step failed, in words; the status tells a deleted repository from a server error. */
class RepositoryError extends Error {}

function describe(error: unknown, step: string): RepositoryError {
  if (error instanceof RepositoryError) return error;
  const status = statusOf(error);
  if (status === 404)
    return new RepositoryError(`${step}: not found (deleted or renamed during the scan, or the token cannot read it)`);
  if (status === 403) return new RepositoryError(`${step}: access denied (403): ${messageOf(error)}`);
  const offline = networkFailure(error);
  if (offline) return new RepositoryError(`${step}: GitHub could not be reached (${offline})`);
  if (status !== undefined) return new RepositoryError(`${step}: GitHub answered ${status}: ${messageOf(error)}`);
  return new RepositoryError(`${step}: ${messageOf(error)}`);
}

export async function scanRepository(
  repository: ListedRepository,
  options: ScanOptions,
  blobs: BlobStore,
): Promise<OrgRepository> {
  const result: OrgRepository = {
    fullName: repository.fullName,
    defaultBranch: repository.defaultBranch,
    htmlUrl: repository.htmlUrl,
    status: 'no-cards',
    configPath: null,
    files: [],
  };
  try {
    const tree = await readTree(repository, options);
    if (tree === 'empty') return result;
    if (tree.truncated)
      result.warnings = [
        'the tree has more entries than GitHub returns in one answer; cards beyond them were not found',
      ];
    let policy = options.policy;
    const config = findConfig(tree.blobs);
    if (config) {
      result.configPath = config.path;
      policy = await repositoryPolicy(repository, config, options, blobs);
    }
    for (const candidate of selectCards(tree.blobs, policy)) {
      const file = await checkCandidate(repository, candidate, candidate.mustLookLikeCard, policy, options, blobs);
      if (file) result.files.push(file);
    }
    result.status = result.files.length > 0 ? 'checked' : 'no-cards';
  } catch (error) {
    // The cached tree stays right (it is keyed by pushed_at); blobs that failed were not cached.
    return { ...result, status: 'failed', error: describe(error, 'scan').message, files: [] };
  }
  return result;
}

/**
 * The default branch's tree, recursive. With `--cache`, a repository whose default branch and
 * `pushed_at` are those of the cached tree has had no push since (pushed_at moves with every push to
 * any branch, merges and web edits included), so the cached tree is used without a request.
 */
async function readTree(
  repository: ListedRepository,
  options: ScanOptions,
): Promise<{ blobs: TreeBlob[]; truncated: boolean } | 'empty'> {
  const params = { owner: repository.owner, repo: repository.name, tree_sha: repository.defaultBranch, recursive: '1' };
  const fingerprint = `${repository.defaultBranch}@${repository.pushedAt}`;
  const { cache, octokit } = options;
  const known = repository.pushedAt ? cache?.treeFingerprint(repository.fullName) : undefined;
  if (known === `empty:${fingerprint}`) return 'empty';
  if (known === fingerprint) {
    const cached = cache!.response(cacheKeyFor(octokit, 'GET /repos/{owner}/{repo}/git/trees/{tree_sha}', params));
    if (cached)
      return { blobs: treeBlobs(cached.data), truncated: (cached.data as { truncated?: boolean }).truncated === true };
  }
  let data: unknown;
  try {
    ({ data } = await octokit.rest.git.getTree(params));
  } catch (error) {
    // 409: an empty repository (no commit yet), which has no cards.
    if (statusOf(error) !== 409) throw describe(error, 'reading its tree');
    cache?.setTreeFingerprint(repository.fullName, `empty:${fingerprint}`);
    return 'empty';
  }
  cache?.setTreeFingerprint(repository.fullName, fingerprint);
  return { blobs: treeBlobs(data), truncated: (data as { truncated?: boolean }).truncated === true };
}

async function repositoryPolicy(
  repository: ListedRepository,
  config: TreeBlob,
  options: ScanOptions,
  blobs: BlobStore,
): Promise<Policy> {
  if (config.size > options.maxBytes)
    throw new RepositoryError(`${config.path}: ${tooLarge(config.size, options.maxBytes)}`);
  const source = await blobs.read(repository.owner, repository.name, config.sha).catch((error: unknown) => {
    throw describe(error, `reading ${config.path}`);
  });
  if (!source.ok) throw new RepositoryError(`${config.path}: ${source.reason}`);
  const resolve = options.resolvePolicy ?? resolveRepoPolicy;
  try {
    return await resolve(
      { owner: repository.owner, repo: repository.name, ref: repository.defaultBranch, text: source.text },
      { base: options.policy, readRemote: options.readRemote, rules: options.ruleset.rules },
    );
  } catch (error) {
    // ConfigError names the file, line and what was expected.
    throw new RepositoryError(messageOf(error));
  }
}

/** One candidate's report, or null when it is a README that is not a model card. */
async function checkCandidate(
  repository: ListedRepository,
  candidate: TreeBlob,
  mustLookLikeCard: boolean,
  policy: Policy,
  options: ScanOptions,
  blobs: BlobStore,
): Promise<FileReport | null> {
  if (candidate.size > options.maxBytes)
    return unreadableFile(candidate.path, tooLarge(candidate.size, options.maxBytes), 'file-skipped');
  if (mustLookLikeCard && blobs.isKnownNotCard(candidate.sha)) return null;
  const source = await blobs.read(repository.owner, repository.name, candidate.sha).catch((error: unknown) => {
    throw describe(error, `reading ${candidate.path}`);
  });
  if (!source.ok)
    return mustLookLikeCard
      ? null
      : unreadableFile(candidate.path, source.reason, source.skipped ? 'file-skipped' : 'card-unreadable');
  if (mustLookLikeCard && !looksLikeCardText(source.text)) {
    blobs.markNotCard(candidate.sha);
    return null;
  }
  let report: FileReport;
  if (options.checker) {
    report = await options.checker.check(candidate.path, source.text, policy);
  } else {
    try {
      report = checkCard(candidate.path, source.text, options.ruleset, policy, options.now);
    } catch (error) {
      return unreadableFile(candidate.path, `internal error while checking: ${messageOf(error)}`, 'internal-error');
    }
  }
  for (const warning of source.warnings)
    report.problems.push({ ruleId: 'card-syntax', message: warning, line: 1, column: 1, severity: 'warning' });
  // The blob's bytes are not kept: the text, encoded again, vouches for them only if it is the same blob.
  const provenance = cardProvenance(Buffer.from(source.text, 'utf8'));
  if (provenance.gitBlob === candidate.sha) report.provenance = provenance;
  return report;
}

function tooLarge(size: number, maxBytes: number): string {
  return `file is ${formatBytes(size)}, above the ${formatBytes(maxBytes)} limit (--max-size); not checked`;
}

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

export function buildOrgReport(
  org: string,
  repositories: OrgRepository[],
  ruleset: Ruleset,
  shard: Shard | null,
  now: Date,
  requests: RequestCounter,
  policy: Policy = EMPTY_POLICY,
): OrgReport {
  const tool = { name: 'ai-act-gate', version: VERSION };
  return addOrgFamilies({
    schemaVersion: ORG_REPORT_SCHEMA_VERSION,
    tool,
    org,
    generatedAt: now.toISOString(),
    shard,
    ruleIds: ruleset.rules.map((rule) => rule.id),
    repositories,
    summary: summarizeRepositories(repositories),
    // So far; the CLI counts again after the tracking issues.
    requests: { total: requests.total, notModified: requests.notModified },
    provenance: {
      tool: { ...tool },
      rulesetDigest: rulesetDigest([ruleset.directory, ...ruleset.extraDirectories]),
      policyDigest: policyDigest(policy),
    },
  });
}

/** An organisation report's summary, counted from its repositories (a scan's, or merged shards'). */
export function summarizeRepositories(repositories: readonly OrgRepository[]): OrgReport['summary'] {
  const files = repositories.flatMap((repository) => repository.files);
  const counts = buildReport(files, 0).summary;
  return {
    repositories: repositories.length,
    checked: repositories.filter((repository) => repository.status === 'checked').length,
    noCards: repositories.filter((repository) => repository.status === 'no-cards').length,
    failed: repositories.filter((repository) => repository.status === 'failed').length,
    cards: files.length,
    blocked: counts.blocked,
    errors: counts.errors,
    warnings: counts.warnings,
    gaps: counts.gaps,
  };
}
