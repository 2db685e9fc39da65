import { createRequire as __aagCreateRequire } from 'node:module'; const require = __aagCreateRequire(import.meta.url);
import {
  AI_ACT_LINK_KEYS,
  GPAI_FLOP,
  RELATION_WORDS,
  SYSTEMIC_FLOP,
  describeKnownModel,
  figureOfModel,
  findKnownModel,
  formatNumber,
  isBorderline,
  line,
  modelSize,
  modelsWith,
  modification,
  namedModels,
  normaliseName,
  ownFigures,
  readAiActBlock,
  require_spdx_license_ids,
  sameSize,
  say,
  surroundings
} from "./chunk-7KKXPEHT.js";
import {
  citationUrl,
  facetSetsOf,
  formatCitations,
  gapMessageFor
} from "./chunk-RG5CQAGC.js";
import {
  predicates,
  runMatcher,
  taskProfile
} from "./chunk-J6U2C36Q.js";
import {
  RELATIONS,
  bodyText,
  cardSubjectCues,
  classifyData,
  clauseSubjects,
  excerpt,
  inheritedScopes,
  joinedBodyText,
  lineText,
  mayMatch,
  nameKey,
  ownNames,
  proseText,
  sentencesIn,
  statementAround,
  subjectOf
} from "./chunk-RFKPFFVV.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-UIU2T2WH.js";

// node_modules/spdx-license-ids/deprecated.json
var require_deprecated = __commonJS({
  "node_modules/spdx-license-ids/deprecated.json"(exports, module) {
    module.exports = [
      "AGPL-1.0",
      "AGPL-3.0",
      "BSD-2-Clause-FreeBSD",
      "BSD-2-Clause-NetBSD",
      "GFDL-1.1",
      "GFDL-1.2",
      "GFDL-1.3",
      "GPL-1.0",
      "GPL-2.0",
      "GPL-2.0-with-GCC-exception",
      "GPL-2.0-with-autoconf-exception",
      "GPL-2.0-with-bison-exception",
      "GPL-2.0-with-classpath-exception",
      "GPL-2.0-with-font-exception",
      "GPL-3.0",
      "GPL-3.0-with-GCC-exception",
      "GPL-3.0-with-autoconf-exception",
      "LGPL-2.0",
      "LGPL-2.1",
      "LGPL-3.0",
      "Net-SNMP",
      "Nunit",
      "StandardML-NJ",
      "bzip2-1.0.5",
      "eCos-2.0",
      "wxWindows"
    ];
  }
});

// node_modules/spdx-exceptions/index.json
var require_spdx_exceptions = __commonJS({
  "node_modules/spdx-exceptions/index.json"(exports, module) {
    module.exports = [
      "389-exception",
      "Asterisk-exception",
      "Autoconf-exception-2.0",
      "Autoconf-exception-3.0",
      "Autoconf-exception-generic",
      "Autoconf-exception-generic-3.0",
      "Autoconf-exception-macro",
      "Bison-exception-1.24",
      "Bison-exception-2.2",
      "Bootloader-exception",
      "Classpath-exception-2.0",
      "CLISP-exception-2.0",
      "cryptsetup-OpenSSL-exception",
      "DigiRule-FOSS-exception",
      "eCos-exception-2.0",
      "Fawkes-Runtime-exception",
      "FLTK-exception",
      "fmt-exception",
      "Font-exception-2.0",
      "freertos-exception-2.0",
      "GCC-exception-2.0",
      "GCC-exception-2.0-note",
      "GCC-exception-3.1",
      "Gmsh-exception",
      "GNAT-exception",
      "GNOME-examples-exception",
      "GNU-compiler-exception",
      "gnu-javamail-exception",
      "GPL-3.0-interface-exception",
      "GPL-3.0-linking-exception",
      "GPL-3.0-linking-source-exception",
      "GPL-CC-1.0",
      "GStreamer-exception-2005",
      "GStreamer-exception-2008",
      "i2p-gpl-java-exception",
      "KiCad-libraries-exception",
      "LGPL-3.0-linking-exception",
      "libpri-OpenH323-exception",
      "Libtool-exception",
      "Linux-syscall-note",
      "LLGPL",
      "LLVM-exception",
      "LZMA-exception",
      "mif-exception",
      "OCaml-LGPL-linking-exception",
      "OCCT-exception-1.0",
      "OpenJDK-assembly-exception-1.0",
      "openvpn-openssl-exception",
      "PS-or-PDF-font-exception-20170817",
      "QPL-1.0-INRIA-2004-exception",
      "Qt-GPL-exception-1.0",
      "Qt-LGPL-exception-1.1",
      "Qwt-exception-1.0",
      "SANE-exception",
      "SHL-2.0",
      "SHL-2.1",
      "stunnel-exception",
      "SWI-exception",
      "Swift-exception",
      "Texinfo-exception",
      "u-boot-exception-2.0",
      "UBDL-exception",
      "Universal-FOSS-exception-1.0",
      "vsftpd-openssl-exception",
      "WxWindows-exception-3.1",
      "x11vnc-openssl-exception"
    ];
  }
});

// node_modules/spdx-expression-parse/scan.js
var require_scan = __commonJS({
  "node_modules/spdx-expression-parse/scan.js"(exports, module) {
    "use strict";
    var licenses = [].concat(require_spdx_license_ids()).concat(require_deprecated());
    var exceptions = require_spdx_exceptions();
    module.exports = function(source) {
      var index = 0;
      function hasMore() {
        return index < source.length;
      }
      function read(value) {
        if (value instanceof RegExp) {
          var chars = source.slice(index);
          var match = chars.match(value);
          if (match) {
            index += match[0].length;
            return match[0];
          }
        } else {
          if (source.indexOf(value, index) === index) {
            index += value.length;
            return value;
          }
        }
      }
      function skipWhitespace() {
        read(/[ ]*/);
      }
      function operator() {
        var string;
        var possibilities = [/^WITH/i, /^AND/i, /^OR/i, "(", ")", ":", "+"];
        for (var i = 0; i < possibilities.length; i++) {
          string = read(possibilities[i]);
          if (string) {
            break;
          }
        }
        if (string === "+" && index > 1 && source[index - 2] === " ") {
          throw new Error("Space before `+`");
        }
        return string && {
          type: "OPERATOR",
          string: string.toUpperCase()
        };
      }
      function idstring() {
        return read(/[A-Za-z0-9-.]+/);
      }
      function expectIdstring() {
        var string = idstring();
        if (!string) {
          throw new Error("Expected idstring at offset " + index);
        }
        return string;
      }
      function documentRef() {
        if (read("DocumentRef-")) {
          var string = expectIdstring();
          return { type: "DOCUMENTREF", string };
        }
      }
      function licenseRef() {
        if (read("LicenseRef-")) {
          var string = expectIdstring();
          return { type: "LICENSEREF", string };
        }
      }
      function identifier() {
        var begin = index;
        var string = idstring();
        if (licenses.indexOf(string) !== -1) {
          return {
            type: "LICENSE",
            string
          };
        } else if (exceptions.indexOf(string) !== -1) {
          return {
            type: "EXCEPTION",
            string
          };
        }
        index = begin;
      }
      function parseToken() {
        return operator() || documentRef() || licenseRef() || identifier();
      }
      var tokens = [];
      while (hasMore()) {
        skipWhitespace();
        if (!hasMore()) {
          break;
        }
        var token = parseToken();
        if (!token) {
          throw new Error("Unexpected `" + source[index] + "` at offset " + index);
        }
        tokens.push(token);
      }
      return tokens;
    };
  }
});

