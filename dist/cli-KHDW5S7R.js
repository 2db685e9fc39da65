import { createRequire as __aagCreateRequire } from 'node:module'; const require = __aagCreateRequire(import.meta.url);
import {
  analyseCard,
  applyInsertions,
  cardValues,
  draftSpecs,
  dutiesToDraft,
  plainText,
  planFrontMatter,
  planSections,
  readDraftData,
  records,
  resolveSources,
  shorten,
  splitLines,
  splitSource
} from "./chunk-L5FIYTYZ.js";
import {
  findCards
} from "./chunk-NHZPCZK5.js";
import {
  loadRuleset
} from "./chunk-A447YCO3.js";
import "./chunk-NQ2HNNKS.js";
import {
  formatNumber
} from "./chunk-7KKXPEHT.js";
import "./chunk-RG5CQAGC.js";
import "./chunk-MCBLOSZH.js";
import {
  DEFAULT_MAX_BYTES,
  readSource
} from "./chunk-Z4A6QR2X.js";
import {
  VERSION
} from "./chunk-G7S77VK7.js";
import "./chunk-J6U2C36Q.js";
import {
  NEVER_EVIDENCE,
  classifyStatement,
  proseText,
  statementSpan
} from "./chunk-RFKPFFVV.js";
import "./chunk-ODAIUGEL.js";
import "./chunk-746URBFR.js";
import "./chunk-QEDUW24Q.js";
import "./chunk-3NZDNUJZ.js";
import "./chunk-CSBECP3I.js";
import "./chunk-UIU2T2WH.js";

// src/draft/cli.ts
import { parseArgs } from "node:util";

// src/draft/form.ts
var RECIPIENTS = ["ai-office", "national-authorities", "downstream"];
var FILE = "model-documentation-form.yaml";
var cached;
function formSpec() {
  if (cached) return cached;
  const raw = readDraftData(FILE);
  const fields = records(raw, FILE, "fields", ["id", "section", "label", "recipients", "from"]);
  const sections = raw.sections;
  if (!Array.isArray(sections)) throw new Error(`rules/data/${FILE}: expected a list under "sections"`);
  for (const field of fields) {
    if (!sections.includes(field.section))
      throw new Error(`rules/data/${FILE}: ${field.id}: unknown section "${field.section}"`);
    for (const recipient of field.recipients)
      if (!RECIPIENTS.includes(recipient))
        throw new Error(`rules/data/${FILE}: ${field.id}: unknown recipient "${recipient}"`);
    field.from.forEach(splitSource);
  }
  cached = { sections, fields };
  return cached;
}
function fillForm(values, audience) {
  const fields = formSpec().fields.filter((spec) => !audience || spec.recipients.includes(audience)).map((spec) => {
    const found = resolveSources(values, spec.from);
    const field = {
      id: spec.id,
      section: spec.section,
      label: spec.label,
      recipients: spec.recipients,
      value: found?.value ?? null,
      source: found?.line ? { line: found.line } : null
    };
    if (found?.basis) field.basis = found.basis;
    if (found?.status === "partial") field.partial = true;
    return field;
  });
  const unfilled = fields.filter((field) => field.value === null).map((field) => field.id);
  return { fields, filled: fields.length - unfilled.length, unfilled };
}

// src/draft/read-card.ts
import { resolve } from "node:path";
var DraftUsageError = class extends Error {
};
var CardInputError = class extends Error {
};
async function pickCard(named, cwd, command) {
  if (named.length > 1) throw new DraftUsageError(`${command} takes one card, got ${named.length}`);
  if (named.length === 1) return named[0];
  const found = await findCards([], cwd);
  if (found.length === 1) return found[0];
  throw new DraftUsageError(
    found.length ? `${command}: ${found.length} model cards under the current folder; name one (${found.slice(0, 3).join(", ")}${found.length > 3 ? ", \u2026" : ""})` : `${command}: no model card found under the current folder; name one`
  );
}
function readCard(path, cwd, ruleset) {
  const source = readSource(resolve(cwd, path), DEFAULT_MAX_BYTES);
  if (!source.ok) throw new CardInputError(`${path}: ${source.reason}`);
  const analysis = analyseCard(source.text, ruleset);
  const broken = analysis.parsed.problems.find((problem) => problem.message.startsWith("Front matter"));
  if (broken)
    throw new CardInputError(
      `${path}:${broken.position.line}: ${broken.message.replace(/; the front matter is ignored.*$/, "")}; fix the front matter first`
    );
  return { path, text: source.text, analysis };
}

