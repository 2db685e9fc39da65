/**
 * Which model this one is derived from, and how (adapter, quantisation, merge, fine-tune): front matter
 * `base_model` / `base_model_relation` first, then prose such as "a fine-tuned version of X".
 */
import type { CardFacts } from '../model/card.js';
import type { Position } from '../model/position.js';
import { bodyText } from './card-text.js';
import { classifyData, RELATIONS, type ClassifyData, type Relation } from './classify-data.js';

export interface Lineage {
  baseModels: { id: string; position: Position }[];
  relation: Relation;
  /** Where the relation came from, for the reasons. */
  relationBasis: string;
  source: 'front-matter' | 'prose';
  /**
   * The card's own code loads a repository of the base model's organisation: a later release by the same
   * provider, which the guidelines treat as the same model rather than a modification.
   */
  sameProvider: boolean;
}

export function readLineage(facts: CardFacts, data: ClassifyData = classifyData()): Lineage | null {
  const baseModels = frontMatterBases(facts);
  const source = baseModels.length ? 'front-matter' : 'prose';
  let proseRelation: Relation | null = null;
  if (!baseModels.length) {
    const found = proseBase(facts, data);
    if (!found) return null;
    baseModels.push({ id: found.id, position: found.position });
    proseRelation = found.relation;
  }
  const [relation, relationBasis] = relationOf(facts, data, baseModels.length, proseRelation);
  // Code that loads the base model itself says nothing about who publishes this card.
  const baseIds = new Set(baseModels.map((base) => base.id.toLowerCase()));
  const ownOrgs = new Set([...ownRepositories(facts, data)].filter((repo) => !baseIds.has(repo)).map((repo) => repo.split('/')[0]));
  const sameProvider =
    relation !== 'adapter' && baseModels.every((base) => base.id.includes('/') && ownOrgs.has(base.id.split('/')[0].toLowerCase()));
  return { baseModels, relation, relationBasis, source, sameProvider };
}

function frontMatterBases(facts: CardFacts): { id: string; position: Position }[] {
  const entry = facts.metadata.get('base_model');
  if (!entry) return [];
  if (typeof entry.value === 'string' && entry.value.trim()) return [{ id: entry.value.trim(), position: entry.position }];
  const bases: { id: string; position: Position }[] = [];
  for (let index = 0; facts.metadata.has(`base_model.${index}`); index++) {
    const item = facts.metadata.get(`base_model.${index}`);
    if (item && typeof item.value === 'string' && item.value.trim()) bases.push({ id: item.value.trim(), position: item.position });
  }
  return bases;
}

function relationOf(facts: CardFacts, data: ClassifyData, bases: number, proseRelation: Relation | null): [Relation, string] {
  const stated = facts.metadata.get('base_model_relation');
  const value = typeof stated?.value === 'string' ? stated.value.trim().toLowerCase() : '';
  if ((RELATIONS as readonly string[]).includes(value)) return [value as Relation, `base_model_relation: ${value} (line ${stated?.position.line})`];
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
  const libraryRelation = typeof library?.value === 'string' ? data.cues.relationLibraries.get(library.value.toLowerCase()) : undefined;
  if (library && libraryRelation) return [libraryRelation, `library_name: ${String(library.value)} (line ${library.position.line})`];
  for (const tag of tags) {
    const relation = data.cues.relationTags.get(tag.value);
    if (relation) return [relation, `tag ${tag.value} (line ${tag.line})`];
  }
  if (proseRelation) return [proseRelation, 'the card\'s wording'];
  if (bases > 1) return ['merge', 'several base models'];
  return ['finetune', 'no base_model_relation: assumed a fine-tune'];
}

/** "fine-tuned version of [org/name](…)", "Base Model: X", "LoRA … base model https://huggingface.co/org/name". */
function proseBase(facts: CardFacts, data: ClassifyData): { id: string; relation: Relation; position: Position } | null {
  const text = bodyText(facts);
  let best: { id: string; relation: Relation; offset: number } | null = null;
  for (const { pattern, relation } of data.cues.derivedFrom) {
    const global = new RegExp(pattern.source, 'gi');
    for (let match = global.exec(text); match; match = global.exec(text)) {
      if (best && match.index >= best.offset) break;
      const id = nameAt(text, match.index + match[0].length, data);
      if (id) {
        best = { id, relation, offset: match.index };
        break;
      }
    }
  }
  return best ? { id: best.id, relation: best.relation, position: facts.positionAt(best.offset) } : null;
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
  else if (bare) name = bare[1];
  name = name?.trim().replace(/^[`*"']+|[`*"'.,;:]+$/g, '');
  if (!name || !/[a-z]/i.test(name) || data.cues.ignoreBaseNames.has(name.toLowerCase())) return null;
  return name;
}

/** Repository ids the card's own code loads (lower-cased "org/name"). */
function ownRepositories(facts: CardFacts, data: ClassifyData): Set<string> {
  const repos = new Set<string>();
  const text = facts.text.slice(facts.bodyStart);
  for (const pattern of data.cues.ownRepo) {
    const global = new RegExp(pattern.source, 'gi');
    for (let match = global.exec(text); match; match = global.exec(text)) repos.add(`${match[1]}/${match[2]}`.toLowerCase());
  }
  return repos;
}