// node_modules/spdx-expression-parse/parse.js
var require_parse = __commonJS({
  "node_modules/spdx-expression-parse/parse.js"(exports, module) {
    "use strict";
    module.exports = function(tokens) {
      var index = 0;
      function hasMore() {
        return index < tokens.length;
      }
      function token() {
        return hasMore() ? tokens[index] : null;
      }
      function next() {
        if (!hasMore()) {
          throw new Error();
        }
        index++;
      }
      function parseOperator(operator) {
        var t = token();
        if (t && t.type === "OPERATOR" && operator === t.string) {
          next();
          return t.string;
        }
      }
      function parseWith() {
        if (parseOperator("WITH")) {
          var t = token();
          if (t && t.type === "EXCEPTION") {
            next();
            return t.string;
          }
          throw new Error("Expected exception after `WITH`");
        }
      }
      function parseLicenseRef() {
        var begin = index;
        var string = "";
        var t = token();
        if (t.type === "DOCUMENTREF") {
          next();
          string += "DocumentRef-" + t.string + ":";
          if (!parseOperator(":")) {
            throw new Error("Expected `:` after `DocumentRef-...`");
          }
        }
        t = token();
        if (t === null) {
          throw new Error("Unexpected end of input");
        }
        if (t.type === "LICENSEREF") {
          next();
          string += "LicenseRef-" + t.string;
          var node2 = { license: string };
          var exception = parseWith();
          if (exception) {
            node2.exception = exception;
          }
          return node2;
        }
        index = begin;
      }
      function parseLicense() {
        var t = token();
        if (t && t.type === "LICENSE") {
          next();
          var node2 = { license: t.string };
          if (parseOperator("+")) {
            node2.plus = true;
          }
          var exception = parseWith();
          if (exception) {
            node2.exception = exception;
          }
          return node2;
        }
      }
      function parseParenthesizedExpression() {
        var left = parseOperator("(");
        if (!left) {
          return;
        }
        var expr = parseExpression();
        if (!parseOperator(")")) {
          throw new Error("Expected `)`");
        }
        return expr;
      }
      function parseAtom() {
        return parseParenthesizedExpression() || parseLicenseRef() || parseLicense();
      }
      function makeBinaryOpParser(operator, nextParser) {
        return function parseBinaryOp() {
          var left = nextParser();
          if (!left) {
            return;
          }
          if (!parseOperator(operator)) {
            return left;
          }
          var right = parseBinaryOp();
          if (!right) {
            throw new Error("Expected expression");
          }
          return {
            left,
            conjunction: operator.toLowerCase(),
            right
          };
        };
      }
      var parseAnd = makeBinaryOpParser("AND", parseAtom);
      var parseExpression = makeBinaryOpParser("OR", parseAnd);
      var node = parseExpression();
      if (!node || hasMore()) {
        throw new Error("Syntax error");
      }
      return node;
    };
  }
});

// node_modules/spdx-expression-parse/index.js
var require_spdx_expression_parse = __commonJS({
  "node_modules/spdx-expression-parse/index.js"(exports, module) {
    "use strict";
    var scan = require_scan();
    var parse = require_parse();
    module.exports = function(source) {
      return parse(scan(source));
    };
  }
});

// src/evaluate/evaluate.ts
function evaluateRule(rule, context) {
  const metHit = runMatcher(rule.met, context);
  const partialHit = metHit ? null : rule.partial ? runMatcher(rule.partial, context) : null;
  const hit = metHit ?? partialHit;
  const status = metHit ? "met" : partialHit ? "partial" : "missing";
  const required = isRequired(rule, context);
  const { citation, url } = citationOf(rule);
  const result = {
    id: rule.id,
    status,
    required,
    line: hit ? hit.position.line : null,
    column: hit ? hit.position.column : null,
    severity: severityOf(rule.severity, status, required),
    citation,
    url
  };
  if (status === "met") delete result.severity;
  else
    result.message = hit ? gapMessageFor(
      rule.message,
      status,
      { quote: hit.quote, line: hit.position.line, text: context.facts.text },
      facetSetsFor(rule)
    ) : missingMessageOf(rule);
  if (hit) result.evidence = hit.quote;
  return result;
}
var facetSets = /* @__PURE__ */ new WeakMap();
function facetSetsFor(rule) {
  let sets = facetSets.get(rule);
  if (!sets) facetSets.set(rule, sets = [...facetSetsOf(rule.met), ...facetSetsOf(rule.partial)]);
  return sets;
}
var missingMessages = /* @__PURE__ */ new WeakMap();
function missingMessageOf(rule) {
  let message = missingMessages.get(rule);
  if (message === void 0) missingMessages.set(rule, message = gapMessageFor(rule.message, "missing"));
  return message;
}
var citations = /* @__PURE__ */ new WeakMap();
function citationOf(rule) {
  let formatted = citations.get(rule.citations);
  if (!formatted)
    citations.set(
      rule.citations,
      formatted = { citation: formatCitations(rule.citations), url: citationUrl(rule.citations[0]) }
    );
  return formatted;
}
function isRequired(rule, context) {
  if (!rule.appliesTo.includes(context.classification.id)) return false;
  return rule.requiredWhen ? predicates[rule.requiredWhen](context) !== null : true;
}
function severityOf(ruleSeverity, status, required) {
  if (!required || status === "met") return "notice";
  if (status === "partial") return ruleSeverity === "error" ? "warning" : ruleSeverity;
  return ruleSeverity;
}

