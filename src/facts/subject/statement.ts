/**
 * Whose statement a sentence, list item or table cell is: the card's own model, another model
 * ("Llama 2 70B scores 68.9 on MMLU", "The base model was released in 2023"), models in general (it
 * names the regulation and speaks of models, not of this one) or a hypothetical. Clauses joined by
 * ";", "while", "whereas", "but" each have their own subject ("Big-Other is a GPAI model with
 * systemic risk; Wren-7B is not"); a clause that names none continues the one before.
 */
import type { FigureSubject } from '../../model/card.js';
import type { SubjectCues } from './cues.js';
import { LEADING_EMOJI } from '../mask.js';
import { nameKey } from '../text-views.js';
import {
  artefactNamed,
  distinctModelNamed,
  familyMemberNamed,
  isOwnName,
  labelAboutBase,
  labelGivesOthersTopic,
  namesIntroducedMaker,
  namesIntroducedModel,
  organisationKeys,
  namesOwnModel,
  tierSiblingNamed,
  namesSiblingVersion,
  otherModelMentions,
  type ModelMention,
  type OwnNames,
} from './own-names.js';
import { fastVariant, textKind } from '../fast-regex.js';
import { escapeRegExp } from '../escape-regexp.js';
import { withoutTaskBoxAndName } from '../task-name.js';

export interface SubjectVerdict {
  subject: FigureSubject;
  /** What decided it: the clause names the model, a cue in it, or nothing (the default). */
  basis: 'named' | 'cue' | 'default';
  cue?: string;
}

export interface Clause {
  text: string;
  /** Offset of the clause in the statement. */
  start: number;
}

