/**
 * Which of a card's figures describe its own model. Cards also quote other models (benchmark tables,
 * teacher models, "outperforms Llama 2 70B"); those must not become the model's size or compute.
 */
import type { CardFacts, Quantity, QuantityKind } from '../model/card.js';
import { AI_ACT_KEY } from './ai-act-block.js';
import { inheritedScopes, lineText, nameKey, ownModelKey, sectionIndexAtLine } from './card-text.js';
import type { ClassifyData } from './classify-data.js';

export interface OwnFigures {
  /** Parameters, tokens and hardware figures taken as the card's own (every kind falls back to all when none is left). */
  quantities: Quantity[];
  /** Stated training-compute figures of the card's own model. */
  stated: Quantity[];
}

export interface ModelSize {
  quantity: Quantity;
  /** N is the active parameter count of a mixture-of-experts model. */
  active: boolean;
}

/** Below this a "FLOPs" figure is a per-token or per-image cost, not a training run. */
const MIN_TRAINING_FLOP = 1e17;
/** A size within this factor of another is the same model written differently ("12B" and "11,846,072,320"). */
const SAME_SIZE = 0.15;
const SIZE_KINDS: QuantityKind[] = ['parameters', 'activeParameters', 'trainingTokens', 'gpuHours', 'gpuCount', 'trainingDays'];

/** "(Shen et al., 2024b)": a citation year, not "2024 billion". */
const CITATION_YEAR = /^(?:19|20)\d\d\s?[a-z]$/i;

export function ownFigures(facts: CardFacts, data: ClassifyData): OwnFigures {
  const all = outsideAiActBlock(facts).filter((quantity) => !CITATION_YEAR.test(quantity.raw.trim()));
  const scope = figureScope(facts, data);
  const own = all.filter((quantity) => scope(quantity) !== 'other' && !isComparison(facts, quantity, data));
  const quantities = SIZE_KINDS.flatMap((kind) => {
    const mine = own.filter((quantity) => quantity.kind === kind);
    return mine.length ? mine : all.filter((quantity) => quantity.kind === kind);
  });
  const statedFigures = all.filter((quantity) => quantity.kind === 'trainingCompute' && quantity.value >= MIN_TRAINING_FLOP);
  const named = statedFigures.filter((quantity) => scope(quantity) === 'named');
  return { quantities, stated: named.length ? named : statedFigures.filter((quantity) => scope(quantity) === 'neutral') };
}

/**
 * N of the largest model described: the size the title names when the card is about one model; else the
 * largest dense size or mixture-of-experts active count (an MoE's total is not N).
 */
export function modelSize(facts: CardFacts, quantities: Quantity[]): ModelSize | null {
  const actives = quantities.filter((quantity) => quantity.kind === 'activeParameters');
  const moeLines = new Set(actives.map((quantity) => quantity.position.line));
  const moeTotals = quantities.filter((quantity) => quantity.kind === 'parameters' && moeLines.has(quantity.position.line));
  const dense = quantities.filter(
    (quantity) =>
      quantity.kind === 'parameters' &&
      !moeLines.has(quantity.position.line) &&
      !moeTotals.some((total) => sameSize(total.value, quantity.value)),
  );
  const titled = titleSize(facts);
  if (titled !== null) {
    const matching = [...dense, ...actives].filter((quantity) => sameSize(quantity.value, titled));
    if (matching.length) return pick(matching, actives);
  }
  return pick([...dense, ...actives], actives);
}

function pick(candidates: Quantity[], actives: Quantity[]): ModelSize | null {
  const best = candidates.reduce<Quantity | null>((top, quantity) => (!top || quantity.value > top.value ? quantity : top), null);
  return best ? { quantity: best, active: actives.includes(best) } : null;
}

function sameSize(a: number, b: number): boolean {
  return Math.abs(a - b) <= SAME_SIZE * Math.max(a, b);
}

/** "Model Card for OLMo 2 13B" → 13e9; "Mixtral-8x7B" names no single size. */
function titleSize(facts: CardFacts): number | null {
  const title = facts.sections.find((section) => section.depth === 1)?.title ?? '';
  if (/\d\s*x\s*\d/i.test(title)) return null;
  const match = /(?:^|[^\p{L}\p{N}.])(\d+(?:\.\d+)?)\s*([MB])\b/iu.exec(title);
  if (!match) return null;
  return Number(match[1]) * (match[2].toUpperCase() === 'B' ? 1e9 : 1e6);
}

/** Quantities stated by the card itself: figures inside the `ai_act` block are claims, kept apart. */
function outsideAiActBlock(facts: CardFacts): Quantity[] {
  const blockLines = [...facts.metadata]
    .filter(([key]) => key === AI_ACT_KEY || key.startsWith(`${AI_ACT_KEY}.`))
    .map(([, entry]) => entry.position.line);
  if (!blockLines.length) return facts.quantities;
  const first = Math.min(...blockLines);
  const last = Math.max(...blockLines);
  return facts.quantities.filter(
    (quantity) => quantity.source !== 'frontMatter' || quantity.position.line < first || quantity.position.line > last,
  );
}

/** 'named': the line names the card's own model; 'other': it sits in a comparison or risk section. */
function figureScope(facts: CardFacts, data: ClassifyData): (quantity: Quantity) => 'named' | 'neutral' | 'other' {
  const key = ownModelKey(facts.sections);
  const excluded = data.cues.computeExcludedSections;
  const scopes = inheritedScopes(facts.sections, (section) => (section.canonical.some((name) => excluded.includes(name)) ? true : null));
  return (quantity) => {
    if (key && nameKey(lineText(facts, quantity.position.line)).includes(key)) return 'named';
    if (quantity.source === 'frontMatter') return 'neutral';
    return scopes[sectionIndexAtLine(facts.sections, quantity.position.line)] ? 'other' : 'neutral';
  };
}

/** The text just before and after a figure on its line. */
export function surroundings(facts: CardFacts, quantity: Quantity, width: number): { before: string; after: string } | null {
  const line = lineText(facts, quantity.position.line);
  let index = line.indexOf(quantity.raw, Math.max(0, quantity.position.column - 1));
  if (index < 0) index = line.indexOf(quantity.raw);
  if (index < 0) return null;
  const end = index + quantity.raw.length;
  return { before: line.slice(Math.max(0, index - width), index), after: line.slice(end, end + 2) };
}

/** "models with less than 13B parameters", "outperforms Llama 2 70B": another model's size. */
function isComparison(facts: CardFacts, quantity: Quantity, data: ClassifyData): boolean {
  if (quantity.kind !== 'parameters' && quantity.kind !== 'activeParameters') return false;
  const around = surroundings(facts, quantity, 60);
  return !!around && data.cues.comparison.test(around.before);
}