// src/classify/claims.ts
function readClaims(facts, block, data = classifyData()) {
  const fromBlock = (field, key) => field ? { value: field.value, source: "ai_act", text: `ai_act.${key}`, position: field.position } : void 0;
  const claims = {
    provider: fromBlock(block?.provider, "provider"),
    establishedInEu: fromBlock(block?.establishedInEu, "established_in_eu"),
    gpai: fromBlock(block?.gpai, "gpai"),
    systemicRisk: fromBlock(block?.systemicRisk, "systemic_risk"),
    trainingComputeFlops: fromBlock(block?.trainingComputeFlops, "training_compute_flops"),
    openSourceExemption: fromBlock(block?.openSourceExemption, "open_source_exemption"),
    links: {},
    conflicts: []
  };
  for (const key of AI_ACT_LINK_KEYS) {
    const link = fromBlock(block?.links[key], key);
    if (link) claims.links[key] = link;
  }
  const prose = proseSystemicClaims(facts, data);
  if (prose.designated) claims.designated = prose.designated;
  if (prose.systemicRisk) {
    if (!claims.systemicRisk) claims.systemicRisk = prose.systemicRisk;
    else if (claims.systemicRisk.value !== prose.systemicRisk.value) {
      claims.conflicts.push(
        `ai_act.systemic_risk: ${claims.systemicRisk.value} (line ${claims.systemicRisk.position?.line}) but the text says "${prose.systemicRisk.text}" (line ${prose.systemicRisk.position?.line})`
      );
    }
  }
  return claims;
}
function proseSystemicClaims(facts, data) {
  const cues = data.cues.systemicRisk;
  const found = {};
  for (let index = 0; facts.metadata.has(`tags.${index}`); index++) {
    const tag = facts.metadata.get(`tags.${index}`);
    if (typeof tag?.value === "string" && cues.tags.includes(tag.value.toLowerCase())) {
      found.systemicRisk = { value: true, source: "tags", text: `tag ${tag.value}`, position: tag.position };
      break;
    }
  }
  const prose = proseText(facts);
  const lowered = prose.toLowerCase();
  const present = (patterns) => patterns.filter((pattern) => mayMatch(pattern, lowered) && pattern.test(prose));
  const designation = present(cues.designation);
  const denials = present(cues.denials);
  const claims = present(cues.claims);
  if (designation.length + denials.length + claims.length === 0) return found;
  const subjectCues = cardSubjectCues(facts);
  const own = ownNames(facts, subjectCues);
  for (const sentence of sentencesIn(prose, facts.bodyStart, prose.length)) {
    const claim = (value) => ({
      value,
      source: "prose",
      text: excerpt(sentence.text),
      position: facts.positionAt(sentence.start)
    });
    let previous = null;
    for (const { clause, verdict } of clauseSubjects(sentence.text, own, subjectCues)) {
      const text = clause.text;
      const reading = denials.some((pattern) => pattern.test(text)) ? "denial" : claims.some((pattern) => pattern.test(text)) ? "claim" : null;
      const about = previous;
      previous = reading;
      if (verdict.subject !== "this-model" || subjectCues.hypothetical.test(text)) continue;
      if (!found.designated && designation.some((pattern) => pattern.test(text)) && !/\b(?:not|never|no)\b/i.test(text))
        found.designated = claim(true);
      if (found.systemicRisk) continue;
      if (reading === "denial") found.systemicRisk = claim(false);
      else if (reading === "claim") found.systemicRisk = claim(true);
      else if (about === "claim" && ELLIPTICAL_DENIAL.test(text)) found.systemicRisk = claim(false);
    }
  }
  return found;
}
var ELLIPTICAL_DENIAL = /^\s*[^,;:]{1,60}?\s(?:is|does|has|was)(?: not|n['’]t)(?: one)?\s*[.!]?\s*$/i;

// src/classify/hardware-estimate.ts
function hardwareEstimate(facts, quantities, size, data) {
  const ownHours = size ? figureOfModel(size, quantities, "gpuHours") : null;
  const hours = ownHours?.sameGroup ? ownHours.quantity : largest(quantities, "gpuHours");
  const count = largest(quantities, "gpuCount");
  const days = largest(quantities, "trainingDays");
  let gpuHours;
  let basis;
  let inputs;
  let named;
  if (hours) {
    gpuHours = hours.value;
    basis = `GPU-hours ${formatNumber(hours.value)} ${at(hours)}`;
    inputs = [input(hours)];
    named = hours;
  } else if (count && days) {
    gpuHours = count.value * days.value * 24;
    basis = `${formatNumber(count.value)} accelerators ${at(count)} \xD7 ${formatNumber(days.value)} days ${at(days)} \xD7 24 h`;
    inputs = [input(count), input(days)];
    named = count;
  } else {
    return null;
  }
  const { utilisation, fallback } = data.accelerators;
  const found = findAccelerator(
    facts,
    [named, hours, count].filter((q) => !!q),
    data
  );
  const peak = found?.accelerator.peakFlops ?? fallback.peakFlops;
  const seconds = gpuHours * 3600;
  const value = seconds * peak * utilisation.assumed;
  const low = seconds * (found ? peak : fallback.low) * utilisation.low;
  const high = seconds * (found ? peak : fallback.high) * utilisation.high;
  const device = found ? `${found.accelerator.name}${found.line ? ` (line ${found.line})` : ""}` : fallback.name;
  inputs.push({ name: "peakFlops", value: peak, position: found?.position ?? named.position });
  return {
    value,
    method: "hardware",
    low,
    high,
    inputs,
    text: `${basis} \xD7 3600 s \xD7 ${formatNumber(peak)} FLOP/s (${device}) \xD7 ${Math.round(utilisation.assumed * 100)} % utilisation = ${formatNumber(value)} FLOP (range ${formatNumber(low)}\u2013${formatNumber(high)}: utilisation ${Math.round(utilisation.low * 100)}\u2013${Math.round(utilisation.high * 100)} %${found ? "" : ", accelerator unknown"})`
  };
}
function findAccelerator(facts, quantities, data) {
  for (const quantity of quantities) {
    const accelerator = quantity.hardware ? matchAccelerator(quantity.hardware, data) : null;
    if (accelerator) return { accelerator, position: quantity.position, line: quantity.position.line };
  }
  for (const quantity of quantities) {
    const accelerator = matchAccelerator(lineText(facts, quantity.position.line), data);
    if (accelerator) return { accelerator, position: quantity.position, line: quantity.position.line };
  }
  const prose = proseText(facts);
  const named = /* @__PURE__ */ new Map();
  for (const accelerator of data.accelerators.accelerators) {
    for (const pattern of accelerator.match) {
      const match = new RegExp(pattern.source, "gi").exec(prose);
      if (match && !named.has(accelerator.name)) named.set(accelerator.name, { accelerator, offset: match.index });
    }
  }
  if (named.size !== 1) return null;
  const [only] = named.values();
  const position = facts.positionAt(only.offset);
  return { accelerator: only.accelerator, position, line: position.line };
}
function matchAccelerator(hardware, data) {
  return data.accelerators.accelerators.find((accelerator) => accelerator.match.some((pattern) => pattern.test(hardware))) ?? null;
}

// src/classify/estimate-compute.ts
var SIX_ND_RANGE = { exact: [0.7, 1.3], approximate: [0.5, 2] };
var DISAGREEMENT = 3;
var METHOD_NAME = {
  stated: "the stated figure",
  "6ND": "6\xB7N\xB7D",
  hardware: "hardware",
  none: "none"
};
function estimateCompute(facts, data = classifyData()) {
  const { quantities, stated } = ownFigures(facts, data);
  const size = modelSize(facts, quantities);
  const methods = [
    statedCompute(stated),
    sixND(facts, quantities, size, data),
    hardwareEstimate(facts, quantities, size, data)
  ];
  const [chosen, ...others] = methods.filter((estimate) => estimate !== null);
  if (!chosen) return noEstimate(facts, quantities);
  const checks = others.filter((other) => other.value !== null && chosen.value !== null);
  if (checks.length)
    chosen.crossChecks = checks.map((other) => ({ method: other.method, value: other.value }));
  for (const other of checks) {
    const ratio = Math.max(other.value, chosen.value) / Math.min(other.value, chosen.value);
    chosen.text += ratio > DISAGREEMENT ? `; cross-check by ${METHOD_NAME[other.method]}: ${formatNumber(other.value)} FLOP, ${formatRatio(ratio)}\xD7 ${other.value > chosen.value ? "more" : "less"}: the methods disagree by more than ${DISAGREEMENT}\xD7, check the figures` : `; cross-check by ${METHOD_NAME[other.method]}: ${formatNumber(other.value)} FLOP`;
  }
  return chosen;
}
function formatRatio(ratio) {
  return ratio >= 10 ? String(Math.round(ratio)) : ratio.toFixed(1);
}
function largest(quantities, kind) {
  let best;
  for (const quantity of quantities) {
    if (quantity.kind === kind && quantity.value > 0 && (!best || quantity.value > best.value)) best = quantity;
  }
  return best;
}
function input(quantity) {
  return { name: quantity.kind, value: quantity.value, position: quantity.position };
}
function at(quantity) {
  return `(line ${quantity.position.line})`;
}
function statedCompute(quantities) {
  const stated = largest(quantities, "trainingCompute");
  if (!stated) return null;
  return {
    value: stated.value,
    method: "stated",
    inputs: [input(stated)],
    text: `stated training compute ${formatNumber(stated.value)} FLOP ${at(stated)}`
  };
}
function sixND(facts, quantities, size, data) {
  if (!size) return null;
  let model = size;
  let tokens = figureOfModel(model, quantities, "trainingTokens");
  let note = "";
  if (!tokens) {
    const stating = modelsWith(facts, quantities, "trainingTokens")[0];
    if (!stating) return null;
    model = stating;
    tokens = figureOfModel(model, quantities, "trainingTokens");
    if (!tokens) return null;
    if (!sameSize(stating.quantity.value, size.quantity.value))
      note = "; the largest model described states no token count, so the largest one that does";
  }
  const tokenCount = tokens.quantity;
  const n = model.quantity;
  const approximate = [n, tokenCount].some((quantity) => isApproximate(facts, quantity, data));
  const value = 6 * n.value * tokenCount.value;
  const [low, high] = approximate ? SIX_ND_RANGE.approximate : SIX_ND_RANGE.exact;
  const nName = model.active ? `N (active parameters${model.total ? ` of ${formatNumber(model.total.value)} in total` : ""})` : "N";
  const derived = tokenCount.derivation ? ` (${tokenCount.derivation})` : "";
  return {
    value,
    method: "6ND",
    low: value * low,
    high: value * high,
    inputs: [input(n), input(tokenCount)],
    text: `${nName} = ${formatNumber(n.value)} ${at(n)} \xD7 D = ${formatNumber(tokenCount.value)} tokens${derived} ${at(tokenCount)} \xD7 6 = ${formatNumber(value)} FLOP (range ${formatNumber(value * low)}\u2013${formatNumber(value * high)}${approximate ? ", figures stated approximately" : ""})${note}`
  };
}
function isApproximate(facts, quantity, data) {
  if (/[~≈+>]/.test(quantity.raw)) return true;
  const around = surroundings(facts, quantity, 24);
  return !!around && (data.cues.approximate.test(around.before) || /^\s?\+/.test(around.after));
}
function noEstimate(facts, quantities) {
  const stated = (kind, label) => {
    const quantity = largest(quantities, kind);
    return quantity ? `${label} ${formatNumber(quantity.value)} ${at(quantity)}` : null;
  };
  const size = modelSize(facts, quantities);
  const have = [
    size ? `${size.active ? "active parameters" : "parameters"} ${formatNumber(size.quantity.value)} ${at(size.quantity)}` : null,
    stated("trainingTokens", "training tokens"),
    stated("gpuCount", "accelerators"),
    stated("trainingDays", "training days")
  ].filter(Boolean);
  return {
    value: null,
    method: "none",
    inputs: [],
    text: "cannot estimate: no stated training compute, no parameters with training tokens, no GPU-hours or accelerator count with days" + (have.length ? ` (the card gives ${have.join(", ")})` : "")
  };
}

// src/classify/licence.ts
var import_spdx_expression_parse = __toESM(require_spdx_expression_parse(), 1);
import { createRequire } from "node:module";
var requireHere = createRequire(import.meta.url);
var spdxIds = typeof __require === "function" ? require_spdx_license_ids() : requireHere("spdx-license-ids");
var spdxDeprecatedIds = typeof __require === "function" ? require_deprecated() : requireHere("spdx-license-ids/deprecated");
var SPDX_CASE = new Map([...spdxIds, ...spdxDeprecatedIds].map((id) => [id.toLowerCase(), id]));
var RANK = { no: 0, unclear: 1, yes: 2 };
function analyseLicence(facts, data = classifyData()) {
  const declared = fromFrontMatter(facts, data);
  if (declared && declared.qualifiesOpenSource !== "unclear") return declared;
  const written = fromText(facts, data);
  if (written && declared) {
    const where = written.position ? ` (line ${written.position.line})` : "";
    const named = declared.id !== null && declared.id !== "other" && declared.id !== "unknown";
    return {
      ...written,
      id: named ? declared.id : written.id,
      position: named ? declared.position ?? written.position : written.position,
      reason: `${declared.reason}; the card's text${where} names ${written.reason}`
    };
  }
  return written ?? declared ?? {
    id: null,
    qualifiesOpenSource: "unclear",
    reason: 'no licence stated (front matter `license`, a licence section or a "License:" line)'
  };
}
function fromFrontMatter(facts, data) {
  const entry = facts.metadata.get("license");
  const values = (Array.isArray(entry?.value) ? entry.value : [entry?.value]).filter(
    (value) => typeof value === "string" && value.trim() !== "" || typeof value === "number"
  ).map(String);
  if (!entry || !values.length) return null;
  const judged = values.map((value) => judgeIdentifier(value, data));
  let verdict = combine(judged, "or");
  let namedBy;
  if (verdict.qualifies === "unclear") {
    for (const key of ["license_name", "license_link"]) {
      const named = facts.metadata.get(key);
      if (typeof named?.value !== "string" || !named.value.trim()) continue;
      const found = key === "license_name" ? judgeIdentifier(named.value, data) : judgeByName(named.value, data);
      if (found && found.qualifies !== "unclear") {
        return {
          id: found.id,
          qualifiesOpenSource: found.qualifies,
          reason: `${key}: ${named.value}: ${found.reason}`,
          position: named.position
        };
      }
      if (found && found.id !== verdict.id) {
        verdict = { ...found, reason: `${key}: ${found.reason}` };
        namedBy = named.position;
      }
    }
  }
  return {
    id: verdict.id,
    qualifiesOpenSource: verdict.qualifies,
    reason: namedBy ? verdict.reason : `license: ${verdict.reason}`,
    position: namedBy ?? entry.position
  };
}
function judgeIdentifier(raw, data) {
  const text = raw.trim();
  const hub = hubEntry(text.toLowerCase(), data);
  if (hub) return judgedEntry(hub);
  const spdx = judgeSpdx(text, data);
  if (spdx) return spdx;
  return judgeByName(text, data) ?? {
    id: text,
    qualifies: "unclear",
    reason: `"${text}" is neither a Hugging Face licence identifier nor an SPDX expression; check its terms`
  };
}
function hubEntry(id, data) {
  return data.licences.find((entry) => entry.id === id);
}
function judgedEntry(entry) {
  return { id: entry.id, qualifies: entry.qualifies, reason: `${entry.id} (${entry.name}): ${entry.reason}` };
}
function judgeSpdx(text, data) {
  const normalised = text.split(/(\s+|[()])/).map((token) => {
    const lower = token.toLowerCase();
    if (lower === "and" || lower === "or" || lower === "with") return lower.toUpperCase();
    const plus = lower.endsWith("+") ? "+" : "";
    return SPDX_CASE.get(plus ? lower.slice(0, -1) : lower)?.concat(plus) ?? token;
  }).join("");
  let tree;
  try {
    tree = (0, import_spdx_expression_parse.default)(normalised);
  } catch {
    return null;
  }
  const walk = (node) => {
    if ("conjunction" in node) return combine([walk(node.left), walk(node.right)], node.conjunction);
    return judgeSpdxId(node.license, data);
  };
  const judged = walk(tree);
  return { ...judged, id: normalised };
}
function judgeSpdxId(id, data) {
  const lower = id.toLowerCase();
  const hub = hubEntry(lower, data) ?? hubEntry(lower.replace(/-(?:only|or-later)$/, ""), data);
  if (hub) return { ...judgedEntry(hub), id };
  if (/(?:^|-)(?:nc|nd)(?:-|$)|non-?commercial/.test(lower)) {
    return { id, qualifies: "no", reason: `${id}: non-commercial or no-derivatives terms` };
  }
  if (lower.startsWith("licenseref-"))
    return { id, qualifies: "unclear", reason: `${id}: a custom licence; check its terms` };
  return {
    id,
    qualifies: "unclear",
    reason: `${id}: a valid SPDX licence without a judgement in rules/data/licences.yaml; check its terms`
  };
}
function combine(judged, conjunction) {
  const pick = judged.reduce(
    (best, next) => conjunction === "or" ? RANK[next.qualifies] > RANK[best.qualifies] ? next : best : RANK[next.qualifies] < RANK[best.qualifies] ? next : best
  );
  if (judged.length === 1) return pick;
  return {
    id: judged.map((item) => item.id).join(` ${conjunction.toUpperCase()} `),
    qualifies: pick.qualifies,
    reason: pick.reason
  };
}
function judgeByName(text, data) {
  const found = earliestName(text, 0, text.length, data);
  return found ? judgedEntry(found.entry) : null;
}
function earliestName(text, start, end, data) {
  const span = text.slice(start, end);
  let best = null;
  for (const entry of data.licences) {
    for (const pattern of entry.match) {
      const match = pattern.exec(span);
      if (match && (!best || match.index < best.offset || match.index === best.offset && match[0].length > best.length)) {
        best = { entry, offset: match.index, length: match[0].length };
      }
    }
  }
  return best ? { entry: best.entry, offset: start + best.offset } : null;
}
function firstAboutWeights(text, start, end, data) {
  for (const sentence of sentencesIn(text, start, end)) {
    if (data.cues.licenceCodeOnly.test(sentence.text) && !data.cues.licenceModelWords.test(sentence.text)) continue;
    const found = earliestName(text, sentence.start, sentence.start + sentence.text.length, data);
    if (found) return found;
  }
  return null;
}
function fromText(facts, data) {
  const text = bodyText(facts);
  const spans = [];
  for (const section of facts.sections) {
    if (section.canonical.includes("license") || section.canonical.includes("licence") || /licen[cs]/i.test(section.title)) {
      spans.push([section.bodyStart, section.bodyEnd]);
    }
  }
  const lines = new RegExp(data.cues.licenceLine.source, "gim");
  for (let match = lines.exec(text); match; match = lines.exec(text)) {
    const lineEnd = text.indexOf("\n", match.index + match[0].length);
    spans.push([match.index, lineEnd < 0 ? text.length : lineEnd]);
  }
  for (const sentence of sentencesIn(text, facts.bodyStart, text.length)) {
    if (data.cues.licenceStatement.test(sentence.text))
      spans.push([sentence.start, sentence.start + sentence.text.length]);
  }
  for (const [start, end] of spans) {
    const found = firstAboutWeights(text, start, end, data);
    if (found) {
      const judged = judgedEntry(found.entry);
      return {
        id: judged.id,
        qualifiesOpenSource: judged.qualifies,
        reason: judged.reason,
        position: facts.positionAt(found.offset)
      };
    }
  }
  return null;
}

// src/classify/lineage.ts
function readLineage(facts, data = classifyData()) {
  const baseModels = frontMatterBases(facts).map((base) => ({
    ...base,
    known: findKnownModel(base.id, data)
  }));
  const source = baseModels.length ? "front-matter" : "prose";
  let proseRelation = baseModels.length ? proseBase(facts, data)?.relation ?? null : null;
  if (!baseModels.length) {
    const found = proseBase(facts, data);
    const copy = found ? null : copyOfUnnamed(facts, data);
    if (copy) return copy;
    if (!found) return null;
    baseModels.push({ id: found.id, position: found.position, known: findKnownModel(found.id, data) });
    proseRelation = found.relation;
  }
  const [relation, relationBasis] = relationOf(facts, data, baseModels.length, proseRelation);
  const baseIds = new Set(baseModels.map((base) => base.id.toLowerCase()));
  const ownOrgs = new Set(
    [...ownRepositories(facts, data)].filter((repo) => !baseIds.has(repo)).map((repo) => repo.split("/")[0])
  );
  const sameProvider = relation === "finetune" && ownOrgs.size === 1 && baseModels.every((base) => base.id.includes("/") && ownOrgs.has(base.id.split("/")[0].toLowerCase()));
  return { baseModels, relation, relationBasis, source, sameProvider };
}
function frontMatterBases(facts) {
  const entry = facts.metadata.get("base_model");
  if (!entry) return [];
  if (typeof entry.value === "string" && entry.value.trim())
    return [{ id: entry.value.trim(), position: entry.position }];
  const bases = [];
  for (let index = 0; facts.metadata.has(`base_model.${index}`); index++) {
    const item = facts.metadata.get(`base_model.${index}`);
    if (item && typeof item.value === "string" && item.value.trim())
      bases.push({ id: item.value.trim(), position: item.position });
  }
  return bases;
}
function relationOf(facts, data, bases, proseRelation) {
  const stated = facts.metadata.get("base_model_relation");
  const value = typeof stated?.value === "string" ? stated.value.trim().toLowerCase() : "";
  if (RELATIONS.includes(value))
    return [value, `base_model_relation: ${value} (line ${stated?.position.line})`];
  const tags = [];
  for (let index = 0; facts.metadata.has(`tags.${index}`); index++) {
    const tag = facts.metadata.get(`tags.${index}`);
    if (typeof tag?.value === "string") tags.push({ value: tag.value.toLowerCase(), line: tag.position.line });
  }
  for (const tag of tags) {
    const hub = /^base_model:(adapter|quantized|merge|finetune):/.exec(tag.value);
    if (hub) return [hub[1], `tag ${tag.value} (line ${tag.line})`];
  }
  const library = facts.metadata.get("library_name");
  const libraryRelation = typeof library?.value === "string" ? data.cues.relationLibraries.get(library.value.toLowerCase()) : void 0;
  if (library && libraryRelation)
    return [libraryRelation, `library_name: ${String(library.value)} (line ${library.position.line})`];
  for (const tag of tags) {
    const relation = data.cues.relationTags.get(tag.value);
    if (relation) return [relation, `tag ${tag.value} (line ${tag.line})`];
  }
  const marked = copyMarker(facts, data);
  if (marked) return [marked.relation, marked.basis];
  if (proseRelation) return [proseRelation, "the card's wording"];
  if (bases > 1) return ["merge", "several base models"];
  return ["finetune", "no base_model_relation: assumed a fine-tune"];
}
function proseBase(facts, data) {
  const text = joinedBodyText(facts);
  const lowered = text.toLowerCase();
  let best = null;
  for (const { pattern, relation, baseMustBe } of data.cues.derivedFrom) {
    if (!mayMatch(pattern, lowered)) continue;
    const global = new RegExp(pattern.source, "gi");
    for (let match = global.exec(text); match; match = global.exec(text)) {
      if (best && match.index >= best.offset) break;
      const id = nameAt(text, match.index + match[0].length, data);
      const before = text.slice(Math.max(0, match.index - 80), match.index);
      if (id && (ABOUT_THE_CARD.test(before) || !acceptable(id, baseMustBe, text.slice(match.index + match[0].length), data)))
        continue;
      if (id && notThisCardsBase(text, match.index, id, facts)) continue;
      if (id) {
        best = { id, relation, offset: match.index };
        break;
      }
    }
  }
  return best ? { id: best.id, relation: best.relation, position: facts.positionAt(best.offset) } : null;
}
function notThisCardsBase(text, offset, id, facts) {
  const cues = cardSubjectCues(facts);
  const own = ownNames(facts, cues);
  if ((own.exact ?? []).includes(nameKey(id))) return true;
  const statement = statementAround(text, offset);
  const before = statement.text.slice(0, statement.at).trim();
  return before !== "" && subjectOf(before, own, cues) === "other-model";
}
var ARCHITECTURE_WORD = /^[\s\])`*'"]*(?:architecture|paper|design|approach|recipe|tokeni[sz]er|style|-style|-like|family of)/i;
function acceptable(id, condition, after, data) {
  const known = findKnownModel(id, data);
  const at2 = after.indexOf(id);
  if (at2 >= 0 && ARCHITECTURE_WORD.test(after.slice(at2 + id.length, at2 + id.length + 40))) return false;
  if (condition === "not-gpai") return known?.model.gpai === "no";
  if (condition === "named") return id.includes("/") || known !== null;
  return /[\d/_-]/.test(id) || known !== null;
}
var ABOUT_THE_CARD = /\b(?:model card|this card|card was written|documentation|template)\b[^.\n]*$/i;
function copyMarker(facts, data) {
  const title = facts.sections.find((section) => section.depth > 0);
  for (const [relation, pattern] of [
    ["quantized", data.cues.copyMarkers],
    ["adapter", data.cues.adapterMarkers]
  ]) {
    const titleMatch = title ? pattern.exec(normaliseTitle(title.title)) : null;
    if (title && titleMatch) {
      return {
        relation,
        basis: `the title says "${titleMatch[0].replace(/^[^a-z0-9]+|[^a-z0-9]+$/gi, "")}" (line ${title.position.line})`,
        position: title.position
      };
    }
  }
  for (let index = 0; facts.metadata.has(`tags.${index}`); index++) {
    const tag = facts.metadata.get(`tags.${index}`);
    if (typeof tag?.value === "string" && data.cues.copyMarkers.exec(tag.value.toLowerCase())) {
      return { relation: "quantized", basis: `tag ${tag.value} (line ${tag.position.line})`, position: tag.position };
    }
  }
  return null;
}
function normaliseTitle(title) {
  return title.toLowerCase().replace(/[\s_]+/g, "-");
}
function copyOfUnnamed(facts, data) {
  const marked = copyMarker(facts, data);
  if (!marked) return null;
  const title = facts.sections.find((section) => section.depth > 0);
  const known = title ? findKnownModel(title.title, data) : null;
  const base = known ? { id: known.model.name, position: title?.position ?? marked.position, known } : { id: "a model the card does not name", position: marked.position, known: null };
  return {
    baseModels: [base],
    relation: marked.relation,
    relationBasis: marked.basis,
    source: "title",
    sameProvider: false
  };
}
function nameAt(text, offset, data) {
  const rest = text.slice(offset, offset + 300);
  const link = /^\[([^\]\n]{1,120})\]\(([^)\s]+)\)/.exec(rest);
  const url = /^<?https?:\/\/(?:www\.)?huggingface\.co\/([\w.-]+\/[\w.-]+)/.exec(rest);
  const bare = /^[`*"']?([\w][\w.:/-]{1,120}[\w])/.exec(rest);
  let name;
  if (link) name = /huggingface\.co\/([\w.-]+\/[\w.-]+)/.exec(link[2])?.[1] ?? link[1];
  else if (url) name = url[1];
  else if (bare) name = knownNameFrom(rest, data) ?? bare[1];
  name = name?.trim().replace(/^[`*"']+|[`*"'.,;:]+$/g, "");
  if (!name || !/[a-z]/i.test(name) || data.cues.ignoreBaseNames.has(name.toLowerCase())) return null;
  return name;
}
var NAME_WORDS = 4;
function knownNameFrom(rest, data) {
  const words = /^[`*"']?([\w][\w.-]*(?: [\w][\w.-]*){0,3})/.exec(rest)?.[1].split(" ") ?? [];
  for (let count = Math.min(words.length, NAME_WORDS); count > 1; count--) {
    const candidate = words.slice(0, count).join(" ").replace(/[.,;:]+$/, "");
    const known = findKnownModel(candidate, data);
    if (known && (known.exact || known.name === normaliseName(candidate))) return candidate;
  }
  return null;
}
function ownRepositories(facts, data) {
  const repos = /* @__PURE__ */ new Set();
  const text = facts.text.slice(facts.bodyStart);
  for (const pattern of data.cues.ownRepo) {
    const global = new RegExp(pattern.source, "gi");
    for (let match = global.exec(text); match; match = global.exec(text))
      repos.add(`${match[1]}/${match[2]}`.toLowerCase());
  }
  return repos;
}

// src/classify/use-flags.ts
function useFlags(facts, data = classifyData()) {
  const prose = proseText(facts);
  const flagged = [];
  const excluded = [];
  for (const { section, scope } of scopedSections(facts.sections, data)) {
    const declares = scope === "intended" || scope === "purpose" || scope === null && section.depth <= 1;
    if (!declares && scope !== "excluded") continue;
    const relevant = usesMentionedIn(prose.slice(section.bodyStart, section.bodyEnd), data);
    if (!relevant) continue;
    if (declares) {
      for (const sentence of declaredSentences(prose, section, relevant)) {
        for (const mention of matchUses(sentence, facts, relevant)) {
          if (!flagged.some((known) => known.flag === mention.flag)) flagged.push(mention);
        }
      }
    } else if (scope === "excluded") {
      for (const sentence of sentencesIn(prose, section.bodyStart, section.bodyEnd)) {
        for (const mention of matchUses(sentence, facts, relevant)) {
          if (!excluded.some((known) => known.flag === mention.flag)) excluded.push(mention);
        }
      }
    }
  }
  return { flagged, excluded };
}
function usesMentionedIn(text, data) {
  const lowered = text.toLowerCase();
  const matches = (pattern) => mayMatch(pattern, lowered) && pattern.test(text);
  const annexIii = data.annexIii.filter((area) => area.patterns.some(matches));
  const prohibitedPractices = data.prohibitedPractices.filter(
    (practice) => (practice.any.length === 0 || practice.any.some(matches)) && practice.all.every(matches)
  );
  return annexIii.length + prohibitedPractices.length > 0 ? { ...data, annexIii, prohibitedPractices } : null;
}
function scopedSections(sections, data) {
  const cues = data.cues.useSections;
  const ownScope = (section) => {
    const has = (names) => section.canonical.some((name) => names.includes(name));
    if (has(cues.excludedCanonical) || cues.excludedHeading.test(section.title)) return "excluded";
    if (has(cues.intendedCanonical) || cues.intendedHeading.test(section.title)) return "intended";
    if (has(cues.purposeCanonical)) return "purpose";
    if (has(cues.otherCanonical) || cues.otherHeading.test(section.title)) return "other";
    return null;
  };
  const scopes = inheritedScopes(sections, ownScope);
  return sections.map((section, index) => ({ section, scope: scopes[index] }));
}
function declaredSentences(prose, section, data) {
  const declared = [];
  let paragraphExcluded = false;
  let paragraphEnd = -1;
  for (const sentence of sentencesIn(prose, section.bodyStart, section.bodyEnd)) {
    if (sentence.start > paragraphEnd) {
      const end = prose.indexOf("\n\n", sentence.start);
      paragraphEnd = end < 0 ? section.bodyEnd : end;
      const lead = prose.slice(sentence.start, sentence.start + 60);
      paragraphExcluded = /^\W*(?:\*\*|__)/.test(lead) && data.cues.useSections.excludedHeading.test(lead);
    }
    const negated = data.cues.negation.test(sentence.text);
    if (negated && /:\W*$/.test(sentence.text)) paragraphExcluded = true;
    if (!paragraphExcluded && !negated) declared.push(sentence);
  }
  return declared;
}
function matchUses(sentence, facts, data) {
  const mentions = [];
  const mention = (flag, what) => ({
    flag,
    what,
    quote: excerpt(sentence.text),
    position: facts.positionAt(sentence.start)
  });
  for (const area of data.annexIii) {
    if (area.patterns.some((pattern) => pattern.test(sentence.text)))
      mentions.push(mention(`annex-iii:${area.id}`, `${area.title} (${area.point})`));
  }
  for (const practice of data.prohibitedPractices) {
    const anyHit = practice.any.length === 0 || practice.any.some((pattern) => pattern.test(sentence.text));
    const allHit = anyHit && practice.all.every((pattern) => pattern.test(sentence.text));
    if (allHit) mentions.push(mention("art-5", `${practice.title} (${practice.point})`));
  }
  return mentions;
}

// src/classify/tier-checks.ts
function collectFlags(context, facts, data) {
  const flags = [];
  const uses = useFlags(facts, data);
  for (const mention of uses.flagged) {
    if (!flags.includes(mention.flag)) flags.push(mention.flag);
    say(
      context,
      `Flag ${mention.flag}: a declared use falls under ${mention.what}: "${mention.quote}"${line(mention.position)}`,
      mention.position
    );
  }
  for (const mention of uses.excluded) {
    say(
      context,
      `Good sign: ${mention.what} is named as out of scope: "${mention.quote}"${line(mention.position)}`,
      mention.position
    );
  }
  const { task } = context;
  if (task.kind === "generative" && task.modalities.length) {
    flags.push("art-50");
    say(
      context,
      `Flag art-50: generates synthetic ${task.modalities.join(", ")}; systems built on it must mark outputs as AI-generated (Art. 50(2))`,
      task.evidence?.position
    );
  }
  return flags;
}
function crossCheck(context, id) {
  const { claims, compute, licence, weights, flops } = context;
  const found = [...claims.conflicts];
  const claimedFlops = claims.trainingComputeFlops;
  if (claimedFlops && compute.value !== null) {
    const ratio = Math.max(claimedFlops.value, compute.value) / Math.min(claimedFlops.value, compute.value);
    if (ratio > 3) {
      found.push(
        `ai_act.training_compute_flops ${formatNumber(claimedFlops.value)}${line(claimedFlops.position)} is ${formatNumber(ratio)}\xD7 away from the card's own estimate ${formatNumber(compute.value)} FLOP (${compute.method})`
      );
    }
  }
  const exemption = claims.openSourceExemption;
  if (exemption?.value) {
    if (licence.qualifiesOpenSource === "no")
      found.push(
        `ai_act.open_source_exemption: true${line(exemption.position)}, but the licence ${licence.id} does not qualify: ${licence.reason}`
      );
    if (id === "gpai-systemic-risk")
      found.push(
        `ai_act.open_source_exemption: true${line(exemption.position)}, but the exemption never applies to a model with systemic risk (Art. 53(2))`
      );
    if (!weights.public)
      found.push(`ai_act.open_source_exemption: true${line(exemption.position)}, but ${weights.reason}`);
  }
  const denial = claims.systemicRisk?.value === false ? claims.systemicRisk : void 0;
  if (denial && flops !== null && flops > SYSTEMIC_FLOP) {
    found.push(
      `The card says it has no systemic risk (${denial.text}${line(denial.position)}), but its figures give ${formatNumber(flops)} FLOP > 1e25 (Art. 51(2))`
    );
  }
  if (claims.gpai?.value === false && (id === "gpai" || id === "gpai-open-source" || id === "gpai-systemic-risk")) {
    found.push(
      `ai_act.gpai: false${line(claims.gpai.position)}, but the card's figures make it a general-purpose AI model (${id})`
    );
  }
  if (claims.gpai?.value === true && id === "not-gpai") {
    found.push(
      `ai_act.gpai: true${line(claims.gpai.position)}, but the card's figures or task make it no general-purpose AI model`
    );
  }
  return found;
}

