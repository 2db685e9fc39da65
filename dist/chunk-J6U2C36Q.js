import { createRequire as __aagCreateRequire } from 'node:module'; const require = __aagCreateRequire(import.meta.url);
import {
  NEVER_EVIDENCE,
  STATEMENT_MODES,
  cardSubjectCues,
  classifyData,
  classifyStatement,
  excerpt,
  fastVariant,
  isBareDenial,
  isHeading,
  isOwnName,
  labelAboutBase,
  literalIndex,
  nameKey,
  offsetOf,
  ownNames,
  patternFor,
  proseText,
  requiredLiterals,
  rowCells,
  statementIndex,
  textKind,
  titleGivesOthers,
  withoutOthersVersions
} from "./chunk-RFKPFFVV.js";

// src/evaluate/matchers/kind.ts
var MatcherError = class extends Error {
  constructor(message, path) {
    super(message);
    this.path = path;
  }
  path;
};
function compileRegex(source, path, flags) {
  try {
    return new RegExp(source, flags);
  } catch (error) {
    throw new MatcherError(`invalid regular expression: ${error.message}`, path);
  }
}
function sectionNames(value, vocabulary, path) {
  const list = Array.isArray(value) ? value : [value];
  for (const name of list) {
    if (!vocabulary.sections.some((section) => section.name === name)) {
      throw new MatcherError(`unknown section "${name}", expected a name from rules/vocabulary/sections.yaml`, path);
    }
  }
  return list;
}
var SECTION_NAMES_SCHEMA = { $ref: "#/$defs/sectionNames" };

// src/evaluate/matchers/accept.ts
var DEFAULT_ACCEPT = STATEMENT_MODES.filter(
  (mode) => !NEVER_EVIDENCE.includes(mode)
);
var ACCEPT_SCHEMA = {
  type: "array",
  minItems: 1,
  uniqueItems: true,
  items: { enum: [...STATEMENT_MODES] },
  description: "statement modes that count as evidence (default: reported, linked, advised, negated)"
};
function acceptedModes(value, fallback, path) {
  if (value === void 0) return new Set(fallback);
  const modes = value;
  for (const mode of modes)
    if (NEVER_EVIDENCE.includes(mode)) throw new MatcherError(`"${mode}" statements are never evidence`, path);
  return new Set(modes);
}

