import { createRequire as __aagCreateRequire } from 'node:module'; const require = __aagCreateRequire(import.meta.url);
import {
  findCards
} from "./chunk-W25GIUMC.js";
import {
  classifyCard,
  evaluateRule,
  readLineage,
  taskProfile,
  weightsAvailability
} from "./chunk-MYXRLMEW.js";
import {
  AI_ACT_KEY,
  DEFAULT_MAX_BYTES,
  classifyData,
  extractFacts,
  formatNumber,
  modelSize,
  ownFigures,
  parseCard,
  readSource
} from "./chunk-EOQHAWN4.js";
import {
  VERSION
} from "./chunk-Y76VXVZL.js";
import {
  loadRuleset
} from "./chunk-Y3NU665T.js";
import {
  classifyStatement,
  statementSpan
} from "./chunk-OJF4BY46.js";
import {
  lineText,
  proseText,
  require_dist
} from "./chunk-OFF34GHB.js";
import "./chunk-VBN7N4WP.js";
import {
  __toESM
} from "./chunk-UIU2T2WH.js";

// src/draft/cli.ts
import { parseArgs } from "node:util";

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

// src/draft/form.ts
var RECIPIENTS = ["ai-office", "national-authorities", "downstream"];
var FILE = "model-documentation-form.yaml";
var cached;
function formSpec() {
  if (cached) return cached;
  const raw = readDraftData(FILE);
  const fields = records(raw, FILE, "fields", ["id", "section", "label", "recipients", "from"]);
  const sections = raw.sections;
  if (!Array.isArray(sections)) throw new Error(`rules/data/${FILE}: expected a list under "sections"`);
  for (const field of fields) {
    if (!sections.includes(field.section))
      throw new Error(`rules/data/${FILE}: ${field.id}: unknown section "${field.section}"`);
    for (const recipient of field.recipients)
      if (!RECIPIENTS.includes(recipient))
        throw new Error(`rules/data/${FILE}: ${field.id}: unknown recipient "${recipient}"`);
    field.from.forEach(splitSource);
  }
  cached = { sections, fields };
  return cached;
}
function fillForm(values, audience) {
  const fields = formSpec().fields.filter((spec) => !audience || spec.recipients.includes(audience)).map((spec) => {
    const found = resolveSources(values, spec.from);
    const field = {
      id: spec.id,
      section: spec.section,
      label: spec.label,
      recipients: spec.recipients,
      value: found?.value ?? null,
      source: found?.line ? { line: found.line } : null
    };
    if (found?.basis) field.basis = found.basis;
    if (found?.status === "partial") field.partial = true;
    return field;
  });
  const unfilled = fields.filter((field) => field.value === null).map((field) => field.id);
  return { fields, filled: fields.length - unfilled.length, unfilled };
}

// src/draft/read-card.ts
import { resolve } from "node:path";

// src/draft/analyse.ts
function analyseCard(text, ruleset) {
  const parsed = parseCard(text);
  const facts = extractFacts(parsed, ruleset.vocabulary);
  const classification = classifyCard(facts);
  const results = ruleset.rules.map((rule) => evaluateRule(rule, { facts, classification }));
  return { parsed, facts, classification, results };
}

// src/draft/read-card.ts
var DraftUsageError = class extends Error {
};
var CardInputError = class extends Error {
};
async function pickCard(named, cwd, command) {
  if (named.length > 1) throw new DraftUsageError(`${command} takes one card, got ${named.length}`);
  if (named.length === 1) return named[0];
  const found = await findCards([], cwd);
  if (found.length === 1) return found[0];
  throw new DraftUsageError(
    found.length ? `${command}: ${found.length} model cards under the current folder; name one (${found.slice(0, 3).join(", ")}${found.length > 3 ? ", \u2026" : ""})` : `${command}: no model card found under the current folder; name one`
  );
}
function readCard(path, cwd, ruleset) {
  const source = readSource(resolve(cwd, path), DEFAULT_MAX_BYTES);
  if (!source.ok) throw new CardInputError(`${path}: ${source.reason}`);
  const analysis = analyseCard(source.text, ruleset);
  const broken = analysis.parsed.problems.find((problem) => problem.message.startsWith("Front matter"));
  if (broken)
    throw new CardInputError(
      `${path}:${broken.position.line}: ${broken.message.replace(/; the front matter is ignored.*$/, "")}; fix the front matter first`
    );
  return { path, text: source.text, analysis };
}

