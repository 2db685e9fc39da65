/** Runs `org-scan` (the CLI entry, as a user would) against a fake organisation, and collects what it left. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runOrgScanCli } from '../../src/org-cli.js';
import type { OrgReport } from '../../src/org/types.js';
import type { FakeOrg, LoggedRequest } from './fake-org.js';

export interface ScanRun {
  code: number;
  report: OrgReport;
  stdout: string;
  stderr: string;
  /** The requests this run made, in order. */
  requests: LoggedRequest[];
}

let runs = 0;

/** A fixed clock: duties are dated, so results must not depend on the day the tests run. */
export const NOW = new Date('2026-03-01T12:00:00Z');

export async function scan(
  fake: FakeOrg,
  folder: string,
  args: string[] = [],
  env: NodeJS.ProcessEnv = {},
): Promise<ScanRun> {
  const before = fake.log.length;
  const output = join(folder, `report-${++runs}.json`);
  const stdout: string[] = [];
  const stderr: string[] = [];
  const withOutput = args.includes('--output') || args.includes('-o') ? args : ['--output', output, ...args];
  const code = await runOrgScanCli(
    ['--org', fake.org, ...withOutput],
    { cwd: folder, stdout: (text) => stdout.push(text), stderr: (text) => stderr.push(text) },
    {
      fetch: fake.fetch,
      env: { GITHUB_TOKEN: 'ghs_orgscantoken', GITHUB_API_URL: fake.baseUrl, ...env },
      retryAfterBaseValue: 1,
      throttleId: `org-scan-${runs}`,
      stderrIsTTY: false,
      now: () => NOW,
    },
  );
  return {
    code,
    report: existsSync(output)
      ? (JSON.parse(readFileSync(output, 'utf8')) as OrgReport)
      : (null as unknown as OrgReport),
    stdout: stdout.join(''),
    stderr: stderr.join(''),
    requests: fake.log.slice(before),
  };
}

export const repositoryOf = (report: OrgReport, name: string) =>
  report.repositories.find((repository) => repository.fullName.endsWith(`/${name}`));

/** The report without what differs between two runs of the same scan. */
export function stable(report: OrgReport): Omit<OrgReport, 'generatedAt' | 'requests'> {
  const { generatedAt: _generatedAt, requests: _requests, ...rest } = report;
  return rest;
}
