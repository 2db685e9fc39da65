import { createRequire as __aagCreateRequire } from 'node:module'; const require = __aagCreateRequire(import.meta.url);
import {
  pLimit
} from "./chunk-BEDF4N6L.js";
import {
  CARD_NAMES,
  looksLikeCardText
} from "./chunk-NHZPCZK5.js";
import {
  addOrgFamilies
} from "./chunk-L2JWAVTU.js";
import {
  checkCard,
  unreadableFile
} from "./chunk-UUOQDD46.js";
import {
  buildReport
} from "./chunk-AYMFEIHT.js";
import {
  decode
} from "./chunk-Z4A6QR2X.js";
import {
  checkPolicyRuleIds,
  policySelects
} from "./chunk-PLPMFADU.js";
import {
  VERSION
} from "./chunk-G7S77VK7.js";
import {
  cardProvenance,
  policyDigest,
  rulesetDigest
} from "./chunk-QEDUW24Q.js";
import {
  loadPolicyFile,
  networkFailure,
  resolvePolicyText
} from "./chunk-Q7WVEFCD.js";
import {
  DEFAULT_CONFIG_PATH,
  EMPTY_POLICY
} from "./chunk-V6QSAUCR.js";
import {
  messageOf
} from "./chunk-YIUZFLN4.js";
import {
  statusOf
} from "./chunk-QRXL53OW.js";

// src/org/conditional-requests.ts
function useConditionalRequests(octokit, cache, shrink = (_url, data) => data) {
  octokit.hook.wrap("request", (async (request, options) => {
    if (String(options.method).toUpperCase() !== "GET") return request(options);
    const url = cacheKey(octokit, options);
    const cached = cache.response(url);
    if (cached) options.headers = { ...options.headers, "if-none-match": cached.etag };
    try {
      const response = await request(options);
      const etag = response.headers.etag;
      if (typeof etag === "string" && etag) {
        const link = response.headers.link;
        cache.setResponse(url, {
          etag,
          ...typeof link === "string" ? { link } : {},
          data: shrink(url, response.data)
        });
      }
      return response;
    } catch (error) {
      if (!cached || statusOf(error) !== 304) throw error;
      return {
        status: 304,
        url,
        headers: { etag: cached.etag, ...cached.link ? { link: cached.link } : {} },
        data: structuredClone(cached.data)
      };
    }
  }));
}
function cacheKey(octokit, options) {
  return octokit.request.endpoint(options).url;
}
function cacheKeyFor(octokit, route, parameters) {
  const endpoint = octokit.request.endpoint;
  return endpoint(route, parameters).url;
}

// src/org/policy.ts
var resolveRepoPolicy = async (config, { base, readRemote, rules }) => {
  const policy = await resolvePolicyText(config.text, DEFAULT_CONFIG_PATH, {
    base,
    readRemote,
    remote: { owner: config.owner, repo: config.repo, ref: config.ref }
  });
  checkPolicyRuleIds(policy, rules);
  return policy;
};
function loadOrgPolicy(path, options) {
  return loadPolicyFile(path, { readRemote: options.readRemote, root: options.root });
}

