/**
 * Facets: content under a duty's name that covers several parts of the duty (how weights are
 * protected, who has access, how it is watched) is met without figures or names; vague words that
 * only name the duty stay partial. Own passages, in several languages.
 */
import { compileFacet, coversAtLeast, facetsCovered } from '../../src/facts/facets.js';
import { checkCard } from '../../src/lint.js';
import { shippedRuleset } from '../helpers.js';

const ruleset = shippedRuleset();
const card = (body: string) => `---\nlicense: apache-2.0\n---\n# Nimbus-2\n\nNimbus-2 is a text model.\n\n${body}\n`;
const statusOf = (body: string, ruleId: string) =>
  checkCard('card.md', card(body), ruleset).rules.find((rule) => rule.id === ruleId)?.status;

describe('compileFacet', () => {
  const facet = compileFacet('protection', ['encrypt*', 'access control', 'verschlüssel*']);
  it.each([
    ['Checkpoints are encrypted at rest.', true],
    ['Access-controls apply to the bucket.', true],
    ['Die Gewichte sind verschlüsselt.', true],
    ['Unencrypted copies never leave the cluster.', false],
  ])('%s → %s', (text, found) => {
    expect(facet.pattern.test(text)).toBe(found);
  });

  it('reads an arrow term as an arrow, in linear time on long runs of dashes or spaces', () => {
    const arrow = compileFacet('order', ['->', 'then']);
    expect(arrow.pattern.test('input filter -> model -> output filter')).toBe(true);
    expect(arrow.pattern.test('input filter --> model')).toBe(true);
    expect(arrow.pattern.test('a->b')).toBe(false);
    expect(arrow.literals).toEqual(['>', 'then']);
    const started = performance.now();
    expect(arrow.pattern.test(`x${'-'.repeat(20_000)}${' '.repeat(20_000)}y`)).toBe(false);
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('rules a facet out by its literals before trying its pattern, with the same answer', () => {
    const facets = [facet, compileFacet('monitoring', ['monitor*', 'audit*'])];
    for (const text of ['Weights are encrypted; every read is audited.', 'Weights are encrypted.', 'Nothing here.']) {
      expect(coversAtLeast(facets, text, 2, text.toLowerCase())).toBe(coversAtLeast(facets, text, 2));
    }
  });

  it('reports which facets some texts cover', () => {
    const facets = [facet, compileFacet('monitoring', ['monitor*', 'audit*'])];
    expect(facetsCovered(facets, ['Weights are encrypted.', 'Every read is audited.'])).toEqual([
      'protection',
      'monitoring',
    ]);
  });
});

describe('cybersecurity named by a region', () => {
  it.each([
    [
      'a heading',
      '## Security of the weights\n\nThe weights sit in an isolated enclave; only the release team can read them, and every download is logged and audited.',
    ],
    [
      'a bold label',
      '**Cybersecurity:** checkpoints encrypted at rest, access restricted to the on-call group, egress monitored.',
    ],
    [
      'a Spanish heading',
      '## Ciberseguridad\n\nLos pesos se guardan cifrados; el acceso requiere autenticación de dos factores y queda registrado.',
    ],
  ])('covering protection, access and monitoring under %s is met', (_form, body) => {
    expect(statusOf(body, 'cybersecurity')).toBe('met');
  });

  it('a vague sentence under the heading is partial', () => {
    expect(statusOf('## Security\n\nWe care about protecting our infrastructure.', 'cybersecurity')).toBe('partial');
  });
});

describe('capabilities and limitations named by a region', () => {
  it('named weaknesses and biases in a short section are met', () => {
    expect(
      statusOf(
        '## Known weaknesses\n\nThe model struggles with legal German and long tables, and it repeats gender stereotypes about professions in its answers.',
        'capabilities-and-limitations',
      ),
    ).toBe('met');
  });

  it('a disclaimer that names limitations and biases is partial', () => {
    expect(
      statusOf('## Limitations\n\nLike any model, it has limitations and biases.', 'capabilities-and-limitations'),
    ).toBe('partial');
  });
});
