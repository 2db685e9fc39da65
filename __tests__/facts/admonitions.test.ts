/** Documentation-site admonitions read as the text they frame, at the card's length and line for line. */
import { readAdmonitions } from '../../src/facts/admonitions.js';
import { checkCard } from '../../src/lint.js';
import { shippedRuleset } from '../helpers.js';

const statusOf = (body: string, rule: string) =>
  checkCard('card.md', `# Aurel-3\n\n${body}\n`, shippedRuleset()).rules.find((candidate) => candidate.id === rule)
    ?.status;

describe('readAdmonitions', () => {
  it.each([
    [':::note Coming soon\nA catalogue.\n:::', 'Coming soon.       \nA catalogue.\n   '],
    [
      '!!! tip "Evaluate on your own data"\n    Build a test set.',
      'Tip: Evaluate on your own data.    \n    Build a test set.',
    ],
    ['!!! danger\n    - no diagnoses', 'Danger:   \n    - no diagnoses'],
    ['> [!WARNING]\n> Hallucinates.', '>           \n> Hallucinates.'],
    [':::tip\nUse bf16.\n:::', 'Tip:  \nUse bf16.\n   '],
  ])('%j → %j', (written, read) => {
    expect(readAdmonitions(written)).toBe(read);
    expect(readAdmonitions(written)).toHaveLength(written.length);
  });

  it('leaves text without admonitions as it is', () => {
    const text = '| a | b |\n|:---:|---|\n| 1 | 2 |\nWhy??? Really!!! Yes.';
    expect(readAdmonitions(text)).toBe(text);
  });
});

describe('admonitions in a card', () => {
  it('reads a note by what it says, and an empty one as empty', () => {
    expect(statusOf('## License\n\n:::note\n[More Information Needed]\n:::', 'licence')).toBe('missing');
    expect(statusOf('## License\n\n:::note\nAurel-3 is released under Apache-2.0.\n:::', 'licence')).toBe('met');
  });

  it("reads a tip's block as advice, and a warning's list as what it lists", () => {
    const tip =
      '!!! tip "Evaluate on your own data"\n    Public benchmarks rarely reflect your use case. Build a test set.';
    expect(statusOf(tip, 'evaluation-results')).toBe('missing');
    const excluded =
      '## Out-of-scope use\n\n!!! danger "Excluded"\n    - biometric identification of people\n    - automated credit decisions';
    expect(statusOf(excluded, 'acceptable-use-policy')).toBe('met');
  });
});
