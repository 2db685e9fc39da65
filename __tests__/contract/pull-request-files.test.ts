/**
 * Which cards a pull request changes, read at its head and compared with the base commit, through the
 * OpenAPI-validated fake GitHub (list-files pagination, contents API at both commits).
 */
import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkPullRequest, type CheckPullRequestParams } from '../../src/action/check-pull-request.js';
import { createOctokitClient } from '../../src/publish/github-client.js';
import { shippedRuleset } from '../helpers.js';
import { FakeGitHub } from './fake-github.js';
import { BLOCKED_CARD, CLEAN_CARD } from './cards.js';

let fake: FakeGitHub;
let workspace: string;
let headDirectory: string;
const warnings: string[] = [];
const log = { info: () => {}, warning: (message: string) => void warnings.push(message) };

function params(overrides: Partial<CheckPullRequestParams> = {}): CheckPullRequestParams {
  const client = createOctokitClient({
    token: 'ghs_x',
    repository: { owner: fake.owner, repo: fake.repo },
    baseUrl: fake.baseUrl,
    log,
    fetch: fake.fetch,
    retryAfterBaseValue: 1,
  });
  const pullRequest = { number: fake.pullNumber, headSha: fake.headSha, baseSha: fake.baseSha };
  return {
    client,
    pullRequest,
    event: 'pull_request_target',
    patterns: [],
    changedOnly: true,
    workspace,
    headDirectory,
    ruleset: shippedRuleset(),
    jobs: 1,
    log,
    ...overrides,
  };
}

beforeEach(() => {
  fake = new FakeGitHub();
  workspace = mkdtempSync(join(tmpdir(), 'aag-ws-'));
  headDirectory = mkdtempSync(join(tmpdir(), 'aag-head-'));
  warnings.length = 0;
});

afterEach(() => {
  rmSync(workspace, { recursive: true, force: true });
  rmSync(headDirectory, { recursive: true, force: true });
  expect(fake.violations).toEqual([]);
});

describe('checkPullRequest', () => {
  it('reads changed cards at the head through the API (pull_request_target) and compares them with the base', async () => {
    // 150 changed files: the cards are on the second page of list-files.
    for (let i = 0; i < 147; i++) fake.pullFiles.push({ filename: `src/file${i}.py`, status: 'modified' });
    fake.pullFiles.push(
      { filename: 'models/frontier/README.md', status: 'modified' },
      {
        filename: 'models/small/MODEL_CARD.md',
        status: 'renamed',
        previous_filename: 'models/small/card-old/MODEL_CARD.md',
      },
      { filename: 'models/gone/README.md', status: 'removed' },
    );
    fake.pullFiles.push({ filename: 'docs/README.md', status: 'added' });
    fake.blobs.set(`${fake.headSha}:models/frontier/README.md`, BLOCKED_CARD);
    fake.blobs.set(`${fake.baseSha}:models/frontier/README.md`, CLEAN_CARD);
    fake.blobs.set(`${fake.headSha}:models/small/MODEL_CARD.md`, CLEAN_CARD);
    fake.blobs.set(`${fake.baseSha}:models/small/card-old/MODEL_CARD.md`, CLEAN_CARD);
    fake.blobs.set(`${fake.headSha}:docs/README.md`, '# Docs\n\nHow to build the project.\n');
    // The workspace (the base branch under pull_request_target) must not be read for changed cards.
    mkdirSync(join(workspace, 'models/frontier'), { recursive: true });
    writeFileSync(join(workspace, 'models/frontier/README.md'), CLEAN_CARD);

    const { files, comparisons } = await checkPullRequest(params());

    expect(files.map((file) => file.path)).toEqual(['models/frontier/README.md', 'models/small/MODEL_CARD.md']);
    expect(files[0].gate.blocked).toBe(true);
    const frontier = comparisons.find((comparison) => comparison.path === 'models/frontier/README.md')!;
    expect(frontier.isNewCard).toBe(false);
    expect(frontier.tierChange).toEqual({ from: 'not-gpai', to: 'gpai-systemic-risk' });
    expect(frontier.newGaps.map((gap) => gap.id)).toContain('evaluation-results');
    const small = comparisons.find((comparison) => comparison.path === 'models/small/MODEL_CARD.md')!;
    expect(small).toMatchObject({ isNewCard: false, tierChange: null, newGaps: [], fixedGaps: [] });
    const pages = fake.log
      .filter((entry) => entry.path.endsWith('/files'))
      .map((entry) => new URLSearchParams(entry.query).get('page') ?? '1');
    expect(pages).toEqual(['1', '2']);
    expect(
      fake.log
        .filter((entry) => entry.path.includes('/contents/'))
        .map((entry) => decodeURIComponent(entry.path.split('/contents/')[1]) + decodeURIComponent(entry.query)),
    ).toEqual([
      `models/frontier/README.md?ref=${fake.headSha}`,
      `models/small/MODEL_CARD.md?ref=${fake.headSha}`,
      `docs/README.md?ref=${fake.headSha}`,
      `models/frontier/README.md?ref=${fake.baseSha}`,
      `models/small/card-old/MODEL_CARD.md?ref=${fake.baseSha}`,
    ]);
  });

  it('reads the checked-out workspace under pull_request, and marks a card missing at the base as new', async () => {
    fake.pullFiles.push(
      { filename: 'MODEL_CARD.md', status: 'added' },
      { filename: 'evil/README.md', status: 'added' },
    );
    writeFileSync(join(workspace, 'MODEL_CARD.md'), BLOCKED_CARD);
    mkdirSync(join(workspace, 'evil'));
    // A symbolic link in the PR could point at runner files: never followed.
    symlinkSync('/etc/hostname', join(workspace, 'evil/README.md'));

    const { files, comparisons } = await checkPullRequest(params({ event: 'pull_request' }));

    expect(files.map((file) => file.path)).toEqual(['MODEL_CARD.md']);
    expect(comparisons).toEqual([
      expect.objectContaining({ path: 'MODEL_CARD.md', isNewCard: true, tierChange: null }),
    ]);
    expect(fake.log.filter((entry) => entry.path.includes('/contents/')).map((entry) => entry.query)).toEqual([
      `?ref=${fake.baseSha}`,
    ]);
  });

  it('matches changed files against the paths input, and checks all cards when changed-only is false', async () => {
    fake.pullFiles.push({ filename: 'cards/a.md', status: 'modified' }, { filename: 'README.md', status: 'modified' });
    mkdirSync(join(workspace, 'cards'));
    writeFileSync(join(workspace, 'cards/a.md'), CLEAN_CARD);
    writeFileSync(join(workspace, 'cards/b.md'), CLEAN_CARD);
    writeFileSync(join(workspace, 'README.md'), CLEAN_CARD);
    fake.blobs.set(`${fake.baseSha}:cards/a.md`, CLEAN_CARD);

    const changed = await checkPullRequest(params({ event: 'pull_request', patterns: ['cards/*.md'] }));
    expect(changed.files.map((file) => file.path)).toEqual(['cards/a.md']);

    const all = await checkPullRequest(params({ event: 'pull_request', patterns: ['cards/*.md'], changedOnly: false }));
    expect(all.files.map((file) => file.path)).toEqual(['cards/a.md', 'cards/b.md']);
    expect(all.comparisons.map((comparison) => comparison.path)).toEqual(['cards/a.md']);
  });
});
