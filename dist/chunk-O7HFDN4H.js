import { createRequire as __aagCreateRequire } from 'node:module'; const require = __aagCreateRequire(import.meta.url);
import {
  CARD_NAMES,
  loadPolicyFile,
  looksLikeCardText,
  resolvePolicyText
} from "./chunk-45JWSINW.js";
import {
  ConfigError,
  DEFAULT_CONFIG_PATH,
  DEFAULT_MAX_BYTES,
  DEFAULT_TIME_BUDGET_MS,
  EMPTY_POLICY,
  VERSION,
  buildReport,
  checkCard,
  checkPolicyRuleIds,
  checkText,
  decode,
  internalError,
  isCloneable,
  outOfMemory,
  policySelects,
  timeBudget,
  timedOut,
  unreadableFile,
  workerHeap
} from "./chunk-WDRTL2HF.js";
import {
  RuleFileError,
  RuleLoadError,
  loadRuleset
} from "./chunk-PT6COOK5.js";
import {
  createOrgOctokit,
  messageOf
} from "./chunk-XO5KXNUX.js";
import {
  createRemoteConfigReader
} from "./chunk-NFOFGWX2.js";
import {
  statusOf
} from "./chunk-QRXL53OW.js";
import {
  pluralise
} from "./chunk-2X2G7XLD.js";
import {
  toMarkdown
} from "./chunk-VBN7N4WP.js";
import {
  TEXT_LIMITS,
  cardCode,
  cardText,
  plain
} from "./chunk-5IUU5J2Y.js";

// src/org-cli.ts
import { parseArgs } from "node:util";
import { readFile as readFile2, writeFile as writeFile2 } from "node:fs/promises";
import { resolve } from "node:path";

// src/card-checker.ts
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
var CardChecker = class {
  constructor(options) {
    this.options = options;
    this.budget = timeBudget(options.timeBudgetMs ?? DEFAULT_TIME_BUDGET_MS);
    this.workerFile = options.workerFile ?? new URL("./worker.js", import.meta.url);
  }
  options;
  budget;
  workerFile;
  running = null;
  queue = Promise.resolve();
  next = 0;
  /** One card's report; cards are checked in the order asked. */
  check(path, text, policy) {
    if (this.budget === null || !existsSync(fileURLToPath(this.workerFile)))
      return Promise.resolve(checkText(path, text, this.options.ruleset, policy, this.options.now));
    const result = this.queue.then(() => this.checkInWorker(path, text, policy));
    this.queue = result.catch(() => void 0);
    return result;
  }
  /** Stops the worker; the checker can still be used (a new one starts). */
  async close() {
    await this.queue;
    const running = this.running;
    this.running = null;
    await running?.worker.terminate();
  }
  start(heap) {
    const { ruleset } = this.options;
    const setup = {
      cwd: ".",
      maxBytes: 0,
      rulesDirectory: ruleset.directory,
      extraRuleDirectories: ruleset.extraDirectories
    };
    if (isCloneable(ruleset)) setup.ruleset = ruleset;
    const worker = new Worker(this.workerFile, { workerData: setup, resourceLimits: heap });
    worker.unref();
    const running = { worker, heap, ready: Promise.resolve() };
    running.ready = new Promise((resolve2, reject) => {
      worker.once(
        "message",
        (reply) => reply.type === "ready" ? resolve2() : reject(new Error("the worker answered before it was ready"))
      );
      worker.once(
        "exit",
        (code) => reject(new Error(running.lastError ?? `the worker thread stopped (exit code ${code})`))
      );
    });
    worker.on("error", (error) => {
      running.lastError = error.message;
      running.outOfMemory = error.code === "ERR_WORKER_OUT_OF_MEMORY";
    });
    worker.on("exit", () => {
      if (this.running === running) this.running = null;
      running.onExit?.(
        (path) => running.outOfMemory ? outOfMemory(path, running.heap) : internalError(path, running.lastError ?? "worker thread stopped")
      );
    });
    return running;
  }
  async checkInWorker(path, text, policy) {
    const heap = workerHeap(Buffer.byteLength(text));
    if (this.running && this.running.heap.maxOldGenerationSizeMb < heap.maxOldGenerationSizeMb) {
      void this.running.worker.terminate().catch(() => void 0);
      this.running = null;
    }
    const running = this.running ??= this.start(heap);
    try {
      await running.ready;
    } catch {
      this.running = null;
      return checkText(path, text, this.options.ruleset, policy, this.options.now);
    }
    const index = this.next++;
    return new Promise((resolve2) => {
      const settle = (report) => {
        clearTimeout(timer);
        running.worker.off("message", onMessage);
        running.onExit = void 0;
        resolve2(report);
      };
      const onMessage = (reply) => {
        if (reply.type === "report" && reply.index === index) settle(reply.report);
      };
      const timer = setTimeout(() => {
        if (this.running === running) this.running = null;
        running.onExit = void 0;
        void running.worker.terminate().catch(() => void 0);
        settle(timedOut(path, this.budget ?? 0));
      }, this.budget ?? 0);
      running.onExit = (report) => settle(report(path));
      running.worker.on("message", onMessage);
      running.worker.postMessage({
        files: [{ index, path, text, policy, now: this.options.now?.getTime() }]
      });
    });
  }
};

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

