/**
 * Duties whose content is who (the authorised representative): naming the duty is not naming the
 * party. A phrase counts as met only in a statement (or table row) that also names an organisation,
 * a person, a link or an e-mail address; the Union and its institutions say where, not who.
 */
import { namesAParty } from '../../src/facts/specificity.js';
import { checkCard } from '../../src/lint.js';
import { shippedRuleset } from '../helpers.js';

const ruleset = shippedRuleset();
const card = (body: string) =>
  `---\nlicense: other\nlicense_name: corvid-licence\n---\n# Corvid-12B\n\nCorvid-12B is a text model by Corvid Inc., San Jose.\n\n## Regulatory\n\n${body}\n`;
const statusOf = (body: string) =>
  checkCard('card.md', card(body), ruleset).rules.find((rule) => rule.id === 'authorised-representative')?.status;

describe('the authorised representative', () => {
  it.each([
    ['prose', 'Our authorised representative in the EU is Lumen Compliance GmbH, Hamburg.'],
    ['a table row', '| Item | Value |\n|---|---|\n| EU representative (Art. 54) | Rep Services SA, Brussels |'],
    ['a bold label', '**Authorised representative (EU):** Nordrep AB, Malmö'],
    ['a contact address', 'Our EU representative can be reached at eu-rep@corvid.example.'],
  ])('named in %s is met', (_form, body) => {
    expect(statusOf(body)).toBe('met');
  });

  it.each([
    ['the duty alone', 'We have appointed an authorised representative in the European Union.'],
    ['the Article alone', 'An EU representative has been appointed in accordance with Article 54 of the AI Act.'],
  ])('%s, without who, is partial', (_what, body) => {
    expect(statusOf(body)).toBe('partial');
  });

  it('an appointment in progress is no evidence', () => {
    expect(statusOf('We are in the process of appointing an authorised representative in the EU.')).toBe('missing');
  });
});

describe('namesAParty', () => {
  it.each([
    ['is Lumen Compliance GmbH', true],
    ['see https://corvid.example/eu', true],
    ['write to eu@corvid.example', true],
    ['in the European Union under Article 54 of the AI Act', false],
    ['has been appointed for the EU', false],
  ])('%s → %s', (text, expected) => {
    expect(namesAParty(text)).toBe(expected);
  });
});
