/**
 * The bundled Action (`node dist/index.js`, built afresh) end to end, with `INPUT_*` variables and event
 * payloads as the runner gives them, talking to Prism mocking GitHub's REST API from its OpenAPI
 * description. Any request outside the contract shows up as a Prism violation and fails the test.
 */
import { execFile, execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../helpers.js';
import { BLOCKED_CARD, CLEAN_CARD } from './cards.js';
import { startPrism, violationsIn, type PrismServer } from './prism.js';

/** The head commit in the description's pull-request example, which Prism returns for GET /pulls/{n}. */
const EXAMPLE_HEAD_SHA = '6dcb09b5b57875f334f61aebed695e2e4193db5e';
const BASE_SHA = 'b'.repeat(40);
const REPOSITORY = 'octocat/Hello-World';

let prism: PrismServer | null = null;
let skipReason = '';
let root: string;
let bundle: string;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'aag-action-'));
  // The rules are found by walking up from the bundle: put them beside it.
  execFileSync(process.execPath, ['scripts/build.mjs'], {
    cwd: ROOT,
    env: { ...process.env, AAG_OUTDIR: join(root, 'dist') },
  });
  symlinkSync(join(ROOT, 'rules'), join(root, 'rules'));
  bundle = join(root, 'dist', 'index.js');
  const started = await startPrism();
  if (typeof started === 'string') {
    skipReason = started;
    console.warn(`skipping the Prism contract tests: ${started}`);
  } else prism = started;
}, 60_000);

afterAll(() => {
  prism?.stop();
  rmSync(root, { recursive: true, force: true });
});

interface RunResult {
  code: number;
  stdout: string;
  outputs: Record<string, string>;
  summary: string;
  /** Prism's log lines written during the run. */
  prismLines: string[];
  runnerTemp: string;
}

let runs = 0;

/** A runner job: a workspace with files, an event, inputs; runs the bundle and collects what it left. */
async function runAction(options: {
  event: string;
  payload: unknown;
  inputs: Record<string, string>;
  files: Record<string, string>;
}): Promise<RunResult> {
  const job = join(root, `job-${++runs}`);
  const workspace = join(job, 'workspace');
  const runnerTemp = join(job, 'temp');
  mkdirSync(workspace, { recursive: true });
  mkdirSync(runnerTemp);
  for (const [path, text] of Object.entries(options.files)) {
    mkdirSync(join(workspace, path, '..'), { recursive: true });
    writeFileSync(join(workspace, path), text);
  }
  writeFileSync(join(job, 'event.json'), JSON.stringify(options.payload));
  writeFileSync(join(job, 'output'), '');
  writeFileSync(join(job, 'summary.md'), '');
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: options.event,
    GITHUB_EVENT_PATH: join(job, 'event.json'),
    GITHUB_REPOSITORY: REPOSITORY,
    GITHUB_WORKSPACE: workspace,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: prism?.url ?? 'http://127.0.0.1:9',
    GITHUB_SHA: EXAMPLE_HEAD_SHA,
    GITHUB_RUN_ID: '42',
    GITHUB_OUTPUT: join(job, 'output'),
    GITHUB_STEP_SUMMARY: join(job, 'summary.md'),
    RUNNER_TEMP: runnerTemp,
    'INPUT_FAIL-ON': 'gate',
    INPUT_TOKEN: 'ghs_contracttesttoken',
    INPUT_COMMENT: 'auto',
    'INPUT_CHANGED-ONLY': 'true',
    'INPUT_INSTANCE-KEY': 'default',
    'INPUT_DELETE-WHEN-CLEAN': 'false',
  };
  for (const [name, value] of Object.entries(options.inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const before = prism?.lines.length ?? 0;
  const { code, stdout } = await new Promise<{ code: number; stdout: string }>((resolve) => {
    execFile(process.execPath, [bundle], { cwd: workspace, env, timeout: 30_000 }, (error, out, err) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout: `${out}${err}` });
    });
  });
  // Prism logs a request as it answers it: give the last lines a moment to arrive.
  await new Promise((resolve) => setTimeout(resolve, 150));
  return {
    code,
    stdout,
    outputs: parseOutputs(readFileSync(join(job, 'output'), 'utf8')),
    summary: readFileSync(join(job, 'summary.md'), 'utf8'),
    prismLines: prism?.lines.slice(before) ?? [],
    runnerTemp,
  };
}

