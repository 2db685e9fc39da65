/** `ai-act-gate fix [paths] [--dry-run] [--only RULE…]`: drafts of missing sections written into the cards. */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CliIo } from '../cli-main.js';
import { findCards } from '../io/find-cards.js';
import { VERSION } from '../version.js';
import { parse, rules } from './cli.js';
import { unifiedDiff } from './fix/diff.js';
import { draftSpecs } from './fix/draft-spec.js';
import { fixCard } from './fix/fix.js';
import { CardInputError, DraftUsageError, readCard } from './read-card.js';

const FIX_HELP = `ai-act-gate ${VERSION}: write drafts of the sections a model card is missing

Usage: ai-act-gate fix [paths or globs…] [options]

For each required duty that is missing or partial, inserts a marked draft: a new section where
the Hugging Face card template puts it, or a block at the end of the section that partly covers
the duty. Drafts carry the facts the card already states elsewhere, each with its line (derived
values such as training compute show their inputs), and a "TODO:" line for everything else,
which the checker keeps reporting as missing. Missing front-matter keys (license, base_model) and
an ai_act block with empty links are added to the front matter. The author's lines are never
changed; a second run changes nothing. With no paths, fixes the model cards under the current folder.

Options:
      --dry-run                       print a unified diff instead of writing the files
      --only <rule…>                  draft only these duties (rule ids; repeat or separate with commas)
  -h, --help                          show this help

Exit codes: 0 done; 1 a card could not be read or has broken front matter (others are still
fixed); 2 usage error.
`;

export async function runFix(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(argv, {
    'dry-run': { type: 'boolean' },
    only: { type: 'string', multiple: true },
  } as const);
  if (values.help) {
    io.stdout(FIX_HELP);
    return 0;
  }
  const only = (values.only ?? [])
    .flatMap((value) => value.split(','))
    .map((id) => id.trim())
    .filter(Boolean);
  const known = draftSpecs().drafts;
  const unknown = only.filter((id) => !known.has(id));
  if (unknown.length)
    throw new DraftUsageError(
      `--only: no draft for ${unknown.map((id) => `"${id}"`).join(', ')}; rule ids are ${[...known.keys()].join(', ')}`,
    );
  const paths = await findCards(positionals, io.cwd, { allowOutside: true });
  if (!paths.length)
    throw new DraftUsageError(
      positionals.length
        ? `no files match ${positionals.map((p) => `"${p}"`).join(', ')}`
        : 'no model cards found under the current folder',
    );
  const ruleset = rules();
  let failed = 0;
  for (const path of paths) {
    try {
      const result = fixCard(readCard(path, io.cwd, ruleset), only);
      if (values['dry-run']) io.stdout(unifiedDiff(path, result.before, result.after));
      else if (result.changed) writeFileSync(resolve(io.cwd, path), result.text);
      const what = result.drafted.map((draft) =>
        draft.facts ? `${draft.rule} (${draft.facts} fact${draft.facts === 1 ? '' : 's'})` : draft.rule,
      );
      const verb = values['dry-run'] ? 'would draft' : 'drafted';
      (values['dry-run'] ? io.stderr : io.stdout)(
        `${path}: ${what.length ? `${verb} ${what.join(', ')}` : 'nothing to draft'}\n`,
      );
    } catch (error) {
      if (!(error instanceof CardInputError)) throw error;
      io.stderr(`ai-act-gate: ${error.message}\n`);
      failed++;
    }
  }
  return failed ? 1 : 0;
}
