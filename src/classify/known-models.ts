/**
 * Looks names up in the table of known models (rules/data/known-models.yaml), and finds the models a card
 * names where a reviewer looks first: its title, its model-index name, the repositories its code loads,
 * its tags.
 */
import type { CardFacts } from '../model/card.js';
import type { Position } from '../model/position.js';
import { classifyData, type ClassifyData, type KnownModel } from './classify-data.js';
import { formatNumber as fmt, GPAI_FLOP } from './thresholds.js';

export interface KnownMatch {
  model: KnownModel;
  /** The normalised name the entry matched, and whether the name is the known model's own. */
  name: string;
  exact: boolean;
}

export interface NamedModel extends KnownMatch {
  /** Where the card names it: "the title", "tag …", "the code (from_pretrained …)". */
  where: string;
  position: Position;
}

/** Lower case, spaces and underscores as "-", decoration trimmed: "🚀 Falcon 7B" → "falcon-7b". */
export function normaliseName(name: string): string {
  return name
    .toLowerCase()
    .replace(/[\s_]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, '')
    .replace(/-(?:model-card|model|checkpoint|weights)$/, '');
}

const isWordChar = (char: string | undefined): boolean => char !== undefined && /[a-z0-9]/.test(char);

interface NameIndex {
  byName: Map<string, KnownModel>;
  /** The length of the longest name in `byName`: no longer part of a name can be one. */
  longest: number;
  families: KnownModel[];
  memo: Map<string, KnownMatch | null>;
}
const indexes = new WeakMap<KnownModel[], NameIndex>();
/** Tags and base ids repeat across cards: look each name up once (bounded). */
const MEMO_LIMIT = 20_000;

function indexOf(models: KnownModel[]): NameIndex {
  let index = indexes.get(models);
  if (!index) {
    const byName = new Map<string, KnownModel>();
    for (const model of models) for (const name of model.names) if (!byName.has(name)) byName.set(name, model);
    const longest = Math.max(0, ...[...byName.keys()].map((name) => name.length));
    index = { byName, longest, families: models.filter((model) => model.match), memo: new Map() };
    indexes.set(models, index);
  }
  return index;
}

/**
 * The known model a name refers to: the longest model-row name that stands whole in it (not followed by
 * another size or version: "bloom" is not "bloom-1b1"), else the longest family match.
 */
export function findKnownModel(rawName: string, data: ClassifyData = classifyData()): KnownMatch | null {
  const name = normaliseName(rawName);
  if (!name) return null;
  const index = indexOf(data.knownModels);
  const memoised = index.memo.get(name);
  if (memoised !== undefined) return memoised;
  const found = lookUp(name, index);
  if (index.memo.size < MEMO_LIMIT) index.memo.set(name, found);
  return found;
}

function lookUp(name: string, index: NameIndex): KnownMatch | null {
  const starts = [0];
  const ends: number[] = [];
  for (let at = 0; at < name.length; at++) {
    if (!isWordChar(name[at])) {
      ends.push(at);
      starts.push(at + 1);
    }
  }
  ends.push(name.length);
  // The longest name wins, the first one (from the left) of that length: from each start, the
  // longest candidate first, and only those longer than the best so far.
  let best: KnownMatch | null = null;
  for (const start of starts) {
    for (let e = ends.length - 1; e >= 0; e--) {
      const end = ends[e];
      if (end <= start || (best && end - start <= best.name.length)) break;
      if (end - start > index.longest) continue;
      const candidate = name.slice(start, end);
      const model = index.byName.get(candidate);
      if (model && !/^[-.]\d/.test(name.slice(end))) {
        best = {
          model,
          name: candidate,
          exact: start === 0 ? end === name.length : name[start - 1] === '/' && end === name.length,
        };
        break;
      }
    }
  }
  if (best) return best;
  for (const model of index.families) {
    const found = model.match?.exec(name);
    const text = found?.[0].replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, '') ?? '';
    if (found && (!best || text.length > best.name.length)) best = { model, name: text, exact: false };
  }
  return best;
}

