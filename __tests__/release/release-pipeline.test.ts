/**
 * The shipped release pipeline (examples/workflows/release-gate.yml) as far as this machine can run
 * it: its shape (the publish job needs the gate job and runs only when it succeeded), then the gate
 * job's step, the bundled Action with the step's own inputs on a tag push, on a blocked card and on
 * a compliant one. And `blocked-release: draft` on a release event, against Prism serving GitHub's
 * OpenAPI description: the blocked release goes back to draft with a note; nothing else is written.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROOT } from '../helpers.js';
import { startPrism, violationsIn, type PrismServer } from '../contract/prism.js';
import { BuiltAction } from './action-run.js';
import { webhookExample } from '../serve/webhook-examples.js';

const BLOCKED = readFileSync(join(ROOT, '__tests__/fixtures/release/systemic-claim-no-evals.md'), 'utf8');
const COMPLIANT = readFileSync(join(ROOT, '__tests__/fixtures/release/systemic-claim-with-evals.md'), 'utf8');

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, string>;
  env?: Record<string, string>;
}
interface Job {
  needs?: string | string[];
  if?: string;
  environment?: { name: string } | string;
  permissions?: Record<string, string>;
  steps: Step[];
}
const workflow = parse(readFileSync(join(ROOT, 'examples/workflows/release-gate.yml'), 'utf8')) as {
  on: Record<string, unknown>;
  jobs: Record<string, Job>;
};
const gateStep = workflow.jobs['ai-act-gate'].steps.find((step) => step.uses?.startsWith('ai-act-gate/ai-act-gate@'))!;

const releaseExample = (action: string) => webhookExample('release', action);

let action: BuiltAction;
let prism: PrismServer | null = null;
let skipReason = '';

beforeAll(async () => {
  action = BuiltAction.build();
  const started = await startPrism();
  if (typeof started === 'string') {
    skipReason = started;
    console.warn(`skipping the Prism part of the release tests: ${started}`);
  } else prism = started;
}, 90_000);

afterAll(() => {
  prism?.stop();
  action?.remove();
});

describe('examples/workflows/release-gate.yml', () => {
  it('runs on tag pushes only', () => {
    expect(Object.keys(workflow.on)).toEqual(['push']);
    expect(workflow.on.push).toEqual({ tags: ['v*'] });
  });

  it('publishes only after the gate job succeeded, from an environment, with the Hub token from a secret', () => {
    const publish = workflow.jobs.publish;
    expect([publish.needs].flat()).toContain('ai-act-gate');
    // A status function in `if:` would let the job run after the gate failed.
    expect(publish.if ?? '').not.toMatch(/always\(\)|failure\(\)|cancelled\(\)/);
    expect(typeof publish.environment === 'object' ? publish.environment.name : publish.environment).toBe(
      'huggingface',
    );
    const runs = publish.steps.map((step) => step.run ?? '').join('\n');
    expect(runs).toMatch(/gh release create/);
    expect(runs).toMatch(/\bhf upload\b/);
    const upload = publish.steps.find((step) => /\bhf upload\b/.test(step.run ?? ''))!;
    expect(upload.env?.HF_TOKEN).toBe('${{ secrets.HF_TOKEN }}');
    expect(publish.permissions).toEqual({ contents: 'write' });
    expect(workflow.jobs['ai-act-gate'].permissions?.contents).toBe('read');
  });

  it('gates on the release gate', () => {
    expect(gateStep.with?.['fail-on']).toBe('gate');
  });

  /** What the runner does with `needs:`: the publish job runs only when the gate job succeeded. */
  const publishRuns = (gateExitCode: number) => gateExitCode === 0;

  it('the gate job fails on a tag push with a blocked card, so publish is skipped', async () => {
    const run = await action.run({
      event: 'push',
      payload: { ref: 'refs/tags/v1.0.0' },
      inputs: gateStep.with ?? {},
      files: { 'model/README.md': BLOCKED },
    });
    expect(run.code).not.toBe(0);
    expect(run.output).toMatch(/release blocked for 1 model card\(s\): model\/README\.md/);
    expect(publishRuns(run.code)).toBe(false);
  });

  it('the gate job passes on a tag push with a compliant card, so publish runs', async () => {
    const run = await action.run({
      event: 'push',
      payload: { ref: 'refs/tags/v1.0.0' },
      inputs: gateStep.with ?? {},
      files: { 'model/README.md': COMPLIANT },
    });
    expect(run.output).not.toMatch(/::error::/);
    expect(run.code).toBe(0);
    expect(publishRuns(run.code)).toBe(true);
  });
});

