/**
 * A skeleton of the Art. 53(1)(d) public summary of training content on the Commission's template
 * (rules/data/training-content-summary.yaml): every section, each item answered from the card with
 * its line where the card says it, and a `TODO:` where it does not.
 */
import { classifyStatement, NEVER_EVIDENCE, statementSpan } from '../facts/statement-mode.js';
import { proseText } from '../facts/text-views.js';
import { formatNumber } from '../classify/thresholds.js';
import { readDraftData, records } from './data-file.js';
import { plainText, shorten } from './passage.js';
import { resolveSources, splitSource, type CardValues, type DraftValue } from './sources.js';

interface ItemSpec {
  label: string;
  from: string[];
  find?: string[];
}

interface SectionSpec {
  id: string;
  title: string;
  items?: ItemSpec[];
}

interface Band {
  below: number;
  label: string;
}

interface TemplateSpec {
  sections: (SectionSpec & { patterns: RegExp[][] })[];
  textBands: Band[];
}

export interface SummaryItem {
  label: string;
  value: string | null;
  source: { line: number } | null;
  basis?: string;
}

export interface SummarySection {
  id: string;
  title: string;
  items: SummaryItem[];
}

const FILE = 'training-content-summary.yaml';
let cached: TemplateSpec | undefined;

export function summaryTemplate(): TemplateSpec {
  if (cached) return cached;
  const raw = readDraftData(FILE);
  const sections = records<SectionSpec>(raw, FILE, 'sections', ['id', 'title']).map((section) => {
    for (const item of section.items ?? []) item.from.forEach(splitSource);
    const patterns = (section.items ?? []).map((item) =>
      (item.find ?? []).map((source) => {
        try {
          return new RegExp(source, 'i');
        } catch (error) {
          throw new Error(`rules/data/${FILE}: section ${section.id}: ${(error as Error).message}`, { cause: error });
        }
      }),
    );
    return { ...section, patterns };
  });
  const text = (raw as { sizeBands?: { text?: { bands?: Band[] } } }).sizeBands?.text?.bands;
  if (!Array.isArray(text)) throw new Error(`rules/data/${FILE}: expected sizeBands.text.bands`);
  cached = { sections, textBands: text };
  return cached;
}

export function draftTrainingSummary(values: CardValues): SummarySection[] {
  const template = summaryTemplate();
  const withBand: CardValues = { ...values, facts: { ...values.facts, textSizeBand: sizeBand(values, template) } };
  return template.sections.map((section) => ({
    id: section.id,
    title: section.title,
    items: (section.items ?? []).map((item, index): SummaryItem => {
      const found = resolveSources(withBand, item.from) ?? statementMatching(values, section.patterns[index]);
      return {
        label: item.label,
        value: found?.value ?? null,
        source: found?.line ? { line: found.line } : null,
        ...(found?.basis ? { basis: found.basis } : {}),
      };
    }),
  }));
}

/** The text band of the template for the card's training token count. */
function sizeBand(values: CardValues, template: TemplateSpec): DraftValue | undefined {
  const tokens = values.analysis.facts.quantities.find(
    (quantity) => quantity.kind === 'trainingTokens' && values.facts.trainingTokens?.line === quantity.position.line,
  );
  if (!tokens) return undefined;
  const band = template.textBands.find((candidate) => tokens.value < candidate.below);
  return band
    ? {
        value: `Text: ${band.label}`,
        line: tokens.position.line,
        basis: `${formatNumber(tokens.value)} training tokens (line ${tokens.position.line})`,
      }
    : undefined;
}

/** The first statement of the card's prose that matches, unless it only plans, supposes or holds a placeholder. */
function statementMatching(values: CardValues, patterns: RegExp[]): DraftValue | null {
  const { facts } = values.analysis;
  const prose = proseText(facts);
  for (const pattern of patterns) {
    const global = new RegExp(pattern.source, 'gi');
    for (let match = global.exec(prose); match; match = global.exec(prose)) {
      const [start, end] = statementSpan(prose, match.index);
      const statement = prose.slice(start, end);
      const mode = classifyStatement(statement);
      if (NEVER_EVIDENCE.includes(mode)) continue;
      const text = shorten(plainText(facts.text.slice(start, end)), 300);
      // A label or a table header alone ("Knowledge cutoff") answers nothing.
      if (text.split(/\s+/).length >= 4)
        return { value: text, line: facts.positionAt(start + (/\S/.exec(statement)?.index ?? 0)).line };
    }
  }
  return null;
}

export function renderSummaryMarkdown(path: string, sections: SummarySection[]): string {
  const out = [
    `# Public summary of training content: ${path}`,
    '',
    'Draft on the European Commission template for the summary of the content used to train a',
    'general-purpose AI model (Art. 53(1)(d) AI Act; C(2025) 5235, 24 July 2025), pre-filled by',
    'ai-act-gate from the model card. Every value quotes the card at the line given; each `TODO:` is',
    'for the provider to answer before publishing.',
  ];
  for (const section of sections) {
    const depth = section.id.split('.').length;
    out.push('', `${'#'.repeat(Math.min(depth + 1, 4))} ${section.id} ${section.title}`);
    if (section.items.length) out.push('');
    for (const item of section.items) {
      const answer =
        item.value === null
          ? 'TODO: not stated in the card'
          : `${item.value}${item.basis ? ` (${item.basis})` : ''} (card line ${item.source?.line ?? '?'})`;
      out.push(`- **${item.label}:** ${answer}`);
    }
  }
  return `${out.join('\n')}\n`;
}
