import { createRequire as __aagCreateRequire } from 'node:module'; const require = __aagCreateRequire(import.meta.url);
import {
  classifyCard,
  evaluateRule,
  readLineage,
  weightsAvailability
} from "./chunk-NQ2HNNKS.js";
import {
  AI_ACT_KEY,
  extractFacts,
  formatNumber,
  modelSize,
  ownFigures,
  parseCard
} from "./chunk-7KKXPEHT.js";
import {
  taskProfile
} from "./chunk-J6U2C36Q.js";
import {
  classifyData,
  lineText
} from "./chunk-RFKPFFVV.js";
import {
  require_dist
} from "./chunk-CSBECP3I.js";
import {
  __toESM
} from "./chunk-UIU2T2WH.js";

// src/draft/figures.ts
var PARAMETER_BINS = [
  [5e8, "1\u2013500M"],
  [5e9, "500M\u20135B"],
  [15e9, "5B\u201315B"],
  [5e10, "15B\u201350B"],
  [1e11, "50B\u2013100B"],
  [5e11, "100B\u2013500B"],
  [1e12, "500B\u20131T"],
  [Infinity, ">1T"]
];
var TIME_RANGES = [
  [30, "< 1 month"],
  [90, "1\u20133 months"],
  [180, "3\u20136 months"],
  [Infinity, "> 6 months"]
];
function figureValues(analysis) {
  const { facts, classification } = analysis;
  const own = ownFigures(facts, classifyData()).quantities;
  const values = {};
  const biggest = (kind) => own.filter((q) => q.kind === kind && q.value > 0).reduce((a, q) => !a || q.value > a.value ? q : a, void 0);
  const stated = (q, unit) => q && {
    value: `${cleanRaw(q.raw)} (${formatNumber(q.value)} ${unit})`,
    line: q.position.line,
    plain: cleanRaw(q.raw)
  };
  const size = modelSize(facts, own);
  if (size) {
    const n = size.total ?? size.quantity;
    values.parameters = stated(n, "parameters");
    if (size.active) values.activeParameters = stated(size.quantity, "active parameters");
    const bin = PARAMETER_BINS.find(([limit]) => n.value < limit)?.[1];
    values.parameterRange = {
      value: bin,
      line: n.position.line,
      basis: `${formatNumber(n.value)} parameters (line ${n.position.line}) fall in the ${bin} bin`
    };
  }
  values.trainingTokens = stated(biggest("trainingTokens"), "tokens");
  values.contextWindow = stated(biggest("contextWindow"), "tokens");
  const hours = biggest("gpuHours");
  if (hours) {
    values.gpuHours = stated(hours, `GPU-hours${hours.hardware ? ` on ${hours.hardware}` : ""}`);
    if (hours.hardware) values.hardware = { value: hours.hardware, line: hours.position.line };
  }
  const days = biggest("trainingDays");
  if (days) {
    values.trainingDays = stated(days, "days");
    const range = TIME_RANGES.find(([limit]) => days.value < limit)?.[1];
    values.trainingTimeRange = {
      value: range,
      line: days.position.line,
      basis: `${formatNumber(days.value)} days (line ${days.position.line})`
    };
  }
  const energy = biggest("energy");
  if (energy)
    values.energy = {
      value: `${cleanRaw(energy.raw)} (${formatNumber(energy.value / 1e3)} MWh)`,
      line: energy.position.line
    };
  const co2 = biggest("co2");
  if (co2)
    values.emissions = {
      value: `${cleanRaw(co2.raw)} (${formatNumber(co2.value / 1e3)} t CO2eq)`,
      line: co2.position.line
    };
  const { compute } = classification;
  if (compute.value !== null) {
    const line = compute.inputs[0]?.position.line ?? null;
    const estimated = compute.method !== "stated";
    values.trainingCompute = {
      value: `${estimated ? "\u2248 " : ""}${formatNumber(compute.value)} FLOP`,
      line,
      ...estimated ? { basis: computeBasis(compute.method, compute.text) } : {},
      plain: computePlain(compute, own)
    };
    values.computeOrder = {
      value: `10^${Math.floor(Math.log10(compute.value))} FLOP`,
      line,
      basis: `order of magnitude of ${formatNumber(compute.value)} FLOP`
    };
    values.computeMethod = {
      value: estimated ? computeBasis(compute.method, compute.text) : `stated in the card: ${compute.text}`,
      line
    };
  }
  return values;
}
function cleanRaw(raw) {
  return raw.replace(/[*_`]/g, "").trim();
}
function computePlain(compute, own) {
  const value = formatNumber(compute.value);
  if (compute.method === "stated") return `${value} FLOP (line ${compute.inputs[0]?.position.line})`;
  if (compute.method !== "6ND") return `\u2248 ${value} FLOP, ${computeBasis(compute.method, compute.text)}`;
  const [n, d] = compute.inputs.map((input) => {
    const quantity = own.find((q) => q.value === input.value && q.position.line === input.position.line);
    const unit = input.name === "trainingTokens" ? "tokens" : "parameters";
    const raw = quantity ? cleanRaw(quantity.raw) : formatNumber(input.value);
    return `${new RegExp("\\p{L}{2,}", "u").test(raw) ? raw : `${raw} ${unit}`} (line ${input.position.line})`;
  });
  return `\u2248 ${value} FLOP, estimated as 6 \xD7 ${n} \xD7 ${d}`;
}
function computeBasis(method, text) {
  const how = method === "6ND" ? "estimated as 6 \xD7 parameters \xD7 tokens" : "estimated from accelerator time \xD7 peak throughput \xD7 utilisation";
  return `${how}: ${text}`;
}

// src/draft/passage.ts
var PASSAGE_MAX = 400;
var HEADING = /^\s{0,3}#{1,6}\s/;
var FENCE = /^\s*(?:```|~~~)/;
function plainText(markdown) {
  return markdown.replace(/<!--[\s\S]*?-->/g, " ").replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1").replace(
    /\[([^\]]+)\]\(([^)\s]+)[^)]*\)/g,
    (_all, label, url) => label.trim() === url ? url : `${label} (${url})`
  ).replace(/<\/?[a-zA-Z][^<>]*>/g, " ").replace(/^\s{0,3}#{1,6}\s+/, "").replace(/^\s*(?:[-*+]|\d{1,3}[.)])\s+/, "").replace(/\s*\|\s*/g, " | ").replace(/(\*\*|__|`)/g, "").replace(/(^|\s)[*_]([^*_\s][^*_]*)[*_](?=\s|$|[.,;:])/g, "$1$2").replace(/&nbsp;/g, " ").replace(/\s+/g, " ").replace(/^[\s|]+|[\s|]+$/g, "").trim();
}
function passageAt(facts, line, max = PASSAGE_MAX) {
  const raw = lineText(facts, line);
  const own = plainText(raw);
  const isLabel = /^[^.!?]{1,60}:$/.test(own) || own === "";
  if (HEADING.test(raw) || isLabel) {
    const under = textAfter(facts, line, max);
    if (under) return HEADING.test(raw) || !own ? under : shorten(`${own} ${under}`, max);
  }
  return shorten(paragraphFrom(facts, line), max);
}
function paragraphFrom(facts, line) {
  const parts = [lineText(facts, line)];
  for (let next = line + 1; parts.join(" ").length < PASSAGE_MAX * 2; next++) {
    const text = lineText(facts, next);
    if (!text.trim() || HEADING.test(text) || FENCE.test(text) || /^\s*(?:[-*+]\s|\d{1,3}[.)]\s|\||<)/.test(text))
      break;
    parts.push(text);
  }
  return plainText(parts.join(" "));
}
function textAfter(facts, line, max) {
  const parts = [];
  let inFence = false;
  const lastLine = facts.positionAt(facts.text.length).line;
  for (let next = line + 1; next <= lastLine && parts.join(" ").length < max; next++) {
    const text = lineText(facts, next);
    if (FENCE.test(text)) inFence = !inFence;
    else if (HEADING.test(text)) break;
    else if (!inFence) {
      const plain = plainText(text);
      if (plain) parts.push(plain);
    }
  }
  return shorten(parts.join(" "), max);
}
function shorten(text, max = PASSAGE_MAX) {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const sentenceEnd = Math.max(cut.lastIndexOf(". "), cut.lastIndexOf("! "), cut.lastIndexOf("? "));
  if (sentenceEnd > max / 2) return cut.slice(0, sentenceEnd + 1);
  const word = cut.lastIndexOf(" ");
  return `${cut.slice(0, word > max / 2 ? word : max - 1)}\u2026`;
}

