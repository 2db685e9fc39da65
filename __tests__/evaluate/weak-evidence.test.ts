/**
 * Weak evidence is partial, not missing: the duty's topic addressed without the specifics that would meet
 * it. Own passages, one per duty, each with the near miss that stays missing.
 */
import { checkCard } from '../../src/lint.js';
import { shippedRuleset } from '../helpers.js';

const ruleset = shippedRuleset();
const card = (body: string) => `---\ntags: [kestrel]\n---\n# Kestrel-4\n\n${body}\n`;
const statusOf = (body: string, ruleId: string) =>
  checkCard('card.md', card(body), ruleset).rules.find((rule) => rule.id === ruleId)?.status;

describe.each([
  ['input-output-limits', 'Kestrel-4 copes with long-context prompts such as full contracts.', 'Kestrel-4 is fast.'],
  ['input-output-limits', 'It reads prompts of several thousand tokens without trouble.', 'It reads prompts quickly.'],
  ['input-output-modalities', 'Kestrel-4 accepts spoken audio as input.', 'Kestrel-4 is accurate.'],
  [
    'cybersecurity',
    'Access to the Kestrel-4 weights is limited to two engineers.',
    'Access to the demo is free for everyone.',
  ],
  [
    'systemic-risk-assessment',
    'We reviewed Kestrel-4 for possible misuse risks before release.',
    'Kestrel-4 was reviewed by our editors for tone.',
  ],
  [
    'training-content-summary',
    'A short summary of the pre-training corpus is provided on the project site.',
    'The training content was mostly English.',
  ],
  ['provider-contact', 'Questions? Find us on Slack.', 'Questions are welcome.'],
  ['licence', 'The usual open-source terms apply to the weights.', 'The weights are large.'],
  [
    'model-dependencies',
    'Kestrel-4 builds on a widely used 13B base model that we trained further.',
    'Kestrel-4 was trained on our data.',
  ],
  ['model-dependencies', 'Based on Mistral.', 'Based on our research.'],
])('%s', (ruleId, weak, nearMiss) => {
  it(`"${weak}" is partial`, () => {
    expect(statusOf(weak, ruleId)).toBe('partial');
  });
  it(`"${nearMiss}" is missing`, () => {
    expect(statusOf(nearMiss, ruleId)).toBe('missing');
  });
});

it('a visible badge on generated images is partial content marking (not machine-readable)', () => {
  expect(
    statusOf(
      'Every image generated in the Kestrel app carries a small "AI generated" badge.',
      'synthetic-content-marking',
    ),
  ).toBe('partial');
});

describe('input and output modalities of a language model', () => {
  const statusWith = (frontMatter: string, body: string) =>
    checkCard('card.md', `---\n${frontMatter}---\n# Kestrel-4\n\n${body}\n`, ruleset).rules.find(
      (rule) => rule.id === 'input-output-modalities',
    )?.status;

  it('a text-generation model that calls itself a language model is met', () => {
    expect(statusWith('pipeline_tag: text-generation\n', 'Kestrel-4 is a large language model for Finnish.')).toBe(
      'met',
    );
  });

  it('the pipeline tag alone is partial', () => {
    expect(statusWith('pipeline_tag: text-generation\n', 'Kestrel-4 was trained by a small team.')).toBe('partial');
  });

  it('"generates text conditioned on control codes" names input and output', () => {
    expect(statusWith('', 'Kestrel-4 generates text conditioned on control codes that set the style.')).toBe('met');
  });
});

describe('acceptable use', () => {
  it.each([
    ['**Not permitted:** generating spam, impersonating real people, scoring job applicants.', 'met'],
    ['Use of Kestrel-4 is subject to the use restrictions of its licence.', 'partial'],
    ["Don't use Kestrel-4 for anything illegal or harmful.", 'partial'],
    ['Companies building on Kestrel-4 should publish their own acceptable use policy.', 'missing'],
    ['Each dataset was reviewed for its licence and usage restrictions.', 'missing'],
  ])('%s → %s', (body, status) => {
    expect(statusOf(body, 'acceptable-use-policy')).toBe(status);
  });
});

describe('modalities stated by an X-to-Y task and by what the model gets or generates', () => {
  const statusWith = (frontMatter: string, body: string) =>
    checkCard('card.md', `---\n${frontMatter}---\n# Kestrel-4\n\n${body}\n`, ruleset).rules.find(
      (rule) => rule.id === 'input-output-modalities',
    )?.status;

  it('a text-to-speech tag with prose about the voices it makes is met', () => {
    expect(statusWith('pipeline_tag: text-to-speech\n', 'Kestrel-4 speaks with twelve voices.')).toBe('met');
  });

  it('input named and what you get back is met', () => {
    expect(statusWith('', 'Input a sketch or a photo and get a vector embedding of 512 dimensions.')).toBe('met');
  });

  it('generating code given comments names both sides', () => {
    expect(statusWith('', 'Kestrel-4 is best at generating Python code given a docstring prompt.')).toBe('met');
  });
});

describe('bases and channels in few words', () => {
  it.each([
    ['model-dependencies', 'Kestrel-4 sits on top of an open-source Qwen model tuned for Czech.', 'missing'],
    ['model-dependencies', 'Kestrel-4 is built on top of an open-source Qwen model tuned for Czech.', 'partial'],
    ['model-dependencies', '- **Base:** Kestrel-4-Base v2.1', 'met'],
    ['provider-contact', 'For anything else, reach out to us on our Slack.', 'partial'],
  ])('%s: "%s" → %s', (ruleId, body, status) => {
    expect(statusOf(body, ruleId)).toBe(status);
  });
});