// src/org/plan.ts
function parseShard(text) {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  if (!match) return `--shard must look like i/n (e.g. 2/4), not "${text}"`;
  const index = Number(match[1]);
  const count = Number(match[2]);
  if (count < 1 || index < 1 || index > count) return `--shard ${text}: i must be between 1 and n`;
  return { index, count };
}
function selectRepositories(listed, options) {
  const kept = listed.filter(
    (repository) => (options.includeArchived || !repository.archived) && (options.includeForks || !repository.fork)
  ).sort((a, b) => a.fullName < b.fullName ? -1 : a.fullName > b.fullName ? 1 : 0);
  const { shard } = options;
  return shard ? kept.filter((_, position) => position % shard.count === shard.index - 1) : kept;
}
var SKIPPED_FOLDERS = /* @__PURE__ */ new Set(["node_modules", ".git"]);
var KEPT_IN_CACHE = /\.(?:md|markdown)$/i;
function treeBlobs(data) {
  const tree = data?.tree;
  if (!Array.isArray(tree)) return [];
  const blobs = [];
  for (const entry of tree) {
    if (entry?.type !== "blob" || typeof entry.path !== "string" || typeof entry.sha !== "string") continue;
    if (entry.path.split("/").some((segment) => SKIPPED_FOLDERS.has(segment))) continue;
    blobs.push({ path: entry.path, sha: entry.sha, size: typeof entry.size === "number" ? entry.size : 0 });
  }
  return blobs;
}
function shrinkTree(data) {
  const { sha, truncated } = data ?? {};
  const tree = treeBlobs(data).filter((blob) => blob.path === DEFAULT_CONFIG_PATH || KEPT_IN_CACHE.test(blob.path)).map((blob) => ({ path: blob.path, type: "blob", sha: blob.sha, size: blob.size }));
  return { sha, truncated, tree };
}
function findConfig(blobs) {
  return blobs.find((blob) => blob.path === DEFAULT_CONFIG_PATH) ?? null;
}
function selectCards(blobs, policy) {
  const candidates = [];
  for (const blob of blobs) {
    if (!policySelects(policy, blob.path)) continue;
    const name = blob.path.slice(blob.path.lastIndexOf("/") + 1);
    if (policy.paths.length > 0) {
      if (KEPT_IN_CACHE.test(blob.path)) candidates.push({ ...blob, mustLookLikeCard: false });
    } else if (CARD_NAMES.includes(name)) candidates.push({ ...blob, mustLookLikeCard: false });
    else if (name === "README.md") candidates.push({ ...blob, mustLookLikeCard: true });
  }
  return candidates.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}

// src/org/types.ts
var ORG_REPORT_SCHEMA_VERSION = "1.0.0";

// src/org/blobs.ts
var BlobStore = class {
  constructor(octokit, cache) {
    this.octokit = octokit;
    this.cache = cache;
  }
  octokit;
  cache;
  pending = /* @__PURE__ */ new Map();
  /** A blob's decoded text (or why it cannot be used); GitHub errors are thrown. */
  read(owner, repo, sha) {
    const cached = this.cache?.blob(sha);
    if (cached && "text" in cached)
      return Promise.resolve({ ok: true, text: cached.text, warnings: cached.warnings ?? [] });
    if (cached && "unreadable" in cached) return Promise.resolve({ ok: false, reason: cached.unreadable });
    let text = this.pending.get(sha);
    if (!text) {
      text = this.fetch(owner, repo, sha);
      this.pending.set(sha, text);
      text.catch(() => this.pending.delete(sha));
    }
    return text;
  }
  /** Whether an earlier run found this blob, as a README, not to be a model card. */
  isKnownNotCard(sha) {
    const cached = this.cache?.blob(sha);
    return cached !== void 0 && "notCard" in cached;
  }
  /** Keeps only the verdict for a README that is not a model card. */
  markNotCard(sha) {
    this.cache?.setBlob(sha, { notCard: true });
  }
  async fetch(owner, repo, sha) {
    const { data } = await this.octokit.rest.git.getBlob({ owner, repo, file_sha: sha });
    const bytes = data.encoding === "base64" ? Buffer.from(data.content, "base64") : Buffer.from(data.content, "utf8");
    const source = decode(bytes);
    this.cache?.setBlob(
      sha,
      source.ok ? { text: source.text, ...source.warnings.length ? { warnings: source.warnings } : {} } : { unreadable: source.reason }
    );
    return source;
  }
};

