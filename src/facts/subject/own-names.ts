/**
 * The names of the card's own model, read once per card: its title, front-matter names, tags and base
 * models (or, without a title, its opening lines), and the family it names most. A card about Llama 3
 * keeps its sentences about Llama 3; a quantised copy describes its base in its own words.
 */
import type { CardFacts } from '../../model/card.js';
import { nameKey, ownModelKey } from '../text-views.js';
import type { SubjectCues } from './cues.js';

export interface OwnNames {
  /** Name keys (letters and digits, lower case) of the card's own model: its title, front-matter names, the title's first word. */
  keys: string[];
  /**
   * The full names among them (title, front-matter names): a table row or line that names one states the
   * model's own figures; "OLMo" alone also names "OLMo-Mix", a dataset.
   */
  exact?: string[];
  /** Family keys ("llama", "qwen") named in the title, front-matter names or opening lines. */
  families: Set<string>;
  /** The one size the title names ("Falcon-7B" → 7e9): a family member of another size is another model. */
  size?: number | null;
  /** Name keys of the organisations that make the card's model ("meta" on a Llama card, or "Developed by: Microsoft"). */
  organisations?: Set<string>;
  /**
   * Name keys of the models the card declares as its base (`base_model`): a copy's title often repeats
   * its base's name ("Nemotron-4-340B-Instruct-FP8"), and a sentence about the base is not about the copy.
   */
  bases?: string[];
  /**
   * Name keys of models the card introduces as what it was made from ("a distilled version of Lumen-Omni",
   * "builds on Lumen-2"): a later clause with that name as its subject ("Lumen-Omni accepts …") is that model's.
   */
  introduced?: string[];
  /**
   * Name keys of companion artefacts the card releases beside its model ("the AurelMix corpus", "AurelBench, the
   * benchmark we release with this model", "the Aurel-RM-3 reward model"): a clause about one is that artefact's.
   */
  artefacts?: string[];
  /**
   * Whether the card's text, its title aside, names its model by a full name: a card that speaks of "Aurel-3" and
   * then of "Tessa-2" speaks of two models; a card that names none may be calling its own model so.
   */
  namedInText?: boolean;
  /** The title's name word and version ("Nimbus-4" → nimbus, 4): the same name with another version is a sibling model. */
  version?: { name: string; version: string } | null;
  /**
   * The title's name before any tier word, and its tier ("Aurel-3" → aurel3, none; "Phi-3-mini" → phi3, mini):
   * the same name with another tier ("Aurel-3-Max") is a sibling model.
   */
  tier?: { stem: string; tier: string | null } | null;
}

/** A size that differs by more than this is another model of the family ("Falcon-180B" on the Falcon-7B card). */
const SAME_SIZE = 0.15;

/** The one model size a name states ("OLMo 2 13B" → 13e9); null for none or "8x7B". */
export function sizeInName(name: string): number | null {
  if (/\d\s*x\s*\d/i.test(name)) return null;
  const match = /(?:^|[^\p{L}\p{N}.])(\d+(?:\.\d+)?)\s*([MB])\b/iu.exec(name);
  if (!match) return null;
  return Number(match[1]) * (match[2].toUpperCase() === 'B' ? 1e9 : 1e6);
}

/**
 * Whose a table row is by its label (its first cell): the card's model when the label names it by its
 * full name at the title's size; another model when the label names another size of the family or a
 * well-known model that is not the card's; null when the label names no model.
 */
