import { createRequire as __aagCreateRequire } from 'node:module'; const require = __aagCreateRequire(import.meta.url);
import {
  TIERS
} from "./chunk-3IT5TNIP.js";
import {
  FAIL_ON_LEVELS
} from "./chunk-ZKUE62T2.js";
import {
  offsetOf,
  require__
} from "./chunk-3NZDNUJZ.js";
import {
  ConfigError,
  EMPTY_POLICY
} from "./chunk-V6QSAUCR.js";
import {
  require_dist
} from "./chunk-CSBECP3I.js";
import {
  __toESM
} from "./chunk-UIU2T2WH.js";

// src/config/load-config.ts
var import__ = __toESM(require__(), 1);
var import_yaml = __toESM(require_dist(), 1);
import { readFile } from "node:fs/promises";
import { dirname, isAbsolute, posix, relative, resolve, sep } from "node:path";

// src/config/config-schema.ts
var SEVERITIES = ["error", "warning", "notice"];
var isoDate = { type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}$", description: "A date, YYYY-MM-DD." };
var glob = {
  type: "string",
  minLength: 1,
  description: 'A glob of card paths from the repository root, e.g. "models/*/README.md".'
};
var configSchema = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://github.com/ai-act-gate/ai-act-gate/schema/config.schema.json",
  title: "ai-act-gate policy",
  description: "Policy for ai-act-gate: which cards, which rules at which severity, tier overrides and waivers.",
  type: "object",
  additionalProperties: false,
  required: ["version"],
  properties: {
    version: { const: 1, description: "Format version of this file; 1." },
    extends: {
      description: "Policies this one builds on, applied first: a local path (relative to this file) or owner/repo/path@ref from GitHub.",
      oneOf: [
        { type: "string", minLength: 1 },
        { type: "array", items: { type: "string", minLength: 1 }, minItems: 1 }
      ]
    },
    paths: { type: "array", items: glob, description: "Cards to check; default: every model card found." },
    ignore: { type: "array", items: glob, description: "Paths never checked." },
    "fail-on": {
      enum: [...FAIL_ON_LEVELS],
      description: "Lowest level that fails the run. gate: only blocked releases and cards that cannot be read or checked; error: also error-level gaps and other error findings (an expired waiver); warning: also warnings; never."
    },
    "release-date": {
      ...isoDate,
      description: "When the model was placed on the EU market. Before 2 Aug 2025, Art. 111(3) gives until 2 Aug 2027."
    },
    "as-of": { ...isoDate, description: "Judge the duties as of this date instead of today." },
    release: {
      enum: ["fail", "draft"],
      description: "What the GitHub App does with a published or created release whose card the gate blocks: fail its check run (default), or also turn the release back into a draft with a note saying why."
    },
    rules: {
      type: "object",
      description: "Per-rule settings by rule id: off, a severity, or { enabled, severity }.",
      propertyNames: { pattern: "^[a-z][a-z0-9-]*$" },
      additionalProperties: {
        oneOf: [
          { enum: ["off", ...SEVERITIES] },
          {
            type: "object",
            additionalProperties: false,
            minProperties: 1,
            properties: { enabled: { type: "boolean" }, severity: { enum: SEVERITIES } }
          }
        ]
      }
    },
    "rule-folders": {
      type: "array",
      items: { type: "string", minLength: 1 },
      description: "Extra rule folders (format of rules/), relative to this file."
    },
    "tier-overrides": {
      type: "array",
      description: "Set the tier of matching cards; the justification is shown in every report.",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["path", "tier", "justification"],
        properties: {
          path: glob,
          tier: { enum: TIERS.filter((tier) => tier !== "unknown") },
          justification: {
            type: "string",
            minLength: 10,
            description: 'Why, e.g. "Not placed on the EU market" or "Commission notified on 2026-03-01" (at least 10 characters).'
          }
        }
      }
    },
    waivers: {
      type: "array",
      description: "Accepted gaps, each with an owner and an end date; an expired waiver is itself a finding.",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["rule", "path", "reason", "owner", "expires"],
        properties: {
          rule: { type: "string", pattern: "^[a-z][a-z0-9-]*$" },
          path: glob,
          reason: {
            type: "string",
            minLength: 10,
            description: "Why the gap is accepted, for whoever reads the report (at least 10 characters)."
          },
          owner: {
            type: "string",
            minLength: 1,
            description: "Who answers for it: a GitHub login or team, or an e-mail address."
          },
          expires: { ...isoDate, description: "Last day the waiver holds (YYYY-MM-DD)." }
        }
      }
    }
  }
};

