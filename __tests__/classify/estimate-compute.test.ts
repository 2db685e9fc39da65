import { estimateCompute, matchAccelerator } from '../../src/classify/estimate-compute.js';
import { classifyData } from '../../src/classify/classify-data.js';
import { buildFacts, lineOf } from './build-facts.js';

const data = classifyData();

describe('estimateCompute: stated figures', () => {
  it('takes the largest stated training compute', () => {
    const facts = buildFacts({
      body: 'Pre-training used 3.8e25 FLOPs.\nThe small model used 2e24 FLOPs.\n',
      quantities: [
        { kind: 'trainingCompute', value: 3.8e25, raw: '3.8e25 FLOPs' },
        { kind: 'trainingCompute', value: 2e24, raw: '2e24 FLOPs' },
      ],
    });
    const estimate = estimateCompute(facts);
    expect(estimate).toMatchObject({ value: 3.8e25, method: 'stated' });
    expect(estimate.low).toBeUndefined();
    expect(estimate.inputs).toEqual([{ name: 'trainingCompute', value: 3.8e25, position: { line: 1, column: 19 } }]);
    expect(estimate.text).toBe('stated training compute 3.8e25 FLOP (line 1)');
  });

  it('ignores per-token costs below 1e17 FLOP', () => {
    const facts = buildFacts({
      body: 'Inference costs 2e12 FLOPs per token.\n',
      quantities: [{ kind: 'trainingCompute', value: 2e12, raw: '2e12 FLOPs' }],
    });
    expect(estimateCompute(facts).method).toBe('none');
  });

  it("keeps a figure inside the ai_act block apart: it is a claim, not the card's figure", () => {
    const facts = buildFacts({
      metadata: { ai_act: { training_compute_flops: 5e24 } },
      body: '# M\n',
      quantities: [{ kind: 'trainingCompute', value: 5e24, raw: '5e+24', source: 'frontMatter' }],
    });
    expect(estimateCompute(facts).method).toBe('none');
  });

  it("prefers the row naming the card's own model in a comparison table", () => {
    const body = [
      '# Model Card for Owl 2 13B',
      '',
      '## Evaluation',
      '| Model | Train FLOPs |',
      '| Big-Other-14B | 1.6e24 |',
      '| **Owl-2-7B** | 1.8e23 |',
      '| **Owl-2-13B** | 4.6e23 |',
    ].join('\n');
    const facts = buildFacts({
      body,
      canonical: { Evaluation: ['evaluation'] },
      quantities: [
        { kind: 'trainingCompute', value: 1.6e24, raw: '1.6e24' },
        { kind: 'trainingCompute', value: 1.8e23, raw: '1.8e23' },
        { kind: 'trainingCompute', value: 4.6e23, raw: '4.6e23' },
      ],
    });
    expect(estimateCompute(facts)).toMatchObject({ value: 4.6e23, method: 'stated' });
  });

  it('drops stated figures that only sit in comparison sections', () => {
    const facts = buildFacts({
      body: '# Tiny\n\n## Benchmarks\n| Other model | 3e24 |\n',
      canonical: { Benchmarks: ['evaluation'] },
      quantities: [{ kind: 'trainingCompute', value: 3e24, raw: '3e24' }],
    });
    expect(estimateCompute(facts).method).toBe('none');
  });
});

