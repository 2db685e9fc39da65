import { createRequire as __aagCreateRequire } from 'node:module'; const require = __aagCreateRequire(import.meta.url);
import {
  MARKER,
  analyseCard,
  cardValues,
  draftSpecs,
  dutiesToDraft,
  lineMapping,
  planFrontMatter,
  planSections,
  splitLines
} from "./chunk-L5FIYTYZ.js";
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
  differenceLine,
  familySummary,
  moreMembersLine
} from "./chunk-L2JWAVTU.js";
import {
  gfmTableToMarkdown,
  toMarkdown
} from "./chunk-MCBLOSZH.js";
import {
  blockingLines,
  gapMessage,
  isActiveProblem,
  isGap,
  reportTotals
} from "./chunk-KAMNI3PN.js";

// src/render/compare.ts
function dutyCounts(file) {
  let required = 0;
  let met = 0;
  let partial = 0;
  for (const rule of file.rules) {
    if (!rule.required || rule.enabled === false) continue;
    required++;
    if (rule.status === "met") met++;
    else if (rule.status === "partial") partial++;
  }
  return { required, met, partial };
}
function compareReports(base, head) {
  const headGaps = head.rules.filter(isGap);
  if (!base)
    return {
      path: head.path,
      newGaps: headGaps,
      fixedGaps: [],
      tierChange: null,
      isNewCard: true,
      baseDocumented: null
    };
  const baseGapIds = new Set(base.rules.filter(isGap).map((rule) => rule.id));
  const headGapIds = new Set(headGaps.map((rule) => rule.id));
  const headById = new Map(head.rules.map((rule) => [rule.id, rule]));
  return {
    path: head.path,
    newGaps: headGaps.filter((rule) => !baseGapIds.has(rule.id)),
    fixedGaps: base.rules.filter((rule) => isGap(rule) && !headGapIds.has(rule.id)).map((rule) => headById.get(rule.id) ?? rule),
    tierChange: base.tier.id !== head.tier.id ? { from: base.tier.id, to: head.tier.id } : null,
    isNewCard: false,
    baseDocumented: dutyCounts(base).met
  };
}

// src/render/comment-lead.ts
var LEAD_CARDS = 10;
var LEAD_IDS = 4;
var FOOTER_CARDS = 5;
var DIGEST = 12;
var item = (...children) => ({
  type: "listItem",
  spread: false,
  children: [{ type: "paragraph", children }]
});
function documentedChange(file, comparison) {
  if (!comparison) return null;
  if (comparison.isNewCard) return "new in this pull request";
  if (typeof comparison.baseDocumented !== "number") return null;
  const delta = dutyCounts(file).met - comparison.baseDocumented;
  return delta === 0 ? "no change in this pull request" : `${delta > 0 ? "+" : "\u2212"}${Math.abs(delta)} in this pull request`;
}
function documentedText(file, comparison) {
  const { required, met, partial } = dutyCounts(file);
  const change = documentedChange(file, comparison);
  if (!required) return `no documentation duty applies to its tier${change ? `; ${change}` : ""}`;
  const partly = partial ? ` (${partial} partly)` : "";
  return `${met} / ${required} required ${required === 1 ? "duty" : "duties"} documented${partly}${change ? `, ${change}` : ""}`;
}
function ids(label, rules) {
  if (!rules.length) return [];
  const shown = rules.slice(0, LEAD_IDS).flatMap((rule, index) => [plain(index ? ", " : ""), cardCode(rule.id)]);
  const more = rules.length > LEAD_IDS ? [plain(` and ${rules.length - LEAD_IDS} more`)] : [];
  return [plain(` \xB7 ${label}: `), ...shown, ...more];
}
function leadNodes(files, comparisonOf) {
  if (!files.length) return [];
  const ordered = [...files].sort((a, b) => Number(!comparisonOf(a.path)) - Number(!comparisonOf(b.path)));
  const items = ordered.slice(0, LEAD_CARDS).map((file) => {
    const comparison = comparisonOf(file.path);
    const changes = [];
    if (comparison?.tierChange)
      changes.push(
        plain(" \xB7 tier "),
        cardCode(comparison.tierChange.from),
        plain(" \u2192 "),
        cardCode(comparison.tierChange.to)
      );
    if (comparison)
      changes.push(
        ...ids(
          "now met",
          comparison.fixedGaps.filter((rule) => rule.status === "met")
        )
      );
    if (comparison && !comparison.isNewCard) changes.push(...ids("new gaps", comparison.newGaps));
    return item(cardCode(file.path, TEXT_LIMITS.path), plain(`: ${documentedText(file, comparison)}`), ...changes);
  });
  if (ordered.length > LEAD_CARDS)
    items.push(item(plain(`\u2026and ${ordered.length - LEAD_CARDS} more model cards below`)));
  return [{ type: "list", ordered: false, spread: false, children: items }];
}
function judgedNodes(report) {
  const provenance = report.provenance;
  if (!provenance || typeof provenance.rulesetDigest !== "string") return [];
  const digest = (value) => value.replace(/^sha256:/, "").slice(0, DIGEST);
  const nodes = [
    plain("Judged: "),
    cardText(`${provenance.tool?.name ?? "ai-act-gate"} ${provenance.tool?.version ?? ""}`.trim(), 80),
    plain(" \xB7 ruleset "),
    cardCode(digest(provenance.rulesetDigest))
  ];
  if (provenance.policyDigest) nodes.push(plain(" \xB7 policy "), cardCode(digest(provenance.policyDigest)));
  const cards = report.files.filter((file) => typeof file.provenance?.sha256 === "string");
  for (const file of cards.slice(0, FOOTER_CARDS))
    nodes.push(
      plain(" \xB7 "),
      cardText(file.path, TEXT_LIMITS.path),
      plain(" "),
      cardCode(digest(file.provenance.sha256))
    );
  if (cards.length > FOOTER_CARDS) nodes.push(plain(` \xB7 ${cards.length - FOOTER_CARDS} more cards in the report`));
  return nodes;
}