const DECORATION = /[*_`>#]+/g;
const LIST_MARKER = /^\s*(?:[-*+•]|\d{1,3}[.)])\s+/;
/** A numbered citation ("Nimbus-7B [22] requires …", "[3, 5]"): a pointer to a reference, no word of the clause. */
const CITATION_MARK = /\s?\[\d{1,3}(?:\s?[,–-]\s?\d{1,3})*\](?![([])/g;
/** "Base model:", "**Training data:**": a few words before a colon; a longer run is a sentence that goes on after one. */
// A URL's scheme ("[X](https://…)") ends no label.
// Bold removed from "**@AurelLabs**:" leaves a space before the colon.
const LEAD_LABEL = /^[ \t]*(?:[^\s:.!?]+[ \t]+){0,4}[^\s:.!?]+[ \t]?:(?!\/\/)\s*/;
/** After a name at the start of a clause: its version and capitalised words ("Turbo"), then a lower-case verb in -s. */
const OPENING_VERB = /^[\w.-]*(?:[ -](?:[A-Z0-9][\w.-]*))*\s+([a-z]{1,}[^s\W]s|[a-z]+(?:ies|ches|shes|xes))\b/u;
const VERB =
  /\b(?:is|are|was|were|has|have|had|can|could|will|would|does|did|may|might|should|must|scores?|reach(?:es)?|achieves?|requires?|describes?|adds?|uses?|comes?|came|outperforms?|performs?|obtains?|gets?|got|takes?|took|supports?|emits?|consumes?|contains?|includes?|offers?|provides?|runs?|[a-z]{3,}ed)\b/gi;

/** A bold run-in label before a new sentence: "> **Intended Use Cases** Llama 3 is …" (not "**Aurel-3** is …"). */
const BOLD_LEAD_LABEL = /^[\s>]*(?:\*\*|__)[^*_\n]{1,60}(?:\*\*|__)\s+(?=\p{Lu})/u;

/** A discourse opener before a clause: "It is worth noting that", "Furthermore,", "In summary,", "Importantly,". */
export const DISCOURSE_OPENER =
  /^(?:(?:it is|it's) (?:worth (?:noting|mentioning|highlighting|emphasi[sz]ing)|important to (?:note|remember|stress)|noteworthy) that|(?:please )?note that|(?:furthermore|moreover|additionally|in addition|importantly|in summary|in short|overall|finally|notably|of course|that said|in practice),)\s+/i;

/** The text a reader judges: decoration, a list marker and a leading label removed, spaces collapsed. */
export function plainStatement(statement: string): string {
  const unmarked = statement.replace(BOLD_LEAD_LABEL, '').replace(DECORATION, ' ').replace(LIST_MARKER, '');
  return withoutTaskBoxAndName(unmarked)
    .replace(LEAD_LABEL, '')
    .replace(CITATION_MARK, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(LEADING_EMOJI, '')
    .replace(DISCOURSE_OPENER, '');
}

/** A statement's clauses, in order (one when nothing joins two). */
export function clausesOf(statement: string, cues: SubjectCues): Clause[] {
  const breaks = new RegExp(cues.clauseBreak.source, 'giu');
  const clauses: Clause[] = [];
  let from = 0;
  for (let match = breaks.exec(statement); match; match = breaks.exec(statement)) {
    if (match[0].length === 0) {
      breaks.lastIndex++;
      continue;
    }
    clauses.push({ text: statement.slice(from, match.index), start: from });
    from = match.index + match[0].length;
  }
  clauses.push({ text: statement.slice(from), start: from });
  return clauses.filter((clause) => /[\p{L}\p{N}]/u.test(clause.text));
}

/** "Rook-2, the predecessor of this model, was …": a name and the apposition beside it, before a verb. */
const APPOSITION = /^([^,;:()]{1,60}?),\s+([^,;]{1,100}?),\s+/u;
/** An opening adverbial ("In 2024, …", "Compared with its predecessor, …", "Upstream, …") is no name with an apposition. */
const ADJUNCT =
  /^(?:compared|unlike|like|relative|by|according|in|on|at|for|with|after|before|during|as|since|when|while|because|although|besides|beyond|apart|overall|today|upstream|originally|separately|elsewhere|historically|im|am|zum|zur|nach|bei|für|mit|seit|par|pour|avec|dans|en|au|comparé|contrairement|depuis|comparado|con|para|desde|rispetto|per|a|dal|dopo|met|voor|ten|ter|vergeleken|sinds|na|selon|d['’]après|laut|gemäß|según|secondo|volgens)(?![\p{L}\p{N}])/iu;

/** A clause opening with another model's training or use as its subject ("training GPT-3 consumed …"). */
const GERUND_SUBJECT =
  /^(?:training|pre-?training|fine-?tuning|running|serving|evaluating)\s+(?:the\s+)?[^\s,;]+(?:\s[^\s,;]+)?/i;

/** A lower-case word and hyphen before a verb's last part ("red-" of "red-teamed"). */
const VERB_PREFIX = /(?<![\p{L}\p{N}-])\p{Ll}+-$/u;

/** The offset of the first verb of a text, or -1; a hyphenated verb ("Meta red-teamed …") starts at its first part. */
function firstVerb(text: string, cues: SubjectCues): number {
  const verbs = cues.clauseVerb.source === '(?!)' ? VERB : cues.clauseVerb;
  verbs.lastIndex = 0;
  const at = verbs.exec(text)?.index ?? -1;
  const prefix = at > 0 ? VERB_PREFIX.exec(text.slice(Math.max(0, at - 20), at)) : null;
  return prefix ? at - prefix[0].length : at;
}

/** A participle and "by" opening a reduced relative clause ("produced by", "made by"). */
const FROM_BEFORE = /\bfrom\s+(?:the\s+)?$/i;
/** A preposition that takes a verb's object ("initialises from", "trained on"): what follows is not the subject. */
const AFTER_VERB_OBJECT = /\s(?:from|on|onto|upon|with|into|via|than|against|over)\s/i;
/** A short opening without punctuation, which a reduced relative may qualify ("Images", "The outputs of the API"). */
const NOUN_PHRASE = /^\W*(?:[^\s,;:()]+\s+){1,5}$/;
const AGENT_PHRASE = /^[^,;:.!?]{0,80}/;
const REDUCED_RELATIVE = /^(?:\p{L}+ed|made|built|written|run|given|done|grown|drawn|taken|shown|seen|held)\s+by\s/u;

/** The agent of a reduced relative that qualifies a short opening ("Images produced by the Veo-3 service …"), if any. */
function reducedRelativeAgent(text: string, cues: SubjectCues): string | null {
  const at = firstVerb(text, cues);
  if (at <= 0 || !NOUN_PHRASE.test(text.slice(0, at))) return null;
  const reduced = REDUCED_RELATIVE.exec(text.slice(at));
  return reduced ? AGENT_PHRASE.exec(text.slice(at + reduced[0].length))![0] : null;
}

/**
 * The subject of a clause: a name with the apposition beside it ("Our companion embedding model,
 * Aurel-3-Embed,"), else its words before the first verb; null for a clause with no verb (a label's
 * value, a cell) or one that opens with its verb ("Trained on …").
 */
export function subjectZone(text: string, cues: SubjectCues): string | null {
  // "Unlike previous models that …, our model works …": the subject follows the opening adverbial.
  const comma = text.indexOf(', ');
  if (ADJUNCT.test(text) && comma > 0 && comma < 160) return subjectZone(text.slice(comma + 2), cues);
  const apposition = APPOSITION.exec(text);
  if (apposition && !ADJUNCT.test(apposition[1]) && firstVerb(apposition[1], cues) < 0) return apposition[0];
  const at = firstVerb(text, cues);
  if (at >= 0) return at > 0 ? text.slice(0, at) : null;
  // No verb the vocabulary knows: a verb in -s after a short opening ("OpenAI's endpoint classifies …").
  const inS = VERB_IN_S.exec(text);
  return inS ? text.slice(0, inS[1].length) : null;
}

/**
 * "In accordance with Article 52(1), the Provider notified …": a defined term of legal drafting as the
 * clause's subject names this model or its provider. Elsewhere ("Downstream Providers should evaluate
 * the Model") it is only an object.
 */
function definedOwnSubject(text: string, cues: SubjectCues): RegExpExecArray | null {
  // Without a verb the vocabulary knows, the clause's opening words stand for its subject.
  const zone = subjectZone(text, cues);
  const head = zone === null ? text.trimStart() : zone.slice(zone.lastIndexOf(', ') + 1).trimStart();
  const term = cues.definedOwn.exec(head);
  return term && term.index === 0 ? term : null;
}

/** An opening of one to five words, then a lower-case verb in -s. */
const VERB_IN_S = /^((?:[^\s,;:]+\s+){1,5}?)[a-z]+(?:[^s\W'’]s|ies|ches|shes|xes|sses)\b/u;

/** Before or after an organisation's name, what makes it the owner or the actor: "Meta's", "… de OpenAI", "Microsoft publishes". */
const POSSESSIVE_AFTER = /^\s*['’]s?(?![\p{L}\p{N}])/u;
/** "which Mistral AI released …", "for which Meta reports …": the organisation is the relative clause's subject. */
const RELATIVE_BEFORE = /^\s*(?:(?:for|of|on|by|in|from|with) )?(?:which|whom) (?:the )?$/iu;
const OWNER_BEFORE = /(?:^|\s)(?:of|von|vom|de|du|des|di|del|della|dello|dei|van|der)\s+(?:the\s+)?$/iu;

/** A third-party organisation that owns or is a clause's subject ("Google DeepMind's SynthID", "Microsoft publishes"). */
function organisationSubject(zone: string, own: OwnNames, cues: SubjectCues): string | null {
  cues.organisations.lastIndex = 0;
  for (let match = cues.organisations.exec(zone); match; match = cues.organisations.exec(zone)) {
    if (own.organisations?.has(nameKey(match[0]))) continue;
    const after = zone.slice(match.index + match[0].length);
    const owner =
      POSSESSIVE_AFTER.test(after) ||
      RELATIVE_BEFORE.test(zone.slice(0, match.index)) ||
      OWNER_BEFORE.test(zone.slice(Math.max(0, match.index - 12), match.index)) ||
      (match.index === 0 && !after.trim());
    if (owner) return match[0];
  }
  return null;
}

/** "Questions and comments about …", "For issues with …": what a contact channel is for. */
const QUESTIONS_ABOUT =
  /^\W*(?:for )?(?:questions|comments|feedback|issues|problems|bug reports|enquiries|inquiries)\b[^.]{0,30}?\b(?:about|on|regarding|concerning|with)\s+(?:the\s+)?/i;

/** "published for Aurel-2", "the card of Aurel-2": a name a document belongs to. */
const FOR_NAME =
  /\b(?:published for|prepared for|made for|written for|for|of) (?:the )?(\p{L}[\p{L}\p{N}]*[-_ ]?v?\d[\p{L}\p{N}.]*)/u;

/** "about its Corvid-Ultra model", "for their X-20B": a versioned model that belongs to the clause's subject. */
const ABOUT_THEIR_MODEL =
  /\b(?:about|for|regarding|concerning|on) (?:its|their) (\p{Lu}[\p{L}\p{N}]*(?:[-_.][\p{L}\p{N}]+)+)/u;

/** An opening "As a provider …," that says in which role the subject after it acts. */
const AS_ROLE_ADJUNCT =
  /^\W*(?:as|als|en tant que|como|in quanto|come) (?:an?|the|een|ein\w*|un[ae]?|el|la|il|lo|de|der|die|das)\s[^,;.]{1,80}?(?:,\s*|\s+(?=(?:we|wir|nous|nosotros|noi|wij|it|the company)\s))/iu;

/** "The provider, the Alpine Institute (Zurich), has appointed …": the role named in apposition is the card's provider, not providers in general. */
const NAMED_PROVIDER =
  /^\W*(?:the|our|der|le|el|il|de|het) (?:provider|Anbieter|fournisseur|proveedor|fornitore|aanbieder),\s+(?:[^,;()]|\([^()]*\))+?,/iu;

/** A label that is a model's name, with at most a note in brackets: "Aurel-2:", "**Aurel-3-Max (236B):**". */
/** A phrase before the clause that scopes it to a model: "For Aurel-2 the …", "Bei Kestrel-7B wurde …", "Pour Kestrel-7B, …". */
const FRONTED_SCOPE =
  /^\W*(?:for|für|bei|pour|chez|para|per|voor|bij)\s+(?:the\s+|das\s+|le\s+|el\s+|il\s+|het\s+)?(\p{L}[\p{L}\p{N}]*(?:[-_.][\p{L}\p{N}]+)+)(?:\s+(?:model|Modell|modèle|modelo|modello))?\s*,?\s+(?!(?:we|our|us|wir|nous|nosotros|noi|wij)\b)(?=\p{L})/iu;
/**
 * A model's name opening a clause, after at most an article and two words, then a word in lower case: "„Kestrel-2-Chat
 * eignet sich …", "Het beeldmodel Lumen-Vision van …", "The Corvid-7B reference container used by … pins …".
 */
const OPENING_NAME =
  /^[\s"'“„«‘]*(?:(?:[Tt]he|[Aa]n?|[Hh]et|[Dd]e|[Dd]as|[Dd]er|[Dd]ie|[Ll]e|[Ll]a|[Ee]l|[Ii]l|[Ll]o)\s+)?(?:\p{Ll}[\p{L}-]*\s+){0,2}?(\p{L}[\p{L}\p{N}]*(?:[-_.][\p{L}\p{N}]+)+)\s+(?!(?:we|our|us|wir|nous|noi|wij)\b)(?=\p{Ll})/u;
/** A label that is a clause opening with a model's name and its verb: "Aurel-2 used a two-stage recipe:". */
const CLAUSE_LABEL =
  /^[\W_]*(\p{L}[\p{L}\p{N}]*(?:[-_.][\p{L}\p{N}]+)+)\s+(?:used|uses|was|is|had|has|relied|relies|followed|follows|took|takes|applied|applies|went|goes|combined|combines|introduced|introduces|came|comes|adopted|adopts|got|gets|received|receives|saw|sees|underwent|undergoes)\b[^:]*:$/u;
const NAME_ONLY_LABEL =
  /^[\W_]*\p{L}[\p{L}\p{N}]*(?:[-_.][\p{L}\p{N}]+)*(?: [\p{L}\p{N}]*\d[\p{L}\p{N}]*(?:[-_.][\p{L}\p{N}]+)*)?[\W_]*(?:\([^()]*\))?[\W_]*:$/u;

/** A clause opening with a role and the name it gives: "Teacher model Aurel-3-XL …", "The comparison system, Melodia-2, …", "our draft model Lumen-Mini …", after an interjection too ("Crushing it 💥 our teacher model Aurel-3-XL …"). */
const ROLE_THEN_NAME =
  /(?:^|[^\p{L}\p{N}\s]\s|[!?]\s)\W*(?:(?:the|our|its|their) )?(?:[\p{L}-]+ )?(?:teacher|parent|upstream|base|draft|reward|judge|predecessor|companion|sibling|sister|larger|smaller|bigger|baseline|comparator|competitor|rival|(?:comparison|reference) (?:model|system)|(?:pre-?trained|foundation|base) checkpoint|(?:flagship|largest|smallest|biggest)(?: model)?,)(?: model| system)?,?\s+(\p{L}[\p{L}\p{N}]*(?:[-_.][\p{L}\p{N}]+)+)/iu;

/**
 * A statement that is a relative clause with a named subject: "which Corvid Labs designed …", "for which Meta reports …".
 * A licence's defined terms for its own side ("from which the Model was derived", "which Licensor adapted") name no other party.
 */
const PARTY_OPENING =
  /^\W*(?:(?:for|of|on|by|in|from|with) )?(?:which|whom) (?:the )?(?!(?:Model|Licensor|Provider|Licensee|Software|Agreement)\b)(\p{Lu}[\p{L}\p{N}.-]*(?: \p{Lu}[\p{L}\p{N}.-]*){0,3})/u;

/** A model of the provider's introduced by kind, then its name: "Our image model Lumen-2", "our embedding model, Aurel-Embed,". */
const OUR_NAMED_MODEL =
  /^\W*(?:[Oo]ur|[Tt]heir|[Ii]ts) (?:[\p{L}-]+ ){0,3}(?:model|assistant|product|system|generator|encoder|classifier|app)s?,?\s+(\p{Lu}[\p{L}\p{N}]*(?:[-_.][\p{L}\p{N}]+)+)/u;

/** A name joined with others by role: "Aurel-3 and its sibling models", "Aurel-3 together with its companion models". */
const COORDINATED = /(\S+)\s+(?:and|as well as|together with|along with)\s+(?:its|our|the|their)\b/i;

/** A role said of another name: "the teacher of", "the base for", "il modello insegnante di". */
const ROLE_OF =
  /\b(?:of|for|behind|underlying|di|de|del|von|van)\s*$|\b(?:of|for|behind|underlying|di|de|del|von|van)\b|[''’]s /u;
/** A role that makes the named party the maker of another model: "the provider of our base model". */
const MAKER_OF = /\b(?:provider|developer|maker|creator|publisher|authors?) of\b/i;
const MODEL_LIKE_NAME = /\p{L}[\p{L}\p{N}]*(?:[-_.][\p{L}\p{N}]+)+/gu;

/**
 * A name shaped like a model's, whether or not it is well known: a capitalised word joined by a hyphen to a
 * version ("Tessa-2"), a size ("Orin-34B-Base") or a model-kind word ("Sonora-Omni", "Vesper-Coder-7B"). Words in
 * capitals with a number ("CIFAR-10", "COVID-19") name datasets and codes, not models.
 */
const MODEL_SHAPED_NAME =
  /(?<![\p{L}\p{N}_/.-])\p{Lu}\p{Ll}[\p{L}\p{N}]*(?:-[\p{L}\p{N}.]+)*?-(?:\d{1,2}(?:\.\d{1,2})?|\d+(?:\.\d+)?[BMK]|Base|Instruct|Chat|Coder|Code|VL|Omni|Embed|Vision|Audio|Speech|Voice|Mini|Nano|Small|Medium|Large|Pro|Ultra|Max|Turbo|Lite|Flash)(?![\p{L}\p{N}])(?:-[\p{L}\p{N}.]*[\p{L}\p{N}])*/gu;

/** The first name shaped like a model's in a text ("Corvid-Large", "Tessa-2"), or null. */
export function modelShapedName(text: string): string | null {
  return text.match(MODEL_SHAPED_NAME)?.[0] ?? null;
}

/**
 * Whether the card names its model surely enough that another name is another model: in its text, or by a title
 * with a version ("# Aurel-3"). A card that names none may be calling its own model by any name.
 */
function ownNameKnown(own: OwnNames): boolean {
  return !!own.namedInText || !!own.version;
}

/** Whether a text names a maker other than the card's, or another model. */
function namesOthers(text: string, own: OwnNames, cues: SubjectCues): boolean {
  return (
    organisationKeys(text, cues).some((key) => !own.organisations?.has(key)) ||
    otherModelMentions(text, own, cues).length > 0 ||
    unknownModelNamed(text, own) !== null
  );
}

/**
 * Terms a copy takes over from what it was made from: "The quantised files inherit the licence of the original
 * model: Apache 2.0", "keeps the same licence as the base": the licence stated is the copy's own.
 */
const INHERITED_TERMS =
  /\b(?:inherits?|inherited|keeps?|retains?|carr(?:y|ies)(?: over)?|adopts?) (?:the )?(?:same )?(?:licen[cs]e|terms of use|usage terms)(?: terms)? (?:of|as|from)\b/i;

/** A citation opening a clause ("Lee et al., 2024 found …"), not the end of a parenthesis split at its ";" ("Paszke et al., 2019), …"). */
function citationOpening(zone: string, cues: SubjectCues): string | null {
  const found = cues.citation.exec(zone);
  return found && (found[0].includes('(') || !/^[a-z]?\s*\)/.test(zone.slice(found[0].length))) ? found[0] : null;
}

/** A clause opening on a model kind and its name: "The speech model Halcyon-S", "Il modello Corvina-12B", "Das Modell Orin-2". */
const KIND_THEN_NAME =
  /^\W*(?:the|a|an|il|lo|le|la|el|das|het|de)\s+(?:[\p{L}-]+\s+){0,2}?(?:model|modello|modelo|modèle|modell|system|network|LLM)\s+(\p{L}[\p{L}\p{N}]*(?:[-_.][\p{L}\p{N}]+)+)(?![\p{L}\p{N}])/iu;

/** The first model-shaped name of a text that is not the card's model nor a name of its own (see `ownNameKnown`). */
export function unknownModelNamed(text: string, own: OwnNames): string | null {
  if (!ownNameKnown(own)) return null;
  for (const [name] of text.matchAll(MODEL_SHAPED_NAME)) {
    // "Llama3-8B-Chinese-Chat" on a card of the Llama family: a name of the card's own family is read as before.
    const family = nameKey(/^\p{L}+/u.exec(name)?.[0] ?? '');
    if (own.families.has(family)) continue;
    if (!namesOwnModel(name, own) || namesSiblingVersion(name, own)) return name;
  }
  return null;
}

/**
 * A statement that opens on what the one before named ("Those rules are archived at …", "Its context window is
 * 32k", "They were retired in 2024"), not an impersonal "It is important that …" nor one naming the card's model.
 */
const REFERS_BACK =
  /^\W*(?:(?:answer|response|a|antwort|réponse|respuesta|risposta|antwoord)\s*:\W*)?(?:it|its|they|their|them|those|these|such|both|the latter|the former|(?:the )?same (?:model|version|release))(?![\p{L}\p{N}])(?!\s+(?:is|was|should be|must be|has been|would be|seems|appears)\s+(?:\w+\s+){0,2}(?:that|to|whether)\b)/iu;

/** Whether a statement speaks of what the statement before it named, and names neither the card's model nor the provider. */
export function refersBack(statement: string, own: OwnNames): boolean {
  if (!REFERS_BACK.test(statement)) return false;
  // A link's address names its host ("aurel.example"), not the model the sentence is about.
  const words = statement.replace(/\b(?:https?:\/\/|www\.)\S+/g, ' ');
  return !namesOwnModel(words, own, true) && !/\b(?:we|our|us)\b/i.test(words);
}

/** A title's closing parenthesis ("Known limitations (Orbis-2)", "Security (Nimbus Cloud, cloud provider of Orbis-2)"). */
const TRAILING_PARENTHESIS = /\(([^()]{2,80})\)[\s*_:：]*$/;
/** Words before a name at a parenthesis's end that make it whose the topic is ("of", "de", "von", …). */
const OWNER_BEFORE_NAME = /(?:^|\s)(?:of|for|de|del|della|des|du|von|van|di)\s+$/i;

/**
 * Whether a heading or label scopes its topic to another model by a closing parenthesis: the name alone
 * ("Compute (Aurel-2)") or at the end after "of" ("(cloud provider of Orbis-2)"); "Win rate (judged by GPT-4)" is not scoped.
 */
function parenthesisNamesOther(title: string, own: OwnNames): boolean {
  const inner = TRAILING_PARENTHESIS.exec(title)?.[1].trim();
  if (!inner) return false;
  for (const [name] of inner.matchAll(MODEL_SHAPED_NAME)) {
    const at = inner.lastIndexOf(name);
    const scoped = inner === name || (at + name.length === inner.length && OWNER_BEFORE_NAME.test(inner.slice(0, at)));
    if (scoped && isOtherModelName(name, own)) return true;
  }
  return false;
}

/** A label that opens with a model's name and at most a few words of topic: "Halcyon-70B:", "Halcyon-70B recipe:". */
const NAME_OPENED_LABEL = /^\W*(\S+)(?:\s+[\p{Ll}-]+){0,3}\W*$/u;

/**
 * Whether a field's label is another model's: its name, or its name and topic ("Halcyon-70B … MMLU 79.5",
 * "Halcyon-70B recipe: 3 stages"), or a topic scoped to it by a parenthesis ("Compute (Aurel-2):").
 */
export function labelNamesOther(label: string, own: OwnNames): boolean {
  const opening = NAME_OPENED_LABEL.exec(label)?.[1];
  if (opening) {
    const name = opening.match(MODEL_SHAPED_NAME)?.[0];
    if (name === opening && isOtherModelName(name, own)) return true;
  }
  // "Questions about Orbis-2:", "Vragen over Orbis-2:", "Support für Orbis-2:": the field is about the named model.
  const about = LABEL_ABOUT_NAME.exec(label);
  if (about && about[1].match(MODEL_SHAPED_NAME)?.[0] === about[1] && isOtherModelName(about[1], own)) return true;
  return label.includes('(') && parenthesisNamesOther(label, own);
}

/** A label that ends with what it is about, a name: "Questions about Orbis-2", "Contact for Orbis-2", "Fragen zu Orbis-2". */
const LABEL_ABOUT_NAME =
  /(?:^|\s)(?:about|regarding|concerning|on|for|over|voor|für|zu|zum|sur|pour|concernant|sobre|para|su|per|riguardo a)\s+(\S+)\W*$/iu;

/**
 * Whether a model-shaped name is another model: another version of the card's model, or any name not the card's
 * own on a card that names its model in its text (one that never does may be calling it by that name).
 */
function isOtherModelName(name: string, own: OwnNames): boolean {
  if (namesSiblingVersion(name, own)) return true;
  return unknownModelNamed(name, own) !== null;
}

/** Whether a text names a model-like name that is not the card's own (nor its family's variants). */
function namesAnotherModel(text: string, own: OwnNames): boolean {
  return (text.match(MODEL_LIKE_NAME) ?? []).some(
    (name) => /\d/.test(name) && (!namesOwnModel(name, own) || namesSiblingVersion(name, own)),
  );
}

/** A phrase that names the card's model only as what another is to it: "the teacher of X", "from which X is derived", "whose weights X extends". */
const OWN_AS_RELATIVE =
  /,?\s*\b(?:(?:the|its|our) (?:[\w-]+ ){0,2}?(?:base|teacher|parent|predecessor|starting point|upstream|source model|original)(?: model)? (?:of|for|behind|underlying)|(?:the|its|our) (?:base|teacher|parent|upstream|source|original)(?: model| checkpoint)? (?=(?:(?:from|on|upon|of) which |that |which )\S+ (?:\S+ )?(?:is|was|has been) (?:fine-?tuned|derived|distilled|built|trained|initiali[sz]ed|adapted|based)\b|\S+ (?:\S+ )?(?:is|was|has been) (?:fine-?tuned|derived|distilled|built|trained|initiali[sz]ed|adapted|based) (?:from|on|upon)\s*(?:[,.;)]|$))|(?:from|on|upon|of) which|whose (?:[\w-]+ ){0,2})[^,;]{1,60}(?:,|$)|\b(?:that|which) (?:\S+ ){1,2}(?:was|is|has been) (?:fine-?tuned|derived|distilled|built|trained|initiali[sz]ed|adapted) (?:from|on)\b|,?\s*\b(?:the|a) (?:model|baseline|system|reference) (?:that |which )?(?:\S+ ){1,2}(?:is|was|are|were) (?:compared|measured|benchmarked|evaluated) (?:with|to|against)\b[^,;.]{0,60}|\b(?:base|teacher|parent|upstream|foundation) model (?:used|chosen|selected) (?:to (?:initiali[sz]e|train|build|create|start)|as the (?:base|starting point) (?:of|for)) \S+/giu;

/** A text without any spelling of one name ("Aurel-3-XL", and "aurel-3-xl" in a link's address). */
function withoutName(text: string, name: string): string {
  return text.replace(new RegExp(escapeRegExp(name), 'gi'), ' ');
}

/** A relative clause in which the provider made the model: "which we derived by …", "that we trained on …". */
const OUR_MAKING =
  /^\W*(?:which|that) (?:we|I) (?:then |first |further |later )?(?:derived|built|trained|pre-?trained|fine-?tuned|developed|created|distilled|adapted|aligned|obtained|produced)\b/i;

/** A model's team as a clause's subject, the model named by words and version: "The Llama 3 team", "the Falcon 2 and Llama 3 teams". */
const OTHERS_TEAM =
  /^\W*(?:[Tt]he )?((?:[A-Z][\w.-]*)(?:\s+(?:[A-Z][\w.-]*|\d[\w.-]*)){0,3}(?:,?\s+and\s+[A-Z][\w.-]*(?:\s+(?:[A-Z][\w.-]*|\d[\w.-]*)){0,3})?)\s+(?:team|teams|authors|developers|maintainers)\b/;

/** A work cited with its authors and year as the subject, then what it found: "Toolformer (Schick et al., 2023) showed". ("RoPE (Su et al., 2021) is used" describes the model.) */
const CITED_WORK_REPORTS =
  /^[^,;:()]{0,80}?\((?:[\p{L}-]+ (?:and|&) )?[\p{L}-]+ et al\.?,? (?:19|20)\d\d[a-z]?\)\s*(?:has |have )?(?:showed|shown|shows?|reported|reports|found|finds|demonstrated|demonstrates|proposed|proposes|estimated|estimates|introduced|introduces|argued|argues|measured|measures|observed|observes|noted|notes)\b/u;

/** A document as a clause's subject: "the Orion-7B technical report", "Qwen2's model card". */
const OTHERS_DOCUMENT =
  /\b(?:technical report|tech report|paper|model card|card|documentation|blog post|release notes|datasheet)\b/i;

const COMPARED_NAME = /\b(?:unlike|compared (?:to|with)|as opposed to|in contrast to)\s+[^,;]{1,60}/giu;
/** ", con el que Aurel-3 compite,", ", against which Aurel-3 is compared,": a relative clause naming the card's model beside another. */
const RELATIVE_ASIDE =
  /,\s*(?:(?:with|against|to|alongside) which|(?:con|contra) (?:el|la|los|las) que|(?:avec|contre) (?:lequel|laquelle|lesquels|lesquelles)|(?:mit|gegen) (?:dem|der|denen)|(?:con|contro) (?:cui|il quale|la quale)|waarmee|waartegen)\s[^,;]{1,60},/giu;
const ADDRESS = /\bhttps?:\/\/[^\s)\]]+/giu;
/** What a figure is said to belong to: "refers to Llama 3 70B", "is Claude 3's", "è di Mistral Large", "ist von Orbis-2". */
const ATTRIBUTED_TO =
  /(?:\b(?:refers? to|referred to|belongs? to|(?:applies|relates) to|concerns|(?:is|are|was|were) (?:that |those )?(?:of|for)|(?:is|are|was|were)(?= [^\s,;]+(?: [^\s,;]+){0,3}['’]s\b))|(?<![\p{L}])(?:concerne(?:nt)?|betreffen|betrifft|bezieh(?:t|en) sich auf|gelten für|gilt für|riguarda(?:no)?|si riferisc(?:e|ono) a|se refiere(?:n)? a|te refieres a|corresponde(?:n)? a|(?:heeft|hebben) betrekking op|(?:s['’]appliquen?t|se aplica(?:n)?|si applica(?:no)?) (?:à|a)|(?:copied|quoted) from(?: the)?|stamm(?:t|en) aus der (?:Modell)?[Kk]arte (?:von|des)|[Yy]ou(?: probably)? (?:mean|meant|are thinking of|'re thinking of|are referring to|'re referring to)|du meinst|vous pensez à|tu penses à|ti riferisci a|je bedoelt|(?:è|sono|era) (?:di|del|della)|(?:es|son|era) (?:de|del)|(?:ist|sind|war) (?:von|vom)|(?:is|zijn|was) van|(?:est|sont|était) (?:de|du)))\s+(?:the\s+)?([\p{L}\p{N}][\p{L}\p{N}.-]*(?: [\p{Lu}\p{N}][\p{L}\p{N}.-]*){0,3})/u;
/** ", not to Aurel-3", ", non di Aurel-3", ", nicht von Aurel-3": a name disowned, which the clause is not about. */
const DISOWNED_NAME =
  /(?:[,;—–]\s*(?:and |e |y |et |und |en )?|\s(?:and|e|y|et|und|en) )(?:not|non|nicht|niet|no|pas)\s+(?:(?:to|of|for|from|di|del|della|de|del|von|van|à|a|zu|voor)\s+)?(?:the\s+)?[\p{L}\p{N}][\p{L}\p{N}.-]*(?:[ -][\p{Lu}\p{N}][\p{L}\p{N}.-]*){0,2}['’]?s?(?=\s*(?:[.;,)(]|$))/giu;

/** Figures named as a model's: "published scores for Vireo-2", "the training compute of the competing Helix-400B model". */
const FIGURES_OF =
  /\b(?:scores?|results?|numbers|figures|performance|(?:training )?compute|size|parameter count|FLOPs?|energy (?:use|consumption)|emissions)\s+(?:for|of|from)\s+(?:the\s+)?(?:[\p{L}-]+\s+)?(\p{L}[\p{L}\p{N}]*(?:[-_.][\p{L}\p{N}]+)+)/u;
/** A name described as a model in an apposition: "Lindqvist-70B, a 70-billion-parameter mixture-of-experts model". */
const APPOSED_MODEL =
  /(\p{L}[\p{L}\p{N}]*(?:[-_.][\p{L}\p{N}]+)+),\s+(?:an?|the)\s+[^,;()]{0,80}?\b(?:models?|transformers?|LLMs?)\b/u;

/** Whose one clause is, by its words alone; `default` when it names no subject. */
export function clauseSubject(clause: string, own: OwnNames, allCues: SubjectCues): SubjectVerdict {
  const text = plainStatement(clause);
  const cues = textKind(text) === 'plain' ? plainTextCues(allCues) : allCues;
  // "…, which we derived by fine-tuning Qwen2.5-14B": what the provider made, whatever it made it from.
  const ours = OUR_MAKING.exec(text) ?? INHERITED_TERMS.exec(text);
  if (ours) return { subject: 'this-model', basis: 'cue', cue: ours[0] };
  // "This is because, unlike GPT-NeoX-20B, ChatGPT was fine-tuned …": a name compared with is not the subject.
  // "… in the Aurel-2 model card" on the Aurel-3 card names another version, not the card's model.
  // "Brontes-70B, the teacher of Aurel-3, …", "Lumen-7B, from which Aurel-3 is derived, …", "The base model used to
  // initialise Aurel-3 was …", "…, the base of this fine-tune, …", "Meridian-2, the base model from which Aurel-3 was
  // fine-tuned, …", "…, the base model Aurel-3 was fine-tuned from": the card's model named
  // inside a phrase about another is not what the clause is about.
  // (An address is where to look, not what the clause is about: "…/aurel-3/pull/150" names no subject.)
  const unrelated = text
    .replace(OWN_AS_RELATIVE, ' ')
    .replace(COMPARED_NAME, ' ')
    .replace(DISOWNED_NAME, ' ')
    .replace(RELATIVE_ASIDE, ' ')
    .replace(ADDRESS, ' ');
  const ownCue = cues.ownModel.exec(unrelated) ?? definedOwnSubject(text, cues);
  const named = namesOwnModel(unrelated, own) && !namesSiblingVersion(unrelated, own);
  const mentions = otherModelMentions(text, own, cues);
  const namedSubject = cues.namedSubject.exec(text);
  // "Condor-2 is a general-purpose AI model …": a sentence about a named model, not about models in general.
  const speaksOfOne = !!ownCue || named || !!namedSubject;
  if (!speaksOfOne && cues.regulation.test(text)) {
    // "As a provider established outside the EU, Kitsune AI has appointed …": the role is the subject's, not providers in general.
    const general = cues.generalSubject.exec(text.replace(AS_ROLE_ADJUNCT, '').replace(NAMED_PROVIDER, ' '));
    if (general) return { subject: 'models-in-general', basis: 'cue', cue: general[0] };
  }
  // "the 70B parameter count refers to Llama 3 70B", "il punteggio … è di Mistral Large": the figure given as another's.
  const attributed = named ? null : ATTRIBUTED_TO.exec(text);
  if (attributed && (otherModelMentions(attributed[1], own, cues).length > 0 || isOtherModelName(attributed[1], own)))
    return { subject: 'other-model', basis: 'cue', cue: attributed[0] };
  // "relied on published scores for Vireo-2 (…)", "assessed Lindqvist-70B, a 70-billion-parameter model": figures or a
  // description given as another model's, in a clause that does not name the card's model.
  const described = named || ownCue ? null : (FIGURES_OF.exec(text) ?? APPOSED_MODEL.exec(text));
  if (described && (otherModelMentions(described[1], own, cues).length > 0 || isOtherModelName(described[1], own)))
    return { subject: 'other-model', basis: 'cue', cue: described[0] };
  const zone = subjectZone(text, cues);
  // "The AurelMix corpus released with Aurel-3 is licensed under CC BY 4.0": a companion dataset, benchmark or reward
  // model as the clause's subject, however much of the card's name it carries.
  const artefact = zone === null ? null : artefactNamed(zone, own);
  if (artefact && !namesOwnModel(zone!, own, true)) return { subject: 'other-model', basis: 'cue', cue: artefact };
  // "Rook-2, the predecessor of this model, …", "Aurel-3-Embed, our companion embedding model, …".
  const role = zone === null ? null : cues.otherRole.exec(zone);
  // "The base model of ChatGLM3-6B, ChatGLM3-6B-Base, …" is the family's own base: a role of the card's model
  // makes another model only when another name stands in the phrase ("Brontes-7B, the base of Aurel-3, …").
  // "Aurel-3 and its sibling models are provided by …": the card's model coordinated with the others is still a subject.
  const joined = named && zone !== null ? COORDINATED.exec(zone) : null;
  const coordinated = !!joined && namesOwnModel(joined[1], own, true);
  // ("Mistral AI, the provider of our base model, …" is the base's maker, a party rather than a model.)
  if (
    role &&
    !coordinated &&
    (MAKER_OF.test(role[0]) || !(ROLE_OF.test(role[0]) && zone !== null && !namesAnotherModel(zone, own)))
  )
    return { subject: 'other-model', basis: 'cue', cue: role[0] };
  // "…, which Corvid Labs designed for legal drafting": a relative clause set apart with a named party of its own.
  const relativeParty = PARTY_OPENING.exec(text);
  if (
    relativeParty &&
    !namesOwnModel(relativeParty[1], own) &&
    !organisationKeys(relativeParty[1], cues).some((key) => own.organisations?.has(key))
  )
    return { subject: 'other-model', basis: 'cue', cue: relativeParty[0].trim() };
  // "Our image model Lumen-2 embeds C2PA metadata" on the Aurel-3 card: another of the provider's models.
  const product = OUR_NAMED_MODEL.exec(zone ?? text.slice(0, 80));
  if (product && !namesOwnModel(product[1], own, true))
    return { subject: 'other-model', basis: 'cue', cue: product[0].trim() };
  // "Corvid AI notified the Commission about its Corvid-Ultra model": what the clause is about is someone's other model.
  const aboutTheirs = ABOUT_THEIR_MODEL.exec(text);
  if (aboutTheirs && !named && !namesOwnModel(aboutTheirs[1], own, true))
    return { subject: 'other-model', basis: 'cue', cue: aboutTheirs[0].trim() };
  // "Corvid AI describes Corvid-13B as …" after "fine-tuned from Corvid-13B": the base's maker, named after its models.
  if (zone !== null && !named && namesIntroducedMaker(zone, own))
    return { subject: 'other-model', basis: 'cue', cue: zone.trim() };
  // "Lumen-Omni accepts text and audio" after "Aurel-3 is a distilled version of Lumen-Omni": the base's clause.
  // ("The network initialises from OLMo-2 and is …": a verb the vocabulary does not know, and the name its object.)
  if (zone !== null && !named && namesIntroducedModel(zone.split(AFTER_VERB_OBJECT)[0], own))
    return { subject: 'other-model', basis: 'cue', cue: zone.trim() };
  // "Nimbus-3 underwent red teaming" on the Nimbus-4 card: the same name, another version.
  // Without a verb the vocabulary knows, the clause's opening words stand for its subject ("Aurel-2 used …").
  // "Aurel-3-Voice, the speech variant of this family, accepts …": another member of the card's family.
  // "**Aurel-3-Ultra (largest model in the family):** …": a label, set aside above, that names one.
  const label = /^[^:\n]{2,100}:/.exec(clause)?.[0];
  const member = familyMemberNamed(zone ?? text.slice(0, 120), own) ?? (label ? familyMemberNamed(label, own) : null);
  if (member) return { subject: 'other-model', basis: 'cue', cue: member };
  // "Quello che hai visto era Aurel-Voice, un modello diverso che accetta audio": a name said to be another model.
  const distinct = distinctModelNamed(text, own);
  if (distinct && !namesOwnModel(withoutName(text, distinct), own, true))
    return { subject: 'other-model', basis: 'cue', cue: distinct };
  // "Aurel-2: 64.1 on MMLU" on the Aurel-3 card: a label naming another version, tier or model gives that model's value.
  // ("Changes since Heron-1:" relates the items to the card's model: a label that is only the name.)
  if (
    label &&
    NAME_ONLY_LABEL.test(label) &&
    (namesSiblingVersion(label, own) || tierSiblingNamed(label, own) || unknownModelNamed(label, own)) &&
    !namesOwnModel(label, own, true)
  )
    return { subject: 'other-model', basis: 'cue', cue: label };
  // "For Aurel-2 the systemic risk evaluation showed nothing critical": a fronted phrase that scopes the clause to another model.
  const scope = named ? null : FRONTED_SCOPE.exec(text);
  if (scope && (namesSiblingVersion(scope[1], own) || unknownModelNamed(scope[1], own)))
    return { subject: 'other-model', basis: 'cue', cue: scope[0] };
  // "Aurel-2 used a two-stage recipe: pretraining on 800B tokens …": a clause before the colon, its subject another model.
  const opener = label ? CLAUSE_LABEL.exec(label) : null;
  if (
    opener &&
    (namesSiblingVersion(opener[1], own) || unknownModelNamed(opener[1], own)) &&
    !namesOwnModel(label!, own, true)
  )
    return { subject: 'other-model', basis: 'cue', cue: label! };
  // "Images produced by the Veo-3 service carry …": a participle's agent that is another model owns the clause.
  const agent = named ? null : reducedRelativeAgent(text, cues);
  if (agent && (namesAnotherModel(agent, own) || otherModelMentions(agent, own, cues).length > 0))
    return { subject: 'other-model', basis: 'cue', cue: agent.trim() };
  // "Aurel-3-Max was red-teamed by …" on the Aurel-3 card: a sibling of another tier, the card's model not named beside it.
  const sibling = named ? null : tierSiblingNamed(zone ?? text.slice(0, 120), own);
  if (sibling) return { subject: 'other-model', basis: 'cue', cue: sibling };
  // "Teacher model Aurel-3-XL handles 1M-token contexts": a role, then a name that is not the card's model itself.
  const roleNamed = ROLE_THEN_NAME.exec(zone ?? text.slice(0, 80));
  // ("In addition to the dialogue model ChatGLM3-6B, the base model … are open-sourced" names the card's model too.)
  // The name said again later ("… described in the Aurel-3-XL technical report") is still the other model.
  if (
    roleNamed &&
    !isOwnName(roleNamed[1], own) &&
    !namesOwnModel(withoutName(text.replace(roleNamed[0], ' '), roleNamed[1]), own, true)
  )
    return { subject: 'other-model', basis: 'cue', cue: roleNamed[0] };
  // "The speech model Halcyon-S accepts …", "Il modello Corvina-12B dispone di …": a clause opening on a model of another
  // name, on a card whose own name is known.
  const kindNamed = KIND_THEN_NAME.exec(text);
  if (kindNamed && ownNameKnown(own) && !isOwnName(kindNamed[1], own) && !namesOwnModel(text, own, true))
    return { subject: 'other-model', basis: 'cue', cue: kindNamed[0] };
  // "For speech output, please use our sibling model Aurel-3-Omni": the reader sent to another model for it.
  const redirect = REDIRECT_TO_OTHER.exec(text) ?? PASSIVE_BY_OTHER.exec(text);
  if (redirect && !isOwnName(redirect[1] ?? redirect[2], own))
    return { subject: 'other-model', basis: 'cue', cue: redirect[0] };
  // "**Original model creator:** Mistral AI": a label about the base, whose value is the base's.
  // (On a card that names no origin, "**Original model creator:** Mistral AI" is another's by the maker it names.)
  if (
    label &&
    (labelAboutBase(label, own) || (labelAboutBase(label) && namesOthers(clause.slice(label.length), own, cues)))
  )
    return { subject: 'other-model', basis: 'cue', cue: label };
  // "**Training compute, predecessor Aurel-2:**", "Training compute of the base model (Kestrel-70B):": a label whose
  // topic is said to be another model's.
  if (label && (labelGivesOthersTopic(label, own) || labelNamesOther(label.slice(0, -1), own)))
    return { subject: 'other-model', basis: 'cue', cue: label };
  const lead = zone ?? text.slice(0, 60);
  if (namesSiblingVersion(lead, own)) return { subject: 'other-model', basis: 'cue', cue: lead.trim() };
  if (ownCue) return { subject: 'this-model', basis: 'cue', cue: ownCue[0].trim() || ownCue[0] };
  if (named) {
    // "All fine-tuning data used for Aurel-3 is licensed under CC BY-SA": the data's terms, the model named after them.
    const artefact = cues.otherArtefact.exec(text);
    const noun = artefact?.groups?.noun;
    if (artefact && noun && !namesOwnModel(text.slice(0, artefact.index + artefact[0].indexOf(noun)), own))
      return { subject: 'other-model', basis: 'cue', cue: artefact[0].trim() };
    return { subject: 'this-model', basis: 'named' };
  }
  const otherPhrase = cues.otherModel.exec(text) ?? cues.attribution.exec(text);
  if (otherPhrase) return { subject: 'other-model', basis: 'cue', cue: otherPhrase[0].trim() };
  // "Questions and comments about Llama 3 can be sent via …": a channel for another model.
  const about = QUESTIONS_ABOUT.exec(text);
  if (
    about &&
    (mentions.some((mention) => mention.index === about[0].length) ||
      /^(?:base|original|upstream|parent|underlying)\b/i.test(text.slice(about[0].length)))
  )
    return { subject: 'other-model', basis: 'cue', cue: about[0].trim() };
  // "see the summary published for Aurel-2" on the Aurel-3 card: a document of another version.
  const forSibling = FOR_NAME.exec(text);
  if (forSibling && namesSiblingVersion(forSibling[1], own) && !namesOwnModel(text, own, true))
    return { subject: 'other-model', basis: 'cue', cue: forSibling[0] };
  // "see the training-content summary Mistral AI published for Mistral Small 3.1": a document of another model.
  const document = documentForOther(text, mentions, own);
  if (document) return { subject: 'other-model', basis: 'cue', cue: document };
  // "the Orion-7B technical report describes its corpus as …": another model's document as the clause's subject.
  if (zone !== null && !named && OTHERS_DOCUMENT.test(zone) && namesAnotherModel(zone, own))
    return { subject: 'other-model', basis: 'cue', cue: zone.trim() };
  // "The Falcon 2 and Llama 3 teams report …": the team behind another model, named by its version.
  const team = named ? null : OTHERS_TEAM.exec(zone ?? text.slice(0, 80));
  if (team && /\d/.test(team[1])) return { subject: 'other-model', basis: 'cue', cue: team[0].trim() };
  // "Toolformer (Schick et al., 2023) showed that …", "Prior work on PagedAttention (Kwon et al., 2023) reported …": a cited work's finding.
  const cited = named ? null : CITED_WORK_REPORTS.exec(text);
  if (cited) return { subject: 'other-model', basis: 'cue', cue: cited[0].trim() };
  // "Tessa-2 was aligned with DPO …", "The Orin-34B-Base tokenizer is …" on the Aurel-3 card: a model of another name as the subject.
  const unknown = named || zone === null ? null : unknownModelNamed(zone, own);
  if (unknown) return { subject: 'other-model', basis: 'cue', cue: unknown };
  if (zone !== null) {
    const party =
      organisationSubject(zone, own, cues) ??
      cues.otherSubject.exec(zone)?.[0] ??
      cues.namedResource.exec(zone)?.[0] ??
      citationOpening(zone, cues) ??
      cues.otherArtefact.exec(text)?.[0];
    if (party) return { subject: 'other-model', basis: 'cue', cue: party.trim() };
  } else {
    // No verb the vocabulary knows: an organisation's possessive opening the clause still owns it ("Mistral AI's summary covers …").
    const owner = organisationSubject(lead, own, cues);
    if (owner && lead.trimStart().startsWith(owner)) return { subject: 'other-model', basis: 'cue', cue: owner };
    // "Kestrel-2-Chat eignet sich für Kundenservice-Bots": another model's name opening the clause, before a verb the
    // vocabulary does not know (of any language), is its subject.
    const opener = named ? null : OPENING_NAME.exec(text);
    if (opener && unknownModelNamed(opener[1], own)) return { subject: 'other-model', basis: 'cue', cue: opener[1] };
  }
  // "The systems in our latency benchmark accept …": a third party opening the clause outweighs the "our" after it.
  const opening = cues.otherSubject.exec(text);
  if (opening && /^\W*$/.test(text.slice(0, opening.index)))
    return { subject: 'other-model', basis: 'cue', cue: opening[0].trim() };
  if (cues.ownVoice.test(text)) return { subject: 'this-model', basis: 'cue', cue: 'we' };
  // "Questions … can be sent to the maintainers of OSCAR": a third party the clause is about.
  const party = cues.otherSubject.exec(text);
  if (party) return { subject: 'other-model', basis: 'cue', cue: party[0].trim() };
  if (mentions.length) {
    // "Ter vergelijking 😄: GPT-4 …": a comparison given as the clause's label counts too.
    const comparison = cues.comparison.exec(text) ?? allCues.comparison.exec(clause);
    if (comparison) return { subject: 'other-model', basis: 'cue', cue: comparison[0] };
    // The other model must be what the clause is about: named before its first verb, with a verb
    // after it ("Llama 2 70B scores 68.9"), not a value ("Network architecture: Mistral-NeMo") nor an
    // object ("Fine-tuned on pairs generated with GPT-3.5").
    // "By one estimate, training BLOOM used 433 MWh": another model's training, named as the clause's subject.
    const gerund = GERUND_SUBJECT.exec(ADJUNCT.test(text) ? text.slice(text.indexOf(', ') + 2) : text);
    if (gerund && otherModelMentions(gerund[0], own, cues).length && !namesOwnModel(gerund[0], own))
      return { subject: 'other-model', basis: 'cue', cue: gerund[0] };
    const verbAt = firstVerb(text, cues);
    // A name after "from" is where the subject came from ("The network initialises from OLMo-2 and is then trained …").
    const subjects = mentions.filter(
      (mention) =>
        mention.index < verbAt && !FROM_BEFORE.test(text.slice(Math.max(0, mention.index - 12), mention.index)),
    );
    if (verbAt >= 0 && subjects.length)
      return { subject: 'other-model', basis: 'cue', cue: text.slice(subjects[0].index, verbAt).trim() };
    // "GPT-4 Turbo accepts up to 128k tokens": a clause opening with the name and a verb in -s.
    const opening = mentions[0].index === 0 ? OPENING_VERB.exec(text.slice(mentions[0].length)) : null;
    if (opening)
      return { subject: 'other-model', basis: 'cue', cue: text.slice(0, text.indexOf(opening[1]) + opening[1].length) };
  }
  if (namedSubject) return { subject: 'this-model', basis: 'named' };
  return { subject: 'this-model', basis: 'default' };
}

/** A document named, then "for" right before another model's name. */
// A programme or channel for a model is a document of it too: "a bug bounty for Corvid-7", "the summary for the base Corvid-7B".
const DOCUMENT_FOR =
  /\b(?:summary|card|report|documentation|datasheet|data sheet|policy|paper|bug bounty|bounty|incident tracker|programme|program|portal|hotline)\b[^.;]{0,60}?\b(?:for|about|of) (?:the |its |their )?(?:(?:base|original|upstream|parent|earlier|previous) )?$/i;

const DOCUMENT_WORD =
  /\b(?:summary|card|report|documentation|datasheet|data sheet|policy|paper|bug bounty|bounty|incident tracker|programme|program|portal|hotline)\b/i;

function documentForOther(text: string, mentions: ModelMention[], own: OwnNames): string | null {
  for (const mention of mentions) {
    const before = text.slice(Math.max(0, mention.index - 80), mention.index);
    const found = DOCUMENT_FOR.exec(before);
    if (found) return `${found[0]}${text.slice(mention.index, mention.index + mention.length)}`.trim();
  }
  // A versioned name the vocabulary does not know ("a public summary … for Lexo-9"), when it is not the card's.
  if (!DOCUMENT_WORD.test(text)) return null;
  for (const match of text.matchAll(MODEL_LIKE_NAME)) {
    if (!/\d/.test(match[0]) || namesOwnModel(match[0], own, true)) continue;
    const found = DOCUMENT_FOR.exec(text.slice(Math.max(0, match.index - 80), match.index));
    if (found) return `${found[0]}${match[0]}`.trim();
  }
  return null;
}

const plainTwins = new WeakMap<SubjectCues, SubjectCues>();

/**
 * The cues for a plain text (no surrogates, no ſ or K): each pattern's `u`-free twin where it has
 * one, which finds exactly the same matches there several times faster (see fast-regex.ts).
 */
function plainTextCues(cues: SubjectCues): SubjectCues {
  let twins = plainTwins.get(cues);
  if (!twins) {
    const twin = (pattern: RegExp): RegExp => fastVariant(pattern.source, pattern.flags)?.pattern ?? pattern;
    twins = {
      ...cues,
      ownModel: twin(cues.ownModel),
      namedSubject: twin(cues.namedSubject),
      regulation: twin(cues.regulation),
      generalSubject: twin(cues.generalSubject),
      otherModel: twin(cues.otherModel),
      ownVoice: twin(cues.ownVoice),
      comparison: twin(cues.comparison),
    };
    plainTwins.set(cues, twins);
  }
  return twins;
}

/**
 * The subject of each clause of a statement. A clause that names no subject continues the one before;
 * a named subject beside a clause that names the card's model is another model ("Big-Other is …;
 * Wren-7B is not").
 */
export function clauseSubjects(
  statement: string,
  own: OwnNames,
  cues: SubjectCues,
): { clause: Clause; verdict: SubjectVerdict }[] {
  const clauses = clausesOf(statement, cues).flatMap((clause) => endRelativeClause(clause, own, cues));
  const judged = clauses.map((clause) => ({ clause, verdict: clauseSubject(clause.text, own, cues) }));
  // "- Llama 3.1 8B: dense transformer, 8.0B parameters": a lead label naming another model says whose the item is.
  const label = othersLabel(statement, own, cues);
  if (label && judged[0] && judged[0].verdict.basis !== 'named')
    judged[0].verdict = { subject: 'other-model', basis: 'cue', cue: label };
  if (judged.length > 1) {
    const ownNamed = judged.some(({ clause }) => namesOwnModel(clause.text, own));
    for (const entry of judged) {
      const { verdict, clause } = entry;
      if (ownNamed && verdict.basis === 'named' && !namesOwnModel(clause.text, own)) {
        entry.verdict = {
          subject: 'other-model',
          basis: 'cue',
          cue: cues.namedSubject.exec(plainStatement(clause.text))?.[0] ?? 'another model',
        };
      }
    }
    for (let index = 1; index < judged.length; index++) {
      const antecedent = RELATIVE_OPENING.test(judged[index].clause.text)
        ? othersNameAtEnd(judged[index - 1].clause.text, own, cues)
        : null;
      if (antecedent) judged[index].verdict = { subject: 'other-model', basis: 'cue', cue: antecedent };
      else if (judged[index].verdict.basis === 'default') judged[index].verdict = judged[index - 1].verdict;
    }
  }
  return judged;
}

/**
 * "which reportedly used 2e25 FLOP, our model used 3e23 FLOP": a relative clause ends where the
 * sentence's own subject comes back after a comma.
 */
function endRelativeClause(clause: Clause, own: OwnNames, cues: SubjectCues): Clause[] {
  if (!RELATIVE_OPENING.test(clause.text)) return [clause];
  for (let comma = clause.text.indexOf(', '); comma > 0; comma = clause.text.indexOf(', ', comma + 2)) {
    const rest = clause.text.slice(comma + 2);
    const verdict = clauseSubject(rest, own, cues);
    if (verdict.subject === 'this-model' && verdict.basis !== 'default')
      return [
        { text: clause.text.slice(0, comma), start: clause.start },
        { text: rest, start: clause.start + comma + 2 },
      ];
  }
  return [clause];
}

/** The lead label of a statement ("**Whisper large-v3 (published):** 2.0 % WER") when it names another model and not the card's. */
function othersLabel(statement: string, own: OwnNames, cues: SubjectCues): string | null {
  const text = statement.replace(DECORATION, ' ').replace(LIST_MARKER, '');
  const label = MODEL_LABEL.exec(text)?.[1]?.trim();
  if (!label || namesOwnModel(label, own)) return null;
  // The label is the name ("Llama 3.1 8B:"), not a phrase that mentions one ("Stack of two Llama-3-8B finetunes:").
  return otherModelMentions(label, own, cues)[0]?.index === 0 || PUBLISHED_BY_OTHERS.test(label) ? label : null;
}

/** A short lead label before a colon, versions and all ("Llama 3.1 8B:", "Canary-1B (published):"). */
const MODEL_LABEL = /^\s*([^:\n]{1,60}?)\s*:\s/;
/** A model named with where its figures come from ("Canary-1B (published)"): not the card's own figures. */
const PUBLISHED_BY_OTHERS =
  /^\p{L}[\p{L}\p{N}]*-[\p{L}\p{N}.-]*\d[\p{L}\p{N}.-]*\s*\((?:published|reported|official|reference|baseline|upstream|original)\)/iu;

/** A relative clause ("which scores 86.0 on MMLU"): its subject is the name it follows. */
const RELATIVE_OPENING = /^\s*(?:which|whose|that)\s/i;
/** A role noun closing a clause, which a relative clause then describes ("distilled from a teacher model | that is licensed …"). */
const ROLE_AT_END = /\b(?:teacher|base|parent|upstream|predecessor|foundation)(?: model)?\s*$/i;
/** After a name: its version words ("Instruct", "70B") and a parenthesis, then the clause's end. */
const NAME_TAIL =
  /^(?:[\s-]+(?:\p{Lu}[\p{L}\p{N}.]*|\d[\p{L}\p{N}.]*))*\s*(?:\([^()]*\))?(?:\s+as (?:the|an?|our) (?:[\p{Ll}-]+ ){0,2}(?:model|embedder|encoder|reranker|retriever|judge|teacher|guard|classifier|draft(?:er)?|tokeni[sz]er|backbone|base))?\s*$/u;
/** A versioned name and its capitalised size or edition words at the end of a clause ("Aurel-2 Small", "Aurel-2 (2025)"). */
const VERSION_NAME_AT_END =
  /(\p{Lu}[\p{L}\p{N}]*(?:[-_.\s]v?\d[\p{L}\p{N}.]*)(?:\s+\p{Lu}[\p{L}\p{N}]*){0,2})\s*(?:\([^()]*\))?\s*$/u;
/** A capitalised model-like name at the end of a clause ("Borealis-Ultra", "Kaori-1", "our larger Helix-70B model"). */
const NAME_AT_END =
  /(\p{Lu}[\p{L}\p{N}]*(?:[-_.][\p{L}\p{N}]+)+)\s*(?:\([^()]*\))?(?:\s+(?:model|checkpoint|LLM|network|teacher))?\s*$/u;

/**
 * Whose a relative clause is, by what it follows: another well-known model ("builds on Llama 3.1 70B
 * Instruct, which scores …"), or a name the card says it was made from ("distilled from our flagship
 * Borealis-Ultra, which handles 1M tokens"). Null for the card's own model or anything else.
 */
function othersNameAtEnd(clause: string, own: OwnNames, cues: SubjectCues): string | null {
  const tail = clause.slice(-120);
  const role = ROLE_AT_END.exec(tail);
  if (role) return role[0].trim();
  // "Aurel-2 Small, which we open-sourced in 2025, is licensed …": another version of the card's model.
  const version = VERSION_NAME_AT_END.exec(tail);
  if (version && namesSiblingVersion(version[1], own)) return version[1];
  const last = otherModelMentions(tail, own, cues).at(-1);
  if (last && NAME_TAIL.test(tail.slice(last.index + last.length)) && !namesOwnModel(tail.slice(last.index), own))
    return tail.slice(last.index).trim();
  const name = NAME_AT_END.exec(tail);
  const before = name ? tail.slice(0, name.index) : '';
  // A role word makes even a variant of the card's name another model ("our sibling model Aurel-3-Omni, which …").
  if (name && ROLE_BEFORE.test(before) && !isOwnName(name[1], own)) return name[1];
  if (name && !namesOwnModel(name[1], own, true) && (cues.baseBefore.test(before) || PAIRED_BEFORE.test(before)))
    return name[1];
  // "([De Vries, 2023](…)), which suggests a 2.96B model trained for 2.85T tokens …": the cited work's finding.
  const cited = CITATION_AT_END.exec(tail);
  if (cited) return cited[0].trim();
  // "… adapted from the SentencePiece project, which is distributed under Apache-2.0", "computed on wikitext-2-raw, which
  // is licensed under CC BY-SA": a third party's project, or data the card only used, is what the relative clause is about.
  const artefact = ARTEFACT_AT_END.exec(tail);
  if (artefact && !namesOwnModel(artefact[0], own, true)) return artefact[0].trim();
  // "… with bge-m3 as the embedder, which accepts 8,192 tokens": a component named by its role.
  const component = COMPONENT_AT_END.exec(tail);
  if (component && !namesOwnModel(component[1], own, true)) return component[0].trim();
  return null;
}

/**
 * "paired with Halden Vision-2, which accepts images", "you're using Brisa-1, which supports 32k tokens": a model used
 * beside the card's, or the one the reader is on, whose clause follows.
 */
const PAIRED_BEFORE =
  /\b(?:paired|combined|used|deployed|shipped|bundled|chained|coupled) (?:together )?with (?:the |our |a |an )?(?:\p{Lu}[\p{L}\p{N}]* )?$|\byou(?:['’]re| are| were|['’]ll be| will be) (?:actually |probably |currently |still )?(?:using|running|on|talking to) (?:the )?$|\b(?:alongside|together with) (?:the |our )?(?:\p{Lu}[\p{L}\p{N}]* )?$/u;

/** An imperative to use another model, marked by its role or by "instead" ("use our sibling model X", "use X instead"). */
const REDIRECT_TO_OTHER =
  /\b(?:use|try|switch to|choose|pick)\s+(?:(?:our|the|its)\s+)?(?:[\p{L}-]+\s+)?(?:sibling|companion|sister|dedicated|separate|specialised|specialized|larger|smaller|bigger)(?:\s+(?:model|variant|checkpoint|release))?\s+(\p{L}[\p{L}\p{N}]*(?:[-_.][\p{L}\p{N}]+)+)|\b(?:use|try|switch to|choose|pick)\s+(\p{L}[\p{L}\p{N}]*(?:[-_.][\p{L}\p{N}]+)+)\s+instead\b/iu;

/** A passive agent marked as a separate model ("is offered by the separate Aurel-3-Voice model", "provided by Aurel-3-Agent, a separate checkpoint"). */
const PASSIVE_BY_OTHER =
  /\b(?:provided|handled|offered|served|supported|covered|performed|delivered|done|produced|generated|processed|managed)\s+by\s+(?:(?:our|the|a)\s+)?(?:separate|dedicated|distinct|companion|sibling|sister)\s+(?:(?:model|variant|checkpoint)\s+)?(\p{L}[\p{L}\p{N}]*(?:[-_.][\p{L}\p{N}]+)+)|\b(?:provided|handled|offered|served|supported|covered|performed|delivered|done|produced|generated|processed|managed)\s+by\s+(?:(?:our|the)\s+)?(\p{L}[\p{L}\p{N}]*(?:[-_.][\p{L}\p{N}]+)+),?\s+(?:an?|the|our)\s+(?:[\p{L}-]+\s+){0,2}?(?:separate|distinct|dedicated|companion|sibling|sister)\s+(?:[\p{L}-]+\s+)?(?:model|checkpoint|variant|release|version)\b/iu;

/** "our larger teacher, Brindle-70B-Agent": a role named right before a name makes it another model. */
const ROLE_BEFORE =
  /\b(?:teacher|base|parent|upstream|original|predecessor|sibling|companion|flagship|larger|bigger|draft|reward|judge)(?: model)?,?\s+$/i;

/** A citation closing a clause: "(De Vries, 2023)", "[Tay et al., 2023](…)", "Smith and Jones (2021)". */
const CITATION_AT_END =
  /[([]*\p{Lu}[\p{L}'’-]+(?: (?:et al\.?|and \p{Lu}[\p{L}'’-]+|& \p{Lu}[\p{L}'’-]+))?,? \(?(?:19|20)\d\d[a-z]?\)?\]?(?:\([^()\s]*\))?\)*\s*$/u;

/** A third party's project or data closing a clause: "the SentencePiece project", "computed on wikitext-2-raw". */
const ARTEFACT_AT_END =
  /(?:\b(?:the|a|an) )?(?:[\p{L}\p{N}][\p{L}\p{N}.-]*\s+){1,2}(?:project|library|toolkit|framework|package|dataset|corpus|repository|harness|benchmark)\s*$|\b(?:computed|calibrated|measured|evaluated|collected|sampled) (?:on|from|with) (?:the )?[\p{L}][\p{L}\p{N}]*(?:[-_.][\p{L}\p{N}]+)+\s*$/iu;

/** A model-like name given a role beside the card's model ("bge-m3 as the embedder"). */
const COMPONENT_AT_END =
  /([\p{L}][\p{L}\p{N}]*(?:[-_.][\p{L}\p{N}]+)+)\s+as (?:the|an?|our) (?:[\p{Ll}-]+ ){0,2}(?:embedder|embedding model|encoder|reranker|retriever|judge|teacher|guard(?: model)?|classifier|draft model|drafter|backbone|base model)\s*$/u;

/** The subject of the clause holding offset `at` of a statement. */
export function subjectAt(statement: string, at: number, own: OwnNames, cues: SubjectCues): SubjectVerdict {
  const judged = clauseSubjects(statement, own, cues);
  let found = judged[0]?.verdict ?? { subject: 'this-model', basis: 'default' };
  for (const { clause, verdict } of judged) if (clause.start <= at) found = verdict;
  return found;
}

/**
 * Whose statement a whole sentence is, for duty evidence: the card's own when any clause is; else the
 * first clause that names another subject.
 */
export function statementSubject(statement: string, own: OwnNames, cues: SubjectCues): SubjectVerdict {
  const judged = clauseSubjects(statement, own, cues);
  const ownClause = judged.find(({ verdict }) => verdict.subject === 'this-model' && verdict.basis !== 'default');
  if (ownClause) return ownClause.verdict;
  return (
    judged.find(({ verdict }) => verdict.subject !== 'this-model')?.verdict ?? {
      subject: 'this-model',
      basis: 'default',
    }
  );
}

/** Right after a role noun and its comma or dash: "distilled from our teacher, a dense 70B transformer …" describes the teacher. */
const ROLE_APPOSITION =
  /\b(?:teacher(?: model)?|flagship(?: model)?|(?:base|parent|upstream|reference|original|teacher) model|predecessor)(?:\s+\p{L}[\p{L}\p{N}.-]*){0,2}(?:,\s+(?:an?|the)\s+[^,;()]*|\s*[—–]\s*(?:an?|the)\s+[^;()—–]*)$/iu;
/** Inside an opening comparison ("Unlike Llama 3 (Llama 3 Community License) and Gemma 2 …, Osprey …"). */
const OPENING_COMPARISON = /^\W*(?:unlike|compared (?:to|with)|as opposed to|in contrast to)\s[^,;]*$/i;

/** Inside a parenthesis opened after a role noun: "from a 70B teacher (a dense decoder-only transformer …)". */
const ROLE_PARENTHESIS =
  /\b(?:teacher|flagship|predecessor|(?:base|parent|upstream|reward|judge|draft|teacher) model)\s*\((?:[^()]|\.(?=\d))*$/iu;

/** Whether the words before a point put it in a phrase about another model: a role's apposition or parenthesis, or an opening comparison. */
export function inOthersPhrase(before: string): boolean {
  return ROLE_APPOSITION.test(before) || ROLE_PARENTHESIS.test(before) || OPENING_COMPARISON.test(before);
}

/** A model-like name after a word of comparison ("outperforms our previous flagship Aurel-2 (a 34B …"), with a parenthesis or relative clause still open at the figure. */
const COMPARED_NAME_OPEN =
  /\b(?:beats|outperforms|outscores|surpasses|exceeds|matches|rivals|than|versus|vs\.?|compared (?:to|with)|against|[Ll]ike|[Uu]nlike|[Ss]imilar to|[Aa]s with)\s+(?:(?:our|the|its|their)\s+)?(?:(?:previous|earlier|older|prior|former|larger|smaller|bigger)\s+)?(?:(?:flagship|model|version|release|generation|checkpoint|teacher|baseline)\s+)?([\p{L}][\p{L}\p{N}]*(?:[-_.][\p{L}\p{N}]+)+)(?:\s*\((?:[^.;()]|\.(?=\d))*|,?\s*\b(?:which|that|whose)\b(?:[^.;(),]|\.(?=\d))*)$/u;

/** After another model's name, a parenthesis or relative clause that is still open at the figure (a decimal point ends neither). */
const ATTACHED =
  /^(?:[^.;(),]|\.(?=\d)){0,40}?(?:,?\s*\b(?:which|that|whose)\b(?:[^.;(),]|\.(?=\d))*|\s*\((?:[^.;()]|\.(?=\d))*)$/u;

/** Names compared with, then their apposition still open at the point: "outperforms Mistral-7B and Llama-3-8B, both dense …". */
const COMPARED_APPOSITION =
  /\b(?:beats|outperforms|outscores|surpasses|exceeds|rivals|than|versus|vs\.?|compared (?:to|with)|against)\s+(\p{L}[\p{L}\p{N}]*(?:[-_.][\p{L}\p{N}]+)+)(?:(?:,\s*|\s+(?:and|or)\s+)\p{L}[\p{L}\p{N}]*(?:[-_.][\p{L}\p{N}]+)+)*,\s+(?:both|each|all|an?|the)\s+[^,;()]*$/u;

/** A model-like name, a comma and an apposition still open at the point: "Brontes-70B, a 70-billion-parameter …". */
const BASE_APPOSITION =
  /(\p{L}[\p{L}\p{N}]*(?:[-_.][\p{L}\p{N}]+)+),\s+(?:an?|the|our|its|un[ao]?|une|el|la|le|il|lo|een|het|de|ein\p{Ll}*|der|die|das)\s+[^,;()]*$/u;

/** A role, then the name it gives in commas, then an apposition still open: "our teacher model, Aurel-Ultra, a 405B …". */
const ROLE_NAME_APPOSITION =
  /\b(?:teacher|base|parent|upstream|original|predecessor|reference)(?: model)?,\s+(\p{L}[\p{L}\p{N}]*(?:[-_.][\p{L}\p{N}]+)+),\s+(?:an?|the)\s+[^,;()]*$/iu;

/** A model-like name and a "whose" clause still open at the point: "the same tokenizer as Corvina-2, whose context window …". */
const WHOSE_OPEN = /(\p{L}[\p{L}\p{N}]*(?:[-_.][\p{L}\p{N}]+)+)(?:\s*\([^()]*\))?,?\s+whose\b(?:[^.;(),]|\.(?=\d))*$/u;

/** A parenthesis or relative clause somewhere near the end: the only way a phrase can be attached. */
const OPEN_ATTACHMENT = /\(|\b(?:which|that|whose)\b/;

/** A Markdown link's target, "](…)". */
const LINK_TARGET = /\]\([^()\s]*\)/g;

/** The last model-like name of a text ("Aurel-2", "Lumen-VL") and where it ends. */
function lastModelLikeName(text: string): { name: string; end: number } | null {
  let found: { name: string; end: number } | null = null;
  for (const match of text.slice(-160).matchAll(MODEL_LIKE_NAME))
    found = { name: match[0], end: text.length - Math.min(160, text.length) + match.index + match[0].length };
  return found;
}

/**
 * "Compared with GPT-4, which reportedly used 2e25 FLOP, …", "Unlike Llama 3.1 405B (3.8e25 FLOP), …":
 * a figure or phrase in a relative clause or parenthesis attached to another model's name is that model's.
 * Returns that name, read from the text before the point.
 */
export function otherModelAttachedBefore(text: string, own: OwnNames, cues: SubjectCues): string | null {
  // "distilled from [Orion-70B](https://…), a 70-billion-parameter …": a linked name is read as its text.
  const before = text.includes('](') ? text.replace(LINK_TARGET, '').replace(/\[/g, '') : text;
  // "Fennel-Embed beats e5-large-v2 (a 335M-parameter encoder)": a name compared with, however little known.
  const compared = COMPARED_NAME_OPEN.exec(before);
  if (compared && !namesOwnModel(compared[1], own, true)) return compared[1];
  // "Aurel-3 outperforms Mistral-7B and Llama-3-8B, both dense decoder-only transformers": the compared models' apposition.
  const comparedApposition = COMPARED_APPOSITION.exec(before);
  if (comparedApposition && !namesOwnModel(comparedApposition[1], own, true)) return comparedApposition[1];
  // "Aurel-3 was distilled from Brontes-70B, a 70-billion-parameter mixture-of-experts transformer": the base's apposition.
  const apposition = BASE_APPOSITION.exec(before);
  if (apposition && !namesOwnModel(apposition[1], own, true) && cues.baseBefore.test(before.slice(0, apposition.index)))
    return apposition[1];
  // "distilled from our internal teacher model, Aurel-Ultra, a 405-billion-parameter …": the role's apposition.
  const roleName = ROLE_NAME_APPOSITION.exec(before);
  if (roleName && !namesOwnModel(roleName[1], own, true)) return roleName[1];
  // "uses the same tokenizer as Corvina-2, whose context window is 32k": "whose" belongs to the name it follows.
  const whose = WHOSE_OPEN.exec(before);
  if (whose && !namesOwnModel(whose[1], own, true)) return whose[1];
  // "builds on the Aurel-2 generation (released 14 March 2024, …)": another version's, or a model the card was made from.
  const named =
    (own.version || own.introduced?.length) && OPEN_ATTACHMENT.test(before) ? lastModelLikeName(before) : null;
  if (
    named &&
    (namesSiblingVersion(named.name, own) || namesIntroducedModel(named.name, own)) &&
    ATTACHED.test(before.slice(named.end))
  )
    return named.name;
  const mentions = otherModelMentions(before, own, cues);
  const last = mentions[mentions.length - 1];
  if (!last || namesOwnModel(before.slice(last.index + last.length), own, true)) return null;
  // "CodeParrot is a GPT-2 model (110M parameters)": a name used as a kind describes the model itself.
  if (/\b(?:a|an)\s+$/i.test(before.slice(Math.max(0, last.index - 4), last.index))) return null;
  return ATTACHED.test(before.slice(last.index + last.length))
    ? before.slice(last.index, last.index + last.length)
    : null;
}
