/**
 * Hostile cards through the whole CLI, in process: each is checked or skipped with a clear finding,
 * next to a normal card that is still checked in the same run; exit code 1, never 2, never a stack
 * trace. Time guards are generous ("within seconds"): machines are noisy.
 */
import {
  mkdtempSync,
  writeFileSync,
  readFileSync,
  mkdirSync,
  openSync,
  ftruncateSync,
  closeSync,
  rmSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { runCli } from '../../src/cli-main.js';
import { checkCard } from '../../src/lint.js';
import { parseCard, MAX_NESTING_COLUMNS } from '../../src/parse/parse-card.js';
import { ROOT, shippedRuleset } from '../helpers.js';

const reportSchema = JSON.parse(readFileSync(join(ROOT, 'schema', 'report.schema.json'), 'utf8'));
const validateReport = new Ajv2020({ strict: false }).compile(reportSchema);
const GOOD_CARD = readFileSync(join(ROOT, 'examples', 'llm-card', 'README.md'), 'utf8');
const STACK_TRACE = /\n\s+at .+[(:]\d+/;

async function cli(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const started = Date.now();
  const code = await runCli(args, { cwd, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr, ms: Date.now() - started };
}

function workspace(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'aag-hostile-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

/** Billion laughs: ten levels of nine aliases each, 9^10 strings once expanded. */
function aliasBomb(): string {
  const names = 'abcdefghij';
  const lines = [`a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]`];
  for (let i = 1; i < names.length; i++)
    lines.push(
      `${names[i]}: &${names[i]} [${Array(9)
        .fill(`*${names[i - 1]}`)
        .join(', ')}]`,
    );
  return `---\nlicense: mit\n${lines.join('\n')}\n---\n# Bomb\n\nA text generation model.\n`;
}

type FileJson = {
  path: string;
  rules: { status: string; line: number | null }[];
  problems: { message: string; line: number; severity: string }[];
};

describe('hostile cards through the CLI', () => {
  const hostile: Record<string, string | Buffer> = {
    'alias-bomb.md': aliasBomb(),
    'binary.md': Buffer.concat([Buffer.from('# Looks like a card\n'), Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00])]),
    'invalid-utf8.md': Buffer.concat([
      Buffer.from('---\nlicense: mit\n---\n# Model \n\nBad bytes: '),
      Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0xff]),
      Buffer.from('\n'),
    ]),
    'utf16.md': Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('---\r\nlicense: mit\r\n---\r\n# Model\r\n', 'utf16le'),
    ]),
    'utf16be.md': Buffer.concat([
      Buffer.from([0xfe, 0xff]),
      Buffer.from('---\nlicense: mit\n---\n# Model\n', 'utf16le').swap16(),
    ]),
    'crlf.md': GOOD_CARD.replace(/\n/g, '\r\n'),
    'long-line.md': `# Long\n\n${'word '.repeat(210_000)}\n`,
    'nested-lists.md': `# Lists\n\n${'- '.repeat(3000)}deepest item\n`,
    'nested-list-lines.md': `# Lists\n\n${Array.from({ length: 120 }, (_, i) => `${'  '.repeat(i)}- level ${i + 1}`).join('\n')}\n`,
    'nested-quotes.md': `# Quotes\n\n${'>'.repeat(5000)} deepest quote\n`,
    'nested-quote-lines.md': `# Quotes\n\n${Array.from({ length: 300 }, (_, i) => `${'> '.repeat(i + 1)}level ${i + 1}`).join('\n')}\n`,
    'unterminated.md': '---\nlicense: mit\npipeline_tag: text-generation\n# Model\n\nNo closing fence.\n',
  };
  let dir: string;
  let result: Awaited<ReturnType<typeof cli>>;
  let byPath: Record<string, FileJson>;

  beforeAll(async () => {
    dir = workspace({ 'good.md': GOOD_CARD, ...hostile });
    result = await cli(['check', '--format', 'json', '--jobs', '1', 'good.md', ...Object.keys(hostile)], dir);
    byPath = Object.fromEntries(JSON.parse(result.stdout).files.map((file: FileJson) => [file.path, file]));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('exits 1 within seconds, with no stack trace and a schema-valid report of every file', () => {
    // Only the one line that says why the exit code is 1 (the JSON report is on stdout).
    expect(result.stderr).toMatch(/^ai-act-gate: exit code 1: \d+ model cards could not be read or checked: [^\n]+\n$/);
    expect(result.code).toBe(1);
    expect(result.stdout).not.toMatch(STACK_TRACE);
    expect(result.ms).toBeLessThan(20_000);
    const report = JSON.parse(result.stdout);
    expect(validateReport(report)).toBe(true);
    expect(Object.keys(byPath).sort()).toEqual(['good.md', ...Object.keys(hostile)].sort());
    for (const file of report.files)
      expect(JSON.stringify(file)).not.toMatch(/internal error|Maximum call stack|out of memory/i);
  });

  it('still checks the normal card in the same run', () => {
    expect(byPath['good.md'].rules.filter((rule) => rule.status === 'met').length).toBeGreaterThan(15);
  });

  it('reports an alias bomb as a front-matter finding instead of expanding it', () => {
    expect(byPath['alias-bomb.md'].problems[0]).toMatchObject({ line: 1, severity: 'error' });
    expect(byPath['alias-bomb.md'].problems[0].message).toMatch(/Front matter YAML: aliases expand too far/);
    expect(byPath['alias-bomb.md'].rules.length).toBeGreaterThan(0);
  });

  it('skips a binary file with a finding', () => {
    expect(byPath['binary.md'].problems[0].message).toMatch(/binary file/);
  });

  it('checks invalid UTF-8 with a warning, UTF-16 (both byte orders) and CRLF like the same card in UTF-8/LF', () => {
    expect(byPath['invalid-utf8.md'].problems.map((p) => p.message)).toContainEqual(
      expect.stringMatching(/not valid UTF-8/),
    );
    for (const name of ['utf16.md', 'utf16be.md', 'invalid-utf8.md']) {
      expect(byPath[name].rules.find((rule) => (rule as { id?: string }).id === 'licence')).toMatchObject({
        status: 'met',
        line: 2,
      });
    }
    const lf = byPath['good.md'].rules;
    const crlf = byPath['crlf.md'].rules;
    expect(crlf.map((rule) => [rule.status, rule.line])).toEqual(lf.map((rule) => [rule.status, rule.line]));
  });

  it('checks a 1 MB single line', () => {
    expect(byPath['long-line.md'].rules.length).toBeGreaterThan(0);
  });

  it.each(['nested-lists.md', 'nested-list-lines.md', 'nested-quotes.md', 'nested-quote-lines.md'])(
    'reads the over-deep part of %s as text, with a finding',
    (name) => {
      const nesting = byPath[name].problems.find((p) => /nested more than/.test(p.message));
      expect(nesting).toMatchObject({ severity: 'error', line: expect.any(Number) });
      expect(byPath[name].rules.length).toBeGreaterThan(0);
    },
  );

  it('reports an unterminated front matter', () => {
    expect(byPath['unterminated.md'].problems[0]).toMatchObject({ line: 1 });
    expect(byPath['unterminated.md'].problems[0].message).toMatch(/never closed/);
  });
});

