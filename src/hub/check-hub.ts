/**
 * Checks cards read from the Hugging Face Hub: the card at the commit the Hub reports, with what its Hub
 * page adds (the safetensors parameter count, the Trainer's `total_flos`, the base models' own pages and
 * cards). A model that cannot be read becomes a report with a finding that says why, never an exception.
 */
import { checkCard, unreadableFile } from '../lint.js';
import { decode } from '../io/read-source.js';
import type { FileReport } from '../model/report.js';
import type { Ruleset } from '../ruleset/load-rules.js';
import { EMPTY_POLICY, type Policy } from '../config/types.js';
import { HubError, type HubClient, type HubModel } from './hub-client.js';
import type { HubBase, HubFacts } from './hub-facts.js';
import type { HubBaseInfo, HubSourceInfo } from './hub-report.js';
import type { HubSource } from './hub-source.js';
import { assessBase } from './base-models.js';
import { cardProvenance } from '../provenance/digests.js';
import type { ContentCache } from '../cache/content-cache.js';

/** The files the Hugging Face Trainer writes `total_flos` to, most telling first. */
export const TRAINER_FILES = ['all_results.json', 'train_results.json', 'trainer_state.json'];
/** A merge may name many bases; the modification test needs the most capable, so a few are read. */
const MAX_BASES = 8;

export interface HubCheckOptions {
  client: HubClient;
  ruleset: Ruleset;
  policy?: Policy;
  maxBytes: number;
  /** Read the base models' Hub pages and cards (default true). */
  readBases?: boolean;
  /** Reports of cards judged before, by content and what the Hub added (`--cache`). */
  cache?: ContentCache;
  now?: Date;
}

/** One run's reader: each base model is read once however many cards name it. */
export interface HubSession {
  check(source: HubSource): Promise<FileReport>;
  /** The base models of a card read from disk, for `--hub`. */
  bases(ids: string[]): Promise<{ bases: HubBase[]; info: HubBaseInfo[] }>;
  /** The cards read, by source as given (for the formats that read a card again, such as CycloneDX). */
  texts: Map<string, string>;
}

export function createHubSession(options: HubCheckOptions): HubSession {
  const assessed = new Map<string, Promise<{ base: HubBase | null; info: HubBaseInfo }>>();
  const assess = (id: string) => {
    let pending = assessed.get(id);
    if (!pending) {
      pending = assessBase(id, options);
      assessed.set(id, pending);
    }
    return pending;
  };
  const bases = async (ids: string[]) => {
    const results = await Promise.all(ids.slice(0, MAX_BASES).map(assess));
    return {
      bases: results.flatMap((result) => (result.base ? [result.base] : [])),
      info: results.map((result) => result.info),
    };
  };
  const texts = new Map<string, string>();
  return { check: (source) => checkHubSource(source, options, bases, texts), bases, texts };
}

async function checkHubSource(
  source: HubSource,
  options: HubCheckOptions,
  readBases: HubSession['bases'],
  texts: Map<string, string>,
): Promise<FileReport> {
  const { client } = options;
  let model: HubModel;
  try {
    model = await client.model(source.repo, source.revision);
  } catch (error) {
    return unreadableFile(source.given, messageOf(error));
  }
  const read = await readCard(client, model, options.maxBytes);
  if (!read.ok) {
    const report = unreadableFile(source.given, read.reason, read.skipped ? 'file-skipped' : 'card-unreadable');
    report.hub = hubInfo(client, model, source, null, []);
    return report;
  }
  texts.set(source.given, read.text);
  const totalFlos = await readTotalFlos(client, model);
  const wantBases = options.readBases !== false && model.baseModels.length > 0;
  const { bases, info } = wantBases ? await readBases(model.baseModels) : { bases: [], info: [] };
  const facts: HubFacts = { repo: model.repo, revision: model.revision, bases };
  if (model.parameters !== null) facts.parameters = model.parameters;
  if (totalFlos) facts.totalFlos = totalFlos;
  const key = options.cache?.keyOf(source.given, read.bytes, { ...facts, info });
  const cached = key ? options.cache?.get(key) : undefined;
  if (cached) return cached;
  let report: FileReport;
  try {
    report = checkCard(source.given, read.text, options.ruleset, options.policy ?? EMPTY_POLICY, options.now, facts);
  } catch (error) {
    report = unreadableFile(source.given, `internal error while checking: ${messageOf(error)}`, 'internal-error');
  }
  for (const warning of read.warnings)
    report.problems.push({ ruleId: 'card-syntax', message: warning, line: 1, column: 1, severity: 'warning' });
  noteHubFigures(report, facts, model);
  report.provenance = cardProvenance(read.bytes, { repo: model.repo, revision: model.revision });
  report.hub = hubInfo(client, model, source, totalFlos, info);
  if (key && !report.problems.some((problem) => problem.ruleId === 'internal-error')) options.cache?.set(key, report);
  return report;
}