/** `name<<delimiter\nvalue\ndelimiter` blocks, as @actions/core writes them to $GITHUB_OUTPUT. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const pattern = /^(.+?)<<(.+)\n([\s\S]*?)\n\2$/gm;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) outputs[match[1]] = match[3];
  return outputs;
}

const requestsIn = (lines: string[]) =>
  lines
    .filter((line) => line.includes('Request received'))
    .map((line) => line.replace(/^.*\[HTTP SERVER\]\s+(\w+)\s+(\S+).*$/, '$1 $2'));

function pullRequestEvent(number: number) {
  return {
    action: 'synchronize',
    number,
    pull_request: { number, head: { sha: EXAMPLE_HEAD_SHA, ref: 'feature' }, base: { sha: BASE_SHA, ref: 'main' } },
    repository: { full_name: REPOSITORY, name: 'Hello-World', owner: { login: 'octocat' } },
  };
}

// Prism's log names the method and path (not the query) of each request.
/** Runs a test only when Prism is up; otherwise says why it is skipped. */
function withPrism(name: string, body: (server: PrismServer) => Promise<void>, timeout = 60_000): void {
  it(
    name,
    async () => {
      if (!prism) {
        console.warn(`skipped "${name}": ${skipReason}`);
        return;
      }
      await body(prism);
    },
    timeout,
  );
}

