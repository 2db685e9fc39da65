import { validateRule } from '../../src/ruleset/validate-rule.js';
import { shippedRuleset } from '../helpers.js';

const { vocabulary } = shippedRuleset();
const valid = `id: example-rule
title: An example
citations:
  - { article: 53, paragraph: 1, point: b }
appliesTo: [gpai]
audience: [downstream-providers]
severity: error
evidence:
  met:
    section: training-data
message: Missing example; expected an example.
help: Add an example section.
`;

describe('validateRule', () => {
  it('accepts a valid rule and compiles its matchers', () => {
    const rule = validateRule(valid, 'rules/example-rule.yaml', vocabulary);
    expect(rule.met).toEqual({
      kind: 'section',
      names: ['training-data'],
      minWords: 5,
      accept: new Set(['reported', 'linked', 'advised', 'negated']),
    });
    expect(rule.partial).toBeNull();
  });

  it.each([
    [
      'a wrong severity',
      valid.replace('severity: error', 'severity: fatal'),
      /example-rule\.yaml:7:1: \/severity must be equal to one of the allowed values: expected error \| warning \| notice/,
    ],
    [
      'an unknown matcher kind',
      valid.replace('section: training-data', 'sectoin: training-data'),
      /example-rule\.yaml:10:5: unknown matcher "sectoin", expected metadata \| section/,
    ],
    [
      'an unknown section name',
      valid.replace('section: training-data', 'section: trainng-data'),
      /example-rule\.yaml:10:5: unknown section "trainng-data"/,
    ],
    [
      'an invalid regular expression',
      valid.replace('section: training-data', "pattern: '(unclosed'"),
      /example-rule\.yaml:10:5: invalid regular expression/,
    ],
    [
      'an unknown predicate',
      valid.replace('section: training-data', 'predicate: no-such-thing'),
      /example-rule\.yaml:10:5: unknown predicate "no-such-thing"/,
    ],
    [
      'an id that is not the file name',
      valid.replace('id: example-rule', 'id: other-rule'),
      /example-rule\.yaml:1:1: id "other-rule" must equal the file name/,
    ],
    [
      'region facets without the specific content they stand in for',
      valid.replace('section: training-data', 'region: training-data\n    facets: { sources: [web, books] }'),
      /example-rule\.yaml:\d+:\d+: facets are read only with `content: specific`/,
    ],
    ['broken YAML', valid.replace('appliesTo: [gpai]', 'appliesTo: [gpai'), /example-rule\.yaml:\d+:\d+: invalid YAML/],
    [
      'an unknown top-level key',
      `${valid}extra: 1\n`,
      /example-rule\.yaml:1:1: rule must NOT have additional properties \("extra"\)/,
    ],
  ])('rejects %s with file:line:column and what was expected', (_name, source, message) => {
    expect(() => validateRule(source, 'rules/example-rule.yaml', vocabulary)).toThrow(message);
  });
});
