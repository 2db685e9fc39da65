/** `ai-act-gate training-summary`: the Commission template's sections, pre-filled from real cards. */
import { join } from 'node:path';
import { summaryTemplate } from '../../src/draft/training-summary.js';
import { cli, DRAFT_FIXTURES, workspace } from './cli-run.js';

const TEMPLATE_SECTIONS = [
  '1.1',
  '1.2',
  '1.3',
  '2.1',
  '2.2.1',
  '2.2.2',
  '2.3',
  '2.4',
  '2.5',
  '2.6',
  '3.1',
  '3.2',
  '3.3',
];

interface Item {
  label: string;
  value: string | null;
  source: { line: number } | null;
  basis?: string;
}

async function summary(card: string): Promise<{ sections: { id: string; title: string; items: Item[] }[] }> {
  const result = await cli(['training-summary', '--format', 'json', join(DRAFT_FIXTURES, card)]);
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout);
}

function item(sections: { id: string; items: Item[] }[], id: string, label: RegExp): Item {
  const found = sections.find((section) => section.id === id)?.items.find((candidate) => label.test(candidate.label));
  if (!found) throw new Error(`no item ${label} in ${id}`);
  return found;
}

describe('ai-act-gate training-summary', () => {
  it('has every section of the template, 1.1 to 3.3, in order', async () => {
    expect(
      summaryTemplate()
        .sections.filter((section) => section.items)
        .map((section) => section.id),
    ).toEqual(TEMPLATE_SECTIONS);
    const markdown = (await cli(['training-summary', join(DRAFT_FIXTURES, 'llama3-1.md')])).stdout;
    let last = -1;
    for (const id of TEMPLATE_SECTIONS) {
      const at = markdown.search(new RegExp(`^#{2,4} ${id.replace(/\./g, '\\.')} `, 'm'));
      expect(at).toBeGreaterThan(last);
      last = at;
    }
    expect(markdown).toContain(
      '- **Most relevant domain names (top 10 % by size of content scraped; SMEs top 5 % or 1,000 domains):** TODO: not stated in the card',
    );
  });

  it('fills the Llama 3.1 card: size band from its 15T tokens, cut-off, languages, synthetic data, each with its line', async () => {
    const { sections } = await summary('llama3-1.md');
    expect(item(sections, '1.3', /size/)).toMatchObject({
      value: 'Text: More than 10 trillion tokens',
      source: { line: 46 },
    });
    expect(item(sections, '1.3', /size/).basis).toBe('1.5e13 training tokens (line 46)');
    expect(item(sections, '1.3', /Latest date/)).toMatchObject({ source: { line: 188 } });
    expect(item(sections, '1.3', /Latest date/).value).toMatch(/cutoff of December 2023/);
    expect(item(sections, '1.3', /languages/).value).toMatch(/^Supported languages: English, German/);
    expect(item(sections, '2.5', /Modalities/).value).toMatch(/over 25M synthetically generated examples/);
    // Nothing in the card about crawlers, user data or opt-outs: left for the provider.
    expect(item(sections, '2.3', /Crawler/).value).toBeNull();
    expect(item(sections, '2.4', /interactions/).value).toBeNull();
    expect(item(sections, '3.1', /opt-outs/).value).toBeNull();
  });

  it('lists the datasets of the front matter and puts a smaller corpus in its band', async () => {
    const { sections } = await summary('olmo-2-13b.md');
    expect(item(sections, '2.1', /Large publicly available/)).toEqual({
      label: expect.any(String),
      value: 'allenai/dolmino-mix-1124, allenai/olmo-mix-1124',
      source: { line: 3 },
    });
    expect(item(sections, '1.3', /size/).value).toBe('Text: 1 billion to 10 trillion tokens');
    expect(item(sections, '1.3', /languages/)).toMatchObject({ value: 'en', source: { line: 6 } });
  });

  it('quotes a robots.txt statement and leaves a planned one out', async () => {
    const dir = workspace({
      'README.md':
        '# Tiny LM\n\nA 1B text generation model.\n\n## Training data\n\nOur crawler honours robots.txt and skips opted-out sites.\n\nWe plan to add synthetic data in a future release.\n',
    });
    const { sections } = JSON.parse((await cli(['training-summary', '--format', 'json'], dir)).stdout);
    expect(item(sections, '2.3', /Crawler/)).toMatchObject({
      value: 'Our crawler honours robots.txt and skips opted-out sites.',
      source: { line: 7 },
    });
    expect(item(sections, '2.5', /Modalities/).value).toBeNull();
  });

  it('refuses bad input with a message and an exit code', async () => {
    const dir = workspace({ 'a.md': '---\nlicense: "mit\n---\n# A\n' });
    const broken = await cli(['training-summary', 'a.md'], dir);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/a\.md:\d+: Front matter YAML/);
    const usage = await cli(['training-summary', '--format', 'sarif', 'a.md'], dir);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/--format must be markdown or json/);
    expect((await cli(['training-summary', '--help'])).stdout).toMatch(/Usage: ai-act-gate training-summary \[card\]/);
  });
});
