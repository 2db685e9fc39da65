/**
 * What `npm pack` puts in the package (and so what `npm install -g` from the repository or a tarball
 * installs): the built command and its data, the documentation that goes with it, and nothing else.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers.js';

interface PackedFile {
  path: string;
}

const packageJson = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Record<string, unknown>;

describe('the npm package', () => {
  const packed = JSON.parse(
    execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }),
  ) as { files: PackedFile[] }[];
  const paths = packed[0].files.map((file) => file.path);

  it('holds the built command, its rules and schemas, the README and the changelog', () => {
    for (const path of [
      'package.json',
      'README.md',
      'CHANGELOG.md',
      'dist/cli.js',
      'dist/index.js',
      'dist/worker.js',
      'rules/licence.yaml',
      'rules/vocabulary/sections.yaml',
      'rules/data/known-models.yaml',
      'schema/report.schema.json',
      'schema/config.schema.json',
    ])
      expect(paths).toContain(path);
    expect(readFileSync(join(ROOT, 'dist', 'cli.js'), 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });

  it('leaves out sources, tests, test support, benchmarks and development files', () => {
    const allowed = /^(?:package\.json|README\.md|CHANGELOG\.md|LICENSE|dist\/|rules\/|schema\/)/;
    expect(paths.filter((path) => !allowed.test(path))).toEqual([]);
  });

  it('says where it comes from and which Node it needs', () => {
    expect(packageJson.bin).toEqual({ 'ai-act-gate': 'dist/cli.js' });
    expect(packageJson.repository).toEqual({
      type: 'git',
      url: 'git+https://github.com/ai-act-gate/ai-act-gate.git',
    });
    expect((packageJson.engines as { node: string }).node).toBe('>=20');
  });

  it('installs no runtime dependency that asks for a newer Node than its own engines (npm ci would warn EBADENGINE)', () => {
    const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { dev?: boolean; engines?: { node?: string } }>;
    };
    const ownMinimum = Number(/>=\s*(\d+)/.exec((packageJson.engines as { node: string }).node)![1]);
    const tooNew = Object.entries(lock.packages)
      .filter(([path, entry]) => path && !entry.dev && typeof entry.engines?.node === 'string')
      .filter(([, entry]) => {
        const minimum = /^\s*>=?\s*v?(\d+)/.exec(entry.engines!.node!);
        return minimum !== null && Number(minimum[1]) > ownMinimum;
      })
      .map(([path, entry]) => `${path} (node ${entry.engines!.node})`);
    expect(tooNew).toEqual([]);
  });
});