// src/draft/render-form.ts
var RECIPIENT_SHORT = {
  "ai-office": "AIO",
  "national-authorities": "NCA",
  downstream: "DP"
};
function renderFormJson(path, form, audience) {
  return `${JSON.stringify({ card: path, audience: audience ?? "all", filled: form.filled, unfilled: form.unfilled, fields: form.fields }, null, 2)}
`;
}
function renderFormMarkdown(path, form, audience) {
  const out = [
    `# Model Documentation Form: ${path}`,
    "",
    "GPAI Code of Practice, Transparency chapter (final form, 10 July 2025). Drafted from the model card by",
    "ai-act-gate: every value quotes the card at the line given; check each one before you use it.",
    `Recipients: AIO = AI Office, NCA = national competent authorities, DP = downstream providers.${audience ? ` Only the fields for ${RECIPIENT_SHORT[audience]}.` : ""}`,
    "",
    `${form.filled} of ${form.fields.length} fields filled from the card.`
  ];
  for (const section of formSpec().sections) {
    const fields = form.fields.filter((field) => field.section === section);
    if (!fields.length) continue;
    out.push("", `## ${section}`, "", "| Field | For | Value | Card line |", "|---|---|---|---|");
    for (const field of fields) {
      const value = field.value === null ? "TODO" : `${field.value}${field.basis ? ` (${field.basis})` : ""}${field.partial ? " (partial)" : ""}`;
      const recipients = field.recipients.map((recipient) => RECIPIENT_SHORT[recipient]).join(", ") || "\u2013";
      out.push(`| ${cell(field.label)} | ${recipients} | ${cell(value)} | ${field.source ? field.source.line : "\u2013"} |`);
    }
  }
  if (form.unfilled.length) {
    out.push("", "## Not filled from the card", "");
    for (const id of form.unfilled) {
      const field = form.fields.find((candidate) => candidate.id === id);
      if (field) out.push(`- \`${id}\`: ${field.label}`);
    }
  }
  return `${out.join("\n")}
`;
}
function cell(text) {
  return text.replace(/\|/g, "\\|").replace(/\s*\n\s*/g, " ");
}

