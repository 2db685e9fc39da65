/**
 * `org-scan --merge`: the reports of `--shard i/n` scans of the fake organisation, combined, are the
 * report of one unsharded scan; inputs that cannot be combined are refused, and missing shards are
 * said. Also the Action's `merge-reports` input.
 */
import { jest } from '@jest/globals';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runOrgScanCli } from '../../src/org-cli.js';
import { MergeError, mergeOrgReports, type MergeInput } from '../../src/org/merge-reports.js';
import type { OrgReport } from '../../src/org/types.js';
import { getInputs } from '../../src/action/inputs.js';
import { readEnvironment } from '../../src/action/environment.js';
import { runOrgScanMode } from '../../src/action/org-scan-mode.js';
import { FakeOrg } from './fake-org.js';
import { populateOrg, type OrgExpectations } from './org-fixture.js';
import { NOW, scan, stable, type ScanRun } from './run-scan.js';

let folder: string;
let fake: FakeOrg;
let expected: OrgExpectations;
let full: ScanRun;
let shards: ScanRun[];

const copy = (report: OrgReport): OrgReport => structuredClone(report);
const input = (name: string, report: unknown): MergeInput => ({ name, report });
const shardInputs = (): MergeInput[] =>
  shards.map((run, position) => input(`shard-${position + 1}.json`, copy(run.report)));
const write = (name: string, value: unknown) =>
  writeFileSync(join(folder, name), typeof value === 'string' ? value : JSON.stringify(value, null, 2));

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'aag-merge-'));
  fake = new FakeOrg();
  expected = populateOrg(fake, 60);
  full = await scan(fake, folder);
  shards = [];
  for (let index = 1; index <= 3; index++) shards.push(await scan(fake, folder, ['--shard', `${index}/3`]));
  shards.forEach((run, position) => write(`shard-${position + 1}.json`, run.report));
}, 60_000);

afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
  expect(fake.violations).toEqual([]);
});

describe('the scans to merge', () => {
  it('are three real, non-empty shards of the fake organisation', () => {
    expect(full.report.repositories.map((repository) => repository.fullName)).toEqual(expected.scanned);
    expect(shards.map((run) => run.report.shard)).toEqual([1, 2, 3].map((index) => ({ index, count: 3 })));
    for (const run of shards) expect(run.report.repositories.length).toBeGreaterThan(10);
    expect(shards.reduce((sum, run) => sum + run.report.repositories.length, 0)).toBe(expected.scanned.length);
    // Something to merge besides clean cards: blockers and a failed repository.
    expect(full.report.summary.blocked).toBeGreaterThan(0);
    expect(full.report.summary.failed).toBeGreaterThan(0);
  });
});

