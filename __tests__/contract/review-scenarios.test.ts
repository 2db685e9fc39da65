/**
 * The suggested drafts as one pull-request review, against the stateful fake GitHub whose every request
 * and response is checked against GitHub's OpenAPI description, through the real Octokit client: a
 * real card (Mistral-7B-Instruct) changed by a realistic pull request, posted, then replaced on the
 * next push, never touching what is not ours; a read-only token and a refused line cost a warning.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createOctokitClient, type GitHubClient } from '../../src/publish/github-client.js';
import { planPullRequestDrafts, publishDrafts } from '../../src/publish/draft-review.js';
import { REVIEW_READ_ONLY_WARNING } from '../../src/publish/review.js';
import { REVIEW_MARKER, SUGGESTION_MARKER, SUPERSEDED_MARKER } from '../../src/render/suggestion.js';
import { buildReport, checkCard } from '../../src/lint.js';
import { fixCard } from '../../src/draft/fix/fix.js';
import { analyseCard } from '../../src/draft/analyse.js';
import { ROOT, shippedRuleset } from '../helpers.js';
import { FakeGitHub, GITHUB_ACTIONS } from './fake-github.js';

const FIXTURES = join(ROOT, '__tests__', 'fixtures', 'review');
const PATH = 'models/mistral/README.md';
const HEAD = readFileSync(join(FIXTURES, 'mistral-7b-instruct.md'), 'utf8');
const PATCH = readFileSync(join(FIXTURES, 'mistral-7b-instruct.patch'), 'utf8');

let fake: FakeGitHub;
let log: { infos: string[]; warnings: string[]; info: (m: string) => void; warning: (m: string) => void };
let clients = 0;

function client(): GitHubClient {
  return createOctokitClient({
    token: 'ghs_workflowtoken',
    repository: { owner: fake.owner, repo: fake.repo },
    baseUrl: fake.baseUrl,
    log,
    fetch: fake.fetch,
    retryAfterBaseValue: 1,
    throttleId: `review-${++clients}`,
  });
}

/** One run of the Action's drafting step on the card's current text at the fake's head. */
async function run(text = HEAD) {
  const github = client();
  const files = await github.listPullFiles(fake.pullNumber);
  const ruleset = shippedRuleset();
  const report = buildReport([checkCard(PATH, text, ruleset)], ruleset.rules.length);
  const file = files.find((candidate) => candidate.path === PATH)!;
  const drafts = planPullRequestDrafts([{ path: PATH, text, file }], report, ruleset, log);
  return publishDrafts(github, drafts, {
    pullNumber: fake.pullNumber,
    headSha: fake.headSha,
    instanceKey: 'default',
    authors: [GITHUB_ACTIONS],
    log,
  });
}

const ours = () =>
  fake.reviews.filter((review) => review.login === GITHUB_ACTIONS && review.body.startsWith(REVIEW_MARKER()));

beforeEach(() => {
  fake = new FakeGitHub();
  fake.pullFiles = [{ filename: PATH, status: 'modified', patch: PATCH }];
  log = { infos: [], warnings: [], info: (m) => log.infos.push(m), warning: (m) => log.warnings.push(m) };
});

afterEach(() => {
  expect(fake.violations).toEqual([]);
});