// src/draft/training-summary.ts
var FILE2 = "training-content-summary.yaml";
var cached2;
function summaryTemplate() {
  if (cached2) return cached2;
  const raw = readDraftData(FILE2);
  const sections = records(raw, FILE2, "sections", ["id", "title"]).map((section) => {
    for (const item of section.items ?? []) item.from.forEach(splitSource);
    const patterns = (section.items ?? []).map(
      (item) => (item.find ?? []).map((source) => {
        try {
          return new RegExp(source, "i");
        } catch (error) {
          throw new Error(`rules/data/${FILE2}: section ${section.id}: ${error.message}`, { cause: error });
        }
      })
    );
    return { ...section, patterns };
  });
  const text = raw.sizeBands?.text?.bands;
  if (!Array.isArray(text)) throw new Error(`rules/data/${FILE2}: expected sizeBands.text.bands`);
  cached2 = { sections, textBands: text };
  return cached2;
}
function draftTrainingSummary(values) {
  const template = summaryTemplate();
  const withBand = { ...values, facts: { ...values.facts, textSizeBand: sizeBand(values, template) } };
  return template.sections.map((section) => ({
    id: section.id,
    title: section.title,
    items: (section.items ?? []).map((item, index) => {
      const found = resolveSources(withBand, item.from) ?? statementMatching(values, section.patterns[index]);
      return {
        label: item.label,
        value: found?.value ?? null,
        source: found?.line ? { line: found.line } : null,
        ...found?.basis ? { basis: found.basis } : {}
      };
    })
  }));
}
function sizeBand(values, template) {
  const tokens = values.analysis.facts.quantities.find(
    (quantity) => quantity.kind === "trainingTokens" && values.facts.trainingTokens?.line === quantity.position.line
  );
  if (!tokens) return void 0;
  const band = template.textBands.find((candidate) => tokens.value < candidate.below);
  return band ? {
    value: `Text: ${band.label}`,
    line: tokens.position.line,
    basis: `${formatNumber(tokens.value)} training tokens (line ${tokens.position.line})`
  } : void 0;
}
function statementMatching(values, patterns) {
  const { facts } = values.analysis;
  const prose = proseText(facts);
  for (const pattern of patterns) {
    const global = new RegExp(pattern.source, "gi");
    for (let match = global.exec(prose); match; match = global.exec(prose)) {
      const [start, end] = statementSpan(prose, match.index);
      const statement = prose.slice(start, end);
      const mode = classifyStatement(statement);
      if (mode === "planned" || mode === "hypothetical" || mode === "placeholder") continue;
      const text = shorten(plainText(facts.text.slice(start, end)), 300);
      if (text.split(/\s+/).length >= 4)
        return { value: text, line: facts.positionAt(start + (/\S/.exec(statement)?.index ?? 0)).line };
    }
  }
  return null;
}
function renderSummaryMarkdown(path, sections) {
  const out = [
    `# Public summary of training content: ${path}`,
    "",
    "Draft on the European Commission template for the summary of the content used to train a",
    "general-purpose AI model (Art. 53(1)(d) AI Act; C(2025) 5235, 24 July 2025), pre-filled by",
    "ai-act-gate from the model card. Every value quotes the card at the line given; each `TODO:` is",
    "for the provider to answer before publishing."
  ];
  for (const section of sections) {
    const depth = section.id.split(".").length;
    out.push("", `${"#".repeat(Math.min(depth + 1, 4))} ${section.id} ${section.title}`);
    if (section.items.length) out.push("");
    for (const item of section.items) {
      const answer = item.value === null ? "TODO: not stated in the card" : `${item.value}${item.basis ? ` (${item.basis})` : ""} (card line ${item.source?.line ?? "?"})`;
      out.push(`- **${item.label}:** ${answer}`);
    }
  }
  return `${out.join("\n")}
`;
}

// src/draft/fix-cli.ts
import { writeFileSync } from "node:fs";
import { resolve as resolve2 } from "node:path";

// src/draft/fix/diff.ts
var CONTEXT = 3;
function unifiedDiff(path, before, after) {
  const ops = [];
  let index = 0;
  for (const line of after) {
    if (index < before.length && line === before[index]) {
      ops.push({ kind: " ", text: line });
      index++;
    } else ops.push({ kind: "+", text: line });
  }
  const changed = ops.map((op, at) => op.kind === "+" ? at : -1).filter((at) => at >= 0);
  if (!changed.length) return "";
  const name = path.replace(/^\/+/, "");
  const out = [`--- a/${name}`, `+++ b/${name}`];
  let start = 0;
  while (start < changed.length) {
    let end = start;
    while (end + 1 < changed.length && changed[end + 1] - changed[end] <= CONTEXT * 2 + 1) end++;
    const from = Math.max(0, changed[start] - CONTEXT);
    const to = Math.min(ops.length, changed[end] + CONTEXT + 1);
    const slice = ops.slice(from, to);
    const oldStart = ops.slice(0, from).filter((op) => op.kind === " ").length;
    const oldCount = slice.filter((op) => op.kind === " ").length;
    out.push(`@@ -${oldCount ? oldStart + 1 : oldStart},${oldCount} +${from + 1},${slice.length} @@`);
    for (const op of slice) out.push(`${op.kind}${op.text}`);
    start = end + 1;
  }
  return `${out.join("\n")}
`;
}

