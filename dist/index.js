import { createRequire as __aagCreateRequire } from 'node:module'; const require = __aagCreateRequire(import.meta.url);
import {
  checkPullRequest,
  createOctokitClient,
  getOctokit,
  isSha,
  listChangedFiles,
  readEnvironment,
  renderSummary,
  runModeOf,
  runUrl,
  toAnnotations,
  upsertComment
} from "./chunk-6UH3AQAQ.js";
import {
  InputError,
  core_exports,
  draftBlockedRelease,
  getInputs,
  info,
  releaseOfEvent,
  setFailed,
  setOutput,
  summary,
  warning
} from "./chunk-P74PSCZ6.js";
import {
  REVIEW_MARKER,
  SUGGESTION_MARKER,
  draftsForCard,
  renderComment,
  renumbered,
  reviewBody,
  reviewDigest,
  startsWithMarker,
  suggestionBody,
  supersededBody,
  tally
} from "./chunk-7KMQK5G6.js";
import "./chunk-L5FIYTYZ.js";
import {
  lineOf,
  neutralise,
  neutraliseKeepingUrls,
  singleLine
} from "./chunk-5OZVU24E.js";
import {
  addProvenance
} from "./chunk-KHGAZKYK.js";
import {
  findCards
} from "./chunk-NHZPCZK5.js";
import {
  addFamilies
} from "./chunk-L2JWAVTU.js";
import {
  checkFiles
} from "./chunk-RPD2XTUP.js";
import "./chunk-UUOQDD46.js";
import "./chunk-NL2QL32C.js";
import "./chunk-NQ2HNNKS.js";
import "./chunk-7KKXPEHT.js";
import {
  citationUrl,
  formatCitations
} from "./chunk-RG5CQAGC.js";
import "./chunk-MCBLOSZH.js";
import {
  openRuleset
} from "./chunk-NEXKTICO.js";
import {
  buildReport
} from "./chunk-AYMFEIHT.js";
import {
  DEFAULT_MAX_BYTES
} from "./chunk-Z4A6QR2X.js";
import {
  PROBLEM_IDS,
  checkPolicyRuleIds,
  policySelects
} from "./chunk-PLPMFADU.js";
import {
  VERSION
} from "./chunk-G7S77VK7.js";
import "./chunk-J6U2C36Q.js";
import "./chunk-RFKPFFVV.js";
import "./chunk-ODAIUGEL.js";
import "./chunk-746URBFR.js";
import "./chunk-QEDUW24Q.js";
import {
  resolvePolicyText
} from "./chunk-Q7WVEFCD.js";
import "./chunk-3IT5TNIP.js";
import {
  exitCodeFor,
  failureReason
} from "./chunk-ZKUE62T2.js";
import "./chunk-3NZDNUJZ.js";
import {
  findingsOf,
  isGap
} from "./chunk-KAMNI3PN.js";
import {
  ConfigError,
  DEFAULT_CONFIG_PATH,
  EMPTY_POLICY
} from "./chunk-V6QSAUCR.js";
import "./chunk-CSBECP3I.js";
import {
  useGitHubMediaType
} from "./chunk-473X27JG.js";
import "./chunk-3YR3FKML.js";
import {
  statusOf
} from "./chunk-QRXL53OW.js";
import "./chunk-UIU2T2WH.js";

// src/action/main.ts
import { mkdtemp, rm } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { join as join2, resolve as resolve2 } from "node:path";

