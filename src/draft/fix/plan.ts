/**
 * Which drafts a card gets and where: a new section for a missing duty, placed in the order of the
 * Hugging Face card template; for a partial one, a draft block at the end of the section where the
 * checker found its evidence. A duty already drafted (its marker is in the card) is never drafted again.
 */
import type { Section } from '../../model/card.js';
import type { RuleResult } from '../../model/report.js';
import { lineText } from '../../facts/text-views.js';
import { resolveSource, type CardValues } from '../sources.js';
import { draftSpecs, type DraftSpec } from './draft-spec.js';
import type { Insertion } from './lines.js';

export const MARKER = 'ai-act-gate draft:';

/** An ATX or HTML heading line. */
const HEADING_LINE = /^\s{0,3}#{1,6}(?:\s|$)|^\s*<h[1-6]\b/i;
const SETEXT_UNDERLINE = /^\s{0,3}(?:=+|-+)\s*$/;

export interface PlannedDraft {
  rule: string;
  spec: DraftSpec;
  /** The facts filled in; the rest are TODO lines. */
  facts: number;
}

/** The duties to draft: required and not met (or those named with --only), with a draft, not drafted yet. */
export function dutiesToDraft(values: CardValues, only: string[]): { rule: RuleResult; spec: DraftSpec }[] {
  const { drafts } = draftSpecs();
  const text = values.analysis.facts.text;
  return values.analysis.results.flatMap((rule) => {
    const spec = drafts.get(rule.id);
    const wanted = only.length ? only.includes(rule.id) : rule.required;
    if (!spec || !wanted || rule.status === 'met' || text.includes(`<!-- ${MARKER} ${rule.id} `)) return [];
    return [{ rule, spec }];
  });
}

export function planSections(values: CardValues, only: string[]): { insertions: Insertion[]; drafted: PlannedDraft[] } {
  const { facts } = values.analysis;
  const { templateOrder } = draftSpecs();
  const rankOf = (section: Section) => {
    const ranks = section.canonical.map((name) => templateOrder.indexOf(name)).filter((rank) => rank >= 0);
    return ranks.length ? Math.min(...ranks) : null;
  };
  // Bold labels ("**License:** …") are sections to the checker; drafts go between real headings.
  const headings = facts.sections.filter((section) => {
    const line = section.position.line;
    return (
      section.depth > 0 &&
      (HEADING_LINE.test(lineText(facts, line)) || SETEXT_UNDERLINE.test(lineText(facts, line + 1)))
    );
  });
  const top = topSections(headings);
  const lastLine = facts.positionAt(facts.text.length).line + (facts.text.endsWith('\n') ? 0 : 1);
  const lineAt = (offset: number) => (offset >= facts.text.length ? lastLine : facts.positionAt(offset).line);
  const bodyLine = facts.positionAt(facts.bodyStart).line;
  const insertions: Insertion[] = [];
  const drafted: PlannedDraft[] = [];
  for (const { rule, spec } of dutiesToDraft(values, only)) {
    const rank = templateOrder.indexOf(spec.slot);
    const { lines, filled } = draftLines(values, rule.id, spec);
    drafted.push({ rule: rule.id, spec, facts: filled });
    if (rule.status === 'partial' && rule.line !== null && rule.line >= bodyLine) {
      // At the end of the passage that partly covers the duty: before the next heading after its evidence.
      const next = headings.find((section) => section.position.line > (rule.line as number));
      // Before any new section at the same place, so that it stays under the heading it belongs to.
      insertions.push({
        beforeLine: next ? next.position.line : lastLine,
        lines: ['', ...lines, ''],
        rank: rank - templateOrder.length,
      });
      continue;
    }
    const block = ['', lines[0], `## ${spec.heading}`, '', ...lines.slice(1), ''];
    const earlier = top.filter((section) => (rankOf(section) ?? Infinity) <= rank).pop();
    const later = top.find((section) => (rankOf(section) ?? -1) > rank);
    const beforeLine = earlier ? lineAt(earlier.subtreeEnd) : later ? lineAt(later.start) : lastLine;
    insertions.push({ beforeLine: Math.max(beforeLine, bodyLine), lines: block, rank });
  }
  return { insertions, drafted };
}

/** The marker, the fact lines with their sources, and the TODO lines of one draft. */
function draftLines(values: CardValues, rule: string, spec: DraftSpec): { lines: string[]; filled: number } {
  const lines = [`<!-- ${MARKER} ${rule} (drafted from the card: check each line, then remove this comment) -->`];
  let filled = 0;
  for (const fact of spec.facts) {
    const found = resolveSource(values, fact.from);
    if (!found) continue;
    const text = found.plain ?? found.value;
    lines.push(`- ${fact.label}: ${text}${/\(line \d+\)/.test(text) || !found.line ? '' : ` (line ${found.line})`}`);
    filled++;
  }
  for (const todo of spec.todo) lines.push(`- TODO: ${todo}`);
  return { lines, filled };
}

/** The sections at the card's top level (below a lone title heading), which drafts go between. */
function topSections(headed: Section[]): Section[] {
  const titles = headed.filter((section) => section.depth === 1).length;
  const depth = titles === 1 ? Math.min(...headed.filter((s) => s.depth > 1).map((s) => s.depth), 7) : 1;
  return headed.filter((section) => section.depth === depth || (section.depth < depth && section.depth > 1));
}