// src/config/load-config.ts
var ajv = new import__.Ajv2020({ allErrors: true, strict: false });
var validateShape = ajv.compile(configSchema);
var MAX_CONFIG_BYTES = 1024 * 1024;
var MAX_EXTENDS_DEPTH = 10;
function parseConfigText(text, source) {
  if (text.length > MAX_CONFIG_BYTES)
    throw new ConfigError(`${source}: too large for a policy file (${text.length} bytes; at most ${MAX_CONFIG_BYTES})`);
  const lineCounter = new import_yaml.LineCounter();
  const document = (0, import_yaml.parseDocument)(text, { lineCounter, prettyErrors: false });
  const at = (offset) => {
    const { line, col } = lineCounter.linePos(offset);
    return `${source}:${line}:${col}`;
  };
  if (document.errors.length > 0) {
    const error = document.errors[0];
    throw new ConfigError(`${at(error.pos[0])}: invalid YAML: ${error.message.split("\n")[0]}`);
  }
  let raw;
  try {
    raw = document.toJS({ maxAliasCount: 100 });
  } catch (error) {
    throw new ConfigError(`${at(0)}: invalid YAML: ${error.message}`);
  }
  if (raw === null || raw === void 0)
    throw new ConfigError(`${at(0)}: the policy file is empty; expected at least "version: 1"`);
  const errors = [];
  if (!validateShape(raw)) {
    for (const error of plainSchemaErrors(validateShape.errors ?? []))
      errors.push({ offset: offsetOf(document, error.pointer), message: error.message });
  }
  const config = raw;
  const dates = [
    ...(Array.isArray(config.waivers) ? config.waivers : []).map((waiver, index) => [
      `/waivers/${index}/expires`,
      waiver?.expires
    ]),
    ["/release-date", config["release-date"]],
    ["/as-of", config["as-of"]]
  ];
  for (const [pointer, value] of dates) {
    if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value) && !isRealDate(value))
      errors.push({
        offset: offsetOf(document, pointer),
        message: `${nameOfPointer(pointer)}: "${value}" is not a calendar date`
      });
  }
  if (errors.length) {
    errors.sort((a, b) => a.offset - b.offset);
    const lines = errors.map((error) => `${at(error.offset)}: ${error.message}`);
    throw new ConfigError(
      lines.length === 1 ? lines[0] : `${source}: ${lines.length} problems:
  ${lines.join("\n  ")}`
    );
  }
  return { config, source, lineOf: (pointer) => lineCounter.linePos(offsetOf(document, pointer)).line };
}
function nameOfPointer(pointer) {
  return pointer.split("/").filter(Boolean).map((segment) => /^\d+$/.test(segment) ? `[${segment}]` : `.${segment}`).join("").replace(/^\./, "") || "the policy";
}
function expectedAt(pointer) {
  if (/^\/rules\/[^/]+$/.test(pointer)) return "off, error, warning, notice, or { enabled: true|false, severity: \u2026 }";
  if (/^\/extends(\/\d+)?$/.test(pointer)) return "a path (./base.yml) or owner/repo/path@ref, or a list of them";
  return null;
}
function plainSchemaErrors(errors) {
  const folded = new Set(errors.filter((error) => error.keyword === "oneOf").map((error) => error.instancePath));
  const seen = /* @__PURE__ */ new Set();
  const result = [];
  for (const error of errors) {
    const pointer = error.instancePath;
    const owner = [...folded].find((path) => pointer === path || pointer.startsWith(`${path}/`));
    let message;
    if (owner !== void 0) {
      if (seen.has(`oneOf:${owner}`)) continue;
      seen.add(`oneOf:${owner}`);
      result.push({
        pointer: owner,
        message: `${nameOfPointer(owner)} must be ${expectedAt(owner) ?? "one of the forms in docs/config.md"}`
      });
      continue;
    }
    const name = nameOfPointer(pointer);
    const params = error.params;
    switch (error.keyword) {
      case "required":
        message = `${name === "the policy" ? "the policy" : name} is missing "${String(params.missingProperty)}"${params.missingProperty === "version" ? ' (write "version: 1" at the top)' : ""}`;
        break;
      case "additionalProperties":
        message = `unknown key "${String(params.additionalProperty)}" in ${name}`;
        break;
      case "pattern":
        message = /expires|release-date|as-of/.test(pointer) ? `${name} must be a date written YYYY-MM-DD, e.g. 2027-03-31` : /\/rule$/.test(pointer) || pointer.startsWith("/rules") ? `${name} must be a rule id such as copyright-policy (lower case, digits and hyphens)` : `${name} is not in the expected form`;
        break;
      case "minLength":
        message = Number(params.limit) > 1 ? `${name} is too short: at least ${String(params.limit)} characters (say why, for whoever reads the report)` : `${name} must not be empty`;
        break;
      case "enum":
        message = `${name} must be one of ${params.allowedValues.map(String).join(", ")}`;
        break;
      case "const":
        message = `${name} must be ${JSON.stringify(params.allowedValue)}`;
        break;
      case "type":
        message = `${name} must be ${String(params.type) === "array" ? "a list" : String(params.type) === "object" ? "a mapping of keys to values" : `a ${String(params.type)}`}`;
        break;
      case "minItems":
        message = `${name} must not be an empty list`;
        break;
      case "minProperties":
        message = `${name} must not be empty`;
        break;
      default:
        message = `${name} ${error.message ?? "is invalid"}`;
    }
    if (seen.has(message)) continue;
    seen.add(message);
    result.push({ pointer, message });
  }
  return result;
}
function isRealDate(text) {
  const date = /* @__PURE__ */ new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}