// src/draft/render-form.ts
var RECIPIENT_SHORT = {
  "ai-office": "AIO",
  "national-authorities": "NCA",
  downstream: "DP"
};
function renderFormJson(path, form, audience) {
  return `${JSON.stringify({ card: path, audience: audience ?? "all", filled: form.filled, unfilled: form.unfilled, fields: form.fields }, null, 2)}
`;
}
function renderFormMarkdown(path, form, audience) {
  const out = [
    `# Model Documentation Form: ${path}`,
    "",
    "GPAI Code of Practice, Transparency chapter (final form, 10 July 2025). Drafted from the model card by",
    "ai-act-gate: every value quotes the card at the line given; check each one before you use it.",
    `Recipients: AIO = AI Office, NCA = national competent authorities, DP = downstream providers.${audience ? ` Only the fields for ${RECIPIENT_SHORT[audience]}.` : ""}`,
    "",
    `${form.filled} of ${form.fields.length} fields filled from the card.`
  ];
  for (const section of formSpec().sections) {
    const fields = form.fields.filter((field) => field.section === section);
    if (!fields.length) continue;
    out.push("", `## ${section}`, "", "| Field | For | Value | Card line |", "|---|---|---|---|");
    for (const field of fields) {
      const value = field.value === null ? "TODO" : `${field.value}${field.basis ? ` (${field.basis})` : ""}${field.partial ? " (partial)" : ""}`;
      const recipients = field.recipients.map((recipient) => RECIPIENT_SHORT[recipient]).join(", ") || "\u2013";
      out.push(`| ${cell(field.label)} | ${recipients} | ${cell(value)} | ${field.source ? field.source.line : "\u2013"} |`);
    }
  }
  if (form.unfilled.length) {
    out.push("", "## Not filled from the card", "");
    for (const id of form.unfilled) {
      const field = form.fields.find((candidate) => candidate.id === id);
      if (field) out.push(`- \`${id}\`: ${field.label}`);
    }
  }
  return `${out.join("\n")}
`;
}
function cell(text) {
  return text.replace(/\|/g, "\\|").replace(/\s*\n\s*/g, " ");
}