describe('mergeOrgReports', () => {
  it('gives what the unsharded scan gave: repositories, summary, rules', () => {
    const { report, warnings } = mergeOrgReports(shardInputs());
    expect(warnings).toEqual([]);
    expect(report.repositories).toEqual(full.report.repositories);
    expect(report.summary).toEqual(full.report.summary);
    expect(report.shard).toBeNull();
    expect(stable(report)).toEqual(stable(full.report));
    expect(report.requests).toEqual({
      total: shards.reduce((sum, run) => sum + run.report.requests.total, 0),
      notModified: 0,
    });
  });

  it('does not depend on the order of the inputs, and takes the newest time', () => {
    const inputs = shardInputs().reverse();
    (inputs[1].report as OrgReport).generatedAt = '2026-03-02T08:00:00.000Z';
    const { report } = mergeOrgReports(inputs);
    expect(report.repositories).toEqual(full.report.repositories);
    expect(report.generatedAt).toBe('2026-03-02T08:00:00.000Z');
  });

  it('refuses overlapping shards, naming the repository', () => {
    const [one, two] = shardInputs();
    expect(() => mergeOrgReports([one, two, input('again.json', copy(shards[0].report))])).toThrow(
      new MergeError(
        `${shards[0].report.repositories[0].fullName} is in both shard-1.json and again.json: the shards overlap (were they split with different counts, or is one report given twice?)`,
      ),
    );
    expect(() => mergeOrgReports([input('full.json', copy(full.report)), two])).toThrow(
      /^octo-org\/model-\d{3} is in both full\.json and shard-2\.json: the shards overlap/,
    );
  });

  it('refuses reports of another organisation', () => {
    const [one, two, three] = shardInputs();
    (two.report as OrgReport).org = 'other-org';
    expect(() => mergeOrgReports([one, two, three])).toThrow(
      new MergeError(
        'shard-2.json is a report of "other-org" but shard-1.json of "octo-org": merge the reports of one organisation',
      ),
    );
    expect(() => mergeOrgReports([one], { org: 'someone' })).toThrow(
      'shard-1.json is a report of "octo-org", not of "someone"',
    );
    // Logins are case-insensitive.
    expect(mergeOrgReports([one], { org: 'Octo-Org' }).report.org).toBe('octo-org');
  });

  it('refuses reports of another schema version, and what is not a report', () => {
    const [one, two] = shardInputs();
    (two.report as OrgReport).schemaVersion = '1.1.0';
    expect(() => mergeOrgReports([one, two])).toThrow(
      'shard-2.json has report schema 1.1.0, shard-1.json has 1.0.0: merge reports written by the same version of ai-act-gate',
    );
    (two.report as OrgReport).schemaVersion = '2.0.0';
    expect(() => mergeOrgReports([one, two])).toThrow(
      'shard-2.json has report schema 2.0.0; this version of ai-act-gate merges schema 1.x',
    );
    expect(() => mergeOrgReports([input('check.json', { schemaVersion: '1.0.0', files: [] })])).toThrow(
      'check.json: not an org-scan JSON report (schema 1.0.0): no org',
    );
    expect(() => mergeOrgReports([input('list.json', [])])).toThrow(
      'list.json: not an org-scan JSON report (schema 1.0.0): not a JSON object',
    );
    const broken = copy(shards[0].report);
    (broken.repositories[2] as unknown as Record<string, unknown>).files = null;
    expect(() => mergeOrgReports([input('broken.json', broken)])).toThrow(
      /^broken\.json: not an org-scan JSON report \(schema 1\.0\.0\): repositories\[2\] \(octo-org\/model-\d{3}\) has no files list$/,
    );
    expect(() => mergeOrgReports([])).toThrow('no reports to merge');
  });

  it('warns when shards of the split are missing, and merges the others', () => {
    const [one, , three] = shardInputs();
    const { report, warnings } = mergeOrgReports([one, three]);
    expect(warnings).toEqual([
      'shard 2/3 missing: the merged report covers 2 of 3 shards, so the repositories of the missing ones are not in it',
    ]);
    expect(report.summary.repositories).toBe(
      shards[0].report.repositories.length + shards[2].report.repositories.length,
    );
    expect(mergeOrgReports([three]).warnings).toEqual([
      'shards 1/3, 2/3 missing: the merged report covers 1 of 3 shards, so the repositories of the missing ones are not in it',
    ]);
  });

  it('refuses the same shard twice, and warns when the split cannot be told', () => {
    const empty = (index: number, count: number): OrgReport => ({
      ...copy(shards[0].report),
      shard: { index, count },
      repositories: [],
    });
    expect(() => mergeOrgReports([input('a.json', empty(1, 2)), input('b.json', empty(1, 2))])).toThrow(
      'a.json and b.json are both shard 1/2',
    );
    expect(mergeOrgReports([input('a.json', empty(1, 2)), input('b.json', empty(2, 3))]).warnings).toEqual([
      'the reports are shards of different splits (of 2, of 3): cannot tell whether shards are missing',
    ]);
    expect(
      mergeOrgReports([input('whole.json', { ...empty(1, 2), shard: null }), input('b.json', empty(2, 2))]).warnings,
    ).toEqual(['whole.json is not a shard but b.json is: cannot tell whether shards are missing']);
  });
});

describe('mergeOrgReports across versions', () => {
  it('warns when the reports come from other versions or rule sets, and shows every rule', () => {
    const [one, two, three] = shardInputs();
    (two.report as OrgReport).tool.version = '0.2.0';
    (three.report as OrgReport).ruleIds = [...(three.report as OrgReport).ruleIds, 'house-rule'];
    const { report, warnings } = mergeOrgReports([one, two, three]);
    expect(warnings).toEqual([
      `the reports were written by different versions of ai-act-gate (${shards[0].report.tool.version}, 0.2.0)`,
      `shard-3.json checks other rules than shard-1.json (${full.report.ruleIds.length + 1} and ${full.report.ruleIds.length}): the merged report shows all of them`,
    ]);
    expect(report.ruleIds).toEqual([...full.report.ruleIds, 'house-rule']);
  });
});

