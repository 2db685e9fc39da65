/**
 * A merge listing its models, a "License: other" label that names no licence, and marking said to be
 * absent. Own passages.
 */
import { checkCard } from '../../src/lint.js';
import { shippedRuleset } from '../helpers.js';

const ruleset = shippedRuleset();
const card = (body: string) => `---\ntags: [kestrel]\n---\n# Kestrel-4\n\n${body}\n`;
const statusOf = (body: string, ruleId: string) =>
  checkCard('card.md', card(body), ruleset).rules.find((rule) => rule.id === ruleId)?.status;

describe('model dependencies of a merge', () => {
  it('the models listed under "The following models were included in the merge" are named', () => {
    const body = [
      '### Merge method',
      '',
      'This model was merged with the TIES method.',
      '',
      'The following models were included in the merge:',
      '* [acme/Finch-7B-Chat](https://huggingface.co/acme/Finch-7B-Chat)',
      '* [acme/Finch-7B-Code](https://huggingface.co/acme/Finch-7B-Code)',
    ].join('\n');
    expect(statusOf(body, 'model-dependencies')).toBe('met');
  });

  it("the models of mergekit's configuration in a code block are named", () => {
    const config = (method: string) =>
      [
        '## Configuration',
        '',
        '```yaml',
        'models:',
        '  - model: acme/Finch-7B-Chat',
        '  - model: acme/Finch-7B-Code',
        method,
        '```',
      ].join('\n');
    expect(statusOf(config('merge_method: slerp'), 'model-dependencies')).toBe('met');
    // Without mergekit's key the block is some other configuration, which names no base.
    expect(statusOf(config('batch_size: 8'), 'model-dependencies')).not.toBe('met');
  });
});

describe('licence', () => {
  it('"License: other" with no name or link is partial', () => {
    expect(statusOf('- **Model type:** text generation\n- **License:** other', 'licence')).toBe('partial');
  });

  it('a label naming the licence is met', () => {
    expect(statusOf('- **License:** Apache 2.0', 'licence')).toBe('met');
  });
});

describe('content marking said to be absent', () => {
  it.each([
    'No invisible watermark is applied to the audio Kestrel-4 generates.',
    'No provenance metadata or C2PA manifest is attached to generated images.',
  ])('%s → missing', (body) => {
    expect(statusOf(`## Limitations\n\n${body}`, 'synthetic-content-marking')).toBe('missing');
  });
});

describe('a sentence introducing a list', () => {
  it('"… is designed for:" over a list of tasks and systems is intended uses', () => {
    const body =
      'Kestrel-4 is designed for:\n- chat assistants in customer support\n- retrieval over internal documents';
    expect(statusOf(body, 'intended-uses')).toBe('met');
  });
});

describe('how outputs are marked', () => {
  it.each([
    ['Audio from Kestrel-4 is watermarked.', 'partial'],
    ['Our API outputs are watermarked.', 'partial'],
    ['Audio from Kestrel-4 is watermarked with an inaudible spread-spectrum signal.', 'met'],
  ])('%s → %s', (body, status) => {
    expect(statusOf(body, 'synthetic-content-marking')).toBe(status);
  });
});

it('a model name with a version in it is no software version', () => {
  expect(
    statusOf(
      '## Dependencies\n\nKestrel-4 builds on Phi3.5-mini; its audio encoder comes from Whisper.',
      'software-dependencies',
    ),
  ).not.toBe('met');
});

describe('copyright', () => {
  it('a crawler that honours robots.txt, with no policy around it, is partial', () => {
    expect(statusOf('Our web crawler honours robots.txt exclusions.', 'copyright-policy')).toBe('partial');
  });

  it('a copyright policy that honours machine-readable opt-outs is met', () => {
    expect(
      statusOf(
        'Our copyright policy ([link](https://kestrel.example/copyright)) describes how we honour robots.txt and other machine-readable opt-outs.',
        'copyright-policy',
      ),
    ).toBe('met');
  });
});

it('"EU representative: to be appointed" is a promise, not a representative', () => {
  expect(statusOf('- **EU representative:** to be appointed before the EU launch', 'authorised-representative')).toBe(
    'missing',
  );
});
