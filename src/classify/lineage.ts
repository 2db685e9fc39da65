/**
 * Which model this one is derived from, and how (adapter, quantisation, merge, fine-tune): front matter
 * `base_model` / `base_model_relation` first, then prose such as "a fine-tuned version of X".
 */
import type { CardFacts } from '../model/card.js';
import type { Position } from '../model/position.js';
import { joinedBodyText } from './card-text.js';
import { classifyData, RELATIONS, type ClassifyData, type Relation } from './classify-data.js';
import { findKnownModel, normaliseName, type KnownMatch } from './known-models.js';
import { mayMatch } from '../facts/required-literals.js';
import { cardSubjectCues, ownNames, statementAround, subjectOf } from '../facts/subject/index.js';
import { nameKey } from '../facts/text-views.js';

export interface BaseModel {
  id: string;
  position: Position;
  /** The base in rules/data/known-models.yaml, when it is listed there. */
  known: KnownMatch | null;
}

export interface Lineage {
  baseModels: BaseModel[];
  relation: Relation;
  /** Where the relation came from, for the reasons. */
  relationBasis: string;
  source: 'front-matter' | 'prose' | 'title';
  /**
   * The card's own code loads a repository of the base model's organisation: a later release by the same
   * provider, which the guidelines treat as the same model rather than a modification.
   */
  sameProvider: boolean;
}

export function readLineage(facts: CardFacts, data: ClassifyData = classifyData()): Lineage | null {
  const baseModels: BaseModel[] = frontMatterBases(facts).map((base) => ({
    ...base,
    known: findKnownModel(base.id, data),
  }));
  const source: Lineage['source'] = baseModels.length ? 'front-matter' : 'prose';
  let proseRelation: Relation | null = baseModels.length ? (proseBase(facts, data)?.relation ?? null) : null;
  if (!baseModels.length) {
    const found = proseBase(facts, data);
    const copy = found ? null : copyOfUnnamed(facts, data);
    if (copy) return copy;
    if (!found) return null;
    baseModels.push({ id: found.id, position: found.position, known: findKnownModel(found.id, data) });
    proseRelation = found.relation;
  }
  const [relation, relationBasis] = relationOf(facts, data, baseModels.length, proseRelation);
  // Code that loads the base model itself says nothing about who publishes this card.
  const baseIds = new Set(baseModels.map((base) => base.id.toLowerCase()));
  const ownOrgs = new Set(
    [...ownRepositories(facts, data)].filter((repo) => !baseIds.has(repo)).map((repo) => repo.split('/')[0]),
  );
  // A copy or an adapter stays a copy whoever makes it; only further training can be the same model's later
  // development. Code that loads repositories of several organisations (its own and a pipeline's) does not tell.
  const sameProvider =
    relation === 'finetune' &&
    ownOrgs.size === 1 &&
    baseModels.every((base) => base.id.includes('/') && ownOrgs.has(base.id.split('/')[0].toLowerCase()));
  return { baseModels, relation, relationBasis, source, sameProvider };
}

function frontMatterBases(facts: CardFacts): { id: string; position: Position }[] {
  const entry = facts.metadata.get('base_model');
  if (!entry) return [];
  if (typeof entry.value === 'string' && entry.value.trim())
    return [{ id: entry.value.trim(), position: entry.position }];
  const bases: { id: string; position: Position }[] = [];
  for (let index = 0; facts.metadata.has(`base_model.${index}`); index++) {
    const item = facts.metadata.get(`base_model.${index}`);
    if (item && typeof item.value === 'string' && item.value.trim())
      bases.push({ id: item.value.trim(), position: item.position });
  }
  return bases;
}

