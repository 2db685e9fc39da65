import { createRequire as __aagCreateRequire } from 'node:module'; const require = __aagCreateRequire(import.meta.url);
import {
  gfmTableToMarkdown,
  toMarkdown
} from "./chunk-VBN7N4WP.js";
import {
  TEXT_LIMITS,
  blobUrl,
  cardCode,
  cardText,
  lineOf,
  linked,
  neutralise,
  plain
} from "./chunk-5OZVU24E.js";
import {
  blockingLines,
  gapMessage,
  isActiveProblem,
  isGap,
  reportTotals
} from "./chunk-KAMNI3PN.js";

// src/render/compare.ts
function compareReports(base, head) {
  const headGaps = head.rules.filter(isGap);
  if (!base) return { path: head.path, newGaps: headGaps, fixedGaps: [], tierChange: null, isNewCard: true };
  const baseGapIds = new Set(base.rules.filter(isGap).map((rule) => rule.id));
  const headGapIds = new Set(headGaps.map((rule) => rule.id));
  const headById = new Map(head.rules.map((rule) => [rule.id, rule]));
  return {
    path: head.path,
    newGaps: headGaps.filter((rule) => !baseGapIds.has(rule.id)),
    fixedGaps: base.rules.filter((rule) => isGap(rule) && !headGapIds.has(rule.id)).map((rule) => headById.get(rule.id) ?? rule),
    tierChange: base.tier.id !== head.tier.id ? { from: base.tier.id, to: head.tier.id } : null,
    isNewCard: false
  };
}

