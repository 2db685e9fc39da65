/**
 * The card's text as its layout means it, at the same length: dot leaders read as colons, documentation-site
 * admonitions read as the text they frame. Parser and facts read the same text; the card's file is never rewritten.
 */
import { readAdmonitions } from './admonitions.js';
import { readDotLeaders } from './dot-leaders.js';

export function readWrittenLayout(text: string): string {
  return readAdmonitions(readDotLeaders(text));
}
