/**
 * `ai-act-gate org-scan --org NAME`: scans every repository of a GitHub organisation (or one shard
 * of them) and writes one report. Returns the exit code: 0 done and nothing blocked, 1 a repository
 * blocked or failed, 2 usage, configuration or API error. Messages, never stack traces.
 */
import { parseArgs } from 'node:util';
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { CliIo } from './cli-main.js';
import { loadRuleset, RuleLoadError } from './ruleset/load-rules.js';
import { RuleFileError } from './ruleset/validate-rule.js';
import { checkPolicyRuleIds } from './config/apply-policy.js';
import { ConfigError, EMPTY_POLICY, type Policy } from './config/types.js';
import { DEFAULT_MAX_BYTES } from './io/read-source.js';
import { VERSION } from './version.js';
import { CardChecker } from './card-checker.js';
import { DEFAULT_TIME_BUDGET_MS } from './check-files.js';
import { createOrgOctokit, messageOf } from './org/octokit.js';
import { useConditionalRequests } from './org/conditional-requests.js';
import { RunCache } from './org/run-cache.js';
import { createRemoteConfigReader } from './org/remote-config.js';
import { loadOrgPolicy } from './org/policy.js';
import { parseShard, shrinkTree, type Shard } from './org/plan.js';
import { scanOrganisation, type ScanResult } from './org/scan.js';
import { syncTrackingIssues } from './org/tracking-issues.js';
import { createProgress } from './org/progress.js';
import { ORG_REPORT_SCHEMA_VERSION, type OrgReport } from './org/types.js';
import { MergeError, mergeOrgReports, type MergeInput } from './org/merge-reports.js';

const FORMATS = ['json', 'markdown', 'html'] as const;
type Format = (typeof FORMATS)[number];
const DEFAULT_CONCURRENCY = 4;
const MAX_CONCURRENCY = 32;

const HELP = `ai-act-gate ${VERSION}: check the model cards of every repository of a GitHub organisation

Usage: ai-act-gate org-scan --org NAME [options]
       ai-act-gate org-scan --merge REPORT.json… [--format F] [--output FILE] [--previous OLD.json]

Reads each repository's default branch through the API (one tree request, then the cards
and .github/ai-act-gate.yml by blob), checks the cards under the org policy merged with each
repository's own config, and writes one report.

Options:
      --org <name>                    the organisation (required, except with --merge)
      --token <token>                 GitHub token (default: $GITHUB_TOKEN, then $GH_TOKEN)
      --api-url <url>                 REST API root (default: $GITHUB_API_URL, or https://api.github.com)
  -c, --config <file>                 the organisation's policy file; each repository's own config applies on top
  -f, --format <${FORMATS.join('|')}>       output format (default: json)
  -o, --output <file>                 write the report to a file instead of stdout
      --previous <old.json>           an earlier org-scan JSON report: show what changed since
      --cache <file>                  keep ETags and blobs here between runs (conditional requests)
      --shard <i/n>                   scan the i-th of n stable parts of the organisation (1-based)
      --concurrency <n>               repositories scanned at once (default: ${DEFAULT_CONCURRENCY})
      --include-archived              also scan archived repositories
      --include-forks                 also scan forks
      --tracking-issues               open, update or close one "ai-act-gate" issue per repository with release blockers
      --rules <dir>                   use the rules in this folder instead of the bundled ones
      --max-size <bytes>              report larger files instead of reading them (default: ${DEFAULT_MAX_BYTES})
      --time-budget <seconds>         skip a card whose check takes longer (default: ${DEFAULT_TIME_BUDGET_MS / 1000}; 0: no limit)
      --merge <report.json>…          combine the JSON reports of --shard runs into one report (no API access;
                                      with --format, --output, --previous, and --org to check the organisation)
  -h, --help                          show this help

Exit codes: 0 scanned and nothing blocked; 1 a release blocked or a repository that could not
be scanned; 2 usage, configuration or API error, or reports that cannot be merged.
`;

class UsageError extends Error {}

/** What tests and the bench replace; the real CLI passes nothing. */
export interface OrgScanDependencies {
  fetch?: typeof globalThis.fetch;
  env?: NodeJS.ProcessEnv;
  /** Whether stderr is a terminal (progress line); process.stderr's by default. */
  stderrIsTTY?: boolean;
  retryAfterBaseValue?: number;
  throttleId?: string;
  now?: () => Date;
}

