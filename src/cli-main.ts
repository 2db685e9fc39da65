/**
 * The command line: `ai-act-gate check [paths or globs…]`. Owns all I/O of a CLI run and returns
 * the exit code: 0 clean, 1 findings at or above the failing level, 2 usage/config/internal error.
 */
import { parseArgs } from 'node:util';
import { open } from 'node:fs/promises';
import { resolve } from 'node:path';
import { availableParallelism } from 'node:os';
import { RuleFileError, RuleLoadError } from './ruleset/errors.js';
import { openRuleset, ruleIdsOf } from './ruleset/open-ruleset.js';
import { cardPathBaseOf, locatePolicy } from './config/find-policy.js';
import { checkPolicyRuleIds, policySelects, today } from './config/apply-policy.js';
import { renderPolicyText } from './render/policy.js';
import { jsonReportPieces } from './render/json-report.js';
import {
  ConfigError,
  DEFAULT_CONFIG_PATH,
  EMPTY_POLICY,
  type Policy,
  type RemoteConfigReader,
} from './config/types.js';
import { buildReport } from './build-report.js';
import { DEFAULT_MAX_BYTES } from './io/read-source.js';
import { DEFAULT_TIME_BUDGET_MS } from './time-budget.js';
import { findCards } from './io/find-cards.js';
import { renderText } from './render/text.js';
import { failureReason, FAIL_ON_LEVELS, type FailOn } from './exit-code.js';
import { VERSION } from './version.js';
import { isHubSource, parseHubSource, type HubSource } from './hub/hub-source.js';
import { addProvenance } from './provenance/add-provenance.js';
import { addFamilies } from './families/report-families.js';
import type { FileReport } from './model/report.js';

export interface CliIo {
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  isTTY?: boolean;
  /** Resolves once stdout has taken what it was given (a pipe read slowly must not pile up the report in memory). */
  drained?: () => Promise<void>;
}

const HELP = `ai-act-gate ${VERSION}: check model cards against the EU AI Act's documentation duties

Usage: ai-act-gate check [paths or globs…] [options]
       ai-act-gate policy [--config FILE] [--format text|json]   the policy a check applies, and where each setting comes from
       ai-act-gate org-scan --org NAME [options]   (see ai-act-gate org-scan --help)
       ai-act-gate hub-scan --author NAME [options]   every model of a Hugging Face user or organisation (see hub-scan --help)
       ai-act-gate serve   the GitHub App webhook server (see ai-act-gate serve --help)
       ai-act-gate form | training-summary | fix [card…] [options]   drafts of what a card is missing (see each --help)

With no paths, checks the config's \`paths\`, or finds model cards under the current
folder (README.md with model-card front matter or headings, MODEL_CARD.md,
model_card.md, modelcard.md), skipping node_modules and .git.

Options:
  -f, --format <text|json|markdown|cyclonedx>   output format (default: text; cyclonedx: a CycloneDX 1.6 ML-BOM)
  -o, --output <file>                 write the report to a file instead of stdout
  -c, --config <file>                 policy file (default: ${DEFAULT_CONFIG_PATH} when it exists)
      --no-config                     ignore ${DEFAULT_CONFIG_PATH}
      --as-of <YYYY-MM-DD>            judge the duties as of this date (default: the config's as-of, or today)
      --fail-on <${FAIL_ON_LEVELS.join('|')}>  lowest level that makes the exit code 1 (default: the config's, or gate)
      --rules <dir>                   use the rules in this folder instead of the bundled ones
      --max-size <bytes>              skip larger files with a finding (default: ${DEFAULT_MAX_BYTES})
      --jobs <n>                      check on n worker threads; 1 checks in one thread (default: CPU count)
      --time-budget <seconds>         skip a card still being checked after this long (default: ${DEFAULT_TIME_BUDGET_MS / 1000}; 0: no limit)
      --hub-url <url>                 the Hugging Face Hub for hf://OWNER/NAME[@REVISION] sources (default: $HF_ENDPOINT or https://huggingface.co; token: $HF_TOKEN)
      --hub                           read the base models of cards on disk from the Hub too (hf:// sources always are)
      --provenance <file>             also write an in-toto statement: the cards' digests, the JSON report's digest and summary
      --cache <dir>                   keep each card's report there; an unchanged card is not checked again (Hub requests become conditional)
  -h, --help                          show this help
  -v, --version                       show the version

Exit codes: 0 no findings at or above --fail-on; 1 findings (or a card that could not be
read); 2 usage, configuration or internal error.
`;

