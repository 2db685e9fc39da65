import { createRequire as __aagCreateRequire } from 'node:module'; const require = __aagCreateRequire(import.meta.url);
import {
  addHubFacts
} from "./chunk-NL2QL32C.js";
import {
  extractFacts,
  modelSize,
  ownFigures,
  parseCard,
  require_spdx_license_ids
} from "./chunk-7KKXPEHT.js";
import "./chunk-MCBLOSZH.js";
import {
  readSource
} from "./chunk-Z4A6QR2X.js";
import {
  classifyData
} from "./chunk-RFKPFFVV.js";
import "./chunk-ODAIUGEL.js";
import "./chunk-746URBFR.js";
import "./chunk-QEDUW24Q.js";
import "./chunk-CSBECP3I.js";
import {
  __require
} from "./chunk-UIU2T2WH.js";

// src/render/cyclonedx-cli.ts
import { resolve } from "node:path";

// src/render/cyclonedx-card.ts
import { createHash } from "node:crypto";
function readBomCard(report, text, vocabulary) {
  const fallbackName = report.hub?.repo ?? report.path;
  if (text === null)
    return { name: fallbackName, sha256: null, parameters: null, datasets: [], baseModels: [], task: null };
  const facts = extractFacts(parseCard(text), vocabulary);
  if (report.hub?.parameters) addHubFacts(facts, { parameters: report.hub.parameters });
  const size = modelSize(facts, ownFigures(facts, classifyData()).quantities);
  const title = facts.sections.find((section) => section.depth === 1)?.title.trim();
  return {
    name: report.hub?.repo ?? stringAt(facts, "model-index.0.name") ?? (title || fallbackName),
    sha256: createHash("sha256").update(text).digest("hex"),
    parameters: size ? {
      value: size.quantity.value,
      source: size.quantity.source === "frontMatter" && size.quantity.raw.startsWith("Hub metadata") ? size.quantity.raw : `"${size.quantity.raw}" (line ${size.quantity.position.line})`
    } : null,
    datasets: list(facts, "datasets"),
    baseModels: list(facts, "base_model"),
    task: stringAt(facts, "pipeline_tag") ?? report.hub?.pipelineTag ?? null
  };
}
function stringAt(facts, key) {
  const value = facts.metadata.get(key)?.value;
  return typeof value === "string" && value.trim() ? value.trim() : null;
}
function list(facts, key) {
  const one = stringAt(facts, key);
  if (one) return [one];
  const items = [];
  for (let index = 0; facts.metadata.has(`${key}.${index}`); index++) {
    const item = stringAt(facts, `${key}.${index}`);
    if (item) items.push(item);
  }
  return items;
}

