/** The check run's annotations go 50 per request (the API's cap), the rest in updates, against Prism. */
import { Octokit } from '@octokit/rest';
import { checkCard, buildReport } from '../../src/lint.js';
import { useGitHubMediaType } from '../../src/publish/github-media-type.js';
import { publishCheckRun, ANNOTATIONS_PER_REQUEST } from '../../src/serve/check-run.js';
import { shippedRuleset } from '../helpers.js';
import { BLOCKED_CARD } from '../contract/cards.js';
import { startPrism, violationsIn, type PrismServer } from '../contract/prism.js';

let prism: PrismServer | null = null;
let skipReason = '';
beforeAll(async () => {
  const started = await startPrism();
  if (typeof started === 'string') skipReason = started;
  else prism = started;
}, 60_000);
afterAll(() => prism?.stop());

it('sends every annotation, at most 50 per request, with the conclusion from fail-on', async () => {
  if (!prism) return console.warn(`skipped: ${skipReason}`);
  const ruleset = shippedRuleset();
  const files = ['a', 'b', 'c', 'd', 'e'].map((folder) => checkCard(`${folder}/README.md`, BLOCKED_CARD, ruleset));
  const report = buildReport(files, ruleset.rules.length);
  const octokit = new Octokit({ auth: 'ghs_test', baseUrl: prism.url });
  useGitHubMediaType(octokit);
  const sent: { route: string; annotations: number }[] = [];
  octokit.hook.before('request', (options) => {
    const output = (options as { output?: { annotations?: unknown[] } }).output;
    sent.push({ route: `${options.method} ${options.url}`, annotations: output?.annotations?.length ?? 0 });
  });
  const before = prism.lines.length;
  const result = await publishCheckRun(
    octokit,
    { owner: 'octocat', repo: 'Hello-World', headSha: 'a'.repeat(40) },
    report,
    { failOn: 'gate', source: { serverUrl: 'https://github.com', repository: 'octocat/Hello-World' } },
  );
  await new Promise((resolve) => setTimeout(resolve, 150));
  expect(violationsIn(prism.lines.slice(before))).toEqual([]);
  expect(result.conclusion).toBe('failure');
  expect(result.annotations).toBeGreaterThan(2 * ANNOTATIONS_PER_REQUEST);
  expect(sent[0].route).toBe('POST /repos/{owner}/{repo}/check-runs');
  expect(
    sent.slice(1).every((request) => request.route === 'PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}'),
  ).toBe(true);
  expect(sent.every((request) => request.annotations <= ANNOTATIONS_PER_REQUEST)).toBe(true);
  expect(sent.reduce((sum, request) => sum + request.annotations, 0)).toBe(result.annotations);
  expect(sent).toHaveLength(Math.ceil(result.annotations / ANNOTATIONS_PER_REQUEST));
});