// src/render/sarif.ts
import { createHash } from "node:crypto";
var SARIF_SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
var CARD_SYNTAX_RULE_ID = "card-syntax";
var FINGERPRINT_KEY = "aiActGateFinding/v1";
var LEVEL = { error: "error", warning: "warning", notice: "note" };
var levelOf = (severity) => LEVEL[severity] ?? "note";
var pascalCase = (id) => id.replace(/(^|[-_.\s]+)([a-z0-9])/gi, (_, __, letter) => letter.toUpperCase());
function ruleDescriptor(rule) {
  const help = rule.help.trim() || rule.title;
  const citation = formatCitations(rule.citations);
  const descriptor = {
    id: rule.id,
    name: pascalCase(rule.id),
    shortDescription: { text: rule.title },
    fullDescription: { text: help },
    help: { text: help, markdown: `${help}

Provisions: ${citation}` },
    defaultConfiguration: { level: levelOf(rule.severity) },
    properties: { tags: ["eu-ai-act", "documentation", ...rule.audience], citation, appliesTo: rule.appliesTo }
  };
  if (rule.citations.length) descriptor.helpUri = citationUrl(rule.citations[0]);
  return descriptor;
}
var CARD_SYNTAX_DESCRIPTOR = {
  id: CARD_SYNTAX_RULE_ID,
  name: "CardSyntax",
  shortDescription: { text: "The model card can be read and its front matter parsed" },
  fullDescription: {
    text: "The card's YAML front matter, Markdown structure or text encoding is malformed, so some duties could not be checked."
  },
  help: {
    text: "Fix the reported problem (for example the YAML syntax of the front matter) so every duty can be checked."
  },
  defaultConfiguration: { level: "error" },
  properties: { tags: ["eu-ai-act", "model-card"] }
};
function problemDescriptor(id) {
  if (id === CARD_SYNTAX_RULE_ID) return CARD_SYNTAX_DESCRIPTOR;
  const text = PROBLEM_IDS[id];
  return {
    id,
    name: pascalCase(id),
    shortDescription: { text },
    fullDescription: { text },
    help: { text: `${text}. The finding's message says what to do.` },
    defaultConfiguration: { level: id === "ai-act-invalid" || id === "ai-act-contradiction" ? "warning" : "error" },
    properties: { tags: ["eu-ai-act", "model-card"] }
  };
}
function unknownDescriptor(id) {
  return {
    id,
    name: pascalCase(id),
    shortDescription: { text: id },
    fullDescription: { text: id },
    help: { text: `See the ai-act-gate documentation for ${id}.` },
    defaultConfiguration: { level: "warning" },
    properties: { tags: ["eu-ai-act"] }
  };
}
function artifactUri(path) {
  return singleLine(path).split(/[\\/]+/).filter((segment) => segment !== "" && segment !== ".").map(encodeURIComponent).join("/");
}
function fingerprintOf(file, finding) {
  const what = !finding.status ? finding.message.replace(/\d+/g, "#") : finding.status ?? "";
  return createHash("sha256").update([finding.ruleId, file.path, what].join("\0")).digest("hex").slice(0, 32);
}
function toSarif(report, rules, options) {
  const descriptors = rules.map(ruleDescriptor);
  const indexById = new Map(descriptors.map((descriptor, index) => [descriptor.id, index]));
  const indexOf = (id) => {
    let index = indexById.get(id);
    if (index === void 0) {
      index = descriptors.push(Object.hasOwn(PROBLEM_IDS, id) ? problemDescriptor(id) : unknownDescriptor(id)) - 1;
      indexById.set(id, index);
    }
    return index;
  };
  indexOf(CARD_SYNTAX_RULE_ID);
  const results = report.files.flatMap(
    (file) => findingsOf(file).map((finding) => {
      const result = {
        ruleId: finding.ruleId,
        ruleIndex: indexOf(finding.ruleId),
        level: levelOf(finding.severity),
        message: { text: neutraliseKeepingUrls(finding.message, 2e3) || finding.ruleId },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: artifactUri(finding.file ?? file.path), uriBaseId: "%SRCROOT%" },
              region: { startLine: lineOf(finding.line), startColumn: lineOf(finding.column) }
            }
          }
        ],
        partialFingerprints: { [FINGERPRINT_KEY]: fingerprintOf(file, finding) }
      };
      if (finding.status) result.properties = { status: finding.status, citation: neutralise(finding.citation) };
      return result;
    })
  );
  const driver = {
    name: "ai-act-gate",
    version: options.toolVersion,
    semanticVersion: options.toolVersion,
    rules: descriptors
  };
  if (options.informationUri) driver.informationUri = options.informationUri;
  return {
    $schema: SARIF_SCHEMA_URI,
    version: "2.1.0",
    runs: [{ tool: { driver }, columnKind: "utf16CodeUnits", results }]
  };
}

// src/provenance/sarif-provenance.ts
function withSarifProvenance(sarif, report) {
  const artifacts = report.files.flatMap((file) => {
    if (!file.provenance) return [];
    const artifact = {
      location: { uri: artifactUri(file.path), uriBaseId: "%SRCROOT%" },
      hashes: { "sha-256": file.provenance.sha256 },
      properties: { gitBlob: file.provenance.gitBlob }
    };
    if (file.provenance.hub)
      artifact.properties = {
        gitBlob: file.provenance.gitBlob,
        hubRepository: file.provenance.hub.repo,
        hubRevision: file.provenance.hub.revision
      };
    return [artifact];
  });
  return {
    ...sarif,
    runs: sarif.runs.map((run2) => ({
      ...run2,
      ...artifacts.length ? { artifacts } : {},
      ...report.provenance ? { properties: { provenance: report.provenance } } : {}
    }))
  };
}

