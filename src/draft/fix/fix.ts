/** `fix` on one card: the drafts planned, made as insertions, checked to keep every line of the author's. */
import type { ReadCard } from '../read-card.js';
import { cardValues } from '../sources.js';
import { planFrontMatter } from './front-matter.js';
import { applyInsertions, splitLines } from './lines.js';
import { dutiesToDraft, planSections, type PlannedDraft } from './plan.js';

export interface FixResult {
  path: string;
  before: string[];
  after: string[];
  text: string;
  changed: boolean;
  drafted: PlannedDraft[];
}

export function fixCard(card: ReadCard, only: string[]): FixResult {
  const values = cardValues(card.analysis);
  const sections = planSections(values, only);
  const frontMatter = planFrontMatter(values, dutiesToDraft(values, only));
  const lines = splitLines(card.text);
  const { text, newLines } = applyInsertions(lines, [...frontMatter, ...sections.insertions]);
  // Insertions cannot drop a line; checked anyway, as the promise `fix` makes.
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
    drafted: sections.drafted,
  };
}