// src/org/run-cache.ts
import { readFile, rename, writeFile } from "node:fs/promises";
var CACHE_VERSION = 1;
var RunCache = class _RunCache {
  responses;
  blobs;
  trees;
  used = { responses: /* @__PURE__ */ new Set(), blobs: /* @__PURE__ */ new Set(), trees: /* @__PURE__ */ new Set() };
  constructor(file = {}) {
    this.responses = new Map(Object.entries(file.responses ?? {}));
    this.blobs = new Map(Object.entries(file.blobs ?? {}));
    this.trees = new Map(Object.entries(file.trees ?? {}));
  }
  /** The cache in `path`, or an empty one when there is none yet or it is unusable (with a warning). */
  static async load(path, warn) {
    let text;
    try {
      text = await readFile(path, "utf8");
    } catch (error) {
      if (error.code !== "ENOENT")
        warn(`cannot read the cache ${path} (${error.message}); starting without it`);
      return new _RunCache();
    }
    try {
      const file = JSON.parse(text);
      if (file?.version !== CACHE_VERSION || typeof file.responses !== "object" || typeof file.blobs !== "object" || typeof file.trees !== "object") {
        throw new Error(`not an ai-act-gate org-scan cache (version ${CACHE_VERSION})`);
      }
      return new _RunCache(file);
    } catch (error) {
      warn(`ignoring the cache ${path}: ${error.message}`);
      return new _RunCache();
    }
  }
  response(key) {
    const found = this.responses.get(key);
    if (found) this.used.responses.add(key);
    return found;
  }
  setResponse(key, value) {
    this.responses.set(key, value);
    this.used.responses.add(key);
  }
  blob(sha) {
    const found = this.blobs.get(sha);
    if (found) this.used.blobs.add(sha);
    return found;
  }
  setBlob(sha, value) {
    this.blobs.set(sha, value);
    this.used.blobs.add(sha);
  }
  treeFingerprint(fullName) {
    const found = this.trees.get(fullName);
    if (found !== void 0) this.used.trees.add(fullName);
    return found;
  }
  setTreeFingerprint(fullName, fingerprint) {
    this.trees.set(fullName, fingerprint);
    this.used.trees.add(fullName);
  }
  /** What this run used, as the file's JSON. */
  toJSON() {
    const pick = (map, keys) => Object.fromEntries(
      [...keys].filter((key) => map.has(key)).sort().map((key) => [key, map.get(key)])
    );
    return {
      version: CACHE_VERSION,
      responses: pick(this.responses, this.used.responses),
      blobs: pick(this.blobs, this.used.blobs),
      trees: pick(this.trees, this.used.trees)
    };
  }
  /** Writes atomically: a run stopped half-way leaves the previous cache intact. */
  async save(path) {
    const partial = `${path}.${process.pid}.partial`;
    await writeFile(partial, JSON.stringify(this));
    await rename(partial, path);
  }
};

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

// node_modules/yocto-queue/index.js
var Node = class {
  value;
  next;
  constructor(value) {
    this.value = value;
  }
};
var Queue = class {
  #head;
  #tail;
  #size;
  constructor() {
    this.clear();
  }
  enqueue(value) {
    const node = new Node(value);
    if (this.#head) {
      this.#tail.next = node;
      this.#tail = node;
    } else {
      this.#head = node;
      this.#tail = node;
    }
    this.#size++;
  }
  dequeue() {
    const current = this.#head;
    if (!current) {
      return;
    }
    this.#head = this.#head.next;
    this.#size--;
    if (!this.#head) {
      this.#tail = void 0;
    }
    return current.value;
  }
  peek() {
    if (!this.#head) {
      return;
    }
    return this.#head.value;
  }
  clear() {
    this.#head = void 0;
    this.#tail = void 0;
    this.#size = 0;
  }
  get size() {
    return this.#size;
  }
  *[Symbol.iterator]() {
    let current = this.#head;
    while (current) {
      yield current.value;
      current = current.next;
    }
  }
  *drain() {
    while (this.#head) {
      yield this.dequeue();
    }
  }
};