// src/render/comment.ts
var DEFAULT_COMMENT_MAX_LENGTH = 65536;
function COMMENT_MARKER(instanceKey = "default") {
  const key = instanceKey.replace(/[^A-Za-z0-9._-]+/g, "-").replace(/-{2,}/g, "-").replace(/^-+|-+$/g, "") || "default";
  return `<!-- ai-act-gate:report:${key} -->`;
}
function isOurComment(body, instanceKey = "default") {
  const firstLine = body.replace(/^\uFEFF/, "").split("\n", 1)[0].replace(/\r$/, "");
  return firstLine.trim() === COMMENT_MARKER(instanceKey);
}
function tally(report) {
  return reportTotals(report);
}
function pluralise(n, noun) {
  return `${n} ${n === 1 ? noun : `${noun}s`}`;
}
function verdictLine(report) {
  const { cards, blockers, gaps, problems } = tally(report);
  if (cards === 0) return "\u2139\uFE0F No model cards were checked";
  if (blockers === 0 && gaps === 0 && problems === 0)
    return "\u2705 All model cards meet their required documentation duties";
  const parts = [pluralise(cards, "model card")];
  if (blockers) parts.push(pluralise(blockers, "release blocker"));
  parts.push(pluralise(gaps, "gap"));
  if (problems) parts.push(pluralise(problems, "card problem"));
  return `${blockers ? "\u{1F6AB}" : "\u26A0\uFE0F"} ${parts.join(" \xB7 ")}`;
}
function severityWord(severity) {
  return severity === "error" || severity === "warning" ? severity : "notice";
}
function serialise(nodes) {
  return toMarkdown(
    { type: "root", children: nodes },
    { extensions: [gfmTableToMarkdown({ tablePipeAlign: false })], bullet: "-", rule: "-" }
  ).trimEnd();
}
function comparisonFor(comparison, path) {
  if (!comparison) return void 0;
  const all = Array.isArray(comparison) ? comparison : [comparison];
  return all.find((item2) => item2.path === path);
}
var html = (value) => ({ type: "html", value });
var strong = (...children) => ({ type: "strong", children });
var paragraph = (...children) => ({ type: "paragraph", children });
var item = (...children) => ({
  type: "listItem",
  spread: false,
  children: [{ type: "paragraph", children }]
});
var list = (items) => ({ type: "list", ordered: false, spread: false, children: items });
var cell = (...children) => ({ type: "tableCell", children });
var row = (...cells) => ({ type: "tableRow", children: cells });
function toolLine(report) {
  const ruleset = report.ruleset ?? {};
  const version = typeof ruleset.version === "string" ? ruleset.version : typeof ruleset.digest === "string" ? ruleset.digest.slice(0, 12) : null;
  const rules = pluralise(Number(ruleset.count) || 0, "rule");
  return [
    cardText(`${report.tool?.name ?? "ai-act-gate"} ${report.tool?.version ?? ""}`.trim(), 80),
    ...version ? [plain(" \xB7 ruleset "), cardText(version, 40), plain(` (${rules})`)] : [plain(` \xB7 ruleset of ${rules}`)]
  ];
}
function idList(rules) {
  return rules.flatMap((rule, index) => index ? [plain(", "), cardCode(rule.id)] : [cardCode(rule.id)]);
}
function lineLink(source, path, line) {
  return linked(blobUrl(source, path, line), [plain(`L${line}`)]);
}
function tierNodes(file, source, withReasons = true) {
  const tier = file.tier;
  const facts = [strong(plain("Tier")), plain(" "), cardCode(tier.id)];
  const flops = tier.computeFlops;
  if (typeof flops === "number" && Number.isFinite(flops) && flops > 0) {
    const method = typeof tier.computeMethod === "string" && tier.computeMethod !== "none" ? ` (${neutralise(tier.computeMethod, 20)})` : "";
    facts.push(plain(` \xB7 training compute \u2248 ${flops.toExponential(1)} FLOP${method}`));
  }
  if (tier.borderline === true) facts.push(plain(" \xB7 borderline: a more precise figure could change the tier"));
  const nodes = [paragraph(...facts)];
  const reasons = Array.isArray(tier.reasons) ? tier.reasons : [];
  if (withReasons && reasons.length) {
    nodes.push(
      list(
        reasons.map((reason) => {
          const children = [cardText(reason.text, TEXT_LIMITS.reason)];
          const line = reason.position ? lineOf(reason.position.line, 0) : 0;
          const url = line ? blobUrl(source, file.path, line) : null;
          if (url) children.push(plain(" \xB7 "), ...linked(url, [plain(`L${line}`)]));
          return item(...children);
        })
      )
    );
  }
  return nodes;
}
function gateNodes(file) {
  if (!file.gate.reasons.length && !file.gate.blocked) return [];
  const reasons = file.gate.blocked ? blockingLines(file) : file.gate.reasons;
  return [
    paragraph(strong(plain(file.gate.blocked ? "\u{1F6AB} Release blocked" : "Release gate"))),
    list(reasons.map((reason) => item(cardText(reason, TEXT_LIMITS.reason))))
  ];
}
function problemNodes(file, source) {
  const problems = file.problems.filter(isActiveProblem);
  if (!problems.length) return [];
  return [
    paragraph(strong(plain("Card problems"))),
    list(
      problems.map((problem) => {
        const line = lineOf(problem.line);
        return item(
          ...problem.file ? [cardCode(`${problem.file}:${line}`)] : lineLink(source, file.path, line),
          plain(` ${severityWord(problem.severity)} `),
          cardCode(problem.ruleId),
          plain(": "),
          cardText(problem.message)
        );
      })
    )
  ];
}
function comparisonNodes(comparison) {
  if (!comparison) return [];
  const changes = [];
  if (comparison.isNewCard) changes.push(item(plain("New card: not on the base branch")));
  if (comparison.tierChange)
    changes.push(
      item(
        plain("Tier changed: "),
        cardCode(comparison.tierChange.from),
        plain(" \u2192 "),
        cardCode(comparison.tierChange.to)
      )
    );
  if (comparison.newGaps.length && !comparison.isNewCard)
    changes.push(
      item(plain(`New ${comparison.newGaps.length === 1 ? "gap" : "gaps"}: `), ...idList(comparison.newGaps))
    );
  if (comparison.fixedGaps.length) changes.push(item(plain("Fixed: "), ...idList(comparison.fixedGaps)));
  if (!changes.length) changes.push(item(plain("No change in gaps or tier")));
  return [paragraph(strong(plain("Against the base branch"))), list(changes)];
}
var SEVERITY_RANK = { error: 0, warning: 1, notice: 2 };
function sortedGaps(file) {
  return file.rules.filter(isGap).sort(
    (a, b) => Number(!!b.blocker) - Number(!!a.blocker) || (SEVERITY_RANK[a.severity ?? "notice"] ?? 3) - (SEVERITY_RANK[b.severity ?? "notice"] ?? 3) || Number(a.status === "partial") - Number(b.status === "partial") || lineOf(a.line, file.titleLine) - lineOf(b.line, file.titleLine)
  );
}
function gapTable(file, gaps, source, evidence) {
  const header = row(
    cell(plain("Rule")),
    cell(plain("Status")),
    cell(plain("Provision")),
    cell(plain("Line")),
    cell(plain("What would satisfy it"))
  );
  const rows = gaps.map((rule) => {
    const line = lineOf(rule.line, lineOf(file.titleLine));
    const satisfy = [cardText(gapMessage(rule))];
    if (evidence && rule.status === "partial" && rule.evidence && !gapMessage(rule).includes("the card gives only"))
      satisfy.push(plain(" Found: \u201C"), cardText(rule.evidence, TEXT_LIMITS.quote), plain("\u201D"));
    const status = `${rule.status === "partial" ? "partial" : "missing"} (${rule.blocker ? "blocks the release" : severityWord(rule.severity)})`;
    return row(
      cell(cardCode(rule.id)),
      cell(rule.blocker ? strong(plain(status)) : plain(status)),
      cell(...linked(rule.url, [cardText(rule.citation, TEXT_LIMITS.reason)])),
      cell(...lineLink(source, file.path, line)),
      cell(...satisfy)
    );
  });
  return { type: "table", align: [null, null, null, "right", null], children: [header, ...rows] };
}
function summaryLine(file, gaps) {
  const problemCount = file.problems.filter(isActiveProblem).length;
  const icon = file.gate.blocked ? "\u{1F6AB}" : gaps || problemCount ? "\u26A0\uFE0F" : "\u2705";
  const state = file.gate.blocked ? ` \xB7 release blocked \xB7 ${pluralise(gaps, "gap")}` : gaps ? ` \xB7 ${pluralise(gaps, "gap")}` : " \xB7 all required duties met";
  const problems = problemCount ? ` \xB7 ${pluralise(problemCount, "card problem")}` : "";
  return [
    plain(`${icon} `),
    cardCode(file.path, TEXT_LIMITS.path),
    plain(" \xB7 "),
    cardCode(file.tier.id),
    plain(state + problems)
  ];
}
function cardSection(file, level, source, comparison) {
  const gaps = sortedGaps(file);
  const nodes = [
    html(file.gate.blocked ? "<details open>\n<summary>" : "<details>\n<summary>"),
    // A blank line on each side makes GitHub parse the summary as Markdown, so the path stays text.
    paragraph(...summaryLine(file, gaps.length)),
    html("</summary>")
  ];
  const essentials = level === "essentials" || level === "minimal";
  nodes.push(...tierNodes(file, source, !essentials));
  nodes.push(...gateNodes(file));
  if (level !== "minimal") {
    nodes.push(...problemNodes(file, source));
    if (gaps.length) nodes.push(gapTable(file, gaps, source, level === "full"));
  }
  if (level === "full" || level === "noEvidence") {
    const met = file.rules.filter((rule) => rule.required && rule.status === "met");
    if (met.length) nodes.push(paragraph(plain(`\u2705 Met (${met.length}): `), ...idList(met)));
  }
  if (!essentials) nodes.push(...comparisonNodes(comparison));
  nodes.push(html("</details>"));
  return serialise(nodes);
}
function compactLine(file) {
  return `- ${serialise([paragraph(...summaryLine(file, file.rules.filter(isGap).length))])}`;
}
function renderComment(report, options = {}) {
  const maxLength = options.maxLength ?? DEFAULT_COMMENT_MAX_LENGTH;
  const rank = (file) => file.gate.blocked ? 0 : file.rules.some(isGap) || file.problems.some(isActiveProblem) ? 1 : 2;
  const cards = report.files.map((file, index) => ({ file, index })).sort((a, b2) => rank(a.file) - rank(b2.file) || a.index - b2.index).map(({ file }) => file);
  const blocked = cards.filter((file) => file.gate.blocked).length;
  const cache = /* @__PURE__ */ new Map();
  const piece = (index, shown) => {
    const key = `${index}:${shown}`;
    let text = cache.get(key);
    if (text === void 0) {
      const file = cards[index];
      text = shown === "compact" ? compactLine(file) : shown === "omitted" ? "" : cardSection(file, shown, options, comparisonFor(options.comparison, file.path));
      cache.set(key, text);
    }
    return text;
  };
  const marker = COMMENT_MARKER(options.instanceKey);
  const verdict = serialise([paragraph(plain(verdictLine(report)))]);
  const pointer = linked(options.summaryUrl ?? null, [plain("Full report in the job summary")]);
  const footer = serialise([{ type: "thematicBreak" }, paragraph(...toolLine(report), plain(" \xB7 "), ...pointer)]);
  const noteText = (note) => serialise([paragraph(plain(`\u2702\uFE0F ${note} `), ...pointer)]);
  const omittedText = (omitted) => serialise([paragraph(plain(`\u2026and ${pluralise(omitted, "more model card")}, listed in the job summary.`))]);
  function* parts(attempt) {
    yield ["", marker];
    yield ["\n\n", verdict];
    if (attempt.note) yield ["\n\n", noteText(attempt.note)];
    let omitted = 0;
    let previous = null;
    for (let index = 0; index < attempt.shown.length; index++) {
      const shown = attempt.shown[index];
      if (shown === "omitted") omitted++;
      else {
        yield [shown === "compact" && previous === "compact" ? "\n" : "\n\n", piece(index, shown)];
        previous = shown;
      }
    }
    if (omitted) yield ["\n\n", omittedText(omitted)];
    yield ["\n\n", footer];
    yield ["", "\n"];
  }
  const assemble = (attempt) => Array.from(parts(attempt), ([separator, text]) => separator + text).join("");
  const fits = (attempt) => {
    let length = 0;
    for (const [separator, text] of parts(attempt)) {
      length += separator.length + text.length;
      if (length > maxLength) return false;
    }
    return true;
  };
  const uniform = (level, note) => ({ shown: cards.map(() => level), note });
  const largest = (max, make) => {
    if (!fits(make(0))) return -1;
    let low = 0;
    let high = max;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if (fits(make(middle))) low = middle;
      else high = middle - 1;
    }
    return low;
  };
  const LEFT_OUT = "Shortened to fit GitHub\u2019s comment size limit:";
  const attempts = [
    uniform("full", null),
    uniform("noEvidence", `${LEFT_OUT} evidence quotes left out.`),
    uniform("noMet", `${LEFT_OUT} evidence quotes and met duties left out.`)
  ];
  for (const attempt of attempts) if (fits(attempt)) return assemble(attempt);
  const others = cards.length - blocked;
  const tablesNote = `${LEFT_OUT} only release blockers and the first cards are shown in detail.`;
  const detailedOthers = (n2) => ({
    shown: cards.map((_, i) => i < blocked ? "noMet" : i < blocked + n2 ? "noMet" : "compact"),
    note: tablesNote
  });
  let n = largest(others, detailedOthers);
  if (n >= 0) return assemble(detailedOthers(n));
  const blockersNote = `${LEFT_OUT} only release blockers are shown in detail.`;
  const blockersFirst = (b2, m) => ({
    shown: cards.map(
      (_, i) => i < b2 ? "essentials" : i < blocked ? "minimal" : i < blocked + m ? "compact" : "omitted"
    ),
    note: blockersNote
  });
  const b = largest(blocked, (k) => blockersFirst(k, 0));
  if (b >= 0) {
    const m = largest(others, (k) => blockersFirst(b, k));
    return assemble(blockersFirst(b, m));
  }
  const fewBlocked = (k) => ({
    shown: cards.map((_, i) => i < k ? "minimal" : "omitted"),
    note: `${LEFT_OUT} only the first release blockers are shown.`
  });
  n = largest(blocked, fewBlocked);
  if (n >= 0) return assemble(fewBlocked(n));
  return `${marker}

${verdict}
`.slice(0, maxLength);
}

export {
  compareReports,
  DEFAULT_COMMENT_MAX_LENGTH,
  isOurComment,
  tally,
  pluralise,
  verdictLine,
  severityWord,
  serialise,
  comparisonFor,
  toolLine,
  lineLink,
  tierNodes,
  gateNodes,
  problemNodes,
  comparisonNodes,
  sortedGaps,
  renderComment
};
