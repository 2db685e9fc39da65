/**
 * `ai-act-gate hub-scan --author NAME`: every model of a Hugging Face user or organisation, each card
 * judged as `check hf://…` judges it, written as `org-scan` writes its report (JSON, Markdown, the HTML
 * dashboard; `--shard i/n`, `--merge`, `--previous`), so the same dashboards and merges serve both.
 */
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import pLimit from 'p-limit';
import type { CliIo } from '../cli-main.js';
import { loadRuleset } from '../ruleset/load-rules.js';
import { checkPolicyRuleIds } from '../config/apply-policy.js';
import { loadPolicyFile } from '../config/load-config.js';
import { EMPTY_POLICY, type Policy } from '../config/types.js';
import { DEFAULT_MAX_BYTES } from '../io/read-source.js';
import { finish, readPrevious, runOrgScanCli } from '../org-cli.js';
import { parseShard, type Shard } from '../org/plan.js';
import { buildOrgReport } from '../org/scan.js';
import type { OrgRepository } from '../org/types.js';
import type { FileReport } from '../model/report.js';
import { openCliCache } from '../cache/cli-cache.js';
import { diskStore } from '../cache/hub-store.js';
import { createHubClient, hubUrlFrom, type HubClient } from './hub-client.js';
import { createHubSession } from './check-hub.js';

const FORMATS = ['json', 'markdown', 'html'] as const;
type Format = (typeof FORMATS)[number];

const HELP = `Usage: ai-act-gate hub-scan --author NAME [options]
       ai-act-gate hub-scan --merge REPORT.json… [--format F] [--output FILE] [--previous OLD.json]

Checks the card of every model of a Hugging Face user or organisation, read through the Hub's API
at the commit it reports, and writes one report in org-scan's form.

Options:
      --author <name>        the user or organisation (required, except with --merge)
      --hub-url <url>        the Hub (default: $HF_ENDPOINT, or https://huggingface.co); token: $HF_TOKEN
  -c, --config <file>        policy file
  -f, --format <json|markdown|html>   output format (default: json)
  -o, --output <file>        write the report to a file instead of stdout
      --previous <old.json>  an earlier report of the same author: show what changed since
      --shard <i/n>          check the i-th of n stable parts of the models (1-based)
      --cache <dir>          keep reports and the Hub's ETags there; a re-run sends conditional requests
      --concurrency <n>      models read at once (default: 4)
      --rules <dir>          use the rules in this folder instead of the bundled ones
      --max-size <bytes>     report larger cards instead of checking them (default: ${DEFAULT_MAX_BYTES})
      --merge <report.json>… combine the JSON reports of --shard runs (as org-scan --merge)
  -h, --help                 show this help

Exit codes: 0 checked and nothing blocked; 1 a release blocked or a model that could not be read;
2 usage, configuration or Hub error (the models cannot be listed).
`;

class UsageError extends Error {}

export interface HubScanDependencies {
  env?: NodeJS.ProcessEnv;
  client?: HubClient;
  now?: () => Date;
}

export async function runHubScanCli(
  argv: string[],
  io: CliIo,
  dependencies: HubScanDependencies = {},
): Promise<number> {
  // Merging shards reads files only: org-scan's merge does exactly that.
  if (argv.includes('--merge'))
    return runOrgScanCli(
      argv.map((arg) => (arg === '--author' ? '--org' : arg)),
      io,
    );
  try {
    return await scan(argv, io, dependencies);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(
      `ai-act-gate hub-scan: ${message}\n${error instanceof UsageError ? 'Run "ai-act-gate hub-scan --help" for usage.\n' : ''}`,
    );
    return 2;
  }
}

