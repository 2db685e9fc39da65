/**
 * Used by `model-dependencies` (requiredWhen and evidence): the card names the model it modifies,
 * in front matter (`base_model`) or in prose ("fine-tuned from X", "a quantized version of X").
 * Prose needs a model name after the phrase, which a single pattern over sections cannot check.
 */
import type { Hit, MatchContext } from '../context.js';
import { quoteAt } from '../context.js';

/**
 * A model name: a Hub id ("org/name") or a name with a digit or hyphen ("Mistral-7B-v0.1"), not a
 * paper or an architecture; a Hub URL counts as its id ("adapted from the GPT-3 paper", "based on the Transformer architecture").
 */
const NAME = String.raw`\[?\x60?(?:https?:\/\/(?:huggingface\.co|hf\.co)\/)?(?!(?:open-source|pre-?trained|state-of-the-art|large-scale|high-quality|well-known|in-house|multi-\w+|non-\w+|self-\w+|text-to-\w+)\b)((?:[\w.\-]+\/[\w.\-]+)|(?:[A-Za-z][\w.]*[\d\-][\w.\-]*))\x60?\]?(?![\w.\-/]*\s+(?:paper|architecture|design|approach|recipe))`;
const PROSE = new RegExp(
  String.raw`\b(?:fine[- ]?tuned|finetuned|quantized|quantised|distilled|merged?|continued pre-?training)\s+(?:\w+\s+){0,2}?(?:version\s+)?(?:of|from|on top of|based on|on base model)\s+(?:the\s+)?(?:model\W{0,6}\s*)?` + NAME,
  'i',
);
const BASED_ON = new RegExp(String.raw`\b(?:based on|built (?:on|upon)|initiali[sz]ed from|trained on base model|adaption weights for)\s+(?:the\s+)?(?:base model\s+)?` + NAME, 'i');

export function declaresBaseModel({ facts }: MatchContext): Hit | null {
  const entry = facts.metadata.get('base_model');
  if (entry && entry.value !== null && entry.value !== '' && !(Array.isArray(entry.value) && entry.value.length === 0)) {
    return { position: entry.position, quote: `base_model: ${JSON.stringify(entry.value)}` };
  }
  const body = facts.proseText.slice(facts.bodyStart, facts.bodyStart + 200_000);
  const match = PROSE.exec(body) ?? BASED_ON.exec(body);
  if (!match) return null;
  const offset = facts.bodyStart + match.index;
  return { position: facts.positionAt(offset), quote: quoteAt(facts.text, offset) };
}