// src/publish/annotate.ts
function annotate(report, sink = core_exports) {
  const { annotations, omitted } = toAnnotations(report);
  for (const { level, message, ...properties } of annotations) sink[level](message, properties);
  return { emitted: annotations, omitted };
}

// src/publish/write-files.ts
import { mkdir, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
async function writeJsonFile(path, value) {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, `${JSON.stringify(value, null, 2)}
`);
}

// src/publish/comment-author.ts
var GITHUB_ACTIONS_LOGIN = "github-actions[bot]";
var USER_TOKEN = /^(?:ghp_|github_pat_|gho_|ghu_)/;
async function commentAuthors(client, token, configured, log2) {
  if (configured) return [configured];
  if (USER_TOKEN.test(token)) {
    try {
      return [await client.authenticatedLogin()];
    } catch (error) {
      log2.warning(
        `could not tell whose token this is (GET /user: ${error instanceof Error ? error.message : String(error)}); looking for comments by ${GITHUB_ACTIONS_LOGIN}`
      );
    }
  }
  return [GITHUB_ACTIONS_LOGIN];
}

// src/publish/diff-lines.ts
var HUNK_HEADER = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/;
function diffLines(file) {
  const patch = file.patch ?? "";
  if (!patch.trim()) {
    if (file.status === "added") return { added: /* @__PURE__ */ new Set(), context: /* @__PURE__ */ new Set(), wholeFile: true };
    return null;
  }
  const added = /* @__PURE__ */ new Set();
  const context = /* @__PURE__ */ new Set();
  let next = null;
  for (const line of patch.replace(/\r?\n$/, "").split(/\r?\n/)) {
    const header = HUNK_HEADER.exec(line);
    if (header) {
      next = Number(header[1]);
      continue;
    }
    if (next === null) continue;
    const kind = line[0];
    if (kind === "+") added.add(next++);
    else if (kind === " ") context.add(next++);
    else if (line === "") context.add(next++);
  }
  return { added, context, wholeFile: file.status === "added" };
}
function lineOnDiff(lines, line) {
  if (lines.wholeFile || lines.added.has(line)) return "added";
  return lines.context.has(line) ? "context" : null;
}

// src/publish/anchor-drafts.ts
var MAX_REVIEW_COMMENTS = 10;
function anchorDrafts(cards, maxComments = MAX_REVIEW_COMMENTS) {
  const suggestions = [];
  const offDiff = [];
  for (const { drafts, diff } of cards) {
    const byLine = /* @__PURE__ */ new Map();
    for (const group of drafts.groups) {
      const anchor = diff ? anchorFor(drafts.cardLines, diff, group.beforeLine) : null;
      if (!anchor) {
        offDiff.push(group);
        continue;
      }
      const entry = byLine.get(anchor.line) ?? { before: [], after: [] };
      (anchor.after ? entry.after : entry.before).push(group);
      byLine.set(anchor.line, entry);
    }
    for (const [line, { before, after }] of [...byLine.entries()].sort(([a], [b]) => a - b)) {
      const groups = [...before, ...after];
      const texts = renumbered([
        ...before.map((group) => ({ beforeLine: line, lines: group.lines })),
        ...after.map((group) => ({ beforeLine: line + 1, lines: group.lines }))
      ]);
      const replacement = [
        ...texts.slice(0, before.length).flat(),
        drafts.cardLines[line - 1],
        ...texts.slice(before.length).flat()
      ];
      suggestions.push({ path: drafts.path, line, groups, replacement });
    }
  }
  const kept = suggestions.slice(0, maxComments);
  for (const suggestion of suggestions.slice(maxComments)) offDiff.push(...suggestion.groups);
  offDiff.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : a.beforeLine - b.beforeLine);
  return { suggestions: kept, offDiff };
}
function anchorFor(cardLines, diff, beforeLine) {
  const blank = (line) => (cardLines[line - 1] ?? "").trim() === "";
  const candidates = [];
  for (let line = beforeLine - 1, distance = 0; line >= 1; line--, distance++) {
    candidates.push({ line, after: true, distance });
    if (!blank(line)) break;
  }
  for (let line = beforeLine, distance = 0; line <= cardLines.length; line++, distance++) {
    candidates.push({ line, after: false, distance });
    if (!blank(line)) break;
  }
  let best = null;
  let bestScore = Infinity;
  for (const candidate of candidates) {
    const kind = lineOnDiff(diff, candidate.line);
    if (!kind) continue;
    const score = (kind === "added" ? 0 : 1e3) + candidate.distance * 2 + (candidate.after ? 0 : 1);
    if (score < bestScore) {
      bestScore = score;
      best = { line: candidate.line, after: candidate.after, added: kind === "added" };
    }
  }
  return best;
}