// node_modules/p-limit/index.js
function pLimit(concurrency) {
  let rejectOnClear = false;
  if (typeof concurrency === "object") {
    ({ concurrency, rejectOnClear = false } = concurrency);
  }
  validateConcurrency(concurrency);
  if (typeof rejectOnClear !== "boolean") {
    throw new TypeError("Expected `rejectOnClear` to be a boolean");
  }
  const queue = new Queue();
  let activeCount = 0;
  const resumeNext = () => {
    if (activeCount < concurrency && queue.size > 0) {
      activeCount++;
      queue.dequeue().run();
    }
  };
  const next = () => {
    activeCount--;
    resumeNext();
  };
  const run2 = async (function_, resolve2, arguments_) => {
    const result = (async () => function_(...arguments_))();
    resolve2(result);
    try {
      await result;
    } catch {
    }
    next();
  };
  const enqueue = (function_, resolve2, reject, arguments_) => {
    const queueItem = { reject };
    new Promise((internalResolve) => {
      queueItem.run = internalResolve;
      queue.enqueue(queueItem);
    }).then(run2.bind(void 0, function_, resolve2, arguments_));
    if (activeCount < concurrency) {
      resumeNext();
    }
  };
  const generator = (function_, ...arguments_) => new Promise((resolve2, reject) => {
    enqueue(function_, resolve2, reject, arguments_);
  });
  Object.defineProperties(generator, {
    activeCount: {
      get: () => activeCount
    },
    pendingCount: {
      get: () => queue.size
    },
    clearQueue: {
      value() {
        if (!rejectOnClear) {
          queue.clear();
          return;
        }
        const abortError = AbortSignal.abort().reason;
        while (queue.size > 0) {
          queue.dequeue().reject(abortError);
        }
      }
    },
    concurrency: {
      get: () => concurrency,
      set(newConcurrency) {
        validateConcurrency(newConcurrency);
        concurrency = newConcurrency;
        queueMicrotask(() => {
          while (activeCount < concurrency && queue.size > 0) {
            resumeNext();
          }
        });
      }
    },
    map: {
      async value(iterable, function_) {
        const promises = [];
        try {
          Array.from(iterable, (value, index) => {
            const promise = generator(function_, value, index);
            promises.push(promise);
            return promise;
          });
        } catch (error) {
          for (const promise of promises) {
            promise.catch(() => {
            });
          }
          throw error;
        }
        return Promise.all(promises);
      }
    }
  });
  return generator;
}
function validateConcurrency(concurrency) {
  if (!((Number.isInteger(concurrency) || concurrency === Number.POSITIVE_INFINITY) && concurrency > 0)) {
    throw new TypeError("Expected `concurrency` to be a number from 1 and up");
  }
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
    const why = status === 404 ? "no such organisation, or the token cannot see it" : status === 401 ? "the token was refused (401)" : status ? `GitHub answered ${status}: ${messageOf(error)}` : messageOf(error);
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
    requests
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
  const resolve2 = options.resolvePolicy ?? resolveRepoPolicy;
  try {
    return await resolve2(
      { owner: repository.owner, repo: repository.name, ref: repository.defaultBranch, text: source.text },
      { base: options.policy, readRemote: options.readRemote, rules: options.ruleset.rules }
    );
  } catch (error) {
    throw new RepositoryError(messageOf(error));
  }
}
async function checkCandidate(repository, candidate, mustLookLikeCard, policy, options, blobs) {
  if (candidate.size > options.maxBytes)
    return unreadableFile(candidate.path, tooLarge(candidate.size, options.maxBytes));
  if (mustLookLikeCard && blobs.isKnownNotCard(candidate.sha)) return null;
  const source = await blobs.read(repository.owner, repository.name, candidate.sha).catch((error) => {
    throw describe(error, `reading ${candidate.path}`);
  });
  if (!source.ok) return mustLookLikeCard ? null : unreadableFile(candidate.path, source.reason);
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
      return unreadableFile(candidate.path, `internal error while checking: ${messageOf(error)}`);
    }
  }
  for (const warning of source.warnings)
    report.problems.push({ message: warning, line: 1, column: 1, severity: "warning" });
  return report;
}
function tooLarge(size, maxBytes) {
  return `file is ${formatBytes(size)}, above the ${formatBytes(maxBytes)} limit (--max-size); not checked`;
}
function formatBytes(bytes) {
  if (bytes < 1024) return `${bytes} bytes`;
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}
function buildOrgReport(org, repositories, ruleset, shard, now, requests) {
  return {
    schemaVersion: ORG_REPORT_SCHEMA_VERSION,
    tool: { name: "ai-act-gate", version: VERSION },
    org,
    generatedAt: now.toISOString(),
    shard,
    ruleIds: ruleset.rules.map((rule) => rule.id),
    repositories,
    summary: summarizeRepositories(repositories),
    // So far; the CLI counts again after the tracking issues.
    requests: { total: requests.total, notModified: requests.notModified }
  };
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
    warnings: counts.warnings
  };
}

