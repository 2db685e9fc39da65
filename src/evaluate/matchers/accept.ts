/** Which statement modes count as evidence: a rule's `accept:` list, or every mode that reports something. */
import { NEVER_EVIDENCE, STATEMENT_MODES, type StatementMode } from '../../facts/statement-mode.js';
import { MatcherError } from './kind.js';

/**
 * By default advice, negations and links count too: instructions for use are written as advice
 * ("install transformers >= 4.40") and limitations as negations ("not tested beyond English").
 * Duties about what the provider did (testing, training, assessments) accept only reported or linked.
 */
export const DEFAULT_ACCEPT: readonly StatementMode[] = STATEMENT_MODES.filter(
  (mode) => !NEVER_EVIDENCE.includes(mode),
);

export const ACCEPT_SCHEMA = {
  type: 'array',
  minItems: 1,
  uniqueItems: true,
  items: { enum: [...STATEMENT_MODES] },
  description: 'statement modes that count as evidence (default: reported, linked, advised, negated)',
} as const;

export function acceptedModes(
  value: unknown,
  fallback: readonly StatementMode[],
  path: string,
): ReadonlySet<StatementMode> {
  if (value === undefined) return new Set(fallback);
  const modes = value as StatementMode[];
  for (const mode of modes)
    if (NEVER_EVIDENCE.includes(mode)) throw new MatcherError(`"${mode}" statements are never evidence`, path);
  return new Set(modes);
}
