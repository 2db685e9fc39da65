/** `ai-act-gate form`: the Model Documentation Form filled from real cards, each value with its line. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formSpec } from '../../src/draft/form.js';
import { cli, DRAFT_FIXTURES, workspace } from './cli-run.js';

const LLAMA = join(DRAFT_FIXTURES, 'llama3-1.md');
const llamaLines = readFileSync(LLAMA, 'utf8').split('\n');

interface Field {
  id: string;
  section: string;
  label: string;
  recipients: string[];
  value: string | null;
  source: { line: number } | null;
  basis?: string;
}

async function formJson(args: string[]): Promise<{ fields: Field[]; unfilled: string[]; filled: number }> {
  const result = await cli(['form', '--format', 'json', ...args]);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout);
}

describe('ai-act-gate form', () => {
  it('lists every field of the final form once, each in a known section with known recipients', () => {
    const { sections, fields } = formSpec();
    expect(new Set(fields.map((field) => field.id)).size).toBe(fields.length);
    expect(fields.length).toBeGreaterThanOrEqual(45);
    expect(new Set(fields.map((field) => field.section))).toEqual(new Set(sections));
    for (const id of [
      'gen.provider',
      'prop.total_params',
      'compute.flops_aio',
      'compute.flops_nca',
      'energy.inference',
    ])
      expect(fields.map((field) => field.id)).toContain(id);
  });

  it('fills at least 25 fields of the Llama 3.1 card, each with a source line that holds its words or inputs', async () => {
    const form = await formJson([LLAMA]);
    const filled = form.fields.filter((field) => field.value !== null);
    expect(filled.length).toBeGreaterThanOrEqual(25);
    for (const field of filled) {
      expect(field.source).not.toBeNull();
      expect(field.source!.line).toBeGreaterThan(0);
      expect(field.source!.line).toBeLessThanOrEqual(llamaLines.length);
    }
    expect(form.unfilled).toEqual(form.fields.filter((field) => field.value === null).map((field) => field.id));
    const byId = new Map(form.fields.map((field) => [field.id, field]));
    expect(byId.get('prop.total_params')).toMatchObject({ value: '405B (4.05e11 parameters)', source: { line: 3 } });
    expect(llamaLines[2]).toContain('405B');
    expect(byId.get('prop.param_range')?.value).toBe('100B–500B');
    expect(byId.get('data.points_aio')).toMatchObject({ source: { line: 46 } });
    expect(llamaLines[45]).toContain('15T+');
    expect(byId.get('gen.release_date')).toMatchObject({ value: 'July 23, 2024', source: { line: 82 } });
    expect(byId.get('lic.link')?.value).toBe(
      'https://github.com/meta-llama/llama-models/blob/main/models/llama3_1/LICENSE',
    );
    // The estimate shows its inputs and their lines.
    expect(byId.get('compute.flops_aio')?.value).toBe('≈ 3.65e25 FLOP');
    expect(byId.get('compute.flops_aio')?.basis).toMatch(
      /6 × parameters × tokens: N = 4\.05e11 \(line 3\) × D = 1\.5e13 tokens \(line 46\)/,
    );
    expect(byId.get('use.intended')?.value).toMatch(
      /^Intended Use Cases Llama 3\.1 is intended for commercial and research use/,
    );
    // Nothing the card does not say: no EU release date, no inference benchmark.
    expect(form.unfilled).toEqual(
      expect.arrayContaining(['gen.eu_release_date', 'energy.inference', 'gen.authenticity']),
    );
  });

  it('keeps only the fields for downstream providers with --audience downstream', async () => {
    const all = await formJson([LLAMA]);
    const downstream = await formJson([LLAMA, '--audience', 'downstream']);
    expect(downstream.fields.length).toBeLessThan(all.fields.length);
    expect(downstream.fields.every((field) => field.recipients.includes('downstream'))).toBe(true);
    expect(downstream.fields.map((field) => field.id)).not.toContain('compute.flops_aio');
  });

  it('prints a Markdown form with a table per section and the open fields listed', async () => {
    const result = await cli(['form', LLAMA]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^# Model Documentation Form: /);
    expect(result.stdout).toContain('## Computational resources (during training)');
    expect(result.stdout).toMatch(/\| Total model size [^\n]*\| AIO \| 405B \(4\.05e11 parameters\) \| 3 \|/);
    expect(result.stdout).toMatch(/## Not filled from the card\n\n- `doc\.last_updated`/);
  });

  it.each([
    [['form', 'no-such-card.md'], 1, /no-such-card\.md: file not found/],
    [['form', '--format', 'xml', 'x.md'], 2, /--format must be markdown or json/],
    [['form', '--audience', 'regulators', 'x.md'], 2, /--audience must be downstream/],
    [['form', 'a.md', 'b.md'], 2, /form takes one card/],
  ])('refuses bad input %j with exit %d and a message', async (args, code, message) => {
    const result = await cli(args, workspace({}));
    expect(result.code).toBe(code);
    expect(result.stderr).toMatch(message);
    expect(result.stdout).toBe('');
  });

  it('refuses a card whose front matter is broken, naming the line', async () => {
    const dir = workspace({ 'README.md': '---\nlicense: [apache-2.0\npipeline_tag: text-generation\n---\n# M\n' });
    const result = await cli(['form', 'README.md'], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^ai-act-gate: README\.md:\d+: Front matter YAML: .*fix the front matter first\n$/);
  });

  it('uses the only card under the folder when none is named, and prints help', async () => {
    const dir = workspace({ 'README.md': '---\nlicense: mit\n---\n# Tiny model\n\nA 7B text model.\n' });
    const form = JSON.parse((await cli(['form', '--format', 'json'], dir)).stdout);
    expect(form.fields.find((field: Field) => field.id === 'lic.link')).toMatchObject({
      value: 'mit',
      source: { line: 2 },
    });
    expect((await cli(['form', '--help'])).stdout).toMatch(/^ai-act-gate .*Usage: ai-act-gate form \[card\]/s);
  });
});