// src/org/tracking-issue.ts
var TRACKING_LABEL = "ai-act-gate";
var TRACKING_MARKER = "<!-- ai-act-gate:tracking-issue -->";
var MAX_CARDS = 50;
var MAX_REASONS = 8;
function isTrackingIssue(body) {
  return (body ?? "").replace(/^\uFEFF/, "").split("\n", 1)[0].replace(/\r$/, "").trim() === TRACKING_MARKER;
}
function renderTrackingIssue(repository) {
  const blocked = repository.files.filter((file) => file.gate.blocked);
  const title = `ai-act-gate: release blocked for ${pluralise(blocked.length, "model card")}`;
  const items = blocked.slice(0, MAX_CARDS).map((file) => {
    const reasons = file.gate.reasons.slice(0, MAX_REASONS).map((reason) => ({
      type: "listItem",
      spread: false,
      children: [{ type: "paragraph", children: [cardText(reason, TEXT_LIMITS.reason)] }]
    }));
    if (file.gate.reasons.length > MAX_REASONS)
      reasons.push(item(`\u2026 and ${file.gate.reasons.length - MAX_REASONS} more`));
    const children = [
      {
        type: "paragraph",
        children: [cardCode(file.path, TEXT_LIMITS.path), plain(" (tier "), cardCode(file.tier.id), plain(")")]
      }
    ];
    if (reasons.length) children.push({ type: "list", ordered: false, spread: false, children: reasons });
    return { type: "listItem", spread: false, children };
  });
  if (blocked.length > MAX_CARDS) items.push(item(`\u2026 and ${blocked.length - MAX_CARDS} more blocked cards`));
  const list = { type: "list", ordered: false, spread: false, children: items };
  const content = [
    { type: "html", value: TRACKING_MARKER },
    {
      type: "paragraph",
      children: [
        plain(
          `The EU AI Act documentation gate blocks the release of ${pluralise(blocked.length, "model card")} on the default branch (`
        ),
        cardCode(repository.defaultBranch),
        plain("):")
      ]
    },
    list,
    {
      type: "paragraph",
      children: [
        plain(
          "Each card must document what its tier requires. This issue is kept up to date by `ai-act-gate org-scan --tracking-issues` and closed once no card is blocked."
        )
      ]
    }
  ];
  return { title, body: toMarkdown({ type: "root", children: content }) };
}
function item(text) {
  return { type: "listItem", spread: false, children: [{ type: "paragraph", children: [plain(text)] }] };
}

// src/org/tracking-issues.ts
async function syncTrackingIssues(octokit, report, listed, options) {
  const result = { created: 0, updated: 0, closed: 0, unchanged: 0, failed: 0 };
  const limit = pLimit(Math.max(1, options.concurrency));
  await Promise.all(
    report.repositories.map(
      (repository) => limit(async () => {
        const listing = listed.get(repository.fullName);
        if (!listing || repository.status === "failed") return;
        const blocked = repository.files.some((file) => file.gate.blocked);
        if (!blocked && listing.openIssues === 0) return;
        if (blocked && !listing.hasIssues) {
          options.log.warning(
            `${repository.fullName}: issues are turned off; no tracking issue for its release blockers`
          );
          return;
        }
        try {
          await syncOne(octokit, listing, blocked ? renderTrackingIssue(repository) : null, result);
        } catch (error) {
          result.failed++;
          options.log.warning(`${repository.fullName}: could not update its tracking issue: ${messageOf(error)}`);
        }
      })
    )
  );
  return result;
}
async function syncOne(octokit, listing, wanted, result) {
  const repo = { owner: listing.owner, repo: listing.name };
  const open = await octokit.paginate(octokit.rest.issues.listForRepo, {
    ...repo,
    labels: TRACKING_LABEL,
    state: "open",
    per_page: 100
  });
  const ours = open.filter((issue) => !issue.pull_request && isTrackingIssue(issue.body)).sort((a, b) => a.number - b.number);
  if (!wanted) {
    for (const issue of ours) {
      await octokit.rest.issues.update({
        ...repo,
        issue_number: issue.number,
        state: "closed",
        state_reason: "completed"
      });
      result.closed++;
    }
    return;
  }
  const [kept, ...duplicates] = ours;
  if (!kept) {
    await octokit.rest.issues.create({ ...repo, title: wanted.title, body: wanted.body, labels: [TRACKING_LABEL] });
    result.created++;
  } else if (kept.title !== wanted.title || kept.body !== wanted.body) {
    await octokit.rest.issues.update({ ...repo, issue_number: kept.number, title: wanted.title, body: wanted.body });
    result.updated++;
  } else result.unchanged++;
  for (const issue of duplicates) {
    await octokit.rest.issues.update({
      ...repo,
      issue_number: issue.number,
      state: "closed",
      state_reason: "duplicate"
    });
    result.closed++;
  }
}

// src/org/progress.ts
var MIN_INTERVAL_MS = 100;
function createProgress(write, enabled, label) {
  if (!enabled) return { update: () => {
  }, end: () => {
  } };
  let last = 0;
  let shown = false;
  return {
    update(done, total) {
      const now = Date.now();
      if (done < total && now - last < MIN_INTERVAL_MS) return;
      last = now;
      shown = true;
      const width = 24;
      const filled = total === 0 ? width : Math.round(done / total * width);
      write(`\r\x1B[2K${label} [${"#".repeat(filled)}${"-".repeat(width - filled)}] ${done}/${total} repositories`);
    },
    end() {
      if (shown) write("\r\x1B[2K");
    }
  };
}