// src/publish/review.ts
import { createHash as createHash2 } from "node:crypto";
var REVIEW_READ_ONLY_WARNING = "could not post the suggested drafts as a pull-request review (read-only token: pull requests from forks get one under `pull_request`); the drafts are in the job summary";
async function publishReview(client, options) {
  const { pullNumber, headSha, instanceKey, suggestions, log: log2 } = options;
  const authors = new Set(options.authors.map((login) => login.toLowerCase()));
  const byUs = (author) => author !== null && authors.has(author.toLowerCase());
  const isOurs = (review) => byUs(review.author) && startsWithMarker(review.body, REVIEW_MARKER(instanceKey));
  const digest = digestOf(suggestions);
  let superseded = 0;
  const supersede = async (review) => {
    for (const comment of await client.listReviewComments(pullNumber, review.id)) {
      if (!byUs(comment.author) || !startsWithMarker(comment.body, SUGGESTION_MARKER(instanceKey))) continue;
      try {
        await client.deleteReviewComment(comment.id);
      } catch (error) {
        if (statusOf(error) !== 404) throw error;
      }
    }
    await client.updateReview(pullNumber, review.id, supersededBody(headSha, instanceKey));
    superseded++;
  };
  try {
    const earlier = (await client.listReviews(pullNumber)).filter(isOurs);
    const same = earlier.find((review) => review.commitId === headSha && reviewDigest(review.body) === digest);
    if (same && suggestions.length) {
      for (const review of earlier) if (review.id !== same.id) await supersede(review);
      return { action: "unchanged", reviewId: same.id, superseded };
    }
    if (!suggestions.length) {
      for (const review of earlier) await supersede(review);
      return { action: superseded ? "superseded" : "skipped", reviewId: null, superseded };
    }
    const created = await client.createReview(pullNumber, {
      commitId: headSha,
      body: reviewBody(suggestions, options.offDiff, digest, instanceKey),
      comments: suggestions.map((suggestion) => ({
        path: suggestion.path,
        line: suggestion.line,
        body: suggestionBody(suggestion, instanceKey)
      }))
    });
    try {
      const ours = (await client.listReviews(pullNumber)).filter(isOurs);
      const newest = Math.max(created.id, ...ours.map((review) => review.id));
      for (const review of ours) if (review.id !== newest) await supersede(review);
    } catch (error) {
      log2.warning(`posted the suggested drafts, but could not mark the earlier review replaced: ${messageOf(error)}`);
    }
    return { action: "created", reviewId: created.id, superseded };
  } catch (error) {
    const status = statusOf(error);
    const message = messageOf(error);
    if (status === 403 || status === 404) log2.warning(REVIEW_READ_ONLY_WARNING);
    else if (status === 422)
      log2.warning(
        `GitHub refused the suggested drafts (HTTP 422: ${message}; a suggestion must be on a line of the pull request\u2019s diff); the drafts are in the job summary`
      );
    else
      log2.warning(
        `could not post the suggested drafts (${status ? `HTTP ${status}: ` : ""}${message}); the drafts are in the job summary`
      );
    return { action: "failed", reviewId: null, superseded };
  }
}
function digestOf(suggestions) {
  const hash = createHash2("sha256");
  for (const suggestion of suggestions)
    hash.update(JSON.stringify([suggestion.path, suggestion.line, suggestion.replacement]));
  return hash.digest("hex").slice(0, 12);
}
function messageOf(error) {
  return error instanceof Error ? error.message : String(error);
}

