/** `org-scan` as a command: arguments, exit codes, formats, --previous and the org policy. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runOrgScanCli } from '../../src/org-cli.js';
import { BLOCKED_CARD, CLEAN_CARD } from '../contract/cards.js';
import { FakeOrg } from './fake-org.js';
import { RULE_OFF_CONFIG, SOFTWARE_README } from './org-fixture.js';
import { NOW, repositoryOf, scan } from './run-scan.js';

let folder: string;
const fakes: FakeOrg[] = [];

/** A small org: two clean cards, a software project, and optionally a blocked card. */
function smallOrg(blocked = false): FakeOrg {
  const fake = new FakeOrg();
  fakes.push(fake);
  fake.addRepository('alpha', { 'README.md': CLEAN_CARD });
  fake.addRepository('beta', { 'models/b/MODEL_CARD.md': CLEAN_CARD.replace('Tiny classifier', 'Beta classifier') });
  fake.addRepository('tools', { 'README.md': SOFTWARE_README });
  if (blocked) fake.addRepository('frontier', { 'README.md': BLOCKED_CARD });
  return fake;
}

async function cli(
  args: string[],
  env: NodeJS.ProcessEnv = { GITHUB_TOKEN: 'ghs_x' },
  fake?: FakeOrg,
  stderrIsTTY = false,
) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await runOrgScanCli(
    args,
    { cwd: folder, stdout: (text) => stdout.push(text), stderr: (text) => stderr.push(text) },
    {
      fetch: fake?.fetch ?? (() => Promise.reject(new Error('no request expected'))),
      env: fake ? { GITHUB_API_URL: fake.baseUrl, ...env } : env,
      retryAfterBaseValue: 1,
      stderrIsTTY,
      now: () => NOW,
    },
  );
  return { code, stdout: stdout.join(''), stderr: stderr.join('') };
}

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'aag-org-cli-'));
});

afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
  for (const fake of fakes) expect(fake.violations).toEqual([]);
});

