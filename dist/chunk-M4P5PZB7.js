import { createRequire as __aagCreateRequire } from 'node:module'; const require = __aagCreateRequire(import.meta.url);
import {
  blockers,
  compareOrgReports,
  failedRepositories,
  familyMarkdown,
  familyNote,
  formatTime,
  gateReasons,
  hasChanges,
  provenanceMarkdown,
  ruleColumns,
  shardLabel,
  signed,
  tierCounts,
  tierOf,
  totalsOf,
  worstGaps
} from "./chunk-MKJ5OUAC.js";
import {
  pluralise,
  serialise
} from "./chunk-7KMQK5G6.js";
import {
  TEXT_LIMITS,
  cardCode,
  cardText,
  linked,
  plain
} from "./chunk-5OZVU24E.js";
import {
  orgCardName,
  orgFamilySummary
} from "./chunk-L2JWAVTU.js";
import {
  TIERS
} from "./chunk-3IT5TNIP.js";

// src/render/org-markdown.ts
var ORG_MARKDOWN_LIMITS = { blockers: 50, failed: 50, gaps: 10, changes: 20 };
var strong = (...children) => ({ type: "strong", children });
var paragraph = (...children) => ({ type: "paragraph", children });
var heading = (depth, ...children) => ({ type: "heading", depth, children });
var item = (...children) => ({
  type: "listItem",
  spread: false,
  children: [{ type: "paragraph", children }]
});
var list = (items) => ({ type: "list", ordered: false, spread: false, children: items });
var cell = (...children) => ({ type: "tableCell", children });
var row = (...cells) => ({ type: "tableRow", children: cells });
var table = (align, header, rows) => ({
  type: "table",
  align,
  children: [row(...header.map((title) => cell(plain(title)))), ...rows]
});
function limited(items, max, render) {
  const shown = items.slice(0, max).map(render);
  if (items.length > max) shown.push(item(plain(`\u2026 and ${items.length - max} more`)));
  return shown;
}
var cardRef = (card) => [
  cardCode(card.repository, TEXT_LIMITS.path),
  plain(" "),
  cardCode(card.path, TEXT_LIMITS.path)
];
function cardRefs(cards2, max) {
  const nodes = [];
  cards2.slice(0, max).forEach((card, index) => nodes.push(...index ? [plain(", ")] : [], ...cardRef(card)));
  if (cards2.length > max) nodes.push(plain(` and ${cards2.length - max} more`));
  return nodes;
}
function headline(totals) {
  const repos = `${totals.repositories} ${totals.repositories === 1 ? "repository" : "repositories"} (${totals.checked} checked, ${totals.noCards} without cards, ${totals.failed} failed)`;
  const rest = ` \xB7 ${repos} \xB7 ${pluralise(totals.cards, "model card")} \xB7 ${pluralise(totals.gaps, "gap")}`;
  if (totals.blocked) return [plain("\u{1F6AB} "), strong(plain(pluralise(totals.blocked, "release blocker"))), plain(rest)];
  if (totals.failed) return [plain("\u26A0\uFE0F no release blockers"), plain(rest)];
  return [plain("\u2705 no release blockers"), plain(rest)];
}
function summaryTable(totals, previous) {
  const lines = [
    ["repositories", "repositories"],
    ["checked", "checked"],
    ["without model cards", "noCards"],
    ["failed to scan", "failed"],
    ["model cards", "cards"],
    ["release blockers", "blocked"],
    ["gaps (required duties not met)", "gaps"]
  ];
  const rows = lines.map(
    ([label, key]) => row(
      cell(plain(label)),
      cell(plain(String(totals[key]))),
      ...previous ? [cell(plain(signed(totals[key] - previous[key])))] : []
    )
  );
  return table(
    previous ? [null, "right", "right"] : [null, "right"],
    previous ? ["", "now", "change"] : ["", "now"],
    rows
  );
}
function tierTable(report, changes) {
  const counts = tierCounts(report);
  const rows = TIERS.filter((tier) => counts[tier] > 0 || changes && changes.tiers.previous[tier] > 0).map(
    (tier) => row(
      cell(cardCode(tier)),
      cell(plain(String(counts[tier]))),
      ...changes ? [cell(plain(signed(counts[tier] - changes.tiers.previous[tier])))] : []
    )
  );
  return table(
    changes ? [null, "right", "right"] : [null, "right"],
    changes ? ["tier", "cards", "change"] : ["tier", "cards"],
    rows
  );
}
function blockerSection(report, families) {
  const blocked = blockers(report);
  const nodes = [heading(3, plain(`Release blockers (${blocked.length})`))];
  if (!blocked.length) return [...nodes, paragraph(plain("None: no card is blocked from release."))];
  const shown = blocked.filter(({ repository, file }) => families.isShown(orgCardName(repository, file)));
  nodes.push(
    list(
      limited(shown, ORG_MARKDOWN_LIMITS.blockers, ({ repository, file }) => {
        const reasons = gateReasons(file).flatMap((reason, index) => [
          plain(index ? "; " : ""),
          cardText(reason, TEXT_LIMITS.reason)
        ]);
        return item(
          strong(cardText(repository.fullName, TEXT_LIMITS.path)),
          plain(" "),
          cardCode(file.path, TEXT_LIMITS.path),
          plain(" ("),
          cardCode(tierOf(file)),
          plain(")"),
          plain(familyNote(families, orgCardName(repository, file))),
          ...reasons.length ? [plain(": "), ...reasons] : []
        );
      })
    )
  );
  return nodes;
}
function gapSection(report) {
  const gaps = worstGaps(report, ORG_MARKDOWN_LIMITS.gaps);
  const nodes = [heading(3, plain("Worst gaps"))];
  if (!gaps.length) return [...nodes, paragraph(plain("None: every card meets every duty its tier makes apply."))];
  nodes.push(
    paragraph(plain("Rules most often missing or incomplete where the tier makes them apply.")),
    table(
      [null, null, "right", "right", "right"],
      ["rule", "provision", "missing", "partial", "cards where required"],
      gaps.map(
        (gap) => row(
          cell(cardCode(gap.ruleId)),
          cell(...linked(gap.url, [cardText(gap.citation, TEXT_LIMITS.reason)])),
          cell(plain(String(gap.missing))),
          cell(plain(String(gap.partial))),
          cell(plain(String(gap.required)))
        )
      )
    )
  );
  return nodes;
}
function failedSection(report) {
  const failed = failedRepositories(report);
  if (!failed.length) return [];
  return [
    heading(3, plain(`Failed repositories (${failed.length})`)),
    list(
      limited(
        failed,
        ORG_MARKDOWN_LIMITS.failed,
        (repository) => item(
          strong(cardText(repository.fullName, TEXT_LIMITS.path)),
          plain(": "),
          cardText(repository.error || "unknown error", TEXT_LIMITS.message)
        )
      )
    )
  ];
}
function ruleChanges(label, changes) {
  if (!changes.length) return [];
  const max = ORG_MARKDOWN_LIMITS.changes;
  const parts = [plain(`${label}: `)];
  changes.slice(0, max).forEach((change, index) => {
    parts.push(
      plain(index ? ", " : ""),
      cardCode(change.ruleId),
      plain(` (${pluralise(change.cards.length, "card")})`)
    );
  });
  if (changes.length > max) parts.push(plain(` and ${changes.length - max} more rules`));
  return [item(...parts)];
}
function names(label, values) {
  if (!values.length) return [];
  const max = ORG_MARKDOWN_LIMITS.changes;
  const parts = [plain(`${label} (${values.length}): `)];
  values.slice(0, max).forEach((name, index) => parts.push(plain(index ? ", " : ""), cardCode(name, TEXT_LIMITS.path)));
  if (values.length > max) parts.push(plain(` and ${values.length - max} more`));
  return [item(...parts)];
}
function cards(label, values) {
  return values.length ? [item(plain(`${label} (${values.length}): `), ...cardRefs(values, ORG_MARKDOWN_LIMITS.changes))] : [];
}
function changeSection(previous, changes) {
  const nodes = [
    heading(
      3,
      plain("Changes since the previous scan"),
      ...formatTime(previous.generatedAt) ? [plain(" ("), cardText(formatTime(previous.generatedAt), 40), plain(")")] : []
    )
  ];
  for (const note of changes.notes)
    nodes.push(paragraph(plain("\u26A0\uFE0F Compare with care: "), cardText(note, TEXT_LIMITS.reason)));
  if (!hasChanges(changes)) return [...nodes, paragraph(plain("No change."))];
  const max = ORG_MARKDOWN_LIMITS.changes;
  const items = [
    ...cards("\u{1F6AB} New release blockers", changes.newBlockers),
    ...cards("\u2705 Resolved release blockers", changes.resolvedBlockers),
    ...ruleChanges("\u2705 Rules newly met", changes.newlyMet),
    ...ruleChanges("\u274C Rules newly missing", changes.newlyMissing),
    ...names("\u2795 Repositories added", changes.repositoriesAdded),
    ...names("\u2796 Repositories removed", changes.repositoriesRemoved),
    ...names("\u26A0\uFE0F Repositories newly failing", changes.newlyFailed),
    ...names("Repositories scanned again after failing", changes.recovered),
    ...cards("\u2795 Cards added", changes.cardsAdded),
    ...cards("\u2796 Cards removed", changes.cardsRemoved)
  ];
  if (changes.tierChanges.length) {
    items.push(
      item(
        plain(`Tier changes (${changes.tierChanges.length}): `),
        ...changes.tierChanges.slice(0, max).flatMap((change, index) => [
          plain(index ? ", " : ""),
          ...cardRef(change),
          plain(" "),
          cardCode(change.from),
          plain(" \u2192 "),
          cardCode(change.to)
        ]),
        ...changes.tierChanges.length > max ? [plain(` and ${changes.tierChanges.length - max} more`)] : []
      )
    );
  }
  const { current, previous: before } = changes.totals;
  const gapDelta = current.gaps - before.gaps;
  items.push(item(plain(`Gaps: ${before.gaps} \u2192 ${current.gaps} (${signed(gapDelta)})`)));
  nodes.push(list(items));
  return nodes;
}
function renderOrgMarkdown(report, previous) {
  const totals = totalsOf(report);
  const changes = previous ? compareOrgReports(report, previous) : void 0;
  const tool = `${report.tool?.name ?? "ai-act-gate"} ${report.tool?.version ?? ""}`.trim();
  const families = orgFamilySummary(report);
  const nodes = [
    heading(2, plain("AI Act documentation: "), cardText(report.org, TEXT_LIMITS.path)),
    paragraph(
      plain("Scanned "),
      cardText(formatTime(report.generatedAt) || "at an unknown time", 40),
      plain(" \xB7 "),
      plain(shardLabel(report)),
      plain(" \xB7 "),
      cardText(tool, 80),
      plain(` \xB7 ${pluralise(ruleColumns(report).length, "rule")}`)
    ),
    paragraph(...headline(totals)),
    heading(3, plain("Summary")),
    summaryTable(totals, changes?.totals.previous),
    heading(3, plain("Tiers")),
    tierTable(report, changes),
    ...blockerSection(report, families),
    ...gapSection(report),
    ...familyMarkdown(families),
    ...failedSection(report),
    ...previous && changes ? changeSection(previous, changes) : [],
    ...provenanceMarkdown(report),
    paragraph({
      type: "emphasis",
      children: [
        plain("Not legal advice: the checker reads what a card says; it cannot know what a provider has done.")
      ]
    })
  ];
  return `${serialise(nodes)}
`;
}

export {
  ORG_MARKDOWN_LIMITS,
  renderOrgMarkdown
};