describe('estimateCompute: 6·N·D', () => {
  it('multiplies the largest model by its tokens', () => {
    const facts = buildFacts({
      body: 'Sizes: 8B and 70B parameters.\nTrained on 15T tokens.\n',
      quantities: [
        { kind: 'parameters', value: 8e9, raw: '8B' },
        { kind: 'parameters', value: 70e9, raw: '70B' },
        { kind: 'trainingTokens', value: 15e12, raw: '15T tokens' },
      ],
    });
    const estimate = estimateCompute(facts);
    expect(estimate.method).toBe('6ND');
    expect(estimate.value).toBeCloseTo(6.3e24, -22);
    expect(estimate.low).toBeCloseTo(0.7 * 6.3e24, -22);
    expect(estimate.high).toBeCloseTo(1.3 * 6.3e24, -22);
    expect(estimate.inputs.map((input) => input.name)).toEqual(['parameters', 'trainingTokens']);
    expect(estimate.text).toBe(
      'N = 7e10 (line 1) × D = 1.5e13 tokens (line 2) × 6 = 6.3e24 FLOP (range 4.41e24–8.19e24)',
    );
  });

  it.each([
    ['over 15 trillion tokens', '15 trillion tokens'],
    ['~15T tokens', '15T tokens'],
    ['15T+ tokens', '15T'],
  ])('widens the range to ×0.5–×2 for approximate tokens ("%s")', (sentence, raw) => {
    const facts = buildFacts({
      body: `A 70B model.\nTrained on ${sentence}.\n`,
      quantities: [
        { kind: 'parameters', value: 70e9, raw: '70B' },
        { kind: 'trainingTokens', value: 15e12, raw },
      ],
    });
    const estimate = estimateCompute(facts);
    expect(estimate.low).toBeCloseTo(0.5 * 6.3e24, -22);
    expect(estimate.high).toBeCloseTo(2 * 6.3e24, -22);
    expect(estimate.text).toContain('figures stated approximately');
  });

  it('uses active parameters for a mixture-of-experts model', () => {
    const facts = buildFacts({
      body: 'It has 132B total parameters of which 36B parameters are active.\nIt was trained on 12T tokens.\n',
      quantities: [
        { kind: 'parameters', value: 132e9, raw: '132B total parameters' },
        { kind: 'activeParameters', value: 36e9, raw: '36B parameters are active' },
        { kind: 'trainingTokens', value: 12e12, raw: '12T tokens' },
      ],
    });
    const estimate = estimateCompute(facts);
    expect(estimate.value).toBeCloseTo(2.592e24, -21);
    expect(estimate.text).toMatch(/^N \(active parameters of 1\.32e11 in total\) = 3\.6e10/);
  });

  it('keeps a dense family member larger than the MoE active count', () => {
    const facts = buildFacts({
      body: '- Dense: 2B and 8B parameter models, trained on 12 trillion tokens.\n- MoE: 1B and 3B models with 400M and 800M activated parameters, trained on 10 trillion tokens.\n',
      quantities: [
        { kind: 'parameters', value: 2e9, raw: '2B' },
        { kind: 'parameters', value: 8e9, raw: '8B' },
        { kind: 'trainingTokens', value: 12e12, raw: '12 trillion tokens' },
        { kind: 'parameters', value: 1e9, raw: '1B' },
        { kind: 'parameters', value: 3e9, raw: '3B' },
        { kind: 'activeParameters', value: 8e8, raw: '800M activated parameters' },
        { kind: 'trainingTokens', value: 10e12, raw: '10 trillion tokens' },
      ],
    });
    const estimate = estimateCompute(facts);
    expect(estimate.value).toBeCloseTo(6 * 8e9 * 12e12, -21);
  });

  it('pairs the largest model with the tokens on its table row', () => {
    const body = [
      '| Size | Tokens |',
      '|---|---|',
      '| 7B | 4 Trillion |',
      '| 13B | 5 Trillion |',
      '',
      'Mid-training used 9T tokens across all models.',
    ].join('\n');
    const facts = buildFacts({
      body,
      quantities: [
        { kind: 'parameters', value: 7e9, raw: '7B' },
        { kind: 'trainingTokens', value: 4e12, raw: '4 Trillion' },
        { kind: 'parameters', value: 13e9, raw: '13B' },
        { kind: 'trainingTokens', value: 5e12, raw: '5 Trillion' },
        { kind: 'trainingTokens', value: 9e12, raw: '9T tokens' },
      ],
    });
    expect(estimateCompute(facts).value).toBeCloseTo(6 * 13e9 * 5e12, -20);
  });

  it("ignores other models' sizes: comparisons, benchmark sections, citation years", () => {
    const body = [
      'Phi is a Transformer with 2.7 billion parameters, rivalling models with less than 13 billion parameters.',
      'It was trained on 1.4T tokens (Shen et al., 2024b).',
      '',
      '## Benchmarks',
      '| Llama 3.1 405B | 88.6 |',
    ].join('\n');
    const facts = buildFacts({
      body,
      canonical: { Benchmarks: ['evaluation'] },
      quantities: [
        { kind: 'parameters', value: 2.7e9, raw: '2.7 billion parameters' },
        { kind: 'parameters', value: 13e9, raw: '13 billion parameters' },
        { kind: 'trainingTokens', value: 1.4e12, raw: '1.4T tokens' },
        { kind: 'parameters', value: 2.024e12, raw: '2024b' },
        { kind: 'parameters', value: 405e9, raw: '405B' },
      ],
    });
    expect(estimateCompute(facts).value).toBeCloseTo(6 * 2.7e9 * 1.4e12, -19);
  });

  it('takes the size the title names on a single-model card', () => {
    const body = '# Qwen-7B-Chat\n\nThe family spans 0.5B to 72B parameters.\nTrained on 3T tokens.\n';
    const facts = buildFacts({
      body,
      quantities: [
        { kind: 'parameters', value: 7e9, raw: '7B', near: '# Qwen' },
        { kind: 'parameters', value: 0.5e9, raw: '0.5B' },
        { kind: 'parameters', value: 72e9, raw: '72B' },
        { kind: 'trainingTokens', value: 3e12, raw: '3T tokens' },
      ],
    });
    expect(estimateCompute(facts).value).toBeCloseTo(6 * 7e9 * 3e12, -19);
  });

  it('reads no single size from a mixture title such as "8x7B", nor insists on a title size the card never states', () => {
    const moe = buildFacts({
      body: '# Mixtral-8x7B\n\nA sparse model with 46.7B parameters and 12.9B active parameters.\nTrained on 8T tokens.\n',
      quantities: [
        { kind: 'parameters', value: 46.7e9, raw: '46.7B parameters' },
        { kind: 'activeParameters', value: 12.9e9, raw: '12.9B active parameters' },
        { kind: 'trainingTokens', value: 8e12, raw: '8T tokens' },
      ],
    });
    expect(estimateCompute(moe).value).toBeCloseTo(6 * 12.9e9 * 8e12, -20);
    const renamed = buildFacts({
      body: '# Owl 3B\n\nThe released model has 3.8B parameters.\nTrained on 1T tokens.\n',
      quantities: [
        { kind: 'parameters', value: 3.8e9, raw: '3.8B parameters' },
        { kind: 'trainingTokens', value: 1e12, raw: '1T tokens' },
      ],
    });
    expect(estimateCompute(renamed).value).toBeCloseTo(6 * 3.8e9 * 1e12, -19);
  });

  it('falls back to every figure when all of a kind sit in excluded sections', () => {
    const facts = buildFacts({
      body: '## Results\nOur 1B model trained on 100B tokens.\n',
      canonical: { Results: ['evaluation'] },
      quantities: [
        { kind: 'parameters', value: 1e9, raw: '1B' },
        { kind: 'trainingTokens', value: 1e11, raw: '100B tokens' },
      ],
    });
    expect(estimateCompute(facts).value).toBeCloseTo(6e20, -17);
  });

  it('adds the hardware route as a cross-check', () => {
    const facts = buildFacts({
      body: 'A 70B model on 15T tokens.\nPretraining used 6.4M GPU hours on H100-80GB.\n',
      quantities: [
        { kind: 'parameters', value: 70e9, raw: '70B' },
        { kind: 'trainingTokens', value: 15e12, raw: '15T tokens' },
        { kind: 'gpuHours', value: 6.4e6, raw: '6.4M GPU hours', hardware: 'H100-80GB' },
      ],
    });
    expect(estimateCompute(facts).text).toMatch(/cross-check by hardware: 9\.11e24 FLOP$/);
  });
});

