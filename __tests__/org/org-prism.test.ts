/**
 * Every endpoint org-scan calls, through its own client code, against Prism serving GitHub's trimmed
 * OpenAPI description with `--errors`: a request outside the contract gets an error answer and a
 * logged violation. Prism answers with the description's examples, which the code must also accept.
 */
import { startPrism, violationsIn, type PrismServer } from '../contract/prism.js';
import { createOrgOctokit, type OrgOctokit } from '../../src/org/octokit.js';
import { useConditionalRequests } from '../../src/org/conditional-requests.js';
import { RunCache } from '../../src/org/run-cache.js';
import { listRepositories, scanRepository, type ScanOptions } from '../../src/org/scan.js';
import { BlobStore } from '../../src/org/blobs.js';
import { createRemoteConfigReader } from '../../src/org/remote-config.js';
import { syncTrackingIssues } from '../../src/org/tracking-issues.js';
import { EMPTY_POLICY } from '../../src/config/types.js';
import type { OrgReport } from '../../src/org/types.js';
import type { FileReport } from '../../src/model/report.js';
import { shippedRuleset } from '../helpers.js';

let prism: PrismServer | null = null;
let skipReason = '';
const warnings: string[] = [];
const log = { info: () => {}, warning: (message: string) => void warnings.push(message) };

beforeAll(async () => {
  const started = await startPrism();
  if (typeof started === 'string') {
    skipReason = started;
    console.warn(`skipping the org-scan Prism contract tests: ${started}`);
  } else prism = started;
}, 60_000);

afterAll(() => prism?.stop());

/** Runs a test only when Prism is up; otherwise says why it is skipped. */
function withPrism(name: string, body: (server: PrismServer, octokit: OrgOctokit) => Promise<void>): void {
  it(
    name,
    async () => {
      if (!prism) {
        console.warn(`skipped "${name}": ${skipReason}`);
        return;
      }
      warnings.length = 0;
      const before = prism.lines.length;
      const { octokit } = createOrgOctokit({
        token: 'ghs_contracttesttoken',
        baseUrl: prism.url,
        log,
        retryAfterBaseValue: 1,
        throttleId: `prism-${name}`,
      });
      await body(prism, octokit);
      // Prism logs a request as it answers it: give the last lines a moment to arrive.
      await new Promise((resolve) => setTimeout(resolve, 150));
      expect(violationsIn(prism.lines.slice(before))).toEqual([]);
      expect(warnings).toEqual([]);
    },
    60_000,
  );
}

const requestsIn = (lines: string[]) =>
  lines
    .filter((line) => line.includes('Request received'))
    .map((line) => line.replace(/^.*\[HTTP SERVER\]\s+(\w+)\s+(\S+).*$/, '$1 $2'));

describe('org-scan against GitHub’s API contract (Prism)', () => {
  withPrism('lists the organisation, reads a tree (conditionally) and a blob', async (server, octokit) => {
    const before = server.lines.length;
    // With the cache hook: an If-None-Match header must be within the contract too.
    const cache = new RunCache();
    useConditionalRequests(octokit, cache);
    const listed = await listRepositories(octokit, 'octo-org');
    expect(listed).toEqual([
      expect.objectContaining({
        owner: 'octocat',
        name: 'Hello-World',
        fullName: 'octocat/Hello-World',
        defaultBranch: 'master',
        archived: false,
        fork: false,
      }),
    ]);
    const options: ScanOptions = {
      org: 'octo-org',
      octokit,
      ruleset: shippedRuleset(),
      policy: EMPTY_POLICY,
      readRemote: async () => null,
      cache,
      concurrency: 1,
      maxBytes: 1024 * 1024,
      includeArchived: false,
      includeForks: false,
      shard: null,
    };
    const blobs = new BlobStore(octokit, cache);
    // The description's tree holds no model card.
    expect(await scanRepository(listed[0], options, blobs)).toMatchObject({
      fullName: 'octocat/Hello-World',
      status: 'no-cards',
      files: [],
    });
    await scanRepository({ ...listed[0], pushedAt: null }, options, blobs);
    expect(await blobs.read('octocat', 'Hello-World', '3a0f86fb8db8eea7ccbb9a95f325ddbedfb25e15')).toEqual({
      ok: true,
      text: 'Content of the blob',
      warnings: [],
    });
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(requestsIn(server.lines.slice(before))).toEqual([
      'get /orgs/octo-org/repos',
      'get /repos/octocat/Hello-World/git/trees/master',
      'get /repos/octocat/Hello-World/git/trees/master',
      'get /repos/octocat/Hello-World/git/blobs/3a0f86fb8db8eea7ccbb9a95f325ddbedfb25e15',
    ]);
  });

  withPrism('reads a config file named by extends through the contents API, once per run', async (server, octokit) => {
    const before = server.lines.length;
    const read = createRemoteConfigReader(octokit);
    const target = { owner: 'octo-org', repo: 'policies', path: 'ai-act/base.yml', ref: 'main' };
    const text = await read(target);
    expect(typeof text).toBe('string');
    expect(await read(target)).toBe(text);
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(requestsIn(server.lines.slice(before))).toEqual(['get /repos/octo-org/policies/contents/ai-act%2Fbase.yml']);
  });

  withPrism('lists, creates and closes tracking issues within the contract', async (server, octokit) => {
    const before = server.lines.length;
    const blockedFile = {
      path: 'README.md',
      titleLine: 1,
      tier: { id: 'gpai-systemic-risk' },
      rules: [],
      problems: [],
      gate: { blocked: true, reasons: ['Blocked: evaluation-results is missing'] },
    } as unknown as FileReport;
    const report = {
      repositories: [
        {
          fullName: 'octo-org/frontier',
          defaultBranch: 'main',
          htmlUrl: 'https://github.com/octo-org/frontier',
          status: 'checked',
          configPath: null,
          files: [blockedFile],
        },
        {
          fullName: 'octo-org/fixed',
          defaultBranch: 'main',
          htmlUrl: 'https://github.com/octo-org/fixed',
          status: 'checked',
          configPath: null,
          files: [],
        },
      ],
    } as unknown as OrgReport;
    const listing = (name: string) => ({
      owner: 'octo-org',
      name,
      fullName: `octo-org/${name}`,
      htmlUrl: '',
      defaultBranch: 'main',
      archived: false,
      fork: false,
      pushedAt: null,
      hasIssues: true,
      openIssues: 1,
    });
    // The description's example issue is not ours: frontier gets a new one, fixed has none to close.
    const result = await syncTrackingIssues(
      octokit,
      report,
      new Map([
        ['octo-org/frontier', listing('frontier')],
        ['octo-org/fixed', listing('fixed')],
      ]),
      { concurrency: 1, log },
    );
    expect(result).toEqual({ created: 1, updated: 0, closed: 0, unchanged: 0, failed: 0 });
    // The two updates syncTrackingIssues sends, as it sends them.
    await octokit.rest.issues.update({
      owner: 'octo-org',
      repo: 'frontier',
      issue_number: 1347,
      title: 't',
      body: 'b',
    });
    await octokit.rest.issues.update({
      owner: 'octo-org',
      repo: 'frontier',
      issue_number: 1347,
      state: 'closed',
      state_reason: 'completed',
    });
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(requestsIn(server.lines.slice(before))).toEqual([
      'get /repos/octo-org/frontier/issues',
      'post /repos/octo-org/frontier/issues',
      'get /repos/octo-org/fixed/issues',
      'patch /repos/octo-org/frontier/issues/1347',
      'patch /repos/octo-org/frontier/issues/1347',
    ]);
  });
});
