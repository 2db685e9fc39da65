/**
 * The sticky comment against a stateful fake GitHub whose every request and response is validated
 * against GitHub's OpenAPI description, through the real Octokit client (retry and throttling plugins).
 */
import { createOctokitClient, type GitHubClient } from '../../src/publish/github-client.js';
import { upsertComment, READ_ONLY_WARNING, type UpsertCommentOptions } from '../../src/publish/upsert-comment.js';
import { commentAuthors, GITHUB_ACTIONS_LOGIN } from '../../src/publish/comment-author.js';
import { COMMENT_MARKER, DEFAULT_COMMENT_MAX_LENGTH } from '../../src/render/comment.js';
import { FakeGitHub, GITHUB_ACTIONS } from './fake-github.js';

const ours = (text: string) => `${COMMENT_MARKER()}\n\n${text}\n`;

let fake: FakeGitHub;
let log: { infos: string[]; warnings: string[]; info: (m: string) => void; warning: (m: string) => void };
let clients = 0;

function clientFor(token = 'ghs_workflowtoken'): GitHubClient {
  return createOctokitClient({
    token,
    repository: { owner: fake.owner, repo: fake.repo },
    baseUrl: fake.baseUrl,
    log,
    fetch: fake.fetch,
    retryAfterBaseValue: 1,
    throttleId: `scenario-${++clients}`,
  });
}

function options(overrides: Partial<UpsertCommentOptions> = {}): UpsertCommentOptions {
  return {
    issueNumber: fake.pullNumber,
    instanceKey: 'default',
    authors: [GITHUB_ACTIONS],
    render: () => ours('🚫 1 model card · 1 release blocker · 3 gaps'),
    clean: false,
    deleteWhenClean: false,
    createIfMissing: true,
    log,
    ...overrides,
  };
}

beforeEach(() => {
  fake = new FakeGitHub();
  log = { infos: [], warnings: [], info: (m) => log.infos.push(m), warning: (m) => log.warnings.push(m) };
});

afterEach(() => {
  // Every request and response of the test was within GitHub's contract.
  expect(fake.violations).toEqual([]);
});

