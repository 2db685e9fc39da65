import { readAiActBlock, toNumber } from '../../src/classify/ai-act-block.js';
import { buildFacts } from './build-facts.js';

describe('readAiActBlock', () => {
  it('is null when the card has no ai_act key', () => {
    expect(readAiActBlock(buildFacts({ metadata: { license: 'mit' } }))).toBeNull();
    expect(readAiActBlock(buildFacts({ body: '# M\n' }))).toBeNull();
  });

  it('reads every documented key with its line', () => {
    const facts = buildFacts({
      metadata: {
        license: 'apache-2.0',
        ai_act: {
          provider: 'Example AI GmbH',
          established_in_eu: true,
          gpai: true,
          systemic_risk: false,
          training_compute_flops: 4.2e23,
          open_source_exemption: true,
          technical_documentation: 'https://example.org/tech-doc',
          evaluation_reports: ['https://example.org/evals.pdf', 'https://example.org/evals2.pdf'],
          adversarial_testing: 'https://example.org/red-team',
          training_content_summary: 'https://example.org/summary',
          copyright_policy: 'https://example.org/copyright',
          incident_contact: 'incidents@example.org',
          authorised_representative: 'Example EU Rep B.V.',
        },
      },
    });
    const block = readAiActBlock(facts);
    expect(block).not.toBeNull();
    expect(block?.problems).toEqual([]);
    expect(block?.position.line).toBe(3);
    expect(block?.provider).toEqual({ value: 'Example AI GmbH', position: { line: 4, column: 3 } });
    expect(block?.establishedInEu?.value).toBe(true);
    expect(block?.gpai?.value).toBe(true);
    expect(block?.systemicRisk?.value).toBe(false);
    expect(block?.trainingComputeFlops?.value).toBe(4.2e23);
    expect(block?.openSourceExemption?.value).toBe(true);
    expect(block?.links.evaluation_reports?.value).toEqual([
      'https://example.org/evals.pdf',
      'https://example.org/evals2.pdf',
    ]);
    expect(block?.links.incident_contact?.value).toEqual(['incidents@example.org']);
    expect(Object.keys(block?.links ?? {})).toHaveLength(7);
  });

  it('accepts yes/no strings and written-out powers of ten', () => {
    const block = readAiActBlock(
      buildFacts({ metadata: { ai_act: { gpai: 'yes', systemic_risk: 'No', training_compute_flops: '3.8 × 10^25' } } }),
    );
    expect(block?.gpai?.value).toBe(true);
    expect(block?.systemicRisk?.value).toBe(false);
    expect(block?.trainingComputeFlops?.value).toBeCloseTo(3.8e25, -22);
  });

  it('reports values of the wrong type and unknown keys at their line, and skips empty keys', () => {
    const facts = buildFacts({
      metadata: {
        ai_act: {
          gpai: 'perhaps',
          training_compute_flops: 'a lot',
          provider: 42,
          evaluation_reports: [1, 2],
          sytemic_risk: true,
          copyright_policy: null,
        },
      },
    });
    const block = readAiActBlock(facts);
    expect(block?.problems.map((problem) => problem.message)).toEqual([
      'ai_act.gpai: expected true or false, got "perhaps"',
      'ai_act.training_compute_flops: expected a number of FLOP such as 3.8e25, got "a lot"',
      "ai_act.provider: expected the provider's name, got 42",
      'ai_act.evaluation_reports: expected a URL (or contact) or a list of them, got [1,2]',
      expect.stringMatching(/^ai_act\.sytemic_risk: unknown key; expected one of provider, /),
    ]);
    expect(block?.problems[0].position.line).toBe(facts.metadata.get('ai_act.gpai')?.position.line);
    expect(block?.gpai).toBeUndefined();
    expect(block?.links.copyright_policy).toBeUndefined();
  });

  it('reports a block that is not a mapping', () => {
    const block = readAiActBlock(buildFacts({ metadata: { ai_act: 'yes' } }));
    expect(block?.problems).toEqual([
      { message: 'ai_act: expected a mapping of the keys in docs/ai-act-block.md', position: { line: 2, column: 1 } },
    ]);
  });
});

describe('toNumber', () => {
  it.each([
    [3.8e25, 3.8e25],
    ['3.8e25', 3.8e25],
    ['3.8x10^25', 3.8e25],
    ['3,8e25', 3.8e25],
    ['4.2e23 FLOPs', 4.2e23],
    [-1, null],
    ['none', null],
    [true, null],
  ])('%p → %p', (value, expected) => {
    const result = toNumber(value);
    if (expected === null) expect(result).toBeNull();
    else expect(result).toBeCloseTo(expected, -20);
  });
});
