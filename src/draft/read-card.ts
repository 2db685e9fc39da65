/** Reading one card for a drafting command: the file, or the only card under the current folder. */
import { resolve } from 'node:path';
import { findCards } from '../io/find-cards.js';
import { DEFAULT_MAX_BYTES, readSource } from '../io/read-source.js';
import type { Ruleset } from '../ruleset/load-rules.js';
import { analyseCard, type CardAnalysis } from './analyse.js';

/** Bad arguments: exit 2. */
export class DraftUsageError extends Error {}
/** A card that cannot be used (missing, unreadable, broken front matter): exit 1, as `check` reports it. */
export class CardInputError extends Error {}

/** The card named, or the single card found under `cwd` when none is named. */
export async function pickCard(named: string[], cwd: string, command: string): Promise<string> {
  if (named.length > 1) throw new DraftUsageError(`${command} takes one card, got ${named.length}`);
  if (named.length === 1) return named[0];
  const found = await findCards([], cwd);
  if (found.length === 1) return found[0];
  throw new DraftUsageError(
    found.length
      ? `${command}: ${found.length} model cards under the current folder; name one (${found.slice(0, 3).join(', ')}${found.length > 3 ? ', …' : ''})`
      : `${command}: no model card found under the current folder; name one`,
  );
}

export interface ReadCard {
  path: string;
  text: string;
  analysis: CardAnalysis;
}

/**
 * Reads and analyses a card. Broken front matter stops the command: a draft from a card whose
 * metadata cannot be read would leave out, or in `fix` overwrite, what the author wrote there.
 */
export function readCard(path: string, cwd: string, ruleset: Ruleset): ReadCard {
  const source = readSource(resolve(cwd, path), DEFAULT_MAX_BYTES);
  if (!source.ok) throw new CardInputError(`${path}: ${source.reason}`);
  const analysis = analyseCard(source.text, ruleset);
  const broken = analysis.parsed.problems.find((problem) => problem.message.startsWith('Front matter'));
  if (broken)
    throw new CardInputError(
      `${path}:${broken.position.line}: ${broken.message.replace(/; the front matter is ignored.*$/, '')}; fix the front matter first`,
    );
  return { path, text: source.text, analysis };
}