describe('a 70 MB card', () => {
  let dir: string;
  beforeAll(() => {
    dir = workspace({ 'good.md': GOOD_CARD });
    // Sparse: 70 MB on disk costs nothing to write, and the size limit must refuse it before reading.
    const fd = openSync(join(dir, 'huge.md'), 'w');
    ftruncateSync(fd, 70 * 1024 * 1024);
    closeSync(fd);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is skipped by the default size limit with a finding, and the other card is still checked', async () => {
    const result = await cli(['check', '--format', 'json', '--jobs', '1', 'good.md', 'huge.md'], dir);
    expect(result.code).toBe(1);
    expect(result.ms).toBeLessThan(20_000);
    const report = JSON.parse(result.stdout);
    expect(validateReport(report)).toBe(true);
    const [good, huge] = report.files as FileJson[];
    expect(huge.problems[0].message).toMatch(/file is 70\.0 MB, above the 5\.0 MB limit \(--max-size\); not checked/);
    expect(good.rules.filter((rule) => rule.status === 'met').length).toBeGreaterThan(15);
  });
  // With --max-size raised, a 70 MB card of real Markdown takes minutes in the Markdown parser
  // (remark/micromark cost per line); that case is left to the per-card time budget (not here).
});

describe('nesting limit in parseCard', () => {
  it('leaves normal nesting, fenced code and front matter alone, keeping the text length', () => {
    const deepYaml = `---\nmodel-index:\n${Array.from({ length: 30 }, (_, i) => `${'  '.repeat(i + 1)}k${i}:`).join('\n')} 1\n---\n`;
    const code = `\`\`\`\n${' '.repeat(100)}indented code\n${'> '.repeat(40)}quoted in code\n\`\`\`\n`;
    const text = `${deepYaml}# M\n\n- a\n  - b\n    - c\n\n${code}`;
    const parsed = parseCard(text);
    expect(parsed.problems).toEqual([]);
    expect(parsed.text).toBe(text);
  });

  it('caps nesting at the limit and keeps positions pointing at the file as written', () => {
    const text = `# M\n\n${'> '.repeat(100)}deep words\n\n## Intended uses\n\nText.\n`;
    const parsed = parseCard(text);
    expect(parsed.problems).toHaveLength(1);
    expect(parsed.problems[0].position).toEqual({ line: 3, column: 1 });
    const heading = parsed.tree.children.find((node) => node.type === 'heading' && node.depth === 2);
    expect(heading?.position?.start.line).toBe(5);
    expect(MAX_NESTING_COLUMNS).toBeGreaterThanOrEqual(16);
  });

  it('does not overflow the stack on 20,000 nested block quotes or list markers', () => {
    for (const text of [
      `${'>'.repeat(20_000)} x\n`,
      `${'- '.repeat(20_000)}x\n`,
      `${'1. '.repeat(10_000)}x\n`,
      `${'\t'.repeat(20_000)}- x\n`,
    ]) {
      expect(() => checkCard('deep.md', text, shippedRuleset())).not.toThrow();
    }
  });
});
