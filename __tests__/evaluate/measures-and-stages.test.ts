/**
 * Specific measures under any heading: weight security named by a recognised level or as insider-threat
 * monitoring, training told as stages with their methods, training data whose provenance is a licence and
 * whose curation is de-identification. Own passages.
 */
import { checkCard } from '../../src/lint.js';
import { shippedRuleset } from '../helpers.js';

const ruleset = shippedRuleset();
const card = (body: string) => `---\ntags: [kestrel]\n---\n# Kestrel-4\n\n${body}\n`;
const statusOf = (body: string, ruleId: string) =>
  checkCard('card.md', card(body), ruleset).rules.find((rule) => rule.id === ruleId)?.status;

it.each([
  ['cybersecurity', 'Kestrel-4 weights are held to RAND SL4 controls in a dedicated enclave.'],
  ['cybersecurity', 'Our security programme includes insider-threat detection for everyone who can reach the weights.'],
  [
    'training-process',
    'Kestrel-4 was trained in two stages: 1.2M steps of causal-LM pre-training, then supervised fine-tuning on 90k instructions.',
  ],
  [
    'training-data',
    'Kestrel-4 was fine-tuned on 30,000 clinical notes licensed from a hospital group; all notes were de-identified before use.',
  ],
])('%s: "%s" is met', (ruleId, body) => {
  expect(statusOf(body, ruleId)).toBe('met');
});

it('training data collected from the internet, without curation, is not met', () => {
  expect(
    statusOf('Kestrel-4 was trained on 400,000 hours of audio collected from the internet.', 'training-data'),
  ).toBe('partial');
});

it('a citation of "Model Cards for Model Reporting" is no evaluation report', () => {
  const body =
    'Inspired by [Model Cards for Model Reporting (Mitchell et al.)](https://arxiv.org/abs/1810.03993), we describe Kestrel-4.';
  expect(statusOf(body, 'evaluation-results')).toBe('missing');
});

describe('advice to others about their own duties is no evidence of the provider’s', () => {
  it.each([
    [
      'incident-reporting',
      '## Incidents\n\nIntegrators who learn of a serious incident caused by their product must notify their national authority within 15 days.',
    ],
    [
      'external-interaction',
      '## Tools\n\nIf you let Kestrel-4 call tools, you should run them in a sandbox with JSON schema validation.',
    ],
    ['cybersecurity', '## Hosting\n\nCompanies serving Kestrel-4 should encrypt the weights and log every access.'],
  ])('%s', (ruleId, body) => {
    expect(statusOf(body, ruleId)).toBe('missing');
  });

  it('a channel offered with "please report" is partial incident reporting', () => {
    expect(statusOf('Please report harmful outputs through the form on our website.', 'incident-reporting')).toBe(
      'partial',
    );
  });
});

it('a robot interface table under "Interfaces to the outside world" is external interaction', () => {
  const body = [
    '### Interfaces to the outside world',
    '',
    '| Signal | Direction | Format |',
    '|---|---|---|',
    '| Wrist camera | in | RGB 256×256 at 15 Hz via the robot client |',
    '| Arm command | out | 6-DoF joint deltas to the ROS 2 controller |',
  ].join('\n');
  expect(statusOf(body, 'external-interaction')).toBe('met');
});

describe('red teaming told in words', () => {
  it('who tested, for which risks and what followed is met without figures', () => {
    const body =
      '## Safety\n\nOutside biosecurity specialists red-teamed Kestrel-4 for chemical and biological misuse, and their findings shaped the refusal training we added afterwards.';
    expect(statusOf(body, 'adversarial-testing')).toBe('met');
  });

  it('the same words as advice to deployers are not', () => {
    const body =
      '## Safety\n\nDeployers should have external specialists red-team their product for chemical and biological misuse and mitigate what they find.';
    expect(statusOf(body, 'adversarial-testing')).toBe('missing');
  });
});

describe('release dates as news lists and seasons write them', () => {
  it('"[2026.02.11] We release Kestrel-4 …, download from the Hub" is met', () => {
    const body =
      '## News\n\n- [2026.02.11] We release Kestrel-4! The weights can be downloaded from [the Hub](https://huggingface.co/kestrel/Kestrel-4).';
    expect(statusOf(body, 'release-and-distribution')).toBe('met');
  });

  it('"released in late 2025" is a time, not a date: partial', () => {
    expect(statusOf('Kestrel-4 was released in late 2025 to a few partners.', 'release-and-distribution')).toBe(
      'partial',
    );
  });
});

describe('systemic risks named versus assessed', () => {
  it('risks only named are partial', () => {
    const body = '## Risks\n\nSystemic risks of Kestrel-4 could include cyber attacks and chemical misuse.';
    expect(statusOf(body, 'systemic-risk-assessment')).toBe('partial');
  });

  it('a check for dangerous capabilities, without what or how, is partial', () => {
    expect(
      statusOf('Kestrel-4 was screened for dangerous capabilities before launch.', 'systemic-risk-assessment'),
    ).toBe('partial');
  });
});
