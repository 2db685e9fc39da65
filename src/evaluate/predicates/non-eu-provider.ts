/**
 * Used by `authorised-representative` (requiredWhen): Art. 54 binds providers established outside
 * the EU. A card rarely says where its provider is established, so the duty is presumed unless the
 * `ai_act` block states `established_in_eu: true`.
 */
import type { Hit, MatchContext } from '../context.js';

export function nonEuProvider({ facts }: MatchContext): Hit | null {
  const established = facts.metadata.get('ai_act.established_in_eu');
  if (established && established.value === true) return null;
  const position = established?.position ?? facts.frontMatterPosition;
  return { position, quote: established ? 'ai_act.established_in_eu: false' : 'provider establishment not stated' };
}
