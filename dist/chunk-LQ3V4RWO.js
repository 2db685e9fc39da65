import { createRequire as __aagCreateRequire } from 'node:module'; const require = __aagCreateRequire(import.meta.url);
import {
  CELL_STATES,
  CELL_STATE_INFO,
  blockers,
  cardDigestHtml,
  cardUrl,
  cellState,
  compareOrgReports,
  failedRepositories,
  familyNote,
  familyRowHtml,
  filesOf,
  formatTime,
  gapCount,
  gateReasons,
  hasChanges,
  html,
  htmlLink,
  htmlUrl,
  isBlocked,
  orderedFiles,
  orderedRepositories,
  provenanceFooterHtml,
  ruleColumns,
  rulesOf,
  shardLabel,
  signed,
  tierCounts,
  tierOf,
  totalsOf,
  worstGaps
} from "./chunk-MKJ5OUAC.js";
import {
  TEXT_LIMITS
} from "./chunk-5OZVU24E.js";
import {
  orgCardName,
  orgFamilySummary
} from "./chunk-L2JWAVTU.js";
import {
  TIERS
} from "./chunk-3IT5TNIP.js";

// src/render/org-dashboard.ts
import { createHash } from "node:crypto";
var ORG_DASHBOARD_LIMITS = { blockers: 500, gaps: 15, changes: 100 };
var STYLE = `
:root{--fg:#1f2328;--mu:#57606a;--bg:#fff;--pa:#f6f8fa;--li:#d0d7de;--red:#b42318;--grn:#1a7f37;--amb:#9a6700;--blu:#0969da;color-scheme:light}
*{box-sizing:border-box}
[hidden]{display:none!important}
body{margin:0;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","DejaVu Sans",Arial,sans-serif;color:var(--fg);background:var(--bg)}
a{color:var(--blu)}
header{padding:18px 24px;background:#0d1b2a;color:#fff}
header h1{margin:0;font-size:22px;font-weight:600}
header p{margin:4px 0 0;color:#d0d7de}
main{padding:16px 24px 8px}
section{margin:0 0 28px}
h2{font-size:17px;margin:0 0 10px;padding-bottom:4px;border-bottom:1px solid var(--li)}
h3{font-size:14px;margin:12px 0 6px}
footer{padding:12px 24px 24px;color:var(--mu);font-size:12px}.pv{color:var(--mu);font-size:11px;font-family:ui-monospace,monospace}
.hm tr.fam td{text-align:left;padding:2px 8px 6px 24px;font-size:12px;height:auto}.hm tr.fam ul{margin:4px 0;padding-left:18px}
.tiles{display:grid;grid-template-columns:repeat(auto-fit,minmax(170px,1fr));gap:12px;list-style:none;margin:0;padding:0}
.tile{background:var(--pa);border:1px solid var(--li);border-left:6px solid var(--blu);border-radius:8px;padding:10px 14px}
.tile b{display:block;font-size:30px;line-height:1.15;font-variant-numeric:tabular-nums}
.tile small{display:block;color:var(--mu)}
.tile.bad{border-left-color:var(--red)}.tile.ok{border-left-color:var(--grn)}.tile.warn{border-left-color:var(--amb)}
.d{font-size:12px;font-weight:600;margin-left:6px;white-space:nowrap}
.better{color:var(--grn)}.worse{color:var(--red)}.same{color:var(--mu)}
.cols{display:grid;grid-template-columns:minmax(320px,2fr) minmax(460px,3fr);gap:8px 28px}
@media (max-width:900px){.cols{grid-template-columns:1fr}}.cols>section{min-width:0;overflow-x:auto}
.cols .lst{width:100%}.lst th[scope=row]{white-space:nowrap}.lst th small{display:block;font-weight:400;white-space:normal;max-width:260px}
table{border-collapse:collapse}
.lst th,.lst td{padding:4px 8px;text-align:left;border-bottom:1px solid #eaeef2;vertical-align:top}
.lst thead th{border-bottom:2px solid var(--li);font-weight:600}
.num{text-align:right!important;font-variant-numeric:tabular-nums;white-space:nowrap}
.bar{display:block;width:100%;min-width:90px;max-width:220px;height:14px;background:#eaeef2}
.t-not-gpai{border-color:#8c959f;fill:#8c959f}.t-gpai-open-source{border-color:#2da44e;fill:#2da44e}.t-gpai{border-color:#0969da;fill:#0969da}
.t-gpai-systemic-risk{border-color:#cf222e;fill:#cf222e}.t-modification{border-color:#8250df;fill:#8250df}.t-unknown{border-color:#bf8700;fill:#bf8700}
.tb{border-left:4px solid;padding-left:5px;white-space:nowrap}
.bm{fill:#cf222e}.bp{fill:#d4a72c}
.blk{margin:0;padding-left:22px}.blk>li{margin:0 0 10px}.blk ul{margin:2px 0 0;padding-left:18px;color:#3d444d}
.pill{display:inline-block;font-size:11px;font-weight:600;border-radius:10px;padding:0 7px;margin-left:6px;border:1px solid}
.pill.b{color:#82071e;background:#ffebe9;border-color:#ff8182}.pill.e{color:#7d4e00;background:#fff8c5;border-color:#d4a72c}.pill.z{color:var(--mu);background:var(--pa);border-color:var(--li)}
.chg{display:grid;grid-template-columns:repeat(auto-fill,minmax(340px,1fr));gap:10px 24px;list-style:none;margin:0;padding:0}
.chg>li{background:var(--pa);border:1px solid var(--li);border-radius:6px;padding:6px 10px}.chg ul{margin:4px 0 0;padding-left:20px}
.arrow{display:inline-block;width:1.2em;font-weight:700}
.note{background:#fff8c5;border:1px solid #d4a72c;padding:6px 10px;border-radius:6px}
details>summary{cursor:pointer}
.legend{display:flex;flex-wrap:wrap;gap:6px 18px;list-style:none;margin:0 0 10px;padding:0}
.legend li{display:flex;align-items:center;gap:6px}
.k{display:inline-block;width:22px;height:20px;line-height:20px;text-align:center;border:1px solid var(--li)}
#ctl{display:flex;flex-wrap:wrap;gap:8px 16px;align-items:center;margin:0 0 10px}
#ctl input[type=search]{padding:4px 8px;min-width:260px;border:1px solid var(--li);border-radius:6px}
.scroll{overflow:auto;max-height:85vh;border:1px solid var(--li)}
.hm{font-size:12px;background:#fff}
.hm thead th{position:sticky;top:0;z-index:2;background:#fff;border-bottom:2px solid var(--li);vertical-align:bottom;text-align:left;padding:2px 6px}
.hm th.r{padding:2px 0;width:22px}
.hm th.r span{writing-mode:vertical-rl;transform:rotate(180deg);white-space:nowrap;display:inline-block;font-weight:500;padding:4px 0}
.hm td{height:21px;min-width:22px;text-align:center;border:1px solid #fff;padding:0}
.hm tbody th{text-align:left;font-weight:400;padding:0 8px;white-space:nowrap;max-width:340px;overflow:hidden;text-overflow:ellipsis}
.hm td.tr{text-align:left;padding:0 6px;white-space:nowrap}
.hm td.g{padding:0 6px;font-variant-numeric:tabular-nums}
.hm tr.rh th{background:#eef2f6;font-weight:600;padding:5px 8px;border-top:2px solid var(--li);position:sticky;left:0}
.hm tbody.bl tr.rh th{background:#ffebe9}
.hm tr.b th[scope=row]{border-left:4px solid #cf222e}
.m{background:#aceebb;color:#0a3622}.p{background:#ffe08a;color:#4d2d00}.x{background:#cf222e;color:#fff}
.o{background:#eaeef2;color:#424a53}.w{background:#dbc7ff;color:#3b1a6b}.f{background:#f6f8fa;color:#57606a}
.n{background:repeating-linear-gradient(45deg,#f6f8fa 0 4px,#fff 4px 8px);color:#57606a}
.hm td.n,.hm td.fl{text-align:left;padding:0 8px}
.fl{background:#fff8c5;color:#4d2d00}
.vh{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
@media print{.scroll{max-height:none;overflow:visible}#ctl{display:none!important}}
`;
var SCRIPT = `
(function(){
var d=document,t=d.getElementById('hm'),c=d.getElementById('ctl');
if(!t||!c)return;
var q=d.getElementById('q'),ob=d.getElementById('ob'),og=d.getElementById('og'),so=d.getElementById('so'),cnt=d.getElementById('cnt');
var groups=Array.prototype.slice.call(t.tBodies),order=groups.slice();
function apply(){
var s=q.value.trim().toLowerCase(),n=0;
groups.forEach(function(g){
var name=(g.getAttribute('data-name')||'').toLowerCase(),any=false;
Array.prototype.forEach.call(g.rows,function(r){
if(r.classList.contains('rh'))return;
var text=name+' '+r.cells[0].textContent.toLowerCase();
var ok=(!s||text.indexOf(s)>=0)&&(!ob.checked||r.classList.contains('b'))&&(!og.checked||Number(r.getAttribute('data-g'))>0);
r.hidden=!ok;
if(ok){any=true;if(r.hasAttribute('data-g'))n++;}
});
g.hidden=!any;
});
cnt.textContent=n+(n===1?' card shown':' cards shown');
}
function sort(){
var k=so.value,list=order.slice();
if(k==='name')list.sort(function(a,b){return(a.getAttribute('data-name')||'').localeCompare(b.getAttribute('data-name')||'');});
else if(k==='gaps')list.sort(function(a,b){return Number(b.getAttribute('data-g'))-Number(a.getAttribute('data-g'));});
else if(k==='cards')list.sort(function(a,b){return Number(b.getAttribute('data-c'))-Number(a.getAttribute('data-c'));});
list.forEach(function(g){t.appendChild(g);});
}
q.addEventListener('input',apply);ob.addEventListener('change',apply);og.addEventListener('change',apply);so.addEventListener('change',sort);
c.hidden=false;
apply();
})();
`;
var sha256 = (text) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
var DASHBOARD_CSP = [
  "default-src 'none'",
  `style-src ${sha256(STYLE)}`,
  `script-src ${sha256(SCRIPT)}`,
  "base-uri 'none'",
  "form-action 'none'",
  "require-trusted-types-for 'script'",
  "trusted-types 'none'"
].join("; ");
var plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
var tierClass = (tier) => `t-${tier}`;
var tierBadge = (tier) => `<span class="tb ${tierClass(tier)}">${tier}</span>`;
function delta(now, before, worseWhen) {
  if (before === void 0) return "";
  const change = now - before;
  if (change === 0) return '<span class="d same" title="no change since the previous scan">= 0</span>';
  const up = change > 0;
  const mood = worseWhen === "none" ? "same" : up === (worseWhen === "up") ? "worse" : "better";
  const words = `${Math.abs(change)} ${up ? "more" : "fewer"} than the previous scan`;
  return `<span class="d ${mood}" title="${words}">${up ? "\u25B2" : "\u25BC"} ${Math.abs(change)}<span class="vh"> (${words})</span></span>`;
}
function header(report, rules) {
  const when = formatTime(report.generatedAt);
  const tool = `${report.tool?.name ?? "ai-act-gate"} ${report.tool?.version ?? ""}`.trim();
  return `<header><h1>AI Act documentation: ${html(report.org, TEXT_LIMITS.path)}</h1><p>Scanned ${when ? `<time datetime="${html(report.generatedAt, 40)}">${html(when, 40)}</time>` : "at an unknown time"} \xB7 ${html(shardLabel(report))} \xB7 ${html(tool, 80)} \xB7 ${plural(rules, "rule")}</p></header>`;
}
function tiles(totals, previous) {
  const tile = (value, label, detail, mood, before, worseWhen) => `<li class="tile ${mood}"><b>${value}</b>${label}${delta(value, before, worseWhen)}<small>${detail}</small></li>`;
  return `<section aria-labelledby="h-sum"><h2 id="h-sum">Summary</h2><ul class="tiles">${[
    tile(
      totals.repositories,
      "repositories",
      `${totals.checked} checked \xB7 ${totals.noCards} without cards`,
      "",
      previous?.repositories,
      "none"
    ),
    tile(totals.cards, "model cards", "checked against the rules", "", previous?.cards, "none"),
    tile(
      totals.blocked,
      "release blocked",
      totals.blocked ? "cards the gate blocks" : "no card is blocked",
      totals.blocked ? "bad" : "ok",
      previous?.blocked,
      "up"
    ),
    tile(
      totals.failed,
      "failed",
      totals.failed ? "repositories not scanned" : "every repository scanned",
      totals.failed ? "warn" : "ok",
      previous?.failed,
      "up"
    ),
    tile(totals.gaps, "gaps", "required duties not met", totals.gaps ? "warn" : "ok", previous?.gaps, "up")
  ].join("")}</ul></section>`;
}
function bar(parts, max) {
  let x = 0;
  const rects = parts.filter((part) => part.value > 0 && max > 0).map((part) => {
    const width = Math.round(part.value / max * 1e3) / 10;
    const rect = `<rect class="${part.className}" x="${x}" width="${width}" height="10"/>`;
    x = Math.round((x + width) * 10) / 10;
    return rect;
  });
  return `<svg class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">${rects.join("")}</svg>`;
}
function tierSection(report, changes) {
  const counts = tierCounts(report);
  const total = TIERS.reduce((sum, tier) => sum + counts[tier], 0);
  const max = Math.max(1, ...TIERS.map((tier) => counts[tier]));
  const rows = TIERS.map((tier) => {
    const percent = total ? Math.round(counts[tier] / total * 100) : 0;
    return `<tr><th scope="row">${tierBadge(tier)}</th><td>${bar([{ value: counts[tier], className: tierClass(tier) }], max)}</td><td class="num">${counts[tier]}</td><td class="num">${percent}%</td>${changes ? `<td class="num">${delta(counts[tier], changes.tiers.previous[tier], "none") || ""}</td>` : ""}</tr>`;
  });
  return `<section aria-labelledby="h-tier"><h2 id="h-tier">Tier distribution</h2><table class="lst"><caption class="vh">Model cards per tier</caption><thead><tr><th scope="col">tier</th><th scope="col"><span class="vh">bar</span></th><th scope="col" class="num">cards</th><th scope="col" class="num">share</th>${changes ? '<th scope="col" class="num">change</th>' : ""}</tr></thead><tbody>${rows.join("")}</tbody></table></section>`;
}
function gapSection(report) {
  const gaps = worstGaps(report, ORG_DASHBOARD_LIMITS.gaps);
  const body = gaps.length ? `<table class="lst"><caption class="vh">Rules most often missing where required</caption><thead><tr><th scope="col">rule and provision</th><th scope="col"><span class="vh">share of cards where required</span></th><th scope="col" class="num">missing</th><th scope="col" class="num">partial</th><th scope="col" class="num">of cards</th></tr></thead><tbody>${gaps.map(
    (gap) => `<tr><th scope="row">${html(gap.ruleId, TEXT_LIMITS.id)}<small>${htmlLink(gap.url, html(gap.citation, TEXT_LIMITS.reason))}</small></th><td>${bar(
      [
        { value: gap.missing, className: "bm" },
        { value: gap.partial, className: "bp" }
      ],
      gap.required
    )}</td><td class="num">${gap.missing}</td><td class="num">${gap.partial}</td><td class="num">${gap.required}</td></tr>`
  ).join("")}</tbody></table>` : "<p>None: every card meets every duty its tier makes apply.</p>";
  return `<section aria-labelledby="h-gap"><h2 id="h-gap">Worst gaps</h2><p>Rules most often missing (red) or incomplete (amber) where the card's tier makes them apply.</p>${body}</section>`;
}
function repositoryLink(repository) {
  return htmlLink(repository.htmlUrl, html(repository.fullName, TEXT_LIMITS.path));
}
function cardLink(repository, file, line) {
  const href = htmlUrl(cardUrl(repository.htmlUrl, repository.defaultBranch, file.path, line));
  const path = html(file.path, TEXT_LIMITS.path);
  return href ? `<a href="${href}">${path}</a>` : path;
}
function blockerSection(report, families) {
  const blocked = blockers(report);
  const listed = blocked.filter(({ repository, file }) => families.isShown(orgCardName(repository, file)));
  const shown = listed.slice(0, ORG_DASHBOARD_LIMITS.blockers);
  const items = shown.map(({ repository, file }) => {
    const reasons = gateReasons(file).map((reason) => `<li>${html(reason, TEXT_LIMITS.reason)}</li>`);
    const family = familyNote(families, orgCardName(repository, file));
    return `<li><strong>${repositoryLink(repository)}</strong> ${cardLink(repository, file)} ${tierBadge(tierOf(file))}${family ? `<span class=same>${html(family)}</span>` : ""}${reasons.length ? `<ul>${reasons.join("")}</ul>` : ""}</li>`;
  });
  const more = listed.length > shown.length ? `<p>\u2026 and ${listed.length - shown.length} more, in the heat-map below.</p>` : "";
  const body = blocked.length ? `<ol class="blk">${items.join("")}</ol>${more}` : "<p>None: no card is blocked from release.</p>";
  return `<section aria-labelledby="h-blk"><h2 id="h-blk">Release blockers (${blocked.length})</h2>${body}</section>`;
}
function failedSection(report) {
  const failed = failedRepositories(report);
  if (!failed.length) return "";
  const rows = failed.map(
    (repository) => `<tr><th scope="row">${repositoryLink(repository)}</th><td>${html(repository.error || "unknown error")}</td></tr>`
  );
  return `<section aria-labelledby="h-fail"><h2 id="h-fail">Failed repositories (${failed.length})</h2><table class="lst"><thead><tr><th scope="col">repository</th><th scope="col">error</th></tr></thead><tbody>${rows.join("")}</tbody></table></section>`;
}
var cardKeyText = (card) => `${html(card.repository, TEXT_LIMITS.path)} <code>${html(card.path, TEXT_LIMITS.path)}</code>`;
function folded(items, render) {
  const max = ORG_DASHBOARD_LIMITS.changes;
  const shown = items.slice(0, max).map((value) => `<li>${render(value)}</li>`);
  const more = items.length > max ? `<li>\u2026 and ${items.length - max} more</li>` : "";
  const list = `<ul>${shown.join("")}${more}</ul>`;
  return items.length > 5 ? `<details><summary>show ${items.length}</summary>${list}</details>` : list;
}
function changeEntry(arrow, mood, label, items) {
  return `<li><span class="arrow ${mood}" aria-hidden="true">${arrow}</span><strong>${label}</strong>${items}</li>`;
}
function ruleChangeTable(met, missing) {
  const ids = [.../* @__PURE__ */ new Set([...met.map((change) => change.ruleId), ...missing.map((change) => change.ruleId)])];
  if (!ids.length) return "";
  const metBy = new Map(met.map((change) => [change.ruleId, change.cards.length]));
  const missingBy = new Map(missing.map((change) => [change.ruleId, change.cards.length]));
  const rows = ids.sort(
    (a, b) => (missingBy.get(b) ?? 0) - (metBy.get(b) ?? 0) - ((missingBy.get(a) ?? 0) - (metBy.get(a) ?? 0)) || a.localeCompare(b)
  ).map((id) => {
    const gained = metBy.get(id) ?? 0;
    const lost = missingBy.get(id) ?? 0;
    return `<tr><th scope="row">${html(id, TEXT_LIMITS.id)}</th><td class="num better">${gained ? `\u25B2 ${gained}` : ""}</td><td class="num worse">${lost ? `\u25BC ${lost}` : ""}</td></tr>`;
  });
  return `<h3>Rules</h3><table class="lst"><caption class="vh">Cards per rule whose gap closed or opened</caption><thead><tr><th scope="col">rule</th><th scope="col" class="num">newly met</th><th scope="col" class="num">newly missing</th></tr></thead><tbody>${rows.join("")}</tbody></table>`;
}
function changeSection(previous, changes) {
  const when = formatTime(previous.generatedAt);
  const title = `<h2 id="h-chg">Changes since the previous scan${when ? ` (${html(when, 40)})` : ""}</h2>`;
  const notes = changes.notes.map((note) => `<p class="note">Compare with care: ${html(note, TEXT_LIMITS.reason)}</p>`).join("");
  if (!hasChanges(changes)) return `<section aria-labelledby="h-chg">${title}${notes}<p>No change.</p></section>`;
  const entries = [];
  const names = (values) => folded(values, (name) => html(name, TEXT_LIMITS.path));
  const cards = (values) => folded(values, cardKeyText);
  if (changes.newBlockers.length)
    entries.push(
      changeEntry(
        "\u25B2",
        "worse",
        `${plural(changes.newBlockers.length, "new release blocker")}`,
        cards(changes.newBlockers)
      )
    );
  if (changes.resolvedBlockers.length)
    entries.push(
      changeEntry(
        "\u25BC",
        "better",
        `${plural(changes.resolvedBlockers.length, "release blocker")} resolved`,
        cards(changes.resolvedBlockers)
      )
    );
  if (changes.newlyFailed.length)
    entries.push(
      changeEntry(
        "\u25B2",
        "worse",
        `${plural(changes.newlyFailed.length, "repository", "repositories")} newly failing`,
        names(changes.newlyFailed)
      )
    );
  if (changes.recovered.length)
    entries.push(
      changeEntry(
        "\u25BC",
        "better",
        `${plural(changes.recovered.length, "repository", "repositories")} scanned again after failing`,
        names(changes.recovered)
      )
    );
  if (changes.repositoriesAdded.length)
    entries.push(
      changeEntry(
        "+",
        "same",
        `${plural(changes.repositoriesAdded.length, "repository", "repositories")} added`,
        names(changes.repositoriesAdded)
      )
    );
  if (changes.repositoriesRemoved.length)
    entries.push(
      changeEntry(
        "\u2212",
        "same",
        `${plural(changes.repositoriesRemoved.length, "repository", "repositories")} removed`,
        names(changes.repositoriesRemoved)
      )
    );
  if (changes.cardsAdded.length)
    entries.push(
      changeEntry("+", "same", `${plural(changes.cardsAdded.length, "card")} added`, cards(changes.cardsAdded))
    );
  if (changes.cardsRemoved.length)
    entries.push(
      changeEntry("\u2212", "same", `${plural(changes.cardsRemoved.length, "card")} removed`, cards(changes.cardsRemoved))
    );
  if (changes.tierChanges.length) {
    entries.push(
      changeEntry(
        "\u2194",
        "same",
        `${plural(changes.tierChanges.length, "tier change")}`,
        folded(
          changes.tierChanges,
          (change) => `${cardKeyText(change)}: ${tierBadge(change.from)} \u2192 ${tierBadge(change.to)}`
        )
      )
    );
  }
  const gaps = changes.totals;
  entries.push(
    changeEntry(
      gaps.current.gaps > gaps.previous.gaps ? "\u25B2" : gaps.current.gaps < gaps.previous.gaps ? "\u25BC" : "=",
      gaps.current.gaps > gaps.previous.gaps ? "worse" : gaps.current.gaps < gaps.previous.gaps ? "better" : "same",
      `gaps ${gaps.previous.gaps} \u2192 ${gaps.current.gaps} (${signed(gaps.current.gaps - gaps.previous.gaps)})`,
      ""
    )
  );
  return `<section aria-labelledby="h-chg">${title}${notes}<ul class="chg">${entries.join("")}</ul>${ruleChangeTable(changes.newlyMet, changes.newlyMissing)}</section>`;
}
function cellTitle(ruleId, state, rule, file) {
  const info = CELL_STATE_INFO[state];
  let status = info.label;
  if (rule && (state === "partial" || state === "waived" || state === "off"))
    status += rule.required ? ", required" : ", not required";
  if (rule?.waiver) status += ` until ${rule.waiver.expires}`;
  if (!rule) status = "not checked";
  const line = rule ? rule.line ?? (state === "met" ? null : file.titleLine) : null;
  const where = typeof line === "number" && Number.isInteger(line) ? ` \xB7 line ${line}` : "";
  return html(`${ruleId}: ${status}${where}`, 400);
}
function cardRow(repository, file, columns, counts) {
  const byId = new Map(rulesOf(file).map((rule) => [rule.id, rule]));
  const cells = columns.map((id) => {
    const rule = byId.get(id);
    const state = cellState(rule);
    counts[state]++;
    const info = CELL_STATE_INFO[state];
    return `<td class=${info.className} title="${cellTitle(id, state, rule, file)}">${info.symbol}`;
  });
  const gaps = gapCount(file);
  return `<tr${isBlocked(file) ? " class=b" : ""} data-g=${gaps}><th scope=row>${cardLink(repository, file)}${cardDigestHtml(file)}<td class=tr>${tierBadge(tierOf(file))}<td class="g num">${gaps}${cells.join("")}</tr>`;
}
function repositoryGroup(stats, columns, counts, families) {
  const { repository } = stats;
  const span = columns.length + 3;
  const files = orderedFiles(repository).filter((file) => families.isShown(orgCardName(repository, file)));
  if (repository.status !== "failed" && filesOf(repository).length > 0 && files.length === 0) return "";
  const pills = [];
  if (stats.blocked) pills.push(`<span class="pill b">${stats.blocked} blocked</span>`);
  if (repository.status === "failed") pills.push('<span class="pill e">scan failed</span>');
  if (repository.status === "no-cards") pills.push('<span class="pill z">no model card</span>');
  const facts = repository.status === "failed" ? "" : ` <span class="same">${plural(stats.cards, "card")} \xB7 ${plural(stats.gaps, "gap")}${repository.configPath ? ` \xB7 policy ${html(repository.configPath, TEXT_LIMITS.path)}` : ""}</span>`;
  const head = `<tr class=rh><th colspan=${span} scope=rowgroup>${repositoryLink(repository)}${pills.join("")}${facts}</th></tr>`;
  let rows;
  if (repository.status === "failed") {
    rows = `<tr><th scope=row>scan failed<td class=tr><td class="g num"><td colspan=${columns.length} class=fl>\u2717 ${html(repository.error || "unknown error")}</tr>`;
  } else if (filesOf(repository).length === 0) {
    rows = `<tr><th scope=row>no model card<td class=tr><td class="g num"><td colspan=${columns.length} class=n>${CELL_STATE_INFO["no-card"].symbol} no model card found in this repository</tr>`;
  } else {
    rows = files.map((file) => {
      const family = families.representing(orgCardName(repository, file));
      return cardRow(repository, file, columns, counts) + (family ? familyRowHtml(family, span) : "");
    }).join("");
  }
  return `<tbody${stats.blocked ? " class=bl" : ""} data-name="${html(repository.fullName, TEXT_LIMITS.path)}" data-g=${stats.gaps} data-c=${stats.cards}>${head}${rows}</tbody>`;
}
function heatmapSection(report, columns) {
  const counts = Object.fromEntries(CELL_STATES.map((info) => [info.state, 0]));
  const ruleInfo = /* @__PURE__ */ new Map();
  for (const { repository } of orderedRepositories(report))
    for (const file of filesOf(repository))
      for (const rule of rulesOf(file)) if (!ruleInfo.has(rule.id)) ruleInfo.set(rule.id, rule.citation ?? "");
  const families = orgFamilySummary(report);
  const groups = orderedRepositories(report).map((stats) => repositoryGroup(stats, columns, counts, families));
  const noCardRepos = orderedRepositories(report).filter(
    (stats) => stats.repository.status === "no-cards" || stats.repository.status === "checked" && stats.cards === 0
  ).length;
  const legend = CELL_STATES.map((info) => {
    const count = info.state === "no-card" ? `${plural(noCardRepos, "repository", "repositories")} \xB7 ${plural(counts[info.state], "cell")}` : plural(counts[info.state], "cell");
    return `<li><span class="k ${info.className}" aria-hidden="true">${info.symbol}</span><span><strong>${info.label}</strong> <span class="same">${info.description} (${count})</span></span></li>`;
  });
  legend.push(
    '<li><span class="k fl" aria-hidden="true">\u2717</span><span><strong>scan failed</strong> <span class="same">the repository could not be scanned</span></span></li>'
  );
  const head = columns.map(
    (id) => `<th scope=col class=r title="${html(`${id}: ${ruleInfo.get(id) ?? ""}`, 300)}"><span>${html(id, TEXT_LIMITS.id)}</span></th>`
  ).join("");
  const controls = `<div id="ctl" hidden><label>Filter <input type="search" id="q" placeholder="repository or card path"></label><label><input type="checkbox" id="ob"> only blocked</label><label><input type="checkbox" id="og"> only cards with gaps</label><label>Order <select id="so"><option value="">blockers first</option><option value="gaps">most gaps</option><option value="cards">most cards</option><option value="name">name</option></select></label><span id="cnt" class="same" aria-live="polite"></span></div>`;
  return `<section aria-labelledby="h-hm"><h2 id="h-hm">Rules by model card</h2><ul class="legend" aria-label="Legend">${legend.join("")}</ul>${controls}<div class="scroll"><table class="hm" id="hm"><caption class="vh">Status of every rule for every model card: one row per card, grouped by repository, repositories with release blockers first</caption><thead><tr><th scope=col>card</th><th scope=col>tier</th><th scope=col class=num>gaps</th>${head}</tr></thead>${groups.join("\n")}</table></div></section>`;
}
function renderOrgDashboard(report, previous) {
  const columns = ruleColumns(report);
  const totals = totalsOf(report);
  const changes = previous ? compareOrgReports(report, previous) : void 0;
  const title = `AI Act documentation: ${html(report.org, TEXT_LIMITS.path)} (${html(formatTime(report.generatedAt), 40)})`;
  return [
    "<!doctype html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${DASHBOARD_CSP}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="color-scheme" content="light">',
    `<title>${title}</title>`,
    `<style>${STYLE}</style>`,
    "</head>",
    "<body>",
    header(report, columns.length),
    "<main>",
    tiles(totals, changes?.totals.previous),
    `<div class="cols">${tierSection(report, changes)}${gapSection(report)}</div>`,
    blockerSection(report, orgFamilySummary(report)),
    failedSection(report),
    previous && changes ? changeSection(previous, changes) : "",
    heatmapSection(report, columns),
    "</main>",
    `<footer>${provenanceFooterHtml(report)}Made by ai-act-gate from the organisation scan report. Not legal advice: the checker reads what a card says; it cannot know what a provider has done.</footer>`,
    `<script>${SCRIPT}</script>`,
    "</body>",
    "</html>",
    ""
  ].join("\n");
}

export {
  ORG_DASHBOARD_LIMITS,
  DASHBOARD_CSP,
  renderOrgDashboard
};