// src/publish/pull-request-drafts.ts
var ATX_HEADING = /^\s{0,3}(#{1,6})(?:\s+(.*?))?\s*#*\s*$/;
var HTML_HEADING = /^\s*<h[1-6]\b[^>]*>(.*?)(?:<\/h[1-6]>)?\s*$/i;
var SETEXT_UNDERLINE = /^\s{0,3}(?:=+|-+)\s*$/;
var DRAFTED_RULE = new RegExp(`<!-- ${MARKER} ([\\w-]+) `);
function draftsForCard(path, text, ruleset, gapRules) {
  const { lines: cardLines } = splitLines(text);
  const none = { path, cardLines, groups: [], placements: /* @__PURE__ */ new Map() };
  const { drafts } = draftSpecs();
  const wanted = gapRules.filter((rule) => drafts.has(rule));
  if (!wanted.length) return none;
  const analysis = analyseCard(text, ruleset);
  if (analysis.parsed.problems.some((problem) => problem.message.startsWith("Front matter"))) return none;
  const values = cardValues(analysis);
  const sections = planSections(values, wanted);
  const insertions = [...planFrontMatter(values, dutiesToDraft(values, wanted)), ...sections.insertions];
  const bodyLine = analysis.facts.positionAt(analysis.facts.bodyStart).line;
  const placeOf = (beforeLine) => placement(cardLines, beforeLine, bodyLine);
  const byLine = /* @__PURE__ */ new Map();
  for (const insertion of insertions)
    byLine.set(insertion.beforeLine, [...byLine.get(insertion.beforeLine) ?? [], insertion]);
  const groups = [...byLine.entries()].sort(([a], [b]) => a - b).map(([beforeLine, at]) => {
    const lines = at.sort((a, b) => a.rank - b.rank).flatMap((insertion) => insertion.lines);
    const rules = lines.flatMap((line) => DRAFTED_RULE.exec(line)?.[1] ?? []);
    return { path, beforeLine, lines, rules, place: placeOf(beforeLine) };
  });
  const placements = /* @__PURE__ */ new Map();
  for (const group of groups) for (const rule of group.rules) placements.set(rule, group.place);
  return { path, cardLines, groups, placements };
}
function renumbered(groups) {
  const mapped = lineMapping(groups.map((group) => ({ beforeLine: group.beforeLine, lines: group.lines, rank: 0 })));
  return groups.map(
    (group) => group.lines.map((line) => line.replace(/\(line (\d+)\)/g, (_all, n) => `(line ${mapped(Number(n))})`))
  );
}
function placement(cardLines, beforeLine, bodyLine) {
  if (beforeLine <= bodyLine && beforeLine > 1 && bodyLine > 1 && /^---\s*$/.test(cardLines[0] ?? ""))
    return { beforeLine, where: "front-matter", heading: null };
  const headingAt = (line) => {
    const text = cardLines[line - 1] ?? "";
    const atx = ATX_HEADING.exec(text);
    if (atx) return text.trim();
    if (HTML_HEADING.test(text)) return text.trim();
    const next = cardLines[line] ?? "";
    return text.trim() && SETEXT_UNDERLINE.test(next) && line >= bodyLine ? text.trim() : null;
  };
  const fenced = fencedLines(cardLines);
  for (let line = beforeLine - 1; line >= bodyLine; line--) {
    const text = fenced.has(line) ? null : headingAt(line);
    if (text) return { beforeLine, where: "after-heading", heading: { text, line } };
  }
  for (let line = beforeLine; line <= cardLines.length; line++) {
    const text = fenced.has(line) ? null : headingAt(line);
    if (text) return { beforeLine, where: "before-heading", heading: { text, line } };
  }
  return { beforeLine, where: "end", heading: null };
}
function fencedLines(cardLines) {
  const inside = /* @__PURE__ */ new Set();
  let fence = null;
  cardLines.forEach((text, index) => {
    const opener = /^\s{0,3}(`{3,}|~{3,})/.exec(text);
    if (fence === null) {
      if (opener) fence = opener[1];
    } else {
      inside.add(index + 1);
      if (opener && opener[1][0] === fence[0] && opener[1].length >= fence.length && !text.trim().slice(opener[1].length).trim())
        fence = null;
    }
  });
  return inside;
}

// src/render/suggestion.ts
function markerKey(instanceKey) {
  return instanceKey.replace(/[^A-Za-z0-9._-]+/g, "-").replace(/-{2,}/g, "-").replace(/^-+|-+$/g, "") || "default";
}
var REVIEW_MARKER = (instanceKey = "default") => `<!-- ai-act-gate:review:${markerKey(instanceKey)} -->`;
var SUPERSEDED_MARKER = (instanceKey = "default") => `<!-- ai-act-gate:review-superseded:${markerKey(instanceKey)} -->`;
var SUGGESTION_MARKER = (instanceKey = "default") => `<!-- ai-act-gate:suggestion:${markerKey(instanceKey)} -->`;
function startsWithMarker(body, marker) {
  return body.replace(/^\uFEFF/, "").split("\n", 1)[0].replace(/\r$/, "").trim() === marker;
}
function fenceFor(text, character = "`") {
  const runs = text.match(new RegExp(`${character === "`" ? "`" : "~"}+`, "g")) ?? [];
  return character.repeat(Math.max(3, ...runs.map((run) => run.length + 1)));
}
var code = (text) => `\`${text}\``;
function whatIsDrafted(groups) {
  const rules = groups.flatMap((group) => group.rules);
  const frontMatter = groups.some((group) => !group.rules.length);
  const parts = [];
  if (rules.length) parts.push(`${rules.length === 1 ? "draft of" : "drafts of"} ${rules.map(code).join(", ")}`);
  if (frontMatter) parts.push("front-matter keys");
  return parts.join(" and ");
}
function suggestionBody(suggestion, instanceKey = "default") {
  const text = suggestion.replacement.join("\n");
  const fence = fenceFor(text);
  return [
    SUGGESTION_MARKER(instanceKey),
    `\u{1F4DD} **ai-act-gate**: ${whatIsDrafted(suggestion.groups)}: the facts the card already states, each with its line, and a \`TODO:\` for the rest. Check every line and fill in each TODO before committing; the check keeps reporting a duty as missing while its TODO is there.`,
    "",
    `${fence}suggestion`,
    text,
    fence,
    ""
  ].join("\n");
}
function reviewBody(suggestions, offDiff, digest, instanceKey = "default") {
  const drafts = suggestions.reduce((sum, suggestion) => sum + suggestion.groups.length, 0);
  const cards = [...new Set(suggestions.map((suggestion) => suggestion.path))];
  const rest = offDiff ? ` ${pluralise(offDiff, "more draft")} for places outside this pull request\u2019s changes ${offDiff === 1 ? "is" : "are"} in the ai-act-gate comment and the job summary, ready to copy.` : "";
  return [
    REVIEW_MARKER(instanceKey),
    `<!-- ai-act-gate:drafts:${digest} -->`,
    `\u{1F4DD} **ai-act-gate** suggests ${pluralise(drafts, "draft")} of missing documentation on ${cards.map(code).join(", ")}, as changes you can commit from this review.${rest} A new push replaces this review.`,
    ""
  ].join("\n");
}
function reviewDigest(body) {
  return /<!-- ai-act-gate:drafts:([0-9a-f]+) -->/.exec(body)?.[1] ?? null;
}
function supersededBody(headSha, instanceKey = "default") {
  return [
    SUPERSEDED_MARKER(instanceKey),
    `\u{1F4DD} ai-act-gate: these suggested drafts were replaced by a later run (for commit ${headSha.slice(0, 7)}).`,
    ""
  ].join("\n");
}
function placementText(place) {
  if (place.where === "front-matter") return "in the front matter";
  if (place.where === "end" || !place.heading) return "at the end of the card";
  return `${place.where === "after-heading" ? "after" : "before"} \u201C${place.heading.text}\u201D (line ${place.heading.line})`;
}
function placementNodes(place) {
  if (place.where === "front-matter" || place.where === "end" || !place.heading) return [plain(placementText(place))];
  return [
    plain(place.where === "after-heading" ? "after " : "before "),
    cardCode(place.heading.text, 80),
    plain(` (line ${place.heading.line})`)
  ];
}
function draftsDetails(groups, heading) {
  if (!groups.length) return "";
  const nodes = [
    { type: "html", value: "<details>\n<summary>" },
    { type: "paragraph", children: [plain(heading)] },
    { type: "html", value: "</summary>" }
  ];
  for (const group of groups) {
    const [lines] = renumbered([group]);
    const what = group.rules.length ? `${group.rules.join(", ")}` : "front-matter keys";
    nodes.push({
      type: "paragraph",
      children: [cardCode(group.path, 120), plain(`: ${what}, `), ...placementNodes(group.place), plain(":")]
    });
    nodes.push({
      type: "code",
      lang: group.place.where === "front-matter" ? "yaml" : "markdown",
      value: lines.join("\n")
    });
  }
  nodes.push({ type: "html", value: "</details>" });
  return serialise(nodes);
}
function offDiffHeading(count, outsideTheDiff = true) {
  const where = outsideTheDiff ? " for places outside this pull request\u2019s changes" : "";
  return `\u{1F4DD} ${pluralise(count, "draft")} of missing documentation${where}, ready to copy`;
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
  return all.find((item3) => item3.path === path);
}
var html = (value) => ({ type: "html", value });
var strong = (...children) => ({ type: "strong", children });
var paragraph = (...children) => ({ type: "paragraph", children });
var item2 = (...children) => ({
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
          return item2(...children);
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
    list(reasons.map((reason) => item2(cardText(reason, TEXT_LIMITS.reason))))
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
        return item2(
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
  if (comparison.isNewCard) changes.push(item2(plain("New card: not on the base branch")));
  if (comparison.tierChange)
    changes.push(
      item2(
        plain("Tier changed: "),
        cardCode(comparison.tierChange.from),
        plain(" \u2192 "),
        cardCode(comparison.tierChange.to)
      )
    );
  if (comparison.newGaps.length && !comparison.isNewCard)
    changes.push(
      item2(plain(`New ${comparison.newGaps.length === 1 ? "gap" : "gaps"}: `), ...idList(comparison.newGaps))
    );
  if (comparison.fixedGaps.length) changes.push(item2(plain("Fixed: "), ...idList(comparison.fixedGaps)));
  if (!changes.length) changes.push(item2(plain("No change in gaps or tier")));
  return [paragraph(strong(plain("Against the base branch"))), list(changes)];
}
var SEVERITY_RANK = { error: 0, warning: 1, notice: 2 };
function sortedGaps(file) {
  return file.rules.filter(isGap).sort(
    (a, b) => Number(!!b.blocker) - Number(!!a.blocker) || (SEVERITY_RANK[a.severity ?? "notice"] ?? 3) - (SEVERITY_RANK[b.severity ?? "notice"] ?? 3) || Number(a.status === "partial") - Number(b.status === "partial") || lineOf(a.line, file.titleLine) - lineOf(b.line, file.titleLine)
  );
}
function gapTable(file, gaps, source, evidence, placements) {
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
    const place = rule.status === "missing" ? placements?.get(rule.id) : void 0;
    return row(
      cell(cardCode(rule.id)),
      cell(rule.blocker ? strong(plain(status)) : plain(status)),
      cell(...linked(rule.url, [cardText(rule.citation, TEXT_LIMITS.reason)])),
      cell(...place ? [plain("would go "), ...placementNodes(place)] : lineLink(source, file.path, line)),
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
function cardSection(file, level, source, comparison, placements, family) {
  const gaps = sortedGaps(file);
  const nodes = [
    html(file.gate.blocked ? "<details open>\n<summary>" : "<details>\n<summary>"),
    // A blank line on each side makes GitHub parse the summary as Markdown, so the path stays text.
    paragraph(...summaryLine(file, gaps.length)),
    html("</summary>")
  ];
  const essentials = level === "essentials" || level === "minimal";
  if (family) nodes.push(...familyNodes(family, level !== "minimal"));
  nodes.push(...tierNodes(file, source, !essentials));
  nodes.push(...gateNodes(file));
  if (level !== "minimal") {
    nodes.push(...problemNodes(file, source));
    if (gaps.length) nodes.push(gapTable(file, gaps, source, level === "full", placements));
  }
  if (level === "full" || level === "noEvidence") {
    const met = file.rules.filter((rule) => rule.required && rule.status === "met");
    if (met.length) nodes.push(paragraph(plain(`\u2705 Met (${met.length}): `), ...idList(met)));
  }
  if (!essentials) nodes.push(...comparisonNodes(comparison));
  nodes.push(html("</details>"));
  return serialise(nodes);
}
var FAMILY_NAMES_SHOWN = 20;
function familyNodes(view, withNames) {
  const nodes = [
    paragraph(strong(plain("Card family")), plain(`: this card ${moreMembersLine(view)}.`))
  ];
  if (withNames) {
    const names = view.others.slice(0, FAMILY_NAMES_SHOWN);
    const rest = view.others.length - names.length;
    nodes.push(
      paragraph(
        ...names.flatMap((name, index) => index ? [plain(", "), cardCode(name)] : [cardCode(name)]),
        ...rest > 0 ? [plain(` and ${rest} more`)] : []
      )
    );
  }
  for (const difference of view.differences)
    nodes.push(paragraph(cardCode(difference.member), plain(` differs: ${differenceLine(difference)}`)));
  return nodes;
}
function compactLine(file) {
  return `- ${serialise([paragraph(...summaryLine(file, file.rules.filter(isGap).length))])}`;
}
function renderComment(report, options = {}) {
  const maxLength = options.maxLength ?? DEFAULT_COMMENT_MAX_LENGTH;
  const rank = (file) => file.gate.blocked ? 0 : file.rules.some(isGap) || file.problems.some(isActiveProblem) ? 1 : 2;
  const families = familySummary(report);
  const cards = report.files.filter((file) => families.isShown(file.path)).map((file, index) => ({ file, index })).sort((a, b2) => rank(a.file) - rank(b2.file) || a.index - b2.index).map(({ file }) => file);
  const blocked = cards.filter((file) => file.gate.blocked).length;
  const cache = /* @__PURE__ */ new Map();
  const piece = (index, shown) => {
    const key = `${index}:${shown}`;
    let text = cache.get(key);
    if (text === void 0) {
      const file = cards[index];
      text = shown === "compact" ? compactLine(file) : shown === "omitted" ? "" : cardSection(
        file,
        shown,
        options,
        comparisonFor(options.comparison, file.path),
        options.drafts?.placements?.get(file.path),
        families.representing(file.path)
      );
      cache.set(key, text);
    }
    return text;
  };
  const marker = COMMENT_MARKER(options.instanceKey);
  const verdict = serialise([paragraph(plain(verdictLine(report)))]);
  const lead = serialise(leadNodes(cards, (path) => comparisonFor(options.comparison, path)));
  const offDiff = options.drafts?.offDiff ?? [];
  const drafts = draftsDetails(offDiff, offDiffHeading(offDiff.length));
  const pointer = linked(options.summaryUrl ?? null, [plain("Full report in the job summary")]);
  const judged = judgedNodes(report);
  const footer = serialise([
    { type: "thematicBreak" },
    paragraph(...judged.length ? judged : toolLine(report), plain(" \xB7 "), ...pointer)
  ]);
  const LEFT_OUT = "Shortened to fit GitHub\u2019s comment size limit:";
  const noteText = (note) => serialise([paragraph(plain(`\u2702\uFE0F ${note} `), ...pointer)]);
  const omittedText = (omitted) => serialise([paragraph(plain(`\u2026and ${pluralise(omitted, "more model card")}, listed in the job summary.`))]);
  function* parts(attempt) {
    yield ["", marker];
    yield ["\n\n", verdict];
    if (lead) yield ["\n\n", lead];
    const note = drafts && !attempt.drafts ? attempt.note ? `${attempt.note} Drafts left out too; they are in the job summary.` : `${LEFT_OUT} drafts left out; they are in the job summary.` : attempt.note;
    if (note) yield ["\n\n", noteText(note)];
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
    if (drafts && attempt.drafts) yield ["\n\n", drafts];
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
  const attempts = [
    { ...uniform("full", null), drafts: true },
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
  leadNodes,
  judgedNodes,
  draftsForCard,
  renumbered,
  REVIEW_MARKER,
  SUGGESTION_MARKER,
  startsWithMarker,
  suggestionBody,
  reviewBody,
  reviewDigest,
  supersededBody,
  draftsDetails,
  offDiffHeading,
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
