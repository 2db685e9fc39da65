import { createRequire as __aagCreateRequire } from 'node:module'; const require = __aagCreateRequire(import.meta.url);
import {
  addHubFacts,
  classifyDataWithBases
} from "./chunk-NL2QL32C.js";
import {
  classifyCard,
  evaluateRule,
  reportTier,
  severityOf,
  unknownTier
} from "./chunk-NQ2HNNKS.js";
import {
  SYSTEMIC_FLOP,
  extractFacts,
  formatNumber,
  parseCard,
  readAiActBlock
} from "./chunk-7KKXPEHT.js";
import {
  applyPolicyToProblems,
  applyPolicyToResults,
  tierOverrideFor,
  today
} from "./chunk-PLPMFADU.js";
import {
  classifyData,
  escapeRegExp
} from "./chunk-RFKPFFVV.js";
import {
  EMPTY_POLICY
} from "./chunk-V6QSAUCR.js";

// src/classify/gate.ts
var REQUIRED = [
  {
    ruleId: "evaluation-results",
    link: "evaluation_reports",
    what: "evaluation results (Annex XI \xA72 point 1; Art. 55(1)(a))"
  },
  {
    ruleId: "adversarial-testing",
    link: "adversarial_testing",
    what: "adversarial testing (Annex XI \xA72 point 2; Art. 55(1)(a))"
  }
];
function decideGate(classification, statusOf) {
  const { claims } = classification;
  const triggers = [];
  if (claims?.designated?.value) triggers.push(`the card states a Commission designation (${claims.designated.text})`);
  if (claims?.systemicRisk?.value) triggers.push(`the card claims systemic risk (${claims.systemicRisk.text})`);
  if (classification.id !== "modification" && classification.computeFlops !== null && classification.computeFlops > SYSTEMIC_FLOP) {
    triggers.push(`its training compute ${formatNumber(classification.computeFlops)} FLOP exceeds 1e25 (Art. 51(2))`);
  }
  if (classification.id === "gpai-systemic-risk" && !triggers.length) triggers.push("its tier is gpai-systemic-risk");
  if (!triggers.length) {
    return {
      blocked: false,
      reasons: ["Not gated: no systemic-risk claim or designation, and training compute not above 1e25 FLOP"],
      blockedBy: []
    };
  }
  const reasons = [`Systemic-risk release gate applies: ${triggers.join("; ")}`];
  const blockedBy = [];
  for (const { ruleId, link, what } of REQUIRED) {
    const status = statusOf(ruleId);
    const linked = claims?.links[link];
    if (status === "met") reasons.push(`${ruleId} is met`);
    else if (linked)
      reasons.push(
        `${ruleId} is ${status} in the text, but ai_act.${link} links the reports (${linked.value.join(", ")})`
      );
    else {
      blockedBy.push(ruleId);
      reasons.push(
        `Blocked: ${ruleId} is ${status}; the ${what} must be documented, or linked from ai_act.${link}, before release`
      );
    }
  }
  return { blocked: blockedBy.length > 0, reasons, blockedBy };
}

