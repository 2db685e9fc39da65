/**
 * The CLI's use of the Hub: `check hf://OWNER/NAME[@REVISION]` sources, and with `--hub` the base models
 * of cards read from disk. One session per run, so each base model is read once.
 */
import { resolve } from 'node:path';
import pLimit from 'p-limit';
import { parse } from 'yaml';
import type { FileReport } from '../model/report.js';
import type { Ruleset } from '../ruleset/load-rules.js';
import type { Policy } from '../config/types.js';
import { checkCard } from '../lint.js';
import { readSource } from '../io/read-source.js';
import { createHubClient, hubUrlFrom, type HubClient } from './hub-client.js';
import { createHubSession, type HubSession } from './check-hub.js';
import type { HubSource } from './hub-source.js';
import type { ContentCache } from '../cache/content-cache.js';
import { diskStore } from '../cache/hub-store.js';

/** Models read at once: the Hub rate-limits by the minute, and a run of a few cards gains nothing from more. */
const CONCURRENCY = 4;

export interface HubCliOptions {
  hubUrl?: string;
  ruleset: Ruleset;
  policy: Policy;
  maxBytes: number;
  env?: NodeJS.ProcessEnv;
  /** Tests: a client of their own (fast retries). */
  client?: HubClient;
  /** `--cache`: reports by content, and the Hub's ETags so that a later run's requests are conditional. */
  cache?: ContentCache;
}

export interface CliHub {
  checkSources(sources: HubSource[]): Promise<FileReport[]>;
  /** Of these local cards, those that name a base model, checked with the bases read from the Hub. */
  checkWithBases(paths: string[], cwd: string): Promise<Map<string, FileReport>>;
  /** The Hub cards' texts, by source as given. */
  texts: Map<string, string>;
}

export function createCliHub(options: HubCliOptions): CliHub {
  const env = options.env ?? process.env;
  const client =
    options.client ??
    createHubClient({
      hubUrl: hubUrlFrom(options.hubUrl, env),
      token: env.HF_TOKEN || undefined,
      store: options.cache ? diskStore(options.cache.directory) : undefined,
    });
  const session = createHubSession({
    client,
    ruleset: options.ruleset,
    policy: options.policy,
    maxBytes: options.maxBytes,
    cache: options.cache,
  });
  const limit = pLimit(CONCURRENCY);
  return {
    texts: session.texts,
    checkSources: (sources) => Promise.all(sources.map((source) => limit(() => session.check(source)))),
    async checkWithBases(paths, cwd) {
      const reports = new Map<string, FileReport>();
      await Promise.all(
        paths.map((path) =>
          limit(async () => {
            const report = await checkLocalCard(path, cwd, options, session);
            if (report) reports.set(path, report);
          }),
        ),
      );
      return reports;
    },
  };
}

/** A local card that names base models, checked with them; null for one that names none (checked as usual). */
async function checkLocalCard(
  path: string,
  cwd: string,
  options: HubCliOptions,
  session: HubSession,
): Promise<FileReport | null> {
  const source = readSource(resolve(cwd, path), options.maxBytes);
  if (!source.ok) return null;
  const ids = baseModelsOf(source.text);
  if (!ids.length) return null;
  const { bases } = await session.bases(ids);
  let report: FileReport;
  try {
    report = checkCard(path, source.text, options.ruleset, options.policy, undefined, { bases });
  } catch {
    return null;
  }
  for (const warning of source.warnings)
    report.problems.push({ ruleId: 'card-syntax', message: warning, line: 1, column: 1, severity: 'warning' });
  return report;
}

/** `base_model` of the card's front matter (one id or a list). */
export function baseModelsOf(text: string): string[] {
  const block = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)\s*(?:\r?\n|$)/.exec(text);
  if (!block) return [];
  let data: unknown;
  try {
    data = parse(block[1]);
  } catch {
    return [];
  }
  const value = (data as { base_model?: unknown } | null)?.base_model;
  return (Array.isArray(value) ? value : [value]).filter(
    (item): item is string => typeof item === 'string' && !!item.trim(),
  );
}