// src/classify/tier-lineage.ts
function derivative(context, lineage) {
  const bases = lineage.baseModels.map((base2) => `${base2.id}${line(base2.position)}`).join(", ");
  say(
    context,
    `Derived from ${bases}: ${RELATION_WORDS[lineage.relation]} (${lineage.relationBasis})`,
    lineage.baseModels[0].position
  );
  const base = mostCapableBase(lineage.baseModels);
  const known = base?.known?.model;
  if (lineage.relation === "finetune" && known?.gpai === "no" && !ownComputeAboveGpai(context)) {
    say(
      context,
      `The base is not a GPAI model \u2014 ${describeKnownModel(known)} \u2014 and a fine-tune adds far less compute than its pre-training \u2192 not a general-purpose AI model`,
      base?.position
    );
    return "not-gpai";
  }
  return modification(context, lineage, base);
}
function namedKnownModel(context, named) {
  const first = named[0];
  if (!first || ownComputeAboveGpai(context) || context.flops !== null) return null;
  const { model } = first;
  const at2 = `${first.where}${line(first.position)}`;
  if (model.gpai === "no") {
    if (statedSizeExceeds(context, model.parameters)) return null;
    say(
      context,
      `The card names ${first.name} (${at2}): ${describeKnownModel(model)}; the model is it or built on it \u2192 not a general-purpose AI model`,
      first.position
    );
    return "not-gpai";
  }
  if (first.exact && model.trainingCompute !== void 0) {
    context.flops = model.trainingCompute;
    say(
      context,
      `The card is ${model.name} itself (${at2}); its figures give no compute, the known-models table lists ${formatNumber(model.trainingCompute)} FLOP (${model.source.split(" | ")[0]})`,
      first.position
    );
  }
  return null;
}
function mostCapableBase(bases) {
  const rank = { yes: 0, unclear: 1, no: 2 };
  const sorted = [...bases].sort(
    (a, b) => (a.known ? rank[a.known.model.gpai] : 1) - (b.known ? rank[b.known.model.gpai] : 1)
  );
  return sorted[0] ?? null;
}
function ownComputeAboveGpai(context) {
  return context.flops !== null && context.flops > GPAI_FLOP;
}
function statedSizeExceeds(context, parameters) {
  if (parameters === void 0) return false;
  const size = modelSize(context.facts, ownFigures(context.facts, context.data).quantities);
  return size !== null && size.quantity.value > 2 * parameters;
}