// src/org/scan.ts
async function listRepositories(octokit, org) {
  const repositories = await octokit.paginate(octokit.rest.repos.listForOrg, { org, type: "all", per_page: 100 });
  return repositories.map((repository) => ({
    owner: repository.owner.login,
    name: repository.name,
    fullName: repository.full_name,
    htmlUrl: repository.html_url,
    defaultBranch: repository.default_branch || "HEAD",
    archived: repository.archived === true,
    fork: repository.fork,
    pushedAt: repository.pushed_at ?? null,
    hasIssues: repository.has_issues !== false,
    openIssues: repository.open_issues_count ?? 0
  }));
}
async function scanOrganisation(options, requests) {
  const all = await listRepositories(options.octokit, options.org).catch((error) => {
    const status = statusOf(error);
    const offline = networkFailure(error);
    const why = offline ? `GitHub could not be reached (${offline}); check the network connection, proxy or --api-url` : status === 404 ? "no such organisation, or the token cannot see it" : status === 401 ? "the token was refused (401)" : status ? `GitHub answered ${status}: ${messageOf(error)}` : messageOf(error);
    throw new Error(`cannot list the repositories of ${options.org}: ${why}`);
  });
  const selected = selectRepositories(all, options);
  const blobs = new BlobStore(options.octokit, options.cache);
  const limit = pLimit(Math.max(1, options.concurrency));
  let done = 0;
  options.onProgress?.(0, selected.length);
  const repositories = await Promise.all(
    selected.map(
      (repository) => limit(async () => {
        const result = await scanRepository(repository, options, blobs);
        options.onProgress?.(++done, selected.length);
        return result;
      })
    )
  );
  const report = buildOrgReport(
    options.org,
    repositories,
    options.ruleset,
    options.shard,
    options.now ?? /* @__PURE__ */ new Date(),
    requests,
    options.policy
  );
  return { report, listed: new Map(selected.map((repository) => [repository.fullName, repository])) };
}
var RepositoryError = class extends Error {
};
function describe(error, step) {
  if (error instanceof RepositoryError) return error;
  const status = statusOf(error);
  if (status === 404)
    return new RepositoryError(`${step}: not found (deleted or renamed during the scan, or the token cannot read it)`);
  if (status === 403) return new RepositoryError(`${step}: access denied (403): ${messageOf(error)}`);
  const offline = networkFailure(error);
  if (offline) return new RepositoryError(`${step}: GitHub could not be reached (${offline})`);
  if (status !== void 0) return new RepositoryError(`${step}: GitHub answered ${status}: ${messageOf(error)}`);
  return new RepositoryError(`${step}: ${messageOf(error)}`);
}
async function scanRepository(repository, options, blobs) {
  const result = {
    fullName: repository.fullName,
    defaultBranch: repository.defaultBranch,
    htmlUrl: repository.htmlUrl,
    status: "no-cards",
    configPath: null,
    files: []
  };
  try {
    const tree = await readTree(repository, options);
    if (tree === "empty") return result;
    if (tree.truncated)
      result.warnings = [
        "the tree has more entries than GitHub returns in one answer; cards beyond them were not found"
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
    result.status = result.files.length > 0 ? "checked" : "no-cards";
  } catch (error) {
    return { ...result, status: "failed", error: describe(error, "scan").message, files: [] };
  }
  return result;
}
async function readTree(repository, options) {
  const params = { owner: repository.owner, repo: repository.name, tree_sha: repository.defaultBranch, recursive: "1" };
  const fingerprint = `${repository.defaultBranch}@${repository.pushedAt}`;
  const { cache, octokit } = options;
  const known = repository.pushedAt ? cache?.treeFingerprint(repository.fullName) : void 0;
  if (known === `empty:${fingerprint}`) return "empty";
  if (known === fingerprint) {
    const cached = cache.response(cacheKeyFor(octokit, "GET /repos/{owner}/{repo}/git/trees/{tree_sha}", params));
    if (cached)
      return { blobs: treeBlobs(cached.data), truncated: cached.data.truncated === true };
  }
  let data;
  try {
    ({ data } = await octokit.rest.git.getTree(params));
  } catch (error) {
    if (statusOf(error) !== 409) throw describe(error, "reading its tree");
    cache?.setTreeFingerprint(repository.fullName, `empty:${fingerprint}`);
    return "empty";
  }
  cache?.setTreeFingerprint(repository.fullName, fingerprint);
  return { blobs: treeBlobs(data), truncated: data.truncated === true };
}
async function repositoryPolicy(repository, config, options, blobs) {
  if (config.size > options.maxBytes)
    throw new RepositoryError(`${config.path}: ${tooLarge(config.size, options.maxBytes)}`);
  const source = await blobs.read(repository.owner, repository.name, config.sha).catch((error) => {
    throw describe(error, `reading ${config.path}`);
  });
  if (!source.ok) throw new RepositoryError(`${config.path}: ${source.reason}`);
  const resolve = options.resolvePolicy ?? resolveRepoPolicy;
  try {
    return await resolve(
      { owner: repository.owner, repo: repository.name, ref: repository.defaultBranch, text: source.text },
      { base: options.policy, readRemote: options.readRemote, rules: options.ruleset.rules }
    );
  } catch (error) {
    throw new RepositoryError(messageOf(error));
  }
}
async function checkCandidate(repository, candidate, mustLookLikeCard, policy, options, blobs) {
  if (candidate.size > options.maxBytes)
    return unreadableFile(candidate.path, tooLarge(candidate.size, options.maxBytes), "file-skipped");
  if (mustLookLikeCard && blobs.isKnownNotCard(candidate.sha)) return null;
  const source = await blobs.read(repository.owner, repository.name, candidate.sha).catch((error) => {
    throw describe(error, `reading ${candidate.path}`);
  });
  if (!source.ok)
    return mustLookLikeCard ? null : unreadableFile(candidate.path, source.reason, source.skipped ? "file-skipped" : "card-unreadable");
  if (mustLookLikeCard && !looksLikeCardText(source.text)) {
    blobs.markNotCard(candidate.sha);
    return null;
  }
  let report;
  if (options.checker) {
    report = await options.checker.check(candidate.path, source.text, policy);
  } else {
    try {
      report = checkCard(candidate.path, source.text, options.ruleset, policy, options.now);
    } catch (error) {
      return unreadableFile(candidate.path, `internal error while checking: ${messageOf(error)}`, "internal-error");
    }
  }
  for (const warning of source.warnings)
    report.problems.push({ ruleId: "card-syntax", message: warning, line: 1, column: 1, severity: "warning" });
  const provenance = cardProvenance(Buffer.from(source.text, "utf8"));
  if (provenance.gitBlob === candidate.sha) report.provenance = provenance;
  return report;
}
function tooLarge(size, maxBytes) {
  return `file is ${formatBytes(size)}, above the ${formatBytes(maxBytes)} limit (--max-size); not checked`;
}
function formatBytes(bytes) {
  if (bytes < 1024) return `${bytes} bytes`;
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}
function buildOrgReport(org, repositories, ruleset, shard, now, requests, policy = EMPTY_POLICY) {
  const tool = { name: "ai-act-gate", version: VERSION };
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
      policyDigest: policyDigest(policy)
    }
  });
}
function summarizeRepositories(repositories) {
  const files = repositories.flatMap((repository) => repository.files);
  const counts = buildReport(files, 0).summary;
  return {
    repositories: repositories.length,
    checked: repositories.filter((repository) => repository.status === "checked").length,
    noCards: repositories.filter((repository) => repository.status === "no-cards").length,
    failed: repositories.filter((repository) => repository.status === "failed").length,
    cards: files.length,
    blocked: counts.blocked,
    errors: counts.errors,
    warnings: counts.warnings,
    gaps: counts.gaps
  };
}

export {
  useConditionalRequests,
  resolveRepoPolicy,
  loadOrgPolicy,
  parseShard,
  shrinkTree,
  ORG_REPORT_SCHEMA_VERSION,
  BlobStore,
  scanOrganisation,
  scanRepository,
  buildOrgReport,
  summarizeRepositories
};