/** The tier's reasons say which figures came from the Hub (they cite line 1, where the card has none). */
function noteHubFigures(report: FileReport, facts: HubFacts, model: HubModel): void {
  if (!facts.applied?.length || report.tier.id === 'unknown') return;
  report.tier.reasons.unshift({
    text: `From the Hub (hf://${model.repo}@${model.revision.slice(0, 12)}), as the card states none: ${facts.applied.join('; ')}; cited below as line 1`,
  });
}

type CardRead =
  { ok: true; text: string; warnings: string[]; bytes: Uint8Array } | { ok: false; reason: string; skipped?: boolean };

/** The card's text at the model's commit, or why it cannot be had. */
async function readCard(client: HubClient, model: HubModel, maxBytes: number): Promise<CardRead> {
  const where = `hf://${model.repo}@${model.revision}`;
  const noCard: CardRead = { ok: false, reason: `${where} has no README.md: the model has no model card` };
  if (model.files.length && !model.files.includes('README.md')) return noCard;
  let bytes: Uint8Array | null;
  try {
    bytes = await client.file(model.repo, model.revision, 'README.md');
  } catch (error) {
    if (error instanceof HubError && (error.kind === 'unauthorized' || error.kind === 'gated') && model.gated)
      return {
        ok: false,
        reason: `${where} is gated (${model.gated} approval): its card can be read only with HF_TOKEN set to a token of an account that accepted its conditions`,
      };
    return { ok: false, reason: messageOf(error) };
  }
  if (bytes === null) return noCard;
  if (bytes.length > maxBytes)
    return {
      ok: false,
      reason: `the card is ${Math.ceil(bytes.length / 1024)} KB, above the --max-size limit; not checked`,
      skipped: true,
    };
  const decoded = decode(bytes);
  return decoded.ok ? { ...decoded, bytes } : decoded;
}

/** `total_flos` from the first Trainer results file the repository has; unreadable files are passed over. */
async function readTotalFlos(client: HubClient, model: HubModel): Promise<{ value: number; file: string } | null> {
  for (const file of TRAINER_FILES) {
    if (!model.files.includes(file)) continue;
    try {
      const bytes = await client.file(model.repo, model.revision, file);
      if (!bytes) continue;
      const value = (JSON.parse(Buffer.from(bytes).toString('utf8')) as { total_flos?: unknown }).total_flos;
      if (typeof value === 'number' && Number.isFinite(value) && value > 0) return { value, file };
    } catch {
      // A results file that cannot be read or parsed says nothing about compute.
    }
  }
  return null;
}

function hubInfo(
  client: HubClient,
  model: HubModel,
  source: HubSource,
  totalFlos: { value: number; file: string } | null,
  baseModels: HubBaseInfo[],
): HubSourceInfo {
  return {
    repo: model.repo,
    requested: source.revision ?? null,
    revision: model.revision,
    url: `${client.hubUrl}/${model.repo}/blob/${model.revision}/README.md`,
    pipelineTag: model.pipelineTag,
    tags: model.tags,
    licence: model.licence,
    gated: model.gated,
    private: model.private,
    libraryName: model.libraryName,
    parameters: model.parameters,
    totalFlos,
    baseModels,
  };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
