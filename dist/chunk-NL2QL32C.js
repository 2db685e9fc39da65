import { createRequire as __aagCreateRequire } from 'node:module'; const require = __aagCreateRequire(import.meta.url);
import {
  TRAINER_TOTAL_FLOS,
  normaliseName
} from "./chunk-7KKXPEHT.js";

// src/hub/hub-facts.ts
function formatCount(value) {
  const scaled = (divisor, unit) => `${Number((value / divisor).toFixed(1))}${unit}`;
  if (value >= 1e12) return scaled(1e12, "T");
  if (value >= 1e9) return scaled(1e9, "B");
  if (value >= 1e6) return scaled(1e6, "M");
  if (value >= 1e3) return scaled(1e3, "K");
  return String(value);
}
function addHubFacts(facts, hub) {
  const states = (kinds) => facts.quantities.some((quantity) => kinds.includes(quantity.kind) && quantity.subject === "this-model");
  const add = (kind, value, unit, raw, derivation) => {
    const quantity = {
      kind,
      value,
      unit,
      raw,
      position: facts.frontMatterPosition,
      source: "frontMatter",
      subject: "this-model",
      subjectBasis: "default"
    };
    if (derivation) quantity.derivation = derivation;
    facts.quantities.push(quantity);
    (hub.applied ??= []).push(raw);
  };
  if (hub.parameters !== void 0 && hub.parameters > 0 && !states(["parameters", "activeParameters"]))
    add("parameters", hub.parameters, "count", `Hub metadata: ${formatCount(hub.parameters)} parameters`);
  if (hub.totalFlos && hub.totalFlos.value > 0 && !states(["trainingCompute"]))
    add(
      "trainingCompute",
      hub.totalFlos.value,
      "FLOP",
      `${hub.totalFlos.file}: total_flos ${hub.totalFlos.value.toExponential(2)} FLOP`,
      TRAINER_TOTAL_FLOS
    );
}
var withBases = /* @__PURE__ */ new WeakMap();
function classifyDataWithBases(data, bases) {
  const judged = (bases ?? []).filter((base) => base.gpai !== "unclear" || base.trainingCompute !== void 0);
  if (!bases || !judged.length) return data;
  const cached = withBases.get(bases);
  if (cached && cached.data === data) return cached.extended;
  const models = judged.map((base) => {
    const model = {
      name: base.id,
      names: [normaliseName(base.id)],
      generates: base.generates,
      gpai: base.gpai,
      source: base.source
    };
    if (base.trainingCompute !== void 0) model.trainingCompute = base.trainingCompute;
    if (base.parameters !== void 0) model.parameters = base.parameters;
    return model;
  });
  const extended = { ...data, knownModels: [...models, ...data.knownModels] };
  withBases.set(bases, { data, extended });
  return extended;
}

export {
  addHubFacts,
  classifyDataWithBases
};