// src/render/cyclonedx.ts
import { randomUUID } from "node:crypto";
import { createRequire } from "node:module";
var requireHere = createRequire(import.meta.url);
var spdxIds = typeof __require === "function" ? require_spdx_license_ids() : requireHere("spdx-license-ids");
var SPDX_CASE = new Map(spdxIds.map((id) => [id.toLowerCase(), id]));
var USE_CASES_RULE = "intended-uses";
var LIMITATIONS_RULE = "capabilities-and-limitations";
function renderCycloneDx(report, cards, now = /* @__PURE__ */ new Date()) {
  const bom = {
    bomFormat: "CycloneDX",
    specVersion: "1.6",
    serialNumber: `urn:uuid:${randomUUID()}`,
    version: 1,
    metadata: {
      timestamp: now.toISOString(),
      tools: { components: [{ type: "application", name: report.tool.name, version: report.tool.version }] },
      properties: runProperties(report)
    },
    components: report.files.map((file, index) => component(file, cards[index], index))
  };
  return `${JSON.stringify(bom, null, 2)}
`;
}
function runProperties(report) {
  const properties = [
    { name: "ai-act-gate:rules", value: String(report.ruleset.count) },
    { name: "ai-act-gate:blocked", value: String(report.summary.blocked) }
  ];
  if (report.policy) properties.push({ name: "ai-act-gate:asOf", value: report.policy.asOf });
  if (report.provenance) {
    properties.push({ name: "ai-act-gate:rulesetDigest", value: report.provenance.rulesetDigest });
    if (report.provenance.policyDigest)
      properties.push({ name: "ai-act-gate:policyDigest", value: report.provenance.policyDigest });
  }
  return properties;
}
function component(file, card, index) {
  const ref = `card-${index + 1}`;
  const entry = { type: "machine-learning-model", "bom-ref": ref, name: card.name };
  if (file.hub) entry.version = file.hub.revision;
  if (card.sha256) entry.hashes = [{ alg: "SHA-256", content: card.sha256 }];
  const licences = licenceChoice(file.hub?.licence ?? file.tier.licence.id);
  if (licences) entry.licenses = licences;
  if (card.baseModels.length)
    entry.pedigree = {
      ancestors: card.baseModels.map((id) => ({ type: "machine-learning-model", name: id }))
    };
  if (file.hub)
    entry.externalReferences = [{ type: "model-card", url: file.hub.url, comment: `hf://${file.hub.repo}` }];
  entry.modelCard = modelCard(file, card, ref);
  entry.properties = verdictProperties(file, card);
  return entry;
}
function modelCard(file, card, ref) {
  const parameters = {};
  if (card.task) parameters.task = card.task;
  if (card.datasets.length) parameters.datasets = card.datasets.map((name) => ({ type: "dataset", name }));
  const evidence = (id) => {
    const rule = file.rules.find((result2) => result2.id === id);
    return rule && rule.status !== "missing" && rule.evidence ? [rule.evidence] : [];
  };
  const considerations = {};
  const useCases = evidence(USE_CASES_RULE);
  const limitations = evidence(LIMITATIONS_RULE);
  if (useCases.length) considerations.useCases = useCases;
  if (limitations.length) considerations.technicalLimitations = limitations;
  const result = { "bom-ref": `${ref}-model-card` };
  if (Object.keys(parameters).length) result.modelParameters = parameters;
  if (Object.keys(considerations).length) result.considerations = considerations;
  return result;
}
function verdictProperties(file, card) {
  const { tier } = file;
  const properties = [
    { name: "ai-act-gate:path", value: file.path },
    { name: "ai-act-gate:tier", value: tier.id },
    { name: "ai-act-gate:computeMethod", value: tier.computeMethod },
    { name: "ai-act-gate:gate", value: file.gate.blocked ? "blocked" : "not blocked" }
  ];
  if (tier.computeFlops !== null)
    properties.push({ name: "ai-act-gate:trainingComputeFlops", value: tier.computeFlops.toExponential(3) });
  if (card.parameters) {
    properties.push({ name: "ai-act-gate:parameters", value: String(card.parameters.value) });
    properties.push({ name: "ai-act-gate:parametersSource", value: card.parameters.source });
  }
  properties.push({ name: "ai-act-gate:licenceOpenSource", value: tier.licence.qualifiesOpenSource });
  if (file.hub) properties.push({ name: "ai-act-gate:hubRevision", value: file.hub.revision });
  for (const rule of file.rules) {
    if (!rule.required || rule.status === "met" || rule.enabled === false || rule.waiver) continue;
    properties.push({ name: "ai-act-gate:gap", value: `${rule.id} (${rule.status}): ${rule.message ?? ""}`.trim() });
  }
  for (const problem of file.problems)
    properties.push({ name: "ai-act-gate:problem", value: `${problem.ruleId}: ${problem.message}` });
  return properties;
}
function licenceChoice(id) {
  if (!id) return null;
  const spdx = SPDX_CASE.get(id.toLowerCase());
  return [{ license: spdx ? { id: spdx } : { name: id } }];
}

// src/render/cyclonedx-cli.ts
function renderCycloneDxReport(report, options) {
  const cards = report.files.map((file) => {
    let text = options.hubTexts?.get(file.path) ?? null;
    if (text === null && !file.hub) {
      const source = readSource(resolve(options.cwd, file.path), options.maxBytes);
      text = source.ok ? source.text : null;
    }
    return readBomCard(file, text, options.vocabulary);
  });
  return renderCycloneDx(report, cards);
}
export {
  renderCycloneDxReport
};