// src/org/merge-reports.ts
var MergeError = class extends Error {
};
var STATUSES = /* @__PURE__ */ new Set(["checked", "no-cards", "failed"]);
var majorOf = (version) => version.split(".")[0];
var byFullName = (a, b) => a.fullName < b.fullName ? -1 : a.fullName > b.fullName ? 1 : 0;
var isObject = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
function mergeOrgReports(inputs, options = {}) {
  if (inputs.length === 0) throw new MergeError("no reports to merge");
  const twice = inputs.find((input, position) => inputs.findIndex((other) => other.name === input.name) !== position);
  if (twice) throw new MergeError(`${twice.name} is given twice`);
  const reports = inputs.map((input) => ({ name: input.name, report: asOrgReport(input) }));
  const [first] = reports;
  const warnings = [];
  for (const { name, report: report2 } of reports) {
    if (report2.schemaVersion !== first.report.schemaVersion) {
      throw new MergeError(
        `${name} has report schema ${report2.schemaVersion}, ${first.name} has ${first.report.schemaVersion}: merge reports written by the same version of ai-act-gate`
      );
    }
  }
  const org = options.org ?? first.report.org;
  for (const { name, report: report2 } of reports) {
    if (report2.org.toLowerCase() !== org.toLowerCase()) {
      throw new MergeError(
        options.org ? `${name} is a report of "${report2.org}", not of "${options.org}"` : `${name} is a report of "${report2.org}" but ${first.name} of "${first.report.org}": merge the reports of one organisation`
      );
    }
  }
  const seen = /* @__PURE__ */ new Map();
  const repositories = [];
  for (const { name, report: report2 } of reports) {
    for (const repository of report2.repositories) {
      const key = repository.fullName.toLowerCase();
      const earlier = seen.get(key);
      if (earlier !== void 0) {
        throw new MergeError(
          earlier === name ? `${name} lists ${repository.fullName} twice` : `${repository.fullName} is in both ${earlier} and ${name}: the shards overlap (were they split with different counts, or is one report given twice?)`
        );
      }
      seen.set(key, name);
      repositories.push(repository);
    }
  }
  repositories.sort(byFullName);
  warnings.push(...checkShards(reports));
  const versions = new Set(reports.map(({ report: report2 }) => report2.tool.version));
  if (versions.size > 1)
    warnings.push(`the reports were written by different versions of ai-act-gate (${[...versions].join(", ")})`);
  const ruleIds = [...new Set(reports.flatMap(({ report: report2 }) => report2.ruleIds))];
  const firstRules = new Set(first.report.ruleIds);
  for (const { name, report: report2 } of reports) {
    if (report2.ruleIds.length !== firstRules.size || report2.ruleIds.some((id) => !firstRules.has(id))) {
      warnings.push(
        `${name} checks other rules than ${first.name} (${report2.ruleIds.length} and ${firstRules.size}): the merged report shows all of them`
      );
    }
  }
  const newest = reports.reduce(
    (best, current) => Date.parse(current.report.generatedAt) > Date.parse(best.report.generatedAt) ? current : best
  );
  const report = {
    schemaVersion: ORG_REPORT_SCHEMA_VERSION,
    tool: { ...newest.report.tool },
    org: first.report.org,
    generatedAt: newest.report.generatedAt,
    shard: null,
    ruleIds,
    repositories,
    summary: summarizeRepositories(repositories),
    requests: {
      total: reports.reduce((sum, { report: report2 }) => sum + report2.requests.total, 0),
      notModified: reports.reduce((sum, { report: report2 }) => sum + report2.requests.notModified, 0)
    }
  };
  return { report, warnings };
}
function checkShards(reports) {
  const sharded = reports.filter(({ report }) => report.shard !== null);
  if (sharded.length === 0) return [];
  if (sharded.length < reports.length) {
    const whole = reports.find(({ report }) => report.shard === null);
    return [`${whole.name} is not a shard but ${sharded[0].name} is: cannot tell whether shards are missing`];
  }
  const counts = new Set(sharded.map(({ report }) => report.shard.count));
  if (counts.size > 1)
    return [
      `the reports are shards of different splits (${[...counts].map((count2) => `of ${count2}`).join(", ")}): cannot tell whether shards are missing`
    ];
  const count = sharded[0].report.shard.count;
  const byIndex = /* @__PURE__ */ new Map();
  for (const { name, report } of sharded) {
    const earlier = byIndex.get(report.shard.index);
    if (earlier !== void 0)
      throw new MergeError(`${earlier} and ${name} are both shard ${report.shard.index}/${count}`);
    byIndex.set(report.shard.index, name);
  }
  const missing = Array.from({ length: count }, (_, position) => position + 1).filter((index) => !byIndex.has(index));
  if (missing.length === 0) return [];
  return [
    `shard${missing.length > 1 ? "s" : ""} ${missing.map((index) => `${index}/${count}`).join(", ")} missing: the merged report covers ${count - missing.length} of ${count} shards, so the repositories of the missing ones are not in it`
  ];
}
function asOrgReport({ name, report }) {
  const fail = (why) => {
    throw new MergeError(`${name}: not an org-scan JSON report (schema ${ORG_REPORT_SCHEMA_VERSION}): ${why}`);
  };
  if (!isObject(report)) return fail("not a JSON object");
  const { schemaVersion, org, generatedAt, shard, ruleIds, repositories, tool, requests } = report;
  if (typeof schemaVersion !== "string") return fail("no schemaVersion");
  if (majorOf(schemaVersion) !== majorOf(ORG_REPORT_SCHEMA_VERSION)) {
    throw new MergeError(
      `${name} has report schema ${schemaVersion}; this version of ai-act-gate merges schema ${majorOf(ORG_REPORT_SCHEMA_VERSION)}.x`
    );
  }
  if (typeof org !== "string" || org === "") return fail("no org");
  if (typeof generatedAt !== "string" || Number.isNaN(Date.parse(generatedAt)))
    return fail("generatedAt is not a time");
  if (shard !== null) {
    if (!isObject(shard) || !Number.isInteger(shard.index) || !Number.isInteger(shard.count) || shard.index < 1 || shard.index > shard.count) {
      return fail("shard is neither null nor {index, count} with 1 \u2264 index \u2264 count");
    }
  }
  if (!Array.isArray(ruleIds) || !ruleIds.every((id) => typeof id === "string"))
    return fail("ruleIds is not a list of rule ids");
  if (!Array.isArray(repositories)) return fail("no repositories list");
  repositories.forEach((repository, position) => {
    const where = `repositories[${position}]`;
    if (!isObject(repository) || typeof repository.fullName !== "string" || !repository.fullName.includes("/"))
      return fail(`${where} has no fullName`);
    if (typeof repository.status !== "string" || !STATUSES.has(repository.status))
      return fail(`${where} (${repository.fullName}) has no valid status`);
    if (!Array.isArray(repository.files)) return fail(`${where} (${repository.fullName}) has no files list`);
    repository.files.forEach((file, index) => {
      if (!isObject(file) || typeof file.path !== "string" || !Array.isArray(file.rules) || !Array.isArray(file.problems) || !isObject(file.gate)) {
        fail(`${where}.files[${index}] (${repository.fullName}) is not a card report`);
      }
    });
  });
  const count = (value) => typeof value === "number" && Number.isFinite(value) && value >= 0 ? value : 0;
  return {
    ...report,
    tool: isObject(tool) && typeof tool.name === "string" && typeof tool.version === "string" ? { name: tool.name, version: tool.version } : { name: "ai-act-gate", version: "unknown" },
    requests: isObject(requests) ? { total: count(requests.total), notModified: count(requests.notModified) } : { total: 0, notModified: 0 }
  };
}

