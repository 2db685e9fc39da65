/**
 * `ai-act-gate serve` end to end on 127.0.0.1: deliveries signed with a test secret (payloads from
 * @octokit/webhooks-examples), GitHub's API from Prism serving its OpenAPI description (with the
 * repository's cards served beside it, checked against the same description: see github-front.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers.js';
import { startPrism, type PrismServer } from '../contract/prism.js';
import { OpenApiContract } from '../contract/openapi-contract.js';
import { GitHubFront } from './github-front.js';
import { deliver, finished, sign, startHarness, type Harness } from './serve-harness.js';
import { webhookExample } from './webhook-examples.js';

const BLOCKED = readFileSync(join(ROOT, '__tests__/fixtures/release/systemic-claim-no-evals.md'), 'utf8');
const COMPLIANT = readFileSync(join(ROOT, '__tests__/fixtures/release/systemic-claim-with-evals.md'), 'utf8');
const HEAD = 'a'.repeat(40);
const BASE = 'b'.repeat(40);
const BLOCKED_COMMIT = 'c'.repeat(40);
const COMPLIANT_COMMIT = 'd'.repeat(40);
/** The commit Prism's git-ref example points at (a release's tag). */
const TAGGED_COMMIT = new OpenApiContract().example('git-ref').object.sha as string;

let prism: PrismServer | null = null;
let front: GitHubFront;
let harness: Harness;
let skipReason = '';

beforeAll(async () => {
  const started = await startPrism();
  if (typeof started === 'string') {
    skipReason = started;
    console.warn(`skipping the serve tests: ${started}`);
    return;
  }
  prism = started;
  front = new GitHubFront(prism);
  await front.start();
  const pullRequest = webhookExample('pull_request', 'opened');
  const fullName = (pullRequest.repository as { full_name: string }).full_name;
  const owner = fullName.split('/')[0];
  front.repositories.set(fullName, {
    commits: new Map<string, Record<string, string>>([
      [HEAD, { 'model/README.md': BLOCKED }],
      [BASE, { 'model/README.md': COMPLIANT }],
      [BLOCKED_COMMIT, { 'model/README.md': BLOCKED, 'src/train.py': 'print(1)\n' }],
      [COMPLIANT_COMMIT, { 'model/README.md': COMPLIANT }],
      [TAGGED_COMMIT, { 'README.md': BLOCKED }],
    ]),
    pullFiles: ['model/README.md', 'src/train.py'],
    pullNumber: (pullRequest.pull_request as { number: number }).number,
  });
  // The owner has no organisation-wide policy.
  front.repositories.set(`${owner}/.github`, { commits: new Map(), pullFiles: [], pullNumber: 0 });
  harness = await startHarness(front.url);
}, 60_000);

afterAll(async () => {
  await harness?.server.shutdown();
  await front?.stop();
  prism?.stop();
});

function withApi(name: string, body: () => Promise<void>, timeout = 60_000): void {
  it(
    name,
    async () => {
      if (!prism) return console.warn(`skipped "${name}": ${skipReason}`);
      const violationsBefore = front.allViolations().length;
      await body();
      await new Promise((resolve) => setTimeout(resolve, 150));
      expect(front.allViolations().slice(violationsBefore)).toEqual([]);
      expect(harness.warnings).toEqual([]);
    },
    timeout,
  );
}

const writesSince = (before: number) =>
  front.calls.slice(before).filter((call) => call.method !== 'GET' && !call.path.endsWith('/access_tokens'));

function pullRequestDelivery(): Record<string, unknown> {
  const payload = webhookExample('pull_request', 'opened');
  const pull = payload.pull_request as { head: { sha: string }; base: { sha: string } };
  pull.head.sha = HEAD;
  pull.base.sha = BASE;
  return payload;
}

/** A deployment_protection_rule.requested delivery, with the fields GitHub's webhook description requires. */
function protectionRuleDelivery(sha: string): Record<string, unknown> {
  const base = webhookExample('pull_request', 'opened');
  const repository = base.repository as { full_name: string };
  return {
    action: 'requested',
    environment: 'huggingface',
    event: 'push',
    deployment_callback_url: `https://api.github.com/repos/${repository.full_name}/actions/runs/1234/deployment_protection_rule`,
    deployment: { id: 1, sha, ref: 'v1.0.0', environment: 'huggingface' },
    pull_requests: [],
    repository: base.repository,
    organization: base.organization,
    installation: base.installation,
    sender: base.sender,
  };
}

