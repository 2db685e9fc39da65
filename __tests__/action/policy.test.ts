/**
 * The Action's policy file: read from the workspace, except what a pull request changes, which is
 * read at the base commit — through the real Octokit client and the OpenAPI-validated fake GitHub.
 */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadActionPolicy } from '../../src/action/policy.js';
import { listChangedFiles } from '../../src/action/check-pull-request.js';
import { createOctokitClient } from '../../src/publish/github-client.js';
import { ConfigError } from '../../src/config/types.js';
import { FakeGitHub } from '../contract/fake-github.js';

const STRICT = 'version: 1\nfail-on: error\nrules:\n  licence: error\n';
const RELAXED = 'version: 1\nfail-on: never\nrules:\n  licence: off\n';

let fake: FakeGitHub;
let infos: string[];
const log = {
  info: (message: string) => infos.push(message),
  warning: (message: string) => infos.push(`warning: ${message}`),
};
let clients = 0;

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'aag-action-policy-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

async function pullRequestContext() {
  const client = createOctokitClient({
    token: 'ghs_x',
    repository: { owner: fake.owner, repo: fake.repo },
    baseUrl: fake.baseUrl,
    log,
    fetch: fake.fetch,
    retryAfterBaseValue: 1,
    throttleId: `policy-${++clients}`,
  });
  return { client, baseSha: fake.baseSha, changedFiles: await listChangedFiles(client, fake.pullNumber) };
}

beforeEach(() => {
  fake = new FakeGitHub();
  infos = [];
});
afterEach(() => expect(fake.violations).toEqual([]));

describe('loadActionPolicy', () => {
  it('reads .github/ai-act-gate.yml from the workspace when the pull request leaves it alone (no extra request)', async () => {
    fake.pullFiles = [{ filename: 'models/a/README.md', status: 'modified' }];
    const dir = workspace({ '.github/ai-act-gate.yml': STRICT });
    const pullRequest = await pullRequestContext();
    const requests = fake.log.length;
    const policy = await loadActionPolicy({ configPath: null, workspace: dir, pullRequest, log });
    expect(policy.failOn).toBe('error');
    expect(fake.log.length).toBe(requests);
  });

  it('judges a pull request that relaxes the policy by the policy at its base commit', async () => {
    fake.pullFiles = [{ filename: '.github/ai-act-gate.yml', status: 'modified' }];
    fake.blobs.set(`${fake.baseSha}:.github/ai-act-gate.yml`, STRICT);
    const dir = workspace({ '.github/ai-act-gate.yml': RELAXED });
    const policy = await loadActionPolicy({
      configPath: null,
      workspace: dir,
      pullRequest: await pullRequestContext(),
      log,
    });
    expect(policy.failOn).toBe('error');
    expect(policy.rules.licence.enabled).toBe(true);
    expect(infos).toContain(
      '.github/ai-act-gate.yml is changed by this pull request: its version at the base commit applies until it is merged',
    );
  });

  it('keeps the base policy when a pull request deletes it, and the base version of a local file it extends', async () => {
    fake.pullFiles = [
      { filename: '.github/ai-act-gate.yml', status: 'removed' },
      { filename: '.github/org.yml', status: 'modified' },
    ];
    fake.blobs.set(`${fake.baseSha}:.github/ai-act-gate.yml`, 'version: 1\nextends: ./org.yml\n');
    fake.blobs.set(`${fake.baseSha}:.github/org.yml`, STRICT);
    const dir = workspace({ '.github/org.yml': RELAXED });
    const policy = await loadActionPolicy({
      configPath: null,
      workspace: dir,
      pullRequest: await pullRequestContext(),
      log,
    });
    expect(policy.sources).toEqual(['.github/org.yml', '.github/ai-act-gate.yml']);
    expect(policy.failOn).toBe('error');
  });

  it('applies a policy a pull request adds only once it is merged', async () => {
    fake.pullFiles = [{ filename: '.github/ai-act-gate.yml', status: 'added' }];
    const dir = workspace({ '.github/ai-act-gate.yml': RELAXED });
    const policy = await loadActionPolicy({
      configPath: null,
      workspace: dir,
      pullRequest: await pullRequestContext(),
      log,
    });
    expect(policy.sources).toEqual([]);
  });

  it('reads the workspace outside pull requests, and refuses files outside it', async () => {
    const dir = workspace({ 'policies/ai-act.yml': 'version: 1\nextends: ../../outside.yml\n' });
    await expect(
      loadActionPolicy({ configPath: 'policies/ai-act.yml', workspace: dir, pullRequest: null, log }),
    ).rejects.toThrow(ConfigError);
    await expect(loadActionPolicy({ configPath: '../x.yml', workspace: dir, pullRequest: null, log })).rejects.toThrow(
      'config ../x.yml is outside the workspace',
    );
    await expect(
      loadActionPolicy({ configPath: 'missing.yml', workspace: dir, pullRequest: null, log }),
    ).rejects.toThrow('config file missing.yml not found in the workspace');
    expect((await loadActionPolicy({ configPath: null, workspace: dir, pullRequest: null, log })).sources).toEqual([]);
  });
});