// src/org-cli.ts
var FORMATS = ["json", "markdown", "html"];
var DEFAULT_CONCURRENCY = 4;
var MAX_CONCURRENCY = 32;
var HELP = `ai-act-gate ${VERSION}: check the model cards of every repository of a GitHub organisation

Usage: ai-act-gate org-scan --org NAME [options]
       ai-act-gate org-scan --merge REPORT.json\u2026 [--format F] [--output FILE] [--previous OLD.json]

Reads each repository's default branch through the API (one tree request, then the cards
and .github/ai-act-gate.yml by blob), checks the cards under the org policy merged with each
repository's own config, and writes one report.

Options:
      --org <name>                    the organisation (required, except with --merge)
      --token <token>                 GitHub token (default: $GITHUB_TOKEN, then $GH_TOKEN)
      --api-url <url>                 REST API root (default: $GITHUB_API_URL, or https://api.github.com)
  -c, --config <file>                 the organisation's policy file; each repository's own config applies on top
  -f, --format <${FORMATS.join("|")}>       output format (default: json)
  -o, --output <file>                 write the report to a file instead of stdout
      --previous <old.json>           an earlier org-scan JSON report: show what changed since
      --cache <file>                  keep ETags and blobs here between runs (conditional requests)
      --shard <i/n>                   scan the i-th of n stable parts of the organisation (1-based)
      --concurrency <n>               repositories scanned at once (default: ${DEFAULT_CONCURRENCY})
      --include-archived              also scan archived repositories
      --include-forks                 also scan forks
      --tracking-issues               open, update or close one "ai-act-gate" issue per repository with release blockers
      --rules <dir>                   use the rules in this folder instead of the bundled ones
      --max-size <bytes>              report larger files instead of reading them (default: ${DEFAULT_MAX_BYTES})
      --time-budget <seconds>         skip a card whose check takes longer (default: ${DEFAULT_TIME_BUDGET_MS / 1e3}; 0: no limit)
      --merge <report.json>\u2026          combine the JSON reports of --shard runs into one report (no API access;
                                      with --format, --output, --previous, and --org to check the organisation)
  -h, --help                          show this help

Exit codes: 0 scanned and nothing blocked; 1 a release blocked or a repository that could not
be scanned; 2 usage, configuration or API error, or reports that cannot be merged.
`;
var UsageError = class extends Error {
};
async function runOrgScanCli(argv, io, dependencies = {}) {
  try {
    return await run(argv[0] === "org-scan" ? argv.slice(1) : argv, io, dependencies);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`ai-act-gate org-scan: ${error.message}
Run "ai-act-gate org-scan --help" for usage.
`);
      return 2;
    }
    const known = error instanceof ConfigError || error instanceof RuleLoadError || error instanceof RuleFileError || error instanceof MergeError;
    io.stderr(`ai-act-gate org-scan: ${known ? error.message : messageOf(error)}
`);
    return 2;
  }
}
var SCAN_ONLY = [
  "token",
  "api-url",
  "config",
  "cache",
  "shard",
  "concurrency",
  "include-archived",
  "include-forks",
  "tracking-issues",
  "rules",
  "max-size",
  "time-budget"
];
function parseSettings(argv, env) {
  let values;
  let positionals;
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        org: { type: "string" },
        token: { type: "string" },
        "api-url": { type: "string" },
        config: { type: "string", short: "c" },
        format: { type: "string", short: "f", default: "json" },
        output: { type: "string", short: "o" },
        previous: { type: "string" },
        cache: { type: "string" },
        shard: { type: "string" },
        concurrency: { type: "string" },
        "include-archived": { type: "boolean", default: false },
        "include-forks": { type: "boolean", default: false },
        "tracking-issues": { type: "boolean", default: false },
        rules: { type: "string" },
        "max-size": { type: "string" },
        "time-budget": { type: "string" },
        merge: { type: "boolean", default: false },
        help: { type: "boolean", short: "h" }
      }
    }));
  } catch (error) {
    throw new UsageError(error.message);
  }
  if (values.help) return "help";
  const org = values.org;
  if (org && !/^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/.test(org))
    throw new UsageError(`--org "${org}" is not a GitHub organisation name`);
  const format = values.format;
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be ${FORMATS.join(", ")}, not "${values.format}"`);
  if (values.merge) {
    const scanOnly = SCAN_ONLY.find((name) => values[name] !== void 0 && values[name] !== false);
    if (scanOnly) throw new UsageError(`--${scanOnly} is for scanning; --merge only combines reports`);
    if (positionals.length === 0) throw new UsageError("--merge needs the JSON reports to merge");
    return { files: positionals, org, format, output: values.output, previous: values.previous };
  }
  if (positionals.length > 0)
    throw new UsageError(`unexpected argument "${positionals[0]}" (only --merge takes files)`);
  if (!org) throw new UsageError("--org is required");
  const token = values.token || env.GITHUB_TOKEN || env.GH_TOKEN;
  if (!token) throw new UsageError("a GitHub token is needed: set GITHUB_TOKEN (or GH_TOKEN), or pass --token");
  const baseUrl = values["api-url"] || env.GITHUB_API_URL || void 0;
  if (baseUrl !== void 0 && !/^https?:\/\/[^\s/]+/i.test(baseUrl))
    throw new UsageError(`--api-url must be an http(s) URL, not "${baseUrl}"`);
  let shard = null;
  if (values.shard !== void 0) {
    const parsed = parseShard(values.shard);
    if (typeof parsed === "string") throw new UsageError(parsed);
    shard = parsed;
  }
  const concurrency = values.concurrency === void 0 ? DEFAULT_CONCURRENCY : Number(values.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > MAX_CONCURRENCY) {
    throw new UsageError(
      `--concurrency must be a whole number from 1 to ${MAX_CONCURRENCY}, not "${values.concurrency}"`
    );
  }
  const maxBytes = values["max-size"] === void 0 ? DEFAULT_MAX_BYTES : Number(values["max-size"]);
  if (!Number.isFinite(maxBytes) || maxBytes <= 0)
    throw new UsageError(`--max-size must be a positive number of bytes, not "${values["max-size"]}"`);
  const timeBudgetSeconds = values["time-budget"] === void 0 ? DEFAULT_TIME_BUDGET_MS / 1e3 : Number(values["time-budget"]);
  if (!Number.isFinite(timeBudgetSeconds) || timeBudgetSeconds < 0)
    throw new UsageError(`--time-budget must be a number of seconds (0: no limit), not "${values["time-budget"]}"`);
  return {
    org,
    token,
    baseUrl,
    format,
    output: values.output,
    config: values.config,
    previous: values.previous,
    cache: values.cache,
    shard,
    concurrency,
    includeArchived: values["include-archived"] === true,
    includeForks: values["include-forks"] === true,
    trackingIssues: values["tracking-issues"] === true,
    rules: values.rules,
    maxBytes,
    timeBudgetMs: timeBudgetSeconds * 1e3
  };
}
async function run(argv, io, dependencies) {
  const settings = parseSettings(argv, dependencies.env ?? process.env);
  if (settings === "help") {
    io.stdout(HELP);
    return 0;
  }
  if ("files" in settings) return runMerge(settings, io);
  const showProgress = dependencies.stderrIsTTY ?? process.stderr.isTTY === true;
  const clear = showProgress ? "\r\x1B[2K" : "";
  const log = {
    info: () => {
    },
    warning: (message) => io.stderr(`${clear}ai-act-gate org-scan: warning: ${message}