describe('the review of suggested drafts against the OpenAPI-validated fake', () => {
  it('posts one review with a suggestion on each changed place of the card, the rest for the comment', async () => {
    const outcome = await run();
    expect(outcome.review?.action).toBe('created');
    expect(fake.reviews).toHaveLength(1);
    const [review] = fake.reviews;
    expect(review.commitId).toBe(fake.headSha);
    expect(review.body.split('\n')[0]).toBe(REVIEW_MARKER());
    expect(review.comments.map((comment) => [comment.path, comment.line])).toEqual([
      [PATH, 52],
      [PATH, 81],
    ]);
    for (const comment of review.comments) {
      expect(comment.body.split('\n')[0]).toBe(SUGGESTION_MARKER());
      expect(comment.body).toMatch(/\n```suggestion\n[\s\S]*<!-- ai-act-gate draft: [\s\S]*\n```\n$/);
    }
    // The suggestion on line 81 keeps that line first, then the drafts that go after the section.
    expect(review.comments[1].body).toContain(
      '```suggestion\nmake the model finely respect guardrails, allowing for deployment in environments requiring moderated outputs.\n\n<!-- ai-act-gate draft: synthetic-content-marking ',
    );
    expect(outcome.commentDrafts.map((group) => group.beforeLine)).toEqual([7, 15, 86]);
    expect(outcome.summaryDrafts).toEqual(outcome.commentDrafts);
    expect(fake.writes().map((entry) => `${entry.method} ${entry.status}`)).toEqual(['POST 200']);
  });

  it('replaces its review on the next push: the old one loses its comments and says it was replaced', async () => {
    // Someone quoting our marker, and another tool posting with the same token: neither is ours.
    const quoted = fake.addReview('mallory', `${REVIEW_MARKER()}\nlooks like yours`, [
      { path: PATH, line: 52, body: `${SUGGESTION_MARKER()}\nmine` },
    ]);
    const otherTool = fake.addReview(GITHUB_ACTIONS, 'Lint: 2 warnings', [{ path: PATH, line: 53, body: 'nit' }]);
    const first = await run();
    const firstId = first.review!.reviewId;
    fake.headSha = 'c'.repeat(40);
    const second = await run();
    expect(second.review).toMatchObject({ action: 'created', superseded: 1 });
    expect(ours().map((review) => review.id)).toEqual([second.review!.reviewId]);
    const old = fake.reviews.find((review) => review.id === firstId)!;
    expect(old.body.split('\n')[0]).toBe(SUPERSEDED_MARKER());
    expect(old.body).toContain('replaced by a later run (for commit ccccccc)');
    expect(old.comments).toEqual([]);
    expect(fake.reviews.find((review) => review.id === quoted.id)).toEqual(quoted);
    expect(fake.reviews.find((review) => review.id === otherTool.id)).toEqual(otherTool);
    expect(quoted.comments).toHaveLength(1);
    expect(otherTool.comments).toHaveLength(1);
    // A third push: still one current review, the superseded ones are passed over.
    fake.headSha = 'd'.repeat(40);
    await run();
    expect(ours()).toHaveLength(1);
    expect(fake.reviews.filter((review) => review.body.startsWith(SUPERSEDED_MARKER()))).toHaveLength(2);
  });

  it('leaves an identical review of the same commit alone (a re-run of the job)', async () => {
    await run();
    const writes = fake.writes().length;
    const again = await run();
    expect(again.review?.action).toBe('unchanged');
    expect(fake.writes()).toHaveLength(writes);
  });

  it('marks its review replaced, and posts none, once the card has every draft', async () => {
    await run();
    const ruleset = shippedRuleset();
    const fixed = fixCard({ path: PATH, text: HEAD, analysis: analyseCard(HEAD, ruleset) }, []).text;
    fake.headSha = 'e'.repeat(40);
    const outcome = await run(fixed);
    expect(outcome.review).toMatchObject({ action: 'superseded', superseded: 1 });
    expect(ours()).toEqual([]);
    expect(outcome.commentDrafts).toEqual([]);
  });

  it('turns a read-only token (403) into a warning, and puts every draft in the job summary', async () => {
    fake.fault({
      method: 'POST',
      path: /\/pulls\/\d+\/reviews$/,
      status: 403,
      body: {
        message: 'Resource not accessible by integration',
        documentation_url: 'https://docs.github.com/rest/pulls/reviews#create-a-review-for-a-pull-request',
      },
    });
    const outcome = await run();
    expect(outcome.review?.action).toBe('failed');
    expect(log.warnings).toEqual([REVIEW_READ_ONLY_WARNING]);
    expect(outcome.summaryDrafts.map((group) => group.beforeLine)).toEqual([7, 15, 52, 83, 86]);
    expect(fake.reviews).toEqual([]);
  });

  it('turns GitHub refusing a line (422, the diff moved on) into a warning, not a crash', async () => {
    const github = client();
    const files = await github.listPullFiles(fake.pullNumber);
    // A push between listing the files and posting: the lines are no longer on the diff.
    fake.pullFiles = [{ filename: PATH, status: 'modified', patch: '@@ -1,1 +1,1 @@\n-old\n+new' }];
    const ruleset = shippedRuleset();
    const report = buildReport([checkCard(PATH, HEAD, ruleset)], ruleset.rules.length);
    const drafts = planPullRequestDrafts([{ path: PATH, text: HEAD, file: files[0] }], report, ruleset, log);
    const outcome = await publishDrafts(github, drafts, {
      pullNumber: fake.pullNumber,
      headSha: fake.headSha,
      instanceKey: 'default',
      authors: [GITHUB_ACTIONS],
      log,
    });
    expect(outcome.review?.action).toBe('failed');
    expect(log.warnings).toEqual([
      expect.stringMatching(/^GitHub refused the suggested drafts \(HTTP 422: .*Line could not be resolved/),
    ]);
    expect(outcome.summaryDrafts).toHaveLength(5);
    expect(fake.writes().map((entry) => `${entry.method} ${entry.status}`)).toEqual(['POST 422']);
  });

  it('keeps reviews of other instances apart', async () => {
    fake.addReview(GITHUB_ACTIONS, `${REVIEW_MARKER('models-eu')}\nother instance`);
    await run();
    expect(fake.reviews).toHaveLength(2);
    expect(fake.reviews[0].body).toContain('other instance');
  });
});
