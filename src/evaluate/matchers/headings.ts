/**
 * Headings as evidence: a heading names a topic, its content says something about it. A heading
 * whose section holds nothing of its own ("## Model Card Contact" over a template placeholder, or
 * only a "### Framework versions" subheading) says nothing.
 */
import { isHeading } from '../../facts/sections.js';
import type { Section } from '../../model/card.js';

export { isHeading };

/** Whether a subsection is about another topic than its parent's `names` (an unknown heading is not). */
export function isOtherTopic(sub: Section, names: readonly string[]): boolean {
  return sub.canonical.length > 0 && !sub.canonical.some((name) => names.includes(name));
}

/** Whether `offset` falls in the title of a heading whose section has no content of its own topic. */
export function inEmptyHeading(text: string, sections: readonly Section[], offset: number): boolean {
  const index = sections.findIndex((s) => s.start <= offset && offset < s.bodyStart);
  if (index < 0) return false;
  const section = sections[index];
  if (!isHeading(text, section.start) || section.words > 0) return false;
  for (let i = index + 1; i < sections.length && sections[i].start < section.subtreeEnd; i++) {
    const sub = sections[i];
    if (sub.words > 0 && !isOtherTopic(sub, section.canonical)) return false;
  }
  return true;
}