/** `argv` is what follows `org-scan` (a leading `org-scan` is accepted too). */
export async function runOrgScanCli(
  argv: string[],
  io: CliIo,
  dependencies: OrgScanDependencies = {},
): Promise<number> {
  try {
    return await run(argv[0] === 'org-scan' ? argv.slice(1) : argv, io, dependencies);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`ai-act-gate org-scan: ${error.message}\nRun "ai-act-gate org-scan --help" for usage.\n`);
      return 2;
    }
    const known =
      error instanceof ConfigError ||
      error instanceof RuleLoadError ||
      error instanceof RuleFileError ||
      error instanceof MergeError;
    io.stderr(`ai-act-gate org-scan: ${known ? (error as Error).message : messageOf(error)}\n`);
    return 2;
  }
}

interface Settings {
  org: string;
  token: string;
  baseUrl: string | undefined;
  format: Format;
  output: string | undefined;
  config: string | undefined;
  previous: string | undefined;
  cache: string | undefined;
  shard: Shard | null;
  concurrency: number;
  includeArchived: boolean;
  includeForks: boolean;
  trackingIssues: boolean;
  rules: string | undefined;
  maxBytes: number;
  timeBudgetMs: number;
}

/** `--merge`: the reports to combine, instead of a scan. */
interface MergeSettings {
  files: string[];
  org: string | undefined;
  format: Format;
  output: string | undefined;
  previous: string | undefined;
}

/** Options that only a scan uses. */
const SCAN_ONLY = [
  'token',
  'api-url',
  'config',
  'cache',
  'shard',
  'concurrency',
  'include-archived',
  'include-forks',
  'tracking-issues',
  'rules',
  'max-size',
  'time-budget',
] as const;

