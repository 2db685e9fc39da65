/**
 * Used by `model-dependencies` (requiredWhen and evidence): the card names the model it modifies,
 * in front matter (`base_model`), in prose ("fine-tuned from X", "a quantized version of X") or in a merge's
 * mergekit configuration.
 * Prose needs a model name after the phrase, which a single pattern over sections cannot check.
 */
import type { Hit, MatchContext } from '../context.js';
import { quoteAt, underTitle } from '../context.js';
import { nameKey, offsetOf } from '../../facts/text-views.js';
import { cardSubjectCues, ownNames } from '../../facts/subject/index.js';
import { isOwnName } from '../../facts/subject/own-names.js';
import { classifyStatement, statementIndex, type StatementMode } from '../../facts/statement-mode.js';

/**
 * A model name: a Hub id ("org/name") or a name with a digit or hyphen ("Mistral-7B-v0.1"), not a
 * paper or an architecture; a Hub URL counts as its id ("adapted from the GPT-3 paper", "based on the Transformer architecture").
 */
const NAME = String.raw`\[?\x60?(?:https?:\/\/(?:huggingface\.co|hf\.co)\/)?(?!(?:open-source|pre-?trained|state-of-the-art|large-scale|high-quality|well-known|in-house|multi-\w+|non-\w+|self-\w+|text-to-\w+)\b)((?:[\w.\-]+\/[\w.\-]+)|(?:[A-Za-z][\w.]*[\d\-][\w.\-]*))\x60?\]?(?![\w.\-/]*\s+(?:paper|architecture|design|approach|recipe))`;
/**
 * A name in words with its Hub id or checkpoint's name after it: "Meta Llama 3.1 70B (`meta-llama/Llama-3.1-70B`)",
 * "Mistral Small 3 (24B, base checkpoint `Mistral-Small-24B-Base-2501`)".
 */