class UsageError extends Error {}

/**
 * `ai-act-gate policy`: the policy a check would apply, merged along its extends chain, with the
 * file and line of every setting; exit 2 when it cannot be used, as `check` would.
 */
async function printPolicy(
  values: { format?: string; config?: string; 'no-config'?: boolean; rules?: string; 'as-of'?: string },
  extra: string[],
  io: CliIo,
): Promise<number> {
  if (extra.length)
    throw new UsageError(
      `policy takes no paths (got ${extra.map((p) => `"${p}"`).join(', ')}); name the file with --config`,
    );
  const format = values.format === 'text' || values.format === 'json' ? values.format : null;
  if (!format) throw new UsageError(`--format must be text or json for policy, not "${values.format}"`);
  const policy = values['no-config'] ? EMPTY_POLICY : await loadPolicy(values.config, io);
  const ruleset = await openRuleset(values.rules ? resolve(io.cwd, values.rules) : undefined, policy.ruleFolders);
  checkPolicyRuleIds(policy, ruleset.rules);
  io.stdout(
    format === 'json' ? `${JSON.stringify(policy, null, 2)}\n` : renderPolicyText(policy, values['as-of'] ?? today()),
  );
  return 0;
}

/** Writes the report piece by piece (a JSON report of many cards is never one string). */
async function writePieces(path: string, pieces: Iterable<string>): Promise<void> {
  const file = await open(path, 'w');
  try {
    for (const piece of pieces) await file.write(piece);
  } finally {
    await file.close();
  }
}

/** The policy file named by --config, else the repository's (found upwards to its root) when it exists. */
async function loadPolicy(configFlag: string | undefined, io: CliIo): Promise<Policy> {
  const { path, root } = locatePolicy(io.cwd, configFlag);
  if (!path) return EMPTY_POLICY;
  // Loaded only when there is a policy file: it brings the JSON Schema validator.
  const { loadPolicyFile } = await import('./config/load-config.js');
  const policy = await loadPolicyFile(path, { root, readRemote: await remoteConfigReader() });
  return { ...policy, cardPathBase: cardPathBaseOf(root, io.cwd) };
}

/** Reads policies from other repositories with the token in the environment, when there is one. */
async function remoteConfigReader(): Promise<RemoteConfigReader | undefined> {
  const token = process.env.GITHUB_TOKEN ?? process.env.GH_TOKEN;
  if (!token) return undefined;
  const [{ createRemoteConfigReader }, { createOrgOctokit }] = await Promise.all([
    import('./org/remote-config.js'),
    import('./org/octokit.js'),
  ]);
  const log = { info: () => {}, warning: (message: string) => process.stderr.write(`ai-act-gate: ${message}\n`) };
  return createRemoteConfigReader(
    createOrgOctokit({ token, baseUrl: process.env.GITHUB_API_URL || undefined, log }).octokit,
  );
}

/** The hf://… arguments, each checked for form (a malformed one is a usage error). */
function hubSourcesOf(patterns: string[]): HubSource[] {
  return patterns.filter(isHubSource).map((pattern) => {
    const source = parseHubSource(pattern);
    if (typeof source === 'string') throw new UsageError(source);
    return source;
  });
}

