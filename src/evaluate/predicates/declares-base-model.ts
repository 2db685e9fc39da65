/**
 * Used by `model-dependencies` (requiredWhen and evidence): the card names the model it modifies,
 * in front matter (`base_model`) or in prose ("fine-tuned from X", "a quantized version of X").
 * Prose needs a model name after the phrase, which a single pattern over sections cannot check.
 */
import type { Hit, MatchContext } from '../context.js';
import { quoteAt } from '../context.js';

const PROSE = /\b(?:fine[- ]?tuned|finetuned|quantized|quantised|distilled|adapted|merged?|derived|continued pre-?training)\s+(?:version\s+)?(?:of|from|on top of|based on)\s+(?:the\s+)?\[?`?([A-Za-z0-9][\w.\-/]{1,80})/i;
const BASED_ON = /\b(?:based on|built (?:on|upon)|initiali[sz]ed from)\s+(?:the\s+)?\[?`?([A-Z][\w.\-/]{1,80}|[\w.\-]+\/[\w.\-]+)/;

export function declaresBaseModel({ facts }: MatchContext): Hit | null {
  const entry = facts.metadata.get('base_model');
  if (entry && entry.value !== null && entry.value !== '' && !(Array.isArray(entry.value) && entry.value.length === 0)) {
    return { position: entry.position, quote: `base_model: ${JSON.stringify(entry.value)}` };
  }
  const body = facts.maskedText.slice(facts.bodyStart, facts.bodyStart + 200_000);
  const match = PROSE.exec(body) ?? BASED_ON.exec(body);
  if (!match) return null;
  const offset = facts.bodyStart + match.index;
  return { position: facts.positionAt(offset), quote: quoteAt(facts.text, offset) };
}