const WORDS_WITH_ID = String.raw`(?:[\p{Lu}\d][\p{L}\p{N}.-]*\s+){1,5}\((?:[^()\n]{0,40}?[\s,])?\x60?(?:[\w.-]+\/[\w.-]+|[A-Za-z][\w.]*-[\w.-]*\d[\w.-]*)`;
/** A model name, or one in words followed by its Hub id. */
const NAME_OR_WORDS = String.raw`(?:${WORDS_WITH_ID}|${NAME})`;
/** "a fine-tuned version of X", "a LoRA fine-tune (rank 64) of X": what was done, then the base. */
const PROSE = new RegExp(
  String.raw`\b(?:fine[- ]?tuned|finetuned|fine[- ]?tuning|fine[- ]?tune|finetune|quantized|quantised|distilled|derived|merged?|continued[- ]pre-?training|instruction[- ]tuning|(?:further|continu(?:ally|ously|ed))[- ](?:pre-?)?trained|resumed)\s+(?:\([^()\n]{1,30}\)\s+)?(?:[\w-]+\s+){0,2}?(?:version\s+)?(?:of|from|on top of|based on|on base model|van|von|de|di|du)\s+(?:the\s+)?(?:model\W{0,6}\s*)?` +
    NAME_OR_WORDS,
  'iu',
);
const BASED_ON = new RegExp(
  String.raw`\b(?:based on|built (?:on|upon)|initiali[sz](?:e|es|ed|ing) from|trained on base model|adaption weights for|auf (?:Basis|Grundlage) von|basierend auf|basé sur|à partir de|basado en|basato su|a partire da|gebaseerd op|(?:feinabgestimmte|nachtrainierte|weitertrainierte|weiter trainierte|quantisierte|destillierte) Version von|version (?:affinée|post-entraînée|ré-?entraînée|quantifiée|distillée) de|versión (?:ajustada|post-entrenada|posentrenada|re-?entrenada|cuantizada|destilada) de|versione (?:affinata|ottimizzata|post-addestrata|ri-?addestrata|quantizzata|distillata) di|(?:verfijnde|nagetrainde|verder getrainde|doorgetrainde|gekwantiseerde|gedistilleerde) versie van|samenvoeging(?: \([^()\n]{1,30}\))? van|Zusammenführung von|fusion de|fusión de|fusione di|dérivée? de|derivad[oa] de|derivat[oa] da|abgeleitet von|afgeleid van|afinad[oa] (?:a partir )?de|ajustad[oa] (?:a partir )?de|affinage(?: complet)?(?: \([^()\n]{1,30}\))? de|(?:Feinabstimmung|Fine-?Tuning|Weitertraining|Nachtraining)(?: \([^()\n]{1,30}\))? (?:von|des|der)(?: Basismodells?)?|ajuste fino(?: completo)? de|(?:affinamento|messa a punto)(?: complet[oa])? di|fijnafstemming van)\s+(?:the\s+)?(?:base model\s+)?` +
    NAME,
  'i',
);
/** Under a heading, label or table row that names the base model: the name as the value, or after a preposition. */
const NAMED_VALUE = new RegExp(
  String.raw`^[\s|:*_>-]*` +
    NAME +
    String.raw`|\b(?:from|of|on|von|auf|de|di|da|su|sur|van|op|uit)\s+(?:the\s+)?` +
    NAME,
  'iu',
);
/** "X is a Llama-3.1-8B pretrained model, fine-tuned for …": the base named before what was done to it. */
const IS_A_TUNED = new RegExp(
  String.raw`\b(?:is|are) an? ` +
    NAME +
    String.raw`\s+(?:pre-?trained |base )?model,?\s+(?:fine[- ]?tuned|finetuned|adapted|distilled|quanti[sz]ed)\b`,
  'i',
);
/** "Aurel-3 is Qwen2.5-14B (September 2024 release) with continued pretraining": the base named as what the model is, plus what was added. */
const IS_BASE_WITH = new RegExp(
  String.raw`\b(?:is|are) (?:an? )?` +
    NAME +
    String.raw`\s*(?:\([^()\n]{0,60}\)\s*)?,?\s+with (?:continued pre-?training|additional (?:pre-?)?training|further (?:pre-?)?training|instruction[- ]tuning|supervised fine-?tuning|fine-?tuning|a LoRA)`,
  'i',
);
/** "the instruction-tuned and RL-post-trained version of Aurel-3-Base": what was done, as adjectives of a version, then the base. */
const TUNED_VERSION_OF = new RegExp(
  String.raw`\b[\w-]*(?:tuned|trained|aligned|distilled|quanti[sz]ed|pre-?training|pretraining|training|tuning)(?:,?\s+(?:and\s+)?[\w-]*(?:tuned|trained|aligned|distilled|quanti[sz]ed))*\s+(?:version|variant|checkpoint|edition|derivative)\s+of\s+(?:the\s+)?(?:\p{Lu}[\p{L}\p{N}-]*['’]s\s+(?:own\s+)?)?` +
    NAME_OR_WORDS,
  'iu',
);
/** "built by fine-tuning Qwen2.5-14B on 180,000 dialogues": the base as what the work was done on. */
const BY_TUNING = new RegExp(
  String.raw`\b(?:by|through|via|after) (?:fine[- ]?tuning|finetuning|distilling|quanti[sz]ing|merging|further (?:pre-?)?training|continu(?:ing|ed) (?:the )?pre-?training(?: of)?)\s+(?:the\s+)?(?:base model\s+)?` +
    NAME,
  'i',
);
/** "we took the Qwen2.5-14B checkpoint (revision …) and continued pre-training it": the base as the checkpoint started from. */
const TOOK_CHECKPOINT = new RegExp(
  String.raw`\b(?:took|take|taking|start(?:ed|ing)? (?:from|with)|began with|begin with|initiali[sz]ed (?:from|with))\s+(?:the\s+)?(?:(?:public|open|released|original|official)\s+)?` +
    NAME +
    String.raw`\s+(?:base\s+)?(?:checkpoint|weights)\b`,
  'i',
);
/** "a LoRA adapter trained on top of Llama-3.1-8B": only a versioned name or Hub id, not "on top of model-level safety". */
const ON_TOP = /\bon top of\s+(?:the\s+)?\[?`?(?:[\w.-]+\/[\w.-]+|[A-Za-z][\w.-]*\d[\w.-]*)/i;
/** "If you are looking for the base model, please use [DBRX Base](https://huggingface.co/databricks/dbrx-base)": the base as a Hub link. */
const BASE_LINK =
  /\bbase model\b[^.\n|]{0,60}?\]\(https?:\/\/(?:huggingface\.co|hf\.co)\/(?!datasets\/|spaces\/|docs\/|blog\/)[\w.-]+\/[\w.-]+\/?\)/i;
/** mergekit's "Models merged:" / "The following models were included in the merge:" over a list of the models. */
const MERGED_LIST = new RegExp(
  String.raw`\b(?:models? merged|merged models?|(?:the )?following models were (?:included in the merge|merged)|merge of the following models)\s*:?\s*(?:[-*+]\s+)?` +
    NAME,
  'i',
);
/** A licence's definition of the base: '"Base Model" means Mistral-Small-24B-Base-2501, …'. */
const DEFINED_BASE = new RegExp(
  String.raw`["“](?:base|foundation|parent|upstream|original|source) model["”] (?:means|shall mean|refers to|denotes)\s+(?:the\s+)?(?:model\s+)?` +
    NAME,
  'i',
);
const REGION_TOPIC = 'model-dependencies';
/** A word after a name that makes it the family's base checkpoint: "Aurel-3 Base", "Aurel-3 (pretrained)". */
const BASE_WORD_AFTER = /^[\s(`*_]*(?:base|pre-?trained|foundation|pt)\b/i;
/** A merge's "Source model" column lists every model merged, not a family's variants. */
const MERGE_SOURCES = /\b(?:source|merged?|merge sources)\b/i;
const HUB_ID = /(?<![\w./-])[A-Za-z0-9][\w.-]*\/[A-Za-z0-9][\w.-]*\d[\w.-]*/;
const COUNTED: ReadonlySet<StatementMode> = new Set(['reported', 'linked']);
const DECLARED: ReadonlySet<StatementMode> = new Set(['reported', 'linked', 'advised']);