function relationOf(
  facts: CardFacts,
  data: ClassifyData,
  bases: number,
  proseRelation: Relation | null,
): [Relation, string] {
  const stated = facts.metadata.get('base_model_relation');
  const value = typeof stated?.value === 'string' ? stated.value.trim().toLowerCase() : '';
  if ((RELATIONS as readonly string[]).includes(value))
    return [value as Relation, `base_model_relation: ${value} (line ${stated?.position.line})`];
  const tags: { value: string; line: number }[] = [];
  for (let index = 0; facts.metadata.has(`tags.${index}`); index++) {
    const tag = facts.metadata.get(`tags.${index}`);
    if (typeof tag?.value === 'string') tags.push({ value: tag.value.toLowerCase(), line: tag.position.line });
  }
  for (const tag of tags) {
    const hub = /^base_model:(adapter|quantized|merge|finetune):/.exec(tag.value);
    if (hub) return [hub[1] as Relation, `tag ${tag.value} (line ${tag.line})`];
  }
  const library = facts.metadata.get('library_name');
  const libraryRelation =
    typeof library?.value === 'string' ? data.cues.relationLibraries.get(library.value.toLowerCase()) : undefined;
  if (library && libraryRelation)
    return [libraryRelation, `library_name: ${String(library.value)} (line ${library.position.line})`];
  for (const tag of tags) {
    const relation = data.cues.relationTags.get(tag.value);
    if (relation) return [relation, `tag ${tag.value} (line ${tag.line})`];
  }
  const marked = copyMarker(facts, data);
  if (marked) return [marked.relation, marked.basis];
  if (proseRelation) return [proseRelation, "the card's wording"];
  if (bases > 1) return ['merge', 'several base models'];
  return ['finetune', 'no base_model_relation: assumed a fine-tune'];
}

/** "fine-tuned version of [org/name](…)", "Base Model: X", "LoRA … base model https://huggingface.co/org/name". */
function proseBase(
  facts: CardFacts,
  data: ClassifyData,
): { id: string; relation: Relation; position: Position } | null {
  const text = joinedBodyText(facts);
  const lowered = text.toLowerCase();
  let best: { id: string; relation: Relation; offset: number } | null = null;
  for (const { pattern, relation, baseMustBe } of data.cues.derivedFrom) {
    // Most cards use none of the phrases: a substring test of their words rules a phrase out before its scan.
    if (!mayMatch(pattern, lowered)) continue;
    const global = new RegExp(pattern.source, 'gi');
    for (let match = global.exec(text); match; match = global.exec(text)) {
      if (best && match.index >= best.offset) break;
      const id = nameAt(text, match.index + match[0].length, data);
      const before = text.slice(Math.max(0, match.index - 80), match.index);
      if (
        id &&
        (ABOUT_THE_CARD.test(before) || !acceptable(id, baseMustBe, text.slice(match.index + match[0].length), data))
      )
        continue;
      if (id && notThisCardsBase(text, match.index, id, facts)) continue;
      if (id) {
        best = { id, relation, offset: match.index };
        break;
      }
    }
  }
  return best ? { id: best.id, relation: best.relation, position: facts.positionAt(best.offset) } : null;
}

/**
 * A derivation that is not this card's: stated of another model ("SD-unCLIP 2.1 is a finetuned version of
 * Stable Diffusion 2.1" on the Stable Diffusion 2 card), or naming the card's own model by its full name.
 */
function notThisCardsBase(text: string, offset: number, id: string, facts: CardFacts): boolean {
  const cues = cardSubjectCues(facts);
  const own = ownNames(facts, cues);
  if ((own.exact ?? []).includes(nameKey(id))) return true;
  const statement = statementAround(text, offset);
  const before = statement.text.slice(0, statement.at).trim();
  return before !== '' && subjectOf(before, own, cues) === 'other-model';
}