// src/draft/training-summary.ts
var FILE2 = "training-content-summary.yaml";
var cached2;
function summaryTemplate() {
  if (cached2) return cached2;
  const raw = readDraftData(FILE2);
  const sections = records(raw, FILE2, "sections", ["id", "title"]).map((section) => {
    for (const item of section.items ?? []) item.from.forEach(splitSource);
    const patterns = (section.items ?? []).map(
      (item) => (item.find ?? []).map((source) => {
        try {
          return new RegExp(source, "i");
        } catch (error) {
          throw new Error(`rules/data/${FILE2}: section ${section.id}: ${error.message}`, { cause: error });
        }
      })
    );
    return { ...section, patterns };
  });
  const text = raw.sizeBands?.text?.bands;
  if (!Array.isArray(text)) throw new Error(`rules/data/${FILE2}: expected sizeBands.text.bands`);
  cached2 = { sections, textBands: text };
  return cached2;
}
function draftTrainingSummary(values) {
  const template = summaryTemplate();
  const withBand = { ...values, facts: { ...values.facts, textSizeBand: sizeBand(values, template) } };
  return template.sections.map((section) => ({
    id: section.id,
    title: section.title,
    items: (section.items ?? []).map((item, index) => {
      const found = resolveSources(withBand, item.from) ?? statementMatching(values, section.patterns[index]);
      return {
        label: item.label,
        value: found?.value ?? null,
        source: found?.line ? { line: found.line } : null,
        ...found?.basis ? { basis: found.basis } : {}
      };
    })
  }));
}
function sizeBand(values, template) {
  const tokens = values.analysis.facts.quantities.find(
    (quantity) => quantity.kind === "trainingTokens" && values.facts.trainingTokens?.line === quantity.position.line
  );
  if (!tokens) return void 0;
  const band = template.textBands.find((candidate) => tokens.value < candidate.below);
  return band ? {
    value: `Text: ${band.label}`,
    line: tokens.position.line,
    basis: `${formatNumber(tokens.value)} training tokens (line ${tokens.position.line})`
  } : void 0;
}
function statementMatching(values, patterns) {
  const { facts } = values.analysis;
  const prose = proseText(facts);
  for (const pattern of patterns) {
    const global = new RegExp(pattern.source, "gi");
    for (let match = global.exec(prose); match; match = global.exec(prose)) {
      const [start, end] = statementSpan(prose, match.index);
      const statement = prose.slice(start, end);
      const mode = classifyStatement(statement);
      if (NEVER_EVIDENCE.includes(mode)) continue;
      const text = shorten(plainText(facts.text.slice(start, end)), 300);
      if (text.split(/\s+/).length >= 4)
        return { value: text, line: facts.positionAt(start + (/\S/.exec(statement)?.index ?? 0)).line };
    }
  }
  return null;
}
function renderSummaryMarkdown(path, sections) {
  const out = [
    `# Public summary of training content: ${path}`,
    "",
    "Draft on the European Commission template for the summary of the content used to train a",
    "general-purpose AI model (Art. 53(1)(d) AI Act; C(2025) 5235, 24 July 2025), pre-filled by",
    "ai-act-gate from the model card. Every value quotes the card at the line given; each `TODO:` is",
    "for the provider to answer before publishing."
  ];
  for (const section of sections) {
    const depth = section.id.split(".").length;
    out.push("", `${"#".repeat(Math.min(depth + 1, 4))} ${section.id} ${section.title}`);
    if (section.items.length) out.push("");
    for (const item of section.items) {
      const answer = item.value === null ? "TODO: not stated in the card" : `${item.value}${item.basis ? ` (${item.basis})` : ""} (card line ${item.source?.line ?? "?"})`;
      out.push(`- **${item.label}:** ${answer}`);
    }
  }
  return `${out.join("\n")}
`;
}

// src/draft/fix-cli.ts
import { writeFileSync } from "node:fs";
import { resolve as resolve2 } from "node:path";

// src/draft/fix/diff.ts
var CONTEXT = 3;
function unifiedDiff(path, before, after) {
  const ops = [];
  let index = 0;
  for (const line of after) {
    if (index < before.length && line === before[index]) {
      ops.push({ kind: " ", text: line });
      index++;
    } else ops.push({ kind: "+", text: line });
  }
  const changed = ops.map((op, at) => op.kind === "+" ? at : -1).filter((at) => at >= 0);
  if (!changed.length) return "";
  const name = path.replace(/^\/+/, "");
  const out = [`--- a/${name}`, `+++ b/${name}`];
  let start = 0;
  while (start < changed.length) {
    let end = start;
    while (end + 1 < changed.length && changed[end + 1] - changed[end] <= CONTEXT * 2 + 1) end++;
    const from = Math.max(0, changed[start] - CONTEXT);
    const to = Math.min(ops.length, changed[end] + CONTEXT + 1);
    const slice = ops.slice(from, to);
    const oldStart = ops.slice(0, from).filter((op) => op.kind === " ").length;
    const oldCount = slice.filter((op) => op.kind === " ").length;
    out.push(`@@ -${oldCount ? oldStart + 1 : oldStart},${oldCount} +${from + 1},${slice.length} @@`);
    for (const op of slice) out.push(`${op.kind}${op.text}`);
    start = end + 1;
  }
  return `${out.join("\n")}
`;
}

