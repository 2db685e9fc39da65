/**
 * Art. 52 notifications and Art. 54 representatives as providers write them: a German "mitgeteilt",
 * the AI Office as addressee, contact without a notification (partial), and a representative that is
 * said to exist but not named (partial) or said not to exist (missing). Own passages.
 */
import { checkCard } from '../../src/lint.js';
import { shippedRuleset } from '../helpers.js';

const ruleset = shippedRuleset();
const card = (body: string) => `---\nlicense: apache-2.0\n---\n# Kestrel-4\n\nKestrel-4 is a text model.\n\n${body}\n`;
const statusOf = (body: string, ruleId: string) =>
  checkCard('card.md', card(body), ruleset).rules.find((rule) => rule.id === ruleId)?.status;

describe('commission notification', () => {
  it.each([
    [
      '## Einstufung\n\nWir haben der Kommission am 2. Februar 2026 mitgeteilt, dass Kestrel-4 die Schwelle erreicht.',
      'met',
    ],
    ['The provider notified the AI Office on 12 January 2026 that Kestrel-4 exceeds 10^25 FLOP.', 'met'],
    ['We are in dialogue with the AI Office about how Kestrel-4 is classified.', 'partial'],
    ['### Regulatory\n\n- Competent authorities have been notified', 'partial'],
    ['A provider must notify the Commission within two weeks of meeting the threshold.', 'missing'],
    ['- **Art. 52 notification:** not needed; Kestrel-4 used about 2e24 FLOP and has not been designated.', 'met'],
    ['We are in close dialogue with the AI Office on the classification of Kestrel-4.', 'partial'],
    ['Feel free to get in contact with us on Discord.', 'missing'],
  ])('%s → %s', (body, status) => {
    expect(statusOf(body, 'commission-notification')).toBe(status);
  });
});

describe('authorised representative', () => {
  it('a representative said to be appointed but not named is partial', () => {
    expect(
      statusOf('Kestrel Labs has appointed a legal representative for EU matters.', 'authorised-representative'),
    ).toBe('partial');
  });

  it('a statement that none was appointed is missing', () => {
    expect(
      statusOf(
        'Kestrel Labs Inc. is incorporated in Delaware and has not appointed an authorised representative in the Union.',
        'authorised-representative',
      ),
    ).toBe('missing');
  });
});
