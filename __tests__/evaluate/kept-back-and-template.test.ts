/**
 * What a card keeps back, a re-wrapped template sentence and a subheading about another topic are
 * no evidence of a duty. Own passages.
 */
import { checkCard } from '../../src/lint.js';
import { shippedRuleset } from '../helpers.js';

const ruleset = shippedRuleset();
const card = (body: string) => `---\nlicense: apache-2.0\n---\n# Nimbus-2\n\nNimbus-2 is a text model.\n\n${body}\n`;
const statusOf = (body: string, ruleId: string) =>
  checkCard('card.md', card(body), ruleset).rules.find((rule) => rule.id === ruleId)?.status;

describe('statements that keep information back', () => {
  it.each([
    [
      '## Architecture\n\nWe do not disclose the parameter count or the layer layout of Nimbus-2.',
      'architecture-and-size',
    ],
    ['## Data\n\nThe provider does not share how the training corpus was assembled or cleaned.', 'data-governance'],
    ['## Context length\n\nThere is no documented maximum prompt length for Nimbus-2.', 'input-output-limits'],
    ['## Support\n\nWe are unable to answer individual questions about Nimbus-2.', 'provider-contact'],
  ])('%s → missing', (body, ruleId) => {
    expect(statusOf(body, ruleId)).toBe('missing');
  });

  it('the same headings with the information are not missing', () => {
    expect(
      statusOf(
        '## Architecture\n\nNimbus-2 is a decoder-only transformer with 3B parameters.',
        'architecture-and-size',
      ),
    ).toBe('met');
    expect(statusOf('## Context length\n\nPrompts of up to 32,768 tokens are accepted.', 'input-output-limits')).toBe(
      'met',
    );
  });
});

describe('advice about data is no data governance', () => {
  it('a data heading over advice to users is missing', () => {
    expect(
      statusOf('## Personal data\n\nUsers should avoid entering personal data into prompts.', 'data-governance'),
    ).toBe('missing');
  });
});

describe('template sentences however wrapped', () => {
  it('the template recommendation wrapped over two lines is no limitation', () => {
    const body =
      '## Recommendations\n\nUsers (both direct and downstream) should be made aware of the risks, biases and limitations of\nthe model.';
    expect(statusOf(body, 'capabilities-and-limitations')).toBe('missing');
  });
});

describe('a subheading about another topic', () => {
  it('does not fill the section above it', () => {
    const body =
      '## Model Card Contact\n\n[More Information Needed]\n\n### Framework versions\n\n- PEFT 0.12.0\n- Transformers 4.44.0';
    expect(statusOf(body, 'provider-contact')).toBe('missing');
  });

  it('a subheading of the same topic still does', () => {
    const body =
      '## Contact\n\n### Questions and issues\n\nOpen an issue at https://github.com/nimbus/nimbus-2/issues.';
    expect(statusOf(body, 'provider-contact')).not.toBe('missing');
  });
});

describe('a table whose column header names the duty', () => {
  it('reads each row whole: the benchmark, its metric and the score', () => {
    const body = '| Benchmark | Metric | Nimbus-2 |\n|---|---|---|\n| ARC-Easy | acc | 71.2 |\n| PIQA | acc | 77.9 |';
    expect(statusOf(body, 'evaluation-results')).toBe('met');
  });

  it('a release row with its date and channels', () => {
    const body = '| Version | Released | Channels |\n|---|---|---|\n| Nimbus-2 | 2026-03-02 | Hub download, REST API |';
    expect(statusOf(body, 'release-and-distribution')).toBe('met');
  });

  it('a column header over empty cells says nothing', () => {
    const body = '| Benchmark | Metric | Nimbus-2 |\n|---|---|---|\n| TBD | TBD | TBD |';
    expect(statusOf(body, 'evaluation-results')).not.toBe('met');
  });
});

describe('energy: a CO2 figure needs its basis', () => {
  const withFrontMatter = (frontMatter: string, body: string) =>
    checkCard('card.md', `---\n${frontMatter}---\n# Nimbus-2\n\n${body}\n`, ruleset).rules.find(
      (rule) => rule.id === 'energy-consumption',
    )?.status;

  it('a bare emissions figure is partial', () => {
    expect(withFrontMatter('co2_eq_emissions:\n  emissions: 0.42\n', '- CO2 Emissions (in grams): 0.42')).toBe(
      'partial',
    );
  });

  it('the same figure with the hardware and region it was estimated from is met', () => {
    expect(
      withFrontMatter(
        'co2_eq_emissions:\n  emissions: 0.42\n  source: CodeCarbon\n  hardware_used: 1 x T4\n',
        '- CO2 Emissions (in grams): 0.42',
      ),
    ).toBe('met');
  });

  it('energy in kWh is met on its own', () => {
    expect(withFrontMatter('license: mit\n', '## Environmental impact\n\nTraining used 1,850 kWh.')).toBe('met');
  });

  it('an environmental section with hardware and hours only is missing', () => {
    const body =
      '## Environmental Impact\n\n- **Hardware Type:** 8 x A100\n- **Hours used:** 120\n- **Carbon Emitted:** More information needed';
    expect(withFrontMatter('license: mit\n', body)).toBe('missing');
  });
});