`)
  };
  const previous = settings.previous ? await readPrevious(resolve(io.cwd, settings.previous), settings.org) : void 0;
  const { octokit, requests } = createOrgOctokit({
    token: settings.token,
    baseUrl: settings.baseUrl,
    log,
    fetch: dependencies.fetch,
    retryAfterBaseValue: dependencies.retryAfterBaseValue,
    throttleId: dependencies.throttleId
  });
  const cachePath = settings.cache ? resolve(io.cwd, settings.cache) : null;
  const cache = cachePath ? await RunCache.load(cachePath, log.warning) : null;
  if (cache)
    useConditionalRequests(
      octokit,
      cache,
      (url, data) => new URL(url).pathname.includes("/git/trees/") ? shrinkTree(data) : data
    );
  const readRemote = createRemoteConfigReader(octokit);
  const policy = settings.config ? await loadOrgPolicy(resolve(io.cwd, settings.config), { readRemote, root: io.cwd }) : EMPTY_POLICY;
  const ruleset = loadRuleset(settings.rules ? resolve(io.cwd, settings.rules) : void 0, policy.ruleFolders);
  checkPolicyRuleIds(policy, ruleset.rules);
  const progress = createProgress(io.stderr, showProgress, `org-scan ${settings.org}`);
  const checker = new CardChecker({ ruleset, timeBudgetMs: settings.timeBudgetMs, now: dependencies.now?.() });
  let scan;
  try {
    scan = await scanOrganisation(
      {
        org: settings.org,
        octokit,
        ruleset,
        policy,
        readRemote,
        cache,
        concurrency: settings.concurrency,
        maxBytes: settings.maxBytes,
        includeArchived: settings.includeArchived,
        includeForks: settings.includeForks,
        shard: settings.shard,
        onProgress: (done, total) => progress.update(done, total),
        now: dependencies.now?.(),
        checker
      },
      requests
    );
  } finally {
    progress.end();
    await checker.close();
  }
  const { report } = scan;
  if (settings.trackingIssues) {
    const issues = await syncTrackingIssues(octokit, report, scan.listed, { concurrency: settings.concurrency, log });
    io.stderr(
      `tracking issues: ${issues.created} created, ${issues.updated} updated, ${issues.closed} closed, ${issues.unchanged} unchanged${issues.failed ? `, ${issues.failed} failed` : ""}
