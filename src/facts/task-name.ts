/**
 * A task list's item opens with the task's name ("- [x] Licence. The base model …", "- [x] Provider identified. Aurel
 * Labs."): a name of a few words with no clause of its own labels what follows, as "Licence:" would.
 */

/** A task item's marker and box, then the words before the period that may close its name. */
export const TASK_ITEM_OPENING = /^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+\[[ xX✓✔]\][ \t]+(\p{Lu}[^.!?:;,\n]{0,50})$/u;
/** A task's name at the start of its item's text (the box already read), closed by a period and followed by more. */
const TASK_NAME_LEAD = /^(\p{Lu}[^.!?:;,\n]{0,50})\.[ \t]+(?=\S)/u;
const TASK_NAME_MAX_WORDS = 5;
/** Pronouns and finite verbs: words that make a clause ("We tested it.", "Model is open."), not a name. */
const CLAUSE_WORD =
  /(?<![\p{L}])(?:we|I|our|it|is|are|was|were|has|have|had|will|can|may|must|should|does|do|did|wir|ist|sind|wurde|nous|est|sont|nosotros|es|son|noi|è|sono|wij|zijn|werd)(?![\p{L}])/iu;

/** Whether words before a period name a task rather than state something. */
export function isTaskName(words: string): boolean {
  return words.trim().split(/\s+/).length <= TASK_NAME_MAX_WORDS && !CLAUSE_WORD.test(words);
}

/** A task list's box at the start of an item's text, its marker already removed: "[x] ". */
const TASK_BOX = /^\s*\[[ xX✓✔]\]\s+/u;

/** A task item's text without its box and its name: "[x] Licence terms. The upstream checkpoint …" → "The upstream …". */
export function withoutTaskBoxAndName(text: string): string {
  const box = TASK_BOX.exec(text);
  if (!box) return text;
  const rest = text.slice(box[0].length);
  return rest.slice(leadingTaskName(rest)?.length ?? 0);
}

/** The name opening a task item's text ("Licence. The base model …" → "Licence"), with the offset past its period. */
export function leadingTaskName(text: string): { text: string; length: number } | null {
  const match = TASK_NAME_LEAD.exec(text);
  if (!match || !isTaskName(match[1])) return null;
  return { text: match[1].trim(), length: match[0].length };
}
