/**
 * org-scan against a fake organisation of 200 repositories whose every request and response is
 * validated against GitHub's OpenAPI description, through the real Octokit client (retry and
 * throttling plugins): faults, repository configs, shards, the cache and tracking issues.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BLOCKED_CARD, CLEAN_CARD } from '../contract/cards.js';
import { FakeOrg } from './fake-org.js';
import { nameOf, populateOrg, type OrgExpectations } from './org-fixture.js';
import { repositoryOf, scan, stable, type ScanRun } from './run-scan.js';

let folder: string;
const fakes: FakeOrg[] = [];

function newOrg(): { fake: FakeOrg; expected: OrgExpectations } {
  const fake = new FakeOrg();
  fakes.push(fake);
  return { fake, expected: populateOrg(fake) };
}

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'aag-org-'));
});

afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
  // Every request and response of every scan was within GitHub's contract.
  for (const fake of fakes) expect(fake.violations).toEqual([]);
});

const SECONDARY_LIMIT = {
  message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
  documentation_url: 'https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api',
  status: '403',
};

describe('a first scan through faults', () => {
  let fake: FakeOrg;
  let expected: OrgExpectations;
  let run: ScanRun;
  const failing = ['model-030', 'model-045', 'model-055'];

  beforeAll(async () => {
    ({ fake, expected } = newOrg());
    fake.fault({
      method: 'GET',
      path: /^\/repos\/octo-org\/model-01\d\/git\/blobs\//,
      status: 403,
      headers: { 'retry-after': '1' },
      body: SECONDARY_LIMIT,
    });
    fake.fault({ method: 'GET', path: /^\/repos\/octo-org\/model-020\/git\/trees\//, status: 502 });
    // More 502s than the retry plugin tries: the repository fails, the scan goes on.
    fake.fault({ method: 'GET', path: /^\/repos\/octo-org\/model-030\/git\/trees\//, status: 502, times: 10 });
    fake.repositories.get('model-045')!.deleteOn = 'tree';
    fake.repositories.get('model-055')!.deleteOn = 'blob';
    run = await scan(fake, folder);
  }, 60_000);

  it('completes, lists every repository it took, and exits 1', () => {
    expect(run.code).toBe(1);
    expect(run.report.repositories.map((repository) => repository.fullName)).toEqual(expected.scanned);
    expect(run.report.summary.repositories).toBe(expected.scanned.length);
    expect(run.report.shard).toBeNull();
    expect(run.report.ruleIds.length).toBeGreaterThan(10);
  });

  it('reports the repositories that failed, with why, and nothing else as failed', () => {
    const failed = run.report.repositories.filter((repository) => repository.status === 'failed');
    expect(failed.map((repository) => repository.fullName)).toEqual([
      'octo-org/model-007',
      ...failing.map((name) => `octo-org/${name}`),
    ]);
    expect(repositoryOf(run.report, 'model-030')?.error).toMatch(/reading its tree: GitHub answered 502/);
    expect(repositoryOf(run.report, 'model-045')?.error).toMatch(
      /reading its tree: not found \(deleted or renamed during the scan/,
    );
    expect(repositoryOf(run.report, 'model-055')?.error).toMatch(/reading README\.md: not found/);
    expect(run.report.summary.failed).toBe(4);
    expect(failed.every((repository) => repository.files.length === 0)).toBe(true);
  });

  it('retries a 502 and waits out a secondary rate limit', () => {
    expect(repositoryOf(run.report, 'model-020')?.status).toBe('checked');
    expect(
      run.requests
        .filter((entry) => entry.path.startsWith('/repos/octo-org/model-020/git/trees/'))
        .map((entry) => entry.status),
    ).toEqual([502, 200]);
    expect(run.stderr).toMatch(
      /secondary rate limit hit by GET \/repos\/octo-org\/model-01\d\/git\/blobs\/[0-9a-f]{40}; retrying in 1 s/,
    );
    const limited = run.requests.filter((entry) => entry.status === 403);
    expect(limited).toHaveLength(1);
    expect(run.requests.filter((entry) => entry.path === limited[0].path).map((entry) => entry.status)).toEqual([
      403, 200,
    ]);
  });

  it('finds the blocked cards', () => {
    const blocked = run.report.repositories
      .filter((repository) => repository.files.some((file) => file.gate.blocked))
      .map((repository) => repository.fullName);
    expect(blocked).toEqual(expected.blocked);
    expect(run.report.summary.blocked).toBe(expected.blocked.length);
    const frontier = repositoryOf(run.report, 'model-040')!.files[0];
    expect(frontier).toMatchObject({ path: 'README.md', tier: { id: 'gpai-systemic-risk' } });
    expect(frontier.gate.reasons.join(' ')).toMatch(/Blocked: evaluation-results is missing/);
  });

  it('finds cards by name and README.md files by their text, skipping node_modules', () => {
    expect(repositoryOf(run.report, 'model-008')?.files.map((file) => file.path)).toEqual(['models/a/MODEL_CARD.md']);
    expect(repositoryOf(run.report, 'model-009')?.files.map((file) => file.path)).toEqual([
      'models/x/README.md',
      'models/y/README.md',
    ]);
    for (const name of [...expected.software, ...expected.empty]) {
      expect(run.report.repositories.find((repository) => repository.fullName === name)).toMatchObject({
        status: 'no-cards',
        files: [],
      });
    }
    expect(repositoryOf(run.report, 'model-014')?.files[0].tier.id).toBe('gpai-open-source');
  });

  it("applies each repository's config on top of the org policy", () => {
    const ruleOff = repositoryOf(run.report, 'model-005')!;
    expect(ruleOff.configPath).toBe('.github/ai-act-gate.yml');
    expect(ruleOff.files[0].rules.find((rule) => rule.id === 'copyright-policy')).toMatchObject({
      enabled: false,
      severity: 'notice',
    });
    expect(
      repositoryOf(run.report, 'model-040')!.files[0].rules.find((rule) => rule.id === 'copyright-policy')?.enabled,
    ).toBeUndefined();
    const overridden = repositoryOf(run.report, 'model-006')!.files[0];
    expect(overridden.tier.id).toBe('gpai');
    expect(overridden.gate.blocked).toBe(false);
    const broken = repositoryOf(run.report, 'model-007')!;
    expect(broken).toMatchObject({ status: 'failed', configPath: '.github/ai-act-gate.yml' });
    expect(broken.error).toMatch(/^octo-org\/model-007\/\.github\/ai-act-gate\.yml@main:3:\d+: .*copyright-policy/);
  });

  it('needs at most 3 requests per repository on a first scan', () => {
    expect(run.report.requests.total).toBe(run.requests.length);
    expect(run.report.requests.total / run.report.summary.repositories).toBeLessThanOrEqual(3);
    // One tree per repository (and the retries of the faulty ones), never the contents API.
    expect(run.requests.filter((entry) => entry.path.includes('/contents/'))).toEqual([]);
  });
});

describe('--include-archived, --include-forks and --shard', () => {
  it('takes archived repositories and forks only when asked', async () => {
    const { fake, expected } = newOrg();
    const run = await scan(fake, folder, ['--include-archived', '--include-forks', '--concurrency', '8']);
    const names = run.report.repositories.map((repository) => repository.fullName);
    expect(names).toEqual([...expected.scanned, ...expected.archived, ...expected.forks].sort());
    expect(repositoryOf(run.report, 'model-004')?.files[0].gate.blocked).toBe(true);
  }, 60_000);

  it('splits the org into n parts that cover it exactly once', async () => {
    const { fake, expected } = newOrg();
    const parts: string[][] = [];
    for (let index = 1; index <= 3; index++) {
      const run = await scan(fake, folder, ['--shard', `${index}/3`]);
      expect(run.report.shard).toEqual({ index, count: 3 });
      parts.push(run.report.repositories.map((repository) => repository.fullName));
    }
    const third = expected.scanned.length / 3;
    expect(parts.map((part) => part.length).sort()).toEqual(
      [Math.floor(third), Math.round(third), Math.ceil(third)].sort(),
    );
    expect(parts.flat().sort()).toEqual(expected.scanned);
    expect(new Set(parts.flat()).size).toBe(expected.scanned.length);
  }, 90_000);
});

describe('--cache', () => {
  it('re-runs an unchanged org with at most one request per repository, all 304', async () => {
    const { fake } = newOrg();
    const first = await scan(fake, folder, ['--cache', 'org-cache.json']);
    const second = await scan(fake, folder, ['--cache', 'org-cache.json']);
    expect(second.code).toBe(first.code);
    expect(stable(second.report)).toEqual(stable(first.report));
    expect(second.requests.length).toBeGreaterThan(0);
    expect(second.requests.length).toBeLessThanOrEqual(second.report.summary.repositories);
    expect(second.requests.every((entry) => entry.status === 304)).toBe(true);
    expect(second.report.requests).toEqual({ total: second.requests.length, notModified: second.requests.length });

    // A push to one repository: its tree and its new card are read; nothing else.
    fake.push(nameOf(10), 'README.md', BLOCKED_CARD);
    const third = await scan(fake, folder, ['--cache', 'org-cache.json']);
    const read = third.requests.filter((entry) => entry.status === 200).map((entry) => entry.path);
    expect(read.filter((path) => !path.startsWith('/orgs/'))).toEqual([
      '/repos/octo-org/model-010/git/trees/main',
      expect.stringMatching(/^\/repos\/octo-org\/model-010\/git\/blobs\/[0-9a-f]{40}$/),
    ]);
    expect(repositoryOf(third.report, 'model-010')?.files[0].gate.blocked).toBe(true);
    expect(third.requests.length).toBeLessThanOrEqual(third.report.summary.repositories);
  }, 90_000);

  it('starts afresh, with a warning, from a cache file that is not one', async () => {
    const { fake } = newOrg();
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(folder, 'broken-cache.json'), '{"version": 99}');
    const run = await scan(fake, folder, ['--cache', 'broken-cache.json', '--shard', '1/10']);
    expect(run.stderr).toMatch(/warning: ignoring the cache .*broken-cache\.json: not an ai-act-gate org-scan cache/);
    expect(run.report.summary.repositories).toBe(20);
    const again = await scan(fake, folder, ['--cache', 'broken-cache.json', '--shard', '1/10']);
    expect(again.stderr).not.toMatch(/warning/);
    expect(again.requests.every((entry) => entry.status === 304)).toBe(true);
  }, 60_000);
});

describe('--tracking-issues', () => {
  it('opens one issue per blocked repository, never a duplicate, and closes it once fixed', async () => {
    const { fake, expected } = newOrg();
    const blockedNames = expected.blocked.map((name) => name.split('/')[1]);
    // Someone else's issue with our label is never touched.
    fake.addIssueFor('model-080', {
      title: 'Model card review',
      body: 'Please look at the card.',
      labels: ['ai-act-gate'],
    });

    const first = await scan(fake, folder, ['--tracking-issues', '--cache', 'tracking-cache.json']);
    expect(first.stderr).toContain(`tracking issues: ${blockedNames.length} created, 0 updated, 0 closed, 0 unchanged`);
    for (const name of blockedNames) {
      const ours = fake
        .openIssues(name)
        .filter((issue) => issue.body.startsWith('<!-- ai-act-gate:tracking-issue -->'));
      expect(ours).toHaveLength(1);
      expect(ours[0]).toMatchObject({
        labels: ['ai-act-gate'],
        title: 'ai-act-gate: release blocked for 1 model card',
      });
      expect(ours[0].body).toContain('`README.md`');
    }
    expect(first.requests.filter((entry) => entry.method === 'POST')).toHaveLength(blockedNames.length);

    const second = await scan(fake, folder, ['--tracking-issues', '--cache', 'tracking-cache.json']);
    expect(second.stderr).toContain(
      `tracking issues: 0 created, 0 updated, 0 closed, ${blockedNames.length} unchanged`,
    );
    expect(second.requests.filter((entry) => entry.method !== 'GET')).toEqual([]);
    for (const name of blockedNames)
      expect(fake.openIssues(name).filter((issue) => issue.body.includes('ai-act-gate:tracking-issue'))).toHaveLength(
        1,
      );

    // Fixed in one repository, and a racing run left a duplicate in another.
    fake.push('model-040', 'README.md', CLEAN_CARD);
    const original = fake.openIssues('model-120')[0];
    fake.addIssueFor('model-120', { title: original.title, body: original.body, labels: ['ai-act-gate'] });
    const third = await scan(fake, folder, ['--tracking-issues', '--cache', 'tracking-cache.json']);
    expect(third.stderr).toContain('tracking issues: 0 created, 0 updated, 2 closed');
    expect(fake.openIssues('model-040')).toEqual([]);
    expect(fake.openIssues('model-120').map((issue) => issue.number)).toEqual([original.number]);
    expect(
      fake
        .openIssues('model-080')
        .map((issue) => issue.title)
        .sort(),
    ).toEqual(['Model card review', 'ai-act-gate: release blocked for 1 model card']);
    expect(fake.issues.get('model-040')?.[0]).toMatchObject({ state: 'closed', stateReason: 'completed' });
  }, 120_000);
});