describe('blocked-release: draft against GitHub’s API description (Prism)', () => {
  const withPrism = (name: string, body: (server: PrismServer) => Promise<void>) =>
    it(name, async () => {
      if (!prism) return console.warn(`skipped "${name}": ${skipReason}`);
      const before = prism.lines.length;
      await body(prism);
      await settled(prism);
      expect(violationsIn(prism.lines.slice(before))).toEqual([]);
    });
  /** Prism logs a request as it answers it: wait until it has been quiet for a moment (a busy machine is slow). */
  const settled = async (server: PrismServer) => {
    for (let count = -1, quietSince = Date.now(); Date.now() - quietSince < 400;) {
      if (server.lines.length !== count) [count, quietSince] = [server.lines.length, Date.now()];
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  const requestsSince = (server: PrismServer, before: number) =>
    server.lines
      .slice(before)
      .filter((line) => line.includes('Request received'))
      .map((line) =>
        line.replace(
          /^.*\[HTTP SERVER\]\s+(\w+)\s+(\S+).*$/,
          (_, method: string, path: string) => `${method.toUpperCase()} ${path}`,
        ),
      );

  withPrism('a published release with a blocked card goes back to draft, with a note', async (server) => {
    const payload = releaseExample('published');
    const release = payload.release as { id: number; tag_name: string };
    const repository = payload.repository as { full_name: string };
    const before = server.lines.length;
    const run = await action.run({
      event: 'release',
      payload,
      apiUrl: server.url,
      inputs: { 'fail-on': 'gate', 'blocked-release': 'draft' },
      files: { 'README.md': BLOCKED },
    });
    await settled(server);
    expect(requestsSince(server, before)).toEqual([`PATCH /repos/${repository.full_name}/releases/${release.id}`]);
    expect(run.code).not.toBe(0);
    expect(run.output).toMatch(/turned back into a draft/);
    expect(run.summary).toContain(`ai-act-gate turned release \`${release.tag_name}\` back into a draft`);
    expect(run.summary).toContain('`README.md`: ');
  });

  withPrism('a compliant card leaves the release alone', async (server) => {
    const before = server.lines.length;
    const run = await action.run({
      event: 'release',
      payload: releaseExample('published'),
      apiUrl: server.url,
      inputs: { 'fail-on': 'gate', 'blocked-release': 'draft' },
      files: { 'README.md': COMPLIANT },
    });
    expect(run.code).toBe(0);
    await settled(server);
    expect(requestsSince(server, before)).toEqual([]);
  });

  withPrism('blocked-release: fail (the default) only fails the job', async (server) => {
    const before = server.lines.length;
    const run = await action.run({
      event: 'release',
      payload: releaseExample('created'),
      apiUrl: server.url,
      inputs: { 'fail-on': 'gate' },
      files: { 'README.md': BLOCKED },
    });
    expect(run.code).not.toBe(0);
    await settled(server);
    expect(requestsSince(server, before)).toEqual([]);
    expect(run.summary).not.toContain('back into a draft');
  });

  withPrism('a draft saved (created, draft: true) is not public: nothing to take back', async (server) => {
    const payload = releaseExample('created');
    (payload.release as { draft: boolean }).draft = true;
    const before = server.lines.length;
    const run = await action.run({
      event: 'release',
      payload,
      apiUrl: server.url,
      inputs: { 'fail-on': 'gate', 'blocked-release': 'draft' },
      files: { 'README.md': BLOCKED },
    });
    expect(run.code).not.toBe(0);
    await settled(server);
    expect(requestsSince(server, before)).toEqual([]);
  });

  it('a blocked-release value other than fail or draft is refused with a clear message', async () => {
    const run = await action.run({
      event: 'release',
      payload: releaseExample('published'),
      inputs: { 'blocked-release': 'unpublish' },
      files: { 'README.md': COMPLIANT },
    });
    expect(run.code).not.toBe(0);
    expect(run.output).toContain('input blocked-release must be one of fail, draft, not "unpublish"');
  });
});
