/**
 * The drafting commands: `form` (the Model Documentation Form), `training-summary` (the Art. 53(1)(d)
 * public summary skeleton) and `fix` (drafts of missing sections written into the card). Exit codes:
 * 0 done, 1 a card that cannot be read or used, 2 usage error.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { CliIo } from '../cli-main.js';
import { loadRuleset, type Ruleset } from '../ruleset/load-rules.js';
import { VERSION } from '../version.js';
import { fillForm, type Recipient } from './form.js';
import { CardInputError, DraftUsageError, pickCard, readCard } from './read-card.js';
import { renderFormJson, renderFormMarkdown } from './render-form.js';
import { cardValues } from './sources.js';
import { draftTrainingSummary, renderSummaryMarkdown } from './training-summary.js';
import { runFix } from './fix-cli.js';

const FORM_HELP = `ai-act-gate ${VERSION}: the Model Documentation Form of the GPAI Code of Practice, drafted from a model card

Usage: ai-act-gate form [card] [options]

Fills every field of the final form (July 2025) that the card answers, with the card line each
value comes from, and lists the fields left open. With no card, uses the only model card under
the current folder.

Options:
  -f, --format <markdown|json>        output format (default: markdown)
      --audience <downstream>         only the fields for downstream providers (the part that may be published)
  -h, --help                          show this help

Exit codes: 0 form written; 1 the card cannot be read or its front matter is broken; 2 usage error.
`;

const SUMMARY_HELP = `ai-act-gate ${VERSION}: a draft of the public summary of training content (Art. 53(1)(d)) from a model card

Usage: ai-act-gate training-summary [card] [options]

Lays out every section of the Commission's template (1.1–3.3) and pre-fills what the card states:
datasets, token count and its size band, modalities, data cut-off, crawling and robots.txt,
synthetic data, filtering, each with its card line; the rest is a TODO line. With no card,
uses the only model card under the current folder.

Options:
  -f, --format <markdown|json>        output format (default: markdown)
  -h, --help                          show this help

Exit codes: 0 summary written; 1 the card cannot be read or its front matter is broken; 2 usage error.
`;

export async function runDraftCli(command: string, argv: string[], io: CliIo): Promise<number> {
  try {
    if (command === 'form') return await runForm(argv, io);
    if (command === 'training-summary') return await runTrainingSummary(argv, io);
    return await runFix(argv, io);
  } catch (error) {
    if (error instanceof DraftUsageError) {
      io.stderr(`ai-act-gate: ${error.message}\nRun "ai-act-gate ${command} --help" for usage.\n`);
      return 2;
    }
    io.stderr(`ai-act-gate: ${error instanceof Error ? error.message : String(error)}\n`);
    return error instanceof CardInputError ? 1 : 2;
  }
}

type Options = NonNullable<ParseArgsConfig['options']>;

export function parse<T extends Options>(argv: string[], options: T) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: { ...options, help: { type: 'boolean', short: 'h' } } as T & { help: { type: 'boolean'; short: 'h' } },
    });
  } catch (error) {
    throw new DraftUsageError((error as Error).message);
  }
}

/** The shipped rules; a broken rules folder is reported like any other error (exit 2). */
export function rules(): Ruleset {
  return loadRuleset();
}

async function runForm(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(argv, {
    format: { type: 'string', short: 'f', default: 'markdown' },
    audience: { type: 'string' },
  } as const);
  if (values.help) {
    io.stdout(FORM_HELP);
    return 0;
  }
  const format = values.format;
  if (format !== 'markdown' && format !== 'json')
    throw new DraftUsageError(`--format must be markdown or json, not "${String(format)}"`);
  const audience = values.audience as Recipient | undefined;
  if (audience !== undefined && audience !== 'downstream')
    throw new DraftUsageError(`--audience must be downstream, not "${String(audience)}"`);
  const path = await pickCard(positionals, io.cwd, 'form');
  const card = readCard(path, io.cwd, rules());
  const form = fillForm(cardValues(card.analysis), audience);
  io.stdout(format === 'json' ? renderFormJson(path, form, audience) : renderFormMarkdown(path, form, audience));
  return 0;
}

async function runTrainingSummary(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(argv, { format: { type: 'string', short: 'f', default: 'markdown' } } as const);
  if (values.help) {
    io.stdout(SUMMARY_HELP);
    return 0;
  }
  const format = values.format;
  if (format !== 'markdown' && format !== 'json')
    throw new DraftUsageError(`--format must be markdown or json, not "${String(format)}"`);
  const path = await pickCard(positionals, io.cwd, 'training-summary');
  const card = readCard(path, io.cwd, rules());
  const sections = draftTrainingSummary(cardValues(card.analysis));
  io.stdout(
    format === 'json'
      ? `${JSON.stringify({ card: path, sections }, null, 2)}\n`
      : renderSummaryMarkdown(path, sections),
  );
  return 0;
}