describe('ai-act-gate serve', () => {
  withApi('answers /healthz', async () => {
    const response = await fetch(`${harness.server.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ok' });
  });

  withApi('a pull_request delivery creates one check run and one comment', async () => {
    const before = front.calls.length;
    const { id, status } = await deliver(harness, 'pull_request', pullRequestDelivery());
    expect(status).toBe(202);
    const entry = await finished(harness, id);
    expect(entry.outcome).toBe('check run failure, comment created');
    const writes = writesSince(before);
    expect(writes.map((call) => `${call.method} ${call.path.replace(/\d+/g, 'N')}`)).toEqual([
      'POST /repos/Codertocat/Hello-World/check-runs',
      'POST /repos/Codertocat/Hello-World/issues/N/comments',
    ]);
    const check = writes[0].body as {
      name: string;
      head_sha: string;
      conclusion: string;
      output: { annotations: { path: string; annotation_level: string }[] };
    };
    expect(check).toMatchObject({ name: 'ai-act-gate', head_sha: HEAD, conclusion: 'failure' });
    expect(check.output.annotations.length).toBeGreaterThan(0);
    expect(check.output.annotations.length).toBeLessThanOrEqual(50);
    expect(check.output.annotations[0]).toMatchObject({ path: 'model/README.md', annotation_level: 'failure' });
    expect((writes[1].body as { body: string }).body).toContain('<!-- ai-act-gate');
    expect(entry).toMatchObject({ event: 'pull_request', action: 'opened', repository: 'Codertocat/Hello-World' });
  });

  withApi('a redelivered delivery id creates nothing new', async () => {
    const payload = pullRequestDelivery();
    const first = await deliver(harness, 'pull_request', payload);
    await finished(harness, first.id);
    const before = front.calls.length;
    const again = await deliver(harness, 'pull_request', payload, { id: first.id });
    expect(again.status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(front.calls.length).toBe(before);
  });

  withApi('a bad signature gets 401 and causes no API call', async () => {
    const before = front.calls.length;
    const payload = pullRequestDelivery();
    const forged = await deliver(harness, 'pull_request', payload, { signature: sign('{}', 'another secret') });
    expect(forged.status).toBe(401);
    const missing = await deliver(harness, 'pull_request', payload, { signature: '' });
    expect(missing.status).toBe(401);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(front.calls.length).toBe(before);
    expect(harness.deliveries.filter((entry) => entry.status === 401)).toHaveLength(2);
  });

  withApi('a deployment of a blocked card is rejected, with the reasons', async () => {
    const before = front.calls.length;
    const { id } = await deliver(harness, 'deployment_protection_rule', protectionRuleDelivery(BLOCKED_COMMIT));
    expect((await finished(harness, id)).outcome).toBe('deployment rejected');
    const writes = writesSince(before);
    expect(writes.map((call) => `${call.method} ${call.path}`)).toEqual([
      'POST /repos/Codertocat/Hello-World/actions/runs/1234/deployment_protection_rule',
    ]);
    expect(writes[0].body).toMatchObject({ environment_name: 'huggingface', state: 'rejected' });
    expect((writes[0].body as { comment: string }).comment).toMatch(
      /release blocked for 1 model card\(s\) at cccccccc?: model\/README\.md \(evaluation-results, adversarial-testing\)/,
    );
  });

  withApi('a deployment of a compliant card is approved', async () => {
    const before = front.calls.length;
    const { id } = await deliver(harness, 'deployment_protection_rule', protectionRuleDelivery(COMPLIANT_COMMIT));
    expect((await finished(harness, id)).outcome).toBe('deployment approved');
    const writes = writesSince(before);
    expect(writes).toHaveLength(1);
    expect(writes[0].body).toMatchObject({ environment_name: 'huggingface', state: 'approved' });
  });

  withApi('a push to the default branch creates a check run on the pushed commit', async () => {
    const payload = webhookExample('push');
    const repository = payload.repository as { default_branch: string };
    Object.assign(payload, { ref: `refs/heads/${repository.default_branch}`, after: COMPLIANT_COMMIT, deleted: false });
    payload.installation = webhookExample('pull_request', 'opened').installation;
    payload.repository = webhookExample('pull_request', 'opened').repository;
    (payload.repository as { default_branch: string }).default_branch = repository.default_branch;
    const before = front.calls.length;
    const { id } = await deliver(harness, 'push', payload);
    expect((await finished(harness, id)).outcome).toBe('check run success');
    const writes = writesSince(before);
    expect(writes.map((call) => `${call.method} ${call.path}`)).toEqual([
      'POST /repos/Codertocat/Hello-World/check-runs',
    ]);
    expect(writes[0].body).toMatchObject({ head_sha: COMPLIANT_COMMIT, conclusion: 'success' });
  });

  withApi('a published release gets a check run on its tagged commit', async () => {
    const payload = webhookExample('release', 'published');
    payload.installation = webhookExample('pull_request', 'opened').installation;
    const before = front.calls.length;
    const { id } = await deliver(harness, 'release', payload);
    expect((await finished(harness, id)).outcome).toBe('check run failure');
    const writes = writesSince(before);
    expect(writes.map((call) => `${call.method} ${call.path}`)).toEqual([
      'POST /repos/Codertocat/Hello-World/check-runs',
    ]);
    expect(writes[0].body).toMatchObject({ head_sha: TAGGED_COMMIT, conclusion: 'failure' });
  });

  withApi('with BLOCKED_RELEASE=draft, a blocked release also goes back to draft', async () => {
    const drafting = await startHarness(front.url, { blockedRelease: 'draft' });
    try {
      const payload = webhookExample('release', 'published');
      payload.installation = webhookExample('pull_request', 'opened').installation;
      const release = payload.release as { id: number };
      const before = front.calls.length;
      const { id } = await deliver(drafting, 'release', payload);
      expect((await finished(drafting, id)).outcome).toBe('check run failure, release turned back into a draft');
      const writes = writesSince(before);
      expect(writes.map((call) => `${call.method} ${call.path}`)).toEqual([
        'POST /repos/Codertocat/Hello-World/check-runs',
        `PATCH /repos/Codertocat/Hello-World/releases/${release.id}`,
      ]);
      expect(writes[1].body).toMatchObject({ draft: true });
      expect((writes[1].body as { body: string }).body).toMatch(
        /back into a draft:\*\* the release gate blocks 1 model card/,
      );
    } finally {
      await drafting.server.shutdown();
    }
  });

  withApi('a policy with an error gives a failing check run that says why', async () => {
    const policyRepository = front.repositories.get('Codertocat/.github')!;
    // The owner's policy, read from the default branch (no ref).
    policyRepository.commits.set('', { '.github/ai-act-gate.yml': 'version: 1\nfail-on: sometimes\n' });
    try {
      const payload = webhookExample('push');
      const repository = webhookExample('pull_request', 'opened').repository as { default_branch: string };
      Object.assign(payload, {
        ref: `refs/heads/${repository.default_branch}`,
        after: COMPLIANT_COMMIT,
        deleted: false,
        repository,
        installation: webhookExample('pull_request', 'opened').installation,
      });
      const before = front.calls.length;
      const { id } = await deliver(harness, 'push', payload);
      const entry = await finished(harness, id);
      expect(entry.outcome).toBe('failed');
      expect(entry.error).toMatch(/^check run failure: Codertocat\/\.github\/\.github\/ai-act-gate\.yml.*fail-on/);
      const writes = writesSince(before);
      expect(writes).toHaveLength(1);
      expect(writes[0].body).toMatchObject({
        conclusion: 'failure',
        output: { title: 'The model cards could not be checked' },
      });
      expect((writes[0].body as { output: { summary: string } }).output.summary).toMatch(/fail-on/);
    } finally {
      policyRepository.commits.delete('');
    }
  });

  withApi('installation events cost nothing', async () => {
    const before = front.calls.length;
    const { id, status } = await deliver(harness, 'installation', webhookExample('installation'));
    expect(status).toBe(202);
    expect((await finished(harness, id)).outcome).toBe('nothing to do');
    expect(front.calls.length).toBe(before);
  });
});
