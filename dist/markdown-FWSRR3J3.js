import { createRequire as __aagCreateRequire } from 'node:module'; const require = __aagCreateRequire(import.meta.url);
import {
  differenceLine,
  familySummary,
  moreMembersLine
} from "./chunk-L2JWAVTU.js";
import {
  citationLinks,
  plainQuote
} from "./chunk-RG5CQAGC.js";
import {
  gfmTableToMarkdown,
  toMarkdown
} from "./chunk-MCBLOSZH.js";
import "./chunk-ODAIUGEL.js";
import {
  blockingReasons,
  findingsOf,
  policyNote,
  reportTotals
} from "./chunk-KAMNI3PN.js";
import "./chunk-UIU2T2WH.js";

// src/render/markdown.ts
var text = (value) => ({ type: "text", value });
var cell = (...children) => ({ type: "tableCell", children });
var row = (...cells) => ({ type: "tableRow", children: cells });
var item = (...children) => ({
  type: "listItem",
  spread: false,
  children: [{ type: "paragraph", children }]
});
var list = (items) => ({ type: "list", ordered: false, spread: false, children: items });
function renderMarkdown(report) {
  const children = [
    { type: "heading", depth: 2, children: [text("ai-act-gate report")] },
    { type: "paragraph", children: [text(summaryLine(report))] }
  ];
  if (report.policyWarnings?.length)
    children.push(
      { type: "paragraph", children: [{ type: "strong", children: [text("Policy warnings")] }] },
      list(
        report.policyWarnings.map(
          (warning) => item({ type: "inlineCode", value: warning.source }, text(` ${warning.message}`))
        )
      )
    );
  const families = familySummary(report);
  for (const file of report.files) {
    if (!families.isShown(file.path)) continue;
    children.push(...fileSection(file));
    const family = families.representing(file.path);
    if (family) children.push(...familySection(family));
  }
  const tree = { type: "root", children };
  return toMarkdown(tree, { extensions: [gfmTableToMarkdown()], bullet: "-" });
}
function summaryLine(report) {
  const { cards, blockers, gaps, problems } = reportTotals(report);
  const plural = (n, noun) => `${n} ${noun}${n === 1 ? "" : "s"}`;
  const parts = [plural(cards, "model card"), plural(blockers, "release blocker"), plural(gaps, "gap")];
  if (problems) parts.push(plural(problems, "card problem"));
  return parts.join(" \xB7 ");
}
function citationCell(rule) {
  const parts = citationLinks(rule.citation);
  if (!parts.length) return cell(text(rule.citation));
  return cell(
    ...parts.flatMap(({ text: label, url }, index) => [
      ...index ? [text("; ")] : [],
      { type: "link", url, children: [text(label)] }
    ])
  );
}
function fileSection(file) {
  const nodes = [
    { type: "heading", depth: 3, children: [{ type: "inlineCode", value: file.path }] },
    {
      type: "paragraph",
      children: [
        { type: "strong", children: [text("Tier:")] },
        text(" "),
        { type: "inlineCode", value: file.tier.id },
        text(file.tier.computeFlops ? ` (training compute \u2248 ${file.tier.computeFlops.toExponential(1)} FLOP)` : "")
      ]
    }
  ];
  if (file.tier.reasons.length) nodes.push(list(file.tier.reasons.map((reason) => item(text(reason.text)))));
  if (file.gate.blocked) {
    const { blocking, why } = blockingReasons(file);
    nodes.push({
      type: "paragraph",
      children: [{ type: "strong", children: [text("Release blocked")] }, text(why ? ` (${why}):` : ":")]
    });
    nodes.push(list(blocking.map((reason) => item(text(reason)))));
  }
  const problems = findingsOf(file).filter((finding) => !finding.status);
  if (problems.length)
    nodes.push(
      { type: "paragraph", children: [{ type: "strong", children: [text("Card problems")] }] },
      list(
        problems.map(
          (problem) => item(
            text(`${problem.file ? `${problem.file}:` : "line "}${problem.line} ${problem.severity} `),
            { type: "inlineCode", value: problem.ruleId },
            text(`: ${problem.message}`)
          )
        )
      )
    );
  const rules = [...file.rules.filter((rule) => rule.blocker), ...file.rules.filter((rule) => !rule.blocker)];
  const rows = rules.map((rule) => {
    const status = policyNote(rule) ? `${rule.status} (${policyNote(rule)})` : rule.status;
    return row(
      cell({ type: "inlineCode", value: rule.id }),
      cell(rule.blocker ? { type: "strong", children: [text(`${status}, blocks the release`)] } : text(status)),
      cell(text(rule.required ? "yes" : "no")),
      citationCell(rule),
      cell(text(rule.line ? String(rule.line) : "")),
      cell(text(plainQuote(rule.status === "met" ? rule.evidence ?? "" : rule.message ?? "")))
    );
  });
  if (rows.length) {
    nodes.push({
      type: "table",
      align: [null, null, null, null, "right", null],
      children: [
        row(
          cell(text("rule")),
          cell(text("status")),
          cell(text("required")),
          cell(text("provision")),
          cell(text("line")),
          cell(text("evidence / what would satisfy it"))
        ),
        ...rows
      ]
    });
  }
  return nodes;
}
function familySection(view) {
  const nodes = [
    {
      type: "paragraph",
      children: [
        { type: "strong", children: [text("Family")] },
        text(" "),
        { type: "inlineCode", value: view.family.id },
        text(`: ${moreMembersLine(view)}.`),
        ...view.family.sharedGaps.length ? [
          text(" Gaps they all share: "),
          ...view.family.sharedGaps.flatMap((id, index) => [
            ...index ? [text(", ")] : [],
            { type: "inlineCode", value: id }
          ]),
          text(".")
        ] : []
      ]
    },
    // Raw HTML only for the fold; everything in it is Markdown the serialiser escapes.
    {
      type: "html",
      value: `<details><summary>${view.others.length} more ${view.others.length === 1 ? "member" : "members"}</summary>`
    },
    list(view.others.map((member) => item({ type: "inlineCode", value: member }))),
    { type: "html", value: "</details>" }
  ];
  if (view.differences.length)
    nodes.push(
      { type: "paragraph", children: [{ type: "strong", children: [text("Findings that differ between members")] }] },
      list(
        view.differences.map(
          (difference) => item({ type: "inlineCode", value: difference.member }, text(`: ${differenceLine(difference)}`))
        )
      )
    );
  return nodes;
}
export {
  renderMarkdown,
  summaryLine
};