export function declaresBaseModel({ facts, classification }: MatchContext): Hit | null {
  const entry = facts.metadata.get('base_model');
  // A template left unfilled ("{{ base_model }}", "[More Information Needed]") names no model.
  const named = (entry ? (Array.isArray(entry.value) ? entry.value : [entry.value]) : []).filter(
    (value) => value !== null && value !== '' && classifyStatement(String(value)) !== 'placeholder',
  );
  if (entry && named.length > 0) {
    return { position: entry.position, quote: `base_model: ${JSON.stringify(entry.value)}` };
  }
  // The lineage the tier rests on, when it names one model ("LLaMA" alone is a family); the looser phrasings
  // below name a base for the documentation duty only.
  for (const base of classification.baseModels ?? []) {
    const offset = offsetOf(facts, base.position);
    if (offset >= facts.bodyStart && /[\d/-]/.test(base.id))
      return { position: base.position, quote: quoteAt(facts.text, offset) };
  }
  const body = facts.proseText.slice(facts.bodyStart, facts.bodyStart + 200_000);
  const statements = statementIndex(facts, facts.proseText, 'prose');
  for (const phrasing of LINEAGE_PHRASINGS) {
    // "Aurel-3-Mini was distilled from Aurel-3-Max" on the Aurel-3 card, "we plan to fine-tune from …": not the card's lineage.
    // "The base model is [X](…)" names the base as its subject, and is still the card's own lineage; "If you need
    // the base model, use [X](…)" points the reader to it; a licence's '"Base Model" means X' defines it.
    const declaresBase = phrasing === BASE_LINK_ALL || phrasing === MERGED_LIST_ALL || phrasing === DEFINED_BASE_ALL;
    for (const match of body.matchAll(phrasing)) {
      // "Aurel-3-Mini was derived from Aurel-3" on the Aurel-3 card: the card's model is the source, not a base
      // ("… of Corvane's own Aurel-3 Base" names the family's base checkpoint).
      if (
        match[1] &&
        !BASE_WORD_AFTER.test(body.slice(match.index + match[0].length, match.index + match[0].length + 24)) &&
        isOwnName(match[1], ownNames(facts, cardSubjectCues(facts)))
      )
        continue;
      const offset = facts.bodyStart + match.index;
      if (declaresBase ? DECLARED.has(statements.modeAt(offset)) : statements.countsAt(offset, COUNTED))
        return { position: facts.positionAt(offset), quote: quoteAt(facts.text, offset) };
    }
  }
  return namedInRegion(facts) ?? mergeConfig(facts);
}

