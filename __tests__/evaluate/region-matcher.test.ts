/**
 * Duties read from the places that name them, whatever the form: a heading, a bold label, a
 * labelled list item or a table row; with promises, advice to others and placeholders missing.
 */
import { checkCard } from '../../src/lint.js';
import { shippedRuleset } from '../helpers.js';

const ruleset = shippedRuleset();
const card = (body: string) => `---\nlicense: apache-2.0\n---\n# Nimbus-2\n\nNimbus-2 is a text model.\n\n${body}\n`;
const statusOf = (body: string, ruleId: string) =>
  checkCard('card.md', card(body), ruleset).rules.find((rule) => rule.id === ruleId)?.status;

const FOUND =
  'Three outside security firms attacked the model over five weeks (bioweapons uplift, malware writing, election persuasion). They identified 14 jailbreak families; all were mitigated by refusal training before launch.';

describe('adversarial testing named by a region', () => {
  it.each([
    ['a heading', `## Red-team exercises\n\n${FOUND}`],
    ['a bold label', `**Adversarial tests.** ${FOUND}`],
    ['a list item', `- Red teaming: ${FOUND}`],
    ['a table row', `| Activity | Summary |\n|---|---|\n| Red teaming | ${FOUND} |`],
    ['a German heading', `## Sicherheitstests\n\n${FOUND}`],
  ])('with findings under %s is met', (_form, body) => {
    expect(statusOf(body, 'adversarial-testing')).toBe('met');
  });

  it('with who and scope but no findings is partial', () => {
    expect(
      statusOf(
        '## Red teaming\n\nAn internal team of 12 people probed the model for two weeks.',
        'adversarial-testing',
      ),
    ).toBe('partial');
  });

  it.each([
    ['a promise', '## Red teaming\n\nWe intend to red-team the model after launch.'],
    [
      'advice to users',
      '## Adversarial testing\n\nDeployers should red-team the model in their own setting before use.',
    ],
    ['a placeholder', '- Red teaming: TBD'],
    ['a placeholder row', '| Activity | Status |\n|---|---|\n| Adversarial testing | coming soon |'],
  ])('with only %s is missing', (_what, body) => {
    expect(statusOf(body, 'adversarial-testing')).toBe('missing');
  });
});

describe('evaluations and red teaming as rows of one table', () => {
  const table = [
    '| Area | What was done |',
    '|---|---|',
    '| Evaluations | Reading comprehension (RACE) 71.4%, arithmetic (SVAMP) 58.2%, toxicity (RealToxicityPrompts) 0.08 |',
    '| Red teaming | Two contracted teams spent 6 weeks on cyber-offence and persuasion prompts; 9 weaknesses were found and patched |',
  ].join('\n');
  it.each(['evaluation-results', 'adversarial-testing'])('%s is met', (ruleId) => {
    expect(statusOf(table, ruleId)).toBe('met');
  });

  it('a promise of results does not meet the duty', () => {
    expect(
      statusOf('## Evaluation\n\nEvaluation results will be published in the next release.', 'evaluation-results'),
    ).not.toBe('met');
  });
});

describe('plain labels at the start of a line', () => {
  it.each([
    ['training-data', 'Training data: filtered Common Crawl snapshots and GitHub code.'],
    ['incident-reporting', 'Incidents: write to us.'],
  ])('%s named by "Label: …" is read as its region', (ruleId, body) => {
    expect(statusOf(body, ruleId)).not.toBe('missing');
  });

  it('a label inside a sentence names nothing', () => {
    expect(statusOf('We describe the following in detail: incidents are rare.', 'incident-reporting')).toBe('missing');
  });
});