// src/classify/weights.ts
function weightsAvailability(facts, data = classifyData()) {
  for (const key of data.cues.gatedKeys) {
    const entry = facts.metadata.get(key);
    if (entry && entry.value !== null && entry.value !== "") {
      return {
        public: false,
        reason: `the download is gated behind a form collecting personal data (${key}, line ${entry.position.line}); the guidelines treat that as a condition of access outside the exemption`,
        position: entry.position
      };
    }
  }
  const prose = proseText(facts);
  for (const pattern of data.cues.weightsNotPublic) {
    const match = pattern.exec(prose);
    if (match) {
      const position = facts.positionAt(match.index);
      return { public: false, reason: `the card says "${excerpt(match[0])}" (line ${position.line})`, position };
    }
  }
  return { public: true, reason: "no gated download or closed-weights statement found" };
}

// src/classify/classify-tier.ts
var GENEROUS_TOKENS = 1e13;
var GENEROUS_AUDIO_TOKENS = 1e12;
var AUDIO_BUDGET_BASIS = "about 1.4 million hours of audio at 200 codec tokens per second, more than the largest published corpora";
var PRESUMED_GPAI_PARAMETERS = 1e10;
function classifyTier(facts, data = classifyData()) {
  const claims = readClaims(facts, readAiActBlock(facts), data);
  const compute = estimateCompute(facts, data);
  const context = {
    facts,
    data,
    compute,
    flops: compute.value ?? claims.trainingComputeFlops?.value ?? null,
    licence: analyseLicence(facts, data),
    claims,
    task: taskProfile(facts, data),
    weights: weightsAvailability(facts, data),
    reasons: [],
    borderline: false
  };
  explainCompute(context);
  explainTask(context);
  const lineage = readLineage(facts, data);
  const id = decide(context, lineage, namedModels(facts, data));
  context.reasons.push({ text: `\u2192 tier ${id}` });
  const flags = collectFlags(context, facts, data);
  const contradictions = crossCheck(context, id);
  if (context.borderline) {
    context.reasons.push({
      text: "Borderline: the figures lie within 2\xD7 of a threshold, so a more precise figure could change the tier"
    });
  }
  return {
    id,
    computeFlops: context.flops,
    reasons: context.reasons,
    flags,
    baseModels: lineage && lineage.source !== "title" ? lineage.baseModels.map(({ id: base, position }) => ({ id: base, position })) : [],
    compute,
    licence: context.licence,
    claims,
    contradictions,
    borderline: context.borderline
  };
}
function explainCompute(context) {
  const { compute, claims } = context;
  const method = { stated: "stated", "6ND": "6\xB7N\xB7D", hardware: "hardware-based", none: "none" }[compute.method];
  if (compute.value !== null) say(context, `Training compute, ${method}: ${compute.text}`, compute.inputs[0]?.position);
  else if (claims.trainingComputeFlops) {
    const claimed = claims.trainingComputeFlops;
    say(
      context,
      `Training compute: the card's figures give none (${compute.text}); ai_act.training_compute_flops states ${formatNumber(claimed.value)} FLOP${line(claimed.position)}, used as stated`,
      claimed.position
    );
  } else say(context, `Training compute: ${compute.text}`);
}
function explainTask(context) {
  const { task } = context;
  const basis = task.evidence ? ` (${task.evidence.source}: ${task.evidence.value}${line(task.evidence.position)})` : "";
  if (task.kind === "narrow") say(context, `Narrow task: ${task.task}${basis}`, task.evidence?.position);
  else if (task.kind === "generative")
    say(context, `Generates ${task.modalities.join(", ")}${basis}`, task.evidence?.position);
  else
    say(
      context,
      "What the model generates is not stated (no pipeline_tag, library_name, task tags or description of its outputs)"
    );
}
function decide(context, lineage, named) {
  const { claims, task } = context;
  const claim = claims.designated ?? (claims.systemicRisk?.value ? claims.systemicRisk : void 0);
  if (claim) {
    const what = claim === claims.designated ? "states a Commission designation" : "claims systemic risk";
    say(
      context,
      `The card ${what}: ${claim.text}${line(claim.position)} \u2192 GPAI model with systemic risk (Art. 51(1))`,
      claim.position
    );
    if (context.flops !== null && context.flops > SYSTEMIC_FLOP)
      say(context, `Its compute ${formatNumber(context.flops)} FLOP > 1e25 also presumes it (Art. 51(2))`);
    return "gpai-systemic-risk";
  }
  if (task.kind === "narrow") {
    say(
      context,
      "A model competent only in a narrow task is not a general-purpose AI model, whatever its compute (Commission guidelines C(2025) 7719) \u2192 Chapter V does not apply",
      task.evidence?.position
    );
    return "not-gpai";
  }
  if (lineage && lineage.sameProvider) {
    const bases = lineage.baseModels.map((base) => base.id).join(", ");
    say(
      context,
      `Derived from ${bases} by the same provider (the card's code loads a repository of the same organisation): later development of the same model, not a modification (guidelines, lifecycle)`,
      lineage.baseModels[0].position
    );
    const known = lineage.baseModels.find((base) => base.known?.model.trainingCompute !== void 0)?.known?.model;
    if (context.flops === null && known?.trainingCompute !== void 0) {
      context.flops = known.trainingCompute;
      say(
        context,
        `Its figures give no compute; the base ${known.name} is listed with ${formatNumber(known.trainingCompute)} FLOP (${known.source.split(" | ")[0]})`
      );
    }
  } else if (lineage) {
    return derivative(context, lineage) ?? fromCompute(context, true);
  } else {
    const outcome = namedKnownModel(context, named);
    if (outcome) return outcome;
  }
  return fromCompute(context, false);
}
function fromCompute(context, modifier) {
  const { flops, task, claims } = context;
  if (flops !== null) {
    context.borderline ||= isBorderline(flops, GPAI_FLOP) || isBorderline(flops, SYSTEMIC_FLOP);
    if (flops > SYSTEMIC_FLOP) {
      const unknownTask = task.kind === "unknown" ? " (its outputs are not stated; a model trained with more than 1e25 FLOP is treated as general-purpose)" : "";
      say(
        context,
        `${formatNumber(flops)} FLOP > 1e25 \u2192 presumed high-impact capabilities: GPAI model with systemic risk (Art. 51(2))${unknownTask}`
      );
      if (context.licence.qualifiesOpenSource === "yes")
        say(context, "The open-source exemption never applies to a model with systemic risk (Art. 53(2))");
      return "gpai-systemic-risk";
    }
    const general = task.kind === "generative" || claims.gpai?.value === true;
    if (!modifier && straddlesGpaiThreshold(context)) return "unknown";
    if (modifier || flops > GPAI_FLOP && general) {
      say(
        context,
        modifier ? "A new provider of a modified GPAI model (recital 109: its duties may be limited to the modification)" : `${formatNumber(flops)} FLOP > 1e23 and it generates ${task.modalities.join(", ") || "content (ai_act.gpai: true)"} \u2192 general-purpose AI model (guidelines' indicative criterion)`
      );
      say(
        context,
        `${formatNumber(flops)} FLOP \u2264 1e25 \u2192 no presumption of systemic risk (Art. 51(2)), and no claim or designation`
      );
      return openSourceOrGpai(context);
    }
    if (flops > GPAI_FLOP) {
      say(
        context,
        `${formatNumber(flops)} FLOP > 1e23, but the card does not say that the model generates text, audio, images or video, which the GPAI criterion needs \u2192 missing: what the model generates (pipeline_tag or a description of its outputs)`
      );
      return "unknown";
    }
    say(
      context,
      `${formatNumber(flops)} FLOP \u2264 1e23 \u2192 below the indicative criterion: not a general-purpose AI model (guidelines)`
    );
    return "not-gpai";
  }
  return withoutCompute(context, modifier);
}
function straddlesGpaiThreshold(context) {
  const { compute, flops, claims } = context;
  if (compute.method !== "hardware" || flops !== compute.value || claims.gpai) return false;
  if (compute.low === void 0 || compute.high === void 0 || compute.low > GPAI_FLOP || compute.high <= GPAI_FLOP)
    return false;
  context.borderline = true;
  say(
    context,
    `The hardware-based estimate spans 1e23 (${formatNumber(compute.low)}\u2013${formatNumber(compute.high)} FLOP at the utilisation assumed) \u2192 cannot decide whether it is a general-purpose AI model \u2192 missing: the training compute or training tokens`
  );
  return true;
}
function withoutCompute(context, modifier) {
  const { claims, task, facts } = context;
  if (claims.gpai) {
    say(
      context,
      `No compute figures; ai_act.gpai: ${claims.gpai.value}${line(claims.gpai.position)} taken as stated`,
      claims.gpai.position
    );
    return claims.gpai.value ? openSourceOrGpai(context) : "not-gpai";
  }
  if (modifier) return openSourceOrGpai(context);
  const missingCompute = "training compute (or parameters with training tokens, or GPU-hours with the accelerator)";
  if (task.kind !== "generative") {
    say(
      context,
      `Cannot decide \u2192 missing: ${missingCompute}; what the model generates (pipeline_tag or a description of its outputs)`
    );
    return "unknown";
  }
  const { quantities } = ownFigures(facts, context.data);
  const size = modelSize(facts, quantities);
  const moeTotal = size?.active ? quantities.filter(
    (quantity) => quantity.kind === "parameters" && quantity.position.line === size.quantity.position.line
  ) : [];
  const parameters = moeTotal.reduce(
    (best, quantity) => !best || quantity.value > best.value ? quantity : best,
    void 0
  ) ?? size?.quantity;
  const audioOnly = task.modalities.length > 0 && task.modalities.every((modality) => modality === "audio");
  const budget = audioOnly ? GENEROUS_AUDIO_TOKENS : GENEROUS_TOKENS;
  const budgetText = audioOnly ? `${formatNumber(budget)} audio tokens (${AUDIO_BUDGET_BASIS})` : `${formatNumber(budget)} training tokens`;
  if (!parameters && audioOnly) {
    say(
      context,
      `A speech or music generator of unstated size: on at most ${budgetText}, 1e23 FLOP needs ${formatNumber(GPAI_FLOP / (6 * budget))} parameters or more, beyond any published audio generator \u2192 not a general-purpose AI model (an assumption: state the training compute to rebut it)`
    );
    return "not-gpai";
  }
  if (!parameters) {
    say(context, `Cannot decide \u2192 missing: ${missingCompute}; the parameter count`);
    return "unknown";
  }
  const n = parameters.value;
  const ceiling = 6 * n * budget;
  const tokensFor1e23 = GPAI_FLOP / (6 * n);
  const at2 = `N = ${formatNumber(n)} parameters${line(parameters.position)}`;
  if (ceiling <= GPAI_FLOP) {
    say(
      context,
      `${at2}: even on ${budgetText} 6\xB7N\xB7D = ${formatNumber(ceiling)} FLOP \u2264 1e23 \u2192 not a general-purpose AI model (guidelines)`,
      parameters.position
    );
    return "not-gpai";
  }
  if (n >= PRESUMED_GPAI_PARAMETERS) {
    context.borderline = true;
    say(
      context,
      `No compute figures; a generative model with ${at2} passes 1e23 FLOP from D = ${formatNumber(tokensFor1e23)} tokens, below current pre-training budgets \u2192 presumed GPAI (rebuttable: state the training compute or tokens)`,
      parameters.position
    );
    return openSourceOrGpai(context);
  }
  say(
    context,
    `Generative, ${at2}, but 6\xB7N\xB7D crosses 1e23 only from D = ${formatNumber(tokensFor1e23)} tokens, which the card does not settle \u2192 missing: the training tokens or ${missingCompute}`,
    parameters.position
  );
  return "unknown";
}
function openSourceOrGpai(context) {
  const { licence, weights } = context;
  const licenceText = `Licence ${licence.id ?? "(none found)"}${line(licence.position)}: ${licence.reason}`;
  if (licence.qualifiesOpenSource === "yes" && weights.public) {
    say(
      context,
      `${licenceText}; weights public (${weights.reason}) \u2192 open-source exemption, Art. 53(2): Annex XI and XII duties lifted; copyright policy and training-content summary remain`,
      licence.position
    );
    return "gpai-open-source";
  }
  const why = licence.qualifiesOpenSource === "yes" ? `, but ${weights.reason}` : "";
  say(context, `${licenceText}${why} \u2192 no open-source exemption (Art. 53(2))`, licence.position ?? weights.position);
  return "gpai";
}