`
    );
  }
  report.requests = { total: requests.total, notModified: requests.notModified };
  if (cache && cachePath) await cache.save(cachePath);
  return finish(
    report,
    settings,
    previous,
    `org-scan ${settings.org}${settings.shard ? ` (shard ${settings.shard.index}/${settings.shard.count})` : ""}`,
    io
  );
}
async function finish(report, settings, previous, label, io) {
  const rendered = await render(report, settings.format, previous);
  if (settings.output) await writeFile2(resolve(io.cwd, settings.output), rendered);
  else io.stdout(rendered);
  const { summary } = report;
  io.stderr(
    `${label}: ${summary.repositories} repositories, ${summary.checked} with cards, ${summary.failed} failed; ${summary.cards} cards, ${summary.blocked} blocked; ${report.requests.total} API requests (${report.requests.notModified} not modified)
`
  );
  return summary.failed > 0 || summary.blocked > 0 ? 1 : 0;
}
async function runMerge(settings, io) {
  const inputs = await Promise.all(settings.files.map((file) => readMergeInput(file, io.cwd)));
  const { report, warnings } = mergeOrgReports(inputs, { org: settings.org });
  for (const warning of warnings) io.stderr(`ai-act-gate org-scan: warning: ${warning}
`);
  const previous = settings.previous ? await readPrevious(resolve(io.cwd, settings.previous), report.org) : void 0;
  return finish(report, settings, previous, `org-scan ${report.org} (${inputs.length} reports merged)`, io);
}
async function readMergeInput(file, cwd) {
  try {
    return { name: file, report: JSON.parse(await readFile2(resolve(cwd, file), "utf8")) };
  } catch (error) {
    throw new MergeError(
      `${file}: ${error.code === "ENOENT" ? "no such file" : `not a JSON file (${error.message})`}`
    );
  }
}
async function render(report, format, previous) {
  if (format === "json") return `${JSON.stringify(report, null, 2)}
`;
  if (format === "markdown") return (await import("./org-markdown-LVSU7G3P.js")).renderOrgMarkdown(report, previous);
  return (await import("./org-dashboard-RAFZZCOZ.js")).renderOrgDashboard(report, previous);
}
async function readPrevious(path, org) {
  let value;
  try {
    value = JSON.parse(await readFile2(path, "utf8"));
  } catch (error) {
    throw new UsageError(
      `--previous ${path}: ${error.code === "ENOENT" ? "no such file" : `not a JSON file (${error.message})`}`
    );
  }
  const report = value;
  const major = (version) => typeof version === "string" ? version.split(".")[0] : null;
  if (!report || typeof report !== "object" || !Array.isArray(report.repositories) || major(report.schemaVersion) !== major(ORG_REPORT_SCHEMA_VERSION)) {
    throw new UsageError(`--previous ${path}: not an org-scan JSON report (schema ${ORG_REPORT_SCHEMA_VERSION})`);
  }
  if (report.org !== org)
    throw new UsageError(`--previous ${path} is a report of "${String(report.org)}", not of "${org}"`);
  return report;
}

export {
  runOrgScanCli
};
