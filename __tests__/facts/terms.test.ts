/** Duty names: case, accents, hyphens and inflection do not matter, and the longest term wins. */
import { buildTermIndex, stem, topicsIn } from '../../src/facts/terms.js';
import { topicsOfLabel } from '../../src/facts/regions.js';
import { shippedRuleset } from '../helpers.js';

const index = buildTermIndex([
  { topic: 'adversarial-testing', term: 'red teaming' },
  { topic: 'adversarial-testing', term: 'adversarial testing' },
  { topic: 'training-process', term: 'training' },
  { topic: 'training-data', term: 'training data' },
  { topic: 'intended-uses', term: '=uses' },
  { topic: 'none', term: 'training results' },
]);

describe('stem', () => {
  it.each([
    ['teams', 'team'],
    ['teamed', 'team'],
    ['teaming', 'team'],
    ['evaluations', 'evaluation'],
    ['biases', 'bias'],
    ['bias', 'bias'],
    ['uses', 'use'],
    ['use', 'use'],
    // German plurals of nouns in -ung, -heit, -keit, -ion.
    ['Verwendungen', stem('Verwendung')],
    ['Informationen', stem('Information')],
    ['Sicherheiten', stem('Sicherheit')],
  ])('%s → %s', (word, expected) => expect(stem(word)).toBe(expected));
});

describe('topicsIn', () => {
  it.each([
    ['Red-Teaming', ['adversarial-testing']],
    ['External red teams', ['adversarial-testing']],
    ['Redteaming', ['adversarial-testing']],
    ['Adversarial tests and findings', ['adversarial-testing']],
    ['Training data', ['training-data']],
    ['Training details', ['training-process']],
    ['Training results', []],
    ['Uses', ['intended-uses']],
    ['Uses of the API', []],
  ])('%s → %j', (label, topics) => expect(topicsIn(label, index)).toEqual(topics));
});

describe('shipped duty names', () => {
  const { terms } = shippedRuleset().vocabulary;
  it.each([
    ['Sicherheitstests', 'adversarial-testing'],
    ['Ausgeschlossene Verwendungen', 'acceptable-use-policy'],
    ['Usages proscrits', 'acceptable-use-policy'],
    ['Évaluation', 'evaluation-results'],
    ['Derechos de autor', 'copyright-policy'],
    ['Impatto ambientale', 'energy-consumption'],
    ['Beoogd gebruik', 'intended-uses'],
    ['Frontier Safety', 'systemic-risk-assessment'],
    ['Incident reporting', 'incident-reporting'],
    ['EU AI Act', 'commission-notification'],
    ['Safety testing', 'adversarial-testing'],
  ])('%s names %s', (label, topic) => expect(topicsOfLabel(label, terms)).toContain(topic));

  it('reads a model id used as a title as no name', () => {
    expect(topicsOfLabel('distilbert-base-uncased-finetuned-emotion', terms)).toEqual([]);
  });

  it('names every duty', () => {
    const ids = shippedRuleset().rules.map((rule) => rule.id);
    expect(ids.filter((id) => !terms.topics.includes(id))).toEqual([]);
  });
});

describe('WordIndex', () => {
  it('finds a literal at the start of a word, in any inflection, and never inside one', async () => {
    const { WordIndex } = await import('../../src/facts/facets.js');
    const index = new WordIndex('the weights are encrypted; red-teaming ran for 2 weeks (pass@1 = 0.4).');
    expect(index.mayContain('encrypt')).toBe(true);
    expect(index.mayContain('team')).toBe(true);
    expect(index.mayContain('crypt')).toBe(false);
    expect(index.mayContain('pass@1')).toBe(true);
  });
});