/** How far into an untitled card its model's name is counted. */
const OPENING_TEXT = 20_000;
/** A name written like a model's: a word with a version or size ("Phi-4", "`phi-4`", "Llama 3.1 8B"). */
const MODEL_NAME =
  /\b[a-z]{2,21}(?:[- ]?\d+(?:\.\d+)?)(?:[- ](?:\d+(?:\.\d+)?[bmk]|v\d+|mini|small|medium|large|base|instruct|chat))*\b/gi;
/** An untitled card's model is the known model it names clearly most: at least this often, and more than any other. */
const MIN_MENTIONS = 3;

/** The known model an untitled text names most, by its full name as written, when one clearly leads. */
function mostNamedModel(text: string, data: ClassifyData): { name: string; count: number; at: number } | null {
  const counts = new Map<KnownModel, { name: string; count: number; at: number }>();
  for (const match of text.matchAll(MODEL_NAME)) {
    const known = findKnownModel(match[0], data);
    if (!known?.exact) continue;
    const entry = counts.get(known.model);
    if (entry) entry.count++;
    else counts.set(known.model, { name: match[0], count: 1, at: match.index });
  }
  const ranked = [...counts.values()].sort((a, b) => b.count - a.count);
  const [first, second] = ranked;
  return first && first.count >= MIN_MENTIONS && (!second || first.count >= 2 * second.count) ? first : null;
}

/** Models the card names, most telling first: title, model-index name, code-loaded repositories, tags. */
export function namedModels(facts: CardFacts, data: ClassifyData = classifyData()): NamedModel[] {
  const found: NamedModel[] = [];
  const consider = (name: string, where: string, position: Position): void => {
    const match = findKnownModel(name, data);
    if (match) found.push({ ...match, where, position });
  };
  const title = facts.sections.find((section) => section.depth > 0);
  if (title) consider(title.title, 'the title', title.position);
  const indexName = facts.metadata.get('model-index.0.name');
  if (typeof indexName?.value === 'string') consider(indexName.value, 'model-index name', indexName.position);
  // The card's code loads its own repository ("UmUDev/DialoGPT-medium-Alex"): its name is the model's.
  const code = facts.text.slice(facts.bodyStart, facts.bodyStart + 20_000);
  for (const pattern of data.cues.ownRepo) {
    const match = pattern.exec(code);
    if (match)
      consider(
        `${match[1]}/${match[2]}`,
        `the code (from_pretrained "${match[1]}/${match[2]}")`,
        facts.positionAt(facts.bodyStart + match.index),
      );
  }
  // A card without a title of its own ("## Intended Use" first) names its model in its sentences.
  if (found.length === 0 && !facts.sections.some((section) => section.depth === 1)) {
    const named = mostNamedModel(facts.text.slice(facts.bodyStart, facts.bodyStart + OPENING_TEXT), data);
    if (named)
      consider(
        named.name,
        `the card's text (named ${named.count} times)`,
        facts.positionAt(facts.bodyStart + named.at),
      );
  }
  for (let index = 0; facts.metadata.has(`tags.${index}`); index++) {
    const tag = facts.metadata.get(`tags.${index}`);
    if (typeof tag?.value === 'string' && !tag.value.includes(':'))
      consider(tag.value, `tag ${tag.value}`, tag.position);
  }
  return found;
}

/** Why the known model is or is not GPAI, in one clause, with its source. */
export function describeKnownModel(model: KnownModel): string {
  const source = model.source.split(' | ')[0];
  if (model.why) return `${model.name}: ${model.why} (${source})`;
  const size = model.parameters ? `${fmt(model.parameters)} parameters` : 'size not published';
  let verdict: string;
  if (model.generates === 'none') verdict = 'generates no content (an encoder, classifier or recogniser)';
  else if (model.trainingCompute !== undefined)
    verdict = `trained with ${fmt(model.trainingCompute)} FLOP ${model.trainingCompute > GPAI_FLOP ? '> 1e23' : '≤ 1e23'}`;
  else if (model.gpai === 'no') verdict = 'too small to reach 1e23 FLOP on any published training budget';
  else verdict = 'no published training compute';
  return `${model.name} (${size}): ${verdict} (${source})`;
}
