import { createRequire as __aagCreateRequire } from 'node:module'; const require = __aagCreateRequire(import.meta.url);
import {
  toString,
  visit
} from "./chunk-ODAIUGEL.js";
import {
  shippedSnapshot
} from "./chunk-746URBFR.js";
import {
  require_dist
} from "./chunk-CSBECP3I.js";
import {
  __toESM
} from "./chunk-UIU2T2WH.js";

// src/facts/vocabulary.ts
var import_yaml2 = __toESM(require_dist(), 1);

// src/facts/record-blocks.ts
var RECORD_LANGUAGES = /^(?:ya?ml|json|text|txt|properties|ini|toml)?$/i;
var FIELD_LINE = /^\s*(?:-\s+)?"?([A-Za-z][\w.-]*)"?\s*[:=]\s*(.*)$/;
var DOCUMENTATION_WORD = /* @__PURE__ */ new Set([
  "description",
  "intended",
  "uses",
  "limitations",
  "risks",
  "risk",
  "bias",
  "biases",
  "license",
  "licence",
  "contact",
  "owner",
  "architecture",
  "compute",
  "energy",
  "carbon",
  "emissions",
  "release",
  "distribution",
  "watermark",
  "watermarking",
  "copyright",
  "provider",
  "representative",
  "dependencies",
  "modalities",
  "security",
  "governance",
  "teaming",
  "adversarial",
  "systemic",
  "incident",
  "incidents",
  "policy",
  "prohibited",
  "evaluation",
  "curation",
  "sources",
  "ethical",
  "considerations",
  "tool",
  "tools",
  "hardware",
  "requirements",
  "serving",
  "channels",
  "components",
  "assessment",
  "details",
  "stages",
  "training",
  "acquisition",
  "selection",
  "filters",
  "capabilities",
  "parameters",
  "modality",
  "inputs",
  "outputs",
  "languages",
  "safety",
  "benchmarks",
  "results"
]);
var FIELD_SHARE = 0.7;
var PROSE_VALUE = /[\p{L}][^\s]*\s+\S+\s+\S+/u;
var PROSE_SHARE = 0.5;
var UNNAMED_PROSE_FIELDS = 3;
var CALL_VALUE = /^[A-Za-z_$][\w.$]*\s*\(/;
var CITATION_ENTRY = /^\s*@[a-z]+\s*\{/im;
var UNNAMED_PROSE_SHARE = 0.75;
function recordFields(info, body) {
  if (!RECORD_LANGUAGES.test((info ?? "").trim()) || CITATION_ENTRY.test(body)) return null;
  const lines = body.split("\n");
  const filled = lines.filter((line) => line.trim() && !/^\s*[{}[\]],?\s*$/.test(line));
  const fields = [];
  let documented = 0;
  let valued = 0;
  let prose = 0;
  let proseFields = 0;
  lines.forEach((line, index) => {
    const match = FIELD_LINE.exec(line);
    if (!match) return;
    fields.push({ key: match[1], line: index });
    const words = match[1].toLowerCase().split(/[_.-]+/);
    if (words.some((word) => DOCUMENTATION_WORD.has(word))) documented++;
    const value = match[2].trim();
    if (value) {
      valued++;
      if (PROSE_VALUE.test(value) && !CALL_VALUE.test(value)) {
        prose++;
        proseFields++;
      }
    }
  });
  for (const line of lines) if (!FIELD_LINE.test(line) && PROSE_VALUE.test(line.replace(/^\s*-\s*/, ""))) prose++;
  const shaped = fields.length + filled.filter((line) => !FIELD_LINE.test(line) && /^\s*-\s/.test(line)).length;
  if (filled.length === 0 || shaped < filled.length * FIELD_SHARE) return null;
  if (documented === 0 && !(proseFields >= UNNAMED_PROSE_FIELDS && proseFields >= valued * UNNAMED_PROSE_SHARE))
    return null;
  return prose >= Math.max(1, valued * PROSE_SHARE) ? fields : null;
}

// src/facts/fast-regex.ts
var FOLDS_TO_ASCII = /[\u017F\u212A]/;
var SURROGATE = /[\uD800-\uDFFF]/;
var UNCASED_SYMBOL = /^[\p{P}\p{S}\p{Zs}]$/u;
function textKind(text) {
  if (FOLDS_TO_ASCII.test(text)) return "folding";
  return SURROGATE.test(text) ? "astral" : "plain";
}
function fastVariant(source, flags) {
  if (!flags.includes("u")) return null;
  let astralSafe = true;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (char === "\\") {
      const escaped = source[++i] ?? "";
      if ("uxpPc".includes(escaped)) return null;
      if ("WSD".includes(escaped)) astralSafe = false;
      if (escaped.charCodeAt(0) >= 128) return null;
      continue;
    }
    if (inClass) {
      if (char === "]") inClass = false;
    } else if (char === "[") {
      inClass = true;
      if (source[i + 1] === "^") astralSafe = false;
    } else if (char === ".") {
      astralSafe = false;
    }
    if (char.charCodeAt(0) >= 128 && !isUncased(char)) return null;
  }
  return { pattern: new RegExp(source, flags.replace("u", "")), astralSafe };
}
function isUncased(char) {
  return UNCASED_SYMBOL.test(char) && char.toLowerCase() === char && char.toUpperCase() === char;
}
function patternFor(kind, pattern, fast) {
  if (!fast || kind === "folding") return pattern;
  if (kind === "astral" && !fast.astralSafe) return pattern;
  return fast.pattern;
}

// src/facts/required-literals.ts
function requiredLiterals(source, flags) {
  if (!flags.includes("i")) return null;
  const parser = { source, at: 0 };
  try {
    const requirement = parseAlternation(parser);
    if (parser.at !== source.length) return null;
    return requirement && requirement.length > 0 && requirement.every((literal2) => literal2.length > 0) ? requirement : null;
  } catch {
    return null;
  }
}
function parseAlternation(parser) {
  const alternatives = [parseSequence(parser)];
  while (parser.source[parser.at] === "|") {
    parser.at++;
    alternatives.push(parseSequence(parser));
  }
  if (alternatives.some((requirement) => requirement === null)) return null;
  return [...new Set(alternatives.flat())];
}
function parseSequence(parser) {
  const { source } = parser;
  let best = null;
  let run = "";
  const consider = (candidate) => {
    if (candidate && (best === null || selectivity(candidate) > selectivity(best))) best = candidate;
  };
  const endRun = () => {
    if (run) consider([run]);
    run = "";
  };
  while (parser.at < source.length && source[parser.at] !== "|" && source[parser.at] !== ")") {
    const atom = parseAtom(parser);
    const quantifier = parseQuantifier(parser);
    if (atom.literal !== void 0 && quantifier === "one") {
      run += atom.literal;
      continue;
    }
    endRun();
    if (atom.group !== void 0 && quantifier !== "optional") consider(atom.group);
  }
  endRun();
  return best;
}
function selectivity(requirement) {
  return Math.min(...requirement.map((literal2) => literal2.length)) * 100 - requirement.length;
}
var CLASS_ESCAPES = "dDwWsS";
var CONTROL_ESCAPES = { n: "\n", r: "\r", t: "	", f: "\f", v: "\v" };
function parseAtom(parser) {
  const { source } = parser;
  const char = source[parser.at++];
  switch (char) {
    case "(": {
      let lookaround = false;
      if (source[parser.at] === "?") {
        const kind = source[parser.at + 1];
        if (kind === ":") parser.at += 2;
        else if (kind === "=" || kind === "!") {
          parser.at += 2;
          lookaround = true;
        } else if (kind === "<" && (source[parser.at + 2] === "=" || source[parser.at + 2] === "!")) {
          parser.at += 3;
          lookaround = true;
        } else if (kind === "<") {
          const close = source.indexOf(">", parser.at);
          if (close === -1) throw new Error("unterminated group name");
          parser.at = close + 1;
        } else {
          throw new Error("unknown group");
        }
      }
      const inner = parseAlternation(parser);
      if (source[parser.at] !== ")") throw new Error("unterminated group");
      parser.at++;
      return { group: lookaround ? null : inner };
    }
    case "[": {
      while (parser.at < source.length && source[parser.at] !== "]") parser.at += source[parser.at] === "\\" ? 2 : 1;
      if (parser.at >= source.length) throw new Error("unterminated class");
      parser.at++;
      return {};
    }
    case "\\":
      return parseEscape(parser);
    case ".":
    case "^":
    case "$":
      return {};
    case "*":
    case "+":
    case "?":
    case "{":
    case ")":
    case "|":
    case "]":
    case "}":
    case void 0:
      throw new Error("unexpected syntax");
    default:
      return literal(char);
  }
}
function parseEscape(parser) {
  const { source } = parser;
  const char = source[parser.at++];
  if (char === void 0) throw new Error("trailing backslash");
  if (CLASS_ESCAPES.includes(char) || char === "b" || char === "B") return {};
  if (char in CONTROL_ESCAPES) return literal(CONTROL_ESCAPES[char]);
  if (/[\^$\\.*+?()[\]{}|/-]/.test(char)) return literal(char);
  if (char === "x") {
    parser.at += 2;
    return {};
  }
  if (char === "u" || char === "p" || char === "P") {
    if (source[parser.at] === "{") {
      const close = source.indexOf("}", parser.at);
      if (close === -1) throw new Error("unterminated escape");
      parser.at = close + 1;
    } else if (char === "u") {
      parser.at += 4;
    } else {
      throw new Error("property escape without braces");
    }
    return {};
  }
  if (char === "k") {
    const close = source.indexOf(">", parser.at);
    if (close === -1) throw new Error("unterminated group reference");
    parser.at = close + 1;
    return {};
  }
  if (char === "c") {
    parser.at++;
    return {};
  }
  if (/\d/.test(char)) {
    while (/\d/.test(source[parser.at] ?? "")) parser.at++;
    return {};
  }
  throw new Error("unknown escape");
}
function literal(char) {
  return char.charCodeAt(0) < 128 ? { literal: char.toLowerCase() } : {};
}
function parseQuantifier(parser) {
  const { source } = parser;
  const char = source[parser.at];
  let quantifier;
  if (char === "?" || char === "*") {
    parser.at++;
    quantifier = "optional";
  } else if (char === "+") {
    parser.at++;
    quantifier = "required";
  } else if (char === "{") {
    const match = /^\{(\d+)(,\d*)?\}/.exec(source.slice(parser.at));
    if (!match) throw new Error("bad quantifier");
    parser.at += match[0].length;
    quantifier = Number(match[1]) === 0 ? "optional" : "required";
  } else {
    return "one";
  }
  if (source[parser.at] === "?") parser.at++;
  return quantifier;
}
var TRIGRAM_BITS = 1 << 14;
function literalIndex(lowered) {
  const bits = new Uint32Array(TRIGRAM_BITS >> 5);
  for (let i = 0; i + 2 < lowered.length; i++) {
    const hash = trigramHash(lowered, i);
    bits[hash >> 5] |= 1 << (hash & 31);
  }
  return {
    mayContain(literal2) {
      if (literal2.length < 3) return lowered.includes(literal2);
      for (let i = 0; i + 2 < literal2.length; i++) {
        const hash = trigramHash(literal2, i);
        if ((bits[hash >> 5] & 1 << (hash & 31)) === 0) return false;
      }
      return true;
    }
  };
}
function trigramHash(text, at) {
  return (text.charCodeAt(at) * 961 + text.charCodeAt(at + 1) * 31 + text.charCodeAt(at + 2) ^ text.charCodeAt(at) >> 8) & TRIGRAM_BITS - 1;
}
var literalsOfPattern = /* @__PURE__ */ new WeakMap();
function mayMatch(pattern, lowered) {
  let literals = literalsOfPattern.get(pattern);
  if (literals === void 0)
    literalsOfPattern.set(pattern, literals = requiredLiterals(pattern.source, pattern.flags));
  return literals === null || literals.some((literal2) => lowered.includes(literal2));
}

// src/facts/mask.ts
var HTML_COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
var ALERT_MARKER = /\[!(?:NOTE|TIP|IMPORTANT|WARNING|CAUTION)\]/gi;
function maskText(text, bodyStart, boilerplate) {
  let masked = blank(text.slice(0, bodyStart)) + text.slice(bodyStart);
  masked = masked.replace(HTML_COMMENT, blank).replace(ALERT_MARKER, blank);
  if (masked.includes(" #")) masked = masked.replace(HASHTAG, blank);
  const kind = textKind(masked);
  let lowered = kind === "folding" ? null : masked.toLowerCase();
  for (const pattern of boilerplate) {
    const { fast, literals } = shortcutsOf(pattern);
    if (lowered !== null && literals && !literals.some((literal2) => lowered.includes(literal2))) continue;
    const replaced = masked.replace(patternFor(kind, pattern, fast), blank);
    if (replaced !== masked && lowered !== null) lowered = replaced.toLowerCase();
    masked = replaced;
  }
  return masked;
}
var HASHTAG = new RegExp("(?<=[ \\t])#\\p{L}[\\p{L}\\p{N}_-]*(?![\\p{L}\\p{N}_-])", "gu");
function blank(span) {
  if (!/[\r\n]/.test(span)) return " ".repeat(span.length);
  return span.replace(/[^\r\n]+/g, (run) => " ".repeat(run.length));
}
var shortcuts = /* @__PURE__ */ new WeakMap();
function shortcutsOf(pattern) {
  let found = shortcuts.get(pattern);
  if (!found)
    shortcuts.set(
      pattern,
      found = {
        fast: fastVariant(pattern.source, pattern.flags),
        literals: requiredLiterals(pattern.source, pattern.flags)
      }
    );
  return found;
}
var MACHINE_FIELD = String.raw`[A-Za-z]\w*[_.][\w.]*:[ \t]`;
var SYMBOL = String.raw`[\p{Extended_Pictographic}\p{So}](?:\u{FE0F}|\u{200D}|\u{20E3}|\p{Extended_Pictographic}|\p{So})*`;
var LEADING_EMOJI = new RegExp(String.raw`^(?:${SYMBOL}\s*)+(?=[\p{L}\p{N}"“([])`, "u");
var LEADING_SYMBOLS = String.raw`(?:${SYMBOL}[ \t]*)?`;
var SOFT_BREAK = new RegExp(
  String.raw`\r?\n(?:[ \t]*>)*(?![ \t]*${LEADING_SYMBOLS}(?:\*\*|__)[^*_\n]{1,60}?(?::[ \t]*(?:\*\*|__)|(?:\*\*|__)[ \t]*:)|[ \t]*${LEADING_SYMBOLS}${MACHINE_FIELD})`,
  "gu"
);
var FIELD_LINE2 = new RegExp(
  String.raw`^[ \t]*${LEADING_SYMBOLS}[*_]{0,2}(?:\p{Lu}(?:[\p{L}\p{N}()/&'’ -]|(?<=(?:^|[\s(])\p{Lu}\p{Ll}{0,4})\.(?=[ \t]?\p{L}|:)){0,40}?:[*_]{0,2}[ \t]+\S|\p{L}[\p{L}\p{N}_.-]{0,60}:[*_]{0,2}(?:[ \t]+\S|[ \t]*$))`,
  "u"
);
function areFieldLines(line, next) {
  return FIELD_LINE2.test(line) && FIELD_LINE2.test(next);
}
var CHAT_TIME = String.raw`\d{1,2}:\d{2}(?::\d{2})?`;
var CHAT_NICK = String.raw`[\w.-]{1,30}`;
var MESSAGE_LINE = new RegExp(
  String.raw`^[ \t]*(?:\[${CHAT_TIME}\]|${CHAT_TIME}[ \t]+[@<\p{L}]|<${CHAT_NICK}>[ \t]|@${CHAT_NICK}[ \t]*:)`,
  "u"
);
function softBreakJoined(found, offset, text) {
  const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
  const nextStart = offset + found.length;
  const nextEnd = text.indexOf("\n", nextStart);
  const next = text.slice(nextStart, nextEnd < 0 ? text.length : nextEnd);
  const line = text.slice(lineStart, offset);
  return areFieldLines(line, next) || MESSAGE_LINE.test(line) && MESSAGE_LINE.test(next) ? found : " ".repeat(found.length);
}
function joinSoftBreaks(masked, tree) {
  const spans = [];
  const visit2 = (node) => {
    if (node.type === "paragraph") {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start !== void 0 && end !== void 0 && masked.indexOf("\n", start) < end) spans.push([start, end]);
      return;
    }
    const children = node.children;
    if (children) for (const child of children) visit2(child);
  };
  visit2(tree);
  if (spans.length === 0) return masked;
  spans.sort((a, b) => a[0] - b[0]);
  const parts = [];
  let cursor = 0;
  for (const [start, end] of spans) {
    if (start < cursor) continue;
    parts.push(masked.slice(cursor, start), masked.slice(start, end).replace(SOFT_BREAK, softBreakJoined));
    cursor = end;
  }
  parts.push(masked.slice(cursor));
  return parts.join("");
}
function blankStructure(masked, tree) {
  const blanks = [];
  const codeSpans = [];
  const visit2 = (node) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === void 0 || end === void 0) return;
    if (node.type === "heading") {
      blanks.push([start, end]);
      return;
    }
    if (node.type === "code") {
      if (recordFields(node.lang ? `${node.lang} ${node.meta ?? ""}`.trim() : "", node.value)) {
        const opened = masked.indexOf("\n", start);
        const closed = masked.lastIndexOf("\n", end - 1);
        blanks.push([start, opened < 0 || opened > end ? end : opened]);
        if (closed > opened && /^\s*(?:`{3,}|~{3,})\s*$/.test(masked.slice(closed + 1, end)))
          blanks.push([closed + 1, end]);
      } else codeSpans.push([start, end]);
      return;
    }
    if (node.type === "html" && SUMMARY_TITLE.test(node.value)) {
      blanks.push([start, end]);
      return;
    }
    if (node.type === "blockquote") blockquoteMarks(masked, node, blanks);
    if (node.type === "paragraph") {
      const clause = CLAUSE_NUMBER.exec(masked.slice(start, end));
      if (clause) blanks.push([start, start + clause[0].length]);
      const label = node.children[0];
      const labelStart = label?.position?.start.offset ?? 0;
      const labelEnd = label?.type === "strong" && (label.position?.end.offset ?? 0) - labelStart <= 80 ? label.position?.end.offset : void 0;
      if (labelEnd !== void 0 && !/[\p{L}\p{N}]/u.test(masked.slice(labelEnd, end))) blanks.push([start, end]);
      else if (labelEnd !== void 0 && isTitleLine(masked, labelStart, labelEnd)) blanks.push([labelStart, labelEnd]);
      return;
    }
    const children = node.children;
    if (children) for (const child of children) visit2(child);
  };
  visit2(tree);
  blanks.push(...struckSpans(masked, tree));
  const literals = literalSpans(masked, tree);
  if (literals.length) {
    codeSpans.push(...literals);
    codeSpans.sort((a, b) => a[0] - b[0]);
  }
  if (blanks.length === 0) return { text: masked, codeSpans };
  blanks.sort((a, b) => a[0] - b[0]);
  return { text: blankSpans(masked, blanks), codeSpans };
}
function isTitleLine(text, start, end) {
  return (start === 0 || text[start - 1] === "\n") && /^[ \t]*\r?\n/.test(text.slice(end, end + 8)) && !/[:：][*_]*$/.test(text.slice(start, end));
}
var CLAUSE_NUMBER = new RegExp("^\\d{1,3}(?:\\.\\d{1,3}){1,3}\\.?(?:[ \\t]+(?=\\[|[AI] |(?!Milli|Billi|Trilli|Thousand|Hundred|Mio\\b|Mrd\\b|Miljo|Miljar|Kilo|Mega|Giga|Tera|Peta)(?:\\p{Lu}\\p{Ll}|\\p{Lu}['\u2019]\\p{L}))|\\s*$)", "u");
var STRUCK_HTML = /<(del|s|strike)\b[^<>]{0,200}>(?:(?!\n[ \t]*\n)[\s\S]){0,2000}?<\/\1\s*>/gi;
function struckSpans(masked, tree) {
  const spans = [];
  const visit2 = (node) => {
    if (node.type === "delete") {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start !== void 0 && end !== void 0) spans.push([start, end]);
      return;
    }
    const children = node.children;
    if (children) for (const child of children) visit2(child);
  };
  visit2(tree);
  if (masked.includes("</"))
    for (const struck of masked.matchAll(STRUCK_HTML)) spans.push([struck.index, struck.index + struck[0].length]);
  return spans;
}
var SUMMARY_TITLE = /^\s*(?:<details[^>]*>\s*)?<summary[^>]*>[^<\n]{0,200}<\/summary>\s*$/i;
var ADMONITION = /^(?:\[!)?(?:note|notes|tip|tips|hint|warning|caution|important|info|attention|hinweis|achtung|wichtig|remarque|attention|astuce|nota|aviso|consejo|avviso|suggerimento|opmerking|let op|tip)\]?:?$/i;
function blockquoteMarks(masked, node, blanks) {
  let from = node.position.start.offset;
  for (const child of node.children) {
    const to = child.position?.start.offset;
    if (to !== void 0 && to > from && /^[\s>]*$/.test(masked.slice(from, to))) blanks.push([from, to]);
    from = child.position?.end.offset ?? from;
  }
  const first = node.children[0];
  if (first?.type !== "paragraph") return;
  const lead = first.children[0];
  const text = lead?.type === "strong" || lead?.type === "text" ? toString(lead).trim() : "";
  const leadEnd = lead?.position?.end.offset;
  if (!text || leadEnd === void 0 || !ADMONITION.test(text.split("\n")[0].trim())) return;
  const kindEnd = lead.type === "text" ? lead.position.start.offset + lead.value.indexOf(text.split("\n")[0]) + text.split("\n")[0].length : leadEnd;
  blanks.push([lead.position.start.offset, kindEnd]);
}
var LONG_LITERAL = 40;
var HTML_CODE = /<code>([^\n]{0,20000}?)<\/code>/gi;
function literalSpans(masked, tree) {
  const spans = [];
  const isLong = (value) => value.length >= LONG_LITERAL && /\s\S+\s/.test(value.trim());
  visit(tree, "inlineCode", (node) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start !== void 0 && end !== void 0 && isLong(node.value)) spans.push([start, end]);
  });
  if (/<code>/i.test(masked)) {
    for (const match of masked.matchAll(HTML_CODE))
      if (isLong(match[1])) spans.push([match.index, match.index + match[0].length]);
  }
  return spans;
}
function blankSpans(text, spans) {
  const parts = [];
  let cursor = 0;
  for (const [start, end] of spans) {
    if (end <= cursor) continue;
    const from = Math.max(start, cursor);
    parts.push(text.slice(cursor, from), blank(text.slice(from, end)));
    cursor = end;
  }
  parts.push(text.slice(cursor));
  return parts.join("");
}

// src/facts/subject/cues.ts
var import_yaml = __toESM(require_dist(), 1);
import { existsSync, readFileSync } from "node:fs";

// src/facts/escape-regexp.ts
var escapeRegExp = (value) => value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

// src/facts/subject/cues.ts
var PATTERN_KEYS = [
  "otherModel",
  "comparison",
  "ownModel",
  "namedSubject",
  "ownVoice",
  "clauseBreak",
  "regulation",
  "generalSubject",
  "boundBefore",
  "thresholdAfter",
  "hypothetical",
  "plannedBefore",
  "negatedBefore",
  "sizeComparison",
  "otherModelHeadings"
];
var OPTIONAL_PATTERN_KEYS = [
  "clauseVerb",
  "otherRole",
  "attribution",
  "otherSubject",
  "namedResource",
  "otherArtefact",
  "citation",
  "baseBefore",
  "definedOwn"
];
var CASE_SENSITIVE = /* @__PURE__ */ new Set(["namedResource", "attribution", "definedOwn"]);
var NEVER = /(?!)/u;
var escapeName = (name) => escapeRegExp(name).replace(/[ -]/g, "[ -]?");
var keyOf = (name) => name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
function compileSubjectCues(raw) {
  const models = raw.models;
  if (!Array.isArray(models) || models.some((name) => typeof name !== "string" || !name.trim())) {
    throw new Error('expected "models" to be a list of model names');
  }
  const sections = raw.otherModelSections ?? [];
  if (!Array.isArray(sections) || sections.some((name) => typeof name !== "string")) {
    throw new Error('expected "otherModelSections" to be a list of canonical section names');
  }
  const names = [...models].sort((a, b) => b.length - a.length).map(escapeName);
  const patterns = {};
  for (const key of PATTERN_KEYS) {
    const source = raw[key];
    if (typeof source !== "string" || !source)
      throw new Error(`expected "${key}" to be a regular expression as a string`);
    try {
      patterns[key] = new RegExp(source, "iu");
    } catch (error) {
      throw new Error(`"${key}": ${error.message}`, { cause: error });
    }
  }
  const optional = {};
  for (const key of OPTIONAL_PATTERN_KEYS) {
    const source = raw[key];
    if (source === void 0) {
      optional[key] = NEVER;
      continue;
    }
    if (typeof source !== "string" || !source)
      throw new Error(`expected "${key}" to be a regular expression as a string`);
    try {
      optional[key] = new RegExp(source, CASE_SENSITIVE.has(key) ? "u" : "iu");
    } catch (error) {
      throw new Error(`"${key}": ${error.message}`, { cause: error });
    }
  }
  const { organisations, organisationFamilies } = compileOrganisations(raw.organisations);
  return {
    // "opt-outs are honoured" is no mention of OPT; llama.cpp and whisper.cpp are software named after models.
    models: new RegExp(
      String.raw`(?<![\p{L}\p{N}])(?:${names.join("|")})(?:[ -]?v?\d[\w.]*)?(?![\p{L}]|-(?:outs?|ins?)(?![\p{L}])|[.-](?:cpp|rs|js|py|jl)(?![\p{L}\p{N}]))`,
      "giu"
    ),
    ...patterns,
    otherModelSections: sections,
    ...optional,
    clauseVerb: new RegExp(optional.clauseVerb.source, "giu"),
    organisations,
    organisationFamilies
  };
}
function compileOrganisations(raw) {
  const organisationFamilies = /* @__PURE__ */ new Map();
  if (raw === void 0) return { organisations: /(?!)/gu, organisationFamilies };
  if (typeof raw !== "object" || raw === null || Array.isArray(raw))
    throw new Error('expected "organisations" to map organisation names to lists of model families');
  for (const [name, families] of Object.entries(raw)) {
    if (!name.trim() || !Array.isArray(families) || families.some((family) => typeof family !== "string"))
      throw new Error(`expected "organisations.${name}" to be a list of model families`);
    organisationFamilies.set(
      keyOf(name),
      families.map((family) => keyOf(family).replace(/v?\d.*$/, "") || keyOf(family))
    );
  }
  const names = Object.keys(raw).sort((a, b) => b.length - a.length).map(escapeName);
  const organisations = names.length ? new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${names.join("|")})(?![\p{L}\p{N}])`, "giu") : /(?!)/gu;
  return { organisations, organisationFamilies };
}
function parseSubjectCues(source) {
  const root = (0, import_yaml.parse)(source);
  if (!root || typeof root.subject !== "object" || root.subject === null)
    throw new Error('expected "subject:" to be a mapping');
  return compileSubjectCues(root.subject);
}
var shipped;
function shippedSubjectCues() {
  shipped ??= shippedSnapshot()?.contents().subjectCues;
  if (!shipped) {
    const candidates = ["../../../rules/vocabulary/", "../rules/vocabulary/", "../../rules/vocabulary/"].map(
      (base) => new URL(`${base}statement-subject.yaml`, import.meta.url)
    );
    const found = candidates.find((url) => existsSync(url)) ?? candidates[0];
    shipped = parseSubjectCues(readFileSync(found, "utf8"));
  }
  return shipped;
}
function cardSubjectCues(facts) {
  return facts.subjectCues ?? shippedSubjectCues();
}

// src/facts/text-views.ts
var views = /* @__PURE__ */ new WeakMap();
function viewsOf(facts) {
  let cached2 = views.get(facts);
  if (!cached2) {
    const body = blank2(
      blank2(blank2(blankFrontMatter(facts.text, facts.bodyStart), /<!--[\s\S]*?(?:-->|$)/g), ALERT_MARKER),
      null
    );
    const prose = joinSoftBreaks2(
      blank2(
        blank2(blank2(body, /<\/?[a-zA-Z][^<>\n]{0,500}>/g), /\]\((?:[^()\s]|\([^()\s]*\))*\)/g),
        /\bhttps?:\/\/[^\s)\]>"']+/g
      )
    );
    const lineStarts = [0];
    for (let index = facts.text.indexOf("\n"); index >= 0; index = facts.text.indexOf("\n", index + 1)) {
      lineStarts.push(index + 1);
    }
    cached2 = { body, prose, lineStarts };
    views.set(facts, cached2);
  }
  return cached2;
}
function bodyText(facts) {
  return viewsOf(facts).body;
}
function joinedBodyText(facts) {
  const cached2 = viewsOf(facts);
  cached2.joinedBody ??= joinSoftBreaks2(cached2.body);
  return cached2.joinedBody;
}
function proseText(facts) {
  return viewsOf(facts).prose;
}
function offsetOf(facts, position) {
  const start = viewsOf(facts).lineStarts[position.line - 1];
  return start === void 0 ? facts.text.length : start + position.column - 1;
}
function lineText(facts, line) {
  const { lineStarts } = viewsOf(facts);
  const start = lineStarts[line - 1];
  if (start === void 0) return "";
  const end = lineStarts[line] ?? facts.text.length;
  return facts.text.slice(start, end).replace(/\r?\n$/, "");
}
var SENTENCE_END = /(?<!\b(?:Art|art|Arts|approx|ca|cf|e\.g|i\.e|vs|No|Fig|Sec|Eq|et al|para|pt))[.!?](?=\s)|\n[ \t]*\n|\n(?=[ \t]*(?:[-*+]|\d+[.)])\s)|\|/;
function sentencesIn(text, start, end) {
  const sentences = [];
  const boundary = new RegExp(SENTENCE_END.source, "g");
  boundary.lastIndex = start;
  let from = start;
  for (let match = boundary.exec(text); match && match.index < end; match = boundary.exec(text)) {
    push(from, match.index + match[0].length);
    from = match.index + match[0].length;
  }
  push(from, end);
  return sentences;
  function push(a, b) {
    const slice = text.slice(a, b);
    const lead = slice.length - slice.trimStart().length;
    const trimmed = slice.trim();
    if (/[\p{L}\p{N}]/u.test(trimmed)) sentences.push({ text: trimmed, start: a + lead });
  }
}
function excerpt(text, max = 90) {
  const flat = text.replace(/[*_`#>|]+/g, " ").replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}\u2026` : flat;
}
var NOT_CONTINUED = new RegExp(
  String.raw`^[ \t]*(?:$|#|\||[-*+][ \t]|\d{1,3}[.)][ \t]|>|\`\`\`|~~~|={3,}|-{3,}|${MACHINE_FIELD})`
);
var NOT_CONTINUING = /^[ \t]*(?:$|#|\|)|(?: {2}|\\)$/;
function joinSoftBreaks2(text) {
  const parts = [];
  let copied = 0;
  let lineStart = 0;
  for (let end = text.indexOf("\n"); end >= 0; end = text.indexOf("\n", end + 1)) {
    const nextEnd = text.indexOf("\n", end + 1);
    const line = text.slice(lineStart, end);
    const next = text.slice(end + 1, nextEnd < 0 ? text.length : nextEnd);
    if (!NOT_CONTINUING.test(line) && !NOT_CONTINUED.test(next) && !areFieldLines(line, next)) {
      const cut = text.charCodeAt(end - 1) === 13 ? end - 1 : end;
      parts.push(text.slice(copied, cut), cut < end ? "  " : " ");
      copied = end + 1;
    }
    lineStart = end + 1;
  }
  if (!parts.length) return text;
  parts.push(text.slice(copied));
  return parts.join("");
}
function blankFrontMatter(text, bodyStart) {
  return bodyStart > 0 ? spaces(text.slice(0, bodyStart)) + text.slice(bodyStart) : text;
}
function blank2(text, pattern) {
  if (pattern) return text.replace(pattern, spaces);
  if (!text.includes("```") && !text.includes("~~~")) return text;
  const lines = text.split("\n");
  let fence = null;
  let info = "";
  let opened = 0;
  for (let index = 0; index < lines.length; index++) {
    const marker = /^[ \t]{0,3}(`{3,}|~{3,})(.*)$/.exec(lines[index]);
    if (fence === null && marker) {
      fence = marker[1];
      info = marker[2];
      opened = index;
      lines[index] = spaces(lines[index]);
    } else if (fence !== null) {
      const closes = !!marker && marker[1][0] === fence[0] && marker[1].length >= fence.length && !marker[2].trim();
      if (closes || index === lines.length - 1) {
        const body = lines.slice(opened + 1, closes ? index : index + 1);
        if (!recordFields(info, body.join("\n")))
          for (let line = opened + 1; line <= index; line++) lines[line] = spaces(lines[line]);
        else if (closes) lines[index] = spaces(lines[index]);
        fence = null;
      }
    }
  }
  return lines.join("\n");
}
var spaces = (text) => blank(text);
function inheritedScopes(sections, own) {
  const stack = [];
  let previous = null;
  return sections.map((section) => {
    if (section.depth > 0 && !section.title.trim()) return previous;
    while (stack.length && stack[stack.length - 1].depth >= section.depth) stack.pop();
    const scope = own(section) ?? stack[stack.length - 1]?.scope ?? null;
    stack.push({ depth: section.depth, scope });
    previous = scope;
    return scope;
  });
}
function sectionIndexAtLine(sections, line) {
  let found = 0;
  for (let index = 0; index < sections.length; index++) {
    if (sections[index].position.line <= line) found = index;
    else break;
  }
  return found;
}
function ownModelKey(sections) {
  const title = sections.find((section) => section.depth === 1)?.title ?? "";
  const key = title.replace(/^\s*model\s*card\s*(?:for|of|:|-|–)?\s*/i, "").replace(/\([^)]*\)/g, " ").replace(/\b\d+(?:\.\d+)?\s*[kmbt]\b/gi, " ").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
  return key.length >= 3 ? key : null;
}
function nameKey(text) {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
}

// src/facts/subject/own-names.ts
var SAME_SIZE = 0.15;
function sizeInName(name) {
  if (/\d\s*x\s*\d/i.test(name)) return null;
  const match = /(?:^|[^\p{L}\p{N}.])(\d+(?:\.\d+)?)\s*([MB])\b/iu.exec(name);
  if (!match) return null;
  return Number(match[1]) * (match[2].toUpperCase() === "B" ? 1e9 : 1e6);
}
function rowLabelSubject(label, own, cues) {
  if (BASE_ROW_LABEL.test(label)) return "other-model";
  if (namesSiblingVersion(label, own)) return "other-model";
  if (ROLE_OPENING_LABEL.test(label) && !namesOwnModel(label, own, true)) return "other-model";
  if (tierSiblingNamed(label, own) && !namesOwnModel(label, own, true)) return "other-model";
  const role = ROLE_IN_LABEL.exec(label);
  if (role && !namesOwnModel(label.slice(0, role.index), own, true)) return "other-model";
  if (namesOwnModel(label, own, true)) {
    const size = own.size ? sizeInName(label) : null;
    return size !== null && Math.abs(size - own.size) > SAME_SIZE * Math.max(size, own.size) ? "other-model" : "this-model";
  }
  return otherModelMentions(label, own, cues).length ? "other-model" : null;
}
var ROLE_IN_LABEL = new RegExp("\\((?:[^()]*[^\\p{L}])?(?:teacher|base|baseline|reference|predecessor|previous|competitor|parent|upstream|original|enseignant|mod\xE8le de base|Lehrer\\p{L}*|Basismodell|Vorg\xE4nger\\p{L}*|modelo base|profesor|maestro|insegnante|modello (?:di )?base|leraar|basismodel|voorganger)(?![\\p{L}])[^()]*\\)", "iu");
var ROLE_OPENING_LABEL = new RegExp("^\\W*(?:competitors?|competing (?:models?|systems?)|rivals?|baselines?|teachers?(?: models?)?|Konkurrent\\p{L}*|Wettbewerber\\p{L}*|concurrents?|competidor(?:es)?|concorrent[ei]|concurrent(?:en)?)(?![\\p{L}])", "iu");
var BASE_ROW_LABEL = new RegExp("^\\W*(?:base|parent|upstream|teacher|original|source|foundation)[ _-]model[\\W_]+\\p{L}", "iu");
function labelAboutBase(label, own) {
  const found = BASE_ROW_LABEL.exec(label);
  return !!found && !(own && /original/i.test(found[0]) && !namesItsOrigin(own));
}
var OTHERS_TOPIC_LABEL = new RegExp("^(?!\\W*(?:model )?(?:dependenc|lineage|provenance|base|parent|upstream|derived|origin|Abh\xE4ngigkeit|d\xE9pendance|dependencia|dipendenz|afhankelijk))[^:]*?(?:,|\\(|[\u2013\u2014]|\\b(?:of|for) (?:the|its|our))\\s*(?:(?:base|parent|teacher|upstream|foundation|original|source)[ _-](?:model|checkpoint)|predecessor|previous (?:model|version|release|generation)|prior (?:model|version)|competitor|baseline|comparison model|Vorg\xE4nger\\p{L}*|Basismodell|pr\xE9d\xE9cesseur|mod\xE8le de base|predecesor|modelo base|predecessore|modello (?:di )?base|voorganger|basismodel)(?![\\p{L}])[^:]*:?$", "iu");
var OTHERS_TOPIC_LABEL_NOT_ORIGINAL = new RegExp(OTHERS_TOPIC_LABEL.source.replace("|original|", "|"), "iu");
function labelGivesOthersTopic(label, own) {
  if (label.length > 120) return false;
  return namesItsOrigin(own) ? OTHERS_TOPIC_LABEL.test(label) : OTHERS_TOPIC_LABEL_NOT_ORIGINAL.test(label);
}
function namesItsOrigin(own) {
  return (own.bases?.length ?? 0) > 0 || (own.introduced?.length ?? 0) > 0;
}
var DOMINANT_MENTIONS = 3;
var OPENING_CHARS = 600;
var GENERIC_TITLE_WORDS = /* @__PURE__ */ new Set([
  "model",
  "models",
  "the",
  "introducing",
  "overview",
  "about",
  "card",
  "readme",
  "official",
  "our",
  "this",
  "welcome"
]);
function modelMentions(text, cues) {
  const found = [];
  cues.models.lastIndex = 0;
  for (let match = cues.models.exec(text); match; match = cues.models.exec(text)) {
    const key = nameKey(match[0]);
    found.push({ index: match.index, length: match[0].length, key, family: key.replace(/v?\d.*$/, "") || key });
  }
  return found;
}
function otherModelMentions(text, own, cues) {
  return modelMentions(text, cues).filter(
    (mention) => !own.families.has(mention.family) && !own.keys.some((name) => name.includes(mention.key))
  );
}
function isOwnName(name, own) {
  const key = nameKey(name);
  return !!key && (own.exact ?? own.keys).includes(key);
}
var FAMILY_ROLE = /(?:,\s*|\(\s*)(?:the |our |its )?(?:[\p{L}-]+ ){0,2}(?:variants?|siblings?|members?|models?|versions?|checkpoints?|sizes?) (?:in|of) (?:the|this|our) (?:[\p{L}\p{N}-]+ )?family\b/iu;
var NAME_BEFORE = new RegExp("(\\p{L}[\\p{L}\\p{N}]*(?:[-_.][\\p{L}\\p{N}]+)+)[^\\p{L}\\p{N}]*$", "u");
var DISTINCT_MODEL = /(?:,\s*|\(\s*|\s[-–—]\s)(?:an?|our|un[ae]?|ein(?:e|es)?|uno)?\s*(?:[\p{L}-]+ ){0,2}?(?:different|separate|distinct|other|another|diverso|distinto|otro|andere[sn]?|autre|ander|altro)\s+(?:[\p{L}-]+ ){0,2}?(?:models?|modello|modelo|Modell|modèle|model|repo(?:sitory)?|checkpoint)(?![\p{L}])|(?:,\s*|\(\s*|\s[-–—]\s)(?:un[oa]?|une)\s+(?:modello|modelo|modèle)\s+(?:diverso|distinto|diferente|différent|separato|separado|séparé)(?![\p{L}])/iu;
function distinctModelNamed(text, own) {
  const said = DISTINCT_MODEL.exec(text);
  if (!said) return null;
  const name = NAME_BEFORE.exec(text.slice(0, said.index))?.[1];
  return name && !isOwnName(name, own) ? name : null;
}
function familyMemberNamed(text, own) {
  const role = FAMILY_ROLE.exec(text);
  if (!role) return null;
  const name = NAME_BEFORE.exec(text.slice(0, role.index))?.[1];
  return name && !isOwnName(name, own) ? name : null;
}
function namesOwnModel(text, own, exact = false) {
  const names = exact ? own.exact ?? own.keys : own.keys;
  if (!names.length) return false;
  let key = nameKey(text);
  if (!names.some((name) => key.includes(name))) return false;
  if (own.tier && TIER_WORD.test(text)) {
    let rest = text;
    for (let sibling = tierSiblingNamed(rest, own), n = 0; sibling && n < MAX_SIBLINGS; sibling = tierSiblingNamed(rest, own), n++)
      rest = rest.split(sibling).join(" ");
    key = nameKey(rest);
    if (!names.some((name) => key.includes(name))) return false;
  }
  if (own.bases?.some((base) => key.includes(base))) return (own.exact ?? []).some((name) => key.includes(name));
  return true;
}
var owners = /* @__PURE__ */ new WeakMap();
function ownNames(facts, cues) {
  let names = owners.get(facts);
  if (names) return names;
  const keys = [];
  const sources = [];
  const title = facts.sections.find((section) => section.depth === 1)?.title;
  const titleKey = ownModelKey(facts.sections);
  if (titleKey) keys.push(titleKey);
  const firstWord = nameKey(
    /[\p{L}][\p{L}\p{N}]*/u.exec(title?.replace(/^\s*model\s*card\s*(?:for|of|:|-|–)?\s*/i, "") ?? "")?.[0] ?? ""
  );
  if (title) sources.push(title);
  for (const field of ["model_name", "model-index.0.name"]) {
    const value = facts.metadata.get(field)?.value;
    if (typeof value === "string" && value.trim()) {
      keys.push(nameKey(value.split("/").pop()));
      sources.push(value);
    }
  }
  const alias = title ? aliasAfter(title, facts.text.slice(facts.bodyStart, facts.bodyStart + OPENING_CHARS)) : null;
  if (alias) keys.push(alias);
  const exact = keys.filter((key) => key.length >= 3);
  if (firstWord.length >= 3 && !GENERIC_TITLE_WORDS.has(firstWord)) keys.push(firstWord);
  for (const [key, entry] of facts.metadata) {
    if (!key.startsWith("tags") && !key.startsWith("base_model")) continue;
    if (/^(?:tags|base_model)(?:\.\d+)?$/.test(key) && typeof entry.value === "string") sources.push(entry.value);
  }
  let openingName = null;
  if (keys.length === 0) {
    const opening = facts.text.slice(facts.bodyStart, facts.bodyStart + OPENING_CHARS);
    sources.push(opening);
    openingName = OPENING_NAME.exec(opening)?.[1] ?? null;
    if (openingName && !GENERIC_TITLE_WORDS.has(openingName.toLowerCase())) keys.push(nameKey(openingName));
    else openingName = null;
  }
  const families = /* @__PURE__ */ new Set();
  for (const source of sources) for (const mention of modelMentions(source, cues)) families.add(mention.family);
  const body = facts.text.slice(facts.bodyStart);
  const dominant = dominantFamily(body, cues);
  if (dominant && (families.has(dominant) || !namedAsBase(body, dominant, cues))) families.add(dominant);
  const organisations = ownOrganisations(facts, sources, families, cues);
  names = {
    keys: keys.filter((key) => key.length >= 3),
    exact,
    families,
    size: title ? sizeInName(title) : null,
    organisations,
    version: title ? versionInTitle(title) : openingName ? versionInTitle(openingName) : null,
    tier: title ? tierInTitle(title) : null,
    bases: baseKeys(facts, exact)
  };
  const titleSection = facts.sections.find((section) => section.depth === 1);
  const untitled = titleSection ? facts.text.slice(facts.bodyStart, titleSection.start) + " " + facts.text.slice(titleSection.bodyStart) : body;
  const untitledKey = exact.length ? nameKey(untitled) : "";
  names.namedInText = exact.some((key) => key.length >= 3 && untitledKey.includes(key));
  names.introduced = introducedNames(body, names, cues);
  names.artefacts = artefactNames(body, names);
  owners.set(facts, names);
  return names;
}
function baseKeys(facts, exact) {
  const bases = [];
  for (const [key, entry] of facts.metadata) {
    if (!/^base_model(?:\.\d+)?$/.test(key) || typeof entry.value !== "string") continue;
    const base = nameKey(entry.value.split("/").pop() ?? "");
    if (base.length >= 4 && !exact.includes(base)) bases.push(base);
  }
  return bases;
}
function aliasAfter(title, opening) {
  const name = title.trim();
  if (!name) return null;
  for (let at = opening.indexOf(name); at >= 0; at = opening.indexOf(name, at + 1)) {
    const match = ABBREVIATION_AFTER.exec(opening.slice(at + name.length, at + name.length + 24));
    if (match) return nameKey(match[1]);
  }
  return null;
}
var ABBREVIATION_AFTER = new RegExp("^\\s*\\(\\s*(\\p{Lu}[\\p{L}\\p{N}.-]{1,15})\\s*\\)", "u");
var OPENING_NAME = new RegExp("(?:^|\\n)[ \\t>*_]*(?!(?:This|The|It|We|Our|A|An|These|Those|Model)\\b)(\\p{Lu}[\\p{L}\\p{N}]*(?:[-_.][\\p{L}\\p{N}]+)*)\\s+(?:is|was)\\s+(?:a|an|the|our)\\b", "u");
var TITLE_VERSION = /^\s*(?:model\s*card\s*(?:for|of|:|-|–)?\s*)?([\p{L}]{3,})[\s_-]*v?(\d+(?:\.\d+)?)(?![\d.])/iu;
function versionInTitle(title) {
  const match = TITLE_VERSION.exec(title);
  if (!match || GENERIC_TITLE_WORDS.has(match[1].toLowerCase())) return null;
  return { name: match[1].toLowerCase(), version: match[2] };
}
var TIER_WORDS = "mini|max|pro|ultra|lite|nano|flash|plus|turbo";
var TIER_AFTER_NAME = new RegExp(
  String.raw`(?<=[\p{L}\p{N}])(?:[-_]|\s(?=\p{Lu}))(${TIER_WORDS})(?![\p{L}\p{N}])`,
  "giu"
);
var MAX_SIBLINGS = 8;
var TIER_WORD = new RegExp(String.raw`(?:${TIER_WORDS})`, "i");
var NAME_REACH = 40;
var TITLE_FRAME = /^\s*model\s*card\s*(?:for|of|:|-|–)?\s*|\s*(?:model\s*)?card\s*$|\([^)]*\)/gi;
var SIZE_WORD = /\b\d+(?:\.\d+)?\s*[kmbt]\b/gi;
function tierInTitle(title) {
  const name = title.replace(TITLE_FRAME, " ");
  TIER_AFTER_NAME.lastIndex = 0;
  const found = tierAt(name, 0);
  const stem2 = nameKey((found ? name.slice(0, found.index) : name).replace(SIZE_WORD, " "));
  return stem2.length >= 3 ? { stem: stem2, tier: found ? found[1].toLowerCase() : null } : null;
}
function tierAt(text, from) {
  TIER_AFTER_NAME.lastIndex = from;
  for (let match = TIER_AFTER_NAME.exec(text); match; match = TIER_AFTER_NAME.exec(text)) {
    const word = match[1];
    if (!/\s/.test(match[0][0]) || word[0] === word[0].toUpperCase()) return match;
  }
  return null;
}
function tierSiblingNamed(text, own) {
  const tier = own.tier;
  if (!tier || !TIER_WORD.test(text)) return null;
  for (let match = tierAt(text, 0); match; match = tierAt(text, match.index + match[0].length)) {
    const word = match[1].toLowerCase();
    if (word === tier.tier) continue;
    const before = text.slice(Math.max(0, match.index - NAME_REACH), match.index);
    if (!nameKey(before).endsWith(tier.stem) || (own.exact ?? []).includes(tier.stem + word)) continue;
    let start = before.length - 1;
    while (start > 0 && nameKey(before.slice(start)) !== tier.stem) start--;
    return text.slice(match.index - before.length + start, match.index + match[0].length);
  }
  return null;
}
var siblingPatterns = /* @__PURE__ */ new WeakMap();
function namesSiblingVersion(text, own) {
  if (!own.version) return false;
  const { name, version } = own.version;
  if (!text.toLowerCase().includes(name)) return false;
  let pattern = siblingPatterns.get(own);
  if (!pattern)
    siblingPatterns.set(
      own,
      pattern = new RegExp(String.raw`(?<![\p{L}\p{N}])${name}[\s_-]*v?(\d+(?:\.\d+)?)(?![\d.]*\d)`, "giu")
    );
  pattern.lastIndex = 0;
  let sibling = false;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const named = match[1];
    if (named === version || version.startsWith(`${named}.`)) return false;
    sibling = true;
  }
  return sibling;
}
function dominantFamily(body, cues) {
  const counts = /* @__PURE__ */ new Map();
  for (const mention of modelMentions(body, cues)) counts.set(mention.family, (counts.get(mention.family) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  if (!ranked.length || ranked[0][1] < DOMINANT_MENTIONS || ranked[0][1] === ranked[1]?.[1]) return null;
  return ranked[0][0];
}
var PRODUCT_NAME = new RegExp("\\p{Lu}[\\p{L}\\p{N}]*(?:[-_.][\\p{L}\\p{N}]+)+(?: \\d+(?:\\.\\d+)?(?![\\p{L}\\p{N}]))?", "gu");
var INSIDE_WORD = /[\p{L}\p{N}_./-]/u;
var LINEAGE_WORD = /tun|based|built|initiali|derive|distill|adapt|quanti|convert|continu|merge|version|variant|derivative|inherit|start|succe|supersed|replac|speciali|series|family|line|further|basiert|basé|basado|basato|gebaseerd|Fine-?Tuning/i;
var MAX_INTRODUCED = 8;
function introducedNames(body, own, cues) {
  const found = /* @__PURE__ */ new Set();
  PRODUCT_NAME.lastIndex = 0;
  for (let match = PRODUCT_NAME.exec(body); match; match = PRODUCT_NAME.exec(body)) {
    if (match.index > 0 && INSIDE_WORD.test(body[match.index - 1])) continue;
    const before = body.slice(Math.max(0, match.index - 80), match.index);
    if (!LINEAGE_WORD.test(before) || !cues.baseBefore.test(before)) continue;
    const key = nameKey(match[0]);
    if (key.length < 4 || namesOwnModel(match[0], own) || own.families.has(key.replace(/v?\d.*$/, ""))) continue;
    found.add(key);
    if (found.size > MAX_INTRODUCED) return [];
  }
  return [...found];
}
var ARTEFACT_NAMED = new RegExp("(?<![\\p{L}\\p{N}_./-])(\\p{Lu}[\\p{L}\\p{N}]*(?:[-_.][\\p{L}\\p{N}]+)*)(?:\\s+|,\\s+(?:an?|the|our)\\s+(?:[\\p{L}\\p{N}-]+\\s+){0,3}?)(?:datasets?|corpus|corpora|benchmarks?|leaderboards?|reward models?|tokeni[sz]ers?|(?:safety |content )?classifiers?|guard(?:rail)? models?|evaluation suites?|test sets?)\\b", "gu");
var ARTEFACT_BY_NAME = new RegExp("(?<![\\p{L}\\p{N}_./-])(\\p{Lu}[\\p{L}\\p{N}]*?[-_]?(?:Bench|Eval|Mix|QA|Corpus|Prefs|Pile|Arena|RM)(?:[-_.][\\p{L}\\p{N}]+)*)(?![\\p{L}\\p{N}])", "gu");
var MAX_ARTEFACTS = 12;
function artefactNames(body, own) {
  const found = /* @__PURE__ */ new Set();
  if (own.keys.length === 0) return [];
  for (const match of [...body.matchAll(ARTEFACT_NAMED), ...body.matchAll(ARTEFACT_BY_NAME)]) {
    const key = nameKey(match[1]);
    if (key.length < 4 || isOwnName(match[1], own) || (own.exact ?? own.keys).includes(key)) continue;
    if (!own.keys.some((stem2) => key.startsWith(stem2))) continue;
    found.add(key);
    if (found.size > MAX_ARTEFACTS) return [];
  }
  return [...found];
}
function artefactNamed(text, own) {
  if (!own.artefacts?.length) return null;
  for (const match of text.matchAll(ARTEFACT_MENTION)) {
    const key = nameKey(match[0]);
    if (own.artefacts.includes(key)) return match[0];
  }
  return null;
}
var ARTEFACT_MENTION = new RegExp("\\p{L}[\\p{L}\\p{N}]*(?:[-_.][\\p{L}\\p{N}]+)*", "gu");
function namesIntroducedModel(text, own) {
  if (!own.introduced?.length) return false;
  const key = nameKey(text);
  return own.introduced.some((name) => key.includes(name));
}
function namesIntroducedMaker(zone, own) {
  if (!own.introduced?.length) return false;
  const first = new RegExp("^\\W*(?:the\\s+)?(\\p{Lu}[\\p{L}]{2,})\\b", "u").exec(zone)?.[1]?.toLowerCase();
  if (!first || own.keys.some((key) => key.startsWith(first))) return false;
  return own.introduced.some((name) => name.startsWith(first) && /\d/.test(name.slice(first.length)));
}
function namedAsBase(body, family, cues) {
  return modelMentions(body, cues).some(
    (mention) => mention.family === family && cues.baseBefore.test(body.slice(Math.max(0, mention.index - 80), mention.index))
  );
}
var MAKER_BEFORE = /(?:(?:developed|created|built|trained|made|provided|maintained|authored|produced|entwickelt|développé|desarrollado|sviluppato|ontwikkeld) (?:by|von|par|por|da|door)[*_\s]*:?|(?:developers?|provider|organi[sz]ation|company|model creator|creators?|publisher|authors?|owner|entwickler|anbieter|fournisseur|proveedor|fornitore|aanbieder)[*_\s]*[:|])[*_\s]*(?:the\s+)?$/i;
function ownOrganisations(facts, sources, families, cues) {
  const own = /* @__PURE__ */ new Set();
  for (const [organisation, made] of cues.organisationFamilies)
    if (made.some((family) => families.has(family))) own.add(organisation);
  const named = [...sources];
  for (const [, entry] of facts.metadata) if (typeof entry.value === "string") named.push(entry.value);
  for (const source of named) for (const key of organisationKeys(source, cues)) own.add(key);
  const body = facts.text.slice(facts.bodyStart);
  cues.organisations.lastIndex = 0;
  for (let match = cues.organisations.exec(body); match; match = cues.organisations.exec(body)) {
    if (MAKER_BEFORE.test(body.slice(Math.max(0, match.index - 40), match.index))) own.add(nameKey(match[0]));
  }
  return own;
}
function organisationKeys(text, cues) {
  const found = [];
  cues.organisations.lastIndex = 0;
  for (let match = cues.organisations.exec(text); match; match = cues.organisations.exec(text))
    found.push(nameKey(match[0]));
  return found;
}

// src/facts/task-name.ts
var TASK_ITEM_OPENING = new RegExp("^[ \\t]*(?:[-*+]|\\d{1,3}[.)])[ \\t]+\\[[ xX\u2713\u2714]\\][ \\t]+(\\p{Lu}[^.!?:;,\\n]{0,50})$", "u");
var TASK_NAME_LEAD = new RegExp("^(\\p{Lu}[^.!?:;,\\n]{0,50})\\.[ \\t]+(?=\\S)", "u");
var TASK_NAME_MAX_WORDS = 5;
var CLAUSE_WORD = /(?<![\p{L}])(?:we|I|our|it|is|are|was|were|has|have|had|will|can|may|must|should|does|do|did|wir|ist|sind|wurde|nous|est|sont|nosotros|es|son|noi|è|sono|wij|zijn|werd)(?![\p{L}])/iu;
function isTaskName(words) {
  return words.trim().split(/\s+/).length <= TASK_NAME_MAX_WORDS && !CLAUSE_WORD.test(words);
}
var TASK_BOX = /^\s*\[[ xX✓✔]\]\s+/u;
function withoutTaskBoxAndName(text) {
  const box = TASK_BOX.exec(text);
  if (!box) return text;
  const rest = text.slice(box[0].length);
  return rest.slice(leadingTaskName(rest)?.length ?? 0);
}
function leadingTaskName(text) {
  const match = TASK_NAME_LEAD.exec(text);
  if (!match || !isTaskName(match[1])) return null;
  return { text: match[1].trim(), length: match[0].length };
}

// src/facts/subject/statement.ts
var DECORATION = /[*_`>#]+/g;
var LIST_MARKER = /^\s*(?:[-*+•]|\d{1,3}[.)])\s+/;
var CITATION_MARK = /\s?\[\d{1,3}(?:\s?[,–-]\s?\d{1,3})*\](?![([])/g;
var LEAD_LABEL = /^[ \t]*(?:[^\s:.!?]+[ \t]+){0,4}[^\s:.!?]+[ \t]?:(?!\/\/)\s*/;
var OPENING_VERB = /^[\w.-]*(?:[ -](?:[A-Z0-9][\w.-]*))*\s+([a-z]{1,}[^s\W]s|[a-z]+(?:ies|ches|shes|xes))\b/u;
var VERB = /\b(?:is|are|was|were|has|have|had|can|could|will|would|does|did|may|might|should|must|scores?|reach(?:es)?|achieves?|requires?|describes?|adds?|uses?|comes?|came|outperforms?|performs?|obtains?|gets?|got|takes?|took|supports?|emits?|consumes?|contains?|includes?|offers?|provides?|runs?|[a-z]{3,}ed)\b/gi;
var BOLD_LEAD_LABEL = new RegExp("^[\\s>]*(?:\\*\\*|__)[^*_\\n]{1,60}(?:\\*\\*|__)\\s+(?=\\p{Lu})", "u");
var DISCOURSE_OPENER = /^(?:(?:it is|it's) (?:worth (?:noting|mentioning|highlighting|emphasi[sz]ing)|important to (?:note|remember|stress)|noteworthy) that|(?:please )?note that|(?:furthermore|moreover|additionally|in addition|importantly|in summary|in short|overall|finally|notably|of course|that said|in practice),)\s+/i;
function plainStatement(statement) {
  const unmarked = statement.replace(BOLD_LEAD_LABEL, "").replace(DECORATION, " ").replace(LIST_MARKER, "");
  return withoutTaskBoxAndName(unmarked).replace(LEAD_LABEL, "").replace(CITATION_MARK, "").replace(/\s+/g, " ").trim().replace(LEADING_EMOJI, "").replace(DISCOURSE_OPENER, "");
}
function clausesOf(statement, cues) {
  const breaks = new RegExp(cues.clauseBreak.source, "giu");
  const clauses = [];
  let from = 0;
  for (let match = breaks.exec(statement); match; match = breaks.exec(statement)) {
    if (match[0].length === 0) {
      breaks.lastIndex++;
      continue;
    }
    clauses.push({ text: statement.slice(from, match.index), start: from });
    from = match.index + match[0].length;
  }
  clauses.push({ text: statement.slice(from), start: from });
  return clauses.filter((clause) => /[\p{L}\p{N}]/u.test(clause.text));
}
var APPOSITION = /^([^,;:()]{1,60}?),\s+([^,;]{1,100}?),\s+/u;
var ADJUNCT = /^(?:compared|unlike|like|relative|by|according|in|on|at|for|with|after|before|during|as|since|when|while|because|although|besides|beyond|apart|overall|today|upstream|originally|separately|elsewhere|historically|im|am|zum|zur|nach|bei|für|mit|seit|par|pour|avec|dans|en|au|comparé|contrairement|depuis|comparado|con|para|desde|rispetto|per|a|dal|dopo|met|voor|ten|ter|vergeleken|sinds|na|selon|d['’]après|laut|gemäß|según|secondo|volgens)(?![\p{L}\p{N}])/iu;
var GERUND_SUBJECT = /^(?:training|pre-?training|fine-?tuning|running|serving|evaluating)\s+(?:the\s+)?[^\s,;]+(?:\s[^\s,;]+)?/i;
var VERB_PREFIX = new RegExp("(?<![\\p{L}\\p{N}-])\\p{Ll}+-$", "u");
function firstVerb(text, cues) {
  const verbs = cues.clauseVerb.source === "(?!)" ? VERB : cues.clauseVerb;
  verbs.lastIndex = 0;
  const at = verbs.exec(text)?.index ?? -1;
  const prefix = at > 0 ? VERB_PREFIX.exec(text.slice(Math.max(0, at - 20), at)) : null;
  return prefix ? at - prefix[0].length : at;
}
var FROM_BEFORE = /\bfrom\s+(?:the\s+)?$/i;
var AFTER_VERB_OBJECT = /\s(?:from|on|onto|upon|with|into|via|than|against|over)\s/i;
var NOUN_PHRASE = /^\W*(?:[^\s,;:()]+\s+){1,5}$/;
var AGENT_PHRASE = /^[^,;:.!?]{0,80}/;
var REDUCED_RELATIVE = new RegExp("^(?:\\p{L}+ed|made|built|written|run|given|done|grown|drawn|taken|shown|seen|held)\\s+by\\s", "u");
function reducedRelativeAgent(text, cues) {
  const at = firstVerb(text, cues);
  if (at <= 0 || !NOUN_PHRASE.test(text.slice(0, at))) return null;
  const reduced = REDUCED_RELATIVE.exec(text.slice(at));
  return reduced ? AGENT_PHRASE.exec(text.slice(at + reduced[0].length))[0] : null;
}
function subjectZone(text, cues) {
  const comma = text.indexOf(", ");
  if (ADJUNCT.test(text) && comma > 0 && comma < 160) return subjectZone(text.slice(comma + 2), cues);
  const apposition = APPOSITION.exec(text);
  if (apposition && !ADJUNCT.test(apposition[1]) && firstVerb(apposition[1], cues) < 0) return apposition[0];
  const at = firstVerb(text, cues);
  if (at >= 0) return at > 0 ? text.slice(0, at) : null;
  const inS = VERB_IN_S.exec(text);
  return inS ? text.slice(0, inS[1].length) : null;
}
function definedOwnSubject(text, cues) {
  const zone = subjectZone(text, cues);
  const head = zone === null ? text.trimStart() : zone.slice(zone.lastIndexOf(", ") + 1).trimStart();
  const term = cues.definedOwn.exec(head);
  return term && term.index === 0 ? term : null;
}
var VERB_IN_S = /^((?:[^\s,;:]+\s+){1,5}?)[a-z]+(?:[^s\W'’]s|ies|ches|shes|xes|sses)\b/u;
var POSSESSIVE_AFTER = /^\s*['’]s?(?![\p{L}\p{N}])/u;
var RELATIVE_BEFORE = /^\s*(?:(?:for|of|on|by|in|from|with) )?(?:which|whom) (?:the )?$/iu;
var OWNER_BEFORE = /(?:^|\s)(?:of|von|vom|de|du|des|di|del|della|dello|dei|van|der)\s+(?:the\s+)?$/iu;
function organisationSubject(zone, own, cues) {
  cues.organisations.lastIndex = 0;
  for (let match = cues.organisations.exec(zone); match; match = cues.organisations.exec(zone)) {
    if (own.organisations?.has(nameKey(match[0]))) continue;
    const after = zone.slice(match.index + match[0].length);
    const owner = POSSESSIVE_AFTER.test(after) || RELATIVE_BEFORE.test(zone.slice(0, match.index)) || OWNER_BEFORE.test(zone.slice(Math.max(0, match.index - 12), match.index)) || match.index === 0 && !after.trim();
    if (owner) return match[0];
  }
  return null;
}
var QUESTIONS_ABOUT = /^\W*(?:for )?(?:questions|comments|feedback|issues|problems|bug reports|enquiries|inquiries)\b[^.]{0,30}?\b(?:about|on|regarding|concerning|with)\s+(?:the\s+)?/i;
var FOR_NAME = new RegExp("\\b(?:published for|prepared for|made for|written for|for|of) (?:the )?(\\p{L}[\\p{L}\\p{N}]*[-_ ]?v?\\d[\\p{L}\\p{N}.]*)", "u");
var ABOUT_THEIR_MODEL = new RegExp("\\b(?:about|for|regarding|concerning|on) (?:its|their) (\\p{Lu}[\\p{L}\\p{N}]*(?:[-_.][\\p{L}\\p{N}]+)+)", "u");
var AS_ROLE_ADJUNCT = /^\W*(?:as|als|en tant que|como|in quanto|come) (?:an?|the|een|ein\w*|un[ae]?|el|la|il|lo|de|der|die|das)\s[^,;.]{1,80}?(?:,\s*|\s+(?=(?:we|wir|nous|nosotros|noi|wij|it|the company)\s))/iu;
var NAMED_PROVIDER = /^\W*(?:the|our|der|le|el|il|de|het) (?:provider|Anbieter|fournisseur|proveedor|fornitore|aanbieder),\s+(?:[^,;()]|\([^()]*\))+?,/iu;
var FRONTED_SCOPE = new RegExp("^\\W*(?:for|f\xFCr|bei|pour|chez|para|per|voor|bij)\\s+(?:the\\s+|das\\s+|le\\s+|el\\s+|il\\s+|het\\s+)?(\\p{L}[\\p{L}\\p{N}]*(?:[-_.][\\p{L}\\p{N}]+)+)(?:\\s+(?:model|Modell|mod\xE8le|modelo|modello))?\\s*,?\\s+(?!(?:we|our|us|wir|nous|nosotros|noi|wij)\\b)(?=\\p{L})", "iu");
var OPENING_NAME2 = new RegExp(`^[\\s"'\u201C\u201E\xAB\u2018]*(?:(?:[Tt]he|[Aa]n?|[Hh]et|[Dd]e|[Dd]as|[Dd]er|[Dd]ie|[Ll]e|[Ll]a|[Ee]l|[Ii]l|[Ll]o)\\s+)?(?:\\p{Ll}[\\p{L}-]*\\s+){0,2}?(\\p{L}[\\p{L}\\p{N}]*(?:[-_.][\\p{L}\\p{N}]+)+)\\s+(?!(?:we|our|us|wir|nous|noi|wij)\\b)(?=\\p{Ll})`, "u");
var CLAUSE_LABEL = new RegExp("^[\\W_]*(\\p{L}[\\p{L}\\p{N}]*(?:[-_.][\\p{L}\\p{N}]+)+)\\s+(?:used|uses|was|is|had|has|relied|relies|followed|follows|took|takes|applied|applies|went|goes|combined|combines|introduced|introduces|came|comes|adopted|adopts|got|gets|received|receives|saw|sees|underwent|undergoes)\\b[^:]*:$", "u");
var NAME_ONLY_LABEL = new RegExp("^[\\W_]*\\p{L}[\\p{L}\\p{N}]*(?:[-_.][\\p{L}\\p{N}]+)*(?: [\\p{L}\\p{N}]*\\d[\\p{L}\\p{N}]*(?:[-_.][\\p{L}\\p{N}]+)*)?[\\W_]*(?:\\([^()]*\\))?[\\W_]*:$", "u");
var ROLE_THEN_NAME = new RegExp("(?:^|[^\\p{L}\\p{N}\\s]\\s|[!?]\\s)\\W*(?:(?:the|our|its|their) )?(?:[\\p{L}-]+ )?(?:teacher|parent|upstream|base|draft|reward|judge|predecessor|companion|sibling|sister|larger|smaller|bigger|baseline|comparator|competitor|rival|(?:comparison|reference) (?:model|system)|(?:pre-?trained|foundation|base) checkpoint|(?:flagship|largest|smallest|biggest)(?: model)?,)(?: model| system)?,?\\s+(\\p{L}[\\p{L}\\p{N}]*(?:[-_.][\\p{L}\\p{N}]+)+)", "iu");
var PARTY_OPENING = new RegExp("^\\W*(?:(?:for|of|on|by|in|from|with) )?(?:which|whom) (?:the )?(?!(?:Model|Licensor|Provider|Licensee|Software|Agreement)\\b)(\\p{Lu}[\\p{L}\\p{N}.-]*(?: \\p{Lu}[\\p{L}\\p{N}.-]*){0,3})", "u");
var OUR_NAMED_MODEL = new RegExp("^\\W*(?:[Oo]ur|[Tt]heir|[Ii]ts) (?:[\\p{L}-]+ ){0,3}(?:model|assistant|product|system|generator|encoder|classifier|app)s?,?\\s+(\\p{Lu}[\\p{L}\\p{N}]*(?:[-_.][\\p{L}\\p{N}]+)+)", "u");
var COORDINATED = /(\S+)\s+(?:and|as well as|together with|along with)\s+(?:its|our|the|their)\b/i;
var ROLE_OF = /\b(?:of|for|behind|underlying|di|de|del|von|van)\s*$|\b(?:of|for|behind|underlying|di|de|del|von|van)\b|[''’]s /u;
var MAKER_OF = /\b(?:provider|developer|maker|creator|publisher|authors?) of\b/i;
var MODEL_LIKE_NAME = new RegExp("\\p{L}[\\p{L}\\p{N}]*(?:[-_.][\\p{L}\\p{N}]+)+", "gu");
var MODEL_SHAPED_NAME = new RegExp("(?<![\\p{L}\\p{N}_/.-])\\p{Lu}\\p{Ll}[\\p{L}\\p{N}]*(?:-[\\p{L}\\p{N}.]+)*?-(?:\\d{1,2}(?:\\.\\d{1,2})?|\\d+(?:\\.\\d+)?[BMK]|Base|Instruct|Chat|Coder|Code|VL|Omni|Embed|Vision|Audio|Speech|Voice|Mini|Nano|Small|Medium|Large|Pro|Ultra|Max|Turbo|Lite|Flash)(?![\\p{L}\\p{N}])(?:-[\\p{L}\\p{N}.]*[\\p{L}\\p{N}])*", "gu");
function modelShapedName(text) {
  return text.match(MODEL_SHAPED_NAME)?.[0] ?? null;
}
function ownNameKnown(own) {
  return !!own.namedInText || !!own.version;
}
function namesOthers(text, own, cues) {
  return organisationKeys(text, cues).some((key) => !own.organisations?.has(key)) || otherModelMentions(text, own, cues).length > 0 || unknownModelNamed(text, own) !== null;
}
var INHERITED_TERMS = /\b(?:inherits?|inherited|keeps?|retains?|carr(?:y|ies)(?: over)?|adopts?) (?:the )?(?:same )?(?:licen[cs]e|terms of use|usage terms)(?: terms)? (?:of|as|from)\b/i;
function citationOpening(zone, cues) {
  const found = cues.citation.exec(zone);
  return found && (found[0].includes("(") || !/^[a-z]?\s*\)/.test(zone.slice(found[0].length))) ? found[0] : null;
}
var KIND_THEN_NAME = new RegExp("^\\W*(?:the|a|an|il|lo|le|la|el|das|het|de)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:model|modello|modelo|mod\xE8le|modell|system|network|LLM)\\s+(\\p{L}[\\p{L}\\p{N}]*(?:[-_.][\\p{L}\\p{N}]+)+)(?![\\p{L}\\p{N}])", "iu");
function unknownModelNamed(text, own) {
  if (!ownNameKnown(own)) return null;
  for (const [name] of text.matchAll(MODEL_SHAPED_NAME)) {
    const family = nameKey(new RegExp("^\\p{L}+", "u").exec(name)?.[0] ?? "");
    if (own.families.has(family)) continue;
    if (!namesOwnModel(name, own) || namesSiblingVersion(name, own)) return name;
  }
  return null;
}
var REFERS_BACK = /^\W*(?:(?:answer|response|a|antwort|réponse|respuesta|risposta|antwoord)\s*:\W*)?(?:it|its|they|their|them|those|these|such|both|the latter|the former|(?:the )?same (?:model|version|release))(?![\p{L}\p{N}])(?!\s+(?:is|was|should be|must be|has been|would be|seems|appears)\s+(?:\w+\s+){0,2}(?:that|to|whether)\b)/iu;
function refersBack(statement, own) {
  if (!REFERS_BACK.test(statement)) return false;
  const words = statement.replace(/\b(?:https?:\/\/|www\.)\S+/g, " ");
  return !namesOwnModel(words, own, true) && !/\b(?:we|our|us)\b/i.test(words);
}
var TRAILING_PARENTHESIS = /\(([^()]{2,80})\)[\s*_:：]*$/;
var OWNER_BEFORE_NAME = /(?:^|\s)(?:of|for|de|del|della|des|du|von|van|di)\s+$/i;
function parenthesisNamesOther(title, own) {
  const inner = TRAILING_PARENTHESIS.exec(title)?.[1].trim();
  if (!inner) return false;
  for (const [name] of inner.matchAll(MODEL_SHAPED_NAME)) {
    const at = inner.lastIndexOf(name);
    const scoped = inner === name || at + name.length === inner.length && OWNER_BEFORE_NAME.test(inner.slice(0, at));
    if (scoped && isOtherModelName(name, own)) return true;
  }
  return false;
}
var NAME_OPENED_LABEL = /^\W*(\S+)(?:\s+[\p{Ll}-]+){0,3}\W*$/u;
function labelNamesOther(label, own) {
  const opening = NAME_OPENED_LABEL.exec(label)?.[1];
  if (opening) {
    const name = opening.match(MODEL_SHAPED_NAME)?.[0];
    if (name === opening && isOtherModelName(name, own)) return true;
  }
  const about = LABEL_ABOUT_NAME.exec(label);
  if (about && about[1].match(MODEL_SHAPED_NAME)?.[0] === about[1] && isOtherModelName(about[1], own)) return true;
  return label.includes("(") && parenthesisNamesOther(label, own);
}
var LABEL_ABOUT_NAME = /(?:^|\s)(?:about|regarding|concerning|on|for|over|voor|für|zu|zum|sur|pour|concernant|sobre|para|su|per|riguardo a)\s+(\S+)\W*$/iu;
function isOtherModelName(name, own) {
  if (namesSiblingVersion(name, own)) return true;
  return unknownModelNamed(name, own) !== null;
}
function namesAnotherModel(text, own) {
  return (text.match(MODEL_LIKE_NAME) ?? []).some(
    (name) => /\d/.test(name) && (!namesOwnModel(name, own) || namesSiblingVersion(name, own))
  );
}
var OWN_AS_RELATIVE = /,?\s*\b(?:(?:the|its|our) (?:[\w-]+ ){0,2}?(?:base|teacher|parent|predecessor|starting point|upstream|source model|original)(?: model)? (?:of|for|behind|underlying)|(?:the|its|our) (?:base|teacher|parent|upstream|source|original)(?: model| checkpoint)? (?=(?:(?:from|on|upon|of) which |that |which )\S+ (?:\S+ )?(?:is|was|has been) (?:fine-?tuned|derived|distilled|built|trained|initiali[sz]ed|adapted|based)\b|\S+ (?:\S+ )?(?:is|was|has been) (?:fine-?tuned|derived|distilled|built|trained|initiali[sz]ed|adapted|based) (?:from|on|upon)\s*(?:[,.;)]|$))|(?:from|on|upon|of) which|whose (?:[\w-]+ ){0,2})[^,;]{1,60}(?:,|$)|\b(?:that|which) (?:\S+ ){1,2}(?:was|is|has been) (?:fine-?tuned|derived|distilled|built|trained|initiali[sz]ed|adapted) (?:from|on)\b|,?\s*\b(?:the|a) (?:model|baseline|system|reference) (?:that |which )?(?:\S+ ){1,2}(?:is|was|are|were) (?:compared|measured|benchmarked|evaluated) (?:with|to|against)\b[^,;.]{0,60}|\b(?:base|teacher|parent|upstream|foundation) model (?:used|chosen|selected) (?:to (?:initiali[sz]e|train|build|create|start)|as the (?:base|starting point) (?:of|for)) \S+/giu;
function withoutName(text, name) {
  return text.replace(new RegExp(escapeRegExp(name), "gi"), " ");
}
var OUR_MAKING = /^\W*(?:which|that) (?:we|I) (?:then |first |further |later )?(?:derived|built|trained|pre-?trained|fine-?tuned|developed|created|distilled|adapted|aligned|obtained|produced)\b/i;
var OTHERS_TEAM = /^\W*(?:[Tt]he )?((?:[A-Z][\w.-]*)(?:\s+(?:[A-Z][\w.-]*|\d[\w.-]*)){0,3}(?:,?\s+and\s+[A-Z][\w.-]*(?:\s+(?:[A-Z][\w.-]*|\d[\w.-]*)){0,3})?)\s+(?:team|teams|authors|developers|maintainers)\b/;
var CITED_WORK_REPORTS = /^[^,;:()]{0,80}?\((?:[\p{L}-]+ (?:and|&) )?[\p{L}-]+ et al\.?,? (?:19|20)\d\d[a-z]?\)\s*(?:has |have )?(?:showed|shown|shows?|reported|reports|found|finds|demonstrated|demonstrates|proposed|proposes|estimated|estimates|introduced|introduces|argued|argues|measured|measures|observed|observes|noted|notes)\b/u;
var OTHERS_DOCUMENT = /\b(?:technical report|tech report|paper|model card|card|documentation|blog post|release notes|datasheet)\b/i;
var COMPARED_NAME = /\b(?:unlike|compared (?:to|with)|as opposed to|in contrast to)\s+[^,;]{1,60}/giu;
var RELATIVE_ASIDE = /,\s*(?:(?:with|against|to|alongside) which|(?:con|contra) (?:el|la|los|las) que|(?:avec|contre) (?:lequel|laquelle|lesquels|lesquelles)|(?:mit|gegen) (?:dem|der|denen)|(?:con|contro) (?:cui|il quale|la quale)|waarmee|waartegen)\s[^,;]{1,60},/giu;
var ADDRESS = /\bhttps?:\/\/[^\s)\]]+/giu;
var ATTRIBUTED_TO = /(?:\b(?:refers? to|referred to|belongs? to|(?:applies|relates) to|concerns|(?:is|are|was|were) (?:that |those )?(?:of|for)|(?:is|are|was|were)(?= [^\s,;]+(?: [^\s,;]+){0,3}['’]s\b))|(?<![\p{L}])(?:concerne(?:nt)?|betreffen|betrifft|bezieh(?:t|en) sich auf|gelten für|gilt für|riguarda(?:no)?|si riferisc(?:e|ono) a|se refiere(?:n)? a|te refieres a|corresponde(?:n)? a|(?:heeft|hebben) betrekking op|(?:s['’]appliquen?t|se aplica(?:n)?|si applica(?:no)?) (?:à|a)|(?:copied|quoted) from(?: the)?|stamm(?:t|en) aus der (?:Modell)?[Kk]arte (?:von|des)|[Yy]ou(?: probably)? (?:mean|meant|are thinking of|'re thinking of|are referring to|'re referring to)|du meinst|vous pensez à|tu penses à|ti riferisci a|je bedoelt|(?:è|sono|era) (?:di|del|della)|(?:es|son|era) (?:de|del)|(?:ist|sind|war) (?:von|vom)|(?:is|zijn|was) van|(?:est|sont|était) (?:de|du)))\s+(?:the\s+)?([\p{L}\p{N}][\p{L}\p{N}.-]*(?: [\p{Lu}\p{N}][\p{L}\p{N}.-]*){0,3})/u;
var DISOWNED_NAME = /(?:[,;—–]\s*(?:and |e |y |et |und |en )?|\s(?:and|e|y|et|und|en) )(?:not|non|nicht|niet|no|pas)\s+(?:(?:to|of|for|from|di|del|della|de|del|von|van|à|a|zu|voor)\s+)?(?:the\s+)?[\p{L}\p{N}][\p{L}\p{N}.-]*(?:[ -][\p{Lu}\p{N}][\p{L}\p{N}.-]*){0,2}['’]?s?(?=\s*(?:[.;,)(]|$))/giu;
var FIGURES_OF = new RegExp("\\b(?:scores?|results?|numbers|figures|performance|(?:training )?compute|size|parameter count|FLOPs?|energy (?:use|consumption)|emissions)\\s+(?:for|of|from)\\s+(?:the\\s+)?(?:[\\p{L}-]+\\s+)?(\\p{L}[\\p{L}\\p{N}]*(?:[-_.][\\p{L}\\p{N}]+)+)", "u");
var APPOSED_MODEL = new RegExp("(\\p{L}[\\p{L}\\p{N}]*(?:[-_.][\\p{L}\\p{N}]+)+),\\s+(?:an?|the)\\s+[^,;()]{0,80}?\\b(?:models?|transformers?|LLMs?)\\b", "u");
function clauseSubject(clause, own, allCues) {
  const text = plainStatement(clause);
  const cues = textKind(text) === "plain" ? plainTextCues(allCues) : allCues;
  const ours = OUR_MAKING.exec(text) ?? INHERITED_TERMS.exec(text);
  if (ours) return { subject: "this-model", basis: "cue", cue: ours[0] };
  const unrelated = text.replace(OWN_AS_RELATIVE, " ").replace(COMPARED_NAME, " ").replace(DISOWNED_NAME, " ").replace(RELATIVE_ASIDE, " ").replace(ADDRESS, " ");
  const ownCue = cues.ownModel.exec(unrelated) ?? definedOwnSubject(text, cues);
  const named = namesOwnModel(unrelated, own) && !namesSiblingVersion(unrelated, own);
  const mentions = otherModelMentions(text, own, cues);
  const namedSubject = cues.namedSubject.exec(text);
  const speaksOfOne = !!ownCue || named || !!namedSubject;
  if (!speaksOfOne && cues.regulation.test(text)) {
    const general = cues.generalSubject.exec(text.replace(AS_ROLE_ADJUNCT, "").replace(NAMED_PROVIDER, " "));
    if (general) return { subject: "models-in-general", basis: "cue", cue: general[0] };
  }
  const attributed = named ? null : ATTRIBUTED_TO.exec(text);
  if (attributed && (otherModelMentions(attributed[1], own, cues).length > 0 || isOtherModelName(attributed[1], own)))
    return { subject: "other-model", basis: "cue", cue: attributed[0] };
  const described = named || ownCue ? null : FIGURES_OF.exec(text) ?? APPOSED_MODEL.exec(text);
  if (described && (otherModelMentions(described[1], own, cues).length > 0 || isOtherModelName(described[1], own)))
    return { subject: "other-model", basis: "cue", cue: described[0] };
  const zone = subjectZone(text, cues);
  const artefact = zone === null ? null : artefactNamed(zone, own);
  if (artefact && !namesOwnModel(zone, own, true)) return { subject: "other-model", basis: "cue", cue: artefact };
  const role = zone === null ? null : cues.otherRole.exec(zone);
  const joined = named && zone !== null ? COORDINATED.exec(zone) : null;
  const coordinated = !!joined && namesOwnModel(joined[1], own, true);
  if (role && !coordinated && (MAKER_OF.test(role[0]) || !(ROLE_OF.test(role[0]) && zone !== null && !namesAnotherModel(zone, own))))
    return { subject: "other-model", basis: "cue", cue: role[0] };
  const relativeParty = PARTY_OPENING.exec(text);
  if (relativeParty && !namesOwnModel(relativeParty[1], own) && !organisationKeys(relativeParty[1], cues).some((key) => own.organisations?.has(key)))
    return { subject: "other-model", basis: "cue", cue: relativeParty[0].trim() };
  const product = OUR_NAMED_MODEL.exec(zone ?? text.slice(0, 80));
  if (product && !namesOwnModel(product[1], own, true))
    return { subject: "other-model", basis: "cue", cue: product[0].trim() };
  const aboutTheirs = ABOUT_THEIR_MODEL.exec(text);
  if (aboutTheirs && !named && !namesOwnModel(aboutTheirs[1], own, true))
    return { subject: "other-model", basis: "cue", cue: aboutTheirs[0].trim() };
  if (zone !== null && !named && namesIntroducedMaker(zone, own))
    return { subject: "other-model", basis: "cue", cue: zone.trim() };
  if (zone !== null && !named && namesIntroducedModel(zone.split(AFTER_VERB_OBJECT)[0], own))
    return { subject: "other-model", basis: "cue", cue: zone.trim() };
  const label = /^[^:\n]{2,100}:/.exec(clause)?.[0];
  const member = familyMemberNamed(zone ?? text.slice(0, 120), own) ?? (label ? familyMemberNamed(label, own) : null);
  if (member) return { subject: "other-model", basis: "cue", cue: member };
  const distinct = distinctModelNamed(text, own);
  if (distinct && !namesOwnModel(withoutName(text, distinct), own, true))
    return { subject: "other-model", basis: "cue", cue: distinct };
  if (label && NAME_ONLY_LABEL.test(label) && (namesSiblingVersion(label, own) || tierSiblingNamed(label, own) || unknownModelNamed(label, own)) && !namesOwnModel(label, own, true))
    return { subject: "other-model", basis: "cue", cue: label };
  const scope = named ? null : FRONTED_SCOPE.exec(text);
  if (scope && (namesSiblingVersion(scope[1], own) || unknownModelNamed(scope[1], own)))
    return { subject: "other-model", basis: "cue", cue: scope[0] };
  const opener = label ? CLAUSE_LABEL.exec(label) : null;
  if (opener && (namesSiblingVersion(opener[1], own) || unknownModelNamed(opener[1], own)) && !namesOwnModel(label, own, true))
    return { subject: "other-model", basis: "cue", cue: label };
  const agent = named ? null : reducedRelativeAgent(text, cues);
  if (agent && (namesAnotherModel(agent, own) || otherModelMentions(agent, own, cues).length > 0))
    return { subject: "other-model", basis: "cue", cue: agent.trim() };
  const sibling = named ? null : tierSiblingNamed(zone ?? text.slice(0, 120), own);
  if (sibling) return { subject: "other-model", basis: "cue", cue: sibling };
  const roleNamed = ROLE_THEN_NAME.exec(zone ?? text.slice(0, 80));
  if (roleNamed && !isOwnName(roleNamed[1], own) && !namesOwnModel(withoutName(text.replace(roleNamed[0], " "), roleNamed[1]), own, true))
    return { subject: "other-model", basis: "cue", cue: roleNamed[0] };
  const kindNamed = KIND_THEN_NAME.exec(text);
  if (kindNamed && ownNameKnown(own) && !isOwnName(kindNamed[1], own) && !namesOwnModel(text, own, true))
    return { subject: "other-model", basis: "cue", cue: kindNamed[0] };
  const redirect = REDIRECT_TO_OTHER.exec(text) ?? PASSIVE_BY_OTHER.exec(text);
  if (redirect && !isOwnName(redirect[1] ?? redirect[2], own))
    return { subject: "other-model", basis: "cue", cue: redirect[0] };
  if (label && (labelAboutBase(label, own) || labelAboutBase(label) && namesOthers(clause.slice(label.length), own, cues)))
    return { subject: "other-model", basis: "cue", cue: label };
  if (label && (labelGivesOthersTopic(label, own) || labelNamesOther(label.slice(0, -1), own)))
    return { subject: "other-model", basis: "cue", cue: label };
  const lead = zone ?? text.slice(0, 60);
  if (namesSiblingVersion(lead, own)) return { subject: "other-model", basis: "cue", cue: lead.trim() };
  if (ownCue) return { subject: "this-model", basis: "cue", cue: ownCue[0].trim() || ownCue[0] };
  if (named) {
    const artefact2 = cues.otherArtefact.exec(text);
    const noun = artefact2?.groups?.noun;
    if (artefact2 && noun && !namesOwnModel(text.slice(0, artefact2.index + artefact2[0].indexOf(noun)), own))
      return { subject: "other-model", basis: "cue", cue: artefact2[0].trim() };
    return { subject: "this-model", basis: "named" };
  }
  const otherPhrase = cues.otherModel.exec(text) ?? cues.attribution.exec(text);
  if (otherPhrase) return { subject: "other-model", basis: "cue", cue: otherPhrase[0].trim() };
  const about = QUESTIONS_ABOUT.exec(text);
  if (about && (mentions.some((mention) => mention.index === about[0].length) || /^(?:base|original|upstream|parent|underlying)\b/i.test(text.slice(about[0].length))))
    return { subject: "other-model", basis: "cue", cue: about[0].trim() };
  const forSibling = FOR_NAME.exec(text);
  if (forSibling && namesSiblingVersion(forSibling[1], own) && !namesOwnModel(text, own, true))
    return { subject: "other-model", basis: "cue", cue: forSibling[0] };
  const document = documentForOther(text, mentions, own);
  if (document) return { subject: "other-model", basis: "cue", cue: document };
  if (zone !== null && !named && OTHERS_DOCUMENT.test(zone) && namesAnotherModel(zone, own))
    return { subject: "other-model", basis: "cue", cue: zone.trim() };
  const team = named ? null : OTHERS_TEAM.exec(zone ?? text.slice(0, 80));
  if (team && /\d/.test(team[1])) return { subject: "other-model", basis: "cue", cue: team[0].trim() };
  const cited = named ? null : CITED_WORK_REPORTS.exec(text);
  if (cited) return { subject: "other-model", basis: "cue", cue: cited[0].trim() };
  const unknown = named || zone === null ? null : unknownModelNamed(zone, own);
  if (unknown) return { subject: "other-model", basis: "cue", cue: unknown };
  if (zone !== null) {
    const party2 = organisationSubject(zone, own, cues) ?? cues.otherSubject.exec(zone)?.[0] ?? cues.namedResource.exec(zone)?.[0] ?? citationOpening(zone, cues) ?? cues.otherArtefact.exec(text)?.[0];
    if (party2) return { subject: "other-model", basis: "cue", cue: party2.trim() };
  } else {
    const owner = organisationSubject(lead, own, cues);
    if (owner && lead.trimStart().startsWith(owner)) return { subject: "other-model", basis: "cue", cue: owner };
    const opener2 = named ? null : OPENING_NAME2.exec(text);
    if (opener2 && unknownModelNamed(opener2[1], own)) return { subject: "other-model", basis: "cue", cue: opener2[1] };
  }
  const opening = cues.otherSubject.exec(text);
  if (opening && /^\W*$/.test(text.slice(0, opening.index)))
    return { subject: "other-model", basis: "cue", cue: opening[0].trim() };
  if (cues.ownVoice.test(text)) return { subject: "this-model", basis: "cue", cue: "we" };
  const party = cues.otherSubject.exec(text);
  if (party) return { subject: "other-model", basis: "cue", cue: party[0].trim() };
  if (mentions.length) {
    const comparison = cues.comparison.exec(text) ?? allCues.comparison.exec(clause);
    if (comparison) return { subject: "other-model", basis: "cue", cue: comparison[0] };
    const gerund = GERUND_SUBJECT.exec(ADJUNCT.test(text) ? text.slice(text.indexOf(", ") + 2) : text);
    if (gerund && otherModelMentions(gerund[0], own, cues).length && !namesOwnModel(gerund[0], own))
      return { subject: "other-model", basis: "cue", cue: gerund[0] };
    const verbAt = firstVerb(text, cues);
    const subjects = mentions.filter(
      (mention) => mention.index < verbAt && !FROM_BEFORE.test(text.slice(Math.max(0, mention.index - 12), mention.index))
    );
    if (verbAt >= 0 && subjects.length)
      return { subject: "other-model", basis: "cue", cue: text.slice(subjects[0].index, verbAt).trim() };
    const opening2 = mentions[0].index === 0 ? OPENING_VERB.exec(text.slice(mentions[0].length)) : null;
    if (opening2)
      return { subject: "other-model", basis: "cue", cue: text.slice(0, text.indexOf(opening2[1]) + opening2[1].length) };
  }
  if (namedSubject) return { subject: "this-model", basis: "named" };
  return { subject: "this-model", basis: "default" };
}
var DOCUMENT_FOR = /\b(?:summary|card|report|documentation|datasheet|data sheet|policy|paper|bug bounty|bounty|incident tracker|programme|program|portal|hotline)\b[^.;]{0,60}?\b(?:for|about|of) (?:the |its |their )?(?:(?:base|original|upstream|parent|earlier|previous) )?$/i;
var DOCUMENT_WORD = /\b(?:summary|card|report|documentation|datasheet|data sheet|policy|paper|bug bounty|bounty|incident tracker|programme|program|portal|hotline)\b/i;
function documentForOther(text, mentions, own) {
  for (const mention of mentions) {
    const before = text.slice(Math.max(0, mention.index - 80), mention.index);
    const found = DOCUMENT_FOR.exec(before);
    if (found) return `${found[0]}${text.slice(mention.index, mention.index + mention.length)}`.trim();
  }
  if (!DOCUMENT_WORD.test(text)) return null;
  for (const match of text.matchAll(MODEL_LIKE_NAME)) {
    if (!/\d/.test(match[0]) || namesOwnModel(match[0], own, true)) continue;
    const found = DOCUMENT_FOR.exec(text.slice(Math.max(0, match.index - 80), match.index));
    if (found) return `${found[0]}${match[0]}`.trim();
  }
  return null;
}
var plainTwins = /* @__PURE__ */ new WeakMap();
function plainTextCues(cues) {
  let twins = plainTwins.get(cues);
  if (!twins) {
    const twin = (pattern) => fastVariant(pattern.source, pattern.flags)?.pattern ?? pattern;
    twins = {
      ...cues,
      ownModel: twin(cues.ownModel),
      namedSubject: twin(cues.namedSubject),
      regulation: twin(cues.regulation),
      generalSubject: twin(cues.generalSubject),
      otherModel: twin(cues.otherModel),
      ownVoice: twin(cues.ownVoice),
      comparison: twin(cues.comparison)
    };
    plainTwins.set(cues, twins);
  }
  return twins;
}
function clauseSubjects(statement, own, cues) {
  const clauses = clausesOf(statement, cues).flatMap((clause) => endRelativeClause(clause, own, cues));
  const judged = clauses.map((clause) => ({ clause, verdict: clauseSubject(clause.text, own, cues) }));
  const label = othersLabel(statement, own, cues);
  if (label && judged[0] && judged[0].verdict.basis !== "named")
    judged[0].verdict = { subject: "other-model", basis: "cue", cue: label };
  if (judged.length > 1) {
    const ownNamed = judged.some(({ clause }) => namesOwnModel(clause.text, own));
    for (const entry of judged) {
      const { verdict, clause } = entry;
      if (ownNamed && verdict.basis === "named" && !namesOwnModel(clause.text, own)) {
        entry.verdict = {
          subject: "other-model",
          basis: "cue",
          cue: cues.namedSubject.exec(plainStatement(clause.text))?.[0] ?? "another model"
        };
      }
    }
    for (let index = 1; index < judged.length; index++) {
      const antecedent = RELATIVE_OPENING.test(judged[index].clause.text) ? othersNameAtEnd(judged[index - 1].clause.text, own, cues) : null;
      if (antecedent) judged[index].verdict = { subject: "other-model", basis: "cue", cue: antecedent };
      else if (judged[index].verdict.basis === "default") judged[index].verdict = judged[index - 1].verdict;
    }
  }
  return judged;
}
function endRelativeClause(clause, own, cues) {
  if (!RELATIVE_OPENING.test(clause.text)) return [clause];
  for (let comma = clause.text.indexOf(", "); comma > 0; comma = clause.text.indexOf(", ", comma + 2)) {
    const rest = clause.text.slice(comma + 2);
    const verdict = clauseSubject(rest, own, cues);
    if (verdict.subject === "this-model" && verdict.basis !== "default")
      return [
        { text: clause.text.slice(0, comma), start: clause.start },
        { text: rest, start: clause.start + comma + 2 }
      ];
  }
  return [clause];
}
function othersLabel(statement, own, cues) {
  const text = statement.replace(DECORATION, " ").replace(LIST_MARKER, "");
  const label = MODEL_LABEL.exec(text)?.[1]?.trim();
  if (!label || namesOwnModel(label, own)) return null;
  return otherModelMentions(label, own, cues)[0]?.index === 0 || PUBLISHED_BY_OTHERS.test(label) ? label : null;
}
var MODEL_LABEL = /^\s*([^:\n]{1,60}?)\s*:\s/;
var PUBLISHED_BY_OTHERS = new RegExp("^\\p{L}[\\p{L}\\p{N}]*-[\\p{L}\\p{N}.-]*\\d[\\p{L}\\p{N}.-]*\\s*\\((?:published|reported|official|reference|baseline|upstream|original)\\)", "iu");
var RELATIVE_OPENING = /^\s*(?:which|whose|that)\s/i;
var ROLE_AT_END = /\b(?:teacher|base|parent|upstream|predecessor|foundation)(?: model)?\s*$/i;
var NAME_TAIL = new RegExp("^(?:[\\s-]+(?:\\p{Lu}[\\p{L}\\p{N}.]*|\\d[\\p{L}\\p{N}.]*))*\\s*(?:\\([^()]*\\))?(?:\\s+as (?:the|an?|our) (?:[\\p{Ll}-]+ ){0,2}(?:model|embedder|encoder|reranker|retriever|judge|teacher|guard|classifier|draft(?:er)?|tokeni[sz]er|backbone|base))?\\s*$", "u");
var VERSION_NAME_AT_END = new RegExp("(\\p{Lu}[\\p{L}\\p{N}]*(?:[-_.\\s]v?\\d[\\p{L}\\p{N}.]*)(?:\\s+\\p{Lu}[\\p{L}\\p{N}]*){0,2})\\s*(?:\\([^()]*\\))?\\s*$", "u");
var NAME_AT_END = new RegExp("(\\p{Lu}[\\p{L}\\p{N}]*(?:[-_.][\\p{L}\\p{N}]+)+)\\s*(?:\\([^()]*\\))?(?:\\s+(?:model|checkpoint|LLM|network|teacher))?\\s*$", "u");
function othersNameAtEnd(clause, own, cues) {
  const tail = clause.slice(-120);
  const role = ROLE_AT_END.exec(tail);
  if (role) return role[0].trim();
  const version = VERSION_NAME_AT_END.exec(tail);
  if (version && namesSiblingVersion(version[1], own)) return version[1];
  const last = otherModelMentions(tail, own, cues).at(-1);
  if (last && NAME_TAIL.test(tail.slice(last.index + last.length)) && !namesOwnModel(tail.slice(last.index), own))
    return tail.slice(last.index).trim();
  const name = NAME_AT_END.exec(tail);
  const before = name ? tail.slice(0, name.index) : "";
  if (name && ROLE_BEFORE.test(before) && !isOwnName(name[1], own)) return name[1];
  if (name && !namesOwnModel(name[1], own, true) && (cues.baseBefore.test(before) || PAIRED_BEFORE.test(before)))
    return name[1];
  const cited = CITATION_AT_END.exec(tail);
  if (cited) return cited[0].trim();
  const artefact = ARTEFACT_AT_END.exec(tail);
  if (artefact && !namesOwnModel(artefact[0], own, true)) return artefact[0].trim();
  const component = COMPONENT_AT_END.exec(tail);
  if (component && !namesOwnModel(component[1], own, true)) return component[0].trim();
  return null;
}
var PAIRED_BEFORE = new RegExp("\\b(?:paired|combined|used|deployed|shipped|bundled|chained|coupled) (?:together )?with (?:the |our |a |an )?(?:\\p{Lu}[\\p{L}\\p{N}]* )?$|\\byou(?:['\u2019]re| are| were|['\u2019]ll be| will be) (?:actually |probably |currently |still )?(?:using|running|on|talking to) (?:the )?$|\\b(?:alongside|together with) (?:the |our )?(?:\\p{Lu}[\\p{L}\\p{N}]* )?$", "u");
var REDIRECT_TO_OTHER = new RegExp("\\b(?:use|try|switch to|choose|pick)\\s+(?:(?:our|the|its)\\s+)?(?:[\\p{L}-]+\\s+)?(?:sibling|companion|sister|dedicated|separate|specialised|specialized|larger|smaller|bigger)(?:\\s+(?:model|variant|checkpoint|release))?\\s+(\\p{L}[\\p{L}\\p{N}]*(?:[-_.][\\p{L}\\p{N}]+)+)|\\b(?:use|try|switch to|choose|pick)\\s+(\\p{L}[\\p{L}\\p{N}]*(?:[-_.][\\p{L}\\p{N}]+)+)\\s+instead\\b", "iu");
var PASSIVE_BY_OTHER = new RegExp("\\b(?:provided|handled|offered|served|supported|covered|performed|delivered|done|produced|generated|processed|managed)\\s+by\\s+(?:(?:our|the|a)\\s+)?(?:separate|dedicated|distinct|companion|sibling|sister)\\s+(?:(?:model|variant|checkpoint)\\s+)?(\\p{L}[\\p{L}\\p{N}]*(?:[-_.][\\p{L}\\p{N}]+)+)|\\b(?:provided|handled|offered|served|supported|covered|performed|delivered|done|produced|generated|processed|managed)\\s+by\\s+(?:(?:our|the)\\s+)?(\\p{L}[\\p{L}\\p{N}]*(?:[-_.][\\p{L}\\p{N}]+)+),?\\s+(?:an?|the|our)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:separate|distinct|dedicated|companion|sibling|sister)\\s+(?:[\\p{L}-]+\\s+)?(?:model|checkpoint|variant|release|version)\\b", "iu");
var ROLE_BEFORE = /\b(?:teacher|base|parent|upstream|original|predecessor|sibling|companion|flagship|larger|bigger|draft|reward|judge)(?: model)?,?\s+$/i;
var CITATION_AT_END = new RegExp("[([]*\\p{Lu}[\\p{L}'\u2019-]+(?: (?:et al\\.?|and \\p{Lu}[\\p{L}'\u2019-]+|& \\p{Lu}[\\p{L}'\u2019-]+))?,? \\(?(?:19|20)\\d\\d[a-z]?\\)?\\]?(?:\\([^()\\s]*\\))?\\)*\\s*$", "u");
var ARTEFACT_AT_END = /(?:\b(?:the|a|an) )?(?:[\p{L}\p{N}][\p{L}\p{N}.-]*\s+){1,2}(?:project|library|toolkit|framework|package|dataset|corpus|repository|harness|benchmark)\s*$|\b(?:computed|calibrated|measured|evaluated|collected|sampled) (?:on|from|with) (?:the )?[\p{L}][\p{L}\p{N}]*(?:[-_.][\p{L}\p{N}]+)+\s*$/iu;
var COMPONENT_AT_END = /([\p{L}][\p{L}\p{N}]*(?:[-_.][\p{L}\p{N}]+)+)\s+as (?:the|an?|our) (?:[\p{Ll}-]+ ){0,2}(?:embedder|embedding model|encoder|reranker|retriever|judge|teacher|guard(?: model)?|classifier|draft model|drafter|backbone|base model)\s*$/u;
function subjectAt(statement, at, own, cues) {
  const judged = clauseSubjects(statement, own, cues);
  let found = judged[0]?.verdict ?? { subject: "this-model", basis: "default" };
  for (const { clause, verdict } of judged) if (clause.start <= at) found = verdict;
  return found;
}
function statementSubject(statement, own, cues) {
  const judged = clauseSubjects(statement, own, cues);
  const ownClause = judged.find(({ verdict }) => verdict.subject === "this-model" && verdict.basis !== "default");
  if (ownClause) return ownClause.verdict;
  return judged.find(({ verdict }) => verdict.subject !== "this-model")?.verdict ?? {
    subject: "this-model",
    basis: "default"
  };
}
var ROLE_APPOSITION = new RegExp("\\b(?:teacher(?: model)?|flagship(?: model)?|(?:base|parent|upstream|reference|original|teacher) model|predecessor)(?:\\s+\\p{L}[\\p{L}\\p{N}.-]*){0,2}(?:,\\s+(?:an?|the)\\s+[^,;()]*|\\s*[\u2014\u2013]\\s*(?:an?|the)\\s+[^;()\u2014\u2013]*)$", "iu");
var OPENING_COMPARISON = /^\W*(?:unlike|compared (?:to|with)|as opposed to|in contrast to)\s[^,;]*$/i;
var ROLE_PARENTHESIS = /\b(?:teacher|flagship|predecessor|(?:base|parent|upstream|reward|judge|draft|teacher) model)\s*\((?:[^()]|\.(?=\d))*$/iu;
function inOthersPhrase(before) {
  return ROLE_APPOSITION.test(before) || ROLE_PARENTHESIS.test(before) || OPENING_COMPARISON.test(before);
}
var COMPARED_NAME_OPEN = /\b(?:beats|outperforms|outscores|surpasses|exceeds|matches|rivals|than|versus|vs\.?|compared (?:to|with)|against|[Ll]ike|[Uu]nlike|[Ss]imilar to|[Aa]s with)\s+(?:(?:our|the|its|their)\s+)?(?:(?:previous|earlier|older|prior|former|larger|smaller|bigger)\s+)?(?:(?:flagship|model|version|release|generation|checkpoint|teacher|baseline)\s+)?([\p{L}][\p{L}\p{N}]*(?:[-_.][\p{L}\p{N}]+)+)(?:\s*\((?:[^.;()]|\.(?=\d))*|,?\s*\b(?:which|that|whose)\b(?:[^.;(),]|\.(?=\d))*)$/u;
var ATTACHED = /^(?:[^.;(),]|\.(?=\d)){0,40}?(?:,?\s*\b(?:which|that|whose)\b(?:[^.;(),]|\.(?=\d))*|\s*\((?:[^.;()]|\.(?=\d))*)$/u;
var COMPARED_APPOSITION = new RegExp("\\b(?:beats|outperforms|outscores|surpasses|exceeds|rivals|than|versus|vs\\.?|compared (?:to|with)|against)\\s+(\\p{L}[\\p{L}\\p{N}]*(?:[-_.][\\p{L}\\p{N}]+)+)(?:(?:,\\s*|\\s+(?:and|or)\\s+)\\p{L}[\\p{L}\\p{N}]*(?:[-_.][\\p{L}\\p{N}]+)+)*,\\s+(?:both|each|all|an?|the)\\s+[^,;()]*$", "u");
var BASE_APPOSITION = new RegExp("(\\p{L}[\\p{L}\\p{N}]*(?:[-_.][\\p{L}\\p{N}]+)+),\\s+(?:an?|the|our|its|un[ao]?|une|el|la|le|il|lo|een|het|de|ein\\p{Ll}*|der|die|das)\\s+[^,;()]*$", "u");
var ROLE_NAME_APPOSITION = new RegExp("\\b(?:teacher|base|parent|upstream|original|predecessor|reference)(?: model)?,\\s+(\\p{L}[\\p{L}\\p{N}]*(?:[-_.][\\p{L}\\p{N}]+)+),\\s+(?:an?|the)\\s+[^,;()]*$", "iu");
var WHOSE_OPEN = new RegExp("(\\p{L}[\\p{L}\\p{N}]*(?:[-_.][\\p{L}\\p{N}]+)+)(?:\\s*\\([^()]*\\))?,?\\s+whose\\b(?:[^.;(),]|\\.(?=\\d))*$", "u");
var OPEN_ATTACHMENT = /\(|\b(?:which|that|whose)\b/;
var LINK_TARGET = /\]\([^()\s]*\)/g;
function lastModelLikeName(text) {
  let found = null;
  for (const match of text.slice(-160).matchAll(MODEL_LIKE_NAME))
    found = { name: match[0], end: text.length - Math.min(160, text.length) + match.index + match[0].length };
  return found;
}
function otherModelAttachedBefore(text, own, cues) {
  const before = text.includes("](") ? text.replace(LINK_TARGET, "").replace(/\[/g, "") : text;
  const compared = COMPARED_NAME_OPEN.exec(before);
  if (compared && !namesOwnModel(compared[1], own, true)) return compared[1];
  const comparedApposition = COMPARED_APPOSITION.exec(before);
  if (comparedApposition && !namesOwnModel(comparedApposition[1], own, true)) return comparedApposition[1];
  const apposition = BASE_APPOSITION.exec(before);
  if (apposition && !namesOwnModel(apposition[1], own, true) && cues.baseBefore.test(before.slice(0, apposition.index)))
    return apposition[1];
  const roleName = ROLE_NAME_APPOSITION.exec(before);
  if (roleName && !namesOwnModel(roleName[1], own, true)) return roleName[1];
  const whose = WHOSE_OPEN.exec(before);
  if (whose && !namesOwnModel(whose[1], own, true)) return whose[1];
  const named = (own.version || own.introduced?.length) && OPEN_ATTACHMENT.test(before) ? lastModelLikeName(before) : null;
  if (named && (namesSiblingVersion(named.name, own) || namesIntroducedModel(named.name, own)) && ATTACHED.test(before.slice(named.end)))
    return named.name;
  const mentions = otherModelMentions(before, own, cues);
  const last = mentions[mentions.length - 1];
  if (!last || namesOwnModel(before.slice(last.index + last.length), own, true)) return null;
  if (/\b(?:a|an)\s+$/i.test(before.slice(Math.max(0, last.index - 4), last.index))) return null;
  return ATTACHED.test(before.slice(last.index + last.length)) ? before.slice(last.index, last.index + last.length) : null;
}

// src/facts/table-lines.ts
function lineFrom(text, lineStart) {
  const lineEnd = text.indexOf("\n", lineStart);
  return text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
}
function pipeCells(line) {
  return line.split("|");
}
function columnAt(text, lineStart, offset) {
  return text.slice(lineStart, offset).split("|").length - 1;
}
function rowCells(line) {
  return line.trim().replace(/^\||\|$/g, "").split("|").map((cell) => cell.trim());
}
var DELIMITER_ROW = /^[ \t]{0,3}\|?[ \t]*:?-{2,}/;

// src/facts/subject/table-header.ts
var HEADER_REACH = 60;
function columnHeaderAt(text, offset) {
  const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
  if (!/^[ \t]{0,3}\|/.test(text.slice(lineStart, lineStart + 4)) || headerStart(text, lineStart) === lineStart)
    return null;
  const column = columnAt(text, lineStart, offset);
  return column >= 2 ? { header: headerCells(text, lineStart), column } : null;
}
function headerStart(text, lineStart) {
  let header = lineStart;
  for (let steps = 0; steps < HEADER_REACH && header > 0; steps++) {
    const previous = text.lastIndexOf("\n", header - 2) + 1;
    if (!/^[ \t]{0,3}\|/.test(text.slice(previous, previous + 4))) break;
    header = previous;
  }
  return header;
}
function headerCells(text, lineStart) {
  return pipeCells(lineFrom(text, headerStart(text, lineStart)));
}
function namesOtherInHeader(cell, own, cues) {
  return cell.length <= 80 && (rowLabelSubject(cell, own, cues) === "other-model" || namesSiblingVersion(cell, own));
}
var VERSIONED_NAME = new RegExp("\\p{L}[\\p{L}\\p{N}]*[-_.][\\p{L}\\p{N}.]*\\d|\\p{L}[\\p{L}\\p{N}]*\\d[\\p{L}\\p{N}]*[-_.]\\p{L}|\\p{Lu}[\\p{L}\\p{N}]*-\\p{Lu}{2,}\\b|\\p{Lu}\\p{Ll}{2,}-\\p{Lu}(?![\\p{L}\\p{N}])", "u");
var SPACED_MODEL_NAME = new RegExp("^\\p{Lu}[\\p{L}\\p{N}]+ v?\\d{1,2}(?:\\.\\d{1,2})?(?: (?:\\d+(?:\\.\\d+)?[BM]|Base|Instruct|Chat|Mini|Nano|Small|Medium|Large|Pro|Ultra|Max|Turbo|Lite|Flash|Plus))*$", "u");
function looksLikeModelName(label) {
  return VERSIONED_NAME.test(label) || modelShapedName(label) !== null || SPACED_MODEL_NAME.test(label.trim());
}
function headsOthersColumn(header, column, own, cues) {
  const cell = header[column]?.replace(/[*_`]/g, "").trim();
  if (!cell || cell.length > 80) return false;
  if (namesOtherInHeader(cell, own, cues)) return true;
  if (looksLikeModelName(cell) && unknownModelNamed(cell, own) !== null && !namesOwnModel(cell, own, true)) return true;
  return looksLikeModelName(cell) && !namesOwnModel(cell, own) && header.some((other, at) => at >= 2 && at !== column && headsOwnColumn(other, own, cues));
}
function headsOwnColumn(cell, own, cues) {
  const name = cell.replace(/[*_`]/g, "").trim();
  return name.length <= 80 && rowLabelSubject(name, own, cues) === "this-model";
}

// src/facts/subject/figures.ts
var REACH = 300;
var STATEMENT_BREAK = /(?<!\b(?:Art|Arts|approx|ca|cf|e\.g|i\.e|vs|No|Fig|Sec|et al))[.!?](?=\s)|\n[ \t]*\n|\||<\/?(?:td|th|tr|p|li|br|div)\b[^<>]{0,200}>|\n[ \t]*(?:[-*+]|\d+[.)])\s|\n#{1,6}\s/g;
function statementAround(text, offset) {
  const from = Math.max(0, offset - REACH);
  const back = text.slice(from, offset);
  let start = 0;
  STATEMENT_BREAK.lastIndex = 0;
  for (let match = STATEMENT_BREAK.exec(back); match; match = STATEMENT_BREAK.exec(back))
    start = match.index + match[0].length;
  const ahead = text.slice(offset, offset + REACH);
  STATEMENT_BREAK.lastIndex = 0;
  const next = STATEMENT_BREAK.exec(ahead);
  const end = next ? next.index + (/^[.!?]/.test(next[0]) ? 1 : 0) : ahead.length;
  while (start < back.length && /[ \t]/.test(back[start])) start++;
  return { text: back.slice(start) + ahead.slice(0, end), at: back.length - start, start: from + start };
}
var LEGAL_THRESHOLD = /^(?:1(?:\.0+)?\s?(?:[x×*·]\s?)?)?(?:10\^?\s?2[35]|10[²][³⁵]|e\+?2[35])\s*(?:FLOPs?|floating[- ]point)/i;
var ROLE_AFTER_FIGURE = new RegExp("^[\\d.,]+(?:[\\s-]*\\p{L}+){0,3}?[\\s-]+(?:teacher|predecessor|(?:reward|judge|draft|parent|upstream) models?)(?![\\p{L}])", "iu");
function subjectByWords(statement, cues) {
  const before = statement.text.slice(0, statement.at);
  if (inOthersPhrase(before)) return { subject: "other-model", basis: "cue", cue: before.slice(-60).trim() };
  const role = ROLE_AFTER_FIGURE.exec(statement.text.slice(statement.at));
  if (role) return { subject: "other-model", basis: "cue", cue: role[0].trim() };
  const negated = cues.negatedBefore.exec(before);
  if (negated) return { subject: "hypothetical", basis: "cue", cue: negated[0].trim() };
  const clause = before.slice(Math.max(before.lastIndexOf(","), before.lastIndexOf(";"), before.lastIndexOf("(")) + 1);
  const hypothetical = cues.hypothetical.exec(clause) ?? cues.plannedBefore.exec(clause);
  if (hypothetical) return { subject: "hypothetical", basis: "cue", cue: hypothetical[0] };
  const bound = cues.boundBefore.exec(before);
  if (bound && LEGAL_THRESHOLD.test(statement.text.slice(statement.at)))
    return { subject: "models-in-general", basis: "cue", cue: bound[0].trim() };
  if (!cues.regulation.test(statement.text)) return null;
  if (bound) return { subject: "models-in-general", basis: "cue", cue: bound[0].trim() };
  const after = statement.text.slice(statement.at).replace(/^\S+/, "");
  const threshold = cues.thresholdAfter.exec(after);
  if (threshold) return { subject: "models-in-general", basis: "cue", cue: threshold[0].trim() };
  return null;
}
function assignFigureSubjects(facts, cues) {
  const own = ownNames(facts, cues);
  const otherSections = cues.otherModelSections;
  const comparing = inheritedScopes(
    facts.sections,
    (section) => cues.otherModelHeadings.test(section.title) ? true : section.canonical.length ? false : null
  );
  const uncertain = inheritedScopes(
    facts.sections,
    (section) => section.canonical.some((name) => otherSections.includes(name)) ? true : null
  );
  const tables = { namesOwn: /* @__PURE__ */ new Set() };
  for (const quantity of facts.quantities) {
    if (quantity.table !== void 0 && quantity.rowLabel && namesOwnModel(quantity.rowLabel, own, true))
      tables.namesOwn.add(quantity.table);
  }
  const verdicts = /* @__PURE__ */ new Map();
  for (const quantity of facts.quantities) {
    const set = (subject, basis, cue) => {
      quantity.subject = subject;
      quantity.subjectBasis = basis;
      if (cue) quantity.subjectCue = cue;
    };
    if (quantity.source === "frontMatter") {
      set("this-model", "default");
      continue;
    }
    const line = lineText(facts, quantity.position.line);
    const statement = statementAround(facts.text, offsetOf(facts, quantity.position));
    const byWords = subjectByWords(statement, cues);
    if (byWords) {
      set(byWords.subject, "cue", byWords.cue);
      continue;
    }
    const sizeOfName = sizeOfAnotherName(statement, quantity, own);
    if (sizeOfName) {
      set("other-model", "cue", sizeOfName);
      continue;
    }
    const attached = otherModelAttachedBefore(statement.text.slice(0, statement.at), own, cues) ?? reportedForAnother(statement.text.slice(statement.at), own, cues);
    if (attached) {
      set("other-model", "cue", attached);
      continue;
    }
    const inRow = quantity.table !== void 0;
    const clause = inRow ? null : clauseVerdict(verdicts, statement, own, cues);
    const named = namesOwnModel(line, own, true) || !!quantity.rowLabel && namesOwnModel(quantity.rowLabel, own, true);
    const row = inRow ? rowSubject(quantity, own, cues, tables) : null;
    const column = inRow && !row ? columnOwner(facts.text, offsetOf(facts, quantity.position), own, cues) : null;
    const section = sectionIndexAtLine(facts.sections, quantity.position.line);
    if (clause && clause.subject !== "this-model") set(clause.subject, "cue", clause.cue);
    else if (isComparison(quantity, line, cues.sizeComparison)) set("other-model", "cue", "comparison");
    else if (row) set(row.subject, row.basis, row.cue);
    else if (column) set(column.subject, column.subject === "this-model" ? "named" : "row", column.header);
    else if (named || clause?.basis === "named") set("this-model", "named");
    else if (comparing[section]) set("other-model", "section", facts.sections[section].title);
    else if (uncertain[section]) set("this-model", "section", facts.sections[section].title);
    else set("this-model", "default");
  }
}
function columnOwner(text, offset, own, cues) {
  const column = columnHeaderAt(text, offset);
  const header = column?.header[column.column]?.replace(/[*_`]/g, "").trim();
  if (!column || !header || header.length > 80) return null;
  if (namesOwnModel(header, own, true) && !namesSiblingVersion(header, own)) return { subject: "this-model", header };
  return headsOthersColumn(column.header, column.column, own, cues) ? { subject: "other-model", header } : null;
}
function clauseVerdict(verdicts, statement, own, cues) {
  let entry = verdicts.get(statement.start);
  if (!entry || entry.text !== statement.text)
    verdicts.set(statement.start, entry = { text: statement.text, judged: /* @__PURE__ */ new Map() });
  let verdict = entry.judged.get(statement.at);
  if (!verdict) entry.judged.set(statement.at, verdict = subjectAt(statement.text, statement.at, own, cues));
  return verdict;
}
function rowSubject(quantity, own, cues, tables) {
  const label = quantity.rowLabel;
  if (!label) return null;
  const byLabel = rowLabelSubject(label, own, cues);
  if (byLabel === "this-model") return { subject: "this-model", basis: "named" };
  if (byLabel === "other-model" || quantity.table !== void 0 && tables.namesOwn.has(quantity.table))
    return { subject: "other-model", basis: "row", cue: label };
  return null;
}
var REPORTED_FOR = /^[^;()\n]{0,40}?(?:\(|,\s)\s*(?:as )?(?:reported|stated|published|given|disclosed|estimated|measured) (?:by|in) [^();\n]{1,60}? for (?:the )?([^();,\n]{2,60})/i;
var VERSIONED_NAME2 = new RegExp("\\p{L}[\\p{L}\\p{N}]*(?:[-_.][\\p{L}\\p{N}]+)*[-_. ]?v?\\d", "u");
function reportedForAnother(after, own, cues) {
  const reported = REPORTED_FOR.exec(after);
  if (!reported) return null;
  const named = reported[1];
  if (namesOwnModel(named, own, true)) return null;
  return otherModelMentions(named, own, cues).length > 0 || VERSIONED_NAME2.test(named) ? reported[0].trim() : null;
}
var NAME_BEFORE_SIZE = /(?:^|[^\w.-])([A-Za-z][A-Za-z0-9.]*(?:-[A-Za-z0-9.]+)*)[-_]$/;
function sizeOfAnotherName(statement, quantity, own) {
  if (quantity.kind !== "parameters" || own.keys.length === 0) return null;
  const match = NAME_BEFORE_SIZE.exec(statement.text.slice(Math.max(0, statement.at - 60), statement.at));
  if (!match) return null;
  const key = nameKey(match[1]);
  if (key.length < 3) return null;
  const ours = own.keys.some((own2) => key.includes(own2) || own2.includes(key)) || [...own.families].some((family) => key.includes(family));
  return ours ? null : `${match[1]}-${quantity.raw}`;
}
function isComparison(quantity, line, comparison) {
  if (quantity.kind !== "parameters" && quantity.kind !== "activeParameters") return false;
  let index = line.indexOf(quantity.raw, Math.max(0, quantity.position.column - 1));
  if (index < 0) index = line.indexOf(quantity.raw);
  return index >= 0 && comparison.test(line.slice(Math.max(0, index - 60), index));
}

// src/facts/subject/index.ts
function subjectOf(statement, own, cues) {
  return statementSubject(statement, own, cues).subject;
}
function subjectInText(text, start, statement, own, cues, raw) {
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  if (raw && inQuotationOfOthers(raw, lineStart, own) && !namesOwnModel(statement, own)) return "other-model";
  if (raw && quotationDisowned(raw, lineStart, own, cues)) return "other-model";
  if (text.charCodeAt(lineStart) === 124 || /^[ \t]{1,3}\|/.test(text.slice(lineStart, lineStart + 4))) {
    const cells = pipeCells(lineFrom(text, lineStart));
    const label = cells[1]?.trim() ?? "";
    const header = headerCells(text, lineStart);
    const lineage = LINEAGE_COLUMN.test(header[1] ?? "");
    const column = columnAt(text, lineStart, start);
    if (lineage && column >= 2 && BASE_HEADER.test(header[1] ?? "") && !LINEAGE_ATTRIBUTE.test(header[column] ?? ""))
      return "other-model";
    if (!lineage && label && label.length <= 80 && rowLabelSubject(label, own, cues) === "other-model")
      return "other-model";
    if (!lineage && rowNamesOther(cells, header, own, cues)) return "other-model";
    if (THRESHOLD_COLUMN.test(header[1] ?? "")) return "models-in-general";
    if (othersOnlyColumns(text, lineStart, own, cues)) return "other-model";
    if (specTableOfOther(text, lineStart, own, cues)) return "other-model";
    if (headerStart(text, lineStart) !== lineStart && (FAMILY_OTHERS.test(header[1] ?? "") || ROLE_OPENING_LABEL.test(header[1] ?? "")) && !firstCellIsOwn(text.slice(lineStart, text.indexOf("\n", lineStart)), own))
      return "other-model";
    if (othersColumn(text, lineStart, start, own, cues)) return "other-model";
    const leadIn = leadInSubject(text, lineStart, own, cues, raw);
    if (leadIn) return leadIn;
    if (!lineage && headerOfOthersRows(text, lineStart, own, cues)) return "other-model";
    if (label && besideOwnRow(text, lineStart, label, own, cues)) return "other-model";
  } else if (LIST_ITEM.test(text.slice(lineStart, lineStart + 8))) {
    const label = ITEM_LABEL.exec(text.slice(lineStart, lineStart + 90))?.[1];
    if (label && namesSiblingVersion(label, own)) return "other-model";
    if (label && keyAboutOthers({ key: label.replace(/[_.]/g, " "), value: "" }, own, cues)) {
      const item = lineFrom(text, lineStart);
      if (!namesOwnModel(item.slice(item.indexOf(label) + label.length), own, true) && !namesOwnModel(label, own, true))
        return "other-model";
    }
    const leadIn = leadInSubject(text, lineStart, own, cues, raw);
    if (leadIn) return leadIn;
  }
  if (NESTED_FIELD.test(text.slice(lineStart, lineStart + 80))) {
    const parent = parentKey(text, lineStart);
    if (parent && keyAboutOthers(parent, own, cues)) return "other-model";
  }
  if (quotedFromOthers(text, start) || QUOTATION_OPENED.test(statement)) return "other-model";
  if (introducesOthersRows(statement, own)) return "other-model";
  return subjectOf(sentenceAcrossLines(text, start, start + statement.length), own, cues);
}
var ROW_KEY = /^(?:[A-Z][A-Z0-9]{0,9}-\d{1,6}|#?\d{1,5}|[A-Z]{1,3}\d{1,4})$/;
function rowNamesOther(cells, header, own, cues) {
  const afterKey = ROW_KEY.test(cells[1]?.trim() ?? "") ? cells[2]?.trim() ?? "" : "";
  if (afterKey && afterKey.length <= 80 && rowLabelSubject(afterKey, own, cues) === "other-model") return true;
  const modelColumn = header.findIndex((cell, index) => index > 1 && MODEL_COLUMN.test(cell.trim()));
  const named = modelColumn > 1 ? cells[modelColumn]?.trim() ?? "" : "";
  return !!named && named.length <= 80 && (rowLabelSubject(named, own, cues) === "other-model" || unknownModelNamed(named, own) !== null && !namesOwnModel(named, own, true));
}
var NESTED_FIELD = /^[ \t]{2,}(?:[-*+][ \t]+)?[\p{L}\p{N}_.()-][\p{L}\p{N}_.() -]{0,40}:/u;
var KEY_LINE = /^([ \t]*)(?:[-*+][ \t]+)?([\p{L}\p{N}_. -]{1,60}):[ \t]*([^\n]{0,80})$/u;
var LINEAGE_KEY = /\b(?:base|parent|upstream|original|source|foundation|derived|lineage|fine ?tuned from)\b/i;
var KEY_REACH = 30;
var OTHERS_KEY = new RegExp("(?<![\\p{L}])(?:comparisons?|compared|competitors?|competing|rivals?|baselines?|benchmarks? vs|reference models?|(?:previous|prior|earlier|older|former) (?:versions?|models?|releases?)|predecessors?|vergleich\\p{L}*|vorg\xE4nger\\p{L}*|comparaison|version pr\xE9c\xE9dente|comparaci[o\xF3]n|versi[o\xF3]n anterior|confronto|versione precedente|vergelijking|vorige versie|voorganger)(?![\\p{L}])", "iu");
function parentKey(text, lineStart) {
  const indent = /^[ \t]*/.exec(text.slice(lineStart, lineStart + 40))[0].length;
  let end = lineStart - 1;
  for (let steps = 0; steps < KEY_REACH && end > 0; steps++) {
    const start = text.lastIndexOf("\n", end - 1) + 1;
    const line = text.slice(start, end);
    const depth = /^[ \t]*/.exec(line)[0].length;
    if (line.trim() && depth < indent) {
      const key = KEY_LINE.exec(line);
      return key ? { key: key[2].replace(/[_.]/g, " "), value: key[3].trim() } : null;
    }
    end = start - 1;
  }
  return null;
}
function keyAboutOthers(parent, own, cues) {
  if (OTHERS_KEY.test(parent.key) || ROLE_OPENING_LABEL.test(parent.key)) return true;
  if (LINEAGE_KEY.test(parent.key)) return false;
  return [parent.key, parent.value].some((words) => namesOtherModel(words, own, cues));
}
function namesOtherModel(words, own, cues) {
  return otherModelMentions(words, own, cues).length > 0 || unknownModelNamed(words, own) !== null;
}
var QUOTE_MARK = /["“”]/g;
var QUOTE_REACH = 1500;
var QUOTED_SOURCE = /(?:\b(?:from|per|according to|as stated in|quoting|quoted from|in)\b[^"“”\n]{0,60}?\b(?:card|report|paper|documentation|readme|blog(?: post)?|announcement|release notes)|[''’]s (?:model )?card)\s*[:,-]?\s*$/i;
var QUOTATION_OPENED = new RegExp(`^\\W*${QUOTED_SOURCE.source.replace(/\\s\*\$$/, "")}\\s*["\u201C]`, "i");
function quotedFromOthers(text, start) {
  const from = Math.max(0, start - QUOTE_REACH);
  const lastQuote = Math.max(
    text.lastIndexOf('"', start - 1),
    text.lastIndexOf("\u201C", start - 1),
    text.lastIndexOf("\u201D", start - 1)
  );
  if (lastQuote < from || text.lastIndexOf("\n\n", start - 1) > lastQuote) return false;
  const paragraph = text.lastIndexOf("\n\n", start - 1);
  const scope = text.slice(Math.max(from, paragraph + 1), start);
  let open = -1;
  let quotes = 0;
  for (const mark of scope.matchAll(QUOTE_MARK)) {
    quotes++;
    if (quotes % 2 === 1) open = mark.index;
  }
  if (quotes % 2 === 0 || open < 0) return false;
  return QUOTED_SOURCE.test(scope.slice(Math.max(0, open - 120), open));
}
var QUOTED_LINE = /^[ \t]{0,3}>/;
var QUOTATION_REACH = 40;
var QUOTATION_INTRO = new RegExp("^[>\\s*_]*(?:on [^,:\\n]{1,40}?,?\\s+)?(?!(?:we|wir|nous|nosotros|noi|wij|our|unser\\p{L}*|notre|nos|nuestr[oa]s?|nostr[oa]|onze)\\b)(\\p{Lu}[^:\\n]{0,60}?)\\s+(?:wrote|writes|said|says|stated|states|asked|noted|replied|responded|commented|schrieb|schreibt|a \xE9crit|\xE9crit|escribi\xF3|escribe|ha scritto|scrive|scrisse|schreef|schrijft)(?:\\s+(?:on|am|le|el|il|op)\\s+[^:\\n]{1,30})?[\\s*_]*:[\\s*_]*$", "iu");
function inQuotationOfOthers(raw, lineStart, own) {
  if (!QUOTED_LINE.test(raw.slice(lineStart, lineStart + 4))) return false;
  let first = lineStart;
  for (let steps = 0; steps < QUOTATION_REACH && first > 0; steps++) {
    const previous = raw.lastIndexOf("\n", first - 2) + 1;
    if (!QUOTED_LINE.test(raw.slice(previous, previous + 4))) break;
    first = previous;
  }
  const speaker = QUOTATION_INTRO.exec(lineFrom(raw, first))?.[1];
  if (speaker === void 0 || namesOwnModel(speaker, own, true)) return false;
  const key = nameKey(speaker);
  return ![...own.organisations ?? []].some((organisation) => key.includes(organisation));
}
var QUOTED_THING = /(?<![\p{L}])(?:that|this|the|those|these|das|der|den|dies(?:e[sr]?)?|diese|ce|cette|cet|ces|esa|ese|este|esta|esos|esas|quell[oa]|quella|questa|questo|die|dat|deze)\s+(?:[\p{L}-]+\s+){0,2}?(?:lines?|quotes?|quotation|figures?|numbers?|values?|dates?|sentences?|passages?|text|snippet|claims?|specs?|requirements?|statements?|paragraphs?|sections?|parts?|bits?|Zitat|Zeilen?|Angaben?|Satz|Sätze|Aussagen?|Absatz|Zahlen?|Werte?|citations?|phrases?|lignes?|chiffres?|citas?|frases?|l[ií]neas?|cifras?|fechas?|citazion[ei]|righe|riga|citaat|regels?|zin(?:nen)?)(?![\p{L}])/iu;
var SOURCE_OF_QUOTE = new RegExp("(?<![\\p{L}])(?:(?:copied|taken|comes?|came|is|was) (?:\\p{L}+ ){0,3}?from|stamm(?:t|en) (?:aus|von)|vien(?:t|nent) de|provien(?:e|en) de|viene da|komt uit|applies to|refers to|is about|(?:not|nicht|non|no|pas) (?:about|for|to|of|von|f\xFCr|auf|di|de|a|van|voor) (?:this|diese[ms]?|questo|este|ce|dit) (?:model|Modell|modello|modelo|mod\xE8le|one|hier))(?![\\p{L}])", "iu");
function quotationDisowned(raw, lineStart, own, cues) {
  if (!QUOTED_LINE.test(raw.slice(lineStart, lineStart + 4))) return false;
  let next = lineStart;
  for (let steps = 0; steps < QUOTATION_REACH && next < raw.length; steps++) {
    const end = raw.indexOf("\n", next);
    if (end < 0) return false;
    next = end + 1;
    const line = lineFrom(raw, next);
    if (QUOTED_LINE.test(line)) continue;
    if (!line.trim()) continue;
    const reply = line.slice(0, 400);
    const thing = QUOTED_THING.exec(reply);
    if (!thing) return false;
    const after = reply.slice(thing.index);
    return SOURCE_OF_QUOTE.test(after) && (otherModelMentions(after, own, cues).length > 0 || unknownModelNamed(after, own) !== null);
  }
  return false;
}
var LINEAGE_COLUMN = /^\W*(?:base|parent|upstream|original|source|foundation|teacher)(?: models?| checkpoints?)?\W*$/i;
var THRESHOLD_COLUMN = /^\W*(?:(?:legal |regulatory )?thresholds?|Schwellenwerte?|seuils?|umbral(?:es)?|sogli[ae]|drempel(?:waarde)?s?)\W*$/iu;
var BASE_HEADER = /\b(?:models?|checkpoints?|base|parent|teacher|upstream)\W*$/i;
var LINEAGE_ATTRIBUTE = /\b(?:revision|version|commit|relation|relationship|method|how|type|adapter|quanti[sz]ation|weight|share|ratio|role|used for|purpose|link|hub id|id)\b/i;
function headerOfOthersRows(text, lineStart, own, cues) {
  return remembered(text, `h${lineStart}`, () => scanHeaderOfOthersRows(text, lineStart, own, cues));
}
var rememberedText = null;
var rememberedAnswers = /* @__PURE__ */ new Map();
function remembered(text, key, answer) {
  if (rememberedText !== text) {
    rememberedText = text;
    rememberedAnswers.clear();
  }
  let found = rememberedAnswers.get(key);
  if (found === void 0) rememberedAnswers.set(key, found = answer());
  return found;
}
function scanHeaderOfOthersRows(text, lineStart, own, cues) {
  const lineEnd = text.indexOf("\n", lineStart);
  if (lineEnd < 0 || !DELIMITER_ROW.test(text.slice(lineEnd + 1, lineEnd + 40))) return false;
  let rowStart = text.indexOf("\n", lineEnd + 1) + 1;
  let rows = 0;
  const header = pipeCells(lineFrom(text, lineStart));
  const models = MODEL_COLUMN.test(header[1] ?? "");
  for (let steps = 0; steps < HEADER_REACH && rowStart > 0; steps++) {
    if (!/^[ \t]{0,3}\|/.test(text.slice(rowStart, rowStart + 4))) break;
    const rowEnd = text.indexOf("\n", rowStart);
    const cells = pipeCells(lineFrom(text, rowStart));
    const label = cells[1]?.trim() ?? "";
    if (!label || label.length > 80) return false;
    const others = rowNamesOther(cells, header, own, cues) || rowLabelSubject(label, own, cues) === "other-model" || models && looksLikeModelName(label) && !namesOwnModel(label, own) && own.keys.length > 0;
    if (!others) return false;
    rows++;
    rowStart = rowEnd < 0 ? 0 : rowEnd + 1;
  }
  return rows > 0;
}
var MODEL_COLUMN = /^\W*(?:models?|systems?|checkpoints?|modell|modèle|modelo|modello)\W*$/iu;
function besideOwnRow(text, lineStart, label, own, cues) {
  if (namesOwnModel(label, own) || rowLabelSubject(label, own, cues) !== null) return false;
  const start = headerStart(text, lineStart);
  if (start === lineStart || !MODEL_COLUMN.test(headerCells(text, lineStart)[1] ?? "")) return false;
  if (looksLikeModelName(label) && own.keys.length > 0) return true;
  return remembered(text, `o${start}`, () => hasOwnRow(text, start, own, cues));
}
function hasOwnRow(text, from, own, cues) {
  let start = from;
  for (let steps = 0; steps < HEADER_REACH; steps++) {
    const next = text.indexOf("\n", start) + 1;
    if (next <= 0 || !/^[ \t]{0,3}\|/.test(text.slice(next, next + 4))) return false;
    const rowLabel = pipeCells(lineFrom(text, next))[1]?.trim() ?? "";
    if (rowLabel && rowLabel.length <= 80 && rowLabelSubject(rowLabel, own, cues) === "this-model") return true;
    start = next;
  }
  return false;
}
var NAME_ROW = /^(?:name|model name|model id|nom|nom du modèle|nombre|nombre del modelo|nome|nome del modello|naam|Modellname)$/i;
function specTableOfOther(text, lineStart, own, cues) {
  const header = headerStart(text, lineStart);
  return remembered(text, `spec:${header}`, () => {
    let rowStart = header;
    for (let steps = 0; steps < HEADER_REACH * 2 && rowStart >= 0; steps++) {
      if (!/^[ \t]{0,3}\|/.test(text.slice(rowStart, rowStart + 4))) break;
      const rowEnd = text.indexOf("\n", rowStart);
      const cells = pipeCells(lineFrom(text, rowStart));
      if (NAME_ROW.test(cells[1]?.replace(/[*_`]/g, "").trim() ?? "")) {
        const value = cells[2]?.trim() ?? "";
        return !namesOwnModel(value, own) && (otherModelMentions(value, own, cues).length > 0 || new RegExp("\\p{L}[\\p{L}\\p{N}]*-[\\p{L}\\p{N}.-]*\\d", "u").test(value));
      }
      if (rowEnd < 0) break;
      rowStart = rowEnd + 1;
    }
    return false;
  });
}
function othersOnlyColumns(text, lineStart, own, cues) {
  const columns = headerCells(text, lineStart).slice(2).map((cell) => cell.trim()).filter(Boolean);
  return columns.length > 0 && columns.every((cell) => namesOtherInHeader(cell, own, cues));
}
function othersColumn(text, lineStart, start, own, cues) {
  const column = columnAt(text, lineStart, start);
  if (column < 2) return false;
  return headsOthersColumn(headerCells(text, lineStart), column, own, cues);
}
var LIST_ITEM = /^[ \t]*(?:[-*+•]|\d{1,3}[.)])[ \t]/;
var ITEM_LABEL = new RegExp("^[ \\t]*(?:[-*+\u2022]|\\d{1,3}[.)])[ \\t]+[*_]{0,2}((?:[^:*_\\n\u2014\u2013]|(?<=\\p{L})_(?=\\p{L})){2,60}?)[*_]{0,2}\\s*(?::|\\s[\u2014\u2013-]\\s)", "u");
var TABLE_OR_ITEM = /^[ \t]{0,3}(?:\||[-*+•][ \t]|\d{1,3}[.)][ \t])/;
var POINTS_AHEAD = /\b(?:below|following|as follows)\b|:\s*$|^\W*(?:Table|Tab\.|Tabelle|Tableau|Tabla|Tabella|Tabel)\s*\d+[.:]|^\*\*[^*\n]+\*\*$/i;
var OTHERS_LEAD_IN = /^\W*(?:[\w-]+ ){0,2}baselines?\b|\b(?:of|from|by|in) (?:the )?(?:baselines?|prior (?:work|art|studies|methods)|previous (?:work|studies|methods)|related work|(?:the )?literature|original papers?|other (?:models|systems|methods|providers|labs|vendors|developers|teams))\b|\b(?:copied|taken|quoted) from\b|\breported by (?:their|the(?: respective)?) (?:developers|authors|providers|vendors|makers)\b/i;
function introducesOthersRows(statement, own) {
  const leadIn = statement.trim();
  if (leadIn.length > 400 || !POINTS_AHEAD.test(leadIn)) return false;
  return OTHERS_LEAD_IN.test(leadIn) && !LEAD_IN_COMPARES.test(leadIn) && !namesOwnModel(leadIn, own) || introducesSiblingRows(leadIn, own);
}
function introducesSiblingRows(leadIn, own) {
  return namesSiblingVersion(leadIn, own) && !RELATES_TO_OWN.test(leadIn);
}
var BOLD_LINE = /^\*\*([^*\n]{2,80}?):?\*\*:?$/;
var FAMILY_OTHERS = /\b(?:other|related) (?:open )?(?:models|members|variants|checkpoints|sizes|versions)\b|\bfamily members?\b|\bsibling models?\b|(?<![\p{L}])(?:anderer (?:offener )?Modelle|andere(?:n)? Modelle|autres modèles|otros modelos|altri modelli|andere modellen)(?![\p{L}])/iu;
var COMPARED_MODELS = /^\W*(?:comparison|compared|reference|competitor|competing|rival|peer|third-party) (?:models|systems|LLMs|checkpoints)\b/i;
function firstCellIsOwn(line, own) {
  const cell = line.replace(/^[ \t]*(?:\||[-*+•][ \t]|\d{1,3}[.)][ \t])/, "").split(/\||:/)[0] ?? "";
  return isOwnName(cell.replace(/[*_`]/g, "").trim(), own);
}
var LEAD_IN_COMPARES = /\b(?:compared|comparison|against|vs\.?|versus|ours|our|we|relative to)\b/i;
var RELATES_TO_OWN = /\b(?:since|over|compared|comparison|vs\.?|versus|against|than|relative|unlike|instead|chang\w*|new|improve\w*|differ\w*|upgrad\w*|unchanged|same|carried|inherit\w*|retain\w*|kept|still|migrat\w*|successor|replac\w*|based|built|fine-?tun\w*|distill\w*|derived|seit|gegenüber|neu\w*|depuis|nouveau\w*|nouvelle\w*|desde|nuev[oa]s?|rispetto|nuov[oaie]|sinds|nieuw\w*|ten opzichte)\b/i;
var LEAD_IN_REACH = 60;
function leadInSubject(text, lineStart, own, cues, raw) {
  let first = lineStart;
  for (let steps = 0; steps < LEAD_IN_REACH && first > 0; steps++) {
    const previous = text.lastIndexOf("\n", first - 2) + 1;
    const line2 = text.slice(previous, first - 1);
    if (!TABLE_OR_ITEM.test(line2) && !(/^[ \t]{2,}\S/.test(line2) && LIST_ITEM.test(text.slice(lineStart, lineStart + 8))))
      break;
    first = previous;
  }
  if (first <= 0) return null;
  let end = first - 1;
  let start = text.lastIndexOf("\n", end - 1) + 1;
  if (!text.slice(start, end).trim()) {
    end = start - 1;
    if (end <= 0) return null;
    start = text.lastIndexOf("\n", end - 1) + 1;
  }
  const bold = raw && raw.length === text.length ? BOLD_LINE.exec(raw.slice(start, end).trim()) : null;
  const leadIn = text.slice(start, end).trim() || (bold ? `${bold[1].trim()}:` : "");
  if (!leadIn || leadIn.startsWith("#") || leadIn.length > 400 || !POINTS_AHEAD.test(leadIn)) return null;
  const lineEnd = text.indexOf("\n", lineStart);
  const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
  if (FAMILY_OTHERS.test(leadIn) || COMPARED_MODELS.test(leadIn))
    return firstCellIsOwn(line, own) ? null : "other-model";
  const headerEnd = text.indexOf("\n", first);
  if (namesOwnModel(line, own) || namesOwnModel(text.slice(first, headerEnd < 0 ? text.length : headerEnd), own))
    return null;
  if (OTHERS_LEAD_IN.test(leadIn) && !LEAD_IN_COMPARES.test(leadIn) && !namesOwnModel(leadIn, own))
    return "other-model";
  if (introducesSiblingRows(leadIn, own)) return "other-model";
  const comparing = (cue) => cue !== void 0 && cues.comparison.test(cue);
  const clauses = clauseSubjects(leadIn, own, cues);
  const others = clauses.some(
    ({ clause, verdict }) => verdict.subject === "other-model" && verdict.basis === "cue" && !comparing(verdict.cue) && !cues.comparison.test(clause.text) && POINTS_AHEAD.test(clause.text)
  );
  if (others) return "other-model";
  return clauses.length && clauses.every(({ verdict }) => verdict.subject === "models-in-general") ? "models-in-general" : null;
}
var OWN_LINE = /^[ \t]*(?:$|[-*+•][ \t]|\d{1,3}[.)][ \t]|\||#|>|```|~~~|---|<)/;
var NOT_PROSE = /^(?: {4}|\t)|^[ \t]*(?:\||#|```|~~~|---|\*\*[^*]+\*\*:?[ \t]*$)|[={}]|\([ \t]*$|^[ \t]*\)/;
function isProseLine(line) {
  return !NOT_PROSE.test(line);
}
var SENTENCE_END2 = /(?<![^\p{L}](?:al|e\.g|i\.e|vs|cf|approx|ca|art|no|nr|fig|sec|inc|ltd|co|etc|dr|prof|z\.b|bzw|vgl))[.!?][*_)"'”’]*\s+(?=\S)/giu;
var WRAP_REACH = 400;
function sentenceAcrossLines(text, start, end) {
  let from = start;
  while (start - from < WRAP_REACH) {
    const lineStart = text.lastIndexOf("\n", from - 1) + 1;
    const lineEnd = text.indexOf("\n", lineStart);
    const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
    if (lineStart === 0 || OWN_LINE.test(line) || !isProseLine(line)) break;
    if (text.slice(lineStart, from).trim()) break;
    const previousStart = text.lastIndexOf("\n", lineStart - 2) + 1;
    const previous = text.slice(previousStart, lineStart - 1);
    if (!previous.trim() || !isProseLine(previous) || /[.!?:][*_)"'”’]*\s*$/.test(previous) || areFieldLines(previous, line))
      break;
    const ends = [...previous.matchAll(SENTENCE_END2)];
    const last = ends[ends.length - 1];
    from = previousStart + (last ? last.index + last[0].length : 0);
    if (last) break;
  }
  let to = end;
  while (to - end < WRAP_REACH && !/[.!?:][*_)"'”’]*\s*$/.test(text.slice(from, to))) {
    const newline = text.indexOf("\n", to - 1 >= 0 && text[to - 1] === "\n" ? to - 1 : to);
    if (newline < 0 || text.slice(to, newline).trim()) break;
    const nextEnd = text.indexOf("\n", newline + 1);
    const next = text.slice(newline + 1, nextEnd < 0 ? text.length : nextEnd);
    const current = text.slice(text.lastIndexOf("\n", newline - 1) + 1, newline);
    if (OWN_LINE.test(next) || !isProseLine(next) || !isProseLine(current) || areFieldLines(current, next)) break;
    const stop = /[.!?](?=\s|$)/.exec(next);
    to = newline + 1 + (stop ? stop.index + 1 : next.length);
    if (stop) break;
  }
  return from === start && to === end ? text.slice(start, end) : text.slice(from, to);
}
var judgedByCard = /* @__PURE__ */ new WeakMap();
function severalClauses(statement, own, cues) {
  if (clausesOf(statement, cues).length < 2) return null;
  let known = judgedByCard.get(own);
  if (!known) judgedByCard.set(own, known = /* @__PURE__ */ new Map());
  let judged = known.get(statement);
  if (!judged) known.set(statement, judged = clauseSubjects(statement, own, cues));
  return judged;
}
function clauseSubjectAt(statement, at, own, cues) {
  const before = statement.slice(0, at);
  if (inOthersPhrase(before) || otherModelAttachedBefore(before, own, cues)) return "other-model";
  if (isDigit(statement.charCodeAt(at)) && insideOthersName(statement, at, own, cues)) return "other-model";
  const judged = severalClauses(statement, own, cues);
  if (!judged) return "this-model";
  let found = judged[0];
  for (const entry of judged) if (entry.clause.start <= at) found = entry;
  return found.verdict.subject === "other-model" && found.verdict.basis === "cue" ? "other-model" : "this-model";
}
var isDigit = (code) => code >= 48 && code <= 57;
var SIZE_AFTER_NAME = /^[ -]\d+(?:\.\d+)?[BMK]\b/;
function insideOthersName(statement, at, own, cues) {
  return otherModelMentions(statement, own, cues).some((mention) => {
    const end = mention.index + mention.length;
    const size = SIZE_AFTER_NAME.exec(statement.slice(end, end + 12));
    return at >= mention.index && at < end + (size ? size[0].length : 0);
  });
}
function withoutOthersVersions(text, facts) {
  if (!/\d/.test(text)) return text;
  const cues = cardSubjectCues(facts);
  const own = ownNames(facts, cues);
  for (const mention of otherModelMentions(text, own, cues).reverse()) {
    const end = mention.index + mention.length;
    const size = SIZE_AFTER_NAME.exec(text.slice(end, end + 12));
    const word = new RegExp("^\\p{L}+", "u").exec(text.slice(mention.index, end))?.[0] ?? "";
    text = text.slice(0, mention.index) + word + text.slice(end + (size ? size[0].length : 0));
  }
  return text;
}
var OTHERS_TITLE = /\b(?:reference|upstream|original|parent|teacher|base model|from [^)\n]{0,40}(?:card|report|paper)|as (?:published|reported) by)\b/i;
var FROM_OTHERS_CARD = /\b(?:from|per|as in|copied from|quoted from) (?:the )?(?:[\p{L}\p{N}._-]+ )?(?:original|base|upstream|parent|teacher)(?: model)?(?:['’]s)? (?:model )?card\b/iu;
var LEADING_NAME = new RegExp("^\\W*(\\p{L}[\\p{L}\\p{N}]*(?:[-_.][\\p{L}\\p{N}]+)+)", "u");
var COMPARED_TITLE = /^\W*(?:competitors?|competing (?:models?|systems?)|rivals?|baselines|baseline (?:results|scores|figures|numbers|models|systems)|comparison models?)(?![\p{L}])/iu;
var COMPANION_TITLE = /\b(?:companion|accompanying|predecessor|third-party|partner) (?:device|app|application|product|hardware|instrument)s?\b/i;
function titleGivesOthers(title, facts) {
  const opening = LEADING_NAME.exec(title)?.[1];
  if (opening && /\d/.test(opening)) {
    const own2 = ownNames(facts, cardSubjectCues(facts));
    if (namesSiblingVersion(title, own2) && !isOwnName(opening, own2) && !RELATES_TO_OWN.test(title)) return true;
  }
  if (BASE_PARTY_TITLE.test(title) && (!/original/i.test(title) || namesItsOrigin(ownNames(facts, cardSubjectCues(facts)))))
    return true;
  if (FAMILY_OTHERS.test(title)) return true;
  if (labelGivesOthersTopic(title, ownNames(facts, cardSubjectCues(facts)))) return true;
  if (labelNamesOther(title, ownNames(facts, cardSubjectCues(facts)))) return true;
  if (new RegExp("\\p{Lu}", "u").test(title)) {
    const own2 = ownNames(facts, cardSubjectCues(facts));
    if (artefactNamed(title, own2) && !namesOwnModel(title, own2, true)) return true;
  }
  if (COMPARED_TITLE.test(title) && title !== facts.sections.find((section) => section.depth === 1)?.title) return true;
  if (COMPANION_TITLE.test(title)) return true;
  if (!OTHERS_TITLE.test(title)) return false;
  const cues = cardSubjectCues(facts);
  const own = ownNames(facts, cues);
  const copied = FROM_OTHERS_CARD.exec(title);
  if (copied && (!/\boriginal\b/i.test(copied[0]) || namesItsOrigin(own))) return true;
  return !namesOwnModel(title, own) && otherModelMentions(title, own, cues).length > 0;
}
var BASE_PARTY_TITLE = /^\W*(?:base|parent|upstream|teacher|original|foundation)[ _-]model[ _.:'’s-]+(?:provider|contact|developer|creator|maker|author|owner|support|e-?mail|homepage|licen[cs]e|terms)\b/i;
var ROLE_APPOSITIVE = new RegExp("(\\p{L}[\\p{L}\\p{N}]*(?:[-_.][\\p{L}\\p{N}]+)+),\\s+(?:an?|the|its|our)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:teacher|base|parent|upstream|predecessor|reference|foundation)(?: model)?\\b[^;.]*", "u");
var ROLE_DASH_APPOSITIVE = /\b(?:teacher|base|parent|upstream|predecessor|reference|foundation|flagship)(?: model)?(\s*[—–]\s*(?:an?|the)\s[^—–\n]*[—–]?)/iu;
var OPENING_COMPARISON_CLAUSE = /^\W*(?:unlike|compared (?:to|with)|as opposed to|in contrast to)\s[^,;]*[,;]/i;
function ownClausesText(statement, own, cues) {
  const compared = OPENING_COMPARISON_CLAUSE.exec(statement);
  if (compared) statement = " ".repeat(compared[0].length) + statement.slice(compared[0].length);
  const apposition = ROLE_APPOSITIVE.exec(statement);
  if (apposition && !namesOwnModel(apposition[1], own, true)) {
    const from = apposition.index + apposition[1].length;
    statement = statement.slice(0, from) + " ".repeat(apposition[0].length - apposition[1].length) + statement.slice(from + apposition[0].length - apposition[1].length);
  }
  const dashed = ROLE_DASH_APPOSITIVE.exec(statement);
  if (dashed) {
    const from = dashed.index + dashed[0].length - dashed[1].length;
    statement = statement.slice(0, from) + " ".repeat(dashed[1].length) + statement.slice(from + dashed[1].length);
  }
  const judged = severalClauses(statement, own, cues);
  if (!judged) return statement;
  return judged.filter(({ verdict }) => !(verdict.subject === "other-model" && verdict.basis === "cue")).map(({ clause }) => clause.text).join(" ");
}

// src/facts/terms.ts
var NO_TOPIC = "none";
var EMPTY_TERMS = { topics: [], byFirst: /* @__PURE__ */ new Map() };
var WORD = /[\p{L}\p{N}]+/gu;
var COMBINING = /[\u0300-\u036f]/g;
function stem(word) {
  let w = word.toLowerCase().normalize("NFKD").replace(COMBINING, "").replace(/ß/g, "ss");
  if (w.length <= 3) return w;
  if (/(?:ung|heit|keit|ion)en$/.test(w) && w.length > 7) w = w.slice(0, -2);
  else if (w.endsWith("ies") && w.length > 4) w = w.slice(0, -3) + "y";
  else if (w.endsWith("ses") && w.length > 5) w = w.slice(0, -2);
  else if (w.endsWith("s") && !/(?:ss|us|is|as)$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith("ing") && w.length > 5) w = w.slice(0, -3);
  else if (w.endsWith("ed") && w.length > 4) w = w.slice(0, -2);
  if (w.endsWith("e") && w.length > 3) w = w.slice(0, -1);
  return w;
}
function stems(text) {
  return (text.match(WORD) ?? []).map(stem);
}
function buildTermIndex(entries) {
  const byFirst = /* @__PURE__ */ new Map();
  const topics = [];
  for (const { topic, term } of entries) {
    if (!topics.includes(topic) && topic !== NO_TOPIC) topics.push(topic);
    const whole = term.startsWith("=");
    const text = whole ? term.slice(1) : term;
    const termStems = stems(text);
    if (termStems.length === 0) continue;
    const list2 = byFirst.get(termStems[0]) ?? [];
    list2.push({ topic, stems: termStems, whole, text });
    byFirst.set(termStems[0], list2);
    if (termStems.length > 1 && !whole) {
      const joined = stems(text.replace(/[\s-]+/g, ""));
      if (joined.length === 1 && joined[0] !== termStems[0]) {
        const joinedList = byFirst.get(joined[0]) ?? [];
        joinedList.push({ topic, stems: joined, whole, text });
        byFirst.set(joined[0], joinedList);
      }
    }
  }
  for (const list2 of byFirst.values()) list2.sort((a, b) => b.stems.length - a.stems.length);
  return { topics, byFirst };
}
function topicsIn(label, index) {
  const words = stems(label);
  const found = [];
  for (let i = 0; i < words.length; ) {
    let length = 0;
    for (const term of index.byFirst.get(words[i]) ?? []) {
      if (length > 0 && term.stems.length < length) break;
      if (term.whole && (i !== 0 || term.stems.length !== words.length)) continue;
      if (!term.stems.every((s, k) => words[i + k] === s)) continue;
      length = term.stems.length;
      if (term.topic !== NO_TOPIC && !found.includes(term.topic)) found.push(term.topic);
    }
    i += Math.max(length, 1);
  }
  return found;
}

// src/facts/vocabulary.ts
var DEFAULT_FILES = { sections: "rules/vocabulary/sections.yaml", boilerplate: "rules/vocabulary/boilerplate.yaml" };
var SECTION_NAME = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
function compileVocabulary(sectionsYaml, boilerplateYaml, files = DEFAULT_FILES, checkPattern) {
  return {
    sections: compileSections(sectionsYaml, files.sections, checkPattern),
    boilerplate: compileBoilerplate(boilerplateYaml, files.boilerplate, checkPattern),
    terms: EMPTY_TERMS,
    subject: null
  };
}
var LANGUAGES = ["en", "de", "fr", "es", "it", "nl"];
function compileTerms(source, file = "rules/vocabulary/duty-names.yaml") {
  const { root, lineOf } = parseRoot(source, file, "terms");
  const pair = topLevelPair(root, "terms", file, lineOf);
  const topics = pair.value;
  if (!(0, import_yaml2.isMap)(topics))
    throw new Error(
      `${file}:${lineOf(topics ?? pair.key)}: expected "terms:" to be a mapping of topics to term lists per language`
    );
  const entries = [];
  for (const topicPair of topics.items) {
    const topic = (0, import_yaml2.isScalar)(topicPair.key) ? topicPair.key.value : void 0;
    if (typeof topic !== "string" || !SECTION_NAME.test(topic)) {
      throw new Error(
        `${file}:${lineOf(topicPair.key)}: expected a kebab-case topic such as "adversarial-testing", got ${JSON.stringify(topic ?? null)}`
      );
    }
    const languages = topicPair.value;
    if (!(0, import_yaml2.isMap)(languages))
      throw new Error(
        `${file}:${lineOf(languages ?? topicPair.key)}: expected the terms of "${topic}" by language (${LANGUAGES.join(", ")})`
      );
    for (const languagePair of languages.items) {
      const language = (0, import_yaml2.isScalar)(languagePair.key) ? languagePair.key.value : void 0;
      if (typeof language !== "string" || !LANGUAGES.includes(language)) {
        throw new Error(
          `${file}:${lineOf(languagePair.key)}: expected a language code (${LANGUAGES.join(", ")}), got ${JSON.stringify(language ?? null)}`
        );
      }
      for (const { text } of patternList(languagePair, file, lineOf, `"${topic}" terms in ${language}`))
        entries.push({ topic, term: text });
    }
  }
  return buildTermIndex(entries);
}
function compileSubjectVocabulary(source, file = "rules/vocabulary/statement-subject.yaml") {
  const { root, lineOf } = parseRoot(source, file, "subject");
  const pair = topLevelPair(root, "subject", file, lineOf);
  const value = pair.value;
  if (!(0, import_yaml2.isMap)(value))
    throw new Error(`${file}:${lineOf(value ?? pair.key)}: expected "subject:" to be a mapping`);
  try {
    return compileSubjectCues(value.toJSON());
  } catch (error) {
    throw new Error(`${file}:${lineOf(value)}: ${error.message}`, { cause: error });
  }
}
var MEMO_LIMIT = 2e4;
var memos = /* @__PURE__ */ new WeakMap();
function canonicalNames(normalizedHeading, vocabulary) {
  let memo = memos.get(vocabulary);
  if (!memo) memos.set(vocabulary, memo = /* @__PURE__ */ new Map());
  let names = memo.get(normalizedHeading);
  if (!names) {
    names = matchNames(normalizedHeading, vocabulary);
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(normalizedHeading, names);
  }
  return [...names];
}
function matchNames(heading, vocabulary) {
  const latin = latinPart(heading);
  const headingIsPlain = textKind(heading) === "plain";
  const latinIsPlain = latin !== null && textKind(latin) === "plain";
  const names = [];
  for (const section of vocabulary.sections) {
    if (section.patterns.some(
      (pattern) => testFromStart(headingPattern(pattern, headingIsPlain), heading) || latin !== null && testFromStart(headingPattern(pattern, latinIsPlain), latin)
    )) {
      names.push(section.name);
    }
  }
  return names;
}
var fastTwins = /* @__PURE__ */ new WeakMap();
function headingPattern(pattern, plainText) {
  if (!plainText) return pattern;
  let fast = fastTwins.get(pattern);
  if (fast === void 0) fastTwins.set(pattern, fast = fastVariant(pattern.source, pattern.flags));
  return fast ? fast.pattern : pattern;
}
function testFromStart(pattern, text) {
  if (pattern.global || pattern.sticky) pattern.lastIndex = 0;
  return pattern.test(text);
}
var BILINGUAL_PREFIX = /^[^\sa-z]+(?:\s+|\s*\(\s*)(?=[a-z])/u;
function latinPart(heading) {
  if (heading.charCodeAt(0) < 128) return null;
  const prefix = BILINGUAL_PREFIX.exec(heading);
  if (!prefix) return null;
  return heading.slice(prefix[0].length).replace(/\)$/, "").trim();
}
function compileSections(source, file, checkPattern) {
  const { root, lineOf } = parseRoot(source, file, "sections");
  const sectionsPair = topLevelPair(root, "sections", file, lineOf);
  const sectionsNode = sectionsPair.value;
  if (!(0, import_yaml2.isMap)(sectionsNode)) {
    throw new Error(
      `${file}:${lineOf(sectionsNode ?? sectionsPair.key)}: expected "sections:" to be a mapping of canonical names to lists of patterns`
    );
  }
  return sectionsNode.items.map((pair) => {
    const name = (0, import_yaml2.isScalar)(pair.key) ? pair.key.value : void 0;
    if (typeof name !== "string" || !SECTION_NAME.test(name)) {
      throw new Error(
        `${file}:${lineOf(pair.key)}: expected a kebab-case section name such as "training-data", got ${JSON.stringify(name ?? null)}`
      );
    }
    const patterns = patternList(pair, file, lineOf, `patterns for "${name}"`).map(({ text, node }) => {
      const pattern = compilePattern(text, "iu", file, lineOf(node), checkPattern);
      if (pattern.test("")) {
        throw new Error(
          `${file}:${lineOf(node)}: expected a pattern that needs some heading text; /${text}/ matches an empty heading`
        );
      }
      return pattern;
    });
    return { name, patterns };
  });
}
function compileBoilerplate(source, file, checkPattern) {
  const { root, lineOf } = parseRoot(source, file, "boilerplate");
  const pair = topLevelPair(root, "boilerplate", file, lineOf);
  return patternList(pair, file, lineOf, "boilerplate patterns").map(({ text, node }) => {
    const pattern = compilePattern(softWrapped(text), "giu", file, lineOf(node), checkPattern);
    if (new RegExp(pattern.source, "iu").test("")) {
      throw new Error(
        `${file}:${lineOf(node)}: expected a pattern that needs some text; /${text}/ matches the empty string`
      );
    }
    return pattern;
  });
}
var SOFT_SPACE = String.raw`(?:[ \t]{1,10}|[ \t]{0,10}\r?\n[ \t]{0,10})`;
function softWrapped(pattern) {
  let out = "";
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i];
    if (char === "\\") {
      out += char + (pattern[++i] ?? "");
      continue;
    }
    if (inClass) inClass = char !== "]";
    else if (char === "[") inClass = true;
    out += char === " " && !inClass && !/[{?*+]/.test(pattern[i + 1] ?? "") ? SOFT_SPACE : char;
  }
  return out;
}
function parseRoot(source, file, key) {
  const lineCounter = new import_yaml2.LineCounter();
  const document = (0, import_yaml2.parseDocument)(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lineAt = (offset) => lineCounter.linePos(offset).line;
  const error = document.errors[0];
  if (error) throw new Error(`${file}:${lineAt(error.pos[0])}: expected valid YAML (${error.message.split("\n")[0]})`);
  const lineOf = (node) => lineAt(node?.range?.[0] ?? 0);
  const root = document.contents;
  if (!(0, import_yaml2.isMap)(root)) throw new Error(`${file}:${lineOf(root)}: expected a mapping with the single key "${key}:"`);
  return { root, lineOf };
}
function topLevelPair(root, key, file, lineOf) {
  for (const pair2 of root.items) {
    const name = (0, import_yaml2.isScalar)(pair2.key) ? pair2.key.value : void 0;
    if (name !== key)
      throw new Error(
        `${file}:${lineOf(pair2.key)}: expected only the key "${key}:", got ${JSON.stringify(name ?? null)}`
      );
  }
  const pair = root.items.find((item) => (0, import_yaml2.isScalar)(item.key) && item.key.value === key);
  if (!pair) throw new Error(`${file}:1: expected a top-level key "${key}:"`);
  return pair;
}
function patternList(pair, file, lineOf, what) {
  const list2 = pair.value;
  if (!(0, import_yaml2.isSeq)(list2) || list2.items.length === 0) {
    throw new Error(
      `${file}:${lineOf(list2 ?? pair.key)}: expected a non-empty list of ${what} (regular expressions as strings)`
    );
  }
  return list2.items.map((item) => {
    const node = item;
    if (!(0, import_yaml2.isScalar)(node) || typeof node.value !== "string" || node.value.trim() === "") {
      throw new Error(`${file}:${lineOf(node)}: expected a regular expression as a non-empty string in the ${what}`);
    }
    return { text: node.value, node };
  });
}
function compilePattern(text, flags, file, line, checkPattern) {
  let pattern;
  try {
    pattern = new RegExp(text, flags);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`${file}:${line}: expected a valid JavaScript regular expression (${reason})`, { cause: error });
  }
  const unsafe = checkPattern?.(text, flags);
  if (unsafe) throw new Error(`${file}:${line}: expected a linear-time pattern: ${unsafe}`);
  return pattern;
}

// src/facts/statement-mode.ts
var STATEMENT_MODES = [
  "reported",
  "linked",
  "planned",
  "advised",
  "negated",
  "withheld",
  "hypothetical",
  "placeholder",
  "asked",
  "retracted"
];
var NEVER_EVIDENCE = [
  "planned",
  "withheld",
  "hypothetical",
  "placeholder",
  "asked",
  "retracted"
];
var BARE_DENIAL = /^[\s|*_:.✗✘✕❌-]*(?:[✗✘✕❌]|(?:not|never)(?: yet| formally| independently| publicly)? (?:prepared|drawn up|performed|conducted|done|carried out|applied|run|undertaken|implemented|available|provided|published|planned|evaluated|tested|assessed|audited|measured|tracked|recorded|attached|added|included|embedded|examined|tried|stated|given|documented|reported|mentioned|listed|specified|defined|determined|known)(?: (?:for|on|of|to|in|at|with|by) (?:this |the |our )?[^.;,:|]{1,40})?(?: (?:at (?:this|the present) time|yet|so far|currently))?|(?:non|nicht|no|niet) (?:disponible|verfügbar|disponibile|beschikbaar)s?(?: (?:pour|für|para|per|voor|dans|in|en|door|par|von|da|por) [^.;,:|]{1,40})?|none(?: (?:performed|conducted|done|provided|available|published|given|applied|implemented|named|appointed|designated|identified|specified|listed|reported|documented))?(?: (?:for|on) (?:this|the) (?:checkpoint|model|release|version))?|no|nein|non|nee|ninguno|ninguna|aucun|aucune|keine?|nessuno|nessuna|geen|(?:no|nicht|non|niet) (?:incluid[oa]s?|enthalten|inclus(?:e|es)?|inclus[oi]|opgenomen|aplicad[oa]s?|angewendet|appliqu[ée]e?s?|applicat[oi]|toegepast))[\s|*_.!·•]*$/i;
function isBareDenial(text) {
  return text.length < 80 && (BARE_DENIAL.test(text) || boxesDeny(text));
}
var BOXES_ONLY = new RegExp("^[\\s|*_:.-]*(?:\\p{L}+\\s+(?=[[\u2610\u2612\u2611\u2705]))?(?:(?:\\[[ xX\u2713\u2714]\\]|[\u2610\u2612\u2611\u2705])\\s*\\p{L}+[\\s,;/]*)+[\\s|*_.]*$", "u");
function boxesDeny(text) {
  return BOXES_ONLY.test(text) && ticksNo(text);
}
function ticksNo(text) {
  const ticked = TICKED_BOX.exec(text);
  return ticked !== null && TICKED_DENIAL.test(ticked[0]) && !TICKED_ASSENT.test(text);
}
var BARE_VERDICT = /^[\s|*_:.]*(?:(?:fully|partially|partly|largely|substantially) )?(?:compliant|complies|conformant|noted|acknowledged|accepted|agreed|conforme|partiellement conforme|cumple(?: parcialmente)?|erfüllt|teilweise erfüllt|voldoet(?: gedeeltelijk)?|gedeeltelijk conform|conforme parzialmente|parzialmente conforme)[\s|*_.!]*$/i;
var OPEN_VERDICT = /^[\s|*_:.]*(?:will comply|will be (?:fully )?compliant|to comply|under review|not yet compliant|compliance (?:planned|pending|in progress)|(?:se )?conformera|cumplirá|wird erfüllt|zal voldoen|sarà conforme)[\s|*_.!]*$/i;
function verdictOf(content) {
  const value = content.replace(LEAD_LABEL2, "");
  if (value.length > 60) return null;
  if (BARE_VERDICT.test(value)) return "placeholder";
  return OPEN_VERDICT.test(value) ? "planned" : null;
}
var MAX_REACH = 600;
var LIST_MARKER2 = /^\s*(?:[-*+•]|\d{1,3}[.)])\s+/;
var LEAD_LABEL2 = /^(?!(?:if|when|before|once|please)\b)(?:[^:.!?\n]|\.(?= ?\d)){1,60}?(?::(?!\/\/)|\s[-–—]\s)\s*/i;
var DECORATION2 = /[*_`>#]+/g;
var CELL_END = /\s*\|\s*$/;
var LIST_INTRODUCTION = /^\S+(?:\s+\S+){3,}\s*:$/;
var PLACEHOLDER = /^(?:tbd|tba|tbc|todo|to ?do|n\/?a|n\/d|none|nil|null|unknown|pending|wip|work in progress|coming soon|soon|not (?:yet )?(?:available|specified|disclosed|provided|applicable)|nicht (?:spezifiziert|angegeben|verfügbar|bekannt)|non (?:spécifiée?|précisée?|communiquée?|specificat[oa]|indicat[oa])|no (?:especificad[oa]|indicad[oa])|niet (?:gespecificeerd|opgegeven|vermeld)|\(?(?:empty|blank|leer|leeg|vide|vac[ií]o|vuoto)\)?|~|to be (?:added|announced|determined|confirmed|completed|updated|published|released|provided|defined|appointed|designated|named|decided|filed|documented)(?: later| soon)?|wordt nog (?:vastgesteld|bepaald)|nog te bepalen|noch (?:offen|festzulegen|zu bestimmen)|à (?:déterminer|définir|préciser)|por (?:determinar|definir)|da (?:definire|determinare|stabilire)|more information needed|more info needed|just guessing|just a guess|not sure|no idea|unsure|unclear|i (?:think|guess|believe|suppose) so|\[[^\]]*\]|""|''|\{\{.*\}\}|<[^>]*>|x{2,}|:?[-–—]+:?|\.{3}|…|\?+|lorem ipsum.*)(?:\s+\((?![^()]*(?:https?:|www\.|\/))[^()]{1,60}\))?\s*[.!]?$/i;
var UNCONFIRMED_VALUE = /^[^.;:()]{1,40}\((?:tbc|tbd|to be (?:confirmed|decided|determined))\)\W*$/i;
var TEMPLATE_SLOT = /\]\((?:#|(?:LINK|URL)_TO(?:_[A-Z0-9]+)+)\)|\byour[-_.]?(?:e-?mail|name|address)@|@your[-_.]?(?:org|organi[sz]ation|company|domain|team|lab)\.|\b(?:e-?mail|name|user|contact)@(?:example|domain|company)\.(?:com|org)\b|\{\{[^{}\n]{1,80}\}\}|<(?:to be |please )?(?:insert(?:ed)?|add(?:ed)?|your|enter(?:ed)?|fill(?:ed)?|select(?:ed)?|choose|pick|complete[d]?)\b[^<>\n]{0,60}>|\[(?:insert|add|your|enter|fill in)\b[^\]\n]{0,60}\]|\[(?:link|url) to\b[^\]\n]{0,80}\](?![([])|\[(?:link|url|here)\](?![([])|\[[^\]\n]{0,60}\bto (?:be )?insert(?:ed)?\b[^\]\n]{0,60}\]|\[[^\]\n]{0,80}\binsert (?:from|here|later|below|above)\b[^\]\n]{0,40}\]|\[(?:to (?:be )?(?:complete[d]?|fill(?:ed)?(?: in)?|add(?:ed)?|write|written|do|document(?:ed)?)|todo|tbd|fixme)\b[^\]\n]{0,80}\]/i;
var UPPER_SLOT = /\+X{1,3}(?:[ -]?X{2,4}){2,}|<[A-Z][A-Z0-9_]{2,40}>|\[(?:[A-Z][A-Z0-9-]*(?: [A-Z0-9-]+){1,5}|LINK|URL|DATE|NAME|E-?MAIL|CONTACT|ADDRESS|VERSION|LICEN[CS]E|COMPANY|PROVIDER|PLACEHOLDER|TBD|TODO)\](?![([:])|\]\((?:(?:[A-Z][A-Z0-9]*_)+(?:LINK|URL|HREF|HERE)|(?:YOUR|INSERT)(?:_[A-Z0-9]+)+)\)/;
var LOWER_SLOT = /\[(?:contact (?:e-?mail|address|details|person)|e-?mail address|phone number)\](?![([])|<[a-z]+[ _-](?:name|e-?mail|address|url|link|contact)>|<(?:e-?mail|url|link|contact|address|name|phone|website|homepage|date|version|org(?:ani[sz]ation)?|company|team|repo(?:sitory)?|int|integer|float|number|string|bool|value|correo|contacto|courriel|adresse|kontakt|indirizzo|contatto|adres|nombre|nom|naam|fecha|datum)(?:(?:,\s?|[ _-])[\p{L}\p{N} ,-]{1,30})?>/iu;
var PLANNED_KEY = /^[\p{L}\p{N}_. -]{1,40}[._ ](?:expected|eta|target|due|planned|scheduled)(?:[._ ](?:date|by|on|for))?\s*:/iu;
var PLANNED_LABEL = /^(?:coming(?: soon| later| next| in| with)?|planned|upcoming|roadmap|future(?: work| releases?| versions?)?|next (?:release|version)|not yet (?:available|supported)|in progress|geplant|prévu|previsto|gepland)\b[^:]{0,30}(?::|\s[-–—]\s)/i;
var ADVICE_LABEL = /^(?:(?:our|my) (?:general |usual |standard |honest |best |own )?(?:advice|recommendations?|tips?|suggestions?)|(?:pro )?tips?|best practices?|hints?|advice|good practice|psa|reminder|heads[- ]up|(?:note|guidance|recommendations?|advice) (?:to|for) (?:deployers|developers|users|integrators|operators)|conseils?|consejos?|consigli|tipps?|hinweis für (?:betreiber|entwickler|nutzer)\w*)\b[^:]{0,30}(?::|\s[-–—]\s)/i;
var TODO_NOTE = /^(?:todo|tbd|tba|fixme|xxx)\b/i;
var LEFT_TO_FILL = /^(?:(?:still |yet )?to be (?:filled in|filled out|completed|confirmed)|nog in te vullen|nog te (?:bevestigen|vullen)|noch (?:auszufüllen|zu ergänzen|zu bestätigen)|à (?:compléter|remplir|confirmer)|por (?:completar|rellenar|confirmar)|da (?:compilare|completare|confermare))(?![\p{L}])(?: (?:by|door|von|durch|par|por|da|dal|dalla|dai) [^.;]{1,40})?\s*[.!]?$/iu;
var SIGN_OFF = /^(?:(?:(?:kind|best|warm|warmest|many) )?regards|with (?:best|kind) regards|(?:yours )?sincerely(?: yours)?|yours (?:faithfully|truly)|(?:mit )?(?:freundlichen|besten|herzlichen) grüßen|(?:freundliche|beste|herzliche|viele) grüße|(?:bien )?cordialement|(?:sincères |meilleures )?salutations|atentamente|(?:un )?saludos?(?: cordiales)?|(?:cordiali|distinti) saluti|cordialmente|(?:met )?(?:vriendelijke|hartelijke) groet(?:en)?)(?![\p{L}])(?:[,.!]?\s+[^@\d:/\n]{0,100})?[.!]?$/iu;
var ACKNOWLEDGEMENT_WORDS = String.raw`(?:thank you|thanks|many thanks|noted|duly noted|apologies|understood|acknowledged|we (?:have )?(?:duly )?take?n? note(?: of (?:this|it|that))?|vielen dank|danke(?: schön)?|(?:zur kenntnis genommen|wir nehmen (?:dies|das) zur kenntnis)|merci(?: beaucoup)?|(?:c'est |bien )?noté|nous en prenons (?:bonne )?note|(?:muchas )?gracias|tomamos nota|grazie(?: mille)?|ne prendiamo atto|(?:ne )?abbiamo preso nota|(?:hartelijk )?bedankt|dank u(?: wel)?|genoteerd|wij nemen (?:hiervan|daarvan) kennis)`;
var ACKNOWLEDGEMENT = new RegExp(
  String.raw`^${ACKNOWLEDGEMENT_WORDS}(?:[,;.!]?\s*${ACKNOWLEDGEMENT_WORDS})*[.!]?$`,
  "iu"
);
var DASH_SIGNATURE = new RegExp("^[\u2014\u2013]\\s*\\p{Lu}[^.!?;:@\\d\\n]{0,80}$", "u");
var TEAM_SIGNATURE = /^(?=[^,]*(?:compliance|legal|regulatory|conformit|cumplimiento|naleving))(?=[^,]*(?:team|office|department|desk|affairs|équipe|equipo|squadra|afdeling))(?:[\p{L}&'’-]+ ?){1,4}(?:,\s*(?:[\p{L}&.'’-]+ ?){1,4})?$/iu;
var REACTION = /^(?:[+-]1|lol|lmao|rofl|haha+|hehe+|ok(?:ay)?|kk?|nice(?: one)?|cool|great|awesome|agreed|same|this|yep|yup|sure|oof|ouch|wow|fair(?: enough)?|ty|thx|gg|ack)(?:[\s,.!]+(?:[+-]1|lol|ok(?:ay)?|nice|cool|thanks|thank you|ty|thx|agreed|same))*[\s.!]*$/i;
function isCourtesy(text) {
  return SIGN_OFF.test(text) || ACKNOWLEDGEMENT.test(text) || DASH_SIGNATURE.test(text) || TEAM_SIGNATURE.test(text) || REACTION.test(text);
}
var NO_REPLY = /^(?:no|keine|pas de|sin|nessuna|geen) (?:[\p{L}-]+ )?(?:reply|replies|answer|answers|response|responses|Antwort|réponse|respuesta|risposta|antwoord)(?: (?:yet|so far))?[\s.!]*$/iu;
var BARE_ANSWER = /^(?:no|nein|non|nee)[\s.!]*$/i;
var SHORT_DENIAL = /^(?:(?:honestly|frankly|sadly|unfortunately|well|um+|uh+|nah|ehrlich gesagt|leider|franchement|malheureusement|sinceramente|lamentablemente|purtroppo|eerlijk gezegd|helaas),?\s+)?(?:no|nope|nah|not yet|not really|not at all|nein|noch nicht|nicht wirklich|non|pas encore|pas vraiment|todavía no|aún no|no todavía|non ancora|ancora no|nee|nog niet)(?:,?\s+(?:tbh|honestly|sorry|unfortunately|not yet|yet|leider|désolé|lo siento|purtroppo|helaas))?[\s.!…]*$/i;
var MAIL_SUBJECT = /^(?:(?:subject|betreff|objet|asunto|oggetto|onderwerp)\s*:\s*)?(?:(?:re|aw|fwd?|wg|tr|rv)\s*:\s*)+[^.!?;\n]{1,100}$|^(?:subject|betreff|objet|asunto|oggetto|onderwerp)\s*:[^.!?;\n]{1,100}$/i;
var FINDING_RATING = /^(?:severity|priority|risk (?:rating|level)|rating|criticality|likelihood|gravité|criticité|priorité|niveau de risque|schweregrad|kritikalität|priorität|risikostufe|gravedad|prioridad|nivel de riesgo|gravità|priorità|livello di rischio|ernst|ernstigheid|prioriteit|risiconiveau)\s*[:：]\s*(?:low|medium|moderate|high|critical|minor|major|informational|info|p[0-4]|[1-5](?:\s*\/\s*[45])?|élevée?|moyenne?|modérée?|faible|critique|mineure?|majeure?|hoch|mittel|niedrig|gering|kritisch|alta|alto|media|medio|moderada|baja|bajo|crítica|crítico|bassa|basso|critica|critico|hoog|gemiddeld|middel|matig|laag|kritiek)[\s.;,!]*$/iu;
var WORKFLOW_FIELD = /^(?:(?:assignee|assigned to|reporter|reviewer|watchers?|sprint|story points|due date|fix versions?|dri|eta|priority|prio|bearbeiter(?:in)?|zugewiesen an|assegnatari[oa]|asignad[oa] a|responsable asignado|toegewezen aan|behandelaar)\s*[:：]\s*[^.!?;:]{0,60}|(?:status|stato|estado|statut|state)\s*[:：]\s*(?:done|closed|resolved|completed?|open|reopened|to ?do|in progress|in review|blocked|scheduled|backlog|won'?t fix|erledigt|abgeschlossen|offen|in bearbeitung|completato|chiuso|aperto|in corso|terminée?|fermée?|ouverte?|en cours|hecho|cerrad[oa]|abiert[oa]|en curso|completad[oa]|klaar|gesloten|afgerond|in behandeling))[\s.·•|]*$/iu;
var TICKET_TITLE = /^[A-Z][A-Z0-9]{1,9}-\d{1,6}(?:\s*[·•|]\s*|\s+[—–-]\s+)(?:[^\s.!?;:]+ ?){1,9}[\s·•|]*$/u;
var CONFIRMED_ONLY = /^(?:[\p{L}'’-]+ ){0,3}[\p{L}'’-]+ (?:(?:has|have) confirmed (?:this|it|that|the above)|confirmed (?:this|it|that|the above)|(?:lo|la|l[o']) ha confirmado|l['’]a confirmée?|lo ha confermato|hat (?:dies|das|es) bestätigt|heeft (?:dit|dat|het) bevestigd)[\s.!]*$/iu;
var TEMPLATE_INSTRUCTION = /^(?:please )?(?:describe|provide|list|explain|add|insert|fill in|state|give|document|summari[sz]e|specify|enter|include|mention|name|link)\b[^.!?]{0,150}?\b(?:here|below|in this section)\s*[.!]?$/i;
var BLANK_TO_FILL = /:[*_]*\s*(?:[\p{L}.]+\s){0,2}_{2,}[\s.]*$/u;
var LEFT_BLANK = /\b(?:this|the present|that) (?:clause|section|field|item|paragraph|entry|point|part)\b[^.;]{0,30}?\b(?:is|has been|remains) (?:left )?(?:intentionally |deliberately )?(?:blank|empty|reserved)\b|\b(?:intentionally|deliberately) left (?:blank|empty)\b/i;
function guarded(needles, parts) {
  return { needles, pattern: new RegExp(parts.join("|"), "iu") };
}
function matchesAny(groups, text, lower) {
  for (const { needles, pattern } of groups)
    if ((!needles || needles.some((needle) => lower.includes(needle))) && pattern.test(text)) return true;
  return false;
}
var PLANNED = [
  guarded(null, [
    // "A statement of the intended uses shall be issued as Annex B upon conclusion of the product review": still to come.
    String.raw`\bshall be (?:issued|provided|published|made available|prepared|drawn up|released|added|completed|finali[sz]ed|supplied|appended|circulated|communicated)\b[^.;]{0,80}?\b(?:upon (?:the )?(?:conclusion|completion|approval|finali[sz]ation|adoption)|(?:after|following) (?:the )?(?:conclusion|completion|approval|review|finali[sz]ation)|in due course|at a later (?:date|stage)|by (?:Q[1-4]|\d{4}|the end of))\b`,
    // "controls to be implemented in the next phase", "The vendor has committed to publish the summary": not done yet.
    String.raw`\bto be (?:implemented|introduced|put in place|established|set up|rolled out|completed|finali[sz]ed|defined)\b[^.;]{0,40}?\b(?:next|coming|later|future|subsequent|upcoming|following) (?:phase|release|version|quarter|sprint|iteration|cycle|year|month)\b`,
    String.raw`\b(?:has|have|is|are) committed to (?:publish(?:ing)?|releas(?:e|ing)|provid(?:e|ing)|appoint(?:ing)?|notify(?:ing)?|shar(?:e|ing)|deliver(?:ing)?|mak(?:e|ing) available|disclos(?:e|ing))\b`,
    // "Aurel Labs wird die Kommission … benachrichtigen": the German future, an infinitive after "wird".
    String.raw`\b(?:wird|werden) (?:[\p{L}\p{N}-]+ ){0,6}(?:benachrichtigen|veröffentlichen|bereitstellen|ernennen|benennen|durchführen|einrichten|informieren|vorlegen|nachreichen|übermitteln|publizieren|ergänzen|liefern)(?![\p{L}])`,
    // "Details follow in due course", "Angaben folgen zu gegebener Zeit", "suivront en temps utile".
    String.raw`\b(?:follows?|to follow|will follow) (?:in due course|later|shortly|at a later (?:date|stage))\b|(?<![\p{L}])(?:zu gegebener Zeit|en temps utile|a su debido tiempo|a tempo debito|te zijner tijd)(?![\p{L}])`,
    // "details in our upcoming security whitepaper": a document not yet out.
    String.raw`\b(?:in|see|from) (?:our|the|an?) (?:upcoming|forthcoming|future|next) (?:[\w-]+ ){0,3}(?:whitepaper|white paper|paper|report|documentation|post|card|release|version)\b`,
    // "is intended to be used for chat" says what the model is for, not a plan.
    String.raw`\b(?:plan(?:s|ned|ning)?|intends?|(?<!\b(?:is|are|was|were|be|been|not|primarily|mainly|only|solely|specifically|also|originally|explicitly|exclusively|strictly|generally) )intended|aim(?:s|ing)?|hope|expect) to\b`,
    // "We are planning Koru-2, … with an expected budget of 3 × 10^25 FLOP": a model not yet trained.
    String.raw`\b(?:we|i)(?:'re| are| am) (?:currently )?planning\b|\bexpected (?:training )?(?:budget|compute|size|release date)\b`,
    String.raw`\b(?:is|are) going to\b`,
    // "The licence for Aurel-3 may differ and is subject to change": what the statement names is not settled.
    String.raw`^[^;,.]{0,80}\b(?:is|are|remains?) (?:still |currently )?subject to change\b`,
    // "Release dates haven't been announced yet": still to come, not denied.
    String.raw`\b(?:has|have|is|are)(?:n't| not)(?: yet)? (?:been )?(?:announced|scheduled)\b[^.;]*\byet\b|\bnot yet (?:been )?(?:announced|scheduled)\b|\bnot yet (?:been )?(?:set|fixed|decided|determined|confirmed|finali[sz]ed)\b(?! (?:up|on|upon)\b)`,
    // "three quotes received, no decision yet", "nothing was decided": a choice still open.
    String.raw`\bno (?:final )?decision (?:has been |was |is )?(?:made |taken |reached )?yet\b|\bnothing (?:has been |was )?(?:decided|settled|agreed)(?: (?:yet|so far))?\b`,
    // A label's value that is still to happen: "EU representative: to be appointed before launch".
    String.raw`^(?:still |yet )?to be (?:set out|laid (?:out|down)|spelled out|worked out|covered|addressed|appointed|named|designated|published|released|announced|added|decided|determined|confirmed|completed|provided|shared|documented|defined|updated|written|set up|done|detailed|described|specified|explained|clarified|reported|filed|sent|submitted|notified|issued|signed|uploaded|linked|posted|attached|calculated|computed|estimated|finali[sz]ed|carried out|conducted|performed|evaluated|tested|assessed|audited|reviewed)\b`,
    // "The policy text is to be inserted once approved": a part of the document still to come.
    String.raw`\b(?:is|are) (?:still |yet )?to be (?:inserted|added|provided|completed|written|drawn up|uploaded|linked|attached|filled in|supplied|defined|finali[sz]ed)\b`,
    // "Benchmarks folgen, sobald …", "les résultats suivront", "los resultados seguirán": still to come.
    String.raw`(?<![\p{L}])(?:folg(?:en|t),? (?:\S+ ){0,3}?(?:sobald|später|in Kürze|bald|demnächst|noch)|suivront|seguirán|seguiranno|volg(?:en|t),? (?:\S+ ){0,3}?(?:later|zodra|binnenkort|nog))(?![\p{L}])`,
    // "Diagram to be inserted (see Figure X)": a part of the card still to be written.
    String.raw`^(?:[\w-]+ ){1,3}(?:still |yet )?to be (?:inserted|added|provided|completed|written|drawn|uploaded|linked|attached|filled in|supplied)\b`,
    // "We are drafting a policy and will publish it with 1.0", "Check back here for the release date".
    String.raw`\b(?:we|i)(?:'re| are| am) (?:currently |still )?(?:drafting|preparing|writing|working on|finali[sz]ing|instrumenting|setting up|building out|rolling out)\b`,
    // "Our lawyers are putting the finishing touches on a policy", "Licence: still being discussed with legal": not settled yet.
    String.raw`\b(?:is|are|'re) (?:currently |still |now )?(?:putting the finishing touches (?:on|to)|wrapping up|finishing up)\b|\bstill (?:being )?(?:discussed|decided|negotiated|worked out|debated|under discussion)\b|\b(?:is|are) (?:still )?under discussion\b`,
    // "Full evaluation numbers are coming in the technical report": what a document still to appear will hold.
    String.raw`\b(?:is|are|'re) (?:still )?coming (?:in|with) (?:the|a|an|our) (?:[\w.-]+ ){0,2}(?:report|paper|whitepaper|release|version|update|card|post|documentation)\b`,
    // "Public summary on Commission template will be put online before 02.08.2025": published later.
    String.raw`\bwill be (?:put|made|placed|brought) (?:online|public|live|available)\b`,
    // Telegraphic plans: "Weights release planned Q3/2025", "EU representative: under appointment, name follows", "API access soon".
    String.raw`(?<!\bas )\b(?:planned|scheduled|expected|targeted|foreseen)(?: for| in| by)? (?:Q[1-4]|H[12]|(?:19|20)\d\d\b|(?:early|mid|late|end of) |next (?:week|month|quarter|year|release|version)\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)|\b(?:under|pending) (?:appointment|negotiation|selection)\b|\b(?:name|names|details|contact|figures|numbers|results|scores|link) (?:follows?|to follow|will follow)\b|^(?:[\w-]+ ){1,3}(?:coming )?soon\b`,
    // "Energieverbrauch wird noch gemessen, Zahlen folgen im Q4", "volgt in een latere versie", "suivra dans une version ultérieure".
    String.raw`(?<![\p{L}])(?:(?:wird|werden) (?:derzeit |gerade )?noch (?:gemessen|ermittelt|berechnet|erstellt|geprüft|bewertet|ausgewertet|erarbeitet|vorbereitet|dokumentiert|überarbeitet|ergänzt|aktualisiert|vervollständigt)|folg(?:t|en) (?:im|in|bis|ab|mit) (?:Q[1-4]|H[12]|\d{4}|(?:einer |der |dem )?(?:späteren|nächsten|kommenden|künftigen) )|volg(?:t|en) (?:in|bij|na|met) (?:een |de |het )?(?:latere|volgende|komende|toekomstige) |suivr(?:a|ont) (?:dans|avec) (?:une|la) (?:prochaine |future )?(?:version|mise à jour)|seguir(?:á|án) en (?:una|la) (?:próxima |futura )?(?:versión|actualización)|seguir(?:à|anno) (?:in|con) (?:una|la) (?:prossima |futura )?(?:versione|revisione))`,
    // "EU representative: in the process of being appointed": under way, not done.
    String.raw`\bin the process of (?:being )?(?:appoint|select|hir|recruit|draft|prepar|set(?:ting)? up|establish|finali[sz]|review|publish)\w*`,
    // "the legal team is still on it", "we're still working on this": not done yet.
    String.raw`\b(?:is|are|'s|'re) still (?:on it|on the case|working on (?:it|this|that|them))\b`,
    // "Acceptable use policy: coming with the v1.0 tag": a value that arrives with a later version.
    String.raw`^coming (?:with|in|alongside|at|before|after) (?:the )?(?:v?\d[\w.]*|next|first|stable|final|official|public|GA)\b`,
    // "Aurel Labs is preparing the summary on the Commission's template": the provider, by name, at work on a document.
    String.raw`^(?:[\p{L}\p{N}&.-]+\s){1,4}(?:is|are) (?:currently |still |now )?(?:drafting|preparing|finali[sz]ing|compiling|writing up) (?:the|a|an|its|their|our|this|these) `,
    // "We are searching a representative in the EU": a role still to be filled.
    String.raw`\b(?:we|i)(?:'re| are| am) (?:currently |still )?(?:searching|looking|seeking|in search)(?: for| of)? (?:an? |the |our )?(?:[\w-]+ ){0,3}?(?:representative|auditor|red[- ]?team(?:er)?s?|assessor|partner|contact person|mandatary)\b`,
    String.raw`\bcheck back (?:here |later |soon )?(?:for|later|soon|next (?:week|month)|in (?:a|two|three|a few) (?:days|weeks|months))\b|\bstay tuned\b|\b(?:more )?(?:details|info|information|news|updates?)(?: (?:coming|to come))? soon\b`,
    String.raw`\b(?:we|i)(?:'re| are| am)? look(?:ing)? forward to\b`,
    // "Release is foreseen for Q3", "It is foreseen to publish …"; "Aurel-3 is foreseen for summarisation" (a calque of
    // "intended for") names a use, not a time.
    String.raw`\b(?:is|are) (?:foreseen|envisaged|slated|earmarked) (?:to\b|(?:for|in|with) (?:(?:the |a )?(?:release|version|update|publication|launch|general availability|GA|next|coming|upcoming|following|end|beginning|start|(?:first|second|third|fourth|last) (?:half|quarter))\b|v?\d|Q[1-4]\b|H[12]\b|(?:early|mid|late|later)\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|(?:spring|summer|autumn|fall|winter)\b|\p{L}[\p{L}\p{N}]*[-_ ]v?\d|[^.;]*\b(?:next (?:year|quarter|month|release|version)|later this year|in (?:a )?future (?:release|version)s?)\b))`,
    // "A policy … is at present in elaboration", "is being drafted", "Target tasks are still to be filled in": not written yet.
    String.raw`\b(?:is|are) (?:at present |presently |currently |still |now )?(?:in (?:elaboration|preparation|redaction|drafting)|under preparation|being (?:drafted|prepared|written|elaborated|finali[sz]ed)|(?:still |yet )?to be (?:filled in|completed|written|drafted|defined|decided|determined))\b`,
    // "Incident reporting portal launching Q4 🔜": a launch still to come; 🔜 reads "soon".
    String.raw`\b(?:launching|arriving|landing|shipping|dropping|opening|going live|coming) (?:with [\w-]+ )?(?:in |by )?(?:Q[1-4]|H[12]|soon|later|next (?:week|month|quarter|year))\b|🔜`,
    String.raw`\bcoming soon\b|\bin due course\b|\bin the (?:works|pipeline)\b|\bon (?:our|the) (?:(?:19|20)\d\d |product |public |development )*roadmap\b`,
    String.raw`\bfuture (?:work|releases?|versions?|updates?)\b`,
    String.raw`\bin (?:a |the )?(?:future|upcoming|next|later|subsequent) (?:release|version|update|iteration|paper|report)s?\b`,
    String.raw`\b(?:tbd|tba)\b`,
    // "No training-content summary yet.": nothing there so far, still to come.
    String.raw`^(?:there (?:is|are) |we have |i have )?no (?:[\p{L}\p{N}-]+ ){1,4}yet\b`,
    String.raw`\bto be (?:added|announced|determined|published|released|provided|updated|completed|conducted|performed)\b`,
    String.raw`\bnot yet (?:been )?(?:published|released|available|conducted|performed|evaluated|tested|completed|assessed|red[- ]?teamed|run|done|started|begun)\b|\b(?:has|have)(?:n't| not) (?:yet )?(?:started|begun)\b[^.;]{0,40}\byet\b`,
    String.raw`\b(?:is|are) (?:still )?(?:under way|underway|in progress|pending|planned|forthcoming|upcoming|being prepared)\b`,
    // A value still awaited: "| Public summary | link pending |", "report pending publication".
    String.raw`\b(?:link|url|document|report|publication|details|results?|figures?|numbers?)s? (?:still )?pending\b|\bpending (?:[\w-]+ )?(?:publication|release|approval|sign-off|review)\b`,
    // "final terms announced at GA", "SOC 2 audit → planned 2026", "legal still choosing between …".
    String.raw`\b(?:announced|published|released|shared|decided|confirmed|finali[sz]ed) (?:at|before|upon|by) (?:GA|general availability)\b|\bplanned:? (?:for |in )?(?:Q[1-4] |H[12] )?(?:19|20)\d\d\b|\bstill (?:choosing|deciding|undecided|finali[sz]ing|working out)\b`,
    String.raw`\b(?:in preparation|under (?:development|preparation|(?:[\w-]+ )?review|revision)|being (?:developed|finali[sz]ed|written|appointed|prepared|drafted|reviewed|worked on|put together|compiled|recalculated|recomputed|revised|rewritten|redesigned|reworked|re-?evaluated|re-?measured|re-?checked|updated)|planned for|scheduled for|in the process of)\b|\b(?:figures?|details?|numbers?|values?|results?|scores?|estimates?|descriptions?|information|links?|urls?|documents?|polic(?:y|ies)|reports?|versions?) to follow\b`,
    String.raw`\b(?:later|early|next) (?:this|next) (?:year|quarter|month)\b|\bin the coming (?:days|weeks|months)\b`,
    // "no new release date has been set": a date still to come.
    String.raw`\bno (?:new |firm |fixed )?(?:[\w-]+ )?(?:date|timeline|schedule) (?:has been |is |was )?(?:set|fixed|announced|decided|confirmed)(?: yet)?\b`,
    String.raw`\b(?:in|during|by|with) (?:the )?(?:next|coming|following|upcoming) (?:quarter|months?|weeks|year|release|version)\b`
  ]),
  guarded(
    ["will", "'ll"],
    [
      String.raw`\b(?:and|but|which|that) (?:then |we )?will (?:soon |later |then )?(?:publish|release|share|add|provide|announce|make|appoint|designate|notify|submit|hire|engage|commission|set up|establish|put in place|report|disclose|document)\b`,
      // "Kaito Labs will appoint an EU representative before launch": a subject's commitment (the patterns ignore case).
      // "Should Aurel-3 cross the threshold, Aurel Labs will notify the Commission": the same after the case it waits for.
      String.raw`^(?:as (?:a|an|the) [^,;.]{1,80},\s*|(?:should|if|once|when|where|in case|as soon as|before|ahead of|prior to|after) [^,;.]{1,100},\s*)?(?:[\p{L}\p{N}&.-]+\s|\([^()]{1,40}\)\s){1,6}will (?:soon |later |shortly |also |then )?(?:appoint|designate|notify|submit|hire|engage|commission|set up|establish|put in place|publish|release|sign|draw up|(?:carry out|conduct|undertake|complete|perform|prepare|deliver|supply) (?:(?:a|an|the|its|our|their) )?(?:[\w-]+ ){0,3}?(?:assessments?|evaluations?|audits?|red[- ]?team\w*|tests?|testing|reviews?|analys[ie]s|summary|report|notification|polic(?:y|ies)))\b`,
      // "A datasheet … will accompany the 1.0 release", "will be linked here before general availability".
      String.raw`\bwill (?:soon |later |also )?(?:accompany|follow|ship with|come with|appear|be linked|be attached|be posted|be uploaded|be part of)\b`,
      // "A dedicated reporting channel will open alongside the EU launch".
      String.raw`\bwill (?:soon |later |also |only )?(?:open|launch|go live|become available|start|begin|be opened|be launched)\b`,
      String.raw`\bwill (?:soon |later |shortly |also |then |eventually )?be (?:made(?= (?:in|once|after|when|before|by|as soon)\b)|(?:made )?(?:published|sent|filed|submitted|issued|given|released|available|added|shared|provided|updated|conducted|performed|run|announced|reported|disclosed|documented|described|detailed|included|completed|evaluated|tested|red[- ]?teamed|assessed|carried out))\b`,
      String.raw`\bwill (?:soon |later |shortly |also |then |eventually )?be (?:appointed|set up|established|designated|put in place|implemented|introduced|created|developed|launched|notified|submitted|prepared|made public|open[- ]sourced|finali[sz]ed|written|supported|enabled|adopted|drawn up|approved|signed|put into effect|chosen|selected|decided|determined|defined|confirmed|specified)\b`,
      // "The same protocol will be applied to Aurel-3 ahead of its API launch": done later, before a launch still to come.
      String.raw`\bwill be \w+ed\b[^.;]{0,60}\b(?:ahead of|before|prior to|after|following) (?:its|the|our|their) (?:[\w-]+ ){0,2}?(?:launch|release|general availability|rollout|roll-out)\b`,
      String.raw`\b(?:we|i|the team|our team)(?: will|'ll) (?:soon |later |also |further |shortly |then |eventually )?(?:publish|release|share|add|provide|update|conduct|perform|run|carry out|evaluate|test|red[- ]?team|report|document|assess|include|investigate|explore|follow up|notify|inform|submit|appoint|designate|set up|establish|put in place|introduce|implement|launch|engage|commission|hire|contract|involve|invite|organi[sz]e|begin|start|complete|extend|expand|link|post|announce|detail|describe)\b`
    ]
  ),
  // "External red teaming might be commissioned before a wider release", "we may appoint a representative": a step
  // the provider may or may not take, which it has not taken. (What the reader may do, "issues may be reported
  // to …", and what the model may do, "outputs may contain errors", are other verbs.)
  guarded(
    ["may", "might", "could"],
    [
      String.raw`\b(?:may|might|could) (?:later |eventually |also |still |one day |in (?:the )?future )?be (?:released|added|published|commissioned|established|set up|put in place|documented|appointed|designated|adopted|introduced|chosen|selected|conducted|performed|carried out|notified|implemented|open[- ]sourced|made public)\b`,
      String.raw`\b(?:we|i|the team|our team) (?:may|might|could) (?:later |eventually |also |still |one day |in (?:the )?future )?(?:release|add|publish|commission|establish|set up|put in place|document|appoint|designate|adopt|introduce|choose|select|conduct|perform|carry out|notify|implement|open[- ]source|engage|hire)\b`
    ]
  ),
  // A contract's promise of a step still to take: "Licensor shall, prior to placing the Model on the Union market,
  // appoint …", "shall publish the summary … no later than 2 August 2027", "shall report … in its next annual report";
  // "reserves the right, but assumes no obligation, to conduct red-team exercises"; "on such date … as Licensor may designate".
  guarded(
    ["shall", "reserve"],
    [
      String.raw`^(?=[^.;]*\b(?:no later than|prior to|in (?:its|our|the) next|before (?:placing|the (?:release|launch)|release|launch|general availability))\b)[^.;]*?\b(?:licensor|provider|company|developer|we)\b[^.;]{0,80}?\bshall\b`,
      String.raw`\breserves? the right\b(?:,[^,]{1,60},)? to (?!(?:amend|modify|update|change|revise|terminate|suspend|revoke|restrict|withdraw|discontinue|enforce|audit)\b)`,
      String.raw`\bshall be made available on (?:such|a) date\b|\bas (?:the )?(?:licensor|provider|company|we) may (?:designate|determine|decide|specify)\b`
    ]
  ),
  // "external red-teaming exercise, pending procurement", "pendiente de contratación": waiting on a step not taken.
  guarded(
    ["pending", "pendiente", "attente", "attesa", "ausstehend", "afwachting"],
    [
      String.raw`\bpending (?:contract|contracting|procurement|hiring|approval|review|sign-?off|publication|completion|selection|appointment|confirmation|signature)\b|(?<![\p{L}])(?:pendientes? de|en attente d[e']|in attesa di|in afwachting van)(?![\p{L}])|(?<![\p{L}])ausstehend(?![\p{L}])`
    ]
  ),
  // "… once our evaluation programme is complete": what waits for work still under way.
  guarded(
    ["once "],
    [
      String.raw`\bonce (?:our|the|its|this) (?:[\w-]+ ){0,4}?(?:is|are|has been|have been) (?:complete|completed|finished|done|final|finali[sz]ed|ready|concluded)\b`
    ]
  ),
  // "We will make the notification to the Commission when …": a light verb and the act as its noun, still to be done.
  guarded(
    ["will", "'ll"],
    [
      String.raw`\b(?:we|i|the team|our team)(?: will|'ll) (?:make|do|file|send|prepare|write|deliver|give|carry) (?:the|a|an|our|this) (?:[\w-]+ ){0,2}?(?:notification|submission|filing|declaration|assessment|evaluation|publication|appointment|designation|red[- ]?teaming|audit|analysis|summary|report)\b`
    ]
  ),
  guarded(
    [
      "wird",
      "werden",
      "erfolgt",
      "k\xFCrze",
      "demn\xE4chst",
      "folgt",
      "folgen",
      "geplant",
      "sera",
      "seront",
      "prochainement",
      "venir",
      "bient\xF4t",
      " se ",
      "ser\xE1",
      "estar\xE1",
      "pr\xF3ximamente",
      "preparaci\xF3n",
      "sar",
      "breve",
      "prossimamente",
      "preparazione",
      "zal",
      "zullen",
      "binnenkort",
      "wordt later",
      "voorbereiding",
      "vorbereitung",
      "pr\xE9paration",
      "en cours",
      "zodra",
      "kommend",
      "n\xE4chst",
      "prochain",
      "pr\xF3xim",
      "prossim",
      "volgend",
      "komende",
      "remos",
      "rons",
      "remo",
      "werden wir",
      "wir werden",
      "zullen",
      "sobald",
      "derzeit",
      "befinden",
      "pr\xE9vu",
      "previst",
      "kommt noch",
      "folgt noch",
      " dran",
      "erscheint",
      "gepland",
      "prevemos",
      "pr\xE9voyons",
      "planen",
      "programma",
      "van plan",
      "befinde"
    ],
    [
      // "Tenemos previsto adoptar …", "Nous prévoyons de …", "Wir planen, …", "Abbiamo in programma di …", "We zijn van plan …".
      String.raw`\b(?:tenemos previsto|(?:está|queda) previsto|prevemos|nous prévoyons|il est prévu|wir planen|es ist geplant|abbiamo in programma|è previsto|we zijn van plan|het is de bedoeling)\b`,
      // "befindet sich in Abstimmung mit der Rechtsabteilung": still being agreed or drafted.
      String.raw`(?<![\p{L}])(?:befindet|befinden) sich (?:noch |derzeit |aktuell )?in (?:Abstimmung|Vorbereitung|Erarbeitung|Ausarbeitung|Arbeit|Entwicklung|Prüfung)(?![\p{L}])`,
      // The same in German, French, Spanish, Italian and Dutch.
      // "wird … veröffentlicht" is also the present passive ("Die Gewichte werden unter Apache 2.0 veröffentlicht"):
      // a plan only as "… veröffentlicht werden" or with a time still to come ("nach der Freigabe", "später");
      // "nach Zustimmung zu den Lizenzbedingungen" is a condition of access, not a time.
      String.raw`\b(?:wird|werden) (?:\S+ ){0,4}(?:veröffentlicht|bereitgestellt|ergänzt|nachgereicht|durchgeführt|benannt|eingerichtet|bekannt ?gegeben|angekündigt) werden\b|\b(?:wird|werden)\b(?=[^.;]*\b(?:nach(?! (?:Zustimmung|Annahme|Akzeptanz|Anmeldung|Registrierung|Bestätigung|Login)\b)|später|sobald|bis|künftig|zukünftig|im Laufe|noch|zur (?:allgemeinen )?Verfügbarkeit|zum (?:Launch|Marktstart|Release)|vor (?:(?:der|dem) )?(?:\p{L}+ )?(?:Markteinführung|Marktstart|Veröffentlichung|Verfügbarkeit|Freigabe|Start|Launch|Release))\b) (?:\S+ ){0,8}(?:veröffentlicht|bereitgestellt|ergänzt|nachgereicht|durchgeführt|benannt|bestellt|ernannt|eingerichtet|festgelegt)\b|\b(?:wird|werden) (?:\S+ ){0,4}nachgereicht\b|\berfolgt (?:\S+ ){0,3}vor (?:(?:der|dem) )?(?:\p{L}+ )?(?:Markteinführung|Marktstart|Veröffentlichung|Launch|Release)\b|\b(?:in Kürze|demnächst|folgt später|geplant)\b|^folg(?:t|en) (?:später|mit|nach|in)\b|(?<![\p{L}])(?:Beschreibung|Angaben?|Details|Informationen|Zahlen|Werte|Version)(?![\p{L}])[^.;]{0,40}(?<![\p{L}])folg(?:t|en)\.?$`,
      String.raw`\bser(?:a|ont) (?:\S+ ){0,3}(?:publiée?s?|disponibles?|ajoutée?s?|fournie?s?|réalisée?s?|désignée?s?|transmise?s?|envoyée?s?|soumise?s?|effectuée?s?|annoncée?s?|communiquée?s?|précisée?s?|rédigée?s?|établie?s?|élaborée?s?|finalisée?s?|complétée?s?|nommée?s?|menée?s?|conduite?s?|entreprise?s?|lancée?s?|organisée?s?|commandée?s?|exécutée?s?|mise?s? (?:en ligne|à jour|en place))(?![\p{L}])|(?<![\p{L}])(?:prochainement|à venir|bientôt)\b|\ben cours (?:de |d['’])(?:rédaction|élaboration|finalisation|préparation|rédiger)\b`,
      String.raw`\b(?:se [a-zñ]+(?:ará|erá|irá)n?|ser(?:á|án) [a-zñ]+(?:ad|id)[oa]s?|estará(?:n)? disponibles?|próximamente|en preparación)(?![a-zñáéíóú])`,
      String.raw`\bsar(?:à|anno) (?:\S+ ){0,3}(?:pubblicat[aoie]|disponibil[ei]|aggiunt[aoie]|condott[aoie]|nominat[aoie]|annunciat[aoie]|comunicat[aoie])\b|\b(?:a breve|prossimamente|in preparazione)\b`,
      String.raw`\b(?:zal|zullen) (?:\S+ ){0,3}(?:worden )?(?:gepubliceerd|toegevoegd|uitgevoerd|aangesteld|aangekondigd|bekendgemaakt)\b|\b(?:binnenkort|wordt later)\b`,
      // "wordt momenteel opgesteld en zal vóór de ingebruikname … worden bezorgd": being drafted, to be delivered.
      String.raw`(?<![\p{L}])(?:(?:wordt|worden) (?:momenteel|op dit moment|nog|thans) (?:opgesteld|voorbereid|uitgewerkt|geschreven|afgerond)|(?:zal|zullen)(?![\p{L}])[^.;]{0,100}?(?<![\p{L}])worden (?:bezorgd|geleverd|verstrekt|gepubliceerd|toegevoegd|aangeleverd|bijgevoegd|overgemaakt|uitgevoerd|opgesteld))(?![\p{L}])`,
      // "in voorbereiding; wordt ingediend zodra …", "in Vorbereitung", "en cours de préparation": not done yet.
      String.raw`\b(?:in voorbereiding|in Vorbereitung|en (?:cours de )?préparation)\b|\b(?:wordt|worden) (?:\S+ ){0,4}(?:ingediend|gepubliceerd|toegevoegd|uitgevoerd|aangesteld|aangewezen|verstrekt) zodra\b`,
      // "publication prévue avant le 2 août", "geplant für Q3", "prevista entro giugno", "prevista para", "gepland voor".
      // "Eine Copyright-Policy kommt noch, bin dran!", "technischer Bericht erscheint Q4/2025": still to come, said plainly.
      String.raw`(?<![\p{L}])(?:kommt noch|folgt noch|(?:bin|sind) dran|erscheint (?:im |in |voraussichtlich |bald |demnächst )?(?:Q[1-4]|H[12]|\d{4}|bald|demnächst|später))(?![\p{L}])`,
      String.raw`\b(?:prévue?s?|prevista|previsto|previste|previsti) (?:avant|pour|d'ici|en|au|avec|entro|per|para|antes de|en el|con)\b|\bgepland (?:voor|in|tegen)\b|\bgeplant (?:für|bis|im|zum)\b`,
      // A time still to come: "im kommenden Quartal", "à la prochaine version", "en los próximos meses", "nel prossimo trimestre", "volgend kwartaal".
      String.raw`\b(?:kommenden|nächsten|folgenden) (?:Quartal|Monaten?|Wochen|Jahr|Version|Release)\b|\bprochain(?:e|s|es)? (?:trimestre|mois|semaines|année|version|mise à jour)\b|\bpróxim[oa]s? (?:trimestre|mes|meses|semanas|año|versión)(?![\p{L}])|\bprossim[oaie] (?:trimestre|mes[ei]|settimane|anno|versione)\b|\b(?:volgend|komend)e? (?:kwartaal|maanden|weken|jaar|versie|release)\b`,
      // "habilitaremos un procedimiento", "nous publierons", "attiveremo", "werden wir … einrichten", "zullen we".
      // "Name und Kontaktdaten ergänzen wir hier, sobald das Mandat unterzeichnet ist", "wir benennen derzeit einen Bevollmächtigten".
      String.raw`\b(?:ergänzen|veröffentlichen|nennen|reichen|liefern|teilen) wir\b[^.;]{0,60}\b(?:sobald|nach)\b|\bwir (?:benennen|ernennen|bestellen|erstellen|bereiten|prüfen) (?:\S+ )?(?:derzeit|gerade|aktuell)\b|\b(?:derzeit|gerade|aktuell) (?:in (?:Vorbereitung|Arbeit|Prüfung)|benannt|erstellt)\b`,
      // "Wir … werden diese Modellkarte aktualisieren, sobald …": werden with an infinitive is the future; "befinden uns derzeit im Auswahlprozess".
      String.raw`\b(?:wir|[Ss]ie) werden\b[^.;]{0,80}\b(?:aktualisieren|ergänzen|veröffentlichen|nachreichen|benennen|ernennen|bereitstellen|durchführen|einrichten|nennen|nachtragen|mitteilen)\b|\bwerden (?:\S+ ){0,6}(?:aktualisieren|ergänzen|nachreichen|nachtragen)\b|\bbefinden (?:uns|sich) (?:derzeit |gerade |aktuell |noch )?(?:im|in der) \p{L}*(?:prozess|phase|Vorbereitung|Auswahl)\b`,
      String.raw`(?<![\p{L}])(?:[a-zñáéíóú]+(?:aremos|eremos|iremos)|(?:pondr|har|tendr|dispondr|habilitar|saldr|vendr)emos)(?![\p{L}])|\bnous [a-zéèêàç]+rons\b|(?<![\p{L}])[a-zàèéìòù]+(?:eremo|iremo)(?![\p{L}])|\b(?:werden wir|wir werden|zullen we|we zullen|wij zullen)\b`
    ]
  ),
  // "Stiamo completando la nomina", "Estamos preparando la política", "nous sommes en train de rédiger", "wir sind dabei,
  // … zu benennen", "we zijn bezig met": work on it under way, not done.
  guarded(
    ["stiamo", "estamos", "en train de", "dabei", "bezig met"],
    [
      String.raw`(?<![\p{L}])(?:stiamo (?:ancora )?(?:completando|preparando|redigendo|definendo|lavorando|finalizzando|ultimando|scrivendo|valutando)|estamos (?:todavía )?(?:preparando|completando|ultimando|redactando|definiendo|trabajando|finalizando|escribiendo|evaluando)|(?:nous sommes|on est) (?:encore )?en train de|wir sind (?:gerade |noch |derzeit )?dabei|(?:we|wij) zijn (?:nog |momenteel |op dit moment )?bezig met)(?![\p{L}])`
    ]
  ),
  // "wordt opgevraagd bij de leverancier en later toegevoegd": added later, so not there now.
  guarded(
    ["later"],
    [
      String.raw`(?<![\p{L}])later (?:toegevoegd|aangevuld|gepubliceerd|bezorgd|verstrekt|opgenomen|nachgereicht|ergänzt|hinzugefügt)(?![\p{L}])`
    ]
  ),
  // "Er wordt een gemachtigde … aangesteld voordat Aurel-3 op de markt komt": the present passive of a step before launch.
  guarded(
    ["voordat", "v\xF3\xF3r"],
    [
      String.raw`\b(?:wordt|worden) (?:\S+ ){0,6}(?:ingediend|gepubliceerd|toegevoegd|uitgevoerd|aangesteld|aangewezen|verstrekt|benoemd) (?:voordat|vóór)(?![\p{L}])`
    ]
  ),
  // A group of its own: its needles are common letter runs, which would open the group above to statements it was not written for.
  guarded(
    ["era", "ira", "ront", "dra", "tra", "ar\xE1", "er\xE1", "ir\xE1", "r\xE0", "wird ", "werden ", "zal ", "zullen ", "dabei"],
    [
      // The provider's future in the third person: "Halvard désignera un mandataire", "publicará", "nominerà",
      // "der Anbieter wird einen Bevollmächtigten benennen", "zal een gemachtigde aanwijzen".
      String.raw`(?<![\p{L}])(?:désign|publi|fourn|nomm|communiqu|annonc|réalis|effectu|ajout|intégr|précis|transmett|soumett|rend|mett|notifi|complét)(?:e|i)?(?:ra|ront)(?![\p{L}])|(?<![\p{L}])(?:design|public|nombr|comunic|anunci|realiz|proporcion|añad|incorpor|notific|complet)(?:ará|erá|irá)n?(?![\p{L}])|(?<![\p{L}])(?:design|pubblic|nomin|forn|comunic|annunc|effettu|aggiung|notific|complet)h?(?:erà|irà)(?:nno)?(?![\p{L}])|\b(?:wird|werden) (?:\S+ ){0,6}(?:benennen|ernennen|veröffentlichen|bereitstellen|durchführen|einrichten|nachreichen|mitteilen|bekanntgeben|vorlegen)\b|\b(?:zal|zullen) (?:\S+ ){0,5}(?:aanwijzen|publiceren|benoemen|aanstellen|toevoegen|uitvoeren|bekendmaken|aankondigen|verstrekken|indienen)\b`,
      // "Wir sind derzeit dabei, einen Bevollmächtigten … zu benennen": in the course of doing it.
      String.raw`\b(?:sind|ist|bin) (?:derzeit |gerade |aktuell |noch )?dabei,? [^.;]{0,80}\bzu \p{L}+`
    ]
  ),
  // "arriverà con la versione 3.5": what is still to come; a promise with its subject left out.
  guarded(
    ["arriver", "verr", "will "],
    [
      // "Il supporto per le immagini arriverà con la versione 3.5", "verrà pubblicato".
      String.raw`(?<![\p{L}])(?:arriver(?:à|anno)|verr(?:à|anno) (?:\p{L}+ ){0,2}?(?:pubblicat|rilasciat|aggiunt|introdott|fornit|resa|res[oi] disponibil)\p{L}*)(?![\p{L}])`,
      // "will put up the summary before August": a promise with its subject left out.
      String.raw`^will (?:\w+ ){0,2}?(?:put up|publish|release|add|provide|share|post|write|upload|appoint|notify|run|do)\b`
    ]
  ),
  // What is under way in a conversation: "the contract should be signed soon", "it's on my list for next time",
  // "the team is drafting it now", "que saldrá después de NeurIPS".
  guarded(
    [
      "soon",
      "shortly",
      "list",
      "drafting",
      "filling",
      "finalising",
      "finalizing",
      "putting together",
      "working on",
      "'ll",
      "\u2019ll"
    ],
    [
      String.raw`\bshould (?:be )?(?:[\w-]+ ){0,2}(?:soon|shortly)\b`,
      String.raw`\bon (?:my|our|their|the team's) (?:to-?do |todo )?list\b`,
      String.raw`\b(?:we|i)(?:'ll|’ll) (?:soon |later |then |also )?(?:announce|publish|release|share|add|update|provide|post|link|document|appoint|notify|fill in|write up)\b`,
      String.raw`\b(?:is|are|'re|’re|'s|’s) (?:currently |still |now |busy )?(?:drafting|filling (?:in|out)|finali[sz]ing|putting together|still working on)\b`
    ]
  ),
  // "La nomina … è prevista prima del lancio", "sono previsti", "est prévue", "ist geplant", "wordt gepland": planned.
  guarded(
    ["previst", "pianificat", "programmat", "pr\xE9vu", "planifi\xE9", "geplant", "gepland"],
    [
      String.raw`(?<![\p{L}])(?:(?:è|sono) (?:previst[oaie]|pianificat[oaie]|programmat[oaie])(?! per(?![\p{L}]))|(?:est|sont) (?:prévue?s?|planifiée?s?)(?! pour(?![\p{L}]))|(?:ist|sind|wird|werden) (?:\p{L}+ )?geplant|(?:is|zijn|wordt|worden) gepland)(?![\p{L}])`
    ]
  ),
  guarded(
    ["saldr", "uscir", "sortir", "para\xEEtr", "demn\xE4chst", "binnenkort"],
    [
      String.raw`(?<![\p{L}])(?:saldrá|saldrán|uscirà|usciranno|sortira|sortiront|paraîtra|paraîtront|erscheint demnächst|erscheinen demnächst|verschijnt binnenkort|verschijnen binnenkort)(?![\p{L}])`
    ]
  ),
  // Plans in the card languages: "prevede di estendere", "tiene previsto publicar", "prévoit de publier", "zal … publiceren",
  // "in Gesprächen, um … zu benennen", "in talks to appoint", "a decision is expected in Q2".
  guarded(
    [
      "preved",
      "intend",
      "previsto",
      "planea",
      "prev\xE9",
      "pr\xE9voi",
      "envisag",
      "zal ",
      "zullen",
      "van plan",
      "gespr\xE4chen",
      "talks",
      "discussions",
      "negotiations",
      "expected",
      "erwartet",
      "attendue",
      "espera",
      "attesa"
    ],
    [
      String.raw`(?<![\p{L}])(?:prevede|prevedono|prevediamo|intende|intendono|intendiamo|pianifica|pianificano) di\b(?! default)|(?<![\p{L}])(?:planea|planean|planeamos|prevé|prevén|prevemos|(?:tiene|tienen|tenemos) previsto)\s+\p{L}+(?:ar|er|ir)(?![\p{L}])|(?<![\p{L}])(?:prévoit|prévoient|prévoyons|envisage|envisagent|envisageons|projette|projettent|projetons) (?:de |d['’])`,
      String.raw`(?<![\p{L}])(?:zal|zullen) (?:[\p{L}\p{N}-]+ ){0,8}?(?:publiceren|bekendmaken|benoemen|aanstellen|uitvoeren|verstrekken|delen|toevoegen|leveren|uitbrengen|vrijgeven|aanwijzen|melden|informeren|rapporteren|uitbreiden)(?![\p{L}])|(?<![\p{L}])(?:is|zijn) van plan\b`,
      String.raw`(?<![\p{L}])in Gesprächen,? um\b|(?<![\p{L}])(?:Entscheidung|Ernennung|Benennung|Veröffentlichung) wird (?:[\p{L}\p{N}-]+ ){0,4}erwartet(?![\p{L}])|\bin (?:talks|discussions|negotiations)(?: with [^.;]{1,40}?)? (?:to|about|on|over)\b|\b(?:decision|announcement|appointment|publication)s? (?:is|are|was) expected\b|(?<![\p{L}])(?:une décision est attendue|se espera una decisión|una decisione è attesa)(?![\p{L}])`
    ]
  )
];
var AUDIENCE = String.raw`(?:users?|developers?|deployers?|teams|you|organi[sz]ations|companies|businesses|institutions|downstream (?:users?|developers?|providers?|deployers?|apps|applications|systems|products|services)|practitioners|integrators?|(?:downstream )?fine-?tuners|licensees?|recipients?|subscribers|(?:data )?controllers?|providers of (?:[\w-]+ ){0,3}models|operators|anyone|everyone|those (?:deploying|using)|(?:application|system|product) (?:developers|builders|providers|owners)|providers of (?:[\w-]+ ){0,3}(?:systems?|applications?|products?|services?)|customers?|clients?|buyers?|purchasers?|contracting authorit(?:y|ies)|procuring (?:entit(?:y|ies)|authorit(?:y|ies))|contributors|providers(?= (?:building|integrating|deploying|using)\b)|people(?= (?:contributing|using|building|deploying|integrating|fine-?tuning)\b)|researchers|investigators|scientists|clinicians|analysts|adopters|implementers|integrators?|business units|(?:data|system|product|model|risk) owners|(?:AI )?labs|beneficiaries|(?:funded |follow-on |follow-up )?projects|(?:downstream )?(?:applications|apps|integrations|deployments)(?= (?:built|based|running|that|which|using)\b))`;
var OBLIGATION_LABEL = new RegExp(
  String.raw`^(?:the )?${AUDIENCE} (?:shall|must|should|agrees? to|undertakes? to|is required to|are required to)\s*:`,
  "i"
);
var ADVISED = [
  guarded(null, [
    // "Recomendamos a los integradores hacer sus propias pruebas", "Nous recommandons aux intégrateurs de …": advice to those who build on it.
    String.raw`(?<![\p{L}])(?:recomendamos|aconsejamos|sugerimos|recommandons|conseillons|suggérons|empfehlen|raten|raccomandiamo|consigliamo|suggeriamo|adviseren|raden)(?![\p{L}])[^.;]{0,20}?(?<![\p{L}])(?:integrador|usuari|desarrollador|responsables|intégrat|utilisat|développeu|déployeu|Integrator|Nutzer|Entwickler|Betreiber|Anwender|integrator|utent|sviluppator|operator|gebruiker|ontwikkelaar)\p{L}*`
  ]),
  // "Le pouvoir adjudicateur devrait s'assurer …", "Der Auftraggeber sollte …", "De aanbestedende dienst moet …": one
  // reader, the buyer or the deployer, and what it should do.
  guarded(
    ["devrait", "doit", "sollte", "muss", "deber\xEDa", "debe", "dovrebbe", "deve", "moet", "zou"],
    [
      String.raw`(?<![\p{L}])(?:(?:(?:le|la|chaque) |l['’])(?:pouvoir adjudicateur|autorité contractante|acheteur(?: public)?|déployeur|utilisateur|intégrateur|client)|(?:der|die|jeder|jede) (?:öffentliche )?(?:Auftraggeber(?:in)?|Vergabestelle|Betreiber(?:in)?|Nutzer(?:in)?|Anwender(?:in)?|Kunde|Kundin)|(?:el|la|cada) (?:órgano de contratación|poder adjudicador|entidad contratante|usuario|cliente|responsable del despliegue)|(?:(?:la|il|lo|ogni) |l['’])(?:stazione appaltante|amministrazione aggiudicatrice|committente|utente|cliente|utilizzatore)|(?:de|het|elke|iedere) (?:aanbestedende dienst|opdrachtgever|gebruiker|klant|gebruiksverantwoordelijke|exploitant))(?![\p{L}])[^.;]{0,80}?(?<![\p{L}])(?:devrait|doit|sollte|muss|debería|debe|dovrebbe|deve|moet|zou\b[^.;]{0,60}\bmoeten)(?![\p{L}])`
    ]
  ),
  // "Partijen die Aurel-3 inbouwen, doen er goed aan zelf te red-teamen", "would do well to test": advice, politely put.
  guarded(
    [
      "goed aan",
      "do well to",
      "gut beraten",
      "gut daran",
      "int\xE9r\xEAt \xE0",
      "feraient bien",
      "har\xEDan bien",
      "farebbero bene"
    ],
    [
      String.raw`(?<![\p{L}])(?:doen er goed aan|doet er goed aan|would do well to|(?:sind|ist|wären|wäre) gut beraten|täten gut daran|(?:ont|auraient|a|aurait) (?:tout )?intérêt à|feraient bien de|harían bien en|farebbero bene a)(?![\p{L}])`
    ]
  ),
  // "As a minimum, such a policy should set out prohibited uses": what a document ought to hold, not what one holds.
  guarded(
    ["such "],
    [
      String.raw`^(?:(?:as|at) a minimum,? |ideally,? |in (?:our|my) view,? )?such (?:an? )?(?:[\w-]+ ){0,2}?(?:polic(?:y|ies)|documents?|summar(?:y|ies)|reports?|cards?|plans?|procedures?|process(?:es)?|measures?|channels?|sections?|descriptions?) (?:should|must|ought to|would need to|needs to|need to)\b`
    ]
  ),
  // "If you want to connect it to tools, you can wrap it in a LangChain agent": a suggestion to the reader.
  guarded(
    ["you"],
    [
      String.raw`^(?:if|when|should|in case) you (?:want|wish|need|would like|prefer|plan|intend)\b[^.;]{0,150}\byou (?:can|could|may|might)\b`
    ]
  ),
  guarded(
    [
      "should",
      "must",
      "shall",
      "need",
      "ought",
      "have to",
      "has to",
      "advis",
      "encourag",
      "urg",
      "expected",
      "required",
      "responsible",
      "responsibility",
      "verantwortlich",
      "responsab",
      "verantwoordelijk",
      "sollten",
      "m\xFCssen",
      "sollen",
      "doivent",
      "devraient",
      "deben",
      "deber\xEDan",
      "devono",
      "dovrebbero",
      "moeten",
      "recommend",
      "suggest",
      "essential",
      "important",
      "crucial",
      "necessary",
      "please",
      "be sure",
      "make sure",
      "consider",
      "remember",
      "do not",
      "don't",
      "never",
      "if you",
      "when you",
      "before you",
      "before ",
      "prior to",
      "when ",
      "once ",
      "after ",
      "your",
      "once you",
      " sie ",
      "ez ",
      "veuillez",
      " put ",
      " place ",
      " wrap ",
      " route ",
      " sandbox ",
      " isolate ",
      " rate-limit ",
      " gate ",
      " log ",
      " monitor ",
      " moderate ",
      " screen ",
      " filter ",
      " restrict ",
      " limit "
    ],
    [
      // Not in a relative clause: "we provide safeguards that developers should deploy" reports what the provider offers.
      String.raw`(?<!\b(?:that|which|whom?) )\b${AUDIENCE}(?: \([^()]{1,40}\))?(?: (?:who|that) [^.;:]{1,120}?|, (?:as|being|acting as) [^.;:,]{1,100},| [a-z-]+ing [^.;:]{1,80}?| (?:built|based|deployed) (?:on|upon|with|atop) [^.;:,]{1,60}?| (?:of|at|in|from)(?: [\w-]+){1,5}|(?: [\w-]+){0,3}) (?:should|must|shall|need to|needs to|ought to|have to|has to|would do well to|are (?:solely |fully |entirely |themselves |strongly |therefore |also |hereby |kindly )?(?:advised|encouraged|urged|expected|required|responsible|recommended to|reminded (?:that|to))|is (?:solely |fully |entirely |strongly |therefore |also |hereby |kindly )?(?:advised|encouraged|required|responsible|recommended to))\b`,
      String.raw`\bwe (?:strongly )?(?:recommend|advise|encourage|suggest|urge)\b`,
      // "Aurel Labs recommends that integrators document each use case", "advises customers to test": the provider's advice to them.
      String.raw`\b(?:recommends?|advises?|encourages?|urges?|suggests?|recommended|advised|encouraged|urged|suggested)(?: that)? (?:all |each |every |the |its |our )?${AUDIENCE}(?: (?:to|should|must)\b| (?!(?:to|with|from|and|or|of|in|on|for|who|that)\b)[a-z]+\b)`,
      // "If you connect the model to tools, run them in a sandbox": an instruction for a case of the reader's.
      // "Devs: if your app shows AI-generated text, label it clearly": the same, with the readers named first.
      String.raw`^(?:(?:devs|developers|deployers|builders|integrators|creators|users|folks|everyone|app makers)\s*[:,]\s*)?(?:if|when|before|once) (?:you|your)\b[^.;]{1,120}?[,:]\s*(?:put|give|grant|offer|provide|wrap|route|place|tell|warn|pin|establish|set up|create|define|implement|maintain|document|report|notify|run|use|check|validate|evaluate|assess|measure|benchmark|red[- ]?team|fine-tune|perform|conduct|identify|determine|label|mark|tag|flag|watermark|disclose|inform|make sure|ensure|consider|keep|set|avoid|do not|don't|never|apply|add|enable|disable|review|test|monitor|install|upgrade|limit|restrict|sandbox|require|protect|secure|store|rotate|encrypt|isolate|patch|update|follow|lock|harden|block|filter|log|audit|scan|verify)\b`,
      // "Before deploying: evaluate it for limitations in your use case", "- Test it thoroughly on your own data".
      String.raw`^(?:before|prior to|when|once|after) (?:deploying|using|shipping|integrating|launching|going live|fine-?tuning|production use|deployment|use)\b[^.;:]{0,60}[,:]\s*(?:evaluate|test|validate|verify|check|benchmark|review|monitor|measure|assess|run|use|keep|ensure|make sure|consider|add|apply|red[- ]?team)\b`,
      String.raw`^(?:(?:always|please|first|also|just|simply|then|so) )?(?:test|evaluate|validate|verify|check|benchmark|review|monitor|measure|assess|red[- ]?team|keep|rotate|store|pin|consult|ask|check with|talk to)\b[^.;]{0,80}\byour\b`,
      // A deployment step addressed to the reader ("- Put Quartz-8B behind a safety classifier", "Route tool calls to a sandbox").
      String.raw`^(?:put|place|wrap|route|sandbox|isolate|rate-limit|gate|log|monitor|moderate|screen|filter|restrict|limit) (?:the |a |an |all |any |every |each |it |them |this |its |your |tool |user |model |prompts? |outputs? |inputs? |requests? |responses? |\p{Lu}[\p{L}\p{N}.-]* )`,
      String.raw`\b(?:it is|it's) (?:strongly |highly )?(?:recommended|advised|advisable|encouraged|essential|important|crucial|necessary) (?:that|to|for)\b`,
      // The same in the card languages: "Anwendungen, die X einsetzen, sollten …", "les développeurs doivent …".
      String.raw`(?<![\p{L}])(?:Nutzer\p{L}*|Anwender\p{L}*|responsables|Verantwortliche\p{L}*|responsabili|verantwoordelijken|quienes|ceux qui|coloro che|chi|wer|degenen die|Entwickler\p{L}*|Betreiber\p{L}*|Anwendungen|labos|laboratoires|Labore|laboratorios|laboratori|\p{L}*teams|équipes|equipos|utilisat(?:eurs|rices)|développeu(?:rs|ses)|déployeurs|intégrat(?:eurs|rices)|opérateurs|applications|integrador(?:es|as)|operadores|integratori|operatori|Integrator(?:en)?|integratoren|usuari[oa]s|desarrollador(?:es|as)|aplicaciones|utenti|sviluppatori|applicazioni|gebruikers|ontwikkelaars|toepassingen|Kunden|clients|clientes|clienti|klanten)(?![\p{L}])[^.;]{0,80}?(?<![\p{L}])(?:sollten|müssen|sollen|doivent|devraient|deben|deberían|devono|dovrebbero|moeten|sind (?:selbst )?verantwortlich|sont (?:seuls )?responsables|son responsables|sono responsabili|zijn (?:zelf )?verantwoordelijk)(?![\p{L}])`,
      // Formal imperatives of German and French: "Legen Sie eine Nutzungsrichtlinie fest", "Vérifiez les sorties".
      String.raw`^\p{Lu}\p{Ll}+en Sie (?!(?:sich )?(?:bitte )?(?:unter|an|bei|per)\b)|^(?!Assez\b)(?:veuillez|\p{Lu}\p{Ll}{2,}ez)(?![\p{L}])`,
      // "Where a deployer connects Aurel-3 to tools, the deployer is the controller … and should list …": a case of the reader's, and its duty.
      String.raw`^(?:where|when|if|once) (?:a|an|the|your) ${AUDIENCE}\b[^.;]{1,150}?,\s*(?:the (?:same )?${AUDIENCE}|they|you)\b[^.;]{0,120}?\b(?:should|must|shall|has to|have to|needs? to|(?:is|are) (?:solely )?responsible)\b`,
      // "It is the responsibility of each deployer to decide …".
      String.raw`\b(?:it is|it's|(?:this |that )?remains) (?:the |their |your )?(?:sole |own |full )?responsibility of (?:each |every |the |any )?${AUDIENCE}\b|\bthe responsibility of (?:each |every |any )?${AUDIENCE} to\b`,
      // "Please report issues to security@…" offers a channel, and "Please note that …" states a fact: neither is advice on what others should do.
      String.raw`^(?:please (?!(?:report|contact|reach out|e-?mail|send|let us know|open an issue|file|submit|get in touch|note|be aware|keep in mind|bear in mind)\b)|be sure to |make sure |consider |remember to |do not |don't |never )`,
      // "Label what your app generates as AI-made": an imperative to whoever builds the app.
      String.raw`^(?:label|mark|tag|flag|watermark|disclose) (?:what|whatever|everything|anything|all|any|your|their|generated|ai-generated|outputs?|content|images?|texts?)\b`,
      // "Before the deploy please check own infrastructure": the request after a clause of when.
      String.raw`^(?:before|after|when|once|prior to|ahead of)\b[^,.;:]{1,40}?,?\s+please (?!(?:report|contact|reach out|e-?mail|send|let us know|open an issue|file|submit|get in touch|note|be aware|keep in mind|bear in mind)\b)`
    ]
  ),
  // "It is your responsibility to check the outputs", "Who fine-tunes the model must …": a duty put on the reader.
  guarded(
    ["responsibility", "who"],
    [
      String.raw`\b(?:it is|it's|(?:this|that) (?:is|remains)) (?:your|the user's|the deployer's|the integrator's) (?:own |sole |full )?responsibility\b`,
      String.raw`^(?:who|whoever|anyone who|those who) [^.;]{1,100}?\b(?:must|should|has to|have to|needs to|need to|is responsible|are responsible)\b`
    ]
  ),
  // "Our handbook explains how to write an intended-purpose statement for your system": guidance for the reader's own work.
  guarded(
    ["your"],
    [
      String.raw`\b(?:explains?|shows?|describes?|walks? (?:you )?through|guides? you through|teach(?:es)?|tells? you)\b[^.;]{0,20}\bhow (?:to|you)\b[^.;]{0,100}\byour\b`
    ]
  ),
  // "Il est recommandé aux fournisseurs en aval de procéder à leurs propres tests", "Es wird empfohlen, …": impersonal advice.
  guarded(
    [
      "recommand",
      "conseill",
      "empfohlen",
      "recomienda",
      "aconseja",
      "raccomand",
      "consiglia",
      "aanbevolen",
      "aan te raden",
      "recomend",
      "adviser",
      "bevelen"
    ],
    [
      String.raw`(?<![\p{L}])(?:il est (?:donc |fortement |vivement |également )?(?:recommandé|conseillé)|on recommande|nous (?:vous )?(?:recommandons|conseillons)|(?:aconsejamos|recomendamos)(?: (?:al|a los|a las|a la) [\p{L}]+)? que|(?:raccomandiamo|consigliamo)|(?:wij|we) (?:adviseren|bevelen\b[^.;]{0,40}\baan)|es wird (?:daher |dringend |ausdrücklich )?empfohlen|wir empfehlen|se (?:recomienda|aconseja)|(?:si|vi) (?:raccomanda|consiglia)|è (?:vivamente |fortemente )?(?:raccomandato|consigliato)|wordt (?:sterk |dringend )?aanbevolen|het is (?:sterk )?aan te raden|wij raden\b[^.;]{0,40}\baan)(?![\p{L}])`
    ]
  ),
  // "Test thoroughly.", "Evaluate carefully before use": an instruction to the reader, with nothing said of what was done.
  guarded(
    ["thoroughly", "carefully", "extensively", "rigorously", "regularly"],
    [
      String.raw`^(?:test|evaluate|validate|verify|check|benchmark|review|monitor|red[- ]?team)(?: (?:it|them|outputs?|the (?:model|outputs?)))? (?:thoroughly|carefully|extensively|rigorously|regularly)\b`
    ]
  ),
  // "Il appartient à chaque intégrateur de définir …", "Spetta a ciascun integratore …": the reader's own task, in the card languages.
  guarded(
    [
      "appartient",
      "c'est",
      "c\u2019est",
      "incumbe",
      "corresponde",
      "compete",
      "responsabilidad",
      "spetta",
      "responsabilit\xE0",
      "het is aan",
      "verantwoordelijkheid",
      "obliegt",
      "verantwortung",
      "sache"
    ],
    [
      String.raw`(?<![\p{L}])(?:il (?:leur )?appartient (?:à|aux)|c['’]est (?:à|aux) (?:chaque |l['’]|les )?(?:intégrat|déploy|utilisat|client|opérat|fournisseur)|(?:incumbe|corresponde|compete) (?:a|al|a los|a las) (?:cada )?(?:integrador|implementador|usuari|client|operador|proveedor|desplegador)|(?:es|será) responsabilidad (?:de|del) (?:cada |los |las )?(?:integrador|implementador|usuari|client|operador|proveedor|desplegador)|spetta (?:a|al|ai|agli|alle) (?:ciascun\p{L}* |ogni )?(?:integrator|utent|client|operator|fornitor|svilupp)|(?:è|sarà) responsabilità (?:di ciascun\p{L}*|dell['’]|degli|dei) ?(?:integrator|utent|client|operator|fornitor|svilupp)|het is aan (?:de|elke|iedere) (?:integrator|gebruiker|klant|afnemer|operator|aanbieder|ontwikkelaar)|(?:is|blijft) de verantwoordelijkheid van (?:de|elke|iedere) (?:integrator|gebruiker|klant|afnemer|operator|aanbieder|ontwikkelaar)|obliegt (?:dem|den|jedem|der) (?:Integrator|Betreiber|Nutzer|Anwender|Kunde|Entwickler)|liegt in der Verantwortung (?:des|der|jedes) (?:Integrator|Betreiber|Nutzer|Anwender|Kunde|Entwickler)|ist Sache (?:des|der|jedes) (?:Integrator|Betreiber|Nutzer|Anwender|Kunde|Entwickler))`
    ]
  ),
  // "Please report it to your system administrator": a channel of the reader's own organisation, not the provider's.
  guarded(
    ["your", " su ", "votre", "ihre", " uw ", "vostro", "al suo", "alla sua"],
    [
      String.raw`\b(?:report|escalate|forward|raise|flag|notify)\b[^.;]{0,30}\bto your (?:own )?(?:system administrator|administrator|admin|IT (?:team|department|helpdesk|help desk)|organi[sz]ation|manager|supervisor|school|DPO|data protection officer|vendor|supplier|reseller|integrator|(?:service|solution|platform) provider|account manager)\b`,
      String.raw`(?<![\p{L}])(?:comuníquelo|infórmelo|repórtelo|notifíquelo)\s+(?:a|al)\s+su\b|(?<![\p{L}])(?:signalez|transmettez|remontez)(?:-le)?\b[^.;]{0,30}\bà votre (?:administrateur|service informatique|responsable)|(?<![\p{L}])melden Sie\b[^.;]{0,40}\b(?:Ihrem|Ihrer) (?:Administrator|Systemadministrator|IT-Abteilung|Vorgesetzten)|(?<![\p{L}])(?:segnalatelo|segnalalo|segnalarlo)\b[^.;]{0,30}\b(?:al vostro|al suo|al tuo) (?:amministratore|responsabile)|(?<![\p{L}])meld\b[^.;]{0,40}\bbij uw (?:beheerder|systeembeheerder|IT-afdeling)`
    ]
  ),
  // Advice in the card languages: "recomienda a las empresas que …", "empfiehlt Unternehmen, …", "recommande aux entreprises de …",
  // "raccomanda alle aziende di …", "raadt bedrijven aan …".
  guarded(
    [
      "recomiend",
      "recomendamos",
      "aconsej",
      "empfiehlt",
      "empfehlen",
      "recommand",
      "conseill",
      "raccomand",
      "consigli",
      "raadt",
      "raden",
      "adviseer"
    ],
    [
      String.raw`(?<![\p{L}])(?:recomienda|recomiendan|recomendamos|aconseja|aconsejan|aconsejamos)(?: encarecidamente)? (?:a (?:los|las|sus|todos los|todas las) \p{L}+ (?:\p{L}+ )?)?que\b|(?<![\p{L}])(?:empfiehlt|empfehlen) (?:\p{L}+ ){0,3}?(?:Unternehmen|Betreibern|Nutzern|Nutzerinnen|Entwicklern|Anbietern|Kunden|Anwendern|allen)(?![\p{L}])`,
      String.raw`(?<![\p{L}])(?:recommande|recommandons|recommandent|conseille|conseillons|conseillent) (?:vivement )?(?:aux|à|de|d['’])(?![\p{L}])|(?<![\p{L}])(?:raccomanda|raccomandiamo|raccomandano|consiglia|consigliamo|consigliano) (?:vivamente )?(?:a|ai|agli|alle|di)(?![\p{L}])|(?<![\p{L}])(?:raadt|raden) (?:\p{L}+ ){0,3}aan(?![\p{L}])|(?<![\p{L}])(?:adviseert|adviseren) (?:\p{L}+ ){0,3}?(?:om|te)(?![\p{L}])`
    ]
  )
];
var NEGATED = [
  // "todavía no ha sido sometido a pruebas adversariales", "n'a pas encore été évalué", "wurde noch keinem Red-Teaming
  // unterzogen": not yet put through testing, in the card languages.
  guarded(
    ["no ha", "no han", "non \xE8", "non sono", "n'a", "n\u2019a", "n'ont", "n\u2019ont", "nicht", "keine", "niet"],
    [
      String.raw`\bno (?:ha|han|había|habían) sido (?:aún |todavía )?(?:sometid[oa]s?|evaluad[oa]s?|probad[oa]s?|auditad[oa]s?)\b|\bnon (?:è|sono) (?:ancora )?stat[oiae] (?:ancora )?(?:sottopost|valutat|testat|verificat)[oiae]\b|\bn['’](?:a|ont) pas (?:encore )?été (?:soumis|testée?s?|évaluée?s?|auditée?s?)(?![\p{L}])`,
      // "wurde im Rahmen dieser DSFA nicht durchgeführt": words between the auxiliary and the denial.
      String.raw`\bwurden? (?:[^.;]{1,60}? )?nicht (?:\p{L}+ )?(?:durchgeführt|vorgenommen|erstellt|veröffentlicht|getestet|geprüft|bewertet|evaluiert|dokumentiert|gemessen|benannt|bestellt)(?![\p{L}])`,
      String.raw`\bwurden? (?:noch |bisher )?(?:keine[mrn]?\b|nicht(?! nur\b))[^.;]{0,40}?\b(?:unterzogen|getestet|geprüft|evaluiert|bewertet)\b|\b(?:is|zijn) (?:nog |tot nu toe )?niet(?! alleen\b)\b[^.;]{0,30}?(?:onderworpen|getest|geëvalueerd|gecontroleerd)(?![\p{L}])`
    ]
  ),
  // "Cybersecurity measures are outside the scope of this model card and are not described here": the card leaves them out.
  guarded(
    ["scope", "described", "covered", "addressed", "discussed", "detailed"],
    [
      String.raw`\b(?:is|are) (?:(?:outside|beyond) the scope of|not (?:described|covered|addressed|discussed|detailed|documented) (?:here|in)) this (?:model )?(?:card|document)\b(?![^.]*\b(?:see|refer|available|described in|documented in|published|but|instead|rather|separately)\b)|\b(?:is|are) not (?:described|covered|addressed|discussed|detailed|documented) here\b(?![^.]*\b(?:see|refer|available|described in|documented in|published|but|instead|rather|separately)\b)`
    ]
  ),
  guarded(
    [
      "not",
      "never",
      "n't",
      " no",
      "non ",
      "keine",
      " ne ",
      "bevat",
      "geen",
      "kein",
      "aucun",
      "n\u2019",
      "n'",
      "without",
      "dispon"
    ],
    [
      String.raw`\b(?:(?:has|have|had|was|were|is|are) (?:not|never)(?: yet)?(?: been)?|(?:hasn't|haven't|hadn't|wasn't|weren't|isn't|aren't)(?: yet)?(?: been)?|did not|didn't|do not|don't|does not|doesn't) (?:\w+ ){0,2}?(?:adopt(?:ed)?|establish(?:ed)?|implement(?:ed)?|decided (?:on|upon)|chosen|selected|settled on|set up|create[ds]?|introduce[ds]?|define[ds]?|put in place|draw(?:n)? up|appoint(?:ed)?|conduct(?:ed)?|perform(?:ed)?|carr(?:y|ied) out|done|undert(?:ake|aken)|evaluated?|benchmarked|test(?:ed)?|red[- ]?team(?:ed)?|assess(?:ed)?|audit(?:ed)?|measured?|track(?:ed)?|publish(?:ed)?|disclosed?|report(?:ed)?|verif(?:y|ied)|validated?|check(?:ed)?|confirm(?:ed)?|watermark(?:ed)?|label(?:l?ed)?|mark(?:ed)?|record(?:ed)?|log(?:ged)?|meter(?:ed)?|monitor(?:ed)?|estimated?|calculated?|document(?:ed)?|keep|kept|undergo(?:ne)?|gone through|go through|subjected to|complete[ds]?|prepared|drafted|written|produced|compiled|drawn up)\b`,
      // "We didn't have time for a red-team exercise", "there was no budget to commission one": not done.
      String.raw`\b(?:(?:did not|didn't|do not|don't) have|had no|have no|(?:there|it) (?:was|is) no) (?:the |enough |any )?(?:time|budget|resources|capacity|opportunity|chance) (?:for|to)\b`,
      // "It does not have any moderation mechanisms", "does not support function calling": what the model lacks.
      String.raw`\b(?:does not|doesn't|do not|don't)(?: currently| presently| yet| by default| natively)? (?:have|include|contain|ship with|come with|apply|use|support|offer|provide) (?:any )?\b|\b(?:does not|doesn't|do not|don't)(?: currently| presently| yet)? (?:run|operate|maintain) (?:a|an|any)\b|\b(?:has|have|carries|carry|contains|contain|includes|include|embeds|embed|bears|bear) no\b`,
      // "Aurel-3 shipped with no acceptable use policy attached", "was released without any evaluation report": it went out lacking it.
      String.raw`\b(?:shipped|ships|ship|released|launched|published|went out|goes out|came out|comes out|went live|goes live)(?: publicly)? (?:with no|without (?:a|an|any|the)\b)`,
      String.raw`\b(?:is|are|was|were|has|have)(?: currently| presently| yet)?(?: not|n't)(?: been)?(?: \w+)? (?:watermarked|marked|labell?ed|filtered|screened|cleaned|moderated|encrypted|monitored|audited|deduplicated|notified|appointed|designated|included|shown|listed|reported|provided)\b`,
      // "The security audit did not take place in this period", "Milestone MS4 was not reached".
      String.raw`\b(?:did not|didn't|has not|hasn't|have not|haven't|had not) (?:yet )?(?:take|taken|took) place\b|\b(?:was|were|has|have|is|are)(?: not|n't)(?: yet)?(?: been)? (?:reached|achieved|held)\b`,
      // "so no systemic risk assessment was performed", "No red-teaming has been carried out".
      String.raw`\bno (?:[\w-]+ ){0,4}(?:assessments?|evaluations?|tests?|testing|red[- ]?teaming|audits?|analys[ie]s|stud(?:y|ies)|reviews?|measurements?) (?:was|were|has been|have been|is|are) (?:performed|conducted|carried out|done|undertaken|made|run|completed)\b`,
      // "No training-content summary is provided, as …": the document does not exist.
      String.raw`^no (?:[\w-]+ ){0,4}(?:summary|overview|report|polic(?:y|ies)|documentation|statement|information|details?|contact|channel|representative|diagram|description|account|explanation|write-?up)(?: (?:of|for|on|about)(?: [\w,-]+){1,10}?)? (?:is|are|was|were|has been|have been) (?:currently |yet )?(?:provided|published|given|available|included|made available|offered|prepared|written|produced|compiled|drawn up)\b`,
      // "No systemic risk assessment for Aurel-3 — it's a 7B model": none, said without a verb.
      String.raw`^no (?:[\w-]+ ){0,4}(?:assessments?|evaluations?|tests?|testing|red[- ]?teaming|audits?|analys[ie]s|stud(?:y|ies)|reviews?)\b(?!\s+(?:is|are|was|were|has been|have been) (?:needed|required|necessary|due))`,
      // "C2PA: not supported", "Watermarks are not used": the feature is absent.
      String.raw`(?:^|\b(?:is|are|was|were) )(?:currently )?not (?:supported|offered|enabled|implemented|used|applied)\b`,
      // "No watermark or provenance metadata is added to generated images".
      String.raw`\bno (?:visible |invisible |digital )?(?:watermark\w*|provenance|C2PA|content credentials|AI labels?|labell?ing|marking)\b[^.;\n]{0,60}\b(?:is|are|was|were) (?:added|applied|embedded|attached|inserted|included|used)\b`,
      // "Environment: no library versions were pinned or tested for this release".
      String.raw`\bno (?:[\w-]+ ){0,3}(?:versions?|dependencies|librar(?:y|ies)|packages?|requirements?) (?:was|were|is|are|has been|have been) (?:pinned|specified|listed|tested|documented|recorded|fixed)\b`,
      // "non contiene filigrane", "enthält keine Wasserzeichen", "ne contient aucun", "no contiene", "bevat geen".
      String.raw`(?<![\p{L}])(?:no (?:marca|marcan|añade|añaden|incluye|incluyen|inserta|insertan|incorpora|incorporan|lleva|llevan|aplica|aplican)(?![\p{L}])|non (?:hanno|presenta|presentano|contiene|contengono|include|includono|aggiunge|aggiungono|applica|applicano|utilizza|utilizzano|usa|usano|inserisce|inseriscono|incorpora|incorporano)|(?:enth(?:ält|alten)|wendet|wenden|fügt|fügen|bettet|betten|verwendet|verwenden|setzt|setzen) (?:\S+ ){0,2}keine?|ne (?:contien(?:t|nent)|comporte(?:nt)?|porte(?:nt)?|inclu(?:t|ent)) (?:pas|aucun\p{L}*)|n['’](?:applique|ajoute|utilise|insère|intègre|emploie)(?:nt)? (?:pas|aucun\p{L}*)|no (?:contiene|contienen|incluye|incluyen|añade|añaden|lleva|llevan|aplica|aplican|utiliza|utilizan|usa|usan|incorpora|incorporan|inserta|insertan)|(?:bevat(?:ten)?|past|passen|voegt|voegen|gebruikt|gebruiken|brengt|brengen) (?:\S+ ){0,2}(?:geen|niet))(?![\p{L}])`,
      // "Per Aurel-3 non è stata effettuata alcuna valutazione", "No se ha realizado ninguna evaluación": nothing done, said in the passive.
      String.raw`(?<![\p{L}])(?:non (?:è|sono) stat[oaie] (?:ancora )?(?:effettuat|condott|eseguit|svolt|realizzat|pubblicat|nominat|designat|notificat|misurat|valutat|testat)[oaie]|no se (?:ha|han) (?:\p{L}+ )?(?:realizado|llevado a cabo|efectuado|publicado|designado|nombrado|notificado|medido|evaluado))(?![\p{L}])`,
      // Nothing appointed or done, in the card languages: "heeft geen gemachtigde … aangewezen", "hat keinen Bevollmächtigten
      // benannt", "n'a désigné aucun mandataire", "no ha designado", "non ha nominato".
      String.raw`(?<![\p{L}])(?:geen|keine[nrm]?|kein)(?![\p{L}])[^.;\n]{0,60}(?<![\p{L}])(?:aangewezen|benoemd|aangesteld|uitgevoerd|benannt|bestellt|ernannt|durchgeführt)(?![\p{L}])|(?<![\p{L}])n['’](?:a|ont|avons) (?:pas |encore |jamais )*(?:été )?(?:désigné|nommé|réalisé|effectué|mené|documenté|décrit|fourni|communiqué|précisé|mesuré|évalué|testé)e?s?(?![\p{L}])|(?<![\p{L}])n['’](?:a|ont) (?:pas |encore |jamais )*fait l['’]objet d(?![\p{L}])|(?<![\p{L}])aucun\p{L}* (?:[\p{L}-]+ ){0,3}n['’](?:a|ont) (?:encore )?été (?:désigné|nommé|réalisé|effectué|mené|fourni|communiqué|documenté|publié|précisé)e?s?(?![\p{L}])|(?<![\p{L}])(?:no se dispone de|no disponemos de|non si dispone di|non disponiamo di|on ne dispose (?:pas|d['’]aucun\p{L}*)|nous ne disposons (?:pas|d['’]aucun\p{L}*))(?![\p{L}])|(?<![\p{L}])no (?:ha|han|hemos) (?:\p{L}+ )?(?:designado|nombrado|realizado|llevado a cabo|medido|evaluado|probado|calculado|documentado|estimado|registrado|auditado)(?![\p{L}])|(?<![\p{L}])non (?:ha|hanno|abbiamo) (?:ancora )?(?:designato|nominato|effettuato|condotto|misurato|valutato|testato|calcolato|documentato|stimato|registrato)(?![\p{L}])`,
      // "No special protection for weights, model is anyway downloadable": none of it, said without a verb.
      String.raw`^no (?:special|particular|specific|extra|additional|dedicated|separate) (?:[\w-]+ ){0,2}?(?:protection|security|measures|safeguards|controls|filtering|filters|marking|watermark\w*|testing|process|channel|policy|procedure)s?\b(?!\s+(?:was|were|is|are|has|have|had)\b)`,
      // "There is currently no dedicated channel for reporting incidents", "we have no formal process".
      String.raw`\b(?:there (?:is|are)|we have|it has) (?:currently |yet |at present |at this time )?no (?:[\w-]+ ){0,3}(?:channels?|process(?:es)?|procedures?|mechanisms?|polic(?:y|ies)|contacts?|representatives?|programm?e?s?|forms?|address(?:es)?|watermark\w*)\b`,
      // "Weight security: no dedicated protection measures are in place".
      String.raw`\bno (?:[\w-]+ ){0,3}(?:measures|protections?|safeguards|controls|process(?:es)?|procedures?|polic(?:y|ies)|mechanisms?|filters?|monitoring) (?:is|are|was|were|has been|have been) (?:currently )?(?:in place|implemented|defined|established|deployed)\b`,
      // "Red teaming: none performed on this checkpoint", "EU representative: none appointed at this time".
      String.raw`\bnone (?:was |were |has been |have been |is |are )?(?:yet )?(?:performed|conducted|carried out|done|run|appointed|designated|undertaken|completed|measured|tracked|recorded|provided|published|supplied|given)\b`,
      // A label's value that denies it: "Benchmarks: not evaluated", "Compute used: not tracked".
      String.raw`^not (?:formally |yet |systematically )?(?:evaluated|tested|benchmarked|performed|conducted|measured|tracked|recorded|logged|assessed|red[- ]?teamed|audited|run|done|appointed|designated|available|provided|published|supplied)\b`,
      String.raw`\bno (?:formal |specific |dedicated |additional |external |internal |systematic |independent |third-party |systemic-risk |risk |safety |security |dangerous[- ]capabilit(?:y|ies) |capability |frontier |misuse |bias |fairness |privacy |data )*(?:red[- ]?teaming|red[- ]?team(?:s|ers)?|adversarial (?:testing|evaluations?)|safety (?:testing|evaluations?)|evaluations?|assessments?|testing|audits?|reviews?|screening)(?: \([^()]{1,60}\))?(?: (?:of|for|on) [^.;,]{1,60}?)? (?:has|have|was|were|is|are|had)\b`,
      // "it is not covered by a safety framework".
      String.raw`\b(?:is|are|was|were)(?: not|n't) (?:covered by|subject to|part of|accompanied by|shipped with|released with|published with|governed by) (?:a|an|any|our|the) (?:[\w-]+ ){0,2}(?:framework|polic(?:y|ies)|programme|program|process|licen[cs]e|terms)\b`
    ]
  ),
  // "no se marcan como generados por IA", "werden nicht gekennzeichnet", "ne sont pas marqués": not marked, said in the passive.
  guarded(
    ["no se", "non ", " ne ", "nicht", "niet"],
    [
      String.raw`(?<![\p{L}])(?:no se (?:marca|marcan|etiqueta|etiquetan|aplica|aplican|añade|añaden|incorpora|incorporan|inserta|insertan)|non (?:viene|vengono|è|sono) (?:marcat|etichettat|contrassegnat|filigranat)[oaie]|ne (?:sont|est) pas (?:marqu|étiquet|filigran|tatou)ée?s?|(?:wird|werden) (?:\S+ ){0,2}nicht (?:gekennzeichnet|markiert|mit Wasserzeichen)|(?:wordt|worden) (?:\S+ ){0,2}niet (?:gemarkeerd|gelabeld|gewatermerkt))(?![\p{L}])`
    ]
  ),
  // "Nessuna valutazione … è stata effettuata", "Ninguna evaluación … se ha realizado": none done, in the passive.
  guarded(
    ["nessun", "ningun", "ning\xFAn"],
    [
      String.raw`(?<![\p{L}])(?:nessun\p{L}* (?:[\p{L}'’-]+ ){0,5}(?:è|sono) stat[oaie] (?:ancora )?(?:effettuat|condott|eseguit|svolt|realizzat|pubblicat|nominat|designat)[oaie]|ning[uú]n\p{L}* (?:[\p{L}-]+ ){0,5}(?:se )?(?:ha|han) (?:sido )?(?:realizad|efectuad|llevad|publicad|designad)[oa]s?)(?![\p{L}])`
    ]
  ),
  // "was neither metered nor estimated", "weder gemessen noch geschätzt", "ni mesurée ni estimée": both denied.
  guarded(
    ["neither", "weder", " ni ", " n\xE9 ", "noch"],
    [
      String.raw`\b(?:is|are|was|were|has been|have been) neither (?:\w+ ){0,2}?\w+(?:ed|en|wn|ne|de) nor\b|(?<![\p{L}])(?:weder (?:\p{L}+ ){0,2}?\p{L}+(?:t|en) noch|ni (?:\p{L}+ ){0,1}?\p{L}+(?:ée?s?|ado|ada|ados|adas|ido|ida) ni|né (?:\p{L}+ ){0,1}?\p{L}+(?:at[oaie]|ut[oaie]) né|noch (?:ge)?\p{L}+(?:d|t|en) noch)(?![\p{L}])`
    ]
  ),
  // Not there (yet), in the card languages.
  guarded(
    ["nog ", "noch ", "encore", "todav\xEDa", "ancora"],
    [
      // "voor deze release is nog geen beleid beschikbaar", "noch keine Richtlinie verfügbar", "pas encore disponible": not there (yet).
      String.raw`(?<![\p{L}])(?:nog (?:geen|niet)\b[^.;]{0,60}?\bbeschikbaar|noch (?:keine?n?|nicht)\b[^.;]{0,60}?\bverfügbar|(?:pas|n['’]est) encore\b[^.;]{0,60}?\bdisponibles?|todavía no\b[^.;]{0,60}?\bdisponibles?|non (?:è )?ancora\b[^.;]{0,60}?\bdisponibil[ei])(?![\p{L}])`
    ]
  ),
  // "Bevollmächtigter: noch nicht benannt", "pas encore désigné", "non ancora nominato": not appointed, as "not yet appointed".
  guarded(
    ["noch nicht", "pas encore", "a\xFAn no", "todav\xEDa no", "non ancora", "nog niet"],
    [
      String.raw`(?<![\p{L}])(?:noch nicht|pas encore|aún no|todavía no|non ancora|nog niet) (?:(?:se )?(?:ha|han|été|wurde|sido|stato|stata|is|zijn) )?(?:benannt|ernannt|bestellt|nommée?s?|désignée?s?|nombrad[oa]s?|designad[oa]s?|nominat[oaie]|designat[oaie]|benoemd|aangewezen|aangesteld)(?![\p{L}])`
    ]
  ),
  // "Ein Verfahren … besteht derzeit nicht", "il n'existe aucune procédure", "no existe", "non esiste", "bestaat niet": there is none.
  guarded(
    [
      "besteht",
      "bestehen",
      "existiert",
      "existieren",
      "gibt",
      "existe",
      "esiste",
      "bestaat",
      "bestaan",
      "exist",
      "il n'y",
      "il n\u2019y"
    ],
    [
      String.raw`(?<![\p{L}])(?:(?:besteht|bestehen|existiert|existieren|gibt es|es gibt) (?:\S+ ){0,3}?(?:nicht(?! nur\b)|keine?[nrms]?)|(?:n['’]existe(?:nt)?|ne existe(?:nt)?) (?:\S+ ){0,2}?(?:pas|aucun\p{L}*)|il n['’]y a (?:\S+ ){0,2}?(?:pas|aucun\p{L}*)|no existe(?:n)?|non (?:esiste|esistono)|(?:bestaat|bestaan) (?:\S+ ){0,3}?(?:niet|geen)|(?:does|do) not exist|(?:doesn't|don't) exist)(?![\p{L}])`
    ]
  ),
  // "nothing was filtered for that": none of it done.
  guarded(
    ["nothing"],
    [
      String.raw`\bnothing (?:was|were|has been|got|is) (?:\w+ )?(?:filtered|removed|done|checked|measured|tested|tracked|recorded|logged|deduplicated|reviewed|evaluated|assessed|red[- ]?teamed|audited|published|documented|screened)\b`
    ]
  )
];
var DISCLOSE = String.raw`(?:disclose|reveal|share|publish|make public|provide|release|comment on|document|specify|state|give|answer)`;
var WITHHELD_OBJECT = String.raw`(?:how|what|which|where|when|whether|why|(?:[\w'’-]+ ){0,4}(?:details?|information|specifics|figures?|numbers?|counts?|sizes?|composition|sources|breakdown|mix|methodology|results|questions|inquiries|enquiries|requests|architecture|parameters|training data|training compute|energy (?:use|consumption)))`;
var HELD_FOR = /\b(?:AI Office|on request|upon request|authorit(?:y|ies)|regulators?|(?:available|provided|shared|disclosed) (?:to|with) (?:the |our )?(?:Commission|customers|partners|downstream providers)|under NDA)\b/i;
var CLOSED_WEIGHTS = /(?<![\p{L}])(?:weights|Gewichte|gewichten|poids|pesos|pesi)(?![\p{L}])[^.;]{0,40}(?:publi|veröffentlich|gepubliceerd|pubblica|vrijgegeven|freigegeben|released)/iu;
var SECOND_CLAUSE_NOT = String.raw`(?<!(?:;|\bbut\b|\bhowever\b|\balthough\b|\bthough\b|\bwhile\b|\bpero\b|\bmais\b|\baber\b|\bma\b|\bmaar\b)[^;.]*)`;
var WITHHELD = [
  // "These details are commercially confidential and are not provided with this offer": kept back as confidential.
  // ("User data is kept confidential" is a measure: only what the card would tell is meant.)
  guarded(
    ["confidential", "vertraulich", "confidenti", "vertrouwelijk"],
    [
      String.raw`(?<![\p{L}])(?:details?|information|figures?|numbers?|specifics|composition|breakdown|architecture|parameters?(?: count)?|size|results|reports?|methodology|sources|these|this|they|it|Angaben|Details|Informationen|Zahlen|informations|détails|chiffres|información|detalles|cifras|informazioni|dettagli|cifre|gegevens|informatie|cijfers)(?![\p{L}])[^.;]{0,40}?(?<![\p{L}])(?:(?:is|are|remains?) (?:commercially |strictly |business[- ])?confidential|(?:ist|sind|bleibt|bleiben) (?:streng |geschäftlich )?vertraulich|(?:est|sont|reste|restent) (?:strictement )?confidentiel(?:le)?s?|(?:es|son) (?:estrictamente )?confidencial(?:es)?|(?:è|sono|resta|restano) (?:strettamente )?(?:riservat[oaie]|confidenzial[ei])|(?:is|zijn|blijft|blijven) (?:strikt )?vertrouwelijk)(?![\p{L}])`
    ]
  ),
  guarded(
    ["not", "n't", "unable", "undisclosed", " no ", "nicht", " ne ", " n'", " n\u2019", " non ", "niet", "never"],
    [
      String.raw`\b(?:(?:do|does|did|will|can|could|may)(?: not|n't)|cannot|can't|won't)(?: currently| publicly| yet)? ${DISCLOSE}\b (?:publicly )?${WITHHELD_OBJECT}\b`,
      String.raw`\b(?:unable|not able|not in a position) to (?:publicly )?${DISCLOSE}\b`,
      // "Our first card never mentioned which inputs it handles": left unsaid.
      String.raw`\bnever (?:publicly )?(?:disclosed|revealed|shared|published|mentioned|stated|specified|said|documented|listed|indicated|told)\b (?:publicly )?${WITHHELD_OBJECT}\b`,
      // "The release card did not say which modalities it supports": a document that left it unsaid ("we can't say which
      // one", "…, but doesn't say how" decline one detail of what they report).
      String.raw`(?<!\bbut (?:it |they |we |the card )?)\b(?:did|does|do)(?: not|n't) (?:say|mention|indicate|list|tell)\b (?:publicly )?${WITHHELD_OBJECT}\b`,
      // "We haven't evaluated or documented any tool use, so we can't say either way": left undocumented, neither way.
      String.raw`\b(?:have|has)(?: not|n't) (?:yet )?(?:(?:evaluated|tested|measured|assessed|checked) (?:or|and|nor) )?documented (?:any|its|our)\b|\b(?:cannot|can't|can not) say (?:anything |much )?either way\b`,
      // "Details of the training data cannot be provided at this stage": the passive of the same.
      String.raw`\b(?:details?|information|specifics|figures?|numbers?|composition|breakdown|sources)\b[^.;]{0,60}?\b(?:cannot|can't|can not|could not|couldn't|may not|will not|won't) be (?:publicly )?(?:provided|disclosed|shared|given|published|released|revealed|made (?:available|public))\b`,
      // "Le fournisseur n'a communiqué ni le volume … ni les méthodes": not told, in French.
      String.raw`(?<![\p{L}])n['’](?:a|ont|avons) (?:pas |encore |jamais |rien )*(?:communiqué|divulgué|révélé|précisé|indiqué|fourni|rendu public)(?![\p{L}])`,
      // "We're not sharing the parameter count for now": kept back, said as it happens.
      String.raw`\b(?:we|i)(?:'re| are| am) not (?:currently |yet |publicly )?(?:sharing|disclosing|publishing|releasing|revealing|giving out|making public)\b`,
      // "After internal review we have decided not to disclose the parameter count".
      String.raw`\b(?:decided|chosen|chose|opted|elected) not to (?:publicly )?${DISCLOSE}\b`,
      // "Parameter count and architecture details will not be disclosed".
      String.raw`\b(?:will not|won't) be (?:publicly )?(?:disclosed|revealed|made public|shared)\b`,
      String.raw`\b(?:is|are|was|were|has|have|remains?)(?: likewise| also| currently)?(?: not|n't)(?: been)?(?: publicly| yet)? (?:disclosed|revealed|made public|documented|shared)\b|\b(?:is|are)(?: deliberately| intentionally)? not (?:described|detailed|listed|specified) (?:in|on) (?:this|the) (?:card|page|document)\b|\b(?:details?|information|specifics|figures?|numbers?)\b[^.;]{0,60}\b(?:is|are|was|were|remains?)(?: likewise| also| currently)?(?: not|n't)(?: been)?(?: publicly| yet)? published\b|\b(?:undisclosed|not publicly (?:disclosed|documented|known|released))\b`,
      // "The Provider makes no representation herein as to the particulars of the present Model": nothing said of it.
      String.raw`\b(?:makes?|made|gives?|gave|offers?) no (?:representations?|statements?|claims?|disclosures?)(?: (?:herein|here|in this (?:card|document|section)))? (?:as to|about|regarding|concerning|on|with respect to)\b`,
      // A field's value that keeps it back: "Training data: not disclosed for competitive reasons".
      String.raw`^(?:not|kept) (?:publicly |yet )?(?:disclosed|revealed|shared|made public)\b`,
      String.raw`\bno (?:publicly )?(?:documented|disclosed|published|stated|specified|official) (?:maximum|minimum|limit|figures?|numbers?|values?|information|details?)\b`,
      // The same in German, French, Spanish, Italian and Dutch.
      String.raw`\b(?:werden|wird|sind|ist) (?:\S+ ){0,3}nicht (?:öffentlich )?(?:offengelegt|bekannt ?gegeben|veröffentlicht|dokumentiert)\b|\b(?:legen|geben) (?:\S+ ){0,4}nicht (?:offen|bekannt)\b|\b(?:dokumentieren|veröffentlichen) (?:wir|\S+) (?:\S+ ){0,3}nicht\b`,
      String.raw`\bn['’](?:est|sont) (?:\S+ ){0,2}pas (?:divulgu|communiqu|publi|rendu|document)\w*|\bne (?:sont|est|seront|pas) (?:\S+ ){0,2}(?:pas )?(?:divulgu|communiqu|publi|rendu|document)\w*|\bne (?:divulgu|communiqu|publi|document|précis)\w* pas\b`,
      String.raw`\bno (?:se )?(?:divulg|revel|public|comunic|document|especific|detall)(?:a|an|amos)\b|^no (?:publicad|divulgad|revelad|comunicad|documentad|indicad|especificad|facilitad|proporcionad)[oa]s?\b|^non (?:pubblicat|divulgat|comunicat|documentat|indicat|specificat)[oaie]\b|^niet (?:gepubliceerd|openbaar gemaakt|bekendgemaakt|gedocumenteerd|vermeld|opgegeven)\b|^nicht (?:veröffentlicht|offengelegt|angegeben|dokumentiert)\b|^non (?:publiée?s?|divulguée?s?|communiquée?s?|documentée?s?|indiquée?s?|précisée?s?)(?![\p{L}])`,
      String.raw`\bnon (?:vengono |sono |è )?(?:divulgat|rivelat|pubblicat|comunicat|documentat|divulghiamo|riveliamo|pubblichiamo|comunichiamo|documentiamo|specifichiamo)\w*\b`,
      String.raw`\b(?:maken|geven|wordt|worden) (?:\S+ ){0,3}niet (?:openbaar|bekend|gepubliceerd|vrijgegeven)\b`
    ]
  ),
  // "Updated tool-use documentation is not available for this release": the card does not say.
  guarded(
    ["not available"],
    [
      String.raw`\b(?:documentation|docs|information|details|section|guide|description|instructions)\b[^.;]{0,30}\b(?:is|are) (?:currently |yet )?not available\b`
    ]
  ),
  // "The size of Aurel-3 is not stated", "No FLOP figure is given", "n'est pas précisé", "wird nicht angegeben": the
  // documentation is silent on it. A pointer elsewhere ("not described here; see the report") still tells where it is.
  guarded(
    ["not", "no ", "aucun", "n'", "n\u2019", " ne ", "nicht", "nirgend", "non ", "niet"],
    [
      String.raw`${SECOND_CLAUSE_NOT}\b(?:is|are|was|were|has|have)(?: currently| yet| itself| themselves)?(?: not|n't)(?: been)? (?:stated|given|specified|described|mentioned|explained|evidenced)\b(?! (?:access|to|any|a|an|the|permission|as)\b)(?![^.]*\b(?:see|refer|available|described in|documented in|published|but|instead|rather|separately|below|above)\b)`,
      String.raw`^no (?:[\w'’,-]+ ){0,12}?(?:is|are|was|were|has been|have been) (?:currently |yet )?(?:given|stated|specified|disclosed|documented|described|mentioned|evidenced|located|available|made available|supplied|provided|shown|presented)\b`,
      String.raw`${SECOND_CLAUSE_NOT}(?<![\p{L}])(?:n['’](?:est|sont|a été|ont été)|ne (?:nous |lui |leur )?(?:a|ont) été) (?:pas )?(?:donnée?s?|indiquée?s?|précisée?s?|mentionnée?s?|décrite?s?|documentée?s?|communiquée?s?|transmise?s?)(?![\p{L}])|(?<![\p{L}])ne (?:nous|lui|leur) (?:a|ont) (?:pas )?été (?:fournie?s?|remise?s?|présentée?s?)(?![\p{L}])`,
      String.raw`${SECOND_CLAUSE_NOT}(?<![\p{L}])(?:wird|werden|wurde|wurden|ist|sind) (?:\S+ ){0,3}(?:nicht|nirgends|nirgendwo) (?:angegeben|genannt|beschrieben|erwähnt|mitgeteilt|ausgewiesen|erläutert)(?![\p{L}])`,
      String.raw`${SECOND_CLAUSE_NOT}(?<![\p{L}])no se (?:indica|indican|menciona|mencionan|describe|describen|precisa|precisan|facilita|facilitan)(?![\p{L}])|(?<![\p{L}])non (?:è|sono|viene|vengono) (?:stat[oaie] )?(?:indicat|specificat|descritt|menzionat|riportat|comunicat|dichiarat)[oaie](?![\p{L}])`,
      String.raw`${SECOND_CLAUSE_NOT}(?<![\p{L}])(?:wordt|worden|werd|werden|is|zijn) (?:\S+ ){0,3}niet (?:vermeld|gespecificeerd|beschreven|opgegeven|genoemd|aangegeven|toegelicht)(?![\p{L}])`
    ]
  ),
  // "Die Zusammensetzung ist für uns ein Geschäftsgeheimnis", "Dazu sagen wir öffentlich nichts", "not something I can talk about".
  guarded(
    ["secret", "geheim", "nichts", "comment", "talk about", "discuss"],
    [
      String.raw`\b(?:is|are|remains?|constitutes?) (?:[\w-]+ ){0,3}?(?:an? )?(?:trade secrets?|confidential business information)\b|(?<![\p{L}])(?:(?:ist|sind|bleibt|bleiben) (?:[\p{L}-]+ ){0,3}?(?:ein )?Geschäftsgeheimnis(?:se)?|(?:est|sont|reste|restent) (?:[\p{L}-]+ ){0,3}?(?:un )?secret (?:des affaires|commercial|industriel)|(?:es|son) (?:[\p{L}-]+ ){0,3}?(?:un )?secreto (?:comercial|industrial)|(?:è|sono) (?:[\p{L}-]+ ){0,3}?(?:un )?segreto (?:commerciale|industriale)|(?:is|zijn) (?:[\p{L}-]+ ){0,3}?(?:een )?bedrijfsgeheim(?:en)?)(?![\p{L}])`,
      String.raw`(?<![\p{L}])(?:sagen|äußern) wir (?:uns )?(?:dazu )?(?:öffentlich |derzeit |aktuell )?nichts(?![\p{L}])|\b(?:we|i) (?:don't|do not|won't|will not|can't|cannot|aren't|are not|'re not) (?:publicly )?(?:comment(?:ing)? on|talk(?:ing)? about|discuss(?:ing)?) (?:that|this|it|specifics|details|numbers|figures)\b|\bnot something (?:i|we) can (?:talk about|discuss|share|comment on|disclose)\b`
    ]
  )
];
var WITHDRAWN_THING = String.raw`(?:link|section|statement|claim|note|figure|number|table|summary|description|paragraph|polic(?:y|ies)|instructions?|guide|recipe|estimate|score|result|value|date|format|entry|revision)s?`;
var RETRACTED = [
  guarded(
    [
      "previous",
      "formerly",
      "earlier",
      "originally",
      "this card",
      "the card",
      "this section",
      "this page",
      "readme",
      "revision",
      "former",
      "older",
      "prior",
      "outdated",
      "removed",
      "withdr",
      "retract",
      "deleted",
      "taken down",
      "took down",
      "pulled",
      "retired",
      "superseded",
      "replaced",
      "in error",
      "premature",
      "defunct",
      "discontinued",
      "no longer",
      "dropped",
      "cancel",
      "abandoned",
      "postponed",
      "scrapped",
      "struck",
      "entfernt",
      "zur\xFCckgezogen",
      "gestrichen",
      "veraltet",
      "bisherig",
      "fr\xFCher",
      "vorherig",
      "eerder",
      "precedenza",
      "anterior",
      "pr\xE9c\xE9dent",
      "ant\xE9rieur",
      "pr\xE9c\xE9demment"
    ],
    [
      String.raw`\b(?:previously|formerly|earlier|originally)\b,? (?:this card|the card|this section|this page|the readme|we|it)\b[^.;]{0,20}?\b(?:said|stated|claimed|reported|listed|gave|showed|described|mentioned|named|wrote|read)\b`,
      String.raw`\b(?:this card|the card|this section|this page|the readme|an? (?:earlier|previous|older|prior) (?:revision|version|edit)s?(?: of (?:this|the) (?:card|section|page|readme))?|(?:earlier|previous|older|prior) revisions?)\b[^.;]{0,40}?\b(?:said|stated|claimed|reported|listed|gave|showed|described|mentioned|named|quoted|wrote)\b`,
      String.raw`\b(?:earlier|previous|former|older|prior|outdated)\b (?:[\w"“”-]+ ){0,4}?${WITHDRAWN_THING}\b[^.;]{0,100}?\b(?:(?:has|have) been|was|were|is|are)\b (?:now |also )?(?:removed|withdrawn|retracted|deleted|taken down|pulled|retired|superseded|wrong|incorrect|inaccurate|premature|outdated|obsolete|invalid|dropped|cancell?ed|posted in error|a mistake|an error|mistaken)\b`,
      String.raw`\b${WITHDRAWN_THING}\b (?:(?:shown|given|listed|described|stated|linked|posted|quoted) )?(?:here|above|below|in (?:this|the) (?:card|section|readme))\b[^.;]{0,80}?\b(?:(?:has|have) been|was|were)\b (?:now |also )?(?:removed|withdrawn|retracted|deleted|taken down|pulled|retired|superseded|replaced)\b`,
      // "the section on function calling has been removed", "the earlier statement that … came from the Aurel-3-Vision card".
      String.raw`\b(?:the|this|that|our) (?:section|paragraph|table|link|statement|note|claim|description|figure) (?:on|about|for|with|to|describing|listing|giving|that)\b[^.;]{0,60}?\b(?:has|have) been (?:removed|withdrawn|retracted|deleted|taken down|pulled|superseded)\b`,
      String.raw`\b(?:earlier|previous|former|older|prior)\b (?:[\w"“”-]+ ){0,4}?${WITHDRAWN_THING}\b[^.;]{0,100}?\b(?:came from|comes from|belongs to|belonged to|referred to|applied to|was (?:for|about) )`,
      String.raw`\b(?:that|this|the) (?:date|plan|release date|deadline|timeline|figure|estimate|claim|statement) (?:has been|was|is) (?:dropped|cancell?ed|abandoned|withdrawn|postponed|scrapped)\b`,
      String.raw`\b(?:described|given|stated|listed|shown|quoted|reported|claimed|mentioned) in an? (?:earlier|previous|older|prior) (?:revision|version|edit)\b|\b(?:posted|published|added|included|stated|given|listed) in error\b|\bwas premature\b|\b(?:has|have|had) been (?:withdrawn|retracted|retired|taken down)\b`,
      String.raw`\bwe (?:have )?(?:removed|withdrawn|withdrew|retracted|deleted|took down|taken down|pulled) (?:the |our |this |that |its )?(?:[\w-]+ ){0,3}?${WITHDRAWN_THING}\b`,
      // An edit's note alone: "EDIT: removed, as this no longer reflects …", "(domain retired)", "(scores withdrawn pending re-evaluation)".
      String.raw`^\W*(?:edit|update|note|correction|erratum)\b[^:]{0,30}:\s*(?:removed|withdrawn|retracted|deleted|struck)\b|^\W*(?:removed|withdrawn|retracted|deleted)\W*$|\b(?:domain|address|e-?mail|link|url|page|channel|inbox|form) (?:is |was |has been )?(?:retired|defunct|discontinued|no longer (?:active|monitored|in use|valid))\b|\b(?:scores?|figures?|numbers?|results?|values?|estimates?) (?:(?:is|are|was|were|has been|have been) )?(?:withdrawn|retracted)\b`,
      String.raw`(?<![\p{L}])\p{L}*(?:beschreibung|angabe|abschnitt|aussage|tabelle|anleitung|hinweis)(?:en)?(?![\p{L}])[^.;]{0,80}?(?<![\p{L}])(?:wurden?|ist|sind) (?:\p{L}+ ){0,2}?(?:entfernt|zurückgezogen|gestrichen)(?![\p{L}])|(?<![\p{L}])(?:bisherige|frühere|vorherige)\p{L}* (?:\p{L}+ ){0,2}?\p{L}*(?:beschreibung|angabe|abschnitt|aussage|tabelle|anleitung|hinweis)(?![\p{L}])[^.;]{0,60}?(?<![\p{L}])(?:war|ist|wurde) (?:\p{L}+ ){0,2}?(?:veraltet|falsch|fehlerhaft|unzutreffend|entfernt|zurückgezogen)(?![\p{L}])`,
      String.raw`(?<![\p{L}])eerder (?:vermelde|genoemde|gegeven|opgegeven)(?![\p{L}])[^.;]{0,80}?(?<![\p{L}])(?:was|is|werd) (?:\p{L}+ ){0,3}?(?:onjuist|verwijderd|ingetrokken|achterhaald)(?![\p{L}])|(?<![\p{L}])(?:descritt|indicat|riportat|menzionat)[oaie] in precedenza(?![\p{L}])|(?<![\p{L}])(?:la|el|los|las) (?:descripción|cifra|dato|sección|enlace|afirmación|tabla)(?:es|s)? anterior(?:es)?(?![\p{L}])|(?<![\p{L}])(?:la|le|les) (?:description|chiffre|section|lien|affirmation|tableau|mention)s? (?:précédente?s?|antérieure?s?)(?![\p{L}])|(?<![\p{L}])précédemment (?:indiquée?s?|mentionnée?s?|publiée?s?)(?![\p{L}])`
    ]
  )
];
var HYPOTHETICAL = new RegExp(
  [
    String.raw`^(?:if|suppose|supposing|imagine|assuming|in case)\b[^.]*\b(?:would|could|might)\b`,
    // "If Aurel-3 were to exceed this, …": a supposition; "A model is presumed to have systemic risk where …": the law's test.
    String.raw`\bif\b[^.;]{1,80}\bwere (?:ever )?to\b|\b(?:a|any) (?:[\w-]+ ){0,3}model (?:is|shall be|will be) (?:presumed|deemed|classified as|considered to)\b`,
    // "Should it be required, we may appoint …", "… should Aurel-3 be designated": a condition, inverted.
    String.raw`\bshould (?:it|this|that|they|there|the (?:model|need)|\p{L}[\p{L}\p{N}]*(?:[-_.][\p{L}\p{N}]+)+) (?:ever )?(?:be|become|prove|turn out|exceed|reach|cross|need)\b`,
    // The same in the card languages: "Si lanzamos …, los pesos se publicarían", "Wenn wir …, würden wir …".
    String.raw`^(?:si|s'|se|qualora|wenn|falls|als|indien|mocht)\s[^.]*(?:\p{L}(?:ría|rían|rait|raient|rebbe|rebbero)|\b(?:würde|würden|wäre|wären|zou|zouden))(?![\p{L}])`,
    String.raw`\bhypothetical(?:ly)?\b`,
    // "Docs: a note explaining that Annex XI §1 2(c) asks providers to …", "explanation of what 'systemic risk' means under Art 3(65)".
    String.raw`\b(?:notes?|explanations?|explainers?|primers?) (?:explaining|explains|clarifying|of|on|about) (?:that |what |how |which |why )?[^.;]{0,80}?\b(?:Annex|Article|Art\.?|AI Act|Recital)\b`,
    // "We discussed whether Aurel-3 should call external APIs": a question put, not an answer.
    String.raw`\b(?:discuss(?:ed|ing)?|debat(?:ed|ing)|(?:is|are|was|were|remains?) (?:still )?(?:undecided|open|under discussion)) (?:on |about )?whether\b(?![^.;]*\b(?:decided|concluded|agreed|settled)\b)|(?<![\p{L}])(?:discuté (?:de savoir )?si|diskutiert,? ob|discutido si|discusso se|besproken of)(?![\p{L}])`,
    String.raw`\b(?:a|any|each|every) (?:model|provider)s? (?:that|which|whose|trained (?:with|on)) [^.]{0,100}\b(?:must|would|shall|is required|are required|has to|is presumed|are presumed|is considered|are considered)\b`,
    String.raw`\b(?:trained|training) (?:with|on|using) (?:more|less|fewer|over|above|below) than [^.]{0,40}\bflops?\b`,
    // "Providers established outside the EU have to appoint …", "Anbieter … müssen …": the law's duty of every provider.
    // (Not the provider's own terms for those building on the model: "Providers of apps built on Aurel-3 must …".)
    String.raw`^(?![^.;]*\b(?:this|the|our) model\b|[^.;]*\b(?:built|based|running) (?:on|upon)\b|[^.;]*\b(?:using|integrating|deploying)\b)(?:all |every |any )?providers (?:(?:of|established|based|located|placing|that|who|which|whose|outside|in)\b[^.;]{0,100}?)?\b(?:must|shall|have to|are required to|are obliged to|are obligated to|need to)\b|^(?:alle |die )?Anbieter (?:[^.;]{0,100}?)?(?<![\p{L}])müssen(?![\p{L}])|^(?:les |tous les )?fournisseurs (?:[^.;]{0,100}?)?(?<![\p{L}])(?:doivent|sont tenus)(?![\p{L}])|^(?:los |todos los )?proveedores (?:[^.;]{0,100}?)?(?<![\p{L}])(?:deben|tienen que|están obligados)(?![\p{L}])|^(?:i |tutti i )?fornitori (?:[^.;]{0,100}?)?(?<![\p{L}])(?:devono|sono tenuti)(?![\p{L}])|^(?:alle |de )?aanbieders (?:[^.;]{0,100}?)?(?<![\p{L}])(?:moeten|zijn verplicht)(?![\p{L}])`,
    // "Annex XI, Section 2, point 3, of the Act requires …", "L'Allegato XI … impone al fornitore di …": what the law asks of providers.
    String.raw`^(?:under |pursuant to |according to )?(?:the |l['’]|la |le |el |die |der |het |de )?(?:(?:Article|Art\.|Annex|Recital|Point|Anhang|Annexe|Anexo|Allegato|Bijlage|Artikel|Artículo|Articolo|Erwägungsgrund|Considérant|Considerando|Overweging)\s*[\dIVXL]+\b[^.;]{0,160}?|(?:EU )?AI Act|the Act|(?:EU )?(?:Regulation|Directive)(?: \(EU\))?(?: \d{4}\/\d+)?|(?:the )?Code of Practice) (?:requires?|obliges?|mandates?|stipulates?|demands?|calls for|provides that|lets|allows|permits|entitles|impone|richiede|prescrive|exige|impose|oblige|verlangt|fordert|vereist|verplicht|establece|obliga|staat|erlaubt|gestattet|autorise|permet|permite|consente|permette)(?![\p{L}])`,
    // "De conformidad con el punto 1 … del Anexo XII …, el proveedor deberá indicar …": the law's duty of any provider, restated.
    String.raw`^(?:de conformidad con|conforme al?|conformément à|en vertu d[eu']|gemäß|nach|ai sensi d\p{L}*|in conformità (?:a|con)|overeenkomstig|krachtens|in accordance with|pursuant to|under)\b[^;]{0,200}?\b(?:Annex|Article|Anexo|Annexe|Anhang|Allegato|Bijlage|Artículo|Artikel|Articolo|Regulation|Reglamento|Règlement|Verordnung|Regolamento|Verordening)\b[^;]{0,160}?,\s*(?:the|el|le|la|der|die|il|de|het|l['’]) ?(?:providers?|proveedor(?:es)?|fournisseurs?|Anbieter|fornitor[ei]|aanbieders?|(?:technical )?documentation|documentación|documentation technique|Dokumentation|documentazione|documentatie) (?:shall|must|is required to|are required to|deberá|deberán|debe|deben|doit|doivent|muss|müssen|deve|devono|moet|moeten)(?![\p{L}])`
  ].join("|"),
  "iu"
);
var LINKED = /\]\(|https?:\/\/|\b(?:the|our|this|a) (?:paper|(?:technical |evaluation |model )?report|system card|blog post)\b[^.]{0,40}?\b(?:describes|details|reports|presents|lists|contains|covers)\b|\b(?:see|refer to|described in|detailed in|documented in|available (?:in|at)|(?:is|are) in|can be found (?:in|at)|reported in|published (?:in|at)|summari[sz]ed in|listed in)\b[^.]{0,80}?\b(?:report|paper|section|appendix|annex|documentation|card|page|blog|website|pdf|table|article|repository|repo)\b/i;
var LEADING_REASON = /^(?:since|because|as|given that|although|though|even though|while|whereas)\b[^,;.]{1,120},\s*(?=\S[^,;]{10,})/i;
var OPEN_TASK = /^\[ \]\s/;
var TICKED_BOX = /(?:\[[xX✓✔]\]|[☒☑✅])\s*[^\s[\]☐☒☑✅]+/u;
var OPEN_BOX = /\[ \]|☐/gu;
var TICKED_DENIAL = /(?:\]|[☒☑✅])\s*(?:no|nein|non|nee)(?![\p{L}])/iu;
var TICKED_ASSENT = /(?:\[[xX✓✔]\]|[☒☑✅])\s*(?:yes|ja|oui|s[ií]|sì)(?![\p{L}])/iu;
var OPEN_TASK_LINE = /^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+\[ \][ \t]/;
var CROSS_MARK = /^[\s>|*_-]*(?:[-*+][ \t]+)?(?:❌|✗|✘|✖️?|🚫|⛔)/u;
var PENDING_MARK = /^[\s>|*_-]*(?:[-*+][ \t]+)?(?:⏳|⌛|🚧|🔜)/u;
var OPEN_STATUS = new RegExp("(?<![\\p{L}])(?:IN PROGRESS|IN REVIEW|BLOCKED|NOT STARTED|TO ?DO|WIP)(?![\\p{L}])|(?:\\b[Ss]|_[Ss]|(?<=\\p{Ll})S)tatus\\W{0,6}\\s*(?:[Ii]n progress|[Bb]locked|[Pp]ending|[Nn]ot (?:yet )?(?:started|begun)|[Pp]lanned|[Oo]pen|[Dd]raft|[Ss]cheduled|[Pp]ostponed|[Dd]eferred|[Oo]n hold|[Ee]xploratory)\\b", "u");
var DECLINED_STATUS = new RegExp("(?:\\b[Ss]|_[Ss]|(?<=\\p{Ll})S)tatus\\W{0,6}\\s*(?:[Ww]on['\u2019]?t (?:do|fix)|[Ww]ill not (?:do|fix)|[Rr]ejected|[Dd]ropped|[Cc]ancell?ed|[Dd]e-?scoped)\\b", "u");
var OPEN_VALUE = /^(?:not (?:yet )?(?:started|begun)|(?:still )?in progress|(?:planned|scheduled)(?: (?:before|for|by|in|after|at|ahead of) [^.;:]{1,40})?(?:[,;] (?:expected|due|targeted|target|ETA) [^.;:]{1,30})?|under way|underway|(?:gepland|geplant|prévue?s?|previst[oaie]|planificad[oa]s?|programad[oa]s?|pianificat[oa])(?: (?:vóór|voor|vor|für|bis|avant|pour|d'ici|antes de|para|prima di|entro|per|in|im|en|op|tegen) [^.;:]{1,40})?|(?:(?:[\p{L}-]+ ){0,2}(?:in corso|en cours|in Arbeit|in Bearbeitung|en curso|en progreso|in uitvoering|in progress|under way|underway))(?:[,;] [^.;]{1,60})?)\s*[.!]?$/iu;
var DENYING_LEAD = /^(?:no|not|none|never)\s[^:–—]{3,80}?\s[-–—]\s/i;
var QUOTED_VALUE = /^["“](.*)["”]$/s;
var BRACKET_SLOT = /\[[^\][\n]{1,60}\](?!\()/g;
var SLOT_NOTE = /\b(?:tbd|tba|pending|planned|coming|soon|will|review|draft|todo)\b/i;
var LABELS_ONLY = new RegExp("^[\\s\\p{P}\\p{S}]*(?:\\p{L}[\\p{L} -]{0,20}\\s*:[\\s\\p{P}\\p{S}]*)*$", "u");
function onlySlots(content) {
  if (!content.includes("[")) return false;
  const slots = [];
  const rest = content.replace(BRACKET_SLOT, (slot) => (slots.push(slot), " "));
  if (slots.length === 0 || !LABELS_ONLY.test(rest)) return false;
  return slots.length >= 2 || rest.includes(":") || !SLOT_NOTE.test(slots[0]);
}
var ACCEPTANCE_LABEL = /^(?:acceptance criteri(?:a|on)|definition of done|akzeptanzkriterien|abnahmekriterien|crit[èe]res? d['’]acceptation|criterios? de aceptaci[óo]n|criteri di accettazione|acceptatiecriteri(?:a|um))\s*(?::|\s[-–—]\s)/iu;
var LAW_LABEL = /^\W*(?:(?:EU )?AI Act,?\s*)?(?:Art(?:icle|ikel|ículo|icolo)?\.?|Annex|Anhang|Annexe|Anexo|Allegato|Bijlage)\s*[\dIVXL]+\b[^:–—\n]{0,30}(?::|\s[-–—]\s)/iu;
var OBLIGATION = /(?<![\p{L}])(?:must|shall|has to|have to|is required to|are required to|needs? to|müssen|muss|doivent|doit|deben|debe|devono|deve|moeten|moet)(?![\p{L}])/iu;
var QUESTION_END = /\?[\s"'”’)]*$/;
var QUESTION_NUMBER = /^(?:(?:question|frage|pregunta|vraag|domanda|quesito|field|feld|champ|campo|veld)\s?(?:no\.?\s?|n°\s?|nr\.?\s?)?(?:[a-z]\.?)?\d+(?:\.\d+)*[a-z]?(?:\s*[:.)]|\s+[-–—]|(?=\s+[\p{L}(]))|q\s?\d+(?:(?:\.\d+)+[a-z]?(?:\s*[:.)]|\s+[-–—]|(?=\s+[\p{L}(]))|[a-z]?(?:\s*[:.)]|\s+[-–—]|(?=\s+\())))\s*/iu;
var REQUEST = /^(?:please )?(?:provide|describe|state|list|explain|indicate|specify|confirm|give|identify|outline|summari[sz]e|detail|name|attach|share|upload|submit|enter|insert|fill in|beschreiben Sie|geben Sie|nennen Sie|décrivez|indiquez|fournissez|précisez|describa|indique|proporcione|especifique|descrivere|indicare|fornire|specificare|beschrijf|geef|vermeld)(?![\p{L}])/iu;
var INFORMATION_REQUEST = /^(?:(?:please|kindly),? (?:kindly )?(?:describe|provide|state|list|explain|indicate|specify|confirm|identify|outline|summari[sz]e|detail|share|supply|clarify)|bitte (?:beschreiben|geben|nennen|übermitteln|bestätigen|erläutern|erklären|legen|reichen|teilen|stellen|benennen)(?: Sie)?|(?:merci de|veuillez) (?:bien vouloir )?(?:décrire|fournir|préciser|indiquer|confirmer|transmettre|expliquer|communiquer|détailler|joindre)|(?:por favor,? )?(?:describa|indique|proporcione|especifique|detalle|explique|confirme|facilite|aporte|remita)|(?:si prega di|si chiede di|vogliate) (?:descrivere|fornire|indicare|specificare|confermare|trasmettere|spiegare)|descriva|indichi|fornisca|specifichi|confermi|(?:gelieve )?(?:beschrijf|vermeld|bevestig|verstrek)|gelieve [^.;]{1,60}? te (?:beschrijven|geven|vermelden|bevestigen|bezorgen|verstrekken))(?![\p{L}])(?![^.;]*(?:@|https?:\/\/|www\.))/iu;
var TOPIC_IN_BRACKETS = /^\([^()]{1,100}\)\s*[.:]?$/;
function isNumberedQuestion(text) {
  const number = QUESTION_NUMBER.exec(text);
  if (!number) return false;
  const rest = text.slice(number[0].length);
  if (REQUEST.test(rest) || TOPIC_IN_BRACKETS.test(rest)) return true;
  const colon = rest.search(/[:：](?!\/\/)/);
  return (colon < 0 || rest.slice(colon + 1).trim() === "") && rest.length <= 120 && !/[.!](?:\s|$)/.test(rest);
}
var CHAT_PREFIX = new RegExp(String.raw`^(?:\[${CHAT_TIME}\]\s+|${CHAT_TIME}\s+(?=[@<]))?(?:<${CHAT_NICK}>?\s+)?`);
function clauseBeforeDash(text, content, groups, denial = false) {
  if (content.length >= text.length) return false;
  const lead = text.slice(0, text.length - content.length);
  const colon = denial && /:\s*$/.test(lead) && lead.trim().split(/\s+/).length >= 5;
  if (!/\s[-–—]\s*$/.test(lead) && !colon) return false;
  return matchesAny(groups, lead, ` ${lead.toLowerCase()}`);
}
function classifyStatement(statement) {
  let text = statement.replace(DECORATION2, " ").replace(LIST_MARKER2, "").replace(/\s+/g, " ").replace(CELL_END, "").trim().replace(CHAT_PREFIX, "").replace(LEADING_EMOJI, "");
  let content = text.replace(LEAD_LABEL2, "").trim().replace(QUOTED_VALUE, "$1").replace(LEADING_EMOJI, "");
  if (content === "" && LIST_INTRODUCTION.test(text)) content = text;
  if (content === "" || PLACEHOLDER.test(content) || // "Attachments: (none)": a value in brackets is read without them.
  PLACEHOLDER.test(content.replace(/^\((.*)\)$/, "$1")) || // "Owner: Product Marketing (TBC)": a value still to be confirmed.
  content.length < text.length && UNCONFIRMED_VALUE.test(content) || isCourtesy(text) || content.length < text.length && isCourtesy(content) || // A table's "No" answers its column ("| Political micro-targeting | No |" under "Allowed?"), not a question.
  SHORT_DENIAL.test(content) && !CELL_END.test(statement) && !BARE_ANSWER.test(content) || // "🎉 6": a reaction and its count; "🫠" alone. A tick, a cross or an hourglass answers, as does any cell.
  /^\d{1,4}$/.test(text) && LEADING_EMOJI.test(statement.trim()) || // "🤷 2 — no maintainer reply": a thread's note that nobody answered.
  NO_REPLY.test(text.replace(/^\d{1,4}\s*[-–—]\s*/, "")) || !/[\p{L}\p{N}✅✓✔☑❌✗✘✕✖⏳⌛🚧🔜🚫⛔]/u.test(content) && !CELL_END.test(statement) || MAIL_SUBJECT.test(text) || FINDING_RATING.test(text) || WORKFLOW_FIELD.test(text) || DECLINED_STATUS.test(text) || TICKET_TITLE.test(text) || CONFIRMED_ONLY.test(text) || onlySlots(text) || // "Function calling: not evaluated": a label whose value only denies answers nothing.
  content.length < text.length && isBareDenial(content) || TODO_NOTE.test(text) || LEFT_BLANK.test(text) || BLANK_TO_FILL.test(statement) || TEMPLATE_INSTRUCTION.test(text) || LEFT_TO_FILL.test(content) || TEMPLATE_SLOT.test(statement) || UPPER_SLOT.test(statement) || LOWER_SLOT.test(statement))
    return "placeholder";
  if (ticksNo(text)) return "negated";
  if (!TICKED_BOX.test(text) && (text.match(OPEN_BOX) ?? []).length >= 2 && !OPEN_TASK.test(text)) return "placeholder";
  const verdict = content.length < text.length || BARE_VERDICT.test(text) || OPEN_VERDICT.test(text) ? verdictOf(content) : null;
  if (verdict) return verdict;
  if (OPEN_TASK.test(text) || OPEN_STATUS.test(text) || OPEN_VALUE.test(content)) return "planned";
  if (matchesAny(RETRACTED, text, ` ${text.toLowerCase()}`)) return "retracted";
  if (QUESTION_END.test(text) || isNumberedQuestion(text) || INFORMATION_REQUEST.test(text)) return "asked";
  if (content.length < text.length && LAW_LABEL.test(text) && OBLIGATION.test(content)) return "hypothetical";
  if (content.length < text.length && ACCEPTANCE_LABEL.test(text)) return "hypothetical";
  if (PLANNED_LABEL.test(text) || PLANNED_KEY.test(text) || clauseBeforeDash(text, content, PLANNED)) return "planned";
  if (ADVICE_LABEL.test(text) || OBLIGATION_LABEL.test(text) || clauseBeforeDash(text, content, ADVISED))
    return "advised";
  if (content.length < text.length && DENYING_LEAD.test(text)) return "negated";
  if (clauseBeforeDash(text, content, WITHHELD, true)) return "withheld";
  if (clauseBeforeDash(text, content, NEGATED, true)) return "negated";
  text = content.length < text.length ? content : text;
  text = text.replace(DISCOURSE_OPENER, "");
  const lower = ` ${text.toLowerCase()}`;
  if (matchesAny(PLANNED, text, lower)) return "planned";
  if (HYPOTHETICAL.test(text)) return "hypothetical";
  if (matchesAny(WITHHELD, text, lower) && !CLOSED_WEIGHTS.test(text))
    return HELD_FOR.test(text) ? "linked" : "withheld";
  if (matchesAny(ADVISED, text, lower)) return "advised";
  const main = text.replace(LEADING_REASON, "");
  if (matchesAny(NEGATED, main, main === text ? lower : ` ${main.toLowerCase()}`))
    return HELD_FOR.test(text) ? "linked" : "negated";
  if (CROSS_MARK.test(statement)) return "negated";
  if (PENDING_MARK.test(statement)) return "planned";
  if (LINKED.test(statement)) return "linked";
  return "reported";
}
var knownModes = /* @__PURE__ */ new Map();
var MAX_KNOWN_MODES = 2e4;
function rememberedMode(statement) {
  let mode = knownModes.get(statement);
  if (mode === void 0) {
    mode = classifyStatement(statement);
    if (knownModes.size >= MAX_KNOWN_MODES) knownModes.clear();
    knownModes.set(detached(statement), mode);
  }
  return mode;
}
function detached(slice) {
  return (slice + " ").slice(0, -1);
}
function statementSpan(text, offset) {
  let start = offset;
  const lowest = Math.max(0, offset - MAX_REACH);
  while (start > lowest && !endsStatementBefore(text, start)) start--;
  let end = offset;
  const highest = Math.min(text.length, offset + MAX_REACH);
  while (end < highest && !endsStatementBefore(text, end + 1)) end++;
  return [start, Math.min(text.length, end + 1)];
}
var PROMISE_CLAUSE = /(?:and|but) (?:we|I)(?: will|'ll| plan to| intend to| hope to| aim to| are planning)\b/y;
var PARTY_CLAUSE = new RegExp("(?:(?:for|of|on|by|in|from|with) )?(?:which|whom) (?:the )?(?!(?:Model|Licensor|Provider|Licensee|Software|Agreement)\\b)\\p{Lu}[\\p{L}\\p{N}.-]*", "uy");
var FIELD_LABEL = new RegExp("\\*{0,2}\\p{L}[^\xB7\u2022:\\n]{0,40}:(?!\\/\\/)\\*{0,2}\\s", "uy");
var EMBEDDED_CLAUSE = /[^,.;:\n]{1,80}, (?:was|is|were|are|has|had|uses|used|remains|[a-z]{3,}s)\b/y;
function endsStatementBefore(text, index) {
  if (index <= 0 || index >= text.length) return true;
  const previous = text.charCodeAt(index - 1);
  if (previous === 10 || previous === 13) return true;
  if (previous === 124) return !insideInlineCode(text, index - 1);
  if (previous === 32 && (text.charCodeAt(index) === 97 || text.charCodeAt(index) === 98)) {
    PROMISE_CLAUSE.lastIndex = index;
    if (PROMISE_CLAUSE.test(text)) return true;
  }
  if (previous === 32 && index >= 3 && text.charCodeAt(index - 3) === 32) {
    const separator = text.charCodeAt(index - 2);
    if (separator === 183 || separator === 8226) {
      FIELD_LABEL.lastIndex = index;
      if (FIELD_LABEL.test(text)) return true;
    }
  }
  if (previous === 32 && index >= 2 && text.charCodeAt(index - 2) === 44) {
    PARTY_CLAUSE.lastIndex = index;
    if (PARTY_CLAUSE.test(text)) {
      EMBEDDED_CLAUSE.lastIndex = index;
      return !EMBEDDED_CLAUSE.test(text);
    }
  }
  if (previous === 32 && index >= 2) {
    let back = index - 2;
    while (back > 0 && back > index - 6 && text.charCodeAt(back) === 32) back--;
    for (let closing = 0; closing < 2 && back > 0 && (text.charCodeAt(back) === 42 || text.charCodeAt(back) === 95); closing++)
      back--;
    const mark = text.charCodeAt(back);
    if (mark === 46 && (isOrdinalDay(text, back) || isAbbreviation(text, back) || endsTaskName(text, back)))
      return false;
    if ((mark === 46 || mark === 33 || mark === 63) && text.charCodeAt(index) !== 32) {
      const next = text.charCodeAt(index);
      return next >= 65 && next <= 90 || next >= 48 && next <= 57 || next === 40 || next === 91 || next === 42 || // "Serious incident? → incident@…": an arrow points to the answer, in the same statement.
      next > 127 && !(next >= 8592 && next <= 8703) && next !== 10145;
    }
  }
  return false;
}
function endsTaskName(text, dot) {
  const lineStart = text.lastIndexOf("\n", dot - 1) + 1;
  const name = TASK_ITEM_OPENING.exec(text.slice(lineStart, dot))?.[1];
  return name !== void 0 && isTaskName(name);
}
function insideInlineCode(text, at) {
  let ticks = 0;
  for (let index = at - 1; index >= 0; index--) {
    const code = text.charCodeAt(index);
    if (code === 10) break;
    if (code === 96) ticks++;
  }
  return ticks % 2 === 1 && text.indexOf("`", at) > at && text.indexOf("`", at) < (text.indexOf("\n", at) + 1 || text.length + 1);
}
var ABBREVIATION_BEFORE = /(?:^|[^\p{L}])(?:art|arts|abs|para|no|nr|nos|fig|figs|sec|secs|eq|vol|ch|inc|ltd|co|corp|bros|dr|mr|mrs|ms|prof|st|vs|cf|approx|resp|ca|etc|al|e\.g|i\.e|z\.b|z\. b|z|d\. h|u\. a|bzw|vgl|ggf|u\.a|cap|núm|pag|pág|ref|refs|lit|cl|sched|encl|ed|eds|rev|incl|dept|auth|rep|dist|est|ctx|req|mgmt|std|spec|specs|config|govt|intl|max|min)$|(?:^|[\s(,])pp?$/iu;
function isAbbreviation(text, dot) {
  const before = text.slice(Math.max(0, dot - 8), dot);
  return ABBREVIATION_BEFORE.test(before) || DOTTED_INITIALS.test(before);
}
var DOTTED_INITIALS = new RegExp("(?:^|[^\\p{L}.])(?:\\p{L}\\.)+\\p{L}$", "u");
var MONTH_AFTER = /^\s*(?:jan|feb|mär|mar|apr|mai|may|jun|jul|aug|sep|okt|oct|nov|dez|dec|janv|févr|avr|juil|août|déc|ene|abr|ago|dic|gen|giu|lug|set|ott|mrt|mei|okt)/i;
function isOrdinalDay(text, dot) {
  const before = text.slice(Math.max(0, dot - 3), dot);
  if (!/(?:^|[^\d.,])\d{1,2}$/.test(before)) return false;
  return MONTH_AFTER.test(text.slice(dot + 1, dot + 10));
}
var StatementIndex = class {
  constructor(text, judgeSubject = () => "this-model", judgeClause = () => "this-model", keepOwnClauses = (statement) => statement, raw, takesSubjectFromBefore = () => false) {
    this.text = text;
    this.judgeSubject = judgeSubject;
    this.judgeClause = judgeClause;
    this.keepOwnClauses = keepOwnClauses;
    this.raw = raw;
    this.takesSubjectFromBefore = takesSubjectFromBefore;
  }
  text;
  judgeSubject;
  judgeClause;
  keepOwnClauses;
  raw;
  takesSubjectFromBefore;
  modes = /* @__PURE__ */ new Map();
  /** Table rows whose value cells are being read, so that a cell read as the row itself is not read again. */
  rowsBeingRead = /* @__PURE__ */ new Set();
  subjects = /* @__PURE__ */ new Map();
  templateTables = /* @__PURE__ */ new Map();
  /** Where each heading of plans and its section run ([start, end)). */
  plannedSpans;
  /** The first line of the table each table line belongs to. */
  tableStarts = /* @__PURE__ */ new Map();
  /** Header rows, by offset, of tables whose body says nothing of the card's model. */
  silentHeaders = /* @__PURE__ */ new Map();
  /** The text of the statement [start, end) that speaks of the card's model. */
  ownText(start, end) {
    return this.keepOwnClauses(this.text.slice(start, end));
  }
  /** The mode of the statement holding `offset`. */
  modeAt(offset) {
    const [start, end] = this.spanAt(offset);
    return this.modeOf(start, end);
  }
  /**
   * Whether the statement holding `offset` is evidence: an accepted mode, about the card's own model.
   * A phrase from a question into its answer ("Found a bug? Open an issue …", to `until`) is the answer's.
   */
  countsAt(offset, accept, until = offset) {
    let [start, end] = this.spanAt(offset);
    if (until > end && this.modeOf(start, end) === "asked") [start, end] = this.spanAt(until - 1);
    if (!accept.has(this.modeOf(start, end)) || this.subjectOf(start, end) !== "this-model") return false;
    return this.judgeClause(this.text.slice(start, end), Math.max(0, offset - start)) === "this-model";
  }
  /** The statements of a span with their modes and subjects, in order (blank ones skipped). */
  statementsIn(from, to) {
    const found = [];
    for (const [start, end] of this.spansIn(from, to))
      found.push({ start, end, mode: this.modeOf(start, end), subject: this.subjectOf(start, end) });
    return found;
  }
  /**
   * The [start, end) of each statement of a span, in order (blank ones skipped), found as the caller
   * reads them: a reader that stops early, or skips a statement's subject, pays for neither.
   */
  *spansIn(from, until) {
    const to = Math.min(until, this.text.length);
    let offset = from;
    while (offset < to) {
      while (offset < to && isGap(this.text.charCodeAt(offset))) offset++;
      if (offset >= to) break;
      const [, spanEnd] = statementSpan(this.text, offset);
      const end = Math.min(spanEnd, to);
      yield [offset, end];
      offset = Math.max(end, offset + 1);
    }
  }
  /** Whether the statement [start, end) (as `spansIn` gives it) is evidence: an accepted mode, about the card's own model. */
  counts(start, end, accept) {
    return accept.has(this.modeOf(start, end)) && this.subjectOf(start, end) === "this-model";
  }
  /** The [start, end) of the statement holding `offset`. */
  spanAt(offset) {
    const limit = Math.min(this.text.length - 1, offset + 200);
    while (offset < limit && isGap(this.text.charCodeAt(offset))) offset++;
    return statementSpan(this.text, offset);
  }
  /**
   * A statement read from its start is read whole: a span cut short by a caller's range (a label's line ending
   * mid-sentence) would otherwise judge, and remember for that start, only its first words.
   */
  wholeEnd(start, end) {
    const [from, to] = statementSpan(this.text, start);
    return from === start ? Math.max(end, to) : end;
  }
  modeOf(start, cut) {
    let mode = this.modes.get(start);
    if (mode === void 0) {
      const end = this.wholeEnd(start, cut);
      mode = rememberedMode(this.text.slice(start, end));
      if (mode === "reported" || mode === "linked") mode = modeOfLeadIn(this.text, start, this.raw) ?? mode;
      if ((mode === "reported" || mode === "linked") && this.inTemplateTable(start)) mode = "placeholder";
      if (mode === "reported" || mode === "linked") mode = this.rowValueMode(start) ?? mode;
      if (mode === "reported" || mode === "linked") mode = this.requirementCellMode(start) ?? mode;
      if (mode === "reported" && this.inColumnNamesRow(start)) mode = "placeholder";
      if ((mode === "reported" || mode === "linked") && this.raw?.length === this.text.length) {
        const raw = this.raw.slice(start, end);
        if (raw !== this.text.slice(start, end) && TEMPLATE_SLOT.test(raw)) mode = "placeholder";
      }
      if ((mode === "reported" || mode === "linked") && this.underPlannedHeading(start)) mode = "planned";
      if ((mode === "reported" || mode === "linked") && this.inTipParagraph(start)) mode = "advised";
      if (mode === "reported" || mode === "linked") mode = this.lineMarkMode(start) ?? mode;
      if ((mode === "reported" || mode === "linked") && CONTINUATION.test(this.text.slice(start, end)))
        mode = this.continuedMode(start) ?? mode;
      this.modes.set(start, mode);
    }
    return mode;
  }
  /** The mode a sentence like "This includes …" takes from the sentence before it in the same paragraph, when that one advises, plans or supposes. */
  continuedMode(start) {
    const previousSpan = this.previousInParagraph(start);
    if (!previousSpan) return null;
    const previous = this.modeOf(...previousSpan);
    return previous === "advised" || previous === "planned" || previous === "hypothetical" ? previous : null;
  }
  /**
   * Whether the statement at `start` goes on a field line after a pipe ("Halcyon-70B: MMLU 79.5 | GSM8K 85.1"):
   * outside a table the pipe only separates the values of one label.
   */
  continuesField(start) {
    const lineStart = this.text.lastIndexOf("\n", start - 1) + 1;
    const before = this.text.slice(lineStart, start);
    return /\|\s*$/.test(before) && !/^[ \t]*\|/.test(before);
  }
  /** The [start, end) of the statement before the one at `start`, when it stands in the same paragraph. */
  previousInParagraph(start) {
    let before = start - 1;
    while (before >= 0 && isGap(this.text.charCodeAt(before))) {
      if (this.text.charCodeAt(before) === 10 && this.text.charCodeAt(before - 1) === 10) return null;
      before--;
    }
    if (before < 0) return null;
    const [previousStart, previousEnd] = statementSpan(this.text, before);
    return previousStart < start ? [previousStart, Math.min(previousEnd, start)] : null;
  }
  /** Whether the paragraph holding `start` opens with a tip's label ("Tip:", "Pro tip:", "Best practice:"). */
  inTipParagraph(start) {
    const paragraph = this.text.lastIndexOf("\n\n", start - 1) + 2;
    const opening = this.text.slice(Math.max(0, paragraph - 2), start).trimStart();
    return opening.length > 0 && TIP_LEAD.test(opening);
  }
  /** Whether the nearest heading above `offset` names plans ("## Coming soon", "## Roadmap"): what it holds is not done yet. */
  underPlannedHeading(offset) {
    if (!this.plannedSpans) {
      const source = this.raw && this.raw.length === this.text.length ? this.raw : this.text;
      const headings = [...source.matchAll(/^ {0,3}#{1,6}[ \t]+([^\n]*)$/gm)];
      this.plannedSpans = headings.flatMap(
        (heading, index) => PLANNED_HEADING.test(heading[1].replace(/[*_`#]/g, "").trim()) ? [[heading.index, headings[index + 1]?.index ?? source.length]] : []
      );
    }
    return this.plannedSpans.some(([from, to]) => offset >= from && offset < to);
  }
  /** Whether `offset` lies in a table whose every value cell is a slot left to fill ("| MMLU | TBD |"): a template, labels and all. */
  inTemplateTable(offset) {
    const lineStart = this.text.lastIndexOf("\n", offset - 1) + 1;
    if (!TABLE_LINE.test(this.text.slice(lineStart, offset + 1))) return false;
    const tableStart = this.tableStartOf(lineStart);
    let template = this.templateTables.get(tableStart);
    if (template === void 0)
      this.templateTables.set(tableStart, template = isTemplateTable(this.text, tableStart));
    return template;
  }
  /** The mode that the mark opening the line of `offset` gives it, past the mark: an unchecked box plans, a cross denies. */
  lineMarkMode(offset) {
    const lineStart = this.text.lastIndexOf("\n", offset - 1) + 1;
    if (lineStart === offset) return null;
    const opening = this.text.slice(lineStart, Math.min(offset, lineStart + 12));
    if (OPEN_TASK_LINE.test(opening)) return "planned";
    if (PENDING_MARK.test(opening)) return "planned";
    return CROSS_MARK.test(opening) ? "negated" : null;
  }
  /** Whether `offset` lies in a table row whose every cell is a generic column name ("| Property | Value |"). */
  inColumnNamesRow(offset) {
    const lineStart = this.text.lastIndexOf("\n", offset - 1) + 1;
    if (!TABLE_LINE.test(this.text.slice(lineStart, offset + 1))) return false;
    const cells = rowCells(lineFrom(this.text, lineStart));
    if (cells.length >= 2 && cells.every((cell) => COLUMN_NAME.test(cell))) return true;
    const lineEnd = this.text.indexOf("\n", lineStart);
    if (cells.length < 2 || lineEnd < 0 || this.tableStartOf(lineStart) !== lineStart) return false;
    if (cells.length === 2 && !NAMES_A_COLUMN.some((column) => column.test(cells[1])) && !NAMES_A_ROWS_COLUMN.some((column) => column.test(cells[0])))
      return false;
    const delimiterEnd = this.text.indexOf("\n", lineEnd + 1);
    if (!DELIMITER_ROW.test(this.text.slice(lineEnd + 1, lineEnd + 40)) || delimiterEnd < 0) return false;
    let silent = this.silentHeaders.get(lineStart);
    if (silent === void 0) this.silentHeaders.set(lineStart, silent = !this.bodySaysOwn(delimiterEnd + 1));
    return silent;
  }
  /** Whether a table body from `rowStart` holds a cell that is the card's model's statement. */
  bodySaysOwn(rowStart) {
    const evidence = /* @__PURE__ */ new Set(["reported", "linked"]);
    for (let row = rowStart, rows = 0; row > 0 && rows < MAX_BODY_ROWS; rows++) {
      if (!TABLE_LINE.test(this.text.slice(row, row + 4))) return false;
      for (const [start, cell] of this.valueCells(row)) {
        if (cell.trim() === "") continue;
        const [from, to] = this.spanAt(start);
        if (this.counts(from, to, evidence)) return true;
      }
      row = this.text.indexOf("\n", row) + 1;
    }
    return false;
  }
  /**
   * The mode of the value cells of the table body row whose first cell starts at `offset`, when all of
   * them are empty of a statement (slots, plans, denials, withheld or withdrawn values); otherwise null.
   */
  rowValueMode(offset) {
    if (this.rowsBeingRead.has(offset)) return null;
    this.rowsBeingRead.add(offset);
    try {
      return this.readRowValueMode(offset);
    } finally {
      this.rowsBeingRead.delete(offset);
    }
  }
  readRowValueMode(offset) {
    const lineStart = this.text.lastIndexOf("\n", offset - 1) + 1;
    const before = this.text.slice(lineStart, offset);
    if (!FIRST_CELL_BEFORE.test(before) && !ID_CELLS_BEFORE.test(before)) return null;
    if (this.tableStartOf(lineStart) === lineStart) return null;
    const cells = this.valueCells(offset);
    if (cells.length === 0) return null;
    let valueMode = null;
    let generalOnly = false;
    for (const [start, cell] of cells) {
      if (cell.trim() === "") {
        valueMode ??= "placeholder";
        continue;
      }
      const span = this.spanAt(start);
      const subject = this.subjectOf(...span);
      if (subject !== "this-model") {
        generalOnly ||= subject === "models-in-general";
        continue;
      }
      const mode = this.modeOf(...span);
      if (!EMPTY_VALUE_MODES.has(mode)) return null;
      valueMode ??= mode;
    }
    return valueMode ?? (generalOnly ? "hypothetical" : null);
  }
  /**
   * The mode of a cell under a column of the law's requirements or triggers ("| Who | Duty |" over "| Providers of
   * … | keep track of, document and report … |", "| Trigger | Deadline |"): what is required, not what was done.
   */
  requirementCellMode(offset) {
    const lineStart = this.text.lastIndexOf("\n", offset - 1) + 1;
    if (!TABLE_LINE.test(this.text.slice(lineStart, lineStart + 4))) return null;
    const tableStart = this.tableStartOf(lineStart);
    if (tableStart === lineStart) return null;
    const column = columnAt(this.text, lineStart, offset);
    const header = rowCells(lineFrom(this.text, tableStart))[column - 1];
    if (!header) return null;
    if (CONDITION_COLUMN.test(header)) return "hypothetical";
    if (ADVICE_COLUMN.test(header)) return "advised";
    if (QUESTION_COLUMN.test(header)) return "asked";
    if (!REQUIREMENT_COLUMN.test(header)) return null;
    return REQUIRED_ACTION.test(this.text.slice(offset, offset + 80).replace(/^[\s|*_]+/, "")) ? "hypothetical" : null;
  }
  /** The value cells, with their offsets, of the table row whose first cell starts at `offset`. */
  valueCells(offset) {
    const lineEnd = this.text.indexOf("\n", offset);
    const row = this.text.slice(offset, lineEnd < 0 ? this.text.length : lineEnd).replace(/\|\s*$/, "");
    const cells = [];
    let at = row.indexOf("|");
    while (at >= 0) {
      const next = row.indexOf("|", at + 1);
      cells.push([offset + at + 1, row.slice(at + 1, next < 0 ? row.length : next)]);
      at = next;
    }
    return cells;
  }
  /** The first line of the table whose line starts at `lineStart`: each line is walked once per card, not once per cell. */
  tableStartOf(lineStart) {
    const walked = [];
    let tableStart = lineStart;
    for (; ; ) {
      const known = this.tableStarts.get(tableStart);
      if (known !== void 0) {
        tableStart = known;
        break;
      }
      walked.push(tableStart);
      const previous = this.text.lastIndexOf("\n", tableStart - 2) + 1;
      if (tableStart === 0 || !TABLE_LINE.test(this.text.slice(previous, tableStart))) break;
      tableStart = previous;
    }
    for (const line of walked) this.tableStarts.set(line, tableStart);
    return tableStart;
  }
  subjectOf(start, cut) {
    let subject = this.subjects.get(start);
    if (subject === void 0) {
      const statement = this.text.slice(start, this.wholeEnd(start, cut));
      subject = this.judgeSubject(statement, start);
      if (subject === "this-model" && (this.takesSubjectFromBefore(statement) || this.continuesField(start))) {
        const previous = this.previousInParagraph(start);
        if (previous && this.subjectOf(...previous) === "other-model") subject = "other-model";
      }
      this.subjects.set(start, subject);
    }
    return subject;
  }
};
var PLANNED_HEADING = new RegExp("^(?:\\d+(?:\\.\\d+)*\\.?\\s+)?(?:coming soon|roadmap|planned(?: features| work| improvements| changes)?|upcoming(?: [\\p{L}-]+){0,2}|future (?:work|plans|releases|improvements|features)|next steps|what'?s next|on the roadmap|open (?:items|points)|action (?:items|points)|offene punkte|aktionspunkte|points ouverts|puntos pendientes|punti aperti|open punten|actiepunten|geplant\\p{L}*|demn\xE4chst|prochainement|\xE0 venir|feuille de route|pr\xF3ximamente|hoja de ruta|in arrivo|prossimamente|binnenkort|gepland\\p{L}*)(?:\\s*\\([^()\\n]{1,30}\\))?\\s*:?$", "iu");
var CONTINUATION = /^\W*(?:this|that|these|doing so|it) (?:also |further )?(?:includes?|means|covers|involves|extends to|applies to|requires)\b/i;
var TABLE_LINE = /^[ \t]*\|/;
var REQUIREMENT_COLUMN = /^\W*(?:(?:legal |regulatory |statutory )?(?:requirements?|obligations?|duty|duties)|deadlines?|Anforderung(?:en)?|Pflicht(?:en)?|Frist(?:en)?|exigences?|obligations?|délais?|requisitos?|obligaci(?:ón|ones)|plazos?|requisiti|obblighi|obbligo|scadenz[ae]|vereisten|verplichting(?:en)?|termijn(?:en)?)\W*$/iu;
var CONDITION_COLUMN = /^\W*(?:triggers?|conditions?|when|if|meaning|definitions?|Auslöser|Bedingung(?:en)?|Bedeutung|Definition(?:en)?|déclencheurs?|conditions?|signification|définitions?|condici(?:ón|ones)|significado|definici(?:ón|ones)|condizion[ei]|significato|definizion[ei]|voorwaarden?|betekenis|definities?)\W*$/iu;
var ADVICE_COLUMN = /^\W*(?:recommendations?|recommended (?:actions?|practices?)|advice|tips?|best practices?|what (?:to|you should) do|guidance|Empfehlung(?:en)?|Hinweise?|recommandations?|conseils?|recomendaci(?:ón|ones)|consejos?|raccomandazion[ei]|consigli|aanbeveling(?:en)?|advie(?:s|zen))\W*$/iu;
var QUESTION_COLUMN = /^\W*(?:questions?(?: to ask)?|Fragen?|questions? à poser|preguntas?|domande?|vragen?|vraag)\W*$/iu;
var REQUIRED_ACTION = /^(?:must|shall|should|has to|have to|(?:is |are )?required to|needs? to|obliged to|müssen|muss|doivent|doit|deben|debe|devono|deve|moeten|moet|keep|notify|publish|appoint|report|document|draw up|make available|put in place|ensure|inform|assess|mitigate|perform|cooperate|submit|register|disclose|maintain|implement|providers? (?:of|must|shall))(?![\p{L}])/iu;
var VALUE_COLUMN = /^\W*(?:figures?|numbers?|amounts?|scores?|results?|status|state|(?:minimum |required |min\.? )?versions?|Wert(?:e)?|Zahl(?:en)?|chiffres?|cifras?|cifre|cijfers?|Statut|estado|stato)\W*$/iu;
var TIP_LEAD = /^[*_]*(?:(?:pro )?tips?|hints?|best practices?|tipps?|conseils?|consejos?|consigli)[*_]*\s*:/i;
var MAX_BODY_ROWS = 60;
var COLUMN_NAME = /^(?:propert(?:y|ies)|values?|fields?|items?|details?|descriptions?|keys?|attributes?|names?|entry|entries|information|info|topics?|notes?|comments?|specifications?|specs?|characteristics?|aspects?|categor(?:y|ies)|answers?|parameters?|settings?|elements?|eigenschaft|wert|merkmal|angaben|propriété|valeur|élément|propiedad|valor|elemento|proprietà|valore|eigenschap|waarde)$/i;
var FIRST_CELL_BEFORE = /^[ \t]*\|[ \t]*$/;
var ID_CELLS_BEFORE = /^[ \t]*\|(?:[ \t]*(?:[A-Z]{1,4}[-. ]?)?\d+(?:[.-]\d+)*[a-z]?[ \t]*\|)+[ \t]*$/i;
var EMPTY_VALUE_MODES = /* @__PURE__ */ new Set([
  "placeholder",
  "hypothetical",
  "asked",
  "planned",
  "negated",
  "withheld",
  "retracted"
]);
var SLOT_CELL = /^(?:tbd|tba|tbc|todo|to ?do|pending|coming soon|soon|wip|to be (?:added|announced|determined|confirmed|completed|updated|published|released|provided|reported)(?: later| soon)?|x{2,}|\.{3}|…|\?+|[-–—]+|\[[^\]]*\]|\{\{.*\}\}|<[^>]*>)$/i;
var TABLE_SEPARATOR = /^[\s|:-]+$/;
function isTemplateTable(text, start) {
  const rows = [];
  for (let lineStart = start; lineStart < text.length; ) {
    const lineEnd = text.indexOf("\n", lineStart) + 1 || text.length;
    const line = text.slice(lineStart, lineEnd);
    if (!TABLE_LINE.test(line)) break;
    if (!TABLE_SEPARATOR.test(line)) rows.push(rowCells(line).map((cell) => cell.replace(/[*_`]/g, "").trim()));
    lineStart = lineEnd;
  }
  const values = rows.slice(1).flatMap((cells) => cells.slice(1));
  return values.length > 0 && values.every((cell) => SLOT_CELL.test(cell));
}
var LIST_LINE = /^[ \t]*(?:[-*+•]|\d{1,3}[.)])[ \t]/;
var OPEN_WORK_TITLE = /^(?:open (?:items|points|actions|tasks)|action (?:items|points)|roadmap(?: (?:for )?v?\d[\w.]*)?|coming soon|planned (?:features|work|changes)|upcoming (?:features|releases)|(?:next )?actions to take|next actions|follow[- ]ups?|to-?dos?|offene punkte|aktionspunkte|points (?:ouverts|en suspens)|actions à mener|puntos (?:abiertos|pendientes)|acciones pendientes|punti aperti|azioni da intraprendere|open punten|actiepunten)\s*:?$/iu;
var PLANNED_LEAD_IN = /(?:\broadmap|\bplanned|\bupcoming|\bcoming soon|\bnext steps|\bfuture work|\bto ?do|\bin progress|\bgeplant|\bprévu(?:e|s|es)?|\bprevist[oaie]|\bgepland)\b[^\n]{0,40}:\s*$/i;
var LAW_LEAD_IN = /^(?=.*(?:AI Act|KI-VO|AI-verordening|\d\(\d+\)))(?:(?:the )?(?:EU )?AI Act,?\s*|KI-VO,?\s*)?(?:Art(?:icle|ikel|\.)?\s*\d+(?:\(\d+\))*(?:\s?\([a-z]\))?|Annex [IVX]+)(?:\s*(?:AI Act|KI-VO|of the AI Act))?\s*(?:[-–—:]\s*[\p{L} -]{0,40})?:?$/iu;
var LEAD_IN_LINES = 40;
var ADVICE_LEAD_IN = new RegExp("(?:\\b(?:recommendations?|guidance|advice|tips|best practices|notes?|hints|checklist) (?:for|to) (?:\\w+ )?(?:deployers|developers|users|integrators|operators|self-host\\w*|downstream \\w+)|\\b(?:deployment|integration|integrator|deployer) (?:recommendations|guidance|tips|best practices)|\\b(?:when|if you are|if you're) self-hosting|(?<![\\p{L}])(?:(?:empfehlungen|hinweise|tipps) (?:f\xFCr|an) (?:\\p{L}+ )?(?:betreiber|entwickler|nutzer|integratoren|anwender)\\p{L}*|(?:recommandations?|conseils?) (?:aux|pour les|\xE0 l'intention des) (?:int\xE9grateurs|d\xE9ployeurs|d\xE9veloppeurs|utilisateurs|op\xE9rateurs)|(?:recomendaciones|consejos) (?:para|a) (?:los )?(?:integradores|desarrolladores|usuarios|implementadores|operadores)|(?:raccomandazioni|consigli) (?:per|agli?|ai) (?:gli |i )?(?:integratori|sviluppatori|utenti|operatori)|(?:aanbevelingen|adviezen|tips) voor (?:integratoren|ontwikkelaars|gebruikers|beheerders)|bij self-hosting))(?![\\p{L}])[^\\n]{0,40}$", "iu");
function modeOfLeadIn(text, start, raw) {
  let lineStart = text.lastIndexOf("\n", start - 1) + 1;
  if (!LIST_LINE.test(text.slice(lineStart, lineStart + 8))) return null;
  let blankSkipped = false;
  for (let steps = 0; steps < LEAD_IN_LINES && lineStart > 0; steps++) {
    const previous = text.lastIndexOf("\n", lineStart - 2) + 1;
    let line = text.slice(previous, lineStart - 1);
    if (LIST_LINE.test(line) || /^[ \t]{2,}\S/.test(line)) {
      lineStart = previous;
      continue;
    }
    if (!line.trim() && raw && raw.length === text.length) line = raw.slice(previous, lineStart - 1);
    if (!line.trim() && !blankSkipped) {
      blankSkipped = true;
      lineStart = previous;
      continue;
    }
    line = line.replace(/[*_#>]/g, "").trim();
    if (PLANNED_LEAD_IN.test(line) || OPEN_WORK_TITLE.test(line)) return "planned";
    if (LAW_LEAD_IN.test(line)) return "hypothetical";
    return ADVICE_LEAD_IN.test(line) ? "advised" : null;
  }
  return null;
}
function isGap(code) {
  if (code === 32 || code === 124 || code >= 9 && code <= 13) return true;
  return code >= 128 && WHITE_SPACE.test(String.fromCharCode(code));
}
var WHITE_SPACE = /\s/;
var indexes = /* @__PURE__ */ new WeakMap();
function othersSections(facts) {
  return facts.sections.filter((section) => section.depth > 0 && section.title && titleGivesOthers(section.title, facts)).map((section) => [section.bodyStart, section.subtreeEnd]);
}
function statementIndex(facts, text, which) {
  let byText = indexes.get(facts);
  if (!byText) indexes.set(facts, byText = /* @__PURE__ */ new Map());
  let index = byText.get(which);
  if (!index) {
    const cues = facts.subjectCues;
    const others = cues ? othersSections(facts) : [];
    const judge = cues ? (statement, start) => others.some(([from, to]) => start >= from && start < to) ? "other-model" : subjectInText(text, start, statement, ownNames(facts, cues), cues, facts.text) : void 0;
    const judgeClause = cues ? (statement, at) => clauseSubjectAt(statement, at, ownNames(facts, cues), cues) : void 0;
    const keepOwn = cues ? (statement) => ownClausesText(statement, ownNames(facts, cues), cues) : void 0;
    const anaphoric = cues ? (statement) => refersBack(statement, ownNames(facts, cues)) : void 0;
    byText.set(which, index = new StatementIndex(text, judge, judgeClause, keepOwn, facts.text, anaphoric));
  }
  return index;
}
var NAMES_A_COLUMN = [
  COLUMN_NAME,
  VALUE_COLUMN,
  REQUIREMENT_COLUMN,
  CONDITION_COLUMN,
  ADVICE_COLUMN,
  QUESTION_COLUMN
];
var NAMES_A_ROWS_COLUMN = [REQUIREMENT_COLUMN, CONDITION_COLUMN, ADVICE_COLUMN, QUESTION_COLUMN];

// src/classify/classify-data.ts
var import_yaml3 = __toESM(require_dist(), 1);
import { existsSync as existsSync2, readFileSync as readFileSync2 } from "node:fs";

// src/classify/data-validation.ts
function fail(where, expected, value) {
  const got = value === void 0 ? "nothing" : JSON.stringify(value)?.slice(0, 60);
  throw new Error(`${where.file}: ${where.path || "(top level)"}: expected ${expected}, got ${got}`);
}
function record(value, where, key) {
  const at = key ? { ...where, path: where.path ? `${where.path}.${key}` : key } : where;
  if (!value || typeof value !== "object" || Array.isArray(value)) fail(at, "a mapping", value);
  return new Map(Object.entries(value));
}
function list(value, where, item) {
  if (!Array.isArray(value)) fail(where, "a list", value);
  return value.map((entry, index) => item(entry, { ...where, path: `${where.path}[${index}]` }));
}
function requireString(value, where) {
  if (typeof value !== "string" || !value.trim()) fail(where, "a non-empty string", value);
  return value;
}
function requireNumber(value, where) {
  if (typeof value !== "number" || !Number.isFinite(value) || value <= 0) fail(where, "a positive number", value);
  return value;
}
function regex(value, where, flags = "i") {
  const source = requireString(value, where);
  try {
    return new RegExp(source, flags);
  } catch (error) {
    throw new Error(`${where.file}: ${where.path}: invalid regular expression: ${error.message}`, {
      cause: error
    });
  }
}
function regexList(value, where) {
  return list(value, where, (item, itemWhere) => regex(item, itemWhere));
}

// src/classify/data-types.ts
var MODALITIES = ["text", "code", "image", "audio", "video"];
var RELATIONS = ["adapter", "quantized", "merge", "finetune"];

// src/classify/data-tables.ts
function parseAccelerators(raw, where) {
  const root = record(raw, where);
  const utilisation = record(root.get("utilisation"), where, "utilisation");
  const fallback = record(root.get("default"), where, "default");
  const at = (path) => ({ ...where, path });
  return {
    utilisation: {
      assumed: requireNumber(utilisation.get("assumed"), at("utilisation.assumed")),
      low: requireNumber(utilisation.get("low"), at("utilisation.low")),
      high: requireNumber(utilisation.get("high"), at("utilisation.high"))
    },
    fallback: {
      name: requireString(fallback.get("name"), at("default.name")),
      peakFlops: requireNumber(fallback.get("peakFlops"), at("default.peakFlops")),
      low: requireNumber(fallback.get("low"), at("default.low")),
      high: requireNumber(fallback.get("high"), at("default.high"))
    },
    accelerators: list(root.get("accelerators"), at("accelerators"), (item, itemWhere) => {
      const entry = record(item, itemWhere);
      const field = (key) => ({ ...itemWhere, path: `${itemWhere.path}.${key}` });
      return {
        name: requireString(entry.get("name"), field("name")),
        match: regexList(entry.get("match"), field("match")),
        peakFlops: requireNumber(entry.get("peakFlops"), field("peakFlops")),
        source: requireString(entry.get("source"), field("source"))
      };
    })
  };
}
function parseLicences(raw, where) {
  const root = record(raw, where);
  const entries = (key, custom) => list(root.get(key), { ...where, path: key }, (item, itemWhere) => {
    const entry = record(item, itemWhere);
    const field = (name) => ({ ...itemWhere, path: `${itemWhere.path}.${name}` });
    const qualifies = requireString(entry.get("qualifies"), field("qualifies"));
    if (qualifies !== "yes" && qualifies !== "no" && qualifies !== "unclear") {
      throw new Error(`${where.file}: ${field("qualifies").path}: expected yes | no | unclear, got "${qualifies}"`);
    }
    return {
      id: requireString(entry.get("id"), field("id")).toLowerCase(),
      name: requireString(entry.get("name"), field("name")),
      qualifies,
      reason: requireString(entry.get("reason"), field("reason")),
      match: entry.has("match") ? regexList(entry.get("match"), field("match")) : [],
      custom
    };
  });
  return [...entries("licences", false), ...entries("custom", true)];
}
function parseModalities(value, where) {
  return list(value, where, (item, itemWhere) => {
    const modality = requireString(item, itemWhere);
    if (!MODALITIES.includes(modality)) {
      throw new Error(`${where.file}: ${itemWhere.path}: expected one of ${MODALITIES.join(" | ")}, got "${modality}"`);
    }
    return modality;
  });
}
function parseTaskTable(raw, where, valueKey, value) {
  const root = record(raw, where);
  const table = (key) => {
    const entries = record(root.get(key), where, key);
    return new Map(
      [...entries].map(([name, v]) => [name.toLowerCase(), value(v, { ...where, path: `${key}.${name}` })])
    );
  };
  return {
    pipelineTags: table("pipelineTags"),
    libraries: table("libraries"),
    tags: table("tags"),
    text: list(root.get("text"), { ...where, path: "text" }, (item, itemWhere) => {
      const entry = record(item, itemWhere);
      const field = (name) => ({ ...itemWhere, path: `${itemWhere.path}.${name}` });
      const rawValue = entry.get(valueKey);
      return {
        pattern: regex(entry.get("pattern"), field("pattern")),
        value: value(valueKey === "modality" ? [rawValue] : rawValue, field(valueKey))
      };
    }),
    broadPipelineTags: new Set(
      root.has("broadPipelineTags") ? list(
        root.get("broadPipelineTags"),
        { ...where, path: "broadPipelineTags" },
        (item, itemWhere) => requireString(item, itemWhere).toLowerCase()
      ) : []
    )
  };
}
function parseAnnexIii(raw, where) {
  return list(record(raw, where).get("areas"), { ...where, path: "areas" }, (item, itemWhere) => {
    const entry = record(item, itemWhere);
    const field = (name) => ({ ...itemWhere, path: `${itemWhere.path}.${name}` });
    return {
      id: requireString(entry.get("id"), field("id")),
      title: requireString(entry.get("title"), field("title")),
      point: requireString(entry.get("point"), field("point")),
      patterns: regexList(entry.get("patterns"), field("patterns"))
    };
  });
}
function parseArt5(raw, where) {
  return list(record(raw, where).get("practices"), { ...where, path: "practices" }, (item, itemWhere) => {
    const entry = record(item, itemWhere);
    const field = (name) => ({ ...itemWhere, path: `${itemWhere.path}.${name}` });
    const practice = {
      id: requireString(entry.get("id"), field("id")),
      point: requireString(entry.get("point"), field("point")),
      title: requireString(entry.get("title"), field("title")),
      any: entry.has("any") ? regexList(entry.get("any"), field("any")) : [],
      all: entry.has("all") ? regexList(entry.get("all"), field("all")) : []
    };
    if (!practice.any.length && !practice.all.length) {
      throw new Error(`${where.file}: ${itemWhere.path}: expected "any" or "all" patterns`);
    }
    return practice;
  });
}
function parseTextCues(raw, where) {
  const root = record(raw, where);
  const at = (path) => ({ ...where, path });
  const strings = (value, path) => list(value, at(path), (item, itemWhere) => requireString(item, itemWhere));
  const uses = record(root.get("useSections"), where, "useSections");
  const systemic = record(root.get("systemicRisk"), where, "systemicRisk");
  return {
    approximate: regex(root.get("approximate"), at("approximate")),
    negation: regex(root.get("negation"), at("negation")),
    useSections: {
      intendedCanonical: strings(uses.get("intendedCanonical"), "useSections.intendedCanonical"),
      purposeCanonical: strings(uses.get("purposeCanonical"), "useSections.purposeCanonical"),
      excludedCanonical: strings(uses.get("excludedCanonical"), "useSections.excludedCanonical"),
      otherCanonical: strings(uses.get("otherCanonical"), "useSections.otherCanonical"),
      intendedHeading: regex(uses.get("intendedHeading"), at("useSections.intendedHeading")),
      excludedHeading: regex(uses.get("excludedHeading"), at("useSections.excludedHeading")),
      otherHeading: regex(uses.get("otherHeading"), at("useSections.otherHeading"))
    },
    systemicRisk: {
      denials: regexList(systemic.get("denials"), at("systemicRisk.denials")),
      claims: regexList(systemic.get("claims"), at("systemicRisk.claims")),
      designation: regexList(systemic.get("designation"), at("systemicRisk.designation")),
      tags: strings(systemic.get("tags"), "systemicRisk.tags").map((tag) => tag.toLowerCase())
    },
    derivedFrom: list(root.get("derivedFrom"), at("derivedFrom"), (item, itemWhere) => {
      const entry = record(item, itemWhere);
      return {
        relation: toRelation(entry.get("relation"), { ...itemWhere, path: `${itemWhere.path}.relation` }),
        pattern: regex(entry.get("pattern"), { ...itemWhere, path: `${itemWhere.path}.pattern` }),
        baseMustBe: baseCondition(entry.get("baseMustBe"), { ...itemWhere, path: `${itemWhere.path}.baseMustBe` })
      };
    }),
    ignoreBaseNames: new Set(strings(root.get("ignoreBaseNames"), "ignoreBaseNames").map((name) => name.toLowerCase())),
    weightsNotPublic: regexList(root.get("weightsNotPublic"), at("weightsNotPublic")),
    gatedKeys: strings(root.get("gatedKeys"), "gatedKeys"),
    licenceLine: regex(root.get("licenceLine"), at("licenceLine"), "im"),
    licenceStatement: regex(root.get("licenceStatement"), at("licenceStatement")),
    licenceCodeOnly: regex(root.get("licenceCodeOnly"), at("licenceCodeOnly")),
    licenceModelWords: regex(root.get("licenceModelWords"), at("licenceModelWords")),
    relationTags: relationMap(record(root.get("relationTags"), where, "relationTags"), at("relationTags"), true),
    relationLibraries: relationMap(
      record(root.get("relationLibraries"), where, "relationLibraries"),
      at("relationLibraries"),
      false
    ),
    ownRepo: regexList(root.get("ownRepo"), at("ownRepo")),
    copyMarkers: regex(root.get("copyMarkers"), at("copyMarkers")),
    adapterMarkers: regex(root.get("adapterMarkers"), at("adapterMarkers"))
  };
}
function baseCondition(value, where) {
  if (value === void 0) return "any";
  if (value === "named" || value === "not-gpai") return value;
  throw new Error(`${where.file}: ${where.path}: expected named | not-gpai, got ${JSON.stringify(value)}`);
}
function toRelation(value, where) {
  const relation = requireString(value, where);
  if (!RELATIONS.includes(relation)) {
    throw new Error(`${where.file}: ${where.path}: expected one of ${RELATIONS.join(" | ")}, got "${relation}"`);
  }
  return relation;
}
function relationMap(entries, where, grouped) {
  const map = /* @__PURE__ */ new Map();
  for (const [key, value] of entries) {
    const at = { ...where, path: `${where.path}.${key}` };
    if (grouped) {
      const relation = toRelation(key, at);
      for (const name of list(value, at, (item, itemWhere) => requireString(item, itemWhere)))
        map.set(name.toLowerCase(), relation);
    } else {
      map.set(key.toLowerCase(), toRelation(value, at));
    }
  }
  return map;
}

// src/classify/data-known-models.ts
var JUDGEMENTS = ["yes", "no", "unclear"];
function parseKnownModels(raw, where) {
  const root = record(raw, where);
  const entries = (key) => list(root.get(key), { ...where, path: key }, (item, itemWhere) => parseEntry(item, itemWhere, key === "families"));
  return [...entries("models"), ...entries("families")];
}
function parseEntry(item, where, family) {
  const entry = record(item, where);
  const field = (name) => ({ ...where, path: `${where.path}.${name}` });
  const optionalNumber = (name) => entry.has(name) ? requireNumber(entry.get(name), field(name)) : void 0;
  const generates = requireString(entry.get("generates"), field("generates"));
  if (generates !== "none" && !MODALITIES.includes(generates)) {
    throw new Error(
      `${where.file}: ${field("generates").path}: expected one of none | ${MODALITIES.join(" | ")}, got "${generates}"`
    );
  }
  const gpai = requireString(entry.get("gpai"), field("gpai"));
  if (!JUDGEMENTS.includes(gpai))
    throw new Error(`${where.file}: ${field("gpai").path}: expected yes | no | unclear, got "${gpai}"`);
  const model = {
    name: requireString(entry.get("name"), field("name")),
    names: family ? [] : list(entry.get("names"), field("names"), (name, nameWhere) => requireString(name, nameWhere).toLowerCase()),
    generates,
    gpai,
    source: requireString(entry.get("source"), field("source"))
  };
  if (family) {
    model.match = regex(entry.get("match"), field("match"));
    model.why = requireString(entry.get("why"), field("why"));
  } else if (!model.names.length) {
    throw new Error(`${where.file}: ${field("names").path}: expected at least one name`);
  }
  const parameters = optionalNumber("parameters");
  const activeParameters = optionalNumber("activeParameters");
  const trainingCompute = optionalNumber("trainingCompute");
  if (parameters !== void 0) model.parameters = parameters;
  if (activeParameters !== void 0) model.activeParameters = activeParameters;
  if (trainingCompute !== void 0) model.trainingCompute = trainingCompute;
  if (model.gpai === "yes" && (trainingCompute === void 0 || generates === "none")) {
    throw new Error(`${where.file}: ${field("gpai").path}: "yes" needs a trainingCompute and generated content`);
  }
  return model;
}

// src/classify/classify-data.ts
function readDataFile(name) {
  const candidates = ["../../rules/data/", "../rules/data/"].map((base) => new URL(`${base}${name}`, import.meta.url));
  const found = candidates.find((url) => existsSync2(url)) ?? candidates[0];
  return readFileSync2(found, "utf8");
}
function parseClassifyData(readText) {
  const load = (name) => {
    const where = { file: `rules/data/${name}`, path: "" };
    try {
      return [(0, import_yaml3.parse)(readText(name)), where];
    } catch (error) {
      throw new Error(`${where.file}: not valid YAML: ${error.message.split("\n")[0]}`, {
        cause: error
      });
    }
  };
  return {
    accelerators: parseAccelerators(...load("accelerators.yaml")),
    licences: parseLicences(...load("licences.yaml")),
    narrowTasks: parseTaskTable(...load("narrow-tasks.yaml"), "task", (value, where) => requireString(value, where)),
    generativeTasks: parseTaskTable(...load("generative-tasks.yaml"), "modality", parseModalities),
    annexIii: parseAnnexIii(...load("annex-iii.yaml")),
    prohibitedPractices: parseArt5(...load("art-5.yaml")),
    cues: parseTextCues(...load("text-cues.yaml")),
    knownModels: parseKnownModels(...load("known-models.yaml"))
  };
}
var cached;
function classifyData() {
  cached ??= shippedSnapshot()?.contents().classifyData ?? parseClassifyData(readDataFile);
  return cached;
}

// src/facts/normalize-heading.ts
var SIMPLE = /^[a-z][a-z0-9 ,'/-]*[a-z0-9]$/;
var NUMBERING_WORD = /^(?:step|part|section|chapter|appendix|slide|folie|diapositive|diapositiva|dia) /;
var HTML_COMMENT2 = /<!--[\s\S]*?(?:-->|$)/g;
var INLINE_TAG = /<\/?(?:sub|sup|small|span|code|kbd|b|i|em|strong|u|s|mark|abbr)\b[^<>]*>/gi;
var HTML_TAG = /<\/?[a-z][^<>]*>/gi;
var IMAGE = /!\[([^\]]*)\]\([^)]*\)/g;
var INLINE_LINK = /\[([^\]]*)\]\([^)]*\)/g;
var REFERENCE_LINK = /\[([^\]]*)\]\[[^\]]*\]/g;
var ESCAPE = /\\([\\`*_{}[\]()#+\-.!|~<>])/g;
var EMPHASIS_AND_CODE = /[*_`~]+/g;
var EMOJI_SHORTCODE = /:[a-z0-9_+-]+:/g;
var ENTITY = /&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi;
var SYMBOLS = /(?!\+)[\p{S}\p{Extended_Pictographic}\u{FE00}-\u{FE0F}\u{200B}-\u{200D}\u{20E3}\u{E0020}-\u{E007F}]/gu;
var QUOTES = /[\u2018\u2019\u02BC]/g;
var DOUBLE_QUOTES = /[\u201C\u201D]/g;
var DASHES = /[\u2010-\u2015\u2212]/g;
var LEADING_NUMBERING = (
  // eslint-disable-next-line no-control-regex
  /^(?:(?:step|part|section|chapter|appendix|slide|folie|diapositive|diapositiva|dia)\s+(?:[0-9]+(?:\.[0-9]+)*\b\s*[:.)-]?|(?:[ivxlc]+|[a-z])\s*[:.)-])|§\s*[0-9.]+|\(\s*(?:[0-9]+|[a-z]|[ivxlc]+)\s*\)|(?:[0-9]{1,2}(?:\.[0-9]{1,3})*\.?|[a-z]\.|[ivxlc]+\.)(?=\s|$)|[0-9]{1,2}\.(?=[^\x00-\x7f])|[0-9]{1,2}(?:\.[0-9]{1,3})*\s*[):-](?=\s|$)|(?:[a-z]|[ivxlc]+)\)(?=\s|$))\s*/u
);
var TRAILING_PUNCTUATION = /[\s:;,.!?¿¡。：；，！？、…\-–—|=#>]+$/u;
var LEADING_PUNCTUATION = /^[\s:;,.!?。：；，、…\-–—|=#>]+/u;
var WHITESPACE = /\s+/g;
var ENTITIES = {
  amp: "&",
  nbsp: " ",
  lt: " ",
  gt: " ",
  quot: '"',
  apos: "'",
  ndash: "-",
  mdash: "-"
};
function normalizeHeading(raw) {
  let text = raw.toLowerCase().trim();
  if (SIMPLE.test(text) && !NUMBERING_WORD.test(text)) return text.replace(WHITESPACE, " ");
  text = text.replace(HTML_COMMENT2, " ").replace(ENTITY, decodeEntity).replace(INLINE_TAG, "").replace(HTML_TAG, " ").replace(IMAGE, " ").replace(INLINE_LINK, "$1").replace(REFERENCE_LINK, "$1").replace(ESCAPE, "$1").replace(EMOJI_SHORTCODE, " ").replace(SYMBOLS, " ").replace(EMPHASIS_AND_CODE, " ").normalize("NFKC").toLowerCase().replace(QUOTES, "'").replace(DOUBLE_QUOTES, '"').replace(DASHES, "-").replace(/&/g, " and ").replace(WHITESPACE, " ").trim().replace(LEADING_PUNCTUATION, "");
  for (let i = 0; i < 3; i++) {
    const stripped = text.replace(LEADING_NUMBERING, "");
    if (stripped === text || stripped === "") break;
    text = stripped.replace(LEADING_PUNCTUATION, "");
  }
  return text.replace(TRAILING_PUNCTUATION, "");
}
function decodeEntity(match, name) {
  const lower = name.toLowerCase();
  if (lower.startsWith("#x")) return safeCodePoint(parseInt(lower.slice(2), 16), match);
  if (lower.startsWith("#")) return safeCodePoint(parseInt(lower.slice(1), 10), match);
  return ENTITIES[lower] ?? match;
}
function safeCodePoint(code, fallback) {
  return Number.isInteger(code) && code > 0 && code <= 1114111 ? String.fromCodePoint(code) : fallback;
}

// src/facts/sections.ts
var HTML_HEADING = /^\s*<h([1-6])\b[^>]*>([\s\S]{0,300}?)<\/h\1>/i;
var LABEL_MAX_WORDS = 8;
function buildSections(tree, maskedText, bodyStart, positionAt, vocabulary) {
  const markers = [];
  for (const node of tree.children) collectMarkers(node, markers, vocabulary);
  const end = maskedText.length;
  const words = createWordCounter(maskedText);
  const sections = [];
  const firstStart = markers.length ? markers[0].start : end;
  sections.push(makeSection("", [], 0, bodyStart, bodyStart, firstStart, firstStart));
  markers.forEach((marker, index) => {
    const next = markers[index + 1];
    const bodyEnd = next ? next.start : end;
    let subtreeEnd = bodyEnd;
    if (!marker.isLabel) {
      subtreeEnd = end;
      for (let j = index + 1; j < markers.length; j++) {
        if (!markers[j].isLabel && markers[j].depth <= marker.depth) {
          subtreeEnd = markers[j].start;
          break;
        }
      }
    }
    const canonical = marker.canonical ?? canonicalNames(normalizeHeading(marker.title), vocabulary);
    sections.push(
      makeSection(marker.title, canonical, marker.depth, marker.start, marker.bodyStart, bodyEnd, subtreeEnd)
    );
  });
  return sections;
  function makeSection(title, canonical, depth, start, ownStart, ownEnd, subtreeEnd) {
    return {
      title,
      canonical,
      depth,
      position: positionAt(start),
      start,
      bodyStart: ownStart,
      bodyEnd: Math.max(ownStart, ownEnd),
      subtreeEnd: Math.max(ownStart, subtreeEnd),
      words: words(ownStart, ownEnd),
      subtreeWords: words(ownStart, subtreeEnd)
    };
  }
}
function collectMarkers(node, markers, vocabulary) {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === void 0 || end === void 0) return;
  if (node.type === "heading") {
    markers.push({ title: headingText(node), depth: node.depth, start, bodyStart: end, isLabel: false });
  } else if (node.type === "html") {
    const match = HTML_HEADING.exec(node.value);
    if (match) {
      const title = match[2].replace(/<[^>]*>/g, " ");
      markers.push({ title, depth: Number(match[1]), start, bodyStart: start + match[0].length, isLabel: false });
    }
  } else if (node.type === "paragraph") {
    for (const [at, label] of fieldLabels(node).entries()) {
      const canonical = canonicalNames(normalizeHeading(label.text), vocabulary);
      if (canonical.length === 0 && at === 0) continue;
      markers.push({
        title: label.text,
        depth: labelDepth(markers),
        start: label.start === node.position?.start.offset ? start : label.start,
        bodyStart: label.end,
        isLabel: true,
        canonical
      });
    }
  } else if (node.type === "list") {
    for (const item of node.children) {
      const paragraph = item.children[0];
      if (paragraph?.type !== "paragraph") continue;
      const label = leadingLabel(paragraph);
      const itemStart = item.position?.start.offset;
      const canonical = label && itemStart !== void 0 ? canonicalNames(normalizeHeading(label.text), vocabulary) : [];
      if (label && itemStart !== void 0 && canonical.length > 0) {
        markers.push({
          title: label.text,
          depth: labelDepth(markers),
          start: itemStart,
          bodyStart: label.end,
          isLabel: true,
          canonical
        });
      }
    }
  }
}
function headingText(node) {
  return toString(node);
}
function leadingLabel(paragraph) {
  const first = paragraph.children[0];
  if (!first || first.type !== "strong" || first.position?.end.offset === void 0) return null;
  const text = toString(first).trim();
  if (!text || text.split(/\s+/).length > LABEL_MAX_WORDS) return null;
  return { text, end: first.position.end.offset };
}
var FIELD_COLON = /^\s*[:：]/;
function fieldLabels(paragraph) {
  const labels = [];
  const leading = leadingLabel(paragraph);
  if (leading) labels.push({ ...leading, start: paragraph.children[0].position.start.offset });
  const children = paragraph.children;
  for (let i = 1; i < children.length; i++) {
    const child = children[i];
    const before = children[i - 1];
    const lineBefore = before.type === "break" || before.type === "text" && /\n[ \t]*$/.test(before.value);
    if (child.type !== "strong" || !lineBefore) continue;
    const start = child.position?.start.offset;
    const end = child.position?.end.offset;
    if (start === void 0 || end === void 0) continue;
    const text = toString(child).trim();
    const after = children[i + 1];
    const colon = /[:：]$/.test(text) || after?.type === "text" && FIELD_COLON.test(after.value);
    if (colon && text && text.split(/\s+/).length <= LABEL_MAX_WORDS) labels.push({ text, start, end });
  }
  return labels;
}
function labelDepth(markers) {
  for (let i = markers.length - 1; i >= 0; i--) if (!markers[i].isLabel) return markers[i].depth + 1;
  return 1;
}
var WORD_CHARACTER = /[\p{L}\p{N}]/uy;
function createWordCounter(maskedText) {
  const starts = wordStarts(maskedText);
  const firstAtOrAfter = (offset) => {
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const mid = low + high >> 1;
      if (starts[mid] < offset) low = mid + 1;
      else high = mid;
    }
    return low;
  };
  return (start, end) => end <= start ? 0 : firstAtOrAfter(end) - firstAtOrAfter(start);
}
function wordStarts(text) {
  const starts = [];
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let isWord;
    if (code < 128) {
      const lower = code | 32;
      isWord = code >= 48 && code <= 57 || lower >= 97 && lower <= 122;
    } else {
      WORD_CHARACTER.lastIndex = i;
      isWord = WORD_CHARACTER.test(text);
      if (isWord && WORD_CHARACTER.lastIndex === i + 2) {
        if (!inWord) starts.push(i);
        inWord = true;
        i++;
        continue;
      }
    }
    if (isWord && !inWord) starts.push(i);
    inWord = isWord;
  }
  return starts;
}
function isHeading(text, start) {
  const first = text.charCodeAt(start);
  return first === 35 || first === 60 && /^<h[1-6]\b/i.test(text.slice(start, start + 4));
}

export {
  recordFields,
  textKind,
  fastVariant,
  patternFor,
  requiredLiterals,
  literalIndex,
  mayMatch,
  maskText,
  LEADING_SYMBOLS,
  CHAT_TIME,
  CHAT_NICK,
  joinSoftBreaks,
  blankStructure,
  blankSpans,
  escapeRegExp,
  shippedSubjectCues,
  cardSubjectCues,
  bodyText,
  joinedBodyText,
  proseText,
  offsetOf,
  lineText,
  sentencesIn,
  excerpt,
  inheritedScopes,
  nameKey,
  labelAboutBase,
  isOwnName,
  ownNames,
  leadingTaskName,
  clauseSubjects,
  rowCells,
  statementAround,
  assignFigureSubjects,
  subjectOf,
  withoutOthersVersions,
  titleGivesOthers,
  topicsIn,
  compileVocabulary,
  compileTerms,
  compileSubjectVocabulary,
  STATEMENT_MODES,
  NEVER_EVIDENCE,
  isBareDenial,
  classifyStatement,
  statementSpan,
  statementIndex,
  normalizeHeading,
  LABEL_MAX_WORDS,
  buildSections,
  leadingLabel,
  fieldLabels,
  isHeading,
  RELATIONS,
  classifyData
};
