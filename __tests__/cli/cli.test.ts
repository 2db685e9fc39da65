/** The CLI end to end, in process: arguments, formats, exit codes, unreadable and broken files. */
import { mkdtempSync, writeFileSync, readFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { runCli } from '../../src/cli-main.js';
import { ROOT } from '../helpers.js';

async function cli(args: string[], cwd = ROOT) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { cwd, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

const reportSchema = JSON.parse(readFileSync(join(ROOT, 'schema', 'report.schema.json'), 'utf8'));
const validateReport = new Ajv2020({ strict: false }).compile(reportSchema);

function workspace(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'aag-cli-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

describe('ai-act-gate CLI', () => {
  it('prints help and version with exit 0', async () => {
    expect((await cli(['--help'])).stdout).toMatch(/Usage: ai-act-gate check/);
    const version = await cli(['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
  });

  it.each([
    [['lint']],
    [[]],
    [['check', '--format', 'xml', 'examples/llm-card/README.md']],
    [['check', '--fail-on', 'sometimes', 'examples/llm-card/README.md']],
    [['check', 'no/such/*.md']],
    [['check', '--unknown-flag']],
  ])('exits 2 with a message on bad usage: %j', async (args) => {
    const result = await cli(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^ai-act-gate: /);
    expect(result.stdout).toBe('');
  });

  it('writes a JSON report that is valid against schema/report.schema.json, with every rule for every file', async () => {
    const result = await cli(['check', '--format', 'json', 'examples/llm-card/README.md']);
    const report = JSON.parse(result.stdout);
    expect(validateReport(report)).toBe(true);
    expect(report.files).toHaveLength(1);
    expect(report.files[0].rules).toHaveLength(29);
    const licence = report.files[0].rules.find((r: { id: string }) => r.id === 'licence');
    expect(licence).toMatchObject({ status: 'met', line: 3 }); // license: other → license_name
  });

  it('prints ESLint-style lines and exits 1 when errors are found', async () => {
    const dir = workspace({ 'MODEL_CARD.md': '# A model\n\nA text generation model.\n' });
    const result = await cli(['check', '--fail-on', 'error'], dir);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^MODEL_CARD\.md$/m);
    expect(result.stdout).toMatch(/^ {2}1:1 +error +Missing intended uses; .+ {2}intended-uses {2}Annex XII 1\(a\)/m);
    expect(result.stdout).toMatch(/✖ 1 model card: \d+ gaps \(\d+ errors, \d+ warnings, \d+ notices\)/);
    expect(result.stdout).toMatch(
      /^Exit code 1: findings at or above --fail-on error in 1 model card: MODEL_CARD\.md\.$/m,
    );
  });

  it('exits 0 with --fail-on never and writes --output to a file', async () => {
    const dir = workspace({ 'MODEL_CARD.md': '# A model\n' });
    const result = await cli(['check', '--fail-on', 'never', '--format', 'markdown', '--output', 'report.md'], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(readFileSync(join(dir, 'report.md'), 'utf8')).toMatch(/^## ai-act-gate report/);
  });

  it('finds model cards on its own, skipping node_modules and READMEs that are not cards', async () => {
    const dir = workspace({
      'models/a/README.md': '---\nlicense: mit\npipeline_tag: text-generation\n---\n# A\n',
      'docs/README.md': '# Project docs\n\nHow to contribute.\n',
      'b/MODEL_CARD.md': '# B\n',
      'node_modules/x/MODEL_CARD.md': '# X\n',
    });
    const result = await cli(['check', '--format', 'json', '--fail-on', 'never'], dir);
    const paths = JSON.parse(result.stdout).files.map((f: { path: string }) => f.path);
    expect(paths).toEqual(['b/MODEL_CARD.md', 'models/a/README.md']);
  });

  it('reports unreadable, binary, oversized and broken cards as findings and still checks the others', async () => {
    const dir = workspace({
      'good.md': readFileSync(join(ROOT, 'examples', 'llm-card', 'README.md'), 'utf8'),
      'binary.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]),
      'big.md': `# Big\n${'x'.repeat(20000)}\n`,
      'broken.md': '---\nlicense: [mit\n---\n# Broken\n',
    });
    const result = await cli(
      ['check', '--format', 'json', '--max-size', '10000', 'good.md', 'binary.md', 'big.md', 'broken.md'],
      dir,
    );
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(validateReport(report)).toBe(true);
    const byPath = Object.fromEntries(report.files.map((f: { path: string }) => [f.path, f]));
    expect(byPath['binary.md'].problems[0].message).toMatch(/binary file/);
    expect(byPath['big.md'].problems[0].message).toMatch(/file is 20 KB, above the 10 KB limit/);
    expect(byPath['broken.md'].problems[0]).toMatchObject({ line: 2, severity: 'error' });
    expect(byPath['broken.md'].rules).toHaveLength(29);
    expect(byPath['good.md'].rules.filter((r: { status: string }) => r.status === 'met').length).toBeGreaterThan(15);
  });

  it('reads UTF-16 cards with a BOM', async () => {
    const text = '---\nlicense: mit\n---\n# Model\n';
    const dir = workspace({ 'card.md': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]) });
    const report = JSON.parse((await cli(['check', '--format', 'json', 'card.md'], dir)).stdout);
    expect(report.files[0].rules.find((r: { id: string }) => r.id === 'licence')).toMatchObject({
      status: 'met',
      line: 2,
    });
  });
});