describe('estimateCompute: hardware', () => {
  it("multiplies GPU-hours by the named accelerator's peak and 40 % utilisation", () => {
    const facts = buildFacts({
      body: 'Training took 2.788M GPU hours.\n',
      quantities: [{ kind: 'gpuHours', value: 2.788e6, raw: '2.788M GPU hours', hardware: 'H800' }],
    });
    const estimate = estimateCompute(facts);
    const expected = 2.788e6 * 3600 * 9.89e14;
    expect(estimate.method).toBe('hardware');
    expect(estimate.value).toBeCloseTo(expected * 0.4, -21);
    expect(estimate.low).toBeCloseTo(expected * 0.3, -21);
    expect(estimate.high).toBeCloseTo(expected * 0.5, -21);
    expect(estimate.inputs).toEqual([
      expect.objectContaining({ name: 'gpuHours', value: 2.788e6 }),
      expect.objectContaining({ name: 'peakFlops', value: 9.89e14 }),
    ]);
    expect(estimate.text).toContain('NVIDIA H800 SXM (line 1)');
  });

  it("reads the accelerator from the figure's line when the quantity does not name it", () => {
    const facts = buildFacts({
      body: 'We used 150,000 hours on A100 PCIe 40GB cards.\n',
      quantities: [{ kind: 'gpuHours', value: 1.5e5, raw: '150,000 hours' }],
    });
    expect(estimateCompute(facts).value).toBeCloseTo(1.5e5 * 3600 * 3.12e14 * 0.4, -18);
  });

  it('uses the only accelerator the card names elsewhere', () => {
    const facts = buildFacts({
      body: 'Training took 1000 GPU hours.\n\n## Hardware\nTPU v4 pods.\n',
      quantities: [{ kind: 'gpuHours', value: 1000, raw: '1000 GPU hours' }],
    });
    const estimate = estimateCompute(facts);
    expect(estimate.value).toBeCloseTo(1000 * 3600 * 2.75e14 * 0.4, -15);
    expect(estimate.text).toContain(`Google TPU v4 (line ${lineOf(facts, 'TPU v4')})`);
  });

  it('assumes an A100-class chip with a wide range when the accelerator is unknown', () => {
    const facts = buildFacts({
      body: 'Training took 1000 GPU hours.\n',
      quantities: [{ kind: 'gpuHours', value: 1000, raw: '1000 GPU hours' }],
    });
    const estimate = estimateCompute(facts);
    expect(estimate.value).toBeCloseTo(1000 * 3600 * 3.12e14 * 0.4, -15);
    expect(estimate.low).toBeCloseTo(1000 * 3600 * 6.5e13 * 0.3, -15);
    expect(estimate.high).toBeCloseTo(1000 * 3600 * 9.89e14 * 0.5, -15);
    expect(estimate.text).toContain('unknown accelerator (A100-class assumed)');
    expect(estimate.text).toContain('accelerator unknown');
  });

  it('does not guess between several accelerators named elsewhere in the card', () => {
    const facts = buildFacts({
      body: 'Training took 1000 GPU hours.\n\nWe evaluated on V100 and T4 cards.\n',
      quantities: [{ kind: 'gpuHours', value: 1000, raw: '1000 GPU hours' }],
    });
    expect(estimateCompute(facts).text).toContain('accelerator unknown');
  });

  it('turns accelerator count × days into GPU-hours', () => {
    const facts = buildFacts({
      body: 'Trained on 96xA100 for 14 days.\n',
      quantities: [
        { kind: 'gpuCount', value: 96, raw: '96xA100', hardware: 'A100' },
        { kind: 'trainingDays', value: 14, raw: '14 days' },
      ],
    });
    const estimate = estimateCompute(facts);
    expect(estimate.value).toBeCloseTo(96 * 14 * 24 * 3600 * 3.12e14 * 0.4, -16);
    expect(estimate.text).toMatch(/^96 accelerators \(line 1\) × 14 days \(line 1\) × 24 h/);
  });

  it('needs both a count and days', () => {
    const facts = buildFacts({
      body: 'Trained on 96 GPUs.\n',
      quantities: [{ kind: 'gpuCount', value: 96, raw: '96' }],
    });
    expect(estimateCompute(facts).method).toBe('none');
  });
});