describe('upsertComment against the OpenAPI-validated fake', () => {
  it('finds our comment on page 3 and updates it in place', async () => {
    for (let i = 0; i < 250; i++) {
      if (i === 230) fake.addComment(GITHUB_ACTIONS, ours('old verdict'));
      // Someone quoting our marker is not us.
      else fake.addComment(i === 5 ? 'mallory' : 'octocat', i === 5 ? ours('fake') : `comment ${i}`);
    }
    const ourId = fake.comments[230].id;
    const result = await upsertComment(clientFor(), options());
    expect(result).toEqual({ action: 'updated', commentId: ourId, duplicatesDeleted: 0 });
    const listed = fake.log.filter((entry) => entry.method === 'GET');
    expect(listed.map((entry) => new URLSearchParams(entry.query).get('page') ?? '1')).toEqual(['1', '2', '3']);
    expect(fake.writes()).toEqual([
      { method: 'PATCH', path: `/repos/octo-org/models/issues/comments/${ourId}`, query: '', status: 200 },
    ]);
    expect(fake.comments.find((comment) => comment.id === ourId)?.body).toContain('3 gaps');
    expect(fake.comments[5].body).toBe(ours('fake'));
  });

  it('writes nothing when the body is unchanged', async () => {
    fake.addComment(GITHUB_ACTIONS, ours('🚫 1 model card · 1 release blocker · 3 gaps'));
    const result = await upsertComment(clientFor(), options());
    expect(result.action).toBe('unchanged');
    expect(fake.writes()).toEqual([]);
  });

  it('creates the comment when there is none', async () => {
    fake.addComment('octocat', 'LGTM');
    const result = await upsertComment(clientFor(), options());
    expect(result.action).toBe('created');
    expect(fake.comments).toHaveLength(2);
    expect(fake.comments[1]).toMatchObject({
      login: GITHUB_ACTIONS,
      body: ours('🚫 1 model card · 1 release blocker · 3 gaps'),
    });
  });

  it('turns a read-only token (403) into a warning, not a crash', async () => {
    fake.fault({
      method: 'POST',
      path: /\/issues\/\d+\/comments$/,
      status: 403,
      body: {
        message: 'Resource not accessible by integration',
        documentation_url: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment',
        status: '403',
      },
    });
    const result = await upsertComment(clientFor(), options());
    expect(result.action).toBe('failed');
    expect(log.warnings).toEqual([READ_ONLY_WARNING]);
    expect(fake.comments).toHaveLength(0);
  });

  it('renders a smaller body and retries once when GitHub finds it too long (422)', async () => {
    // GitHub's count can exceed JavaScript's (the fake counts UTF-8 bytes here).
    fake.countLength = (body) => Buffer.byteLength(body);
    const limits: number[] = [];
    const render = (maxLength: number) => {
      limits.push(maxLength);
      return ours('🚫'.repeat(Math.floor((maxLength - 60) / 2)));
    };
    const result = await upsertComment(clientFor(), options({ render }));
    expect(result.action).toBe('created');
    expect(limits).toEqual([DEFAULT_COMMENT_MAX_LENGTH, DEFAULT_COMMENT_MAX_LENGTH / 2]);
    expect(fake.writes().map((entry) => entry.status)).toEqual([422, 201]);
    expect(log.warnings).toEqual([]);
  });

  it('retries a 502 (retry plugin) and then succeeds', async () => {
    fake.fault({ method: 'GET', path: /\/comments$/, status: 502 });
    fake.fault({ method: 'POST', path: /\/comments$/, status: 502 });
    const result = await upsertComment(clientFor(), options());
    expect(result.action).toBe('created');
    expect(fake.log.map((entry) => `${entry.method} ${entry.status}`)).toEqual([
      'GET 502',
      'GET 200',
      'POST 502',
      'POST 201',
      'GET 200',
    ]);
    expect(fake.comments).toHaveLength(1);
  });

  it('waits out a secondary rate limit with a warning and retries', async () => {
    fake.fault({
      method: 'POST',
      path: /\/comments$/,
      status: 403,
      headers: { 'retry-after': '1' },
      body: {
        message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
        documentation_url: 'https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api',
        status: '403',
      },
    });
    const result = await upsertComment(clientFor(), options());
    expect(result.action).toBe('created');
    expect(log.warnings).toEqual([expect.stringMatching(/secondary rate limit hit by POST .*; retrying in 1 s/)]);
  });

  it('keeps the oldest of two comments left by a race and deletes the other', async () => {
    const oldest = fake.addComment(GITHUB_ACTIONS, ours('first run'));
    const newer = fake.addComment(GITHUB_ACTIONS, ours('second run'));
    const result = await upsertComment(clientFor(), options());
    expect(result).toEqual({ action: 'updated', commentId: oldest.id, duplicatesDeleted: 1 });
    expect(fake.comments.map((comment) => comment.id)).toEqual([oldest.id]);
    expect(
      fake
        .writes()
        .map((entry) => entry.method)
        .sort(),
    ).toEqual(['DELETE', 'PATCH']);
    expect(newer.id).not.toBe(oldest.id);
  });

  it('leaves exactly one comment when two runs create at the same moment', async () => {
    const [first, second] = await Promise.all([
      upsertComment(clientFor(), options({ render: () => ours('run A') })),
      upsertComment(clientFor(), options({ render: () => ours('run B') })),
    ]);
    expect(fake.comments).toHaveLength(1);
    expect([first.action, second.action].sort()).toEqual(['created', 'updated']);
    expect(first.commentId).toBe(second.commentId);
  });

  it('updates the comment to an all-clear when the gaps are fixed', async () => {
    const comment = fake.addComment(GITHUB_ACTIONS, ours('🚫 3 gaps'));
    const result = await upsertComment(
      clientFor(),
      options({
        clean: true,
        createIfMissing: false,
        render: () => ours('✅ All model cards meet their required documentation duties'),
      }),
    );
    expect(result.action).toBe('updated');
    expect(fake.comments).toEqual([
      expect.objectContaining({ id: comment.id, body: expect.stringContaining('✅ All model cards') }),
    ]);
  });

  it('deletes the comment when clean with delete-when-clean, and creates none', async () => {
    fake.addComment(GITHUB_ACTIONS, ours('🚫 3 gaps'));
    expect((await upsertComment(clientFor(), options({ clean: true, deleteWhenClean: true }))).action).toBe('deleted');
    expect(fake.comments).toEqual([]);
    expect((await upsertComment(clientFor(), options({ clean: true, deleteWhenClean: true }))).action).toBe('skipped');
    expect(fake.writes().map((entry) => entry.method)).toEqual(['DELETE']);
  });

  it('posts nothing on a clean pull request in auto mode', async () => {
    const result = await upsertComment(clientFor(), options({ clean: true, createIfMissing: false }));
    expect(result.action).toBe('skipped');
    expect(fake.writes()).toEqual([]);
  });

  it('keeps comments of other instances apart', async () => {
    fake.addComment(GITHUB_ACTIONS, `${COMMENT_MARKER('models-eu')}\n\nother instance\n`);
    const result = await upsertComment(clientFor(), options());
    expect(result.action).toBe('created');
    expect(fake.comments).toHaveLength(2);
  });
});

describe('commentAuthors', () => {
  it('asks GET /user for a personal access token', async () => {
    fake.userLogin = 'release-bot';
    expect(await commentAuthors(clientFor('ghp_personal'), 'ghp_personal', null, log)).toEqual(['release-bot']);
    expect(fake.log.map((entry) => entry.path)).toEqual(['/user']);
  });

  it('takes github-actions[bot] for the workflow token, without an API call', async () => {
    expect(await commentAuthors(clientFor(), 'ghs_workflowtoken', null, log)).toEqual([GITHUB_ACTIONS_LOGIN]);
    expect(fake.log).toEqual([]);
  });

  it('takes the configured login (a GitHub App) as it is', async () => {
    expect(await commentAuthors(clientFor(), 'ghs_apptoken', 'my-app[bot]', log)).toEqual(['my-app[bot]']);
  });

  it('falls back to github-actions[bot] with a warning when GET /user fails', async () => {
    expect(await commentAuthors(clientFor('ghp_personal'), 'ghp_personal', null, log)).toEqual([GITHUB_ACTIONS_LOGIN]);
    expect(log.warnings).toEqual([expect.stringContaining('could not tell whose token this is')]);
  });
});