// src/draft/fix/draft-spec.ts
var FILE3 = "rules/data/card-drafts.yaml";
var cached3;
function draftSpecs() {
  if (cached3) return cached3;
  const raw = readDraftData("card-drafts.yaml");
  if (!Array.isArray(raw?.templateOrder) || !raw.drafts || typeof raw.drafts !== "object")
    throw new Error(`${FILE3}: expected templateOrder (a list) and drafts (a mapping)`);
  const templateOrder = raw.templateOrder;
  const drafts = /* @__PURE__ */ new Map();
  for (const [rule, spec] of Object.entries(raw.drafts)) {
    if (typeof spec?.heading !== "string" || !templateOrder.includes(spec.slot))
      throw new Error(`${FILE3}: drafts.${rule}: needs a heading and a slot named in templateOrder`);
    if (!Array.isArray(spec.facts) || !Array.isArray(spec.todo))
      throw new Error(`${FILE3}: drafts.${rule}: facts and todo must be lists`);
    for (const fact of spec.facts) splitSource(fact.from);
    for (const todo of spec.todo)
      if (/\d/.test(todo)) throw new Error(`${FILE3}: drafts.${rule}: a TODO line must hold no figures: "${todo}"`);
    drafts.set(rule, spec);
  }
  cached3 = { templateOrder, drafts };
  return cached3;
}

// src/draft/fix/front-matter.ts
var import_yaml2 = __toESM(require_dist(), 1);

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

// src/draft/fix/fix.ts
function fixCard(card, only) {
  const values = cardValues(card.analysis);
  const sections = planSections(values, only);
  const frontMatter = planFrontMatter(values, dutiesToDraft(values, only));
  const lines = splitLines(card.text);
  const { text, newLines } = applyInsertions(lines, [...frontMatter, ...sections.insertions]);
  let index = 0;
  for (const line of newLines) if (index < lines.lines.length && line === lines.lines[index]) index++;
  if (index < lines.lines.length)
    throw new Error(`${card.path}: a draft would change line ${index + 1}; nothing written`);
  return {
    path: card.path,
    before: lines.lines,
    after: newLines,
    text,
    changed: text !== card.text,
    drafted: sections.drafted
  };
}

// src/draft/fix-cli.ts
var FIX_HELP = `ai-act-gate ${VERSION}: write drafts of the sections a model card is missing

Usage: ai-act-gate fix [paths or globs\u2026] [options]

For each required duty that is missing or partial, inserts a marked draft: a new section where
the Hugging Face card template puts it, or a block at the end of the section that partly covers
the duty. Drafts carry the facts the card already states elsewhere, each with its line (derived
values such as training compute show their inputs), and a "TODO:" line for everything else,
which the checker keeps reporting as missing. Missing front-matter keys (license, base_model) and
an ai_act block with empty links are added to the front matter. The author's lines are never
changed; a second run changes nothing. With no paths, fixes the model cards under the current folder.

Options:
      --dry-run                       print a unified diff instead of writing the files
      --only <rule\u2026>                  draft only these duties (rule ids; repeat or separate with commas)
  -h, --help                          show this help

Exit codes: 0 done; 1 a card could not be read or has broken front matter (others are still
fixed); 2 usage error.
`;
async function runFix(argv, io) {
  const { values, positionals } = parse2(argv, {
    "dry-run": { type: "boolean" },
    only: { type: "string", multiple: true }
  });
  if (values.help) {
    io.stdout(FIX_HELP);
    return 0;
  }
  const only = (values.only ?? []).flatMap((value) => value.split(",")).map((id) => id.trim()).filter(Boolean);
  const known = draftSpecs().drafts;
  const unknown = only.filter((id) => !known.has(id));
  if (unknown.length)
    throw new DraftUsageError(
      `--only: no draft for ${unknown.map((id) => `"${id}"`).join(", ")}; rule ids are ${[...known.keys()].join(", ")}`
    );
  const paths = await findCards(positionals, io.cwd, { allowOutside: true });
  if (!paths.length)
    throw new DraftUsageError(
      positionals.length ? `no files match ${positionals.map((p) => `"${p}"`).join(", ")}` : "no model cards found under the current folder"
    );
  const ruleset = rules();
  let failed = 0;
  for (const path of paths) {
    try {
      const result = fixCard(readCard(path, io.cwd, ruleset), only);
      if (values["dry-run"]) io.stdout(unifiedDiff(path, result.before, result.after));
      else if (result.changed) writeFileSync(resolve2(io.cwd, path), result.text);
      const what = result.drafted.map(
        (draft) => draft.facts ? `${draft.rule} (${draft.facts} fact${draft.facts === 1 ? "" : "s"})` : draft.rule
      );
      const verb = values["dry-run"] ? "would draft" : "drafted";
      (values["dry-run"] ? io.stderr : io.stdout)(
        `${path}: ${what.length ? `${verb} ${what.join(", ")}` : "nothing to draft"}
`
      );
    } catch (error) {
      if (!(error instanceof CardInputError)) throw error;
      io.stderr(`ai-act-gate: ${error.message}
`);
      failed++;
    }
  }
  return failed ? 1 : 0;
}

