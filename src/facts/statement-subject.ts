/**
 * Whose statement a sentence is, for duty evidence: the card's own model, or another model
 * ("Llama 2 70B scores 68.9 on MMLU", "The base model was released in 2023", "For comparison, GPT-3
 * required …"). A sentence is another model's when it is about a named model that is not the card's
 * own (that name opens it, or it compares) and nothing in it speaks of the card's model. Cue lists
 * are data (rules/vocabulary/statement-subject.yaml); the card's own names come from its title,
 * front-matter names, tags and base models (or, without a title, its opening lines), so a card about
 * Llama 3 keeps its sentences about Llama 3.
 */
import type { CardFacts } from '../model/card.js';
import { nameKey, ownModelKey } from './text-views.js';

export type StatementSubject = 'this-model' | 'other-model';

export interface SubjectCues {
  /** Well-known model names, one alternation (a version may follow). */
  models: RegExp;
  otherModel: RegExp;
  comparison: RegExp;
  ownModel: RegExp;
}

export interface OwnNames {
  /** Name keys (letters and digits, lower case) of the card's own model: its title, front-matter names. */
  keys: string[];
  /** Family keys ("llama", "qwen") named in the title, front-matter names or opening lines. */
  families: Set<string>;
}

/** A family named this often, more than any other, is what the card is about. */
const DOMINANT_MENTIONS = 3;
const OPENING_CHARS = 600;
const DECORATION = /[*_`>#]+/g;
const LIST_MARKER = /^\s*(?:[-*+•]|\d{1,3}[.)])\s+/;
const LEAD_LABEL = /^[^:.!?\n]{1,60}?:\s*/;

export function compileSubjectCues(raw: { models: string[]; otherModel: string; comparison: string; ownModel: string }): SubjectCues {
  const names = [...raw.models].sort((a, b) => b.length - a.length).map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[ -]/g, '[ -]?'));
  return {
    models: new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${names.join('|')})(?:[ -]?v?\d[\w.]*)?(?![\p{L}])`, 'giu'),
    otherModel: new RegExp(raw.otherModel, 'iu'),
    comparison: new RegExp(raw.comparison, 'iu'),
    ownModel: new RegExp(raw.ownModel, 'iu'),
  };
}

/** The model names of a text with their family key ("Llama-2-70B" → "llama"). */
function modelMentions(text: string, cues: SubjectCues): { index: number; key: string; family: string }[] {
  const found: { index: number; key: string; family: string }[] = [];
  cues.models.lastIndex = 0;
  for (let match = cues.models.exec(text); match; match = cues.models.exec(text)) {
    const key = nameKey(match[0]);
    found.push({ index: match.index, key, family: key.replace(/v?\d.*$/, '') || key });
  }
  return found;
}

/** Title words that name no model. */
const GENERIC_TITLE_WORDS = new Set(['model', 'models', 'the', 'introducing', 'overview', 'about', 'card', 'readme', 'official', 'our', 'this', 'welcome']);

const owners = new WeakMap<object, OwnNames>();

/** The card's own names, read once per card. */
export function ownNames(facts: Pick<CardFacts, 'sections' | 'metadata' | 'text' | 'bodyStart'>, cues: SubjectCues): OwnNames {
  let names = owners.get(facts);
  if (names) return names;
  const keys: string[] = [];
  const sources: string[] = [];
  const title = facts.sections.find((section) => section.depth === 1)?.title;
  const titleKey = ownModelKey(facts.sections);
  if (titleKey) keys.push(titleKey);
  // "DBRX Base", "Aurel-3": the title's first word names the model in its sentences ("DBRX uses …").
  const firstWord = nameKey(/[\p{L}][\p{L}\p{N}]*/u.exec(title?.replace(/^\s*model\s*card\s*(?:for|of|:|-|–)?\s*/i, '') ?? '')?.[0] ?? '');
  if (firstWord.length >= 3 && !GENERIC_TITLE_WORDS.has(firstWord)) keys.push(firstWord);
  if (title) sources.push(title);
  for (const field of ['model_name', 'model-index.0.name']) {
    const value = facts.metadata.get(field)?.value;
    if (typeof value === 'string' && value.trim()) {
      keys.push(nameKey(value.split('/').pop()!));
      sources.push(value);
    }
  }
  // Tags and base models too: a quantised or fine-tuned copy describes its base in its own words.
  for (const [key, entry] of facts.metadata) {
    if (/^(?:tags|base_model)(?:\.\d+)?$/.test(key) && typeof entry.value === 'string') sources.push(entry.value);
  }
  // A card without a title or name says what it is about in its opening lines.
  if (keys.length === 0) sources.push(facts.text.slice(facts.bodyStart, facts.bodyStart + OPENING_CHARS));
  const families = new Set<string>();
  for (const source of sources) for (const mention of modelMentions(source, cues)) families.add(mention.family);
  const dominant = dominantFamily(facts.text.slice(facts.bodyStart), cues);
  if (dominant) families.add(dominant);
  names = { keys: keys.filter((key) => key.length >= 3), families };
  owners.set(facts, names);
  return names;
}

/** The family a card names most often ("Llama 2" throughout a card headed "Model Details"), if any. */
function dominantFamily(body: string, cues: SubjectCues): string | null {
  const counts = new Map<string, number>();
  for (const mention of modelMentions(body, cues)) counts.set(mention.family, (counts.get(mention.family) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  if (!ranked.length || ranked[0][1] < DOMINANT_MENTIONS || ranked[0][1] === ranked[1]?.[1]) return null;
  return ranked[0][0];
}

/** Whose statement one sentence, list item or cell is. */
export function subjectOf(statement: string, own: OwnNames, cues: SubjectCues): StatementSubject {
  const text = statement.replace(DECORATION, ' ').replace(LIST_MARKER, '').replace(LEAD_LABEL, '').replace(/\s+/g, ' ').trim();
  if (cues.ownModel.test(text)) return 'this-model';
  const key = nameKey(text);
  if (own.keys.some((name) => key.includes(name))) return 'this-model';
  if (cues.otherModel.test(text)) return 'other-model';
  const others = modelMentions(text, cues).filter((mention) => !own.families.has(mention.family) && !own.keys.some((name) => name.includes(mention.key)));
  if (others.length === 0) return 'this-model';
  if (cues.comparison.test(text)) return 'other-model';
  // The other model must be what the sentence is about: named before its first verb, with a verb
  // after it ("Llama 2 70B scores 68.9"), not a value ("Network architecture: Mistral-NeMo") nor an
  // object ("Fine-tuned on pairs generated with GPT-3.5").
  VERB.lastIndex = 0;
  const firstVerb = VERB.exec(text);
  if (!firstVerb) return 'this-model';
  return others.some((mention) => mention.index < firstVerb.index) ? 'other-model' : 'this-model';
}

const VERB =
  /\b(?:is|are|was|were|has|have|had|can|could|will|would|does|did|may|might|should|must|scores?|reach(?:es)?|achieves?|requires?|describes?|adds?|uses?|comes?|came|outperforms?|performs?|obtains?|gets?|got|takes?|took|supports?|emits?|consumes?|contains?|includes?|offers?|provides?|runs?|[a-z]{3,}ed)\b/gi;