// src/publish/draft-review.ts
var UNJUDGED = /* @__PURE__ */ new Set(["file-skipped", "card-unreadable", "internal-error"]);
function planPullRequestDrafts(cards, report, ruleset, log2) {
  const placements = /* @__PURE__ */ new Map();
  const planned = [];
  for (const card of cards) {
    const file = report.files.find((candidate) => candidate.path === card.path);
    if (!file || file.problems.some((problem) => UNJUDGED.has(problem.ruleId))) continue;
    try {
      const drafts = draftsForCard(
        card.path,
        card.text,
        ruleset,
        file.rules.filter(isGap).map((rule) => rule.id)
      );
      placements.set(card.path, drafts.placements);
      planned.push({ drafts, diff: diffLines(card.file) });
    } catch (error) {
      log2.warning(
        `${card.path}: no drafts (${error instanceof Error ? error.message : String(error)}); the check's results stand`
      );
    }
  }
  return { placements, anchored: anchorDrafts(planned) };
}
async function publishDrafts(client, drafts, options) {
  const { suggestions, offDiff } = drafts.anchored;
  const review = await publishReview(client, { ...options, suggestions, offDiff: offDiff.length });
  const posted = review.action === "created" || review.action === "unchanged";
  const all = [...suggestions.flatMap((suggestion) => suggestion.groups), ...offDiff].sort(
    (a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : a.beforeLine - b.beforeLine
  );
  if (review.action !== "skipped")
    options.log.info(
      `suggested drafts: review ${review.action}${review.superseded ? ` (${review.superseded} earlier review(s) replaced)` : ""}; ${posted ? suggestions.length : 0} suggestion(s) on the diff, ${posted ? offDiff.length : all.length} draft(s) in the comment`
    );
  return { review, commentDrafts: posted ? offDiff : all, summaryDrafts: posted ? offDiff : all };
}

// src/action/policy.ts
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { isAbsolute, relative, resolve, sep } from "node:path";
async function loadActionPolicy(params) {
  const { pullRequest, workspace, log: log2 } = params;
  const configPath = params.configPath ?? DEFAULT_CONFIG_PATH;
  const absolute = resolve(workspace, configPath);
  const repoPath = (path) => relative(workspace, path).split(sep).join("/");
  if (repoPath(absolute).startsWith("..") || isAbsolute(repoPath(absolute)))
    throw new InputError(`config ${configPath} is outside the workspace`);
  const changedHere = new Set(
    pullRequest?.changedFiles.flatMap((file) => [file.path, file.previousPath ?? file.path]) ?? []
  );
  const readLocal = async (path) => {
    const inRepository = repoPath(path);
    if (inRepository.startsWith("..") || isAbsolute(inRepository))
      throw new ConfigError(
        `${path} is outside the workspace: a policy may only extend files of the repository or owner/repo/path@ref`
      );
    if (pullRequest && changedHere.has(inRepository)) {
      log2.info(
        `${inRepository} is changed by this pull request: its version at the base commit applies until it is merged`
      );
      return pullRequest.client.getFileAt(pullRequest.baseSha, inRepository);
    }
    return existsSync(path) ? readFile(path, "utf8") : null;
  };
  const text = await readLocal(absolute);
  if (text === null) {
    if (params.configPath)
      throw new InputError(
        `config file ${params.configPath} not found in the workspace${pullRequest ? " (or at the base commit of the pull request)" : ""}`
      );
    return EMPTY_POLICY;
  }
  const policy = await resolvePolicyText(text, absolute, { root: workspace, readRemote: params.readRemote, readLocal });
  log2.info(`policy: ${policy.sources.join(" \u2192 ")}`);
  return policy;
}

// src/action/report-files.ts
import { readFile as readFile2, stat } from "node:fs/promises";
import { dirname as dirname2, join } from "node:path";
var REPORT_FILE = "report.json";
var PULL_REQUEST_FILE = "pull-request.json";
var RECORD_KIND = "ai-act-gate/pull-request";
var MAX_FILE_BYTES = 50 * 1024 * 1024;
function pullRequestRecord(repository, pullRequest, comparisons) {
  return { kind: RECORD_KIND, version: 1, repository, ...pullRequest, comparisons };
}
var ReportFileError = class extends Error {
};
async function readReportFiles(path) {
  const reportFile = (await stat(path).catch(() => null))?.isDirectory() ? join(path, REPORT_FILE) : path;
  const report = parseReport(await readJson(reportFile), reportFile);
  const recordFile = join(dirname2(reportFile), PULL_REQUEST_FILE);
  const record = parseRecord(await readJson(recordFile), recordFile);
  return { report, record, reportFile };
}
async function readJson(file) {
  const stats = await stat(file).catch(() => null);
  if (!stats?.isFile())
    throw new ReportFileError(`${file} not found (the checking workflow writes it and uploads it as an artifact)`);
  if (stats.size > MAX_FILE_BYTES) throw new ReportFileError(`${file} is larger than ${MAX_FILE_BYTES} bytes`);
  try {
    return JSON.parse(await readFile2(file, "utf8"));
  } catch (error) {
    throw new ReportFileError(`${file} is not JSON: ${error.message}`);
  }
}
var isObject = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
var isArrayOf = (value, item) => Array.isArray(value) && value.every(item);
var isRule = (value) => isObject(value) && typeof value.id === "string" && typeof value.status === "string" && typeof value.required === "boolean";
function isFileReport(value) {
  return isObject(value) && typeof value.path === "string" && isObject(value.tier) && typeof value.tier.id === "string" && isArrayOf(value.rules, isRule) && isArrayOf(value.problems, isObject) && isObject(value.gate) && typeof value.gate.blocked === "boolean" && isArrayOf(value.gate.reasons, (reason) => typeof reason === "string");
}
function parseReport(value, file) {
  if (!isObject(value) || typeof value.schemaVersion !== "string" || !/^1\./.test(value.schemaVersion)) {
    throw new ReportFileError(`${file} is not an ai-act-gate report of schema version 1`);
  }
  if (!isObject(value.summary) || !isObject(value.tool) || !isObject(value.ruleset))
    throw new ReportFileError(`${file}: expected tool, ruleset and summary objects`);
  if (!Array.isArray(value.files)) throw new ReportFileError(`${file}: expected a files array`);
  const bad = value.files.findIndex((entry) => !isFileReport(entry));
  if (bad >= 0)
    throw new ReportFileError(`${file}: files[${bad}] is not a file report (path, tier.id, rules, problems, gate)`);
  return value;
}
function isComparison(value) {
  if (!isObject(value) || typeof value.path !== "string" || typeof value.isNewCard !== "boolean") return false;
  if (!isArrayOf(value.newGaps, isRule) || !isArrayOf(value.fixedGaps, isRule)) return false;
  const change = value.tierChange;
  return change === null || isObject(change) && typeof change.from === "string" && typeof change.to === "string";
}
function parseRecord(value, file) {
  if (!isObject(value) || value.kind !== RECORD_KIND || value.version !== 1)
    throw new ReportFileError(`${file} is not an ai-act-gate pull-request record (version 1)`);
  const { number, baseSha, headSha, repository, comparisons } = value;
  if (typeof number !== "number" || !Number.isInteger(number) || number < 1)
    throw new ReportFileError(`${file}: number must be a pull request number`);
  if (!isSha(baseSha) || !isSha(headSha)) throw new ReportFileError(`${file}: baseSha and headSha must be commit SHAs`);
  if (typeof repository !== "string" || !/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(repository))
    throw new ReportFileError(`${file}: repository must be owner/name`);
  if (!isArrayOf(comparisons, isComparison))
    throw new ReportFileError(`${file}: comparisons must be a list of card comparisons`);
  return value;
}

// src/action/blocked-release-step.ts
async function applyBlockedRelease(params) {
  const { report, env, token, mode, log: log2 } = params;
  if (!report.files.some((file) => file.gate.blocked)) return "not-blocked";
  const release = releaseOfEvent(env.eventName, env.payload);
  if (!release) return "not-a-release";
  if (mode !== "draft" || release.draft) return "fail-only";
  const octokit = getOctokit(token, { baseUrl: env.apiUrl.replace(/\/+$/, "") });
  useGitHubMediaType(octokit);
  try {
    const note = await draftBlockedRelease(octokit, release, report);
    log2.warning(`release ${release.tagName || release.id} turned back into a draft: the release gate blocks it`);
    if (env.hasStepSummary) await summary.addRaw(`

${note}
`, true).write();
    return "drafted";
  } catch (error) {
    const status = statusOf(error);
    log2.warning(
      `could not turn release ${release.tagName || release.id} back into a draft (${status ? `HTTP ${status}: ` : ""}${error instanceof Error ? error.message : String(error)})${status === 403 || status === 404 ? "; blocked-release: draft needs permissions contents: write" : ""}`
    );
    return "failed";
  }
}

// src/action/main.ts
var log = { info: (message) => info(message), warning: (message) => warning(message) };
async function run() {
  try {
    await runAction(getInputs(), readEnvironment());
  } catch (error) {
    setFailed(`ai-act-gate: ${error instanceof Error ? error.message : String(error)}`);
  }
}
async function runAction(options, env) {
  if (options.reportPath) return postReport(options, env);
  if (options.mode === "org-scan") {
    const { runOrgScanMode } = await import("./org-scan-mode-FWSCV7KF.js");
    return runOrgScanMode(options, env);
  }
  if (options.mode === "hub-scan") return (await import("./hub-scan-mode-RNNNXEF7.js")).runHubScanMode(options, env);
  const mode = runModeOf(env);
  const client = mode.kind === "pull-request" ? clientFor(options, env) : null;
  const changedFiles = mode.kind === "pull-request" && client ? await listChangedFiles(client, mode.pullRequest.number) : void 0;
  const readRemote = options.token ? (client ?? clientFor(options, env)).getRepositoryFile : void 0;
  const policy = await loadActionPolicy({
    configPath: options.configPath,
    workspace: env.workspace,
    readRemote,
    pullRequest: mode.kind === "pull-request" && client && changedFiles ? { client, baseSha: mode.pullRequest.baseSha, changedFiles } : null,
    log
  });
  const ruleset = await openRuleset(void 0, policy.ruleFolders);
  checkPolicyRuleIds(policy, ruleset.rules);
  const patterns = options.patterns.length > 0 ? options.patterns : policy.paths;
  const selected = (path) => policySelects({ ...policy, paths: [] }, path);
  const failOn = options.failOn ?? policy.failOn ?? "gate";
  const jobs = availableParallelism();
  let files;
  let comparisons = [];
  let changedCards = [];
  if (mode.kind === "pull-request" && client) {
    const headDirectory = await mkdtemp(join2(env.runnerTemp, "ai-act-gate-head-"));
    try {
      ({ files, comparisons, changedCards } = await checkPullRequest({
        client,
        pullRequest: mode.pullRequest,
        event: mode.event,
        patterns,
        changedFiles,
        selected,
        policy,
        changedOnly: options.changedOnly,
        workspace: env.workspace,
        headDirectory,
        ruleset,
        jobs,
        log
      }));
    } finally {
      await rm(headDirectory, { recursive: true, force: true });
    }
    log.info(
      `pull request #${mode.pullRequest.number}: ${files.length} model card(s) checked, ${comparisons.length} compared with the base`
    );
  } else {
    const paths = (await findCards(patterns, env.workspace)).filter(selected);
    if (paths.length === 0) {
      if (patterns.length)
        throw new InputError(
          `no files match ${patterns.map((pattern) => `"${pattern}"`).join(", ")} in ${env.workspace}`
        );
      log.warning("no model cards found in the workspace (is the repository checked out?)");
    }
    files = await checkFiles(paths, {
      cwd: env.workspace,
      maxBytes: DEFAULT_MAX_BYTES,
      jobs,
      ruleset,
      rulesDirectory: ruleset.directory,
      policy
    });
  }
  const report = addFamilies(
    addProvenance(buildReport(files, ruleset.rules.length, policy), {
      cwd: env.workspace,
      ruleset,
      policy,
      readCards: mode.kind !== "pull-request"
    })
  );
  const pullRequest = mode.kind === "pull-request" ? mode.pullRequest : null;
  const source = {
    serverUrl: env.serverUrl,
    repository: env.repository ?? void 0,
    headSha: pullRequest?.headSha ?? env.sha ?? void 0
  };
  annotate(report);
  const authors = client ? lazy(() => commentAuthors(client, options.token, options.commentAuthor, log)) : null;
  const drafts = pullRequest && options.suggest ? planPullRequestDrafts(changedCards, report, ruleset, log) : null;
  let posted = null;
  if (client && pullRequest && drafts && authors)
    posted = await publishDrafts(client, drafts, {
      pullNumber: pullRequest.number,
      headSha: pullRequest.headSha,
      instanceKey: options.instanceKey,
      authors: await authors(),
      log
    });
  await writeSummary(report, source, comparisons, env, posted?.summaryDrafts);
  const outputDirectory = outputDirectoryOf(env, options);
  const reportFile = join2(outputDirectory, REPORT_FILE);
  await writeJsonFile(reportFile, report);
  if (pullRequest && env.repository)
    await writeJsonFile(
      join2(outputDirectory, PULL_REQUEST_FILE),
      pullRequestRecord(env.repository, pullRequest, comparisons)
    );
  if (options.sarifFile) {
    const sarifFile = resolve2(env.workspace, options.sarifFile);
    await writeJsonFile(
      sarifFile,
      withSarifProvenance(toSarif(report, ruleset.rules, { toolVersion: VERSION }), report)
    );
    log.info(`SARIF written to ${sarifFile}`);
  }
  setOutputs(report, reportFile);
  if (mode.kind === "all-cards")
    await applyBlockedRelease({ report, env, token: options.token, mode: options.blockedRelease, log });
  if (client && pullRequest && authors && options.comment !== "never")
    await publishComment(client, report, comparisons, pullRequest, source, options, env, await authors(), {
      placements: drafts?.placements,
      offDiff: posted?.commentDrafts
    });
  gate(report, failOn);
}
async function postReport(options, env) {
  const { report, record, reportFile } = await readReportFiles(resolve2(env.workspace, options.reportPath));
  if (env.repository && record.repository.toLowerCase() !== env.repository.toLowerCase()) {
    throw new InputError(`the report is for ${record.repository}, not for ${env.repository}`);
  }
  const runHead = env.payload.workflow_run?.head_sha;
  if (env.eventName === "workflow_run" && runHead !== record.headSha) {
    throw new InputError(
      `the report is for commit ${record.headSha}, but the workflow run that made it ran on ${String(runHead)}`
    );
  }
  const source = { serverUrl: env.serverUrl, repository: record.repository, headSha: record.headSha };
  await writeSummary(report, source, record.comparisons, env);
  setOutputs(report, reportFile);
  if (options.comment === "never") return;
  const client = clientFor(options, env);
  const currentHead = await client.getPullHeadSha(record.number);
  if (currentHead !== record.headSha) {
    log.warning(
      `pull request #${record.number} is now at ${currentHead}, not at ${record.headSha} as the report says; not posting (the run for the new head will)`
    );
    return;
  }
  await publishComment(
    client,
    report,
    record.comparisons,
    record,
    source,
    options,
    env,
    await commentAuthors(client, options.token, options.commentAuthor, log)
  );
}
function clientFor(options, env) {
  if (!options.token)
    throw new InputError("input token is empty; pull-request runs need a token (the default is github.token)");
  if (!env.repository) throw new InputError("GITHUB_REPOSITORY is not set");
  const [owner, repo] = env.repository.split("/");
  return createOctokitClient({ token: options.token, repository: { owner, repo }, baseUrl: env.apiUrl, log });
}
async function publishComment(client, report, comparisons, pullRequest, source, options, env, authors, drafts) {
  const { blockers, gaps, problems } = tally(report);
  const clean = blockers === 0 && gaps === 0 && problems === 0;
  const summaryUrl = runUrl(env);
  const result = await upsertComment(client, {
    issueNumber: pullRequest.number,
    instanceKey: options.instanceKey,
    authors,
    render: (maxLength) => renderComment(report, {
      ...source,
      instanceKey: options.instanceKey,
      comparison: comparisons,
      maxLength,
      summaryUrl,
      drafts
    }),
    clean,
    deleteWhenClean: options.deleteWhenClean,
    // auto: no new comment on a PR with nothing to say; an existing one is still brought up to date.
    createIfMissing: options.comment === "always" || !clean,
    log
  });
  log.info(
    `PR comment: ${result.action}${result.duplicatesDeleted ? ` (${result.duplicatesDeleted} duplicate(s) removed)` : ""}`
  );
}
async function writeSummary(report, source, comparisons, env, drafts) {
  if (!env.hasStepSummary) {
    log.info("GITHUB_STEP_SUMMARY is not set; no job summary written");
    return;
  }
  await summary.addRaw(renderSummary(report, { ...source, comparison: comparisons, drafts }), true).write();
}
function lazy(make) {
  let value;
  return () => value ??= make();
}
function outputDirectoryOf(env, options) {
  const suffix = options.instanceKey === "default" ? "" : `-${options.instanceKey.replace(/[^A-Za-z0-9._-]+/g, "-")}`;
  return join2(env.runnerTemp, `ai-act-gate${suffix}`);
}
function actionOutputs(report, reportFile) {
  return {
    blocked: String(report.files.some((file) => file.gate.blocked)),
    tier: JSON.stringify(Object.fromEntries(report.files.map((file) => [file.path, file.tier.id]))),
    gaps: String(tally(report).gaps),
    report: reportFile
  };
}
function setOutputs(report, reportFile) {
  for (const [name, value] of Object.entries(actionOutputs(report, reportFile))) setOutput(name, value);
  for (const warning2 of report.policyWarnings ?? []) log.warning(`${warning2.source}: ${warning2.message}`);
}
function gate(report, failOn) {
  if (exitCodeFor(report, failOn) === 0) return;
  const blocked = report.files.filter((file) => file.gate.blocked);
  if (blocked.length) {
    const reasons = (file) => file.gate.reasons.filter((reason) => /^blocked\b/i.test(reason)).join("; ") || file.gate.reasons.join("; ");
    setFailed(
      `ai-act-gate: release blocked for ${blocked.length} model card(s): ${blocked.map((file) => `${file.path} (${reasons(file)})`).join(", ")}`
    );
    return;
  }
  setFailed(`ai-act-gate: ${failureReason(report, failOn) ?? `findings at or above fail-on "${failOn}"`}`);
}

// src/index.ts
await run();
