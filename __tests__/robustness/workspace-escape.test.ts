/**
 * Only files under the current folder are read: symbolic links out of it are not followed, and
 * paths or globs that reach outside it are refused with a usage error (exit 2).
 */
import { mkdtempSync, writeFileSync, mkdirSync, symlinkSync, rmSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli-main.js';
import { findCards } from '../../src/io/find-cards.js';

const CARD = '---\nlicense: mit\npipeline_tag: text-generation\n---\n# Model\n\nA text generation model.\n';
const SECRET = '---\nlicense: mit\n---\n# SECRET-OUTSIDE-CONTENT\n';

async function cli(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { cwd, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

describe('the workspace boundary', () => {
  let top: string;
  let work: string;
  let outside: string;

  beforeAll(() => {
    top = realpathSync(mkdtempSync(join(tmpdir(), 'aag-escape-')));
    work = join(top, 'work');
    outside = join(top, 'outside');
    mkdirSync(join(work, 'models', 'a'), { recursive: true });
    mkdirSync(join(outside, 'deep'), { recursive: true });
    writeFileSync(join(work, 'models', 'a', 'README.md'), CARD);
    writeFileSync(join(work, 'inside.md'), CARD);
    writeFileSync(join(outside, 'README.md'), SECRET);
    writeFileSync(join(outside, 'MODEL_CARD.md'), SECRET);
    writeFileSync(join(outside, 'deep', 'README.md'), SECRET);
    symlinkSync(join(outside, 'MODEL_CARD.md'), join(work, 'MODEL_CARD.md')); // file link out
    symlinkSync(join(outside, 'README.md'), join(work, 'linked.md')); // file link out
    symlinkSync(outside, join(work, 'outside-dir')); // folder link out
    symlinkSync(join(work, 'inside.md'), join(work, 'alias.md')); // link that stays inside
  });
  afterAll(() => rmSync(top, { recursive: true, force: true }));

  it('discovers cards without following links out of the workspace', async () => {
    const found = await findCards([], work);
    expect(found).toEqual(['models/a/README.md']);
    const result = await cli(['check', '--format', 'json', '--fail-on', 'never'], work);
    expect(result.code).toBe(0);
    expect(result.stdout).not.toMatch(/SECRET-OUTSIDE-CONTENT|outside-dir/);
  });

  it('does not follow links from glob matches; a link that stays inside can be named explicitly', async () => {
    expect(await findCards(['**/*.md'], work)).toEqual(['inside.md', 'models/a/README.md']);
    expect(await findCards(['alias.md'], work)).toEqual(['alias.md']);
    const result = await cli(
      ['check', '--format', 'json', '--fail-on', 'never', '*.md', 'outside-dir/**/*.md', 'alias.md'],
      work,
    );
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).files.map((file: { path: string }) => file.path)).toEqual([
      'alias.md',
      'inside.md',
    ]);
    expect(result.stdout).not.toMatch(/SECRET-OUTSIDE-CONTENT/);
  });

  it.each([['linked.md'], ['MODEL_CARD.md'], ['outside-dir/README.md'], ['outside-dir/deep/README.md']])(
    'refuses a file named on the command line that resolves outside the workspace: %s',
    async (path) => {
      const result = await cli(['check', '--format', 'json', path, 'inside.md'], work);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(/^ai-act-gate: .*outside the current folder/);
      expect(result.stderr).not.toMatch(/SECRET-OUTSIDE-CONTENT|\n\s+at /);
    },
  );

  it.each([
    ['../**/*.md'],
    ['../outside/README.md'],
    ['models/../../outside/*.md'],
    ['models/**/../../../outside/*.md'],
    ['..'],
    ['/etc/**/*.conf'],
    ['/etc/hostname'],
  ])("refuses, in the Action's strict mode, a path or glob that reaches outside the workspace: %s", async (pattern) => {
    await expect(findCards([pattern], work)).rejects.toThrow(/reaches outside the current folder/);
  });

  it('lets the CLI check a file the user names outside the current folder', async () => {
    const outsideCard = join(work, '..', 'outside-card.md');
    writeFileSync(outsideCard, '---\nlicense: mit\n---\n# Outside\n');
    const result = await cli(['check', '--format', 'json', '--fail-on', 'never', outsideCard], work);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).files.map((file: { path: string }) => file.path)).toEqual([outsideCard]);
  });

  it('accepts absolute paths and globs inside the workspace, and ./ or inner .. that stay inside', async () => {
    expect(await findCards([join(work, 'inside.md')], work)).toEqual(['inside.md']);
    expect(await findCards([`${work}/models/**/*.md`], work)).toEqual(['models/a/README.md']);
    expect(await findCards(['./models/../inside.md'], work)).toEqual(['./models/../inside.md']);
  });
});