describe('estimateCompute: nothing to go on', () => {
  it('says so and lists what the card does give', () => {
    const facts = buildFacts({
      body: 'A 7B model.\n',
      quantities: [{ kind: 'parameters', value: 7e9, raw: '7B' }],
    });
    const estimate = estimateCompute(facts);
    expect(estimate).toMatchObject({ value: null, method: 'none', inputs: [] });
    expect(estimate.text).toContain('(the card gives parameters 7e9 (line 1))');
  });

  it('gives a plain message for a card with no figures', () => {
    expect(estimateCompute(buildFacts({ body: 'Hello.\n' })).text).toMatch(
      /^cannot estimate: no stated training compute/,
    );
  });
});

describe('matchAccelerator', () => {
  it.each([
    ['H100-80GB', 'NVIDIA H100 SXM'],
    ['H100 PCIe', 'NVIDIA H100 PCIe'],
    ['8x H100 NVL', 'NVIDIA H100 NVL'],
    ['H800', 'NVIDIA H800 SXM'],
    ['H200', 'NVIDIA H200'],
    ['GH200', 'NVIDIA GH200'],
    ['H20', 'NVIDIA H20'],
    ['B200', 'NVIDIA B200'],
    ['GB200 NVL72', 'NVIDIA GB200'],
    ['A100-SXM4-80GB', 'NVIDIA A100'],
    ['A800', 'NVIDIA A800'],
    ['A10', 'NVIDIA A10'],
    ['RTX A6000', 'NVIDIA RTX A6000'],
    ['A40', 'NVIDIA A40'],
    ['L40S', 'NVIDIA L40S'],
    ['L4', 'NVIDIA L4'],
    ['V100 32GB', 'NVIDIA V100'],
    ['Tesla T4', 'NVIDIA T4'],
    ['P100', 'NVIDIA P100'],
    ['RTX 3090', 'NVIDIA GeForce RTX 3090'],
    ['RTX 4090', 'NVIDIA GeForce RTX 4090'],
    ['TPUv3', 'Google TPU v3'],
    ['TPU v4', 'Google TPU v4'],
    ['TPU v5e', 'Google TPU v5e'],
    ['TPU v5p', 'Google TPU v5p'],
    ['MI250X', 'AMD Instinct MI250X'],
    ['MI250', 'AMD Instinct MI250'],
    ['MI300X', 'AMD Instinct MI300X'],
  ])('%s → %s', (hardware, name) => {
    expect(matchAccelerator(hardware, data)?.name).toBe(name);
  });

  it('knows nothing of an unnamed chip', () => {
    expect(matchAccelerator('our custom ASIC', data)).toBeNull();
  });

  it('lists a source for every accelerator', () => {
    for (const accelerator of data.accelerators.accelerators) expect(accelerator.source).toMatch(/\w{4,}/);
  });
});
