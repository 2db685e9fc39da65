/**
 * Figures of one model: a table row (joined across tables by the row's model name) or a sentence
 * states one model's size, its token count and its hardware. A family card is judged by its largest
 * model, a mixture-of-experts model by its active parameters, each paired with its own token count.
 */
import type { CardFacts, Quantity } from '../model/card.js';
import { lineText, nameKey } from './card-text.js';

export interface ModelSize {
  /** N: the parameter count used in 6·N·D. */
  quantity: Quantity;
  /** N is the active parameter count of a mixture-of-experts model. */
  active: boolean;
  /** An MoE model's total parameter count, when stated. */
  total?: Quantity;
  /** The group of figures (row or sentence) the model is stated in. */
  group: string;
}

/** A size within this factor of another is the same model written differently ("12B" and "11,846,072,320"). */
const SAME_SIZE = 0.15;
/** An active count and a total on list items this close describe one MoE model ("- Total: 1.1T", "- Active: 32B"). */
const MOE_PAIR_LINES = 3;

/** Which model a figure describes: its table row's model name, else its row or sentence, else its line. */
export function groupOf(quantity: Quantity): string {
  const row = quantity.table !== undefined ? rowModelKey(quantity.rowLabel) : null;
  if (row) return `row:${row}`;
  return quantity.statement !== undefined ? `statement:${quantity.statement}` : `line:${quantity.position.line}`;
}

interface Candidate {
  n: Quantity;
  /** What the model's size is compared by: the total for MoE models. */
  size: number;
  active: boolean;
  total?: Quantity;
  group: string;
}

/**
 * N of the largest model described: the size the title names when the card is about one model; else the
 * largest model by total size, with a mixture-of-experts model's active count as N.
 */
export function modelSize(facts: CardFacts, quantities: Quantity[]): ModelSize | null {
  const candidates = modelCandidates(quantities);
  const titled = titleSize(facts);
  const matching =
    titled === null
      ? []
      : candidates.filter((candidate) => sameSize(candidate.n.value, titled) || sameSize(candidate.size, titled));
  const pool = matching.length ? matching : candidates;
  const best = pool.reduce<Candidate | null>(
    (top, candidate) => (!top || candidate.size > top.size ? candidate : top),
    null,
  );
  if (!best) return null;
  return { quantity: best.n, active: best.active, group: best.group, ...(best.total ? { total: best.total } : {}) };
}

function modelCandidates(quantities: Quantity[]): Candidate[] {
  const parameters = quantities.filter((quantity) => quantity.kind === 'parameters');
  const actives = quantities.filter((quantity) => quantity.kind === 'activeParameters');
  const totals = new Set<Quantity>();
  const candidates: Candidate[] = [];
  for (const active of actives) {
    const group = groupOf(active);
    const larger = (quantity: Quantity): boolean => quantity.value > active.value;
    const inGroup = parameters.filter((quantity) => groupOf(quantity) === group && larger(quantity));
    const nearby = parameters.filter(
      (quantity) =>
        larger(quantity) &&
        !totals.has(quantity) &&
        Math.abs(quantity.position.line - active.position.line) <= MOE_PAIR_LINES,
    );
    const total = largest(inGroup.length ? inGroup : nearby);
    if (total) totals.add(total);
    for (const quantity of inGroup) totals.add(quantity);
    candidates.push({ n: active, size: total?.value ?? active.value, active: true, total, group });
  }
  const moeTotals = [...totals];
  for (const quantity of parameters) {
    if (totals.has(quantity) || moeTotals.some((total) => sameSize(total.value, quantity.value))) continue;
    if (actives.some((active) => sameSize(active.value, quantity.value))) continue;
    candidates.push({ n: quantity, size: quantity.value, active: false, group: groupOf(quantity) });
  }
  return candidates;
}

/**
 * The model's own figure of a kind: stated with the model (same row or sentence); else one no other
 * model's figures claim (a sentence or row without a size); null when every such figure is another
 * model's.
 */
export function figureOfModel(
  model: ModelSize,
  quantities: Quantity[],
  kind: Quantity['kind'],
): { quantity: Quantity; sameGroup: boolean } | null {
  const ofKind = quantities.filter((quantity) => quantity.kind === kind && quantity.value > 0);
  const statement = model.quantity.statement;
  const spans = (quantity: Quantity): boolean =>
    statement !== undefined &&
    quantity.statement !== undefined &&
    !!quantity.rowsSpanned &&
    statement >= quantity.statement &&
    statement < quantity.statement + quantity.rowsSpanned;
  // The model may be named more than once ("# RWKV 430M", "checkpoint RWKV-430M: trained for 326B tokens").
  const sizes = quantities.filter((quantity) => quantity.kind === 'parameters' || quantity.kind === 'activeParameters');
  // An MoE model is known by its total: family members share one active count (Llama 4's 17B).
  const ownSizes = [model.total?.value ?? model.quantity.value];
  const ownGroups = new Set([
    model.group,
    ...sizes.filter((quantity) => ownSizes.some((value) => sameSize(value, quantity.value))).map(groupOf),
  ]);
  const same = largest(ofKind.filter((quantity) => ownGroups.has(groupOf(quantity)) || spans(quantity)));
  if (same) return { quantity: same, sameGroup: true };
  const sized = new Set(sizes.map(groupOf));
  const unclaimed = largest(ofKind.filter((quantity) => !sized.has(groupOf(quantity))));
  return unclaimed ? { quantity: unclaimed, sameGroup: false } : null;
}

/** Groups that state both a size and a figure of `kind`: for a family whose largest model gives no token count. */
export function modelsWith(facts: CardFacts, quantities: Quantity[], kind: Quantity['kind']): ModelSize[] {
  const stating = new Set(quantities.filter((quantity) => quantity.kind === kind).map(groupOf));
  const byGroup = new Map<string, Quantity[]>();
  for (const quantity of quantities) {
    const group = groupOf(quantity);
    if (!stating.has(group)) continue;
    const members = byGroup.get(group);
    if (members) members.push(quantity);
    else byGroup.set(group, [quantity]);
  }
  const sizes: ModelSize[] = [];
  for (const members of byGroup.values()) {
    const size = modelSize(facts, members);
    if (size) sizes.push(size);
  }
  return sizes.sort((a, b) => (b.total?.value ?? b.quantity.value) - (a.total?.value ?? a.quantity.value));
}

export function largest(quantities: Quantity[]): Quantity | undefined {
  let best: Quantity | undefined;
  for (const quantity of quantities) if (quantity.value > 0 && (!best || quantity.value > best.value)) best = quantity;
  return best;
}

export function sameSize(a: number, b: number): boolean {
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

/** The text just before and after a figure on its line. */
export function surroundings(
  facts: CardFacts,
  quantity: Quantity,
  width: number,
): { before: string; after: string } | null {
  const line = lineText(facts, quantity.position.line);
  let index = line.indexOf(quantity.raw, Math.max(0, quantity.position.column - 1));
  if (index < 0) index = line.indexOf(quantity.raw);
  if (index < 0) return null;
  const end = index + quantity.raw.length;
  return { before: line.slice(Math.max(0, index - width), index), after: line.slice(end, end + 2) };
}

/** Lower-case key of a table row's model name, sizes in parentheses dropped ("Llama 4 Maverick (17Bx128E)" → "llama4maverick"). */
export function rowModelKey(label: string | undefined): string | null {
  if (!label) return null;
  const key = nameKey(label.replace(/\([^)]*\)/g, ' '));
  return key.length >= 3 && /\p{L}/u.test(key) ? key : null;
}
