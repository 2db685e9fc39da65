/** The CLI's Hub sources: `check hf://OWNER/NAME[@REVISION]`, read a few at a time. */
import pLimit from 'p-limit';
import type { FileReport } from '../model/report.js';
import type { Ruleset } from '../ruleset/load-rules.js';
import type { Policy } from '../config/types.js';
import { createHubClient, hubUrlFrom, type HubClient } from './hub-client.js';
import { createHubSession } from './check-hub.js';
import type { HubSource } from './hub-source.js';

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
}

export async function checkHubSources(sources: HubSource[], options: HubCliOptions): Promise<FileReport[]> {
  const env = options.env ?? process.env;
  const client =
    options.client ?? createHubClient({ hubUrl: hubUrlFrom(options.hubUrl, env), token: env.HF_TOKEN || undefined });
  const session = createHubSession({
    client,
    ruleset: options.ruleset,
    policy: options.policy,
    maxBytes: options.maxBytes,
  });
  const limit = pLimit(CONCURRENCY);
  return Promise.all(sources.map((source) => limit(() => session.check(source))));
}
