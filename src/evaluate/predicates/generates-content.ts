/**
 * Used by `synthetic-content-marking` (requiredWhen): Art. 50(2) concerns systems that generate
 * synthetic audio, image, video or text; the classifier's `art-50` flag says whether this model does.
 */
import type { Hit, MatchContext } from '../context.js';

export function generatesContent({ facts, classification }: MatchContext): Hit | null {
  if (!classification.flags.includes('art-50')) return null;
  const reason = classification.reasons.find((r) => /art\.? ?50|generat/i.test(r.text));
  return { position: reason?.position ?? facts.titlePosition, quote: reason?.text ?? 'generates synthetic content' };
}