describe('the Action against GitHub’s API contract (Prism)', () => {
  withPrism('catches a request that breaks the contract (harness check)', async (server) => {
    const before = server.lines.length;
    const response = await fetch(`${server.url}/repos/octocat/Hello-World/issues/1/comments`, {
      method: 'POST',
      headers: { accept: 'application/vnd.github+json', 'content-type': 'application/json', authorization: 'token x' },
      body: JSON.stringify({ text: 'no body field' }),
    });
    expect(response.status).toBe(422);
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(violationsIn(server.lines.slice(before)).join('\n')).toMatch(/must have required property 'body'/);
  });

  withPrism('release: checks all cards with no API call, and fails loudly naming the blocked card', async () => {
    const result = await runAction({
      event: 'release',
      payload: { action: 'published', release: { tag_name: 'v1.0.0' } },
      inputs: { 'sarif-file': 'results/ai-act-gate.sarif' },
      files: { 'models/frontier/README.md': BLOCKED_CARD, 'models/small/MODEL_CARD.md': CLEAN_CARD },
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /::error::ai-act-gate: release blocked for 1 model card\(s\): models\/frontier\/README\.md \(Blocked: evaluation-results is missing/,
    );
    expect(result.stdout).toMatch(/::error title=Release blocked,file=models\/frontier\/README\.md,line=5::/);
    expect(result.outputs.blocked).toBe('true');
    expect(JSON.parse(result.outputs.tier)).toEqual({
      'models/frontier/README.md': 'gpai-systemic-risk',
      'models/small/MODEL_CARD.md': 'not-gpai',
    });
    expect(Number(result.outputs.gaps)).toBeGreaterThan(10);
    const report = JSON.parse(readFileSync(result.outputs.report, 'utf8'));
    expect(report.files.map((file: { path: string }) => file.path)).toEqual([
      'models/frontier/README.md',
      'models/small/MODEL_CARD.md',
    ]);
    expect(result.summary).toMatch(/^## ai-act-gate report\n\n🚫 2 model cards · 1 release blocker/);
    const sarif = JSON.parse(
      readFileSync(join(result.outputs.report, '../../../workspace/results/ai-act-gate.sarif'), 'utf8'),
    );
    expect(sarif.version).toBe('2.1.0');
    expect(requestsIn(result.prismLines)).toEqual([]);
  });

  withPrism(
    'mode org-scan (schedule): scans the organisation within the contract and leaves the report, the dashboard and the summary',
    async () => {
      const result = await runAction({
        event: 'schedule',
        payload: { schedule: '0 6 * * 1' },
        inputs: { mode: 'org-scan', org: 'octo-org' },
        files: {},
      });
      expect(violationsIn(result.prismLines)).toEqual([]);
      const requests = requestsIn(result.prismLines);
      expect(requests[0]).toBe('get /orgs/octo-org/repos');
      expect(requests.some((request) => /^get \/repos\/[^/]+\/[^/]+\/git\/trees\//.test(request))).toBe(true);
      const report = JSON.parse(readFileSync(result.outputs.report, 'utf8'));
      expect(report).toMatchObject({ org: 'octo-org', shard: null });
      expect(report.summary.repositories).toBe(report.repositories.length);
      const dashboard = readFileSync(result.outputs.dashboard, 'utf8');
      expect(dashboard).toMatch(/^<!doctype html>/i);
      expect(dashboard).toContain('octo-org');
      expect(result.summary).toContain('octo-org');
      expect(result.outputs.blocked).toBe('false');
    },
  );

  withPrism('tag push: a clean card passes', async () => {
    const result = await runAction({
      event: 'push',
      payload: { ref: 'refs/tags/v1.0.0' },
      inputs: {},
      files: { 'MODEL_CARD.md': CLEAN_CARD },
    });
    expect(result.code).toBe(0);
    expect(result.outputs).toMatchObject({ blocked: 'false', gaps: '0' });
    expect(requestsIn(result.prismLines)).toEqual([]);
  });

  withPrism(
    'pull_request: lists the changed files, compares with the base, and posts the comment within the contract',
    async () => {
      // The description's list-files example changes file1.txt: make that the card.
      const result = await runAction({
        event: 'pull_request',
        payload: pullRequestEvent(1347),
        inputs: { paths: 'file1.txt', comment: 'always' },
        files: { 'file1.txt': BLOCKED_CARD },
      });
      expect(violationsIn(result.prismLines)).toEqual([]);
      expect(requestsIn(result.prismLines)).toEqual([
        'get /repos/octocat/Hello-World/pulls/1347/files',
        'get /repos/octocat/Hello-World/contents/file1.txt',
        // suggest (auto): the drafts as one review; the example file is new, so every line is on the diff.
        'get /repos/octocat/Hello-World/pulls/1347/reviews',
        'post /repos/octocat/Hello-World/pulls/1347/reviews',
        'get /repos/octocat/Hello-World/pulls/1347/reviews',
        'get /repos/octocat/Hello-World/issues/1347/comments',
        'post /repos/octocat/Hello-World/issues/1347/comments',
        'get /repos/octocat/Hello-World/issues/1347/comments',
      ]);
      expect(result.stdout).toContain('PR comment: created');
      expect(result.stdout).not.toContain('could not post');
      expect(result.code).toBe(1);
      expect(result.outputs.blocked).toBe('true');
      expect(result.summary).toContain('Against the base branch');
      const record = JSON.parse(readFileSync(join(result.runnerTemp, 'ai-act-gate', 'pull-request.json'), 'utf8'));
      expect(record).toMatchObject({
        kind: 'ai-act-gate/pull-request',
        number: 1347,
        headSha: EXAMPLE_HEAD_SHA,
        baseSha: BASE_SHA,
        repository: REPOSITORY,
      });
      expect(record.comparisons).toEqual([expect.objectContaining({ path: 'file1.txt' })]);
    },
  );

  withPrism(
    'pull_request with a real card: one review with suggestion blocks within the contract, the rest in the comment',
    async () => {
      const card = readFileSync(join(ROOT, '__tests__', 'fixtures', 'review', 'mistral-7b-instruct.md'), 'utf8');
      const run = () =>
        runAction({
          event: 'pull_request',
          payload: pullRequestEvent(1347),
          inputs: { paths: 'file1.txt', comment: 'always', 'fail-on': 'never' },
          files: { 'file1.txt': card },
        });
      const first = await run();
      expect(violationsIn(first.prismLines)).toEqual([]);
      const reviewRequests = (lines: string[]) => requestsIn(lines).filter((request) => request.includes('/reviews'));
      expect(reviewRequests(first.prismLines)).toEqual([
        'get /repos/octocat/Hello-World/pulls/1347/reviews',
        'post /repos/octocat/Hello-World/pulls/1347/reviews',
        'get /repos/octocat/Hello-World/pulls/1347/reviews',
      ]);
      expect(first.stdout).toMatch(
        /suggested drafts: review created; 5 suggestion\(s\) on the diff, 0 draft\(s\) in the comment/,
      );
      expect(first.stdout).not.toMatch(/could not post|refused/);
      expect(first.summary).toMatch(/`file1.txt`: \d+ \/ \d+ required duties documented/);
      // Prism keeps no state: the second run finds only the description's example review, which is
      // not ours (author octocat, no marker), and leaves it alone. Replacing our own is shown against
      // the stateful fake (review-scenarios.test.ts).
      const second = await run();
      expect(violationsIn(second.prismLines)).toEqual([]);
      expect(
        requestsIn(second.prismLines).filter((request) => /\/reviews\/\d+|\/pulls\/comments\//.test(request)),
      ).toEqual([]);
      expect(reviewRequests(second.prismLines)).toHaveLength(3);
    },
  );

  withPrism('suggest: false posts no review', async () => {
    const result = await runAction({
      event: 'pull_request',
      payload: pullRequestEvent(1347),
      inputs: { paths: 'file1.txt', comment: 'never', 'fail-on': 'never', suggest: 'false' },
      files: { 'file1.txt': BLOCKED_CARD },
    });
    expect(violationsIn(result.prismLines)).toEqual([]);
    expect(requestsIn(result.prismLines).filter((request) => request.includes('/reviews'))).toEqual([]);
  });

  withPrism('fork-safe setup: the pull_request run leaves the report, the workflow_run run posts it', async () => {
    const check = await runAction({
      event: 'pull_request',
      payload: pullRequestEvent(1347),
      inputs: { paths: 'file1.txt', comment: 'never', 'fail-on': 'never' },
      files: { 'file1.txt': BLOCKED_CARD },
    });
    expect(check.code).toBe(0);
    expect(requestsIn(check.prismLines).filter((line) => line.includes('/comments'))).toEqual([]);
    const artifact = join(root, `artifact-${runs}`);
    cpSync(join(check.runnerTemp, 'ai-act-gate'), artifact, { recursive: true });

    const post = await runAction({
      event: 'workflow_run',
      payload: {
        action: 'completed',
        workflow_run: { head_sha: EXAMPLE_HEAD_SHA, event: 'pull_request', conclusion: 'success' },
      },
      inputs: { report: join(artifact, 'report.json') },
      files: {},
    });
    expect(violationsIn(post.prismLines)).toEqual([]);
    expect(requestsIn(post.prismLines)).toEqual([
      'get /repos/octocat/Hello-World/pulls/1347',
      'get /repos/octocat/Hello-World/issues/1347/comments',
      'post /repos/octocat/Hello-World/issues/1347/comments',
      'get /repos/octocat/Hello-World/issues/1347/comments',
    ]);
    expect(post.stdout).toContain('PR comment: created');
    expect(post.code).toBe(0);
    expect(post.outputs.blocked).toBe('true');
  });

  withPrism('fork-safe setup: refuses a report whose commit is not the one the workflow run checked', async () => {
    const artifact = join(root, 'forged');
    mkdirSync(artifact);
    const report = {
      schemaVersion: '1.0.0',
      tool: { name: 'ai-act-gate', version: '0.1.0' },
      ruleset: { count: 0 },
      files: [],
      summary: { files: 0, errors: 0, warnings: 0, notices: 0, blocked: 0 },
    };
    writeFileSync(join(artifact, 'report.json'), JSON.stringify(report));
    writeFileSync(
      join(artifact, 'pull-request.json'),
      JSON.stringify({
        kind: 'ai-act-gate/pull-request',
        version: 1,
        repository: REPOSITORY,
        number: 1,
        headSha: 'c'.repeat(40),
        baseSha: BASE_SHA,
        comparisons: [],
      }),
    );
    const post = await runAction({
      event: 'workflow_run',
      payload: { workflow_run: { head_sha: EXAMPLE_HEAD_SHA } },
      inputs: { report: artifact },
      files: {},
    });
    expect(post.code).toBe(1);
    expect(post.stdout).toContain(
      `the report is for commit ${'c'.repeat(40)}, but the workflow run that made it ran on ${EXAMPLE_HEAD_SHA}`,
    );
    expect(requestsIn(post.prismLines)).toEqual([]);
    expect(existsSync(join(artifact, 'report.json'))).toBe(true);
  });
});