// src/draft/fix/fix.ts
function fixCard(card, only) {
  const values = cardValues(card.analysis);
  const sections = planSections(values, only);
  const frontMatter = planFrontMatter(values, dutiesToDraft(values, only));
  const lines = splitLines(card.text);
  const { text, newLines } = applyInsertions(lines, [...frontMatter, ...sections.insertions]);
  let index = 0;
  for (const line of newLines) if (index < lines.lines.length && line === lines.lines[index]) index++;
  if (index < lines.lines.length)
    throw new Error(`${card.path}: a draft would change line ${index + 1}; nothing written`);
  return {
    path: card.path,
    before: lines.lines,
    after: newLines,
    text,
    changed: text !== card.text,
    drafted: sections.drafted
  };
}

// src/draft/fix-cli.ts
var FIX_HELP = `ai-act-gate ${VERSION}: write drafts of the sections a model card is missing

Usage: ai-act-gate fix [paths or globs\u2026] [options]

For each required duty that is missing or partial, inserts a marked draft: a new section where
the Hugging Face card template puts it, or a block at the end of the section that partly covers
the duty. Drafts carry the facts the card already states elsewhere, each with its line (derived
values such as training compute show their inputs), and a "TODO:" line for everything else,
which the checker keeps reporting as missing. Missing front-matter keys (license, base_model) and
an ai_act block with empty links are added to the front matter. The author's lines are never
changed; a second run changes nothing. With no paths, fixes the model cards under the current folder.

Options:
      --dry-run                       print a unified diff instead of writing the files
      --only <rule\u2026>                  draft only these duties (rule ids; repeat or separate with commas)
  -h, --help                          show this help

Exit codes: 0 done; 1 a card could not be read or has broken front matter (others are still
fixed); 2 usage error.
`;
async function runFix(argv, io) {
  const { values, positionals } = parse(argv, {
    "dry-run": { type: "boolean" },
    only: { type: "string", multiple: true }
  });
  if (values.help) {
    io.stdout(FIX_HELP);
    return 0;
  }
  const only = (values.only ?? []).flatMap((value) => value.split(",")).map((id) => id.trim()).filter(Boolean);
  const known = draftSpecs().drafts;
  const unknown = only.filter((id) => !known.has(id));
  if (unknown.length)
    throw new DraftUsageError(
      `--only: no draft for ${unknown.map((id) => `"${id}"`).join(", ")}; rule ids are ${[...known.keys()].join(", ")}`
    );
  const paths = await findCards(positionals, io.cwd, { allowOutside: true });
  if (!paths.length)
    throw new DraftUsageError(
      positionals.length ? `no files match ${positionals.map((p) => `"${p}"`).join(", ")}` : "no model cards found under the current folder"
    );
  const ruleset = rules();
  let failed = 0;
  for (const path of paths) {
    try {
      const result = fixCard(readCard(path, io.cwd, ruleset), only);
      if (values["dry-run"]) io.stdout(unifiedDiff(path, result.before, result.after));
      else if (result.changed) writeFileSync(resolve2(io.cwd, path), result.text);
      const what = result.drafted.map(
        (draft) => draft.facts ? `${draft.rule} (${draft.facts} fact${draft.facts === 1 ? "" : "s"})` : draft.rule
      );
      const verb = values["dry-run"] ? "would draft" : "drafted";
      (values["dry-run"] ? io.stderr : io.stdout)(
        `${path}: ${what.length ? `${verb} ${what.join(", ")}` : "nothing to draft"}
`
      );
    } catch (error) {
      if (!(error instanceof CardInputError)) throw error;
      io.stderr(`ai-act-gate: ${error.message}
`);
      failed++;
    }
  }
  return failed ? 1 : 0;
}