describe('org-scan --merge', () => {
  async function cli(args: string[]) {
    const stdout: string[] = [];
    const stderr: string[] = [];
    const code = await runOrgScanCli(
      ['org-scan', ...args],
      { cwd: folder, stdout: (text) => stdout.push(text), stderr: (text) => stderr.push(text) },
      {
        // No token and no API: a request would fail the merge.
        fetch: () => Promise.reject(new Error('no request expected')),
        env: {},
        stderrIsTTY: false,
        now: () => NOW,
      },
    );
    return { code, stdout: stdout.join(''), stderr: stderr.join('') };
  }

  it('writes the merged report, with exit code 1 for the blockers it holds, without a token', async () => {
    const result = await cli(['--merge', 'shard-1.json', 'shard-2.json', 'shard-3.json', '--output', 'merged.json']);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    const { summary } = full.report;
    expect(result.stderr).toBe(
      `org-scan octo-org (3 reports merged): ${summary.repositories} repositories, ${summary.checked} with cards, ${summary.failed} failed; ${summary.cards} cards, ${summary.blocked} blocked; ` +
        `${shards.reduce((sum, run) => sum + run.report.requests.total, 0)} API requests (0 not modified)\n`,
    );
    const merged = JSON.parse(readFileSync(join(folder, 'merged.json'), 'utf8')) as OrgReport;
    expect(stable(merged)).toEqual(stable(full.report));
    expect(fake.log.length).toBe(full.requests.length + shards.reduce((sum, run) => sum + run.requests.length, 0));
  });

  it('exits 0 when the merged reports hold no blocker and no failure', async () => {
    const clean = full.report.repositories.filter(
      (repository) => repository.status !== 'failed' && repository.files.every((file) => !file.gate.blocked),
    );
    write('clean-1.json', {
      ...copy(full.report),
      shard: { index: 1, count: 2 },
      repositories: clean.filter((_, position) => position % 2 === 0),
    });
    write('clean-2.json', {
      ...copy(full.report),
      shard: { index: 2, count: 2 },
      repositories: clean.filter((_, position) => position % 2 === 1),
    });
    const result = await cli(['--merge', '--format', 'json', 'clean-2.json', 'clean-1.json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({
      shard: null,
      repositories: clean,
      summary: { repositories: clean.length, blocked: 0, failed: 0 },
    });
  });

  it('renders the dashboard and Markdown, with the change since --previous', async () => {
    const html = await cli([
      '--merge',
      'shard-1.json',
      'shard-2.json',
      'shard-3.json',
      '--format',
      'html',
      '--output',
      'dashboard.html',
      '--previous',
      'shard-1.json',
    ]);
    expect(html.code).toBe(1);
    expect(readFileSync(join(folder, 'dashboard.html'), 'utf8')).toMatch(/^<!DOCTYPE html>/i);
    const markdown = await cli(['--merge', 'shard-1.json', 'shard-2.json', 'shard-3.json', '--format', 'markdown']);
    expect(markdown.stdout).toContain(expected.blocked[0]);
  });

  it('warns on stderr about a missing shard, and still merges', async () => {
    const result = await cli(['--merge', 'shard-1.json', 'shard-3.json', '--output', 'partial.json']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /^ai-act-gate org-scan: warning: shard 2\/3 missing: the merged report covers 2 of 3 shards/,
    );
    expect(JSON.parse(readFileSync(join(folder, 'partial.json'), 'utf8')).repositories).toHaveLength(
      shards[0].report.repositories.length + shards[2].report.repositories.length,
    );
  });

  it.each([
    [['shard-1.json', 'shard-2.json', 'shard-1.json'], /^ai-act-gate org-scan: shard-1\.json is given twice\n$/],
    [
      ['shard-1.json', 'other-org.json'],
      /^ai-act-gate org-scan: other-org\.json is a report of "other-org" but shard-1\.json of "octo-org"/,
    ],
    [['shard-1.json', 'missing.json'], /^ai-act-gate org-scan: missing\.json: no such file\n$/],
    [['shard-1.json', 'junk.json'], /^ai-act-gate org-scan: junk\.json: not a JSON file/],
    [
      ['shard-1.json', 'check-report.json'],
      /^ai-act-gate org-scan: check-report\.json: not an org-scan JSON report \(schema 1\.0\.0\)/,
    ],
    [
      ['--org', 'someone', 'shard-1.json'],
      /^ai-act-gate org-scan: shard-1\.json is a report of "octo-org", not of "someone"\n$/,
    ],
  ])('refuses %j with exit code 2 and a message', async (files, message) => {
    write('other-org.json', { ...copy(shards[1].report), org: 'other-org' });
    write('junk.json', '{"schemaVersion": ');
    write('check-report.json', { schemaVersion: '1.0.0', files: [] });
    const result = await cli(['--merge', ...files, '--output', 'refused.json']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toContain('    at ');
    expect(existsSync(join(folder, 'refused.json'))).toBe(false);
  });

  it('names the overlapping repository', async () => {
    write('full.json', full.report);
    const result = await cli(['--merge', 'shard-1.json', 'shard-2.json', 'shard-3.json', 'full.json']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `ai-act-gate org-scan: ${shards[0].report.repositories[0].fullName} is in both shard-1.json and full.json: the shards overlap (were they split with different counts, or is one report given twice?)\n`,
    );
  });

  it.each([
    [['--merge'], /--merge needs the JSON reports to merge/],
    [['--merge', 'shard-1.json', '--shard', '1/3'], /--shard is for scanning; --merge only combines reports/],
    [['--merge', 'shard-1.json', '--cache', 'c.json'], /--cache is for scanning/],
    [['--merge', 'shard-1.json', '--token', 'ghp_x'], /--token is for scanning/],
    [['--merge', 'shard-1.json', '--format', 'pdf'], /--format must be json, markdown, html, not "pdf"/],
    [['--org', 'octo-org', 'shard-1.json'], /unexpected argument "shard-1\.json" \(only --merge takes files\)/],
  ])('usage error for %j: exit code 2', async (args, message) => {
    const result = await cli(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toMatch(/Run "ai-act-gate org-scan --help" for usage/);
  });
});

describe('the Action with merge-reports', () => {
  let workspace: string;
  let runnerTemp: string;
  const saved = { output: process.env.GITHUB_OUTPUT, exitCode: process.exitCode };
  let written: string[];

  beforeEach(() => {
    workspace = join(folder, `ws-${Math.random().toString(36).slice(2)}`);
    runnerTemp = join(workspace, '..', `${workspace.split('/').pop()}-temp`);
    mkdirSync(join(workspace, 'shard-reports', 'ai-act-gate-shard-1'), { recursive: true });
    mkdirSync(runnerTemp);
    shards.forEach((run, position) => {
      const directory = join(workspace, 'shard-reports', `ai-act-gate-shard-${position + 1}`);
      mkdirSync(directory, { recursive: true });
      writeFileSync(join(directory, 'org-report.json'), JSON.stringify(run.report));
    });
    process.env.GITHUB_OUTPUT = join(runnerTemp, 'output');
    writeFileSync(process.env.GITHUB_OUTPUT, '');
    written = [];
    jest.spyOn(process.stdout, 'write').mockImplementation((text: string | Uint8Array) => {
      written.push(String(text));
      return true;
    });
  });

  afterEach(() => {
    jest.restoreAllMocks();
    if (saved.output === undefined) delete process.env.GITHUB_OUTPUT;
    else process.env.GITHUB_OUTPUT = saved.output;
    process.exitCode = saved.exitCode;
  });

  const run = (inputs: Record<string, string>) =>
    runOrgScanMode(
      getInputs((name) => ({ mode: 'org-scan', 'fail-on': 'never', ...inputs })[name] ?? ''),
      readEnvironment(
        { GITHUB_WORKSPACE: workspace, RUNNER_TEMP: runnerTemp, GITHUB_REPOSITORY: 'octo-org/.github' },
        workspace,
      ),
    );

  it('merges the reports the globs name into the report, dashboard and outputs', async () => {
    await run({
      'merge-reports': 'shard-reports/*/org-report.json\nshard-reports/ai-act-gate-shard-1/org-report.json',
      'previous-report': 'last/org-report.json',
    });
    const merged = JSON.parse(readFileSync(join(runnerTemp, 'ai-act-gate', 'org-report.json'), 'utf8')) as OrgReport;
    expect(stable(merged)).toEqual(stable(full.report));
    expect(readFileSync(join(runnerTemp, 'ai-act-gate', 'dashboard.html'), 'utf8')).toMatch(/^<!DOCTYPE html>/i);
    const outputs = readFileSync(join(runnerTemp, 'output'), 'utf8');
    expect(outputs).toMatch(/^blocked<<.*\ntrue\n/m);
    expect(written.join('')).toContain(`organisation octo-org: ${full.report.summary.repositories} repositories`);
  });

  it('fails the step when the reports overlap, and when a path matches nothing', async () => {
    writeFileSync(join(workspace, 'full.json'), JSON.stringify(full.report));
    await expect(run({ 'merge-reports': 'shard-reports/*/org-report.json\nfull.json' })).rejects.toThrow(
      'the reports could not be merged (see the warning above)',
    );
    expect(written.join('')).toMatch(
      /::warning::ai-act-gate org-scan: octo-org\/model-\d{3} is in both shard-reports\/ai-act-gate-shard-\d\/org-report\.json and full\.json/,
    );
    await expect(run({ 'merge-reports': 'shard-reports/*/org-report.json\nnowhere/*.json' })).rejects.toThrow(
      `input merge-reports: no file matches "nowhere/*.json" (in ${workspace})`,
    );
  });
});