/** After a name, words that make it an architecture or a paper rather than the model trained on. */
const ARCHITECTURE_WORD =
  /^[\s\])`*'"]*(?:architecture|paper|design|approach|recipe|tokeni[sz]er|style|-style|-like|family of)/i;

/**
 * Whether a name after a derivation phrase is a model: a plain word ("finetuned version of Stable
 * Diffusion 2.1" reads "Stable") only when it is a known model; an architecture or paper never.
 */
function acceptable(id: string, condition: 'any' | 'named' | 'not-gpai', after: string, data: ClassifyData): boolean {
  const known = findKnownModel(id, data);
  const at = after.indexOf(id);
  if (at >= 0 && ARCHITECTURE_WORD.test(after.slice(at + id.length, at + id.length + 40))) return false;
  if (condition === 'not-gpai') return known?.model.gpai === 'no';
  if (condition === 'named') return id.includes('/') || known !== null;
  return /[\d/_-]/.test(id) || known !== null;
}

/** "This model card … is based on the X model card": the card's text derives, not the model. */
const ABOUT_THE_CARD = /\b(?:model card|this card|card was written|documentation|template)\b[^.\n]*$/i;

/** A title or tag word that makes the card a quantised or converted copy ("… GPTQ", tag gguf). */
function copyMarker(
  facts: CardFacts,
  data: ClassifyData,
): { relation: Relation; basis: string; position: Position } | null {
  const title = facts.sections.find((section) => section.depth > 0);
  for (const [relation, pattern] of [
    ['quantized', data.cues.copyMarkers],
    ['adapter', data.cues.adapterMarkers],
  ] as const) {
    const titleMatch = title ? pattern.exec(normaliseTitle(title.title)) : null;
    if (title && titleMatch) {
      return {
        relation,
        basis: `the title says "${titleMatch[0].replace(/^[^a-z0-9]+|[^a-z0-9]+$/gi, '')}" (line ${title.position.line})`,
        position: title.position,
      };
    }
  }
  for (let index = 0; facts.metadata.has(`tags.${index}`); index++) {
    const tag = facts.metadata.get(`tags.${index}`);
    if (typeof tag?.value === 'string' && data.cues.copyMarkers.exec(tag.value.toLowerCase())) {
      return { relation: 'quantized', basis: `tag ${tag.value} (line ${tag.position.line})`, position: tag.position };
    }
  }
  return null;
}

function normaliseTitle(title: string): string {
  return title.toLowerCase().replace(/[\s_]+/g, '-');
}

/** A quantised or converted copy whose card names no base in front matter or prose: the title names it, or nothing does. */
function copyOfUnnamed(facts: CardFacts, data: ClassifyData): Lineage | null {
  const marked = copyMarker(facts, data);
  if (!marked) return null;
  const title = facts.sections.find((section) => section.depth > 0);
  const known = title ? findKnownModel(title.title, data) : null;
  const base: BaseModel = known
    ? { id: known.model.name, position: title?.position ?? marked.position, known }
    : { id: 'a model the card does not name', position: marked.position, known: null };
  return {
    baseModels: [base],
    relation: marked.relation,
    relationBasis: marked.basis,
    source: 'title',
    sameProvider: false,
  };
}

/** The model named at `offset`: a Markdown link (its Hub URL wins), a Hub URL, or a bare name. */
function nameAt(text: string, offset: number, data: ClassifyData): string | null {
  const rest = text.slice(offset, offset + 300);
  const link = /^\[([^\]\n]{1,120})\]\(([^)\s]+)\)/.exec(rest);
  const url = /^<?https?:\/\/(?:www\.)?huggingface\.co\/([\w.-]+\/[\w.-]+)/.exec(rest);
  const bare = /^[`*"']?([\w][\w.:/-]{1,120}[\w])/.exec(rest);
  let name: string | undefined;
  if (link) name = /huggingface\.co\/([\w.-]+\/[\w.-]+)/.exec(link[2])?.[1] ?? link[1];
  else if (url) name = url[1];
  else if (bare) name = knownNameFrom(rest, data) ?? bare[1];
  name = name?.trim().replace(/^[`*"']+|[`*"'.,;:]+$/g, '');
  if (!name || !/[a-z]/i.test(name) || data.cues.ignoreBaseNames.has(name.toLowerCase())) return null;
  return name;
}

/** Up to this many words make a bare name ("Llama 2 13B Chat"). */
const NAME_WORDS = 4;

/** The longest run of words at the start of `rest` that is a known model's own name ("LLaMA 7B"), if any. */
function knownNameFrom(rest: string, data: ClassifyData): string | null {
  const words = /^[`*"']?([\w][\w.-]*(?: [\w][\w.-]*){0,3})/.exec(rest)?.[1].split(' ') ?? [];
  for (let count = Math.min(words.length, NAME_WORDS); count > 1; count--) {
    const candidate = words
      .slice(0, count)
      .join(' ')
      .replace(/[.,;:]+$/, '');
    const known = findKnownModel(candidate, data);
    if (known && (known.exact || known.name === normaliseName(candidate))) return candidate;
  }
  return null;
}

/** Repository ids the card's own code loads (lower-cased "org/name"). */
function ownRepositories(facts: CardFacts, data: ClassifyData): Set<string> {
  const repos = new Set<string>();
  const text = facts.text.slice(facts.bodyStart);
  for (const pattern of data.cues.ownRepo) {
    const global = new RegExp(pattern.source, 'gi');
    for (let match = global.exec(text); match; match = global.exec(text))
      repos.add(`${match[1]}/${match[2]}`.toLowerCase());
  }
  return repos;
}