// src/draft/cli.ts
var FORM_HELP = `ai-act-gate ${VERSION}: the Model Documentation Form of the GPAI Code of Practice, drafted from a model card

Usage: ai-act-gate form [card] [options]

Fills every field of the final form (July 2025) that the card answers, with the card line each
value comes from, and lists the fields left open. With no card, uses the only model card under
the current folder.

Options:
  -f, --format <markdown|json>        output format (default: markdown)
      --audience <downstream>         only the fields for downstream providers (the part that may be published)
  -h, --help                          show this help

Exit codes: 0 form written; 1 the card cannot be read or its front matter is broken; 2 usage error.
`;
var SUMMARY_HELP = `ai-act-gate ${VERSION}: a draft of the public summary of training content (Art. 53(1)(d)) from a model card

Usage: ai-act-gate training-summary [card] [options]

Lays out every section of the Commission's template (1.1\u20133.3) and pre-fills what the card states:
datasets, token count and its size band, modalities, data cut-off, crawling and robots.txt,
synthetic data, filtering, each with its card line; the rest is a TODO line. With no card,
uses the only model card under the current folder.

Options:
  -f, --format <markdown|json>        output format (default: markdown)
  -h, --help                          show this help

Exit codes: 0 summary written; 1 the card cannot be read or its front matter is broken; 2 usage error.
`;
async function runDraftCli(command, argv, io) {
  try {
    if (command === "form") return await runForm(argv, io);
    if (command === "training-summary") return await runTrainingSummary(argv, io);
    return await runFix(argv, io);
  } catch (error) {
    if (error instanceof DraftUsageError) {
      io.stderr(`ai-act-gate: ${error.message}
Run "ai-act-gate ${command} --help" for usage.
`);
      return 2;
    }
    io.stderr(`ai-act-gate: ${error instanceof Error ? error.message : String(error)}
`);
    return error instanceof CardInputError ? 1 : 2;
  }
}
function parse(argv, options) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: { ...options, help: { type: "boolean", short: "h" } }
    });
  } catch (error) {
    throw new DraftUsageError(error.message);
  }
}
function rules() {
  return loadRuleset();
}
async function runForm(argv, io) {
  const { values, positionals } = parse(argv, {
    format: { type: "string", short: "f", default: "markdown" },
    audience: { type: "string" }
  });
  if (values.help) {
    io.stdout(FORM_HELP);
    return 0;
  }
  const format = values.format;
  if (format !== "markdown" && format !== "json")
    throw new DraftUsageError(`--format must be markdown or json, not "${String(format)}"`);
  const audience = values.audience;
  if (audience !== void 0 && audience !== "downstream")
    throw new DraftUsageError(`--audience must be downstream, not "${String(audience)}"`);
  const path = await pickCard(positionals, io.cwd, "form");
  const card = readCard(path, io.cwd, rules());
  const form = fillForm(cardValues(card.analysis), audience);
  io.stdout(format === "json" ? renderFormJson(path, form, audience) : renderFormMarkdown(path, form, audience));
  return 0;
}
async function runTrainingSummary(argv, io) {
  const { values, positionals } = parse(argv, { format: { type: "string", short: "f", default: "markdown" } });
  if (values.help) {
    io.stdout(SUMMARY_HELP);
    return 0;
  }
  const format = values.format;
  if (format !== "markdown" && format !== "json")
    throw new DraftUsageError(`--format must be markdown or json, not "${String(format)}"`);
  const path = await pickCard(positionals, io.cwd, "training-summary");
  const card = readCard(path, io.cwd, rules());
  const sections = draftTrainingSummary(cardValues(card.analysis));
  io.stdout(
    format === "json" ? `${JSON.stringify({ card: path, sections }, null, 2)}
` : renderSummaryMarkdown(path, sections)
  );
  return 0;
}
export {
  parse,
  rules,
  runDraftCli
};