function parseSettings(argv: string[], env: NodeJS.ProcessEnv): Settings | MergeSettings | 'help' {
  let values;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        org: { type: 'string' },
        token: { type: 'string' },
        'api-url': { type: 'string' },
        config: { type: 'string', short: 'c' },
        format: { type: 'string', short: 'f', default: 'json' },
        output: { type: 'string', short: 'o' },
        previous: { type: 'string' },
        cache: { type: 'string' },
        shard: { type: 'string' },
        concurrency: { type: 'string' },
        'include-archived': { type: 'boolean', default: false },
        'include-forks': { type: 'boolean', default: false },
        'tracking-issues': { type: 'boolean', default: false },
        rules: { type: 'string' },
        'max-size': { type: 'string' },
        'time-budget': { type: 'string' },
        merge: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (values.help) return 'help';
  const org = values.org;
  // GitHub logins: letters, digits and single hyphens.
  if (org && !/^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/.test(org))
    throw new UsageError(`--org "${org}" is not a GitHub organisation name`);
  const format = values.format as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be ${FORMATS.join(', ')}, not "${values.format}"`);
  if (values.merge) {
    const scanOnly = SCAN_ONLY.find((name) => values[name] !== undefined && values[name] !== false);
    if (scanOnly) throw new UsageError(`--${scanOnly} is for scanning; --merge only combines reports`);
    if (positionals.length === 0) throw new UsageError('--merge needs the JSON reports to merge');
    return { files: positionals, org, format, output: values.output, previous: values.previous };
  }
  if (positionals.length > 0)
    throw new UsageError(`unexpected argument "${positionals[0]}" (only --merge takes files)`);
  if (!org) throw new UsageError('--org is required');
  const token = values.token || env.GITHUB_TOKEN || env.GH_TOKEN;
  if (!token) throw new UsageError('a GitHub token is needed: set GITHUB_TOKEN (or GH_TOKEN), or pass --token');
  const baseUrl = values['api-url'] || env.GITHUB_API_URL || undefined;
  if (baseUrl !== undefined && !/^https?:\/\/[^\s/]+/i.test(baseUrl))
    throw new UsageError(`--api-url must be an http(s) URL, not "${baseUrl}"`);
  let shard: Shard | null = null;
  if (values.shard !== undefined) {
    const parsed = parseShard(values.shard);
    if (typeof parsed === 'string') throw new UsageError(parsed);
    shard = parsed;
  }
  const concurrency = values.concurrency === undefined ? DEFAULT_CONCURRENCY : Number(values.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > MAX_CONCURRENCY) {
    throw new UsageError(
      `--concurrency must be a whole number from 1 to ${MAX_CONCURRENCY}, not "${values.concurrency}"`,
    );
  }
  const maxBytes = values['max-size'] === undefined ? DEFAULT_MAX_BYTES : Number(values['max-size']);
  if (!Number.isFinite(maxBytes) || maxBytes <= 0)
    throw new UsageError(`--max-size must be a positive number of bytes, not "${values['max-size']}"`);
  const timeBudgetSeconds =
    values['time-budget'] === undefined ? DEFAULT_TIME_BUDGET_MS / 1000 : Number(values['time-budget']);
  if (!Number.isFinite(timeBudgetSeconds) || timeBudgetSeconds < 0)
    throw new UsageError(`--time-budget must be a number of seconds (0: no limit), not "${values['time-budget']}"`);
  return {
    org,
    token,
    baseUrl,
    format,
    output: values.output,
    config: values.config,
    previous: values.previous,
    cache: values.cache,
    shard,
    concurrency,
    includeArchived: values['include-archived'] === true,
    includeForks: values['include-forks'] === true,
    trackingIssues: values['tracking-issues'] === true,
    rules: values.rules,
    maxBytes,
    timeBudgetMs: timeBudgetSeconds * 1000,
  };
}

async function run(argv: string[], io: CliIo, dependencies: OrgScanDependencies): Promise<number> {
  const settings = parseSettings(argv, dependencies.env ?? process.env);
  if (settings === 'help') {
    io.stdout(HELP);
    return 0;
  }
  if ('files' in settings) return runMerge(settings, io);
  const showProgress = dependencies.stderrIsTTY ?? process.stderr.isTTY === true;
  // A warning must not land in the middle of the progress line.
  const clear = showProgress ? '\r\x1b[2K' : '';
  const log = {
    info: () => {},
    warning: (message: string) => io.stderr(`${clear}ai-act-gate org-scan: warning: ${message}\n`),
  };
  const previous = settings.previous ? await readPrevious(resolve(io.cwd, settings.previous), settings.org) : undefined;

  const { octokit, requests } = createOrgOctokit({
    token: settings.token,
    baseUrl: settings.baseUrl,
    log,
    fetch: dependencies.fetch,
    retryAfterBaseValue: dependencies.retryAfterBaseValue,
    throttleId: dependencies.throttleId,
  });
  const cachePath = settings.cache ? resolve(io.cwd, settings.cache) : null;
  const cache = cachePath ? await RunCache.load(cachePath, log.warning) : null;
  // Trees are kept reduced to the files a later run can need.
  if (cache)
    useConditionalRequests(octokit, cache, (url, data) =>
      new URL(url).pathname.includes('/git/trees/') ? shrinkTree(data) : data,
    );
  const readRemote = createRemoteConfigReader(octokit);

  const policy: Policy = settings.config
    ? await loadOrgPolicy(resolve(io.cwd, settings.config), { readRemote, root: io.cwd })
    : EMPTY_POLICY;
  const ruleset = loadRuleset(settings.rules ? resolve(io.cwd, settings.rules) : undefined, policy.ruleFolders);
  checkPolicyRuleIds(policy, ruleset.rules);

  const progress = createProgress(io.stderr, showProgress, `org-scan ${settings.org}`);
  // Cards come from other people's repositories: each is checked in a worker under a time budget.
  const checker = new CardChecker({ ruleset, timeBudgetMs: settings.timeBudgetMs, now: dependencies.now?.() });
  let scan: ScanResult;
  try {
    // Throws only when the organisation cannot be listed; a repository's failure is in the report.
    scan = await scanOrganisation(
      {
        org: settings.org,
        octokit,
        ruleset,
        policy,
        readRemote,
        cache,
        concurrency: settings.concurrency,
        maxBytes: settings.maxBytes,
        includeArchived: settings.includeArchived,
        includeForks: settings.includeForks,
        shard: settings.shard,
        onProgress: (done, total) => progress.update(done, total),
        now: dependencies.now?.(),
        checker,
      },
      requests,
    );
  } finally {
    progress.end();
    await checker.close();
  }
  const { report } = scan;
  if (settings.trackingIssues) {
    const issues = await syncTrackingIssues(octokit, report, scan.listed, { concurrency: settings.concurrency, log });
    io.stderr(
      `tracking issues: ${issues.created} created, ${issues.updated} updated, ${issues.closed} closed, ${issues.unchanged} unchanged${issues.failed ? `, ${issues.failed} failed` : ''}\n`,
    );
  }
  report.requests = { total: requests.total, notModified: requests.notModified };
  if (cache && cachePath) await cache.save(cachePath);
  return finish(
    report,
    settings,
    previous,
    `org-scan ${settings.org}${settings.shard ? ` (shard ${settings.shard.index}/${settings.shard.count})` : ''}`,
    io,
  );
}

/** Writes the report, says what it holds on stderr, and returns the exit code (hub-scan's too). */
export async function finish(
  report: OrgReport,
  settings: { format: Format; output: string | undefined },
  previous: OrgReport | undefined,
  label: string,
  io: CliIo,
): Promise<number> {
  const rendered = await render(report, settings.format, previous);
  if (settings.output) await writeFile(resolve(io.cwd, settings.output), rendered);
  else io.stdout(rendered);
  const { summary } = report;
  io.stderr(
    `${label}: ${summary.repositories} repositories, ${summary.checked} with cards, ${summary.failed} failed; ` +
      `${summary.cards} cards, ${summary.blocked} blocked; ${report.requests.total} API requests (${report.requests.notModified} not modified)\n`,
  );
  return summary.failed > 0 || summary.blocked > 0 ? 1 : 0;
}

/** `--merge`: the shard reports of a matrix as one report. Reads files only; no token, no API. */
async function runMerge(settings: MergeSettings, io: CliIo): Promise<number> {
  const inputs = await Promise.all(settings.files.map((file) => readMergeInput(file, io.cwd)));
  const { report, warnings } = mergeOrgReports(inputs, { org: settings.org });
  for (const warning of warnings) io.stderr(`ai-act-gate org-scan: warning: ${warning}\n`);
  const previous = settings.previous ? await readPrevious(resolve(io.cwd, settings.previous), report.org) : undefined;
  return finish(report, settings, previous, `org-scan ${report.org} (${inputs.length} reports merged)`, io);
}

async function readMergeInput(file: string, cwd: string): Promise<MergeInput> {
  try {
    return { name: file, report: JSON.parse(await readFile(resolve(cwd, file), 'utf8')) };
  } catch (error) {
    throw new MergeError(
      `${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : `not a JSON file (${(error as Error).message})`}`,
    );
  }
}

async function render(report: OrgReport, format: Format, previous: OrgReport | undefined): Promise<string> {
  if (format === 'json') return `${JSON.stringify(report, null, 2)}\n`;
  // Loaded on demand: the renderers are only needed for their format.
  if (format === 'markdown') return (await import('./render/org-markdown.js')).renderOrgMarkdown(report, previous);
  return (await import('./render/org-dashboard.js')).renderOrgDashboard(report, previous);
}

/** An earlier report of the same organisation (`--previous`), or a usage error saying what is wrong. */
export async function readPrevious(path: string, org: string): Promise<OrgReport> {
  let value: unknown;
  try {
    value = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new UsageError(
      `--previous ${path}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : `not a JSON file (${(error as Error).message})`}`,
    );
  }
  const report = value as Partial<OrgReport> | null;
  const major = (version: unknown) => (typeof version === 'string' ? version.split('.')[0] : null);
  if (
    !report ||
    typeof report !== 'object' ||
    !Array.isArray(report.repositories) ||
    major(report.schemaVersion) !== major(ORG_REPORT_SCHEMA_VERSION)
  ) {
    throw new UsageError(`--previous ${path}: not an org-scan JSON report (schema ${ORG_REPORT_SCHEMA_VERSION})`);
  }
  if (report.org !== org)
    throw new UsageError(`--previous ${path} is a report of "${String(report.org)}", not of "${org}"`);
  return report as OrgReport;
}