// src/families/normalise.ts
import { createHash } from "node:crypto";
var OWN_NAME = "\u27E8name\u27E9";
var CHECKPOINT = "\u27E8checkpoint\u27E9";
var SIZE = "\u27E8size\u27E9";
var COMMIT = "\u27E8commit\u27E9";
var NUMBER = "\u27E8n\u27E9";
var MIN_NAME_LENGTH = 3;
var MAX_NAME_LENGTH = 120;
var CHECKPOINT_TOKEN = String.raw`\b(?:global[_-]?step|step|checkpoint|ckpt|iter(?:ation)?|epoch|revision)[-_ ]?\d+\b`;
var COMMIT_TOKEN = String.raw`\b(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{7,64}\b`;
var SIZE_TOKEN = String.raw`\d+(?:[.,]\d+)?\s?(?:thousand|million|billion|trillion|bn|[kmbt])(?![a-z])`;
var NUMBER_TOKEN = String.raw`\d+(?:[.,]\d+)*(?:e[-+]?\d+)?`;
var FIGURE = new RegExp(`(${CHECKPOINT_TOKEN})|(${COMMIT_TOKEN})|(${SIZE_TOKEN})|${NUMBER_TOKEN}`, "gi");
function ownNames(path, text) {
  const names = /* @__PURE__ */ new Set();
  const add = (name) => {
    const trimmed = name?.trim();
    if (trimmed && trimmed.length >= MIN_NAME_LENGTH && trimmed.length <= MAX_NAME_LENGTH) names.add(trimmed);
  };
  const hub = /^hf:\/\/([^/@]+)\/([^/@]+)/.exec(path);
  if (hub) {
    add(`${hub[1]}/${hub[2]}`);
    add(hub[2]);
  } else {
    const parts = path.split(/[\\/]/).filter(Boolean);
    const file = parts.at(-1) ?? "";
    const stem = file.replace(/\.(?:md|markdown|txt)$/i, "");
    if (/^(?:readme|model[-_ ]?card)$/i.test(stem)) add(parts.at(-2));
    else {
      const named = stem.replace(/[-_.]?readme$/i, "");
      add(named);
      const underscore = named.indexOf("_");
      if (underscore > 0) add(named.slice(underscore + 1));
    }
  }
  add(titleOf(text));
  return [...names].sort((a, b) => b.length - a.length);
}
function titleOf(text) {
  const body = text.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, "");
  const heading = /^#[ \t]+(.+?)[ \t#]*$/m.exec(body)?.[1];
  return heading?.replace(/[*_`]|\[([^\]]*)\]\([^)]*\)/g, "$1");
}
function normaliseCardText(path, text) {
  const frontMatter = /^---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/.exec(text)?.[0] ?? "";
  let normalised = (figuresOutOfFrontMatter(frontMatter) + figuresOut(text.slice(frontMatter.length))).toLowerCase();
  const names = [...new Set(ownNames(path, text).map((name) => figuresOut(name).toLowerCase()))].sort(
    (a, b) => b.length - a.length
  );
  if (names.length) normalised = normalised.replace(new RegExp(names.map(escapeRegExp).join("|"), "g"), OWN_NAME);
  const lines = [];
  for (const line of normalised.replace(/[^\S\n]+/g, " ").split("\n")) {
    const trimmed = line.trim();
    if (trimmed && trimmed !== lines.at(-1)) lines.push(trimmed);
  }
  return lines.join(" ");
}
var LICENCE_LINE = /^([ \t-]*licen[cs]e(?:_name)?:.*)$/gim;
function figuresOutOfFrontMatter(text) {
  return text.split(LICENCE_LINE).map((part, index) => index % 2 ? part : figuresOut(part)).join("");
}
function figuresOut(text) {
  return text.replace(
    FIGURE,
    (_figure, checkpoint, commit, size) => checkpoint ? CHECKPOINT : commit ? COMMIT : size ? SIZE : NUMBER
  );
}
var MIN_FAMILY_WORDS = 20;
var MAX_FAMILY_CHARS = 1e6;
function familyFields(path, text) {
  if (text.length > MAX_FAMILY_CHARS) return {};
  const normalised = normaliseCardText(path, text);
  const word = new RegExp("\\u27e8[a-z]+\\u27e9|(\\p{L}{2,})", "gu");
  word.lastIndex = normalised.startsWith("---") ? normalised.indexOf(" ---", 3) + 4 : 0;
  let words = 0;
  for (let match = word.exec(normalised); match && words < MIN_FAMILY_WORDS; match = word.exec(normalised))
    if (match[1]) words++;
  if (words < MIN_FAMILY_WORDS) return {};
  return { templateDigest: `sha256:${createHash("sha256").update(normalised).digest("hex")}` };
}

// src/lint.ts
function checkCard(path, text, ruleset, policy = EMPTY_POLICY, now, hub) {
  const parsed = parseCard(text);
  const facts = extractFacts(parsed, ruleset.vocabulary);
  if (hub) addHubFacts(facts, hub);
  const suggested = classifyCard(facts, hub?.bases ? classifyDataWithBases(classifyData(), hub.bases) : void 0);
  const override = tierOverrideFor(policy, path);
  const classification = override ? overrideTier(suggested, override) : suggested;
  const context = { facts, classification };
  const rules = ruleset.rules.map((rule) => evaluateRule(rule, context));
  const block = readAiActBlock(facts);
  const dates = { asOf: policy.asOf ?? today(now), releaseDate: policy.releaseDate ?? statedReleaseDate(block) };
  const problems = facts.problems.map((problem) => ({
    ruleId: "card-syntax",
    message: problem.message,
    line: problem.position.line,
    column: problem.position.column,
    severity: "error"
  }));
  problems.push(...applyPolicyToResults(rules, ruleset.rules, path, policy, dates, severityOf));
  for (const problem of block?.problems ?? []) {
    problems.push({
      ruleId: "ai-act-invalid",
      message: problem.message,
      line: problem.position.line,
      column: problem.position.column,
      severity: "warning"
    });
  }
  const claimLine = block?.position ?? facts.frontMatterPosition;
  for (const contradiction of classification.contradictions) {
    problems.push({
      ruleId: "ai-act-contradiction",
      message: `Contradiction: ${contradiction}`,
      line: claimLine.line,
      column: claimLine.column,
      severity: "warning"
    });
  }
  applyPolicyToProblems(problems, path, policy, dates.asOf);
  const statusOf = (ruleId) => rules.find((rule) => rule.id === ruleId)?.status ?? "missing";
  const gate = override && override.tier !== "gpai-systemic-risk" ? gateLiftedBy(override) : decideGate(classification, statusOf);
  for (const rule of rules) {
    if (!gate.blockedBy?.includes(rule.id)) continue;
    rule.blocker = true;
    rule.severity = "error";
  }
  const tier = reportTier(classification);
  if (override)
    tier.override = {
      suggested: suggested.id,
      justification: override.justification,
      source: `${override.from.source}:${override.from.line}`
    };
  return {
    path,
    titleLine: facts.titlePosition.line,
    tier,
    rules,
    problems,
    gate,
    ...familyFields(path, text)
  };
}
function overrideTier(suggested, override) {
  const reason = {
    text: `Tier set by the policy (${override.from.source}:${override.from.line}) instead of ${suggested.id}: ${override.justification}`
  };
  const suggestedReasons = suggested.reasons.filter((entry) => !/^→ tier /.test(entry.text));
  suggestedReasons.push({
    text: `\u2192 tier ${override.tier} (set by the policy; the card alone suggests ${suggested.id})`
  });
  return { ...suggested, id: override.tier, reasons: [reason, ...suggestedReasons] };
}
function gateLiftedBy(override) {
  return {
    blocked: false,
    reasons: [
      `Not gated: the policy sets the tier to ${override.tier} (${override.from.source}:${override.from.line}): ${override.justification}`
    ],
    blockedBy: []
  };
}
function statedReleaseDate(block) {
  const value = block?.links.release_date?.value[0];
  return value && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : null;
}
function unreadableFile(path, message, ruleId = "card-unreadable") {
  return {
    path,
    titleLine: 1,
    tier: unknownTier(message),
    rules: [],
    problems: [{ ruleId, message, line: 1, column: 1, severity: "error" }],
    gate: { blocked: false, reasons: [], blockedBy: [] }
  };
}

export {
  checkCard,
  unreadableFile
};