function isCalendarDate(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && new Date(`${text}T00:00:00Z`).toISOString().startsWith(text);
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  if (argv[0] === 'org-scan') {
    // Loaded only for this command: the check needs none of the organisation scan's API client.
    const { runOrgScanCli } = await import('./org-cli.js');
    return runOrgScanCli(argv.slice(1), io);
  }
  if (argv[0] === 'serve') return (await import('./serve/serve-cli.js')).runServeCli(argv.slice(1), io);
  if (argv[0] === 'hub-scan') return (await import('./hub/hub-scan-cli.js')).runHubScanCli(argv.slice(1), io);
  if (argv[0] === 'form' || argv[0] === 'training-summary' || argv[0] === 'fix') {
    const { runDraftCli } = await import('./draft/cli.js');
    return runDraftCli(argv[0], argv.slice(1), io);
  }
  try {
    return await run(argv, io);
  } catch (error) {
    if (error instanceof ConfigError || error instanceof RuleLoadError || error instanceof RuleFileError) {
      io.stderr(`ai-act-gate: ${error.message}\n`);
      return 2;
    }
    if (error instanceof UsageError) {
      io.stderr(`ai-act-gate: ${error.message}\nRun "ai-act-gate --help" for usage.\n`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`ai-act-gate: ${message}\n`);
    return 2;
  }
}

async function run(argv: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f', default: 'text' },
        output: { type: 'string', short: 'o' },
        'fail-on': { type: 'string' },
        config: { type: 'string', short: 'c' },
        'no-config': { type: 'boolean' },
        'as-of': { type: 'string' },
        rules: { type: 'string' },
        'max-size': { type: 'string' },
        jobs: { type: 'string' },
        'time-budget': { type: 'string' },
        'hub-url': { type: 'string' },
        hub: { type: 'boolean' },
        provenance: { type: 'string' },
        cache: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  if (values.version) {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  const [command, ...patterns] = positionals;
  if (command === 'policy') return printPolicy(values, patterns, io);
  if (command !== 'check')
    throw new UsageError(
      command
        ? `unknown command "${command}", expected "check", "policy" or "org-scan"`
        : 'missing command, expected "check", "policy" or "org-scan"',
    );
  const format = values.format;
  if (format !== 'text' && format !== 'json' && format !== 'markdown' && format !== 'cyclonedx')
    throw new UsageError(`--format must be text, json, markdown or cyclonedx, not "${format}"`);
  const failOnFlag = values['fail-on'] as FailOn | undefined;
  if (failOnFlag !== undefined && !FAIL_ON_LEVELS.includes(failOnFlag))
    throw new UsageError(`--fail-on must be one of ${FAIL_ON_LEVELS.join(', ')}, not "${failOnFlag}"`);
  const asOf = values['as-of'];
  if (asOf !== undefined && !isCalendarDate(asOf))
    throw new UsageError(`--as-of must be a date such as 2026-08-02, not "${asOf}"`);
  if (values.config && values['no-config']) throw new UsageError('--config and --no-config exclude each other');
  const maxBytes = values['max-size'] ? Number(values['max-size']) : DEFAULT_MAX_BYTES;
  if (!Number.isFinite(maxBytes) || maxBytes <= 0)
    throw new UsageError(`--max-size must be a positive number of bytes, not "${values['max-size']}"`);
  const jobs = values.jobs === undefined ? availableParallelism() : Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1)
    throw new UsageError(`--jobs must be a whole number of at least 1, not "${values.jobs}"`);
  const timeBudgetSeconds =
    values['time-budget'] === undefined ? DEFAULT_TIME_BUDGET_MS / 1000 : Number(values['time-budget']);
  if (!(timeBudgetSeconds >= 0) || values['time-budget']?.trim() === '')
    throw new UsageError(`--time-budget must be a number of seconds (0 for no limit), not "${values['time-budget']}"`);

  const loaded = values['no-config'] ? EMPTY_POLICY : await loadPolicy(values.config, io);
  const policy: Policy = asOf ? { ...loaded, asOf } : loaded;
  const ruleset = await openRuleset(values.rules ? resolve(io.cwd, values.rules) : undefined, policy.ruleFolders);
  checkPolicyRuleIds(
    policy,
    ruleIdsOf(ruleset).map((id) => ({ id })),
  );
  const hubSources = hubSourcesOf(patterns);
  const localPatterns = patterns.filter((pattern) => !isHubSource(pattern));
  const searched = patterns.length > 0 ? localPatterns : policy.paths;
  const paths = (
    searched.length || !hubSources.length ? await findCards(searched, io.cwd, { allowOutside: true }) : []
  ).filter((path) => policySelects({ ...policy, paths: [] }, path));
  if (paths.length === 0 && !hubSources.length) {
    throw new UsageError(
      searched.length
        ? `no files match ${searched.map((p) => `"${p}"`).join(', ')}`
        : 'no model cards found under the current folder',
    );
  }
  const warn = (message: string) => io.stderr(`ai-act-gate: warning: ${message}\n`);
  const cache = values.cache
    ? (await import('./cache/cli-cache.js')).openCliCache(values.cache, { cwd: io.cwd, ruleset, policy, warn })
    : undefined;
  // Loaded only for Hub sources or --hub: a check of local files needs none of the Hub client.
  const hub =
    hubSources.length || values.hub
      ? (await import('./hub/cli-hub.js')).createCliHub({ hubUrl: values['hub-url'], ruleset, policy, maxBytes, cache })
      : null;
  const withBases = values.hub && hub ? await hub.checkWithBases(paths, io.cwd) : new Map<string, FileReport>();
  // The checker is loaded only for cards the cache does not answer.
  const checkLocal = async (list: string[]): Promise<FileReport[]> =>
    list.length === 0
      ? []
      : (await import('./check-files.js')).checkFiles(list, {
          cwd: io.cwd,
          maxBytes,
          jobs,
          rulesDirectory: ruleset.directory,
          ruleset,
          policy,
          timeBudgetMs: timeBudgetSeconds * 1000,
        });
  const localPaths = paths.filter((path) => !withBases.has(path));
  const checked = cache
    ? await (await import('./cache/cached-check.js')).checkThroughCache(localPaths, io.cwd, cache, checkLocal)
    : await checkLocal(localPaths);
  let next = 0;
  const files = paths.map((path) => withBases.get(path) ?? checked[next++]);
  if (hub) files.push(...(await hub.checkSources(hubSources)));
  const report = addFamilies(
    addProvenance(buildReport(files, ruleIdsOf(ruleset).length, policy), { cwd: io.cwd, ruleset, policy }),
  );
  if (values.provenance) {
    const { inTotoStatement } = await import('./provenance/in-toto.js');
    await writePieces(resolve(io.cwd, values.provenance), [`${JSON.stringify(inTotoStatement(report), null, 2)}\n`]);
  }
  const failOn = failOnFlag ?? policy.failOn ?? 'gate';
  // An ML-BOM reads each card again for what the report does not carry: loaded only for this format.
  const bom =
    format === 'cyclonedx'
      ? (await import('./render/cyclonedx-cli.js')).renderCycloneDxReport(report, {
          cwd: io.cwd,
          maxBytes,
          vocabulary: ruleset.vocabulary,
          hubTexts: hub?.texts,
        })
      : null;
  const pieces: Iterable<string> =
    bom !== null
      ? [bom]
      : format === 'json'
        ? jsonReportPieces(report)
        : [
            format === 'markdown'
              ? (await import('./render/markdown.js')).renderMarkdown(report)
              : renderText(report, { color: io.isTTY && !values.output, failOn }),
          ];
  for (const warning of report.policyWarnings ?? [])
    io.stderr(`ai-act-gate: warning: ${warning.source}: ${warning.message}\n`);
  if (values.output) await writePieces(resolve(io.cwd, values.output), pieces);
  else {
    for (const piece of pieces) {
      io.stdout(piece);
      await io.drained?.();
    }
  }
  const failure = failureReason(report, failOn);
  // The text report ends with the reason; other formats are for machines, so it goes to stderr.
  if (failure && (format !== 'text' || values.output)) io.stderr(`ai-act-gate: exit code 1: ${failure}\n`);
  return failure ? 1 : 0;
}