/** mergekit's configuration: its `merge_method:` key, and the Hub ids it merges (`base_model:`, `- model:`). */
const MERGE_METHOD = /^[ \t]*merge_method:[ \t]*["']?[\w-]+/gm;
const MERGED_MODEL = /^[ \t]*(?:-[ \t]+)?(?:base_model|model):[ \t]*["']?[\w.-]+\/[\w.-]+/m;
/** How far from `merge_method:` a merged model's id is looked for. */
const MERGE_CONFIG_REACH = 1_500;

/** A mergekit configuration in a code block: the recipe of the card's merge names the models it was made from. */
function mergeConfig(facts: MatchContext['facts']): Hit | null {
  const text = facts.maskedText;
  MERGE_METHOD.lastIndex = facts.bodyStart;
  for (let method = MERGE_METHOD.exec(text); method; method = MERGE_METHOD.exec(text)) {
    // Only in code: the prose text blanks code blocks.
    if (facts.proseText.charCodeAt(method.index + method[0].length - 1) !== 32) continue;
    const from = Math.max(facts.bodyStart, method.index - MERGE_CONFIG_REACH);
    const window = text.slice(from, method.index + MERGE_CONFIG_REACH);
    const model = MERGED_MODEL.exec(window);
    if (!model) continue;
    const offset = from + model.index + (model[0].length - model[0].trimStart().length);
    return { position: facts.positionAt(offset), quote: quoteAt(facts.text, offset) };
  }
  return null;
}

const global = (pattern: RegExp) => new RegExp(pattern.source, `${pattern.flags}g`);
const BASE_LINK_ALL = global(BASE_LINK);
const MERGED_LIST_ALL = global(MERGED_LIST);
const DEFINED_BASE_ALL = global(DEFINED_BASE);
/** The phrasings that name a base, each searched through the card in turn. */
const LINEAGE_PHRASINGS = [
  ...[PROSE, BASED_ON, ON_TOP, IS_A_TUNED, IS_BASE_WITH, TUNED_VERSION_OF, TOOK_CHECKPOINT, BY_TUNING].map(global),
  MERGED_LIST_ALL,
  BASE_LINK_ALL,
  DEFINED_BASE_ALL,
];

/** "| Base model | Qwen2-7B |", "## Basismodell" over "Feinabgestimmt auf Basis von X": the duty's own name points at the model. */
function namedInRegion(facts: MatchContext['facts']): Hit | null {
  const own = ownNames(facts, cardSubjectCues(facts));
  for (const region of facts.regions) {
    // A "Base model" column of a family table lists the family's own variants, not a lineage; a table of one row is the card's.
    if (
      !region.topics.includes(REGION_TOPIC) ||
      (region.kind === 'table-column' && region.spans.length > 1 && !MERGE_SOURCES.test(region.title))
    )
      continue;
    if (region.value !== undefined) {
      if (NAMED_VALUE.test(region.value))
        return { position: region.position, quote: underTitle(region.title, region.value.slice(0, 100)) };
      continue;
    }
    for (const [from, to] of region.spans) {
      const content = facts.proseText.slice(from, Math.min(to, from + 2_000));
      // A row with a cell per model ("| Base Model | …-7B | …-13B |") lists a family's variants.
      if (
        region.kind === 'table-row' &&
        content
          .trim()
          .replace(/^\||\|$/g, '')
          .includes('|')
      )
        continue;
      // The card's own model opening the content ("Aurel-3 was produced with mergekit …") is not its base: the next name may be.
      let match: RegExpExecArray | null = null;
      const names = new RegExp(NAMED_VALUE.source, 'giu');
      for (let found = names.exec(content); found; found = names.exec(content)) {
        if (found[1] && (own.exact ?? own.keys).includes(nameKey(found[1]))) continue;
        match = found;
        break;
      }
      // A Hub id under the duty's name (a merge's sources in a table, "verder getraind vanaf Gemma 2 9B (google/gemma-2-9b)").
      if (!match) match = HUB_ID.exec(content);
      if (!match) continue;
      const offset = from + match.index + (match[0].length - match[0].trimStart().length);
      if (!COUNTED.has(statementIndex(facts, facts.proseText, 'prose').modeAt(offset))) continue;
      return { position: facts.positionAt(offset), quote: underTitle(region.title, quoteAt(facts.text, offset)) };
    }
  }
  return null;
}
