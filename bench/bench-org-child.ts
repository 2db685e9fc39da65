/**
 * The measured part of `npm run bench:org` (bundled and run by bench/bench-org.mjs): org-scan, through
 * its CLI entry, against the OpenAPI-validated fake organisation of the tests, first with an empty
 * cache and then unchanged with it. Prints one JSON line of figures for bench/bench-org.mjs.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runOrgScanCli } from '../src/org-cli.js';
import type { OrgReport } from '../src/org/types.js';
import { FakeOrg, type LoggedRequest } from '../__tests__/org/fake-org.js';
import { populateOrg, REPOSITORY_COUNT } from '../__tests__/org/org-fixture.js';

const [root, countArgument] = process.argv.slice(2);
const count = Number(countArgument ?? REPOSITORY_COUNT);
// The bundle lives in a cache folder: name the description and the rules by the repository root.
const fake = new FakeOrg('octo-org', join(root, 'test-support', 'openapi', 'github-trimmed.json'));
populateOrg(fake, count);
const folder = mkdtempSync(join(tmpdir(), 'aag-bench-org-'));

interface Figures {
  repositories: number;
  requests: number;
  notModified: number;
  /** Requests of the repositories with exactly one card, plus their share of the listing pages. */
  oneCardRepositories: number;
  oneCardRequests: number;
  wallMs: number;
  code: number;
}

async function run(): Promise<Figures> {
  const before = fake.log.length;
  let output = '';
  const started = performance.now();
  const code = await runOrgScanCli(
    ['--org', fake.org, '--cache', join(folder, 'cache.json'), '--rules', join(root, 'rules')],
    { cwd: folder, stdout: (text) => void (output += text), stderr: () => {} },
    { fetch: fake.fetch, env: { GITHUB_TOKEN: 'ghs_bench', GITHUB_API_URL: fake.baseUrl }, stderrIsTTY: false },
  );
  const wallMs = performance.now() - started;
  if (code === 2) throw new Error('org-scan stopped with exit code 2');
  const report = JSON.parse(output) as OrgReport;
  const requests: LoggedRequest[] = fake.log.slice(before);
  const oneCard = new Set(
    report.repositories
      .filter((repository) => repository.files.length === 1)
      .map((repository) => repository.fullName.split('/')[1]),
  );
  const listing = requests.filter((entry) => entry.path.startsWith('/orgs/')).length;
  const ofOneCard = requests.filter((entry) => oneCard.has(entry.path.split('/')[3] ?? '')).length;
  return {
    repositories: report.summary.repositories,
    requests: requests.length,
    notModified: requests.filter((entry) => entry.status === 304).length,
    oneCardRepositories: oneCard.size,
    oneCardRequests: ofOneCard + (listing * oneCard.size) / report.summary.repositories,
    wallMs,
    code,
  };
}

try {
  const first = await run();
  const again = await run();
  console.log(
    JSON.stringify({ first, again, violations: fake.violations.length, firstViolation: fake.violations[0] ?? null }),
  );
} finally {
  rmSync(folder, { recursive: true, force: true });
}