export function rowLabelSubject(label: string, own: OwnNames, cues: SubjectCues): 'this-model' | 'other-model' | null {
  // "| Base model licence | MIT |": the row is about the base.
  if (BASE_ROW_LABEL.test(label)) return 'other-model';
  // "| Aurel-2 | 2024-03-02 |" on the Aurel-3 card: another version's row.
  if (namesSiblingVersion(label, own)) return 'other-model';
  // "| Competitor A | 200K |", "Teacher (405B)": a label that opens with another model's role.
  if (ROLE_OPENING_LABEL.test(label) && !namesOwnModel(label, own, true)) return 'other-model';
  // "| Aurel-3-Max | 236B |" on the Aurel-3 card: another tier's row.
  if (tierSiblingNamed(label, own) && !namesOwnModel(label, own, true)) return 'other-model';
  // "| Corvid-70B (teacher) |", "| Mistelle-7B (modèle de base) |": a name given its role beside it.
  const role = ROLE_IN_LABEL.exec(label);
  if (role && !namesOwnModel(label.slice(0, role.index), own, true)) return 'other-model';
  if (namesOwnModel(label, own, true)) {
    const size = own.size ? sizeInName(label) : null;
    return size !== null && Math.abs(size - own.size!) > SAME_SIZE * Math.max(size, own.size!)
      ? 'other-model'
      : 'this-model';
  }
  return otherModelMentions(label, own, cues).length ? 'other-model' : null;
}

/** A role in parentheses after a name, in the card languages too. */
const ROLE_IN_LABEL =
  /\((?:[^()]*[^\p{L}])?(?:teacher|base|baseline|reference|predecessor|previous|competitor|parent|upstream|original|enseignant|modèle de base|Lehrer\p{L}*|Basismodell|Vorgänger\p{L}*|modelo base|profesor|maestro|insegnante|modello (?:di )?base|leraar|basismodel|voorganger)(?![\p{L}])[^()]*\)/iu;

/** A label that opens with a role only another model has: "Competitor X", "Baseline (ours, v1)", "Teacher (405B)". */
export const ROLE_OPENING_LABEL =
  /^\W*(?:competitors?|competing (?:models?|systems?)|rivals?|baselines?|teachers?(?: models?)?|Konkurrent\p{L}*|Wettbewerber\p{L}*|concurrents?|competidor(?:es)?|concorrent[ei]|concurrent(?:en)?)(?![\p{L}])/iu;

/**
 * A row label about the model this one was made from ("Base model licence", "Teacher model size",
 * "base_model_training_compute"); "Base model" alone names it.
 */
const BASE_ROW_LABEL = /^\W*(?:base|parent|upstream|teacher|original|source|foundation)[ _-]model[\W_]+\p{L}/iu;

/**
 * Whether a label is about the model this one was made from: "Original model creator", "Base model licence". Given
 * the card's names, an "original model" is another only on a card that names its origin (see `namesItsOrigin`).
 */
export function labelAboutBase(label: string, own?: OwnNames): boolean {
  const found = BASE_ROW_LABEL.exec(label);
  return !!found && !(own && /original/i.test(found[0]) && !namesItsOrigin(own));
}

/**
 * A label's topic given as another model's, after a comma, a parenthesis or "of the": "Training compute, predecessor
 * Aurel-2:", "Parameters (teacher model):", "Licence of the base model". ("Changes since the previous version:" relates
 * the card's model to it; "Model dependencies (base model)" and "Base model (Kestrel-70B)" name what it was made from.)
 */