// src/draft/text-values.ts
var OPEN_SOURCE_WORDS = {
  yes: "free and open-source licence without use restrictions",
  no: "licence with conditions (not free and open-source in the sense of Art. 53(2))",
  unclear: "licence whose open-source status is unclear"
};
function textValues(analysis) {
  const { facts, classification } = analysis;
  const data = classifyData();
  const values = {};
  values.modelName = modelName(facts);
  const { licence } = classification;
  if (licence.id) {
    const line = licence.position?.line ?? null;
    values.licence = { value: licence.id, line };
    values.licenceCategory = {
      value: `${OPEN_SOURCE_WORDS[licence.qualifiesOpenSource]}: ${licence.reason}`,
      line,
      basis: `judged from the licence ${licence.id}${line ? ` (line ${line})` : ""}`
    };
  }
  values.licenceLink = metadataText(facts, "license_link") ?? licenceLinkInText(facts, licence.position?.line);
  const lineage = readLineage(facts, data);
  if (lineage) {
    const ids = lineage.baseModels.map((base) => base.id).join(", ");
    const line = lineage.baseModels[0]?.position.line ?? null;
    values.baseModel = { value: `${ids} (${lineage.relation})`, line };
    if (lineage.baseModels.length) values.baseModelIds = { value: ids, line };
  }
  values.datasets = datasets(facts);
  values.languages = metadataList(facts, "language");
  values.pipelineTag = metadataText(facts, "pipeline_tag");
  values.libraryName = metadataText(facts, "library_name");
  const task = taskProfile(facts, data);
  if (task.kind === "generative" && task.modalities.length)
    values.outputModalities = {
      value: task.modalities.join(", "),
      line: task.evidence?.position.line ?? null,
      basis: task.evidence ? `read from ${task.evidence.source}: ${task.evidence.value}` : void 0
    };
  const weights = weightsAvailability(facts, data);
  if (weights.position)
    values.weightsAccess = { value: `weights not openly downloadable: ${weights.reason}`, line: weights.position.line };
  values.releaseDate = releaseDate(facts);
  return values;
}
function metadataText(facts, key) {
  const entry = facts.metadata.get(key);
  if (!entry || typeof entry.value !== "string" && typeof entry.value !== "number") return void 0;
  const value = String(entry.value).trim();
  return value ? { value, line: entry.position.line } : void 0;
}
function metadataList(facts, key) {
  const entry = facts.metadata.get(key);
  if (!entry) return void 0;
  const items = (Array.isArray(entry.value) ? entry.value : [entry.value]).filter(
    (item) => typeof item === "string" && item.trim() !== ""
  );
  return items.length ? { value: items.join(", "), line: entry.position.line } : void 0;
}
function modelName(facts) {
  const named = metadataText(facts, "model_name") ?? metadataText(facts, "model-index.0.name");
  if (named) return named;
  const title = facts.sections.find((section) => section.depth === 1);
  const cleaned = title && plainText(title.title).replace(/^model card (?:for|of)\s+/i, "");
  if (title && cleaned) return { value: cleaned, line: title.position.line };
  const lines = facts.text.slice(facts.bodyStart).split("\n");
  const first = lines.findIndex((text) => /[\p{L}]{3}/u.test(text) && !/^\s*(?:#|<|\||!\[)/.test(text));
  if (first < 0) return void 0;
  const line = facts.positionAt(facts.bodyStart).line + first;
  const sentence = /^.*?[.!?](?=\s|$)/.exec(plainText(lines[first]))?.[0] ?? plainText(lines[first]);
  return {
    value: shorten(sentence, 200),
    line,
    basis: "the opening sentence (no title or model_name names the model)"
  };
}
function licenceLinkInText(facts, line) {
  if (!line) return void 0;
  const link = facts.links.find((candidate) => candidate.position.line === line && /^https?:/.test(candidate.url));
  return link ? { value: link.url, line } : void 0;
}
function datasets(facts) {
  const listed = metadataList(facts, "datasets");
  if (listed) return listed;
  const hub = facts.links.filter((link) => /huggingface\.co\/datasets\/[\w.-]+\/?[\w.-]*/.test(link.url));
  if (!hub.length) return void 0;
  const names = [
    ...new Set(hub.map((link) => link.url.replace(/^.*huggingface\.co\/datasets\//, "").replace(/[/?#]+$/, "")))
  ];
  return { value: names.join(", "), line: hub[0].position.line };
}
var RELEASE = /\b(?:[Rr]elease [Dd]ate|[Rr]eleased (?:on|in)|[Dd]ate of [Rr]elease|[Rr]elease)\b\s*[:*]*\s*((?:[A-Z][a-z]+\.? \d{1,2},? \d{4})|(?:\d{1,2} [A-Z][a-z]+ \d{4})|(?:\d{4}-\d{2}-\d{2})|(?:[A-Z][a-z]+ \d{4}))/;
function releaseDate(facts) {
  const stated = metadataText(facts, "ai_act.release_date");
  if (stated) return stated;
  const match = RELEASE.exec(facts.text.slice(facts.bodyStart));
  if (!match) return void 0;
  const line = facts.positionAt(facts.bodyStart + match.index).line;
  return { value: match[1], line };
}

// src/draft/sources.ts
function cardValues(analysis) {
  return { analysis, facts: { ...figureValues(analysis), ...textValues(analysis) } };
}
function resolveSources(values, sources) {
  for (const source of sources) {
    const found = resolveSource(values, source);
    if (found) return found;
  }
  return null;
}
function resolveSource(values, source) {
  const [kind, name] = splitSource(source);
  const { facts } = values.analysis;
  if (kind === "fact") return values.facts[name] ?? null;
  if (kind === "metadata") {
    const entry = facts.metadata.get(name);
    if (!entry || entry.value === null || entry.value === void 0 || entry.value === "") return null;
    const value = typeof entry.value === "object" ? JSON.stringify(entry.value) : String(entry.value);
    return { value, line: entry.position.line };
  }
  const result = values.analysis.results.find((candidate) => candidate.id === name);
  if (!result || result.status === "missing" || result.line === null) return null;
  const text = passageAt(facts, result.line);
  return new RegExp("\\p{L}{3}", "u").test(text) ? { value: text, line: result.line, status: result.status } : null;
}
function splitSource(source) {
  const at = source.indexOf(":");
  const kind = source.slice(0, at);
  if (at < 1 || kind !== "fact" && kind !== "rule" && kind !== "metadata")
    throw new Error(`unknown source "${source}"; expected fact:NAME, rule:ID or metadata:KEY`);
  return [kind, source.slice(at + 1)];
}

// src/draft/analyse.ts
function analyseCard(text, ruleset) {
  const parsed = parseCard(text);
  const facts = extractFacts(parsed, ruleset.vocabulary);
  const classification = classifyCard(facts);
  const results = ruleset.rules.map((rule) => evaluateRule(rule, { facts, classification }));
  return { parsed, facts, classification, results };
}

// src/draft/data-file.ts
var import_yaml = __toESM(require_dist(), 1);
import { existsSync, readFileSync } from "node:fs";
function readDraftData(name) {
  const candidates = ["../../rules/data/", "../rules/data/"].map((base) => new URL(`${base}${name}`, import.meta.url));
  const found = candidates.find((url) => existsSync(url)) ?? candidates[0];
  try {
    return (0, import_yaml.parse)(readFileSync(found, "utf8"));
  } catch (error) {
    throw new Error(`rules/data/${name}: ${error.message.split("\n")[0]}`, { cause: error });
  }
}
function records(value, file, key, required) {
  const list = value?.[key];
  if (!Array.isArray(list)) throw new Error(`rules/data/${file}: expected a list under "${key}"`);
  list.forEach((item, index) => {
    for (const field of required)
      if (!item || typeof item !== "object" || !(field in item))
        throw new Error(`rules/data/${file}: ${key}[${index}] lacks "${field}"`);
  });
  return list;
}

// src/draft/fix/draft-spec.ts
var FILE = "rules/data/card-drafts.yaml";
var cached;
function draftSpecs() {
  if (cached) return cached;
  const raw = readDraftData("card-drafts.yaml");
  if (!Array.isArray(raw?.templateOrder) || !raw.drafts || typeof raw.drafts !== "object")
    throw new Error(`${FILE}: expected templateOrder (a list) and drafts (a mapping)`);
  const templateOrder = raw.templateOrder;
  const drafts = /* @__PURE__ */ new Map();
  for (const [rule, spec] of Object.entries(raw.drafts)) {
    if (typeof spec?.heading !== "string" || !templateOrder.includes(spec.slot))
      throw new Error(`${FILE}: drafts.${rule}: needs a heading and a slot named in templateOrder`);
    if (!Array.isArray(spec.facts) || !Array.isArray(spec.todo))
      throw new Error(`${FILE}: drafts.${rule}: facts and todo must be lists`);
    for (const fact of spec.facts) splitSource(fact.from);
    for (const todo of spec.todo)
      if (/\d/.test(todo)) throw new Error(`${FILE}: drafts.${rule}: a TODO line must hold no figures: "${todo}"`);
    drafts.set(rule, spec);
  }
  cached = { templateOrder, drafts };
  return cached;
}

// src/draft/fix/lines.ts
function splitLines(text) {
  const bom = text.startsWith("\uFEFF") ? "\uFEFF" : "";
  const body = bom ? text.slice(1) : text;
  const eol = body.includes("\r\n") ? "\r\n" : "\n";
  const finalNewline = /\n$/.test(body);
  const lines = body.split(/\r?\n/);
  if (finalNewline) lines.pop();
  return { bom, lines, eol, finalNewline };
}
function lineMapping(insertions) {
  return (line) => line + insertions.filter((insertion) => insertion.beforeLine <= line).reduce((sum, i) => sum + i.lines.length, 0);
}
function applyInsertions(card, insertions) {
  const mapped = lineMapping(insertions);
  const renumber = (line) => line.replace(/\(line (\d+)\)/g, (_all, n) => `(line ${mapped(Number(n))})`);
  const sorted = [...insertions].sort((a, b) => a.beforeLine - b.beforeLine || a.rank - b.rank);
  const out = [];
  let next = 0;
  for (let line = 1; line <= card.lines.length + 1; line++) {
    while (next < sorted.length && sorted[next].beforeLine === line) out.push(...sorted[next++].lines.map(renumber));
    if (line <= card.lines.length) out.push(card.lines[line - 1]);
  }
  const ends = card.finalNewline || out.length > card.lines.length;
  return { text: card.bom + out.join(card.eol) + (ends ? card.eol : ""), newLines: out };
}
function insertionsBetween(before, after, rank = 0) {
  const insertions = [];
  let pending = [];
  let index = 0;
  for (const line of after) {
    if (index < before.length && line === before[index]) {
      if (pending.length) insertions.push({ beforeLine: index + 1, lines: pending, rank });
      pending = [];
      index++;
    } else pending.push(line);
  }
  if (index < before.length) return null;
  if (pending.length) insertions.push({ beforeLine: before.length + 1, lines: pending, rank });
  return insertions;
}

// src/draft/fix/front-matter.ts
var import_yaml2 = __toESM(require_dist(), 1);
function planFrontMatter(values, drafts) {
  const { facts, parsed } = values.analysis;
  const keys = [];
  for (const { spec } of drafts) {
    const target = spec.frontMatter;
    if (!target || facts.metadata.has(target.key)) continue;
    const found = resolveSource(values, target.from);
    if (!found || !found.line || !/^[\w.+/-]+(?:, [\w.+/-]+)*$/.test(found.value)) continue;
    const items = found.value.split(", ");
    keys.push({
      key: target.key,
      value: items.length > 1 ? items : items[0],
      comment: ` ai-act-gate draft: from the card (line ${found.line})`
    });
  }
  const aiActKeys = drafts.map(({ spec }) => spec.aiAct).filter((key) => !!key);
  if (aiActKeys.length && !facts.metadata.has(AI_ACT_KEY)) {
    const block = {};
    for (const key of aiActKeys) block[key] = null;
    keys.push({
      key: AI_ACT_KEY,
      value: block,
      comment: " ai-act-gate draft: fill in each link (an empty key states nothing)"
    });
  }
  if (!keys.length) return [];
  const rank = -1;
  if (!parsed.frontMatter && parsed.bodyStart === 0) {
    const yaml = freshDocument(keys).split("\n").slice(0, -1);
    return [{ beforeLine: 1, lines: ["---", ...yaml, "---"], rank }];
  }
  const firstLine = parsed.positionAt(parsed.frontMatterOffset).line;
  const closingLine = parsed.positionAt(parsed.bodyStart).line - (parsed.text[parsed.bodyStart - 1] === "\n" ? 1 : 0);
  const yamlText = parsed.text.slice(parsed.frontMatterOffset, offsetOfLine(parsed.text, closingLine));
  const before = yamlText.split("\n").slice(0, -1);
  const edited = editInPlace(yamlText, keys);
  const inPlace = edited === null ? null : insertionsBetween(before, edited.split("\n").slice(0, -1), rank);
  if (inPlace) return inPlace.map((insertion) => ({ ...insertion, beforeLine: insertion.beforeLine + firstLine - 1 }));
  const appended = freshDocument(keys);
  if ((0, import_yaml2.parseDocument)(yamlText + appended, { uniqueKeys: false }).errors.length) return [];
  return [{ beforeLine: closingLine, lines: appended.split("\n").slice(0, -1), rank }];
}
function editInPlace(yamlText, keys) {
  const document = (0, import_yaml2.parseDocument)(yamlText);
  if (document.errors.length || document.contents !== null && !(0, import_yaml2.isMap)(document.contents)) return null;
  for (const key of keys) document.set(key.key, node(document, key));
  return document.toString();
}
function freshDocument(keys) {
  const document = new import_yaml2.Document({});
  for (const key of keys) document.set(key.key, node(document, key));
  return document.toString({ nullStr: "" });
}
function node(document, key) {
  const created = document.createNode(key.value);
  if (created instanceof import_yaml2.Scalar) created.comment = key.comment;
  else {
    created.commentBefore = key.comment;
    if ((0, import_yaml2.isMap)(created)) {
      for (const pair of created.items) if ((0, import_yaml2.isScalar)(pair.value)) pair.value.comment = " TODO";
    }
  }
  return created;
}
function offsetOfLine(text, line) {
  let offset = 0;
  for (let current = 1; current < line && offset >= 0; current++) offset = text.indexOf("\n", offset) + 1;
  return offset;
}

// src/draft/fix/plan.ts
var MARKER = "ai-act-gate draft:";
var HEADING_LINE = /^\s{0,3}#{1,6}(?:\s|$)|^\s*<h[1-6]\b/i;
var SETEXT_UNDERLINE = /^\s{0,3}(?:=+|-+)\s*$/;
function dutiesToDraft(values, only) {
  const { drafts } = draftSpecs();
  const text = values.analysis.facts.text;
  return values.analysis.results.flatMap((rule) => {
    const spec = drafts.get(rule.id);
    const wanted = only.length ? only.includes(rule.id) : rule.required;
    if (!spec || !wanted || rule.status === "met" || text.includes(`<!-- ${MARKER} ${rule.id} `)) return [];
    return [{ rule, spec }];
  });
}
function planSections(values, only) {
  const { facts } = values.analysis;
  const { templateOrder } = draftSpecs();
  const rankOf = (section) => {
    const ranks = section.canonical.map((name) => templateOrder.indexOf(name)).filter((rank) => rank >= 0);
    return ranks.length ? Math.min(...ranks) : null;
  };
  const headings = facts.sections.filter((section) => {
    const line = section.position.line;
    return section.depth > 0 && (HEADING_LINE.test(lineText(facts, line)) || SETEXT_UNDERLINE.test(lineText(facts, line + 1)));
  });
  const top = topSections(headings);
  const lastLine = facts.positionAt(facts.text.length).line + (facts.text.endsWith("\n") ? 0 : 1);
  const lineAt = (offset) => offset >= facts.text.length ? lastLine : facts.positionAt(offset).line;
  const bodyLine = facts.positionAt(facts.bodyStart).line;
  const insertions = [];
  const drafted = [];
  for (const { rule, spec } of dutiesToDraft(values, only)) {
    const rank = templateOrder.indexOf(spec.slot);
    const { lines, filled } = draftLines(values, rule.id, spec);
    drafted.push({ rule: rule.id, spec, facts: filled });
    if (rule.status === "partial" && rule.line !== null && rule.line >= bodyLine) {
      const next = headings.find((section) => section.position.line > rule.line);
      insertions.push({
        beforeLine: next ? next.position.line : lastLine,
        lines: ["", ...lines, ""],
        rank: rank - templateOrder.length
      });
      continue;
    }
    const block = ["", lines[0], `## ${spec.heading}`, "", ...lines.slice(1), ""];
    const earlier = top.filter((section) => (rankOf(section) ?? Infinity) <= rank).pop();
    const later = top.find((section) => (rankOf(section) ?? -1) > rank);
    const beforeLine = earlier ? lineAt(earlier.subtreeEnd) : later ? lineAt(later.start) : lastLine;
    insertions.push({ beforeLine: Math.max(beforeLine, bodyLine), lines: block, rank });
  }
  return { insertions, drafted };
}
function draftLines(values, rule, spec) {
  const lines = [`<!-- ${MARKER} ${rule} (drafted from the card: check each line, then remove this comment) -->`];
  let filled = 0;
  for (const fact of spec.facts) {
    const found = resolveSource(values, fact.from);
    if (!found) continue;
    const text = found.plain ?? found.value;
    lines.push(`- ${fact.label}: ${text}${/\(line \d+\)/.test(text) || !found.line ? "" : ` (line ${found.line})`}`);
    filled++;
  }
  for (const todo of spec.todo) lines.push(`- TODO: ${todo}`);
  return { lines, filled };
}
function topSections(headed) {
  const titles = headed.filter((section) => section.depth === 1).length;
  const depth = titles === 1 ? Math.min(...headed.filter((s) => s.depth > 1).map((s) => s.depth), 7) : 1;
  return headed.filter((section) => section.depth === depth || section.depth < depth && section.depth > 1);
}

export {
  analyseCard,
  plainText,
  shorten,
  cardValues,
  resolveSources,
  splitSource,
  readDraftData,
  records,
  draftSpecs,
  splitLines,
  lineMapping,
  applyInsertions,
  planFrontMatter,
  MARKER,
  dutiesToDraft,
  planSections
};