async function scan(argv: string[], io: CliIo, dependencies: HubScanDependencies): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        author: { type: 'string' },
        'hub-url': { type: 'string' },
        config: { type: 'string', short: 'c' },
        format: { type: 'string', short: 'f', default: 'json' },
        output: { type: 'string', short: 'o' },
        previous: { type: 'string' },
        shard: { type: 'string' },
        cache: { type: 'string' },
        concurrency: { type: 'string' },
        rules: { type: 'string' },
        'max-size': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  const author = values.author;
  if (!author || !/^[A-Za-z0-9][A-Za-z0-9._-]{0,95}$/.test(author))
    throw new UsageError(
      author ? `--author "${author}" is not a Hub user or organisation name` : '--author is required',
    );
  const format = values.format as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be ${FORMATS.join(', ')}, not "${values.format}"`);
  let shard: Shard | null = null;
  if (values.shard !== undefined) {
    const parsed = parseShard(values.shard);
    if (typeof parsed === 'string') throw new UsageError(parsed);
    shard = parsed;
  }
  const concurrency = values.concurrency === undefined ? 4 : Number(values.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 32)
    throw new UsageError(`--concurrency must be a whole number from 1 to 32, not "${values.concurrency}"`);
  const maxBytes = values['max-size'] === undefined ? DEFAULT_MAX_BYTES : Number(values['max-size']);
  if (!Number.isFinite(maxBytes) || maxBytes <= 0)
    throw new UsageError(`--max-size must be a positive number of bytes, not "${values['max-size']}"`);
  const previous = values.previous ? await readPrevious(resolve(io.cwd, values.previous), author) : undefined;

  const policy: Policy = values.config
    ? await loadPolicyFile(resolve(io.cwd, values.config), { root: io.cwd })
    : EMPTY_POLICY;
  const ruleset = loadRuleset(values.rules ? resolve(io.cwd, values.rules) : undefined, policy.ruleFolders);
  checkPolicyRuleIds(policy, ruleset.rules);
  const warn = (message: string) => io.stderr(`ai-act-gate hub-scan: warning: ${message}\n`);
  const cache = values.cache ? openCliCache(values.cache, { cwd: io.cwd, ruleset, policy, warn }) : undefined;
  const env = dependencies.env ?? process.env;
  const hubUrl = hubUrlFrom(values['hub-url'], env);
  const client =
    dependencies.client ??
    createHubClient({
      hubUrl,
      token: env.HF_TOKEN || undefined,
      store: cache ? diskStore(cache.directory) : undefined,
    });
  const session = createHubSession({ client, ruleset, policy, maxBytes, cache, now: dependencies.now?.() });

  const listed: string[] = [];
  for await (const model of client.listModels(author)) listed.push(model.repo);
  const selected = [...new Set(listed)]
    .sort()
    .filter((_, position) => !shard || position % shard.count === shard.index - 1);
  const limit = pLimit(concurrency);
  const repositories = await Promise.all(
    selected.map((repo) =>
      limit(async (): Promise<OrgRepository> => {
        const report = await session.check({ given: `hf://${repo}`, repo });
        return asRepository(repo, client.hubUrl, report);
      }),
    ),
  );
  const report = buildOrgReport(
    author,
    repositories,
    ruleset,
    shard,
    dependencies.now?.() ?? new Date(),
    {
      total: client.requests.total,
      notModified: client.requests.notModified,
    },
    policy,
  );
  const label = `hub-scan ${author}${shard ? ` (shard ${shard.index}/${shard.count})` : ''}`;
  return finish(report, { format, output: values.output }, previous, label, io);
}

/** A model as org-scan's repository: its card at README.md, or why it could not be read. */
function asRepository(repo: string, hubUrl: string, report: FileReport): OrgRepository {
  const repository: OrgRepository = {
    fullName: repo,
    defaultBranch: report.hub?.revision ?? 'main',
    htmlUrl: `${hubUrl}/${repo}`,
    status: 'checked',
    configPath: null,
    files: [],
  };
  const unreadable = report.problems.find((problem) => problem.ruleId === 'card-unreadable');
  if (unreadable && /has no README\.md/.test(unreadable.message)) return { ...repository, status: 'no-cards' };
  if (unreadable) return { ...repository, status: 'failed', error: unreadable.message };
  return { ...repository, files: [{ ...report, path: 'README.md' }] };
}