// src/classify/index.ts
function classifyCard(facts, data) {
  return classifyTier(facts, data);
}
function reportTier(classification) {
  const { compute, claims, licence } = classification;
  const claim = (value) => value ? { value: value.value, source: value.text, line: value.position?.line ?? null } : null;
  return {
    id: classification.id,
    computeFlops: classification.computeFlops,
    computeMethod: compute.value !== null ? compute.method : claims.trainingComputeFlops ? "claimed" : "none",
    computeRange: compute.low !== void 0 && compute.high !== void 0 ? { low: compute.low, high: compute.high } : null,
    borderline: classification.borderline,
    reasons: classification.reasons,
    flags: classification.flags,
    claims: {
      gpai: claim(claims.gpai),
      systemicRisk: claim(claims.systemicRisk),
      designated: claim(claims.designated),
      trainingComputeFlops: claim(claims.trainingComputeFlops),
      openSourceExemption: claim(claims.openSourceExemption)
    },
    contradictions: classification.contradictions,
    licence: { id: licence.id, qualifiesOpenSource: licence.qualifiesOpenSource, reason: licence.reason }
  };
}
function unknownTier(reason) {
  const base = { id: "unknown", computeFlops: null, reasons: [{ text: reason }], flags: [] };
  return {
    ...base,
    computeMethod: "none",
    computeRange: null,
    borderline: false,
    claims: { gpai: null, systemicRisk: null, designated: null, trainingComputeFlops: null, openSourceExemption: null },
    contradictions: [],
    licence: { id: null, qualifiesOpenSource: "unclear", reason }
  };
}

export {
  evaluateRule,
  severityOf,
  readLineage,
  weightsAvailability,
  classifyCard,
  reportTier,
  unknownTier
};