// src/evaluate/context.ts
function quoteAt(text, offset, maxLength = 140) {
  const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
  let lineEnd = text.indexOf("\n", offset);
  if (lineEnd === -1) lineEnd = text.length;
  let from = lineStart;
  if (offset - lineStart > maxLength / 2) from = offset - Math.floor(maxLength / 4);
  const quote = text.slice(from, Math.min(lineEnd, from + maxLength)).replace(/\s+/g, " ").trim();
  return (from > lineStart ? "\u2026" : "") + quote + (Math.min(lineEnd, from + maxLength) < lineEnd ? "\u2026" : "");
}
function underTitle(title, quote) {
  const label = title.replace(/[\s:：]+$/, "");
  const plain = quote.replace(/^[…\s*_#>|-]+/, "");
  return plain.toLowerCase().startsWith(label.toLowerCase()) ? quote : `${label}: ${quote}`;
}

// src/evaluate/predicates/declares-base-model.ts
var NAME = String.raw`\[?\x60?(?:https?:\/\/(?:huggingface\.co|hf\.co)\/)?(?!(?:open-source|pre-?trained|state-of-the-art|large-scale|high-quality|well-known|in-house|multi-\w+|non-\w+|self-\w+|text-to-\w+)\b)((?:[\w.\-]+\/[\w.\-]+)|(?:[A-Za-z][\w.]*[\d\-][\w.\-]*))\x60?\]?(?![\w.\-/]*\s+(?:paper|architecture|design|approach|recipe))`;
var WORDS_WITH_ID = String.raw`(?:[\p{Lu}\d][\p{L}\p{N}.-]*\s+){1,5}\((?:[^()\n]{0,40}?[\s,])?\x60?(?:[\w.-]+\/[\w.-]+|[A-Za-z][\w.]*-[\w.-]*\d[\w.-]*)`;
var NAME_OR_WORDS = String.raw`(?:${WORDS_WITH_ID}|${NAME})`;
var PROSE = new RegExp(
  String.raw`\b(?:fine[- ]?tuned|finetuned|fine[- ]?tuning|fine[- ]?tune|finetune|quantized|quantised|distilled|derived|merged?|continued[- ]pre-?training|instruction[- ]tuning|(?:further|continu(?:ally|ously|ed))[- ](?:pre-?)?trained|resumed)\s+(?:\([^()\n]{1,30}\)\s+)?(?:[\w-]+\s+){0,2}?(?:version\s+)?(?:of|from|on top of|based on|on base model|van|von|de|di|du)\s+(?:the\s+)?(?:model\W{0,6}\s*)?` + NAME_OR_WORDS,
  "iu"
);
var BASED_ON = new RegExp(
  String.raw`\b(?:based on|built (?:on|upon)|initiali[sz](?:e|es|ed|ing) from|trained on base model|adaption weights for|auf (?:Basis|Grundlage) von|basierend auf|basé sur|à partir de|basado en|basato su|a partire da|gebaseerd op|(?:feinabgestimmte|nachtrainierte|weitertrainierte|weiter trainierte|quantisierte|destillierte) Version von|version (?:affinée|post-entraînée|ré-?entraînée|quantifiée|distillée) de|versión (?:ajustada|post-entrenada|posentrenada|re-?entrenada|cuantizada|destilada) de|versione (?:affinata|ottimizzata|post-addestrata|ri-?addestrata|quantizzata|distillata) di|(?:verfijnde|nagetrainde|verder getrainde|doorgetrainde|gekwantiseerde|gedistilleerde) versie van|samenvoeging(?: \([^()\n]{1,30}\))? van|Zusammenführung von|fusion de|fusión de|fusione di|dérivée? de|derivad[oa] de|derivat[oa] da|abgeleitet von|afgeleid van|afinad[oa] (?:a partir )?de|ajustad[oa] (?:a partir )?de|affinage(?: complet)?(?: \([^()\n]{1,30}\))? de|(?:Feinabstimmung|Fine-?Tuning|Weitertraining|Nachtraining)(?: \([^()\n]{1,30}\))? (?:von|des|der)(?: Basismodells?)?|ajuste fino(?: completo)? de|(?:affinamento|messa a punto)(?: complet[oa])? di|fijnafstemming van)\s+(?:the\s+)?(?:base model\s+)?` + NAME,
  "i"
);
var NAMED_VALUE = new RegExp(
  String.raw`^[\s|:*_>-]*` + NAME + String.raw`|\b(?:from|of|on|von|auf|de|di|da|su|sur|van|op|uit)\s+(?:the\s+)?` + NAME,
  "iu"
);
var IS_A_TUNED = new RegExp(
  String.raw`\b(?:is|are) an? ` + NAME + String.raw`\s+(?:pre-?trained |base )?model,?\s+(?:fine[- ]?tuned|finetuned|adapted|distilled|quanti[sz]ed)\b`,
  "i"
);
var IS_BASE_WITH = new RegExp(
  String.raw`\b(?:is|are) (?:an? )?` + NAME + String.raw`\s*(?:\([^()\n]{0,60}\)\s*)?,?\s+with (?:continued pre-?training|additional (?:pre-?)?training|further (?:pre-?)?training|instruction[- ]tuning|supervised fine-?tuning|fine-?tuning|a LoRA)`,
  "i"
);
var TUNED_VERSION_OF = new RegExp(
  String.raw`\b[\w-]*(?:tuned|trained|aligned|distilled|quanti[sz]ed|pre-?training|pretraining|training|tuning)(?:,?\s+(?:and\s+)?[\w-]*(?:tuned|trained|aligned|distilled|quanti[sz]ed))*\s+(?:version|variant|checkpoint|edition|derivative)\s+of\s+(?:the\s+)?(?:\p{Lu}[\p{L}\p{N}-]*['’]s\s+(?:own\s+)?)?` + NAME_OR_WORDS,
  "iu"
);
var BY_TUNING = new RegExp(
  String.raw`\b(?:by|through|via|after) (?:fine[- ]?tuning|finetuning|distilling|quanti[sz]ing|merging|further (?:pre-?)?training|continu(?:ing|ed) (?:the )?pre-?training(?: of)?)\s+(?:the\s+)?(?:base model\s+)?` + NAME,
  "i"
);
var TOOK_CHECKPOINT = new RegExp(
  String.raw`\b(?:took|take|taking|start(?:ed|ing)? (?:from|with)|began with|begin with|initiali[sz]ed (?:from|with))\s+(?:the\s+)?(?:(?:public|open|released|original|official)\s+)?` + NAME + String.raw`\s+(?:base\s+)?(?:checkpoint|weights)\b`,
  "i"
);
var ON_TOP = /\bon top of\s+(?:the\s+)?\[?`?(?:[\w.-]+\/[\w.-]+|[A-Za-z][\w.-]*\d[\w.-]*)/i;
var BASE_LINK = /\bbase model\b[^.\n|]{0,60}?\]\(https?:\/\/(?:huggingface\.co|hf\.co)\/(?!datasets\/|spaces\/|docs\/|blog\/)[\w.-]+\/[\w.-]+\/?\)/i;
var MERGED_LIST = new RegExp(
  String.raw`\b(?:models? merged|merged models?|(?:the )?following models were (?:included in the merge|merged)|merge of the following models)\s*:?\s*(?:[-*+]\s+)?` + NAME,
  "i"
);
var DEFINED_BASE = new RegExp(
  String.raw`["“](?:base|foundation|parent|upstream|original|source) model["”] (?:means|shall mean|refers to|denotes)\s+(?:the\s+)?(?:model\s+)?` + NAME,
  "i"
);
var REGION_TOPIC = "model-dependencies";
var BASE_WORD_AFTER = /^[\s(`*_]*(?:base|pre-?trained|foundation|pt)\b/i;
var MERGE_SOURCES = /\b(?:source|merged?|merge sources)\b/i;
var HUB_ID = /(?<![\w./-])[A-Za-z0-9][\w.-]*\/[A-Za-z0-9][\w.-]*\d[\w.-]*/;
var COUNTED = /* @__PURE__ */ new Set(["reported", "linked"]);
var DECLARED = /* @__PURE__ */ new Set(["reported", "linked", "advised"]);
function declaresBaseModel({ facts, classification }) {
  const entry = facts.metadata.get("base_model");
  const named = (entry ? Array.isArray(entry.value) ? entry.value : [entry.value] : []).filter(
    (value) => value !== null && value !== "" && classifyStatement(String(value)) !== "placeholder"
  );
  if (entry && named.length > 0) {
    return { position: entry.position, quote: `base_model: ${JSON.stringify(entry.value)}` };
  }
  for (const base of classification.baseModels ?? []) {
    const offset = offsetOf(facts, base.position);
    if (offset >= facts.bodyStart && /[\d/-]/.test(base.id))
      return { position: base.position, quote: quoteAt(facts.text, offset) };
  }
  const body = facts.proseText.slice(facts.bodyStart, facts.bodyStart + 2e5);
  const statements = statementIndex(facts, facts.proseText, "prose");
  for (const phrasing of LINEAGE_PHRASINGS) {
    const declaresBase = phrasing === BASE_LINK_ALL || phrasing === MERGED_LIST_ALL || phrasing === DEFINED_BASE_ALL;
    for (const match of body.matchAll(phrasing)) {
      if (match[1] && !BASE_WORD_AFTER.test(body.slice(match.index + match[0].length, match.index + match[0].length + 24)) && isOwnName(match[1], ownNames(facts, cardSubjectCues(facts))))
        continue;
      const offset = facts.bodyStart + match.index;
      if (declaresBase ? DECLARED.has(statements.modeAt(offset)) : statements.countsAt(offset, COUNTED))
        return { position: facts.positionAt(offset), quote: quoteAt(facts.text, offset) };
    }
  }
  return namedInRegion(facts) ?? mergeConfig(facts);
}
var MERGE_METHOD = /^[ \t]*merge_method:[ \t]*["']?[\w-]+/gm;
var MERGED_MODEL = /^[ \t]*(?:-[ \t]+)?(?:base_model|model):[ \t]*["']?[\w.-]+\/[\w.-]+/m;
var MERGE_CONFIG_REACH = 1500;
function mergeConfig(facts) {
  const text = facts.maskedText;
  MERGE_METHOD.lastIndex = facts.bodyStart;
  for (let method = MERGE_METHOD.exec(text); method; method = MERGE_METHOD.exec(text)) {
    if (facts.proseText.charCodeAt(method.index + method[0].length - 1) !== 32) continue;
    const from = Math.max(facts.bodyStart, method.index - MERGE_CONFIG_REACH);
    const window = text.slice(from, method.index + MERGE_CONFIG_REACH);
    const model = MERGED_MODEL.exec(window);
    if (!model) continue;
    const offset = from + model.index + (model[0].length - model[0].trimStart().length);
    return { position: facts.positionAt(offset), quote: quoteAt(facts.text, offset) };
  }
  return null;
}
var global = (pattern) => new RegExp(pattern.source, `${pattern.flags}g`);
var BASE_LINK_ALL = global(BASE_LINK);
var MERGED_LIST_ALL = global(MERGED_LIST);
var DEFINED_BASE_ALL = global(DEFINED_BASE);
var LINEAGE_PHRASINGS = [
  ...[PROSE, BASED_ON, ON_TOP, IS_A_TUNED, IS_BASE_WITH, TUNED_VERSION_OF, TOOK_CHECKPOINT, BY_TUNING].map(global),
  MERGED_LIST_ALL,
  BASE_LINK_ALL,
  DEFINED_BASE_ALL
];
function namedInRegion(facts) {
  const own = ownNames(facts, cardSubjectCues(facts));
  for (const region of facts.regions) {
    if (!region.topics.includes(REGION_TOPIC) || region.kind === "table-column" && region.spans.length > 1 && !MERGE_SOURCES.test(region.title))
      continue;
    if (region.value !== void 0) {
      if (NAMED_VALUE.test(region.value))
        return { position: region.position, quote: underTitle(region.title, region.value.slice(0, 100)) };
      continue;
    }
    for (const [from, to] of region.spans) {
      const content = facts.proseText.slice(from, Math.min(to, from + 2e3));
      if (region.kind === "table-row" && content.trim().replace(/^\||\|$/g, "").includes("|"))
        continue;
      let match = null;
      const names = new RegExp(NAMED_VALUE.source, "giu");
      for (let found = names.exec(content); found; found = names.exec(content)) {
        if (found[1] && (own.exact ?? own.keys).includes(nameKey(found[1]))) continue;
        match = found;
        break;
      }
      if (!match) match = HUB_ID.exec(content);
      if (!match) continue;
      const offset = from + match.index + (match[0].length - match[0].trimStart().length);
      if (!COUNTED.has(statementIndex(facts, facts.proseText, "prose").modeAt(offset))) continue;
      return { position: facts.positionAt(offset), quote: underTitle(region.title, quoteAt(facts.text, offset)) };
    }
  }
  return null;
}

// src/evaluate/predicates/non-eu-provider.ts
function nonEuProvider({ facts }) {
  const established = facts.metadata.get("ai_act.established_in_eu");
  if (established && established.value === true) return null;
  const position = established?.position ?? facts.frontMatterPosition;
  return { position, quote: established ? "ai_act.established_in_eu: false" : "provider establishment not stated" };
}

// src/evaluate/predicates/generates-content.ts
function generatesContent({ facts, classification }) {
  if (!classification.flags.includes("art-50")) return null;
  const reason = classification.reasons.find((r) => /art\.? ?50|generat/i.test(r.text));
  return { position: reason?.position ?? facts.titlePosition, quote: reason?.text ?? "generates synthetic content" };
}

// src/classify/task-profile.ts
var LEAD_CHARS = 3e3;
function taskProfile(facts, data = classifyData()) {
  return declaredTask(facts, data) ?? textSignal(facts, data) ?? { kind: "unknown", modalities: [] };
}
function declaredTask(facts, data = classifyData()) {
  const { narrowTasks: narrow, generativeTasks: generative } = data;
  const candidates = [];
  const add = (key, source, table) => {
    const entry = facts.metadata.get(key);
    if (typeof entry?.value === "string")
      candidates.push({ source, value: entry.value.trim().toLowerCase(), position: entry.position, table });
  };
  add("pipeline_tag", "pipeline_tag", "pipelineTags");
  if (!facts.metadata.has("pipeline_tag")) add("task", "pipeline_tag", "pipelineTags");
  for (const key of facts.metadata.keys()) {
    if (/^model-index\.\d+\.results\.\d+\.task\.type$/.test(key)) add(key, "model-index", "pipelineTags");
  }
  add("library_name", "library_name", "libraries");
  for (let index = 0; facts.metadata.has(`tags.${index}`); index++) add(`tags.${index}`, "tags", "tags");
  const modalities = /* @__PURE__ */ new Set();
  let decided = null;
  for (const candidate of candidates) {
    const task = narrow[candidate.table].get(candidate.value);
    const outputs = generative[candidate.table].get(candidate.value);
    const evidence = { source: candidate.source, value: candidate.value, position: candidate.position };
    if (!decided && task) decided = { kind: "narrow", task, modalities: [], evidence };
    else if (!decided && outputs) decided = { kind: "generative", modalities: [], evidence };
    if (outputs && decided?.kind === "generative") outputs.forEach((modality) => modalities.add(modality));
  }
  const refined = decided?.evidence?.source === "pipeline_tag" && generative.broadPipelineTags.has(decided.evidence.value);
  if (refined) {
    const narrowTag = candidates.find((candidate) => candidate.table === "tags" && narrow.tags.has(candidate.value));
    if (narrowTag)
      return {
        kind: "narrow",
        task: narrow.tags.get(narrowTag.value),
        modalities: [],
        evidence: { source: narrowTag.source, value: narrowTag.value, position: narrowTag.position }
      };
  }
  return decided ? { ...decided, modalities: [...modalities] } : null;
}
function textSignal(facts, data) {
  const prose = proseText(facts);
  const leadEnd = Math.min(prose.length, facts.bodyStart + LEAD_CHARS);
  for (const [start, end] of [
    [facts.bodyStart, leadEnd],
    [leadEnd, prose.length]
  ]) {
    const span = prose.slice(start, end);
    let best = null;
    const consider = (pattern, profile) => {
      const match = pattern.exec(span);
      if (match && (!best || match.index < best.offset)) best = { offset: match.index, profile, phrase: match[0] };
    };
    for (const { pattern, value } of data.narrowTasks.text)
      consider(pattern, { kind: "narrow", task: value, modalities: [] });
    for (const { pattern, value } of data.generativeTasks.text)
      consider(pattern, { kind: "generative", modalities: value });
    if (best) {
      const found = best;
      const modalities = found.profile.kind === "generative" ? generativeModalities(span, data) : [];
      return {
        ...found.profile,
        modalities,
        evidence: { source: "text", value: excerpt(found.phrase), position: facts.positionAt(start + found.offset) }
      };
    }
  }
  return null;
}
function generativeModalities(span, data) {
  const found = /* @__PURE__ */ new Set();
  for (const { pattern, value } of data.generativeTasks.text)
    if (pattern.test(span)) value.forEach((modality) => found.add(modality));
  return [...found];
}

// src/evaluate/predicates/declares-task.ts
function declaresTask({ facts }) {
  const evidence = declaredTask(facts)?.evidence;
  if (!evidence) return null;
  return { position: evidence.position, quote: `${evidence.source}: ${evidence.value}` };
}

// src/evaluate/predicates/index.ts
var predicates = {
  "declares-base-model": declaresBaseModel,
  "non-eu-provider": nonEuProvider,
  "generates-content": generatesContent,
  "declares-task": declaresTask
};
function hasPredicate(name) {
  return Object.hasOwn(predicates, name);
}

// src/evaluate/matchers/combinators.ts
var childrenSchema = { type: "array", minItems: 1, items: { $ref: "#/$defs/matcher" } };
function combinator(key) {
  return {
    key,
    schema: { additionalProperties: false, required: [key], properties: { [key]: childrenSchema } },
    compile: (raw, env, path) => ({
      kind: key,
      matchers: raw[key].map(
        (child, index) => env.compile(child, `${path}/${key}/${index}`)
      )
    }),
    run(matcher, context, env) {
      let first = null;
      for (const child of matcher.matchers) {
        const hit = env.run(child, context);
        if (key === "anyOf" && hit) return hit;
        if (key === "allOf" && !hit) return null;
        first ??= hit;
      }
      return first;
    },
    children: (matcher) => matcher.matchers.map((child, index) => ({ matcher: child, path: `/${key}/${index}` }))
  };
}
var anyOfKind = combinator("anyOf");
var allOfKind = combinator("allOf");

// src/facts/facets.ts
var SPECIAL = /[.+?^${}()|[\]\\]/g;
var WORD = /[\p{L}\p{N}]+/gu;
var PLAIN = /^[\p{L}\p{N}]+$/u;
var PREFIX = 3;
function compileFacet(name, terms) {
  const alternatives = terms.map((term) => {
    const open = term.endsWith("*");
    const words = (open ? term.slice(0, -1) : term).trim().replace(SPECIAL, "\\$&").replace(/\*/g, "").split(/[\s-]+/).filter((piece, index, pieces) => piece !== "" || index > 0 || pieces.length === 1).join("[\\s-]*");
    return open ? `${words}[\\p{L}\\p{N}]*` : `${words}(?:s|es|d|ed|ing)?`;
  });
  const literals = [
    ...new Set(
      terms.map(
        (term) => term.replace(/\*$/, "").trim().split(/[\s-]+/).find((piece) => piece !== "")?.toLowerCase() ?? ""
      )
    )
  ];
  return {
    name,
    pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join("|")})(?![\\p{L}\\p{N}])`, "iu"),
    literals,
    wordStarts: literals.filter((literal) => PLAIN.test(literal)),
    fragments: literals.filter((literal) => !PLAIN.test(literal))
  };
}
function coversAtLeast(facets, text, min, lowered) {
  let found = 0;
  for (let i = 0; i < facets.length; i++) {
    const facet = facets[i];
    const possible = lowered === void 0 || facet.literals.some((literal) => lowered.includes(literal));
    if (possible && facet.pattern.test(text)) found++;
    if (found >= min) return true;
    if (found + facets.length - i - 1 < min) return false;
  }
  return found >= min;
}
function facetsPresent(facets, index) {
  return facets.filter(
    (facet) => facet.wordStarts.some((literal) => index.hasWordStartingWith(literal)) || facet.fragments.some((literal) => index.includes(literal))
  );
}
var WordIndex = class {
  constructor(lowered) {
    this.lowered = lowered;
    this.words = [...new Set(lowered.match(WORD) ?? [])].sort();
    this.prefixes = new Set(this.words.map((word) => word.slice(0, PREFIX)));
  }
  lowered;
  words;
  /**
   * The first PREFIX characters of every word (shorter words whole): most literals begin no word of
   * a card, and one set lookup says so without a binary search of string comparisons.
   */
  prefixes;
  mayContain(literal) {
    return PLAIN.test(literal) ? this.hasWordStartingWith(literal) : this.includes(literal);
  }
  /** Whether a word of the text begins with `literal` (letters and digits only). */
  hasWordStartingWith(literal) {
    if (literal.length >= PREFIX && !this.prefixes.has(literal.slice(0, PREFIX))) return false;
    let low = 0;
    let high = this.words.length;
    while (low < high) {
      const middle = low + high >>> 1;
      if (this.words[middle] < literal) low = middle + 1;
      else high = middle;
    }
    return low < this.words.length && this.words[low].startsWith(literal);
  }
  /** Whether the text contains `fragment` anywhere. */
  includes(fragment) {
    return this.lowered.includes(fragment);
  }
};
function facetsCovered(facets, texts) {
  return facets.filter((facet) => texts.some((text) => facet.pattern.test(text))).map((facet) => facet.name);
}

// src/facts/specificity.ts
var MAX_CONTENT = 2e4;
var FIGURE = new RegExp(
  [
    String.raw`\b\d+(?:[.,]\d+)*\s?(?:%|percent|[kmbt]\b|billion|million|trillion|thousand|tokens?|param\w*|gpus?|tpus?|hours?|hrs?|h\b|days?|weeks?|months?|years?|flops?|pflops?|kwh|mwh|gwh|t?co2\w*|kg|tons?|tonnes?|[kmgt]b\b|samples|examples|images|prompts|languages|epochs|steps|layers|experts|tasks|questions|items|conversations|hours|seconds?|minutes?|pixels?|frames|k?hz|rank|dimensions?|heads|pairs|documents|dialogues|clips)`,
    // The same units in German, French, Spanish, Italian and Dutch, and thousands written 32.768 or 32 768.
    String.raw`\b\d+(?:[.,]\d+)*\s?(?:milliarden?|millionen?|mrd|mio|milliards?|millions?|mil millones|millones|miliardi|milioni|miljard|miljoen|schichten|couches|capas|strati|lagen|stunden|heures|horas|ore|uur|tage|jours|días|giorni|dagen|sekunden|secondes|segundos|secondi|bilder|images|imágenes|immagini|afbeeldingen|token)\b`,
    String.raw`\b\d{1,3}(?:[.\u00a0 ]\d{3})+\b|\b\d+,\d+\b`,
    String.raw`\b\d+\.\d+\b`,
    // Scientific notation: "2e-4", "3·10⁻⁴", "1.5 × 10^-5" (learning rates, compute).
    String.raw`\b\d+(?:\.\d+)?(?:[eE][-+]?\d+\b|\s?[·x×*]\s?10(?:\^|\*\*)?\{?[-−⁻+]?[\d⁰¹²³⁴⁵⁶⁷⁸⁹]+)`,
    // Counted in words in German, French, Spanish, Italian and Dutch ("zwei Wochen", "due settimane", "drie teams").
    String.raw`\b(?:zwei|drei|vier|fünf|sechs|zehn|deux|trois|quatre|cinq|dix|dos|tres|cuatro|cinco|diez|due|tre|quattro|cinque|dieci|twee|drie|vijf|tien)(?: [\p{L}]+){0,2} (?:Wochen|Monate|Tage|Teams|Experten|semaines|mois|jours|équipes|experts|semanas|meses|días|equipos|expertos|settimane|mesi|giorni|team|esperti|weken|maanden|dagen|experts)\b`,
    String.raw`\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|fifty|dozens?|hundreds?|thousands?|millions?)(?: \w+){0,2} (?:weeks?|months?|days?|hours?|teams?|experts?|rounds?|languages?|benchmarks?|categories|areas|domains|prompts|evaluators|annotators|testers|red[- ]?teams?|organi[sz]ations|partners|vendors|firms|companies|labs|groups|people|participants|reviewers|specialists|scenarios)\b`
  ].join("|"),
  "giu"
);
var EU_MONTHS = String.raw`(?:januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|januari|februari|maart|mei|augustus)`;
var EU_DATE = new RegExp(String.raw`(?:^|[^\p{L}])${EU_MONTHS}\.? (?:de |del )?(?:19|20)\d{2}\b`, "iu");
var DATE = /\b(?:19|20)\d{2}\s?[–-]\s?(?:19|20)\d{2}\b|\b(?:19|20)\d{2}-\d{2}(?:-\d{2})?\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? (?:\d{1,2}(?:st|nd|rd|th)?,? )?(?:19|20)\d{2}\b|\b\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*,? (?:19|20)\d{2}\b|\b\d{1,2}\/\d{1,2}\/(?:19|20)\d{2}\b|\b(?:in|since|until|from|on|by) (?:19|20)\d{2}\b|\bq[1-4] (?:19|20)\d{2}\b/i;
var NAME2 = /\b[A-Z][A-Z0-9]{1,}(?:-[A-Za-z0-9]+)*\b|\b[A-Za-z]+-?\d[\w.-]*\b|[a-z,;:(] (?:the )?[A-Z][a-z]{2,}/;
var LINK = /\]\(|https?:\/\/|\b(?:section|appendix|annex|chapter|table|Abschnitt|Kapitel|Anhang|Tabelle|annexe|chapitre|tableau|sección|anexo|capítulo|tabla|sezione|allegato|capitolo|tabella|sectie|bijlage|hoofdstuk|tabel) (?:\d+|[A-Z])\b|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/i;
var ITEM_START = /^[ \t]*(?:[-*+•]|\d{1,3}[.)])[ \t]+|^[ \t]*\|/;
var LABELLED_FIELD = /\*\*[^*\n]{1,60}?(?::\*\*|\*\*\s?:)/g;
var WORDS = /[\p{L}\p{N}]+/gu;
function measureSpecificity(text, spans, statements, accept) {
  const counted = [];
  let budget = MAX_CONTENT;
  for (const [from, to] of spans) {
    if (budget <= 0) break;
    const end = Math.min(to, from + budget);
    budget -= end - from;
    for (const [start, stop] of statements.spansIn(from, end)) {
      if (statements.counts(start, stop, accept) && !isBareDenial(text.slice(start, stop)) && !isColumnName(text, start))
        counted.push([start, stop]);
    }
  }
  return judge(
    counted.map(([start, end]) => statements.ownText(start, end)),
    itemsSpanned(text, counted),
    counted
  );
}
function specificityOfText(value, items = 0) {
  return judge([value], items, []);
}
function itemsSpanned(text, statements) {
  const lines = /* @__PURE__ */ new Set();
  for (const [start] of statements) {
    const lineStart = text.lastIndexOf("\n", start - 1) + 1;
    if (ITEM_START.test(text.slice(lineStart, start + 3))) lines.add(lineStart);
  }
  return lines.size;
}
function isColumnName(text, start) {
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  if (!/^[ \t]*\|/.test(text.slice(lineStart, start + 1))) return false;
  const lineEnd = text.indexOf("\n", start);
  if (lineEnd < 0) return false;
  const nextEnd = text.indexOf("\n", lineEnd + 1);
  const next = text.slice(lineEnd + 1, nextEnd < 0 ? text.length : nextEnd);
  return DELIMITER_ROW.test(next) && !/\d/.test(text.slice(lineStart, lineEnd));
}
var DELIMITER_ROW = /^[ \t]*\|?[ \t]*:?-{2,}:?[ \t]*(?:\|[ \t]*:?-{2,}:?[ \t]*)*\|?[ \t]*$/;
function startsTableRow(text, start) {
  return /^[ \t]*\|/.test(text.slice(text.lastIndexOf("\n", start - 1) + 1, start + 1));
}
function judge(texts, items, statements) {
  let words = 0;
  let figures = 0;
  const signals = /* @__PURE__ */ new Set();
  for (const text of texts) {
    words += text.match(WORDS)?.length ?? 0;
    figures += text.replace(SIZE_IN_NAME, " ").match(FIGURE)?.length ?? 0;
    if (figures > 0) signals.add("figure");
    if (DATE.test(text) || EU_DATE.test(text)) signals.add("date");
    if (NAME2.test(text)) signals.add("name");
    if (LINK.test(text)) signals.add("link");
  }
  const fields = texts.reduce((count, text) => count + (text.match(LABELLED_FIELD)?.length ?? 0), 0);
  if (items + fields >= 2) signals.add("structure");
  const list = [...signals];
  const band = words === 0 ? "empty" : signals.has("link") || list.length >= 2 || figures >= 2 ? "specific" : "generic";
  return { band, signals: list, words, statements };
}
var SIZE_IN_NAME = /(?<=[\p{L}\p{N}]-)\d+(?:\.\d+)?[kmbt](?![\p{L}\p{N}])/giu;
var MODEL_NAME = /\b[A-Za-z]+-\d[\w.-]*\b/g;
var INSTITUTIONS = /\b(?:EU|EEA|European (?:Union|Commission|Economic Area)|Union|AI (?:Act|Office)|Commission|Art(?:icle|\.)\s?\d+\w*|Regulation|Europäische[nr]? (?:Union|Kommission)|Union européenne|Unión Europea|Unione [Ee]uropea|Europese Unie|Europa|Europe|European)(?![\p{L}])/gu;
function namesAParty(statement) {
  if (LINK.test(statement)) return true;
  return NAME2.test(
    statement.replace(INSTITUTIONS, "the union").replace(MODEL_NAME, " ").replace(PLACE, " ").replace(COMMON_ACRONYM, " ")
  );
}
var COMMON_ACRONYM = /\b(?:NDA|APIs?|GPUs?|PDF|URL|FAQ|AI|ML|LLMs?|GDPR|ISO|IT|HR|DPO|SLA|ToS|TOS|AUP|EULA|Q[1-4]|M\d{1,2}|WP\d{1,2}|MS\d{1,2}|D\d{1,2}(?:\.\d{1,2})?|T\d{1,2}\.\d{1,2})\b/g;
var PROVIDER_SUBJECT = /(\b(?:[Aa]s|[Ss]ince|[Bb]ecause|[Ww]hile)\s+|^|[,;]\s*)((?:[A-Z][\w.&-]*\s+){0,2}[A-Z][\w.&-]*)(?=(?:,[^,;.]{1,60},)?\s+(?:(?:is|are) (?:established|headquartered|based|located|registered|incorporated)\b|(?:has|have|had) (?:\w+ )?(?:appointed|designated|mandated|named|confirmed)\b|confirm(?:s|ed)\b|(?:hat|haben|a|ont|ha|han|heeft|hebben)\s))/g;
var SPEAKER_ATTRIBUTION = /["”“]?,?\s*(?:(?:said|says|explained|added|noted|according to)\s+[^.;]{1,80}|(?:the company|the firm|[A-Z][\w.-]*(?: [A-Z][\w.-]*){0,3}) (?:said|says|explained|added))\s*\.?\s*$/u;
function withoutProviderSubject(before, ownKeys) {
  if (!ownKeys.length) return before;
  return before.replace(
    PROVIDER_SUBJECT,
    (whole, lead, subject) => ownKeys.includes(subject.split(/\s+/)[0].toLowerCase()) ? lead + " ".repeat(subject.length) : whole
  );
}
var PLACE = /\b(?:(?:based|located|established|headquartered|registered) )?in (?:the )?[A-Z][a-z]+(?: [A-Z][a-z]+)?\b|\b[A-Z]{2,3}-based\b/g;
function describeMissingSignals(specificity) {
  const missing = ["figure", "name", "date", "link"].filter(
    (signal) => !specificity.signals.includes(signal)
  );
  const words = { figure: "figures", name: "names", date: "dates", link: "links" };
  const parts = missing.map((signal) => words[signal]);
  return parts.length > 1 ? `no ${parts.slice(0, -1).join(", ")} or ${parts[parts.length - 1]}` : parts.length === 1 ? `no ${parts[0]}` : "";
}

// src/evaluate/matchers/facets.ts
var RANK = { empty: 0, generic: 1, specific: 2 };
var MAX_PASSAGE = 4e3;
var WORDS2 = /[\p{L}\p{N}]+/gu;
var WINDOW = 2;
var facetsKind = {
  key: "facets",
  schema: {
    additionalProperties: false,
    required: ["facets"],
    properties: {
      facets: {
        type: "object",
        minProperties: 1,
        additionalProperties: { type: "array", minItems: 1, items: { type: "string", minLength: 1 } },
        description: "the parts of the duty a reviewer looks for, each a term list (any language; a trailing * takes any ending); a passage anywhere that names enough of them counts"
      },
      minFacets: { type: "integer", minimum: 1, description: "facets one passage must name (default: all of them)" },
      minWords: {
        type: "integer",
        minimum: 1,
        description: "words the counted statements of the passage must hold together (default 1)"
      },
      content: {
        enum: ["generic", "specific"],
        description: "how specific the passage must also be (default generic)"
      },
      window: {
        type: "integer",
        minimum: 1,
        maximum: 4,
        description: "neighbouring statements (table rows) read together (default 2; a duty of four parts may need four)"
      },
      accept: ACCEPT_SCHEMA,
      unless: {
        type: "string",
        minLength: 1,
        description: 'statements that never count, as a regular expression (a disclaimer every model shares: "Like all language models, it may \u2026")'
      }
    }
  },
  compile(raw, env, path) {
    const facets = Object.entries(raw.facets).map(([name, terms]) => {
      try {
        return compileFacet(name, terms);
      } catch (error) {
        throw new MatcherError(`invalid facet terms: ${error.message}`, `${path}/facets/${name}`);
      }
    });
    const minFacets = raw.minFacets ?? facets.length;
    if (minFacets > facets.length)
      throw new MatcherError(`minFacets exceeds the ${facets.length} facets given`, `${path}/minFacets`);
    return {
      kind: "facets",
      facets,
      minFacets,
      minWords: raw.minWords ?? 1,
      content: raw.content ?? "generic",
      window: raw.window ?? WINDOW,
      accept: acceptedModes(raw.accept, env.accept, `${path}/accept`),
      unless: raw.unless === void 0 ? void 0 : compileRegex(raw.unless, `${path}/unless`, "iu")
    };
  },
  run: runFacets,
  regexes: (matcher, path) => [
    ...matcher.facets.map((facet) => [facet.pattern, `${path}/facets/${facet.name}`]),
    ...matcher.unless ? [[matcher.unless, `${path}/unless`]] : []
  ]
};
function runFacets(matcher, { facts }) {
  const text = facts.proseText;
  const lowered = loweredProse(facts);
  const shortcut = lowered !== "";
  const present = shortcut ? facetsPresent(matcher.facets, wordIndexOf(facts, lowered)) : matcher.facets;
  if (present.length < matcher.minFacets) return null;
  const statements = statementIndex(facts, text, "prose");
  for (const [start, end] of passagesOf(facts)) {
    const loweredPassage = shortcut ? lowered.slice(start - facts.bodyStart, end - facts.bodyStart) : void 0;
    if (!coversAtLeast(present, text.slice(start, end), matcher.minFacets, loweredPassage)) continue;
    const units = unitsOf(text, statements.statementsIn(start, end));
    const leadIns = leadInsOf(text, units);
    for (let i = 0; i < units.length; i++) {
      const introducedBy = leadIns[i];
      const leadIn = introducedBy !== void 0 && introducedBy < i - 1 ? units[introducedBy] : [];
      const window = [...leadIn, ...units.slice(i, i + matcher.window).flat()].filter(
        (s) => matcher.accept.has(s.mode) && s.subject === "this-model" && !matcher.unless?.test(text.slice(s.start, s.end))
      );
      if (window.length === 0) continue;
      const joined = window.map((s) => statements.ownText(s.start, s.end)).join(" ");
      const covered = facetsCovered(matcher.facets, [joined]);
      if (covered.length < matcher.minFacets || (joined.match(WORDS2)?.length ?? 0) < matcher.minWords) continue;
      const items = units.slice(i, i + matcher.window).filter((unit) => unit.length && startsTableRow(text, unit[0].start)).length;
      const specificity = specificityOfText(joined, items);
      if (RANK[specificity.band] < RANK[matcher.content]) continue;
      const first = window[0].start;
      const why = specificity.band === "generic" ? `; generic: ${describeMissingSignals(specificity)}` : "";
      return {
        position: facts.positionAt(first),
        quote: `${quoteAt(facts.text, first)} (names ${covered.join(", ")}${why})`
      };
    }
  }
  return null;
}
var LIST_ITEM_START = /^[ \t]*(?:[-*+•]|\d{1,3}[.)])[ \t]/;
function leadInsOf(text, units) {
  const found = [];
  let leadIn;
  for (let i = 0; i < units.length; i++) {
    const unit = units[i];
    if (!unit.length) continue;
    const lineStart = text.lastIndexOf("\n", unit[0].start - 1) + 1;
    if (LIST_ITEM_START.test(text.slice(lineStart, unit[0].start + 4))) {
      found[i] = leadIn;
      continue;
    }
    const last = unit[unit.length - 1];
    leadIn = /:\s*$/.test(text.slice(last.start, last.end)) ? i : void 0;
  }
  return found;
}
function unitsOf(text, statements) {
  const units = [];
  let rowEnd = -1;
  for (const statement of statements) {
    if (statement.start < rowEnd) {
      units[units.length - 1].push(statement);
      continue;
    }
    units.push([statement]);
    const lineStart = text.lastIndexOf("\n", statement.start - 1) + 1;
    rowEnd = /^[ \t]*\|/.test(text.slice(lineStart, statement.start + 1)) ? text.indexOf("\n", statement.start) + 1 || text.length : -1;
  }
  return units.map(
    (unit) => unit.slice(1).every((cell) => NEVER_EVIDENCE.includes(cell.mode) || isBareDenial(text.slice(cell.start, cell.end))) && (unit.length > 1 || emptyValueRow(text, unit[0])) ? [] : unit
  );
}
function emptyValueRow(text, label) {
  const lineStart = text.lastIndexOf("\n", label.start - 1) + 1;
  if (!/^[ \t]*\|/.test(text.slice(lineStart, label.start + 1))) return false;
  const lineEnd = text.indexOf("\n", label.start);
  const row = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd).trim();
  return row.replace(/^\|/, "").replace(/\|$/, "").split("|").length >= 2;
}
var wordIndexes = /* @__PURE__ */ new WeakMap();
function wordIndexOf(facts, lowered) {
  let index = wordIndexes.get(facts);
  if (!index) wordIndexes.set(facts, index = new WordIndex(lowered));
  return index;
}
var lowerBodies = /* @__PURE__ */ new WeakMap();
function loweredProse(facts) {
  let lowered = lowerBodies.get(facts);
  if (lowered === void 0) {
    const body = facts.proseText.slice(facts.bodyStart);
    lowered = body.toLowerCase();
    if (lowered.length !== body.length) lowered = "";
    lowerBodies.set(facts, lowered);
  }
  return lowered;
}
var passages = /* @__PURE__ */ new WeakMap();
function passagesOf(facts) {
  let found = passages.get(facts);
  if (found) return found;
  found = [];
  const text = facts.proseText;
  const blankLine = /\n[ \t\r]*(?=\n)/g;
  let start = facts.bodyStart;
  const push = (from, to) => {
    for (let cut = from; cut < to; cut += MAX_PASSAGE) {
      const end = Math.min(to, cut + MAX_PASSAGE);
      if (/[\p{L}\p{N}]/u.test(text.slice(cut, end))) found.push([cut, end]);
    }
  };
  blankLine.lastIndex = start;
  for (let match = blankLine.exec(text); match; match = blankLine.exec(text)) {
    push(start, match.index);
    start = match.index + match[0].length;
  }
  push(start, text.length);
  passages.set(facts, found);
  return found;
}

// src/evaluate/matchers/link.ts
var linkKind = {
  key: "link",
  schema: {
    additionalProperties: false,
    required: ["link"],
    properties: { link: { type: "string", minLength: 1 }, url: { type: "string" }, accept: ACCEPT_SCHEMA }
  },
  compile(raw, env, path) {
    return {
      kind: "link",
      label: compileRegex(raw.link, `${path}/link`, "iu"),
      url: typeof raw.url === "string" ? compileRegex(raw.url, `${path}/url`, "iu") : null,
      accept: acceptedModes(raw.accept, env.accept, `${path}/accept`)
    };
  },
  run(matcher, { facts }) {
    const statements = statementIndex(facts, facts.maskedText, "masked");
    const link = facts.links.find(
      (l) => matcher.label.test(l.label.replace(/\s+/g, " ")) && (!matcher.url || matcher.url.test(l.url)) && countsAt(l.position)
    );
    return link ? { position: link.position, quote: `[${link.label.slice(0, 80)}](${link.url.slice(0, 120)})` } : null;
    function countsAt(position) {
      const offset = offsetOf(facts, position);
      if (offset < facts.bodyStart || offset >= facts.maskedText.length || facts.maskedText[offset] === " ")
        return true;
      return statements.countsAt(offset, matcher.accept);
    }
  },
  regexes: (matcher, path) => matcher.url ? [
    [matcher.label, `${path}/link`],
    [matcher.url, `${path}/url`]
  ] : [[matcher.label, `${path}/link`]]
};

// src/evaluate/matchers/metadata.ts
var UNSET = /* @__PURE__ */ new Set([...NEVER_EVIDENCE, "negated"]);
var metadataKind = {
  key: "metadata",
  schema: {
    additionalProperties: false,
    required: ["metadata"],
    properties: {
      metadata: { type: "string", minLength: 1 },
      pattern: { type: "string" },
      minLength: { type: "integer", minimum: 1 }
    }
  },
  compile(raw, _env, path) {
    return {
      kind: "metadata",
      key: raw.metadata,
      pattern: typeof raw.pattern === "string" ? compileRegex(raw.pattern, `${path}/pattern`, "iu") : null,
      minLength: raw.minLength ?? 1
    };
  },
  run(matcher, { facts }) {
    const entry = facts.metadata.get(matcher.key);
    if (!entry) return null;
    const text = metadataText(entry.value);
    if (text.length < matcher.minLength || isPlaceholder(text)) return null;
    if (typeof entry.value === "string" && UNSET.has(classifyStatement(text))) return null;
    if (matcher.pattern && !matcher.pattern.test(text)) return null;
    return { position: entry.position, quote: `${matcher.key}: ${text.slice(0, 100)}` };
  },
  regexes: (matcher, path) => matcher.pattern ? [[matcher.pattern, `${path}/pattern`]] : []
};
function metadataText(value) {
  if (value === null || value === void 0) return "";
  if (typeof value === "string") return value.trim();
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  try {
    const json = JSON.stringify(value);
    return json === "[]" || json === "{}" ? "" : json;
  } catch {
    return "";
  }
}
function isPlaceholder(text) {
  return /^\s*(?:\[more information needed\]|more information needed|\{\{.*\}\}|n\/?a|none|null|tbd|todo|-)\s*$/i.test(
    text
  );
}

// src/evaluate/matchers/spans.ts
function subtreeSpan(section) {
  return [section.bodyStart, section.subtreeEnd];
}
function mergeSpans(spans) {
  spans.sort((a, b) => a[0] - b[0]);
  const merged = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else merged.push([...span]);
  }
  return merged;
}

// src/evaluate/matchers/headings.ts
function isOtherTopic(sub, names) {
  return sub.canonical.length > 0 && !sub.canonical.some((name) => names.includes(name));
}
function inEmptyHeading(text, sections, offset) {
  const index = sections.findIndex((s) => s.start <= offset && offset < s.bodyStart);
  if (index < 0) return false;
  const section = sections[index];
  if (!isHeading(text, section.start) || section.words > 0) return false;
  for (let i = index + 1; i < sections.length && sections[i].start < section.subtreeEnd; i++) {
    const sub = sections[i];
    if (sub.words > 0 && !isOtherTopic(sub, section.canonical)) return false;
  }
  return true;
}

// src/evaluate/matchers/pattern.ts
var MAX_SEARCH_SPAN = 4e5;
var patternKind = {
  key: "pattern",
  schema: {
    additionalProperties: false,
    required: ["pattern"],
    properties: {
      pattern: { type: "string", minLength: 1 },
      within: SECTION_NAMES_SCHEMA,
      excludeWithin: SECTION_NAMES_SCHEMA,
      minCount: { type: "integer", minimum: 1 },
      includeCode: {
        type: "boolean",
        description: "also search code blocks (usage snippets, pinned installs); prose only by default"
      },
      accept: ACCEPT_SCHEMA,
      content: {
        enum: ["any", "specific", "named"],
        description: 'specific: count the phrase only in a statement with figures, names with dates or figures, or links (see facts/specificity.ts); named: only in a statement that names a party (an organisation, a person, a link or e-mail address) besides the phrase; a bare mention ("we have appointed a representative in the EU") is no evidence then'
      }
    }
  },
  compile(raw, env, path) {
    const pattern = compileRegex(raw.pattern, `${path}/pattern`, "gimu");
    return {
      kind: "pattern",
      pattern,
      fast: fastVariant(pattern.source, pattern.flags),
      literals: requiredLiterals(pattern.source, pattern.flags),
      within: raw.within !== void 0 ? sectionNames(raw.within, env.vocabulary, `${path}/within`) : null,
      excludeWithin: raw.excludeWithin !== void 0 ? sectionNames(raw.excludeWithin, env.vocabulary, `${path}/excludeWithin`) : [],
      minCount: raw.minCount ?? 1,
      includeCode: raw.includeCode ?? false,
      accept: acceptedModes(raw.accept, env.accept, `${path}/accept`),
      content: raw.content ?? "any",
      source: raw.pattern
    };
  },
  run: runPattern,
  regexes: (matcher, path) => [[matcher.pattern, `${path}/pattern`]]
};
function runPattern(matcher, context) {
  const { facts } = context;
  const source = matcher.includeCode ? facts.maskedText : facts.proseText;
  const searched = searchedText(facts, matcher.includeCode);
  const kind = searched.kind;
  if (matcher.literals && kind !== "folding") {
    const index = searched.literals ??= literalIndex(source.toLowerCase());
    if (!matcher.literals.some((literal) => index.mayContain(literal))) return null;
  }
  const spans = matcher.within ? mergeSpans(facts.sections.filter((s) => s.canonical.some((n) => matcher.within.includes(n))).map(subtreeSpan)) : [[facts.bodyStart, facts.maskedText.length]];
  const excluded = matcher.excludeWithin.length ? mergeSpans(
    facts.sections.filter((s) => s.canonical.some((n) => matcher.excludeWithin.includes(n))).map(subtreeSpan)
  ) : [];
  const statements = statementIndex(facts, source, matcher.includeCode ? "masked" : "prose");
  const fast = patternFor(kind, matcher.pattern, matcher.fast);
  if (fast !== matcher.pattern) {
    const found = searchSpans(fast, kind === "astral");
    if (found !== void 0) return found;
  }
  return searchSpans(matcher.pattern, false) ?? null;
  function rowValueIsNoAnswer(offset) {
    const row = tableRowAt(source, offset);
    if (!row) return false;
    const others = [...statements.spansIn(row[0], row[1])].filter(([from, to]) => offset < from || offset >= to);
    if (others.length === 0) return rowCells(source.slice(row[0], row[1])).length >= 2;
    return others.every(
      ([from, to]) => NEVER_EVIDENCE.includes(statements.modeAt(from)) || isBareDenial(source.slice(from, to))
    );
  }
  function headingAnswersNothing(offset) {
    const section = facts.sections.find((s) => s.start <= offset && offset < s.bodyStart);
    if (!section || !isHeading(facts.text, section.start)) return false;
    if (source.slice(section.bodyStart, section.subtreeEnd) !== facts.text.slice(section.bodyStart, section.subtreeEnd))
      return false;
    let any = false;
    for (const [start, end] of statements.spansIn(section.bodyStart, section.subtreeEnd)) {
      if (matcher.accept.has(statements.modeAt(start)) || statements.counts(start, end, matcher.accept)) return false;
      any = true;
    }
    return any;
  }
  function saysEnough(offset, length) {
    const [from, to] = tableRowAt(source, offset) ?? statements.spanAt(offset);
    if (matcher.content === "named")
      return namesAParty(
        withoutProviderSubject(source.slice(from, offset), ownKeysOf(facts)) + " " + source.slice(offset + length, to).replace(SPEAKER_ATTRIBUTION, "")
      );
    return measureSpecificity(source, [[from, to]], statements, matcher.accept).band === "specific";
  }
  function searchSpans(pattern, refuseEmptyMatch) {
    let count = 0;
    let first = null;
    for (const [start, end] of spans) {
      const text = source.slice(start, Math.min(end, start + MAX_SEARCH_SPAN));
      pattern.lastIndex = 0;
      for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
        if (match[0].length === 0) {
          if (refuseEmptyMatch) return void 0;
          pattern.lastIndex++;
        }
        const offset = start + match.index;
        if (excluded.some(([from, to]) => offset >= from && offset < to)) continue;
        if (!statements.countsAt(offset, matcher.accept, offset + match[0].length)) continue;
        if (rowValueIsNoAnswer(offset)) continue;
        if (inEmptyHeading(facts.text, facts.sections, offset)) continue;
        if (headingAnswersNothing(offset)) continue;
        if (matcher.content !== "any" && !saysEnough(offset, match[0].length)) continue;
        first ??= offset;
        if (++count >= matcher.minCount)
          return { position: facts.positionAt(first), quote: quoteAt(facts.text, first) };
      }
    }
    return null;
  }
}
var searchedTexts = /* @__PURE__ */ new WeakMap();
function searchedText(facts, includeCode) {
  let texts = searchedTexts.get(facts);
  if (!texts) searchedTexts.set(facts, texts = {});
  if (includeCode) return texts.masked ??= { kind: textKind(facts.maskedText) };
  return texts.prose ??= { kind: textKind(facts.proseText) };
}
function tableRowAt(text, offset) {
  const start = text.lastIndexOf("\n", offset - 1) + 1;
  if (!/^[ \t]*\|/.test(text.slice(start, start + 8))) return null;
  const end = text.indexOf("\n", offset);
  return [start, end < 0 ? text.length : end];
}
function ownKeysOf(facts) {
  return facts.subjectCues ? ownNames(facts, facts.subjectCues).keys : [];
}

// src/evaluate/matchers/predicate.ts
var predicateKind = {
  key: "predicate",
  schema: {
    additionalProperties: false,
    required: ["predicate"],
    properties: { predicate: { type: "string", pattern: "^[a-z][a-z0-9-]*$" } }
  },
  compile(raw, _env, path) {
    const name = raw.predicate;
    if (!hasPredicate(name)) throw new MatcherError(`unknown predicate "${name}"`, `${path}/predicate`);
    return { kind: "predicate", name };
  },
  run: (matcher, context) => predicates[matcher.name](context)
};

// src/evaluate/matchers/quantity.ts
var quantityKind = {
  key: "quantity",
  schema: {
    additionalProperties: false,
    required: ["quantity"],
    properties: {
      quantity: {
        oneOf: [
          { $ref: "#/$defs/quantityKind" },
          { type: "array", minItems: 1, items: { $ref: "#/$defs/quantityKind" } }
        ]
      },
      accept: ACCEPT_SCHEMA
    }
  },
  compile(raw, env, path) {
    return {
      kind: "quantity",
      kinds: Array.isArray(raw.quantity) ? raw.quantity : [raw.quantity],
      accept: acceptedModes(raw.accept, env.accept, `${path}/accept`)
    };
  },
  run(matcher, { facts }) {
    const quantity = facts.quantities.find((q) => {
      if (!matcher.kinds.includes(q.kind)) return false;
      if (q.subject !== void 0 && q.subject !== "this-model") return false;
      if (q.source === "frontMatter") return true;
      const offset = offsetOf(facts, q.position);
      if (/\s/.test(facts.maskedText[offset] ?? " ")) return true;
      return statementIndex(facts, facts.maskedText, "masked").countsAt(offset, matcher.accept);
    });
    return quantity ? { position: quantity.position, quote: quantity.raw } : null;
  }
};

// src/evaluate/matchers/region.ts
var JOINED_TITLE = /\s(?:and|&|und|et|y|e|en)\s|[,/+]/i;
var RANK2 = { empty: 0, generic: 1, specific: 2 };
var MAIL_LOCAL_PART = /[\p{L}\p{N}._+-]+(?=@[\p{L}\p{N}-]+\.)/gu;
var regionKind = {
  key: "region",
  schema: {
    additionalProperties: false,
    required: ["region"],
    properties: {
      region: {
        oneOf: [
          { type: "string", pattern: "^[a-z][a-z0-9-]*$" },
          { type: "array", minItems: 1, items: { type: "string", pattern: "^[a-z][a-z0-9-]*$" } }
        ]
      },
      content: {
        enum: ["generic", "specific"],
        description: "how specific the content must be (default generic: anything that is not a placeholder, promise or advice)"
      },
      mentions: {
        type: "string",
        minLength: 1,
        description: "a pattern one counted statement of the content must contain"
      },
      mentionsTitle: {
        type: "boolean",
        description: 'whether the region title may hold the mention instead ("Excluded uses" over a list of uses)'
      },
      minWords: {
        type: "integer",
        minimum: 1,
        description: "words the counted statements must hold together (default 1)"
      },
      facets: {
        type: "object",
        minProperties: 1,
        additionalProperties: { type: "array", minItems: 1, items: { type: "string", minLength: 1 } },
        description: "the parts of the duty a reviewer looks for, each a term list (any language; a trailing * takes any ending)"
      },
      minFacets: {
        type: "integer",
        minimum: 1,
        description: "facets the counted statements must name to stand in for `content` (default: all of them)"
      },
      accept: ACCEPT_SCHEMA
    }
  },
  compile(raw, env, path) {
    const topics = Array.isArray(raw.region) ? raw.region : [raw.region];
    for (const topic of topics) {
      if (!env.vocabulary.terms.topics.includes(topic)) {
        throw new MatcherError(
          `unknown topic "${topic}", expected a topic of rules/vocabulary/duty-names.yaml`,
          `${path}/region`
        );
      }
    }
    const accept = acceptedModes(raw.accept, env.accept, `${path}/accept`);
    const facets = Object.entries(raw.facets ?? {}).map(([name, terms]) => {
      try {
        return compileFacet(name, terms);
      } catch (error) {
        throw new MatcherError(`invalid facet terms: ${error.message}`, `${path}/facets/${name}`);
      }
    });
    if (raw.minFacets !== void 0 && raw.minFacets > facets.length)
      throw new MatcherError(`minFacets exceeds the ${facets.length} facets given`, `${path}/minFacets`);
    if (facets.length && raw.content !== "specific")
      throw new MatcherError(
        "facets are read only with `content: specific`, which they stand in for",
        `${path}/facets`
      );
    return {
      kind: "region",
      topics,
      content: raw.content ?? "generic",
      mentions: typeof raw.mentions === "string" ? compileRegex(raw.mentions, `${path}/mentions`, "iu") : null,
      mentionsTitle: raw.mentionsTitle === true,
      minWords: raw.minWords ?? 1,
      facets,
      minFacets: raw.minFacets ?? facets.length,
      accept,
      acceptKey: [...accept].sort().join(",")
    };
  },
  run: runRegion,
  regexes: (matcher, path) => matcher.mentions ? [[matcher.mentions, `${path}/mentions`]] : []
};
function runRegion(matcher, { facts }) {
  for (const region of facts.regions) {
    if (!region.topics.some((topic) => matcher.topics.includes(topic))) continue;
    if (region.kind !== "front-matter" && titleGivesOthers(region.title, facts)) continue;
    if (region.kind !== "front-matter" && labelAboutBase(region.title, ownNames(facts, cardSubjectCues(facts))) && !JOINED_TITLE.test(region.title))
      continue;
    if (region.valueMode && !matcher.accept.has(region.valueMode)) continue;
    const specificity = specificityOf(region, matcher, facts);
    if (specificity.band === "empty" || specificity.words < matcher.minWords) continue;
    const texts = region.value !== void 0 ? [region.value] : specificity.statements.map(
      ([start, end]) => statementIndex(facts, facts.proseText, "prose").ownText(start, end)
    );
    const grouped = region.spans.length > 1 && region.kind !== "heading" && region.kind !== "front-matter";
    const covered = RANK2[specificity.band] < RANK2[matcher.content] && matcher.facets.length ? facetsCovered(matcher.facets, grouped ? [...texts, region.title] : texts) : [];
    if (RANK2[specificity.band] < RANK2[matcher.content] && covered.length < Math.max(1, matcher.minFacets)) continue;
    const byFacets = covered.length > 0;
    const mentioned = matcher.mentions && !byFacets ? [
      ...texts.map((text) => withoutOthersVersions(text, facts).replace(MAIL_LOCAL_PART, " ")),
      ...matcher.mentionsTitle && region.kind !== "front-matter" ? [region.title] : []
    ] : [];
    if (matcher.mentions && !byFacets && !mentioned.some((text) => matcher.mentions.test(text)) && !(mentioned.length > 1 && matcher.mentions.test(mentioned.join(" "))))
      continue;
    const first = specificity.statements[0]?.[0];
    const why = covered.length ? ` (names ${covered.join(", ")})` : specificity.band === "generic" ? ` (generic: ${describeMissingSignals(specificity)})` : "";
    if (first === void 0)
      return {
        position: region.position,
        quote: `${underTitle(region.title, (region.value ?? "").slice(0, 100))}${why}`
      };
    return {
      position: facts.positionAt(first),
      quote: `${underTitle(region.title, quoteAt(facts.text, first))}${why}`
    };
  }
  return null;
}
var memo = /* @__PURE__ */ new WeakMap();
var NUMBER_VALUE = /^\s*\d[\d.,_]*(?:e[+-]?\d+)?\s*$/i;
function frontMatterSpecificity(key, value) {
  const text = `${key.replace(/[_-]/g, " ")}: ${value}`;
  const found = specificityOfText(text);
  if (!NUMBER_VALUE.test(value) || found.band === "specific") return found;
  return { ...found, band: "specific", signals: [.../* @__PURE__ */ new Set([...found.signals, "figure"])] };
}
function specificityOf(region, matcher, facts) {
  let byAccept = memo.get(region);
  if (!byAccept) memo.set(region, byAccept = /* @__PURE__ */ new Map());
  let found = byAccept.get(matcher.acceptKey);
  if (!found) {
    found = region.value !== void 0 ? frontMatterSpecificity(region.title, region.value) : measureSpecificity(
      facts.proseText,
      region.spans,
      statementIndex(facts, facts.proseText, "prose"),
      matcher.accept
    );
    byAccept.set(matcher.acceptKey, found);
  }
  return found;
}

// src/evaluate/matchers/section.ts
var DEFAULT_SECTION_WORDS = 5;
var MAX_CONTENT2 = 2e4;
var WORDS3 = /[\p{L}\p{N}]+/gu;
var sectionKind = {
  key: "section",
  schema: {
    additionalProperties: false,
    required: ["section"],
    properties: { section: SECTION_NAMES_SCHEMA, minWords: { type: "integer", minimum: 1 }, accept: ACCEPT_SCHEMA }
  },
  compile(raw, env, path) {
    return {
      kind: "section",
      names: sectionNames(raw.section, env.vocabulary, `${path}/section`),
      minWords: raw.minWords ?? DEFAULT_SECTION_WORDS,
      accept: acceptedModes(raw.accept, env.accept, `${path}/accept`)
    };
  },
  run(matcher, { facts }) {
    const section = facts.sections.find(
      (s) => s.subtreeWords >= matcher.minWords && s.canonical.some((name) => matcher.names.includes(name)) && // "## Intended use (from the original model card)": another model's section, as regions read it.
      !titleGivesOthers(s.title, facts) && countedWords(s, matcher, facts) >= matcher.minWords
    );
    return section ? { position: section.position, quote: section.title } : null;
  }
};
function countedWords(section, matcher, facts) {
  const statements = statementIndex(facts, facts.maskedText, "masked");
  const end = Math.min(section.subtreeEnd, section.bodyStart + MAX_CONTENT2);
  let words = 0;
  for (const [from, to] of ownParts(section, matcher.names, facts, end)) {
    for (const [start, stop] of statements.spansIn(from, to)) {
      if (!statements.counts(start, stop, matcher.accept)) continue;
      words += statements.ownText(start, stop).match(WORDS3)?.length ?? 0;
      if (words >= matcher.minWords) return words;
    }
  }
  return words;
}
function ownParts(section, names, facts, end) {
  const parts = [];
  let from = section.bodyStart;
  for (const sub of facts.sections) {
    if (sub.start < from || sub.start >= end || sub.depth <= section.depth) continue;
    if (!isOtherTopic(sub, names) || !isHeading(facts.text, sub.start)) continue;
    parts.push([from, sub.start]);
    from = Math.min(end, sub.subtreeEnd);
  }
  if (from < end) parts.push([from, end]);
  return parts;
}

// src/evaluate/matchers/registry.ts
var MATCHER_KINDS = [
  metadataKind,
  sectionKind,
  regionKind,
  facetsKind,
  patternKind,
  quantityKind,
  linkKind,
  predicateKind,
  anyOfKind,
  allOfKind
];
var byKey = new Map(MATCHER_KINDS.map((kind) => [kind.key, kind]));
var MATCHER_KEYS = MATCHER_KINDS.map((kind) => kind.key);
function matcherSchema() {
  return { type: "object", oneOf: MATCHER_KINDS.map((kind) => kind.schema) };
}
function kindOf(raw) {
  return MATCHER_KINDS.find((kind) => Object.hasOwn(raw, kind.key));
}
function compileMatcher(raw, env, path) {
  const full = { ...env, compile: (child, at) => compileMatcher(child, env, at) };
  const kind = kindOf(raw);
  if (!kind) throw new MatcherError(`unknown matcher, expected ${MATCHER_KEYS.join(" | ")}`, path);
  return kind.compile(raw, full, path);
}
var runEnv = { run: runMatcher };
function runMatcher(matcher, context) {
  return byKey.get(matcher.kind).run(matcher, context, runEnv);
}
function regexesOf(matcher, path) {
  const kind = byKey.get(matcher.kind);
  const own = kind.regexes?.(matcher, path) ?? [];
  const nested = kind.children?.(matcher).flatMap((child) => regexesOf(child.matcher, path + child.path)) ?? [];
  return [...own, ...nested];
}

export {
  DEFAULT_ACCEPT,
  ACCEPT_SCHEMA,
  taskProfile,
  predicates,
  hasPredicate,
  MATCHER_KEYS,
  matcherSchema,
  kindOf,
  compileMatcher,
  runMatcher,
  regexesOf
};
