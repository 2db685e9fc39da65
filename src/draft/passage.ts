/**
 * The card's own words at a line, as a form value: markup removed, a heading or a bare label
 * replaced by the text under it, a paragraph read to its end, shortened at a sentence when long.
 */
import type { CardFacts } from '../model/card.js';
import { lineText } from '../facts/text-views.js';

export const PASSAGE_MAX = 400;

const HEADING = /^\s{0,3}#{1,6}\s/;
const FENCE = /^\s*(?:```|~~~)/;

/** Plain text of Markdown/HTML inline markup: links keep their text and target, emphasis and tags go. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\(([^)\s]+)[^)]*\)/g, (_all, label: string, url: string) =>
      label.trim() === url ? url : `${label} (${url})`,
    )
    .replace(/<\/?[a-zA-Z][^<>]*>/g, ' ')
    .replace(/^\s{0,3}#{1,6}\s+/, '')
    .replace(/^\s*(?:[-*+]|\d{1,3}[.)])\s+/, '')
    .replace(/\s*\|\s*/g, ' | ')
    .replace(/(\*\*|__|`)/g, '')
    .replace(/(^|\s)[*_]([^*_\s][^*_]*)[*_](?=\s|$|[.,;:])/g, '$1$2')
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s|]+|[\s|]+$/g, '')
    .trim();
}

/** The words at `line`, or under it when the line is a heading or a label with nothing after it. */
export function passageAt(facts: CardFacts, line: number, max = PASSAGE_MAX): string {
  const raw = lineText(facts, line);
  const own = plainText(raw);
  const isLabel = /^[^.!?]{1,60}:$/.test(own) || own === '';
  if (HEADING.test(raw) || isLabel) {
    const under = textAfter(facts, line, max);
    if (under) return HEADING.test(raw) || !own ? under : shorten(`${own} ${under}`, max);
  }
  return shorten(paragraphFrom(facts, line), max);
}

/** A paragraph from `line` to its blank line (or a structural line), as plain text. */
function paragraphFrom(facts: CardFacts, line: number): string {
  const parts = [lineText(facts, line)];
  for (let next = line + 1; parts.join(' ').length < PASSAGE_MAX * 2; next++) {
    const text = lineText(facts, next);
    if (!text.trim() || HEADING.test(text) || FENCE.test(text) || /^\s*(?:[-*+]\s|\d{1,3}[.)]\s|\||<)/.test(text))
      break;
    parts.push(text);
  }
  return plainText(parts.join(' '));
}

/** The first words after a heading or label, skipping blank lines and code, up to the next heading. */
function textAfter(facts: CardFacts, line: number, max: number): string {
  const parts: string[] = [];
  let inFence = false;
  const lastLine = facts.positionAt(facts.text.length).line;
  for (let next = line + 1; next <= lastLine && parts.join(' ').length < max; next++) {
    const text = lineText(facts, next);
    if (FENCE.test(text)) inFence = !inFence;
    else if (HEADING.test(text)) break;
    else if (!inFence) {
      const plain = plainText(text);
      if (plain) parts.push(plain);
    }
  }
  return shorten(parts.join(' '), max);
}

/** Cut at the last sentence end before `max` when there is one, else at a word, marked with "…". */
export function shorten(text: string, max = PASSAGE_MAX): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const sentenceEnd = Math.max(cut.lastIndexOf('. '), cut.lastIndexOf('! '), cut.lastIndexOf('? '));
  if (sentenceEnd > max / 2) return cut.slice(0, sentenceEnd + 1);
  const word = cut.lastIndexOf(' ');
  return `${cut.slice(0, word > max / 2 ? word : max - 1)}…`;
}
