/**
 * Which of a card's figures describe its own model, and which figures belong to one model. Whose
 * statement a figure is was decided in facts (`Quantity.subject`): here figures about other models,
 * models in general and hypotheticals are left out, and the rest are grouped by the sentence or table
 * row that states them, so a model's parameters are paired with its own token count.
 */
import { assignFigureSubjects, shippedSubjectCues } from '../facts/subject/index.js';
import type { CardFacts, Quantity, QuantityKind } from '../model/card.js';
import { AI_ACT_KEY } from './ai-act-block.js';
import type { ClassifyData } from './classify-data.js';

export { surroundings } from './figure-groups.js';
export { modelSize, type ModelSize } from './figure-groups.js';

export interface OwnFigures {
  /** Parameters, tokens and hardware figures taken as the card's own (a kind falls back to figures in comparison sections when none is left). */
  quantities: Quantity[];
  /** Stated training-compute figures of the card's own model. */
  stated: Quantity[];
}

/** Below this a "FLOPs" figure is a per-token or per-image cost, not a training run. */
const MIN_TRAINING_FLOP = 1e17;
const SIZE_KINDS: QuantityKind[] = [
  'parameters',
  'activeParameters',
  'trainingTokens',
  'gpuHours',
  'gpuCount',
  'trainingDays',
];

/** "(Shen et al., 2024b)": a citation year, not "2024 billion". */
const CITATION_YEAR = /^(?:19|20)\d\d\s?[a-z]$/i;

const cache = new WeakMap<CardFacts, { data: ClassifyData; figures: OwnFigures }>();

/** The card's own figures; computed once per card (the tier decision asks more than once). */
export function ownFigures(facts: CardFacts, data: ClassifyData): OwnFigures {
  const cached = cache.get(facts);
  if (cached && cached.data === data) return cached.figures;
  const figures = readOwnFigures(facts);
  cache.set(facts, { data, figures });
  return figures;
}

function readOwnFigures(facts: CardFacts): OwnFigures {
  // Facts built elsewhere (a test, an API caller) may come without subjects: decide them the one way.
  if (facts.quantities.some((quantity) => quantity.subject === undefined))
    assignFigureSubjects(facts, shippedSubjectCues());
  const all = outsideAiActBlock(facts).filter(
    (quantity) => !CITATION_YEAR.test(quantity.raw.trim()) && quantity.subject === 'this-model',
  );
  const own = all.filter((quantity) => quantity.subjectBasis !== 'section');
  // A figure in an evaluation or risk section may still be the model's own when nothing else is given;
  // one that a comparison, another model's table row or a comparison section states never is.
  const inOtherSections = all.filter((quantity) => quantity.subjectBasis === 'section');
  const quantities = SIZE_KINDS.flatMap((kind) => {
    const mine = own.filter((quantity) => quantity.kind === kind);
    return mine.length ? mine : inOtherSections.filter((quantity) => quantity.kind === kind);
  });
  const statedFigures = own.filter(
    (quantity) => quantity.kind === 'trainingCompute' && quantity.value >= MIN_TRAINING_FLOP,
  );
  const named = statedFigures.filter((quantity) => quantity.subjectBasis === 'named');
  return { quantities, stated: named.length ? named : statedFigures };
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

/** The figures left out because they are not this model's, for the report: "10^25 FLOP (line 9): models in general". */
export function setAside(facts: CardFacts): Quantity[] {
  return facts.quantities.filter(
    (quantity) =>
      (quantity.subject === 'models-in-general' || quantity.subject === 'hypothetical') &&
      (quantity.kind === 'trainingCompute' || quantity.kind === 'parameters' || quantity.kind === 'trainingTokens'),
  );
}