function nameOf(location, root) {
  if (location.kind === "remote")
    return `${location.owner}/${location.repo}/${location.path}${location.ref ? `@${location.ref}` : ""}`;
  const shown = root ? relative(root, location.path) : location.path;
  return shown && !shown.startsWith("..") && !isAbsolute(shown) ? shown.split(sep).join("/") : location.path;
}
var REMOTE = /^([A-Za-z0-9][A-Za-z0-9-]*)\/([A-Za-z0-9._-]+)\/([^@]+?)(?:@([^@\s]+))?$/;
function locateExtends(entry, from) {
  const relative2 = entry.startsWith("./") || entry.startsWith("../") || !entry.includes("/") || entry.split("/").length === 2 && !entry.includes("@");
  if (isAbsolute(entry)) return from.kind === "local" ? { kind: "local", path: entry } : null;
  if (relative2) {
    if (from.kind === "local") return { kind: "local", path: resolve(dirname(from.path), entry) };
    const path = posix.normalize(posix.join(posix.dirname(from.path), entry));
    return path.startsWith("..") ? null : { ...from, path };
  }
  const match = REMOTE.exec(entry);
  if (!match) return null;
  return { kind: "remote", owner: match[1], repo: match[2], path: match[3], ref: match[4] ?? null };
}
async function loadPolicyFile(path, options = {}) {
  const location = { kind: "local", path: resolve(path) };
  const text = await readLocation(location, options, null);
  return resolveFrom(text, location, options);
}
async function resolvePolicyText(text, source, options = {}) {
  const location = options.remote ? { kind: "remote", ...options.remote, path: source } : { kind: "local", path: resolve(options.root ?? ".", source) };
  return resolveFrom(text, location, options);
}
async function resolveFrom(text, location, options) {
  const cache = /* @__PURE__ */ new Map();
  const layers = await collectLayers(text, location, options, [], cache);
  return layers.reduce(mergeLayer, options.base ?? EMPTY_POLICY);
}
async function collectLayers(text, location, options, chain, cache) {
  const name = nameOf(location, options.root);
  if (chain.includes(name))
    throw new ConfigError(`${chain[chain.length - 1]}: circular extends: ${[...chain, name].join(" \u2192 ")}`);
  if (chain.length >= MAX_EXTENDS_DEPTH)
    throw new ConfigError(`${name}: extends is nested more than ${MAX_EXTENDS_DEPTH} deep (${chain.join(" \u2192 ")})`);
  const parsed = parseConfigText(text, name);
  const entries = parsed.config.extends === void 0 ? [] : [parsed.config.extends].flat();
  const layers = [];
  for (const [index, entry] of entries.entries()) {
    const pointer = typeof parsed.config.extends === "string" ? "/extends" : `/extends/${index}`;
    const where = `${name}:${parsed.lineOf(pointer)}`;
    const target = locateExtends(entry, location);
    if (!target)
      throw new ConfigError(
        `${where}: extends "${entry}" is neither a relative path nor owner/repo/path@ref${location.kind === "remote" ? " inside that repository" : ""}`
      );
    const key = nameOf(target, options.root);
    if (key === name || chain.includes(key))
      throw new ConfigError(`${where}: circular extends: ${[...chain, name, key].join(" \u2192 ")}`);
    let pending = cache.get(key);
    if (!pending) cache.set(key, pending = readLocation(target, options, where));
    layers.push(...await collectLayers(await pending, target, options, [...chain, name], cache));
  }
  layers.push(toLayer(parsed, location));
  return layers;
}
async function readLocation(location, options, where) {
  const prefix = where ? `${where}: extends` : "config";
  const name = nameOf(location, options.root);
  if (location.kind === "local") {
    const read = options.readLocal ?? readLocalFile;
    const text2 = await read(location.path);
    if (text2 === null) throw new ConfigError(`${prefix}: cannot find ${name}`);
    return text2;
  }
  if (!options.readRemote)
    throw new ConfigError(
      `${prefix}: ${name} is in another repository; reading it needs a GitHub token: set GITHUB_TOKEN (or GH_TOKEN) in the environment, or use the Action's token input. Or copy the file into this repository and extend it by a relative path`
    );
  let text;
  try {
    text = await options.readRemote({
      owner: location.owner,
      repo: location.repo,
      path: location.path,
      ref: location.ref
    });
  } catch (error) {
    const offline = networkFailure(error);
    throw new ConfigError(
      offline ? `${prefix}: cannot read ${name}: GitHub could not be reached (${offline}); check the network connection or proxy, or extend a local copy of the file` : `${prefix}: cannot read ${name}: ${error.message}`
    );
  }
  if (text === null) throw new ConfigError(`${prefix}: ${name} does not exist (or the token cannot read it)`);
  return text;
}
var NETWORK_CODES = /\b(ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH|UND_ERR_CONNECT_TIMEOUT)\b/;
function networkFailure(error) {
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    const { code, message, cause } = current;
    const text = `${typeof code === "string" ? code : ""} ${typeof message === "string" ? message : ""}`;
    const match = NETWORK_CODES.exec(text);
    if (match) return typeof message === "string" && message.includes(match[1]) ? message : match[1];
    current = cause;
  }
  return null;
}
async function readLocalFile(path) {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    if (error.code === "ENOENT" || error.code === "ENOTDIR")
      return null;
    throw new ConfigError(`cannot read ${path}: ${error.message}`);
  }
}
function toLayer(parsed, location) {
  const ref = (pointer) => ({ source: parsed.source, line: parsed.lineOf(pointer) });
  const folders = parsed.config["rule-folders"] ?? [];
  if (folders.length > 0 && location.kind === "remote") {
    throw new ConfigError(
      `${parsed.source}:${parsed.lineOf("/rule-folders")}: rule-folders can only be used in a local policy file, not in one read from another repository`
    );
  }
  return {
    source: parsed.source,
    config: parsed.config,
    ref,
    ruleFolders: location.kind === "local" ? folders.map((folder) => resolve(dirname(location.path), folder)) : []
  };
}
function mergeLayer(base, layer) {
  const { config } = layer;
  const rules = { ...base.rules };
  for (const [id, setting] of Object.entries(config.rules ?? {})) {
    const previous = rules[id];
    rules[id] = { ...settingOf(setting, previous), from: layer.ref(`/rules/${id}`) };
  }
  const settingsFrom = { ...base.settingsFrom };
  for (const key of ["paths", "ignore", "fail-on", "release-date", "as-of", "release"])
    if (config[key] !== void 0) settingsFrom[key] = layer.ref(`/${key}`);
  return {
    settingsFrom,
    sources: [...base.sources, layer.source],
    paths: config.paths ?? base.paths,
    ignore: config.ignore ?? base.ignore,
    failOn: config["fail-on"] ?? base.failOn,
    releaseDate: config["release-date"] ?? base.releaseDate,
    asOf: config["as-of"] ?? base.asOf,
    blockedRelease: config.release ?? base.blockedRelease ?? null,
    rules,
    ruleFolders: [...base.ruleFolders, ...layer.ruleFolders],
    tierOverrides: [
      ...(config["tier-overrides"] ?? []).map((entry, index) => ({
        ...entry,
        from: layer.ref(`/tier-overrides/${index}`)
      })),
      ...base.tierOverrides
    ],
    waivers: [
      ...(config.waivers ?? []).map((entry, index) => ({ ...entry, from: layer.ref(`/waivers/${index}`) })),
      ...base.waivers
    ]
  };
}
function settingOf(setting, previous) {
  if (setting === "off") return { enabled: false, severity: previous?.severity ?? null };
  if (typeof setting === "string") return { enabled: true, severity: setting };
  return { enabled: setting.enabled ?? true, severity: setting.severity ?? previous?.severity ?? null };
}

export {
  parseConfigText,
  plainSchemaErrors,
  locateExtends,
  loadPolicyFile,
  resolvePolicyText,
  networkFailure
};