const OTHERS_TOPIC_LABEL =
  /^(?!\W*(?:model )?(?:dependenc|lineage|provenance|base|parent|upstream|derived|origin|Abhängigkeit|dépendance|dependencia|dipendenz|afhankelijk))[^:]*?(?:,|\(|[–—]|\b(?:of|for) (?:the|its|our))\s*(?:(?:base|parent|teacher|upstream|foundation|original|source)[ _-](?:model|checkpoint)|predecessor|previous (?:model|version|release|generation)|prior (?:model|version)|competitor|baseline|comparison model|Vorgänger\p{L}*|Basismodell|prédécesseur|modèle de base|predecesor|modelo base|predecessore|modello (?:di )?base|voorganger|basismodel)(?![\p{L}])[^:]*:?$/iu;

/** The same, without "original": the topic of a model the card may be a copy of. */
const OTHERS_TOPIC_LABEL_NOT_ORIGINAL = new RegExp(OTHERS_TOPIC_LABEL.source.replace('|original|', '|'), 'iu');

/**
 * Whether a label or heading gives its topic as another model's: "Training compute, predecessor Aurel-2:". The
 * "original model" is another only on a card that names what it was made from (see `namesItsOrigin`).
 */
export function labelGivesOthersTopic(label: string, own: OwnNames): boolean {
  if (label.length > 120) return false;
  return namesItsOrigin(own) ? OTHERS_TOPIC_LABEL.test(label) : OTHERS_TOPIC_LABEL_NOT_ORIGINAL.test(label);
}

/**
 * Whether a card names the model it was made from: a declared base, or one its text introduces ("quantised from
 * Lumen-2"). Without one, "the original model" is the card's own, whose card a re-packaged copy quotes.
 */
export function namesItsOrigin(own: OwnNames): boolean {
  return (own.bases?.length ?? 0) > 0 || (own.introduced?.length ?? 0) > 0;
}

export type OwnNameSource = Pick<CardFacts, 'sections' | 'metadata' | 'text' | 'bodyStart'>;

export interface ModelMention {
  index: number;
  /** Length of the name as written. */
  length: number;
  key: string;
  family: string;
}

/** A family named this often, more than any other, is what the card is about. */
const DOMINANT_MENTIONS = 3;
const OPENING_CHARS = 600;
/** Title words that name no model. */
const GENERIC_TITLE_WORDS = new Set([
  'model',
  'models',
  'the',
  'introducing',
  'overview',
  'about',
  'card',
  'readme',
  'official',
  'our',
  'this',
  'welcome',
]);

/** The well-known model names of a text with their family key ("Llama-2-70B" → "llama"). */
export function modelMentions(text: string, cues: SubjectCues): ModelMention[] {
  const found: ModelMention[] = [];
  cues.models.lastIndex = 0;
  for (let match = cues.models.exec(text); match; match = cues.models.exec(text)) {
    const key = nameKey(match[0]);
    found.push({ index: match.index, length: match[0].length, key, family: key.replace(/v?\d.*$/, '') || key });
  }
  return found;
}

/** Mentions of models that are not the card's own (nor its family). */
export function otherModelMentions(text: string, own: OwnNames, cues: SubjectCues): ModelMention[] {
  return modelMentions(text, cues).filter(
    (mention) => !own.families.has(mention.family) && !own.keys.some((name) => name.includes(mention.key)),
  );
}

/** Whether a text names the card's own model ("OLMo-2", "OLMo 2" and "**OLMo2**" alike); `exact`: by its full name. */
/** Whether a name is the card's model itself ("Aurel-3"), not a variant that carries its name ("Aurel-3-Voice"). */
export function isOwnName(name: string, own: OwnNames): boolean {
  const key = nameKey(name);
  return !!key && (own.exact ?? own.keys).includes(key);
}

/**
 * A name given as another member of the card's family: "Aurel-3-Voice, the speech variant of this family,",
 * "Aurel-3-Ultra (largest model in the family)".
 */
const FAMILY_ROLE =
  /(?:,\s*|\(\s*)(?:the |our |its )?(?:[\p{L}-]+ ){0,2}(?:variants?|siblings?|members?|models?|versions?|checkpoints?|sizes?) (?:in|of) (?:the|this|our) (?:[\p{L}\p{N}-]+ )?family\b/iu;
const NAME_BEFORE = /(\p{L}[\p{L}\p{N}]*(?:[-_.][\p{L}\p{N}]+)+)[^\p{L}\p{N}]*$/u;

/**
 * A name said to be another model than the card's: "Aurel-Voice, a different model that accepts audio",
 * "Aurel-Vision-S, our separate image-encoder repo", "Aurel-Voice, un modello diverso".
 */
const DISTINCT_MODEL =
  /(?:,\s*|\(\s*|\s[-–—]\s)(?:an?|our|un[ae]?|ein(?:e|es)?|uno)?\s*(?:[\p{L}-]+ ){0,2}?(?:different|separate|distinct|other|another|diverso|distinto|otro|andere[sn]?|autre|ander|altro)\s+(?:[\p{L}-]+ ){0,2}?(?:models?|modello|modelo|Modell|modèle|model|repo(?:sitory)?|checkpoint)(?![\p{L}])|(?:,\s*|\(\s*|\s[-–—]\s)(?:un[oa]?|une)\s+(?:modello|modelo|modèle)\s+(?:diverso|distinto|diferente|différent|separato|separado|séparé)(?![\p{L}])/iu;

/** A name the text gives as a model distinct from the card's, though it may carry the family's name. */
export function distinctModelNamed(text: string, own: OwnNames): string | null {
  const said = DISTINCT_MODEL.exec(text);
  if (!said) return null;
  const name = NAME_BEFORE.exec(text.slice(0, said.index))?.[1];
  return name && !isOwnName(name, own) ? name : null;
}

/** The name an opening gives as another member of the family, if any. */
export function familyMemberNamed(text: string, own: OwnNames): string | null {
  const role = FAMILY_ROLE.exec(text);
  if (!role) return null;
  const name = NAME_BEFORE.exec(text.slice(0, role.index))?.[1];
  return name && !isOwnName(name, own) ? name : null;
}

export function namesOwnModel(text: string, own: OwnNames, exact = false): boolean {
  const names = exact ? (own.exact ?? own.keys) : own.keys;
  if (!names.length) return false;
  let key = nameKey(text);
  if (!names.some((name) => key.includes(name))) return false;
  // "Aurel-3-Max" on the Aurel-3 card names a sibling, not the card's model.
  if (own.tier && TIER_WORD.test(text)) {
    let rest = text;
    for (
      let sibling = tierSiblingNamed(rest, own), n = 0;
      sibling && n < MAX_SIBLINGS;
      sibling = tierSiblingNamed(rest, own), n++
    )
      rest = rest.split(sibling).join(' ');
    key = nameKey(rest);
    if (!names.some((name) => key.includes(name))) return false;
  }
  // Naming the declared base, and not the card's full name, is naming the base.
  if (own.bases?.some((base) => key.includes(base))) return (own.exact ?? []).some((name) => key.includes(name));
  return true;
}

const owners = new WeakMap<object, OwnNames>();

/** The card's own names, read once per card. */
export function ownNames(facts: OwnNameSource, cues: SubjectCues): OwnNames {
  let names = owners.get(facts);
  if (names) return names;
  const keys: string[] = [];
  const sources: string[] = [];
  const title = facts.sections.find((section) => section.depth === 1)?.title;
  const titleKey = ownModelKey(facts.sections);
  if (titleKey) keys.push(titleKey);
  // "DBRX Base", "Aurel-3": the title's first word names the model in its sentences ("DBRX uses …").
  const firstWord = nameKey(
    /[\p{L}][\p{L}\p{N}]*/u.exec(title?.replace(/^\s*model\s*card\s*(?:for|of|:|-|–)?\s*/i, '') ?? '')?.[0] ?? '',
  );
  if (title) sources.push(title);
  for (const field of ['model_name', 'model-index.0.name']) {
    const value = facts.metadata.get(field)?.value;
    if (typeof value === 'string' && value.trim()) {
      keys.push(nameKey(value.split('/').pop()!));
      sources.push(value);
    }
  }
  // "Stratos Frontier 1 (SF1) is …": the short name the card then uses.
  const alias = title ? aliasAfter(title, facts.text.slice(facts.bodyStart, facts.bodyStart + OPENING_CHARS)) : null;
  if (alias) keys.push(alias);
  const exact = keys.filter((key) => key.length >= 3);
  if (firstWord.length >= 3 && !GENERIC_TITLE_WORDS.has(firstWord)) keys.push(firstWord);
  for (const [key, entry] of facts.metadata) {
    // A model-index holds thousands of keys: a prefix test passes over them before the pattern.
    if (!key.startsWith('tags') && !key.startsWith('base_model')) continue;
    if (/^(?:tags|base_model)(?:\.\d+)?$/.test(key) && typeof entry.value === 'string') sources.push(entry.value);
  }
  // A card without a title or name says what it is about in its opening lines ("Nimbus-4 is a …").
  let openingName: string | null = null;
  if (keys.length === 0) {
    const opening = facts.text.slice(facts.bodyStart, facts.bodyStart + OPENING_CHARS);
    sources.push(opening);
    openingName = OPENING_NAME.exec(opening)?.[1] ?? null;
    if (openingName && !GENERIC_TITLE_WORDS.has(openingName.toLowerCase())) keys.push(nameKey(openingName));
    else openingName = null;
  }
  const families = new Set<string>();
  for (const source of sources) for (const mention of modelMentions(source, cues)) families.add(mention.family);
  const body = facts.text.slice(facts.bodyStart);
  const dominant = dominantFamily(body, cues);
  // "Bittern-70B-Legal is a fine-tune of Llama 3.1 …": a family the card says it was made from is its base.
  if (dominant && (families.has(dominant) || !namedAsBase(body, dominant, cues))) families.add(dominant);
  const organisations = ownOrganisations(facts, sources, families, cues);
  names = {
    keys: keys.filter((key) => key.length >= 3),
    exact,
    families,
    size: title ? sizeInName(title) : null,
    organisations,
    version: title ? versionInTitle(title) : openingName ? versionInTitle(openingName) : null,
    tier: title ? tierInTitle(title) : null,
    bases: baseKeys(facts, exact),
  };
  const titleSection = facts.sections.find((section) => section.depth === 1);
  const untitled = titleSection
    ? facts.text.slice(facts.bodyStart, titleSection.start) + ' ' + facts.text.slice(titleSection.bodyStart)
    : body;
  const untitledKey = exact.length ? nameKey(untitled) : '';
  names.namedInText = exact.some((key) => key.length >= 3 && untitledKey.includes(key));
  names.introduced = introducedNames(body, names, cues);
  names.artefacts = artefactNames(body, names);
  owners.set(facts, names);
  return names;
}

/** Name keys of the declared base models that are not the card's own full names. */
function baseKeys(facts: OwnNameSource, exact: string[]): string[] {
  const bases: string[] = [];
  for (const [key, entry] of facts.metadata) {
    if (!/^base_model(?:\.\d+)?$/.test(key) || typeof entry.value !== 'string') continue;
    const base = nameKey(entry.value.split('/').pop() ?? '');
    if (base.length >= 4 && !exact.includes(base)) bases.push(base);
  }
  return bases;
}

/** The name key of an abbreviation given in parentheses right after the title's name in the opening lines. */
function aliasAfter(title: string, opening: string): string | null {
  const name = title.trim();
  if (!name) return null;
  // A substring search first: most cards give no abbreviation, and a pattern built per card is slow.
  for (let at = opening.indexOf(name); at >= 0; at = opening.indexOf(name, at + 1)) {
    const match = ABBREVIATION_AFTER.exec(opening.slice(at + name.length, at + name.length + 24));
    if (match) return nameKey(match[1]);
  }
  return null;
}

/** "(SF1)" right after a name. */
const ABBREVIATION_AFTER = /^\s*\(\s*(\p{Lu}[\p{L}\p{N}.-]{1,15})\s*\)/u;

/** The name a card's opening sentence is about, when it has no title: "> Nimbus-4 is a GPAI model …". */
const OPENING_NAME =
  /(?:^|\n)[ \t>*_]*(?!(?:This|The|It|We|Our|A|An|These|Those|Model)\b)(\p{Lu}[\p{L}\p{N}]*(?:[-_.][\p{L}\p{N}]+)*)\s+(?:is|was)\s+(?:a|an|the|our)\b/u;

const TITLE_VERSION = /^\s*(?:model\s*card\s*(?:for|of|:|-|–)?\s*)?([\p{L}]{3,})[\s_-]*v?(\d+(?:\.\d+)?)(?![\d.])/iu;

function versionInTitle(title: string): { name: string; version: string } | null {
  const match = TITLE_VERSION.exec(title);
  if (!match || GENERIC_TITLE_WORDS.has(match[1].toLowerCase())) return null;
  return { name: match[1].toLowerCase(), version: match[2] };
}

/**
 * Words that name one product tier of a model line: "Aurel-3-Max", "Gemini 1.5 Flash". Size words ("small",
 * "medium") are left out: a card titled "AudioGen" documents its own audiogen-medium checkpoint.
 */
const TIER_WORDS = 'mini|max|pro|ultra|lite|nano|flash|plus|turbo';
/** A tier word right after a name: joined by a hyphen or underscore, or capitalised after a space ("Aurel-3 Max"). */
const TIER_AFTER_NAME = new RegExp(
  String.raw`(?<=[\p{L}\p{N}])(?:[-_]|\s(?=\p{Lu}))(${TIER_WORDS})(?![\p{L}\p{N}])`,
  'giu',
);
/** Sibling names set aside per text, at most: a family table names a few. */
const MAX_SIBLINGS = 8;
const TIER_WORD = new RegExp(String.raw`(?:${TIER_WORDS})`, 'i');
/** How far back a tier's name may start. */
const NAME_REACH = 40;
/** Card words that are not part of a name: "Title (Aurel-3) Model Card". */
const TITLE_FRAME = /^\s*model\s*card\s*(?:for|of|:|-|–)?\s*|\s*(?:model\s*)?card\s*$|\([^)]*\)/gi;
const SIZE_WORD = /\b\d+(?:\.\d+)?\s*[kmbt]\b/gi;

function tierInTitle(title: string): { stem: string; tier: string | null } | null {
  const name = title.replace(TITLE_FRAME, ' ');
  TIER_AFTER_NAME.lastIndex = 0;
  const found = tierAt(name, 0);
  const stem = nameKey((found ? name.slice(0, found.index) : name).replace(SIZE_WORD, ' '));
  return stem.length >= 3 ? { stem, tier: found ? found[1].toLowerCase() : null } : null;
}

/** The next tier word at or after `from`; after a space only when capitalised ("Aurel-3 Max", not "Aurel-3 large language model"). */
function tierAt(text: string, from: number): RegExpExecArray | null {
  TIER_AFTER_NAME.lastIndex = from;
  for (let match = TIER_AFTER_NAME.exec(text); match; match = TIER_AFTER_NAME.exec(text)) {
    const word = match[1];
    if (!/\s/.test(match[0][0]) || word[0] === word[0].toUpperCase()) return match;
  }
  return null;
}

/**
 * The name of a sibling of another tier that a text gives ("Aurel-3-Max" or "Aurel-3 Mini" on the Aurel-3 card,
 * "Phi-3-Pro" on Phi-3-mini's), if any; null for the card's own tier.
 */
export function tierSiblingNamed(text: string, own: OwnNames): string | null {
  const tier = own.tier;
  if (!tier || !TIER_WORD.test(text)) return null;
  for (let match = tierAt(text, 0); match; match = tierAt(text, match.index + match[0].length)) {
    const word = match[1].toLowerCase();
    if (word === tier.tier) continue;
    const before = text.slice(Math.max(0, match.index - NAME_REACH), match.index);
    if (!nameKey(before).endsWith(tier.stem) || (own.exact ?? []).includes(tier.stem + word)) continue;
    // The name as written: the shortest ending of `before` that spells the stem.
    let start = before.length - 1;
    while (start > 0 && nameKey(before.slice(start)) !== tier.stem) start--;
    return text.slice(match.index - before.length + start, match.index + match[0].length);
  }
  return null;
}

const siblingPatterns = new WeakMap<OwnNames, RegExp>();

/**
 * Whether a text names another version of the card's model ("Nimbus-3" on the Nimbus-4 card, "Heron 3"
 * on Heron-2's) and not the card's own version. The family's major version ("Llama 3" on a Llama 3.1
 * card) names the card's family, not a sibling.
 */
export function namesSiblingVersion(text: string, own: OwnNames): boolean {
  if (!own.version) return false;
  const { name, version } = own.version;
  if (!text.toLowerCase().includes(name)) return false;
  let pattern = siblingPatterns.get(own);
  if (!pattern)
    siblingPatterns.set(
      own,
      (pattern = new RegExp(String.raw`(?<![\p{L}\p{N}])${name}[\s_-]*v?(\d+(?:\.\d+)?)(?![\d.]*\d)`, 'giu')),
    );
  pattern.lastIndex = 0;
  let sibling = false;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const named = match[1];
    if (named === version || version.startsWith(`${named}.`)) return false;
    sibling = true;
  }
  return sibling;
}

/** The family a card names most often ("Llama 2" throughout a card headed "Model Details"), if any. */
function dominantFamily(body: string, cues: SubjectCues): string | null {
  const counts = new Map<string, number>();
  for (const mention of modelMentions(body, cues)) counts.set(mention.family, (counts.get(mention.family) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  if (!ranked.length || ranked[0][1] < DOMINANT_MENTIONS || ranked[0][1] === ranked[1]?.[1]) return null;
  return ranked[0][0];
}

/** A product-style name: capitalised, with a hyphen, dot or underscore part ("Lumen-Omni", "Lumen-Diffusion 2", "Brontes-70B"). */
const PRODUCT_NAME = /\p{Lu}[\p{L}\p{N}]*(?:[-_.][\p{L}\p{N}]+)+(?: \d+(?:\.\d+)?(?![\p{L}\p{N}]))?/gu;
/** What may not stand right before a name: it would be inside a longer word, path or id. */
const INSIDE_WORD = /[\p{L}\p{N}_./-]/u;
/** A word every lineage phrase holds ("fine-tuned", "based", "version of", "basé sur"): a cheap test before baseBefore. */
const LINEAGE_WORD =
  /tun|based|built|initiali|derive|distill|adapt|quanti|convert|continu|merge|version|variant|derivative|inherit|start|succe|supersed|replac|speciali|series|family|line|further|basiert|basé|basado|basato|gebaseerd|Fine-?Tuning/i;

/** How many names a card may introduce; past that, the names are a list (a merge's recipe), not a lineage. */
const MAX_INTRODUCED = 8;

/** The name keys of models the card says it was made from, other than its own names and family. */
function introducedNames(body: string, own: OwnNames, cues: SubjectCues): string[] {
  const found = new Set<string>();
  PRODUCT_NAME.lastIndex = 0;
  for (let match = PRODUCT_NAME.exec(body); match; match = PRODUCT_NAME.exec(body)) {
    if (match.index > 0 && INSIDE_WORD.test(body[match.index - 1])) continue;
    const before = body.slice(Math.max(0, match.index - 80), match.index);
    if (!LINEAGE_WORD.test(before) || !cues.baseBefore.test(before)) continue;
    const key = nameKey(match[0]);
    if (key.length < 4 || namesOwnModel(match[0], own) || own.families.has(key.replace(/v?\d.*$/, ''))) continue;
    found.add(key);
    if (found.size > MAX_INTRODUCED) return [];
  }
  return [...found];
}

/** A name, then the kind of artefact it is, right after it or in apposition ("AurelMix corpus", "AurelBench, the benchmark"). */
const ARTEFACT_NAMED =
  /(?<![\p{L}\p{N}_./-])(\p{Lu}[\p{L}\p{N}]*(?:[-_.][\p{L}\p{N}]+)*)(?:\s+|,\s+(?:an?|the|our)\s+(?:[\p{L}\p{N}-]+\s+){0,3}?)(?:datasets?|corpus|corpora|benchmarks?|leaderboards?|reward models?|tokeni[sz]ers?|(?:safety |content )?classifiers?|guard(?:rail)? models?|evaluation suites?|test sets?)\b/gu;
/** A name that says its kind: "AurelBench", "AurelMix", "AurelQA", "Aurel-RM-3" (a reward model). */
const ARTEFACT_BY_NAME =
  /(?<![\p{L}\p{N}_./-])(\p{Lu}[\p{L}\p{N}]*?[-_]?(?:Bench|Eval|Mix|QA|Corpus|Prefs|Pile|Arena|RM)(?:[-_.][\p{L}\p{N}]+)*)(?![\p{L}\p{N}])/gu;
/** More than this many reads a catalogue, not a model's companions. */
const MAX_ARTEFACTS = 12;

/** The name keys of companion artefacts (datasets, benchmarks, reward models, tokenizers) the card names. */
function artefactNames(body: string, own: OwnNames): string[] {
  const found = new Set<string>();
  if (own.keys.length === 0) return [];
  for (const match of [...body.matchAll(ARTEFACT_NAMED), ...body.matchAll(ARTEFACT_BY_NAME)]) {
    const key = nameKey(match[1]);
    // The card's own model named before "benchmark results" or "tokenizer" is the model, not an artefact. Only names
    // that carry the card's own name are at stake: another's benchmark or dataset ("HumanEval") is no name of the card's.
    if (key.length < 4 || isOwnName(match[1], own) || (own.exact ?? own.keys).includes(key)) continue;
    if (!own.keys.some((stem) => key.startsWith(stem))) continue;
    found.add(key);
    if (found.size > MAX_ARTEFACTS) return [];
  }
  return [...found];
}

/** The companion artefact a text names, if any (by its key, not a longer name that contains it). */
export function artefactNamed(text: string, own: OwnNames): string | null {
  if (!own.artefacts?.length) return null;
  for (const match of text.matchAll(ARTEFACT_MENTION)) {
    const key = nameKey(match[0]);
    if (own.artefacts.includes(key)) return match[0];
  }
  return null;
}
const ARTEFACT_MENTION = /\p{L}[\p{L}\p{N}]*(?:[-_.][\p{L}\p{N}]+)*/gu;

/** Whether a text names a model the card introduced as what it was made from. */
export function namesIntroducedModel(text: string, own: OwnNames): boolean {
  if (!own.introduced?.length) return false;
  const key = nameKey(text);
  return own.introduced.some((name) => key.includes(name));
}

/** Whether a clause subject opens with the leading word of a model the card was made from ("Corvid AI" for Corvid-13B). */
export function namesIntroducedMaker(zone: string, own: OwnNames): boolean {
  if (!own.introduced?.length) return false;
  const first = /^\W*(?:the\s+)?(\p{Lu}[\p{L}]{2,})\b/u.exec(zone)?.[1]?.toLowerCase();
  if (!first || own.keys.some((key) => key.startsWith(first))) return false;
  return own.introduced.some((name) => name.startsWith(first) && /\d/.test(name.slice(first.length)));
}

/** Whether a family is named right after words that make it the card's base ("a fine-tune of Llama 3.1"). */
function namedAsBase(body: string, family: string, cues: SubjectCues): boolean {
  return modelMentions(body, cues).some(
    (mention) =>
      mention.family === family && cues.baseBefore.test(body.slice(Math.max(0, mention.index - 80), mention.index)),
  );
}

/** Words right before an organisation's name that make it the model's maker ("Developed by", "Organization:"). */
const MAKER_BEFORE =
  /(?:(?:developed|created|built|trained|made|provided|maintained|authored|produced|entwickelt|développé|desarrollado|sviluppato|ontwikkeld) (?:by|von|par|por|da|door)[*_\s]*:?|(?:developers?|provider|organi[sz]ation|company|model creator|creators?|publisher|authors?|owner|entwickler|anbieter|fournisseur|proveedor|fornitore|aanbieder)[*_\s]*[:|])[*_\s]*(?:the\s+)?$/i;

/**
 * The organisations that make the card's model: those whose families are the card's, those its title
 * or front matter names, and those the card says developed it.
 */
function ownOrganisations(
  facts: OwnNameSource,
  sources: string[],
  families: Set<string>,
  cues: SubjectCues,
): Set<string> {
  const own = new Set<string>();
  for (const [organisation, made] of cues.organisationFamilies)
    if (made.some((family) => families.has(family))) own.add(organisation);
  const named = [...sources];
  for (const [, entry] of facts.metadata) if (typeof entry.value === 'string') named.push(entry.value);
  for (const source of named) for (const key of organisationKeys(source, cues)) own.add(key);
  const body = facts.text.slice(facts.bodyStart);
  cues.organisations.lastIndex = 0;
  for (let match = cues.organisations.exec(body); match; match = cues.organisations.exec(body)) {
    if (MAKER_BEFORE.test(body.slice(Math.max(0, match.index - 40), match.index))) own.add(nameKey(match[0]));
  }
  return own;
}

/** The name keys of the well-known organisations a text names. */
export function organisationKeys(text: string, cues: SubjectCues): string[] {
  const found: string[] = [];
  cues.organisations.lastIndex = 0;
  for (let match = cues.organisations.exec(text); match; match = cues.organisations.exec(text))
    found.push(nameKey(match[0]));
  return found;
}
