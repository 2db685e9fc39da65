/**
 * Fields written with dot leaders, as on a spec sheet or a label ("Ctx window ..... 32,768 tok",
 * "Provider ........ Aurel Labs"), read as "Label: value": the leader is the colon. Same length as the
 * text, so every offset stays an offset into the card as written.
 */

/** A line's short label, then a leader of four dots or more (or three set off by spaces), then its value. */
const DOT_LEADER =
  /^([ \t]*(?:[-*+][ \t]+|\d{1,2}[.)][ \t]+)?(?:\*\*|__)?\p{L}(?:[^\n.:|]|\.(?=[ \t]?\p{L})){0,40}?[^\s.:|]\.?)(?:([ \t]*)(\.{4,}|…{2,})|([ \t]+)(\.{3}|…)(?=[ \t]))([ \t]*)(?=\S)/gmu;

export function readDotLeaders(text: string): string {
  if (!text.includes('...') && !text.includes('…')) return text;
  return text.replace(
    DOT_LEADER,
    (_whole, label: string, before = '', dots = '', spacedBefore = '', spacedDots = '', after: string) =>
      `${label}:${' '.repeat(before.length + dots.length + spacedBefore.length + spacedDots.length + after.length - 1)}`,
  );
}