describe('org-scan arguments', () => {
  it('prints its help', async () => {
    const result = await cli(['org-scan', '--help'], {});
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^ai-act-gate .*\n\nUsage: ai-act-gate org-scan --org NAME/);
  });

  it.each([
    [[], /--org is required/],
    [['--org', 'bad org!'], /is not a GitHub organisation name/],
    [['--org', 'o', '--format', 'pdf'], /--format must be json, markdown, html, not "pdf"/],
    [['--org', 'o', '--shard', '4/3'], /--shard 4\/3: i must be between 1 and n/],
    [['--org', 'o', '--concurrency', '0'], /--concurrency must be a whole number from 1 to 32/],
    [['--org', 'o', '--max-size', '0'], /--max-size must be a positive number/],
    [['--org', 'o', '--api-url', 'ftp://x'], /--api-url must be an http\(s\) URL/],
    [['--org', 'o', '--bogus'], /Unknown option '--bogus'/],
  ])('refuses %j with exit code 2', async (args, message) => {
    const result = await cli(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toMatch(/Run "ai-act-gate org-scan --help" for usage/);
  });

  it('needs a token, from --token, GITHUB_TOKEN or GH_TOKEN', async () => {
    expect((await cli(['--org', 'o'], {})).stderr).toMatch(
      /a GitHub token is needed: set GITHUB_TOKEN \(or GH_TOKEN\), or pass --token/,
    );
    const fake = smallOrg();
    expect((await cli(['--org', fake.org], { GH_TOKEN: 'ghp_y' }, fake)).code).toBe(0);
    expect((await cli(['--org', fake.org, '--token', 'ghp_z'], {}, fake)).code).toBe(0);
  });

  it('says so, without a stack trace, when the organisation cannot be listed', async () => {
    // (GitHub answers 404 for an unknown organisation, but the description declares no 404 there.)
    const fake = smallOrg();
    fake.fault({ method: 'GET', path: /^\/orgs\//, status: 502, times: 10 });
    const result = await cli(['--org', fake.org], undefined, fake);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'ai-act-gate org-scan: cannot list the repositories of octo-org: GitHub answered 502: Server Error\n',
    );
    expect(fake.log.map((entry) => entry.status)).toEqual([502, 502, 502, 502]);
  });
});

describe('org-scan output', () => {
  it('exits 0 when nothing is blocked, writing JSON to stdout by default', async () => {
    const fake = smallOrg();
    const result = await cli(['org-scan', '--org', fake.org], undefined, fake);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({
      schemaVersion: '1.0.0',
      org: 'octo-org',
      generatedAt: NOW.toISOString(),
      summary: { repositories: 3, checked: 2, noCards: 1, failed: 0, cards: 2, blocked: 0 },
    });
    expect(result.stderr).toMatch(
      /^org-scan octo-org: 3 repositories, 2 with cards, 0 failed; 2 cards, 0 blocked; \d+ API requests \(0 not modified\)\n$/,
    );
  });

  it('renders Markdown and the HTML dashboard, with the change since --previous', async () => {
    const fake = smallOrg();
    const before = await scan(fake, folder, ['--output', 'before.json']);
    expect(before.code).toBe(0);
    fake.push('alpha', 'README.md', BLOCKED_CARD);
    const markdown = await cli(
      ['--org', fake.org, '--format', 'markdown', '--previous', 'before.json'],
      undefined,
      fake,
    );
    expect(markdown.code).toBe(1);
    expect(markdown.stdout).toContain('octo-org/alpha');
    expect(markdown.stdout).not.toContain('<script');
    const html = await cli(
      ['--org', fake.org, '--format', 'html', '--previous', 'before.json', '--output', 'dashboard.html'],
      undefined,
      fake,
    );
    expect(html.code).toBe(1);
    expect(readFileSync(join(folder, 'dashboard.html'), 'utf8')).toMatch(/^<!DOCTYPE html>/i);
  });

  it('refuses a --previous report that is not one, or of another organisation', async () => {
    const fake = smallOrg();
    writeFileSync(
      join(folder, 'other.json'),
      JSON.stringify({ schemaVersion: '1.0.0', org: 'someone-else', repositories: [] }),
    );
    writeFileSync(join(folder, 'junk.json'), '{"files": []}');
    expect((await cli(['--org', fake.org, '--previous', 'other.json'], undefined, fake)).stderr).toMatch(
      /--previous .*other\.json is a report of "someone-else", not of "octo-org"/,
    );
    expect((await cli(['--org', fake.org, '--previous', 'junk.json'], undefined, fake)).stderr).toMatch(
      /not an org-scan JSON report/,
    );
    expect((await cli(['--org', fake.org, '--previous', 'missing.json'], undefined, fake)).stderr).toMatch(
      /missing\.json: no such file/,
    );
    expect(fake.log).toEqual([]);
  });

  it('shows progress on stderr only when it is a terminal', async () => {
    const fake = smallOrg();
    const quiet = await cli(['--org', fake.org], undefined, fake, false);
    expect(quiet.stderr).not.toContain('\r');
    const shown = await cli(['--org', fake.org], undefined, fake, true);
    expect(shown.stderr).toContain('\r\x1b[2Korg-scan octo-org [');
    expect(shown.stderr).toContain('3/3 repositories');
  });
});

describe('files and repositories that cannot be read', () => {
  it('reports a card above --max-size as a finding, without reading it', async () => {
    const fake = smallOrg();
    const run = await scan(fake, folder, ['--max-size', '100']);
    expect(repositoryOf(run.report, 'alpha')?.files).toEqual([
      expect.objectContaining({
        path: 'README.md',
        problems: [
          expect.objectContaining({
            severity: 'error',
            message: expect.stringMatching(
              /^file is \d{3} bytes, above the 100 bytes limit \(--max-size\); not checked$/,
            ),
          }),
        ],
      }),
    ]);
    expect(run.requests.filter((entry) => entry.path.startsWith('/repos/octo-org/alpha/git/blobs/'))).toEqual([]);
  });

  it('fails a repository the token may not read (403), and goes on', async () => {
    const fake = smallOrg();
    fake.fault({
      method: 'GET',
      path: /^\/repos\/octo-org\/beta\/git\/blobs\//,
      status: 403,
      body: {
        message: 'Resource not accessible by integration',
        documentation_url: 'https://docs.github.com/rest/git/blobs#get-a-blob',
        status: '403',
      },
    });
    const run = await scan(fake, folder);
    expect(run.code).toBe(1);
    expect(repositoryOf(run.report, 'beta')).toMatchObject({
      status: 'failed',
      error: 'reading models/b/MODEL_CARD.md: access denied (403): Resource not accessible by integration',
      files: [],
    });
    expect(repositoryOf(run.report, 'alpha')?.status).toBe('checked');
  });
});

describe('the org policy (--config)', () => {
  it("applies to every repository, under each repository's own config", async () => {
    const fake = smallOrg(true);
    fake.push('beta', '.github/ai-act-gate.yml', 'version: 1\nrules:\n  copyright-policy: error\n');
    writeFileSync(join(folder, 'org-policy.yml'), RULE_OFF_CONFIG);
    const run = await scan(fake, folder, ['--config', 'org-policy.yml']);
    expect(run.code).toBe(1);
    const setting = (name: string) =>
      repositoryOf(run.report, name)!.files[0].rules.find((rule) => rule.id === 'copyright-policy');
    expect(setting('alpha')).toMatchObject({ enabled: false });
    expect(setting('frontier')).toMatchObject({ enabled: false });
    // The repository's own config wins.
    expect(setting('beta')?.enabled).toBeUndefined();
  });

  it('stops with exit code 2 on a broken org policy, naming the line', async () => {
    const fake = smallOrg();
    writeFileSync(join(folder, 'broken-policy.yml'), 'version: 1\nrules:\n  no-such-rule: off\n');
    const result = await cli(['--org', fake.org, '--config', 'broken-policy.yml'], undefined, fake);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^ai-act-gate org-scan: broken-policy\.yml:3: rules: unknown rule "no-such-rule"/);
    expect(fake.log).toEqual([]);
  });
});