// src/draft/cli.ts
var FORM_HELP = `ai-act-gate ${VERSION}: the Model Documentation Form of the GPAI Code of Practice, drafted from a model card

Usage: ai-act-gate form [card] [options]

Fills every field of the final form (July 2025) that the card answers, with the card line each
value comes from, and lists the fields left open. With no card, uses the only model card under
the current folder.

Options:
  -f, --format <markdown|json>        output format (default: markdown)
      --audience <downstream>         only the fields for downstream providers (the part that may be published)
  -h, --help                          show this help

Exit codes: 0 form written; 1 the card cannot be read or its front matter is broken; 2 usage error.
`;
var SUMMARY_HELP = `ai-act-gate ${VERSION}: a draft of the public summary of training content (Art. 53(1)(d)) from a model card

Usage: ai-act-gate training-summary [card] [options]

Lays out every section of the Commission's template (1.1\u20133.3) and pre-fills what the card states:
datasets, token count and its size band, modalities, data cut-off, crawling and robots.txt,
synthetic data, filtering, each with its card line; the rest is a TODO line. With no card,
uses the only model card under the current folder.

Options:
  -f, --format <markdown|json>        output format (default: markdown)
  -h, --help                          show this help

Exit codes: 0 summary written; 1 the card cannot be read or its front matter is broken; 2 usage error.
`;
async function runDraftCli(command, argv, io) {
  try {
    if (command === "form") return await runForm(argv, io);
    if (command === "training-summary") return await runTrainingSummary(argv, io);
    return await runFix(argv, io);
  } catch (error) {
    if (error instanceof DraftUsageError) {
      io.stderr(`ai-act-gate: ${error.message}
Run "ai-act-gate ${command} --help" for usage.
`);
      return 2;
    }
    io.stderr(`ai-act-gate: ${error instanceof Error ? error.message : String(error)}
`);
    return error instanceof CardInputError ? 1 : 2;
  }
}
function parse2(argv, options) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: { ...options, help: { type: "boolean", short: "h" } }
    });
  } catch (error) {
    throw new DraftUsageError(error.message);
  }
}
function rules() {
  return loadRuleset();
}
async function runForm(argv, io) {
  const { values, positionals } = parse2(argv, {
    format: { type: "string", short: "f", default: "markdown" },
    audience: { type: "string" }
  });
  if (values.help) {
    io.stdout(FORM_HELP);
    return 0;
  }
  const format = values.format;
  if (format !== "markdown" && format !== "json")
    throw new DraftUsageError(`--format must be markdown or json, not "${String(format)}"`);
  const audience = values.audience;
  if (audience !== void 0 && audience !== "downstream")
    throw new DraftUsageError(`--audience must be downstream, not "${String(audience)}"`);
  const path = await pickCard(positionals, io.cwd, "form");
  const card = readCard(path, io.cwd, rules());
  const form = fillForm(cardValues(card.analysis), audience);
  io.stdout(format === "json" ? renderFormJson(path, form, audience) : renderFormMarkdown(path, form, audience));
  return 0;
}
async function runTrainingSummary(argv, io) {
  const { values, positionals } = parse2(argv, { format: { type: "string", short: "f", default: "markdown" } });
  if (values.help) {
    io.stdout(SUMMARY_HELP);
    return 0;
  }
  const format = values.format;
  if (format !== "markdown" && format !== "json")
    throw new DraftUsageError(`--format must be markdown or json, not "${String(format)}"`);
  const path = await pickCard(positionals, io.cwd, "training-summary");
  const card = readCard(path, io.cwd, rules());
  const sections = draftTrainingSummary(cardValues(card.analysis));
  io.stdout(
    format === "json" ? `${JSON.stringify({ card: path, sections }, null, 2)}
` : renderSummaryMarkdown(path, sections)
  );
  return 0;
}
export {
  parse2 as parse,
  rules,
  runDraftCli
};
