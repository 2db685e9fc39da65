/**
 * Calibration on the six hand-labelled development cards (../shared/reference/labels-dev.json), rebuilt by
 * hand from the lines of each card that matter, with the quantities the extractor is expected to find.
 * The labels are copied here so the test runs without ../shared; never special-case these cards in code.
 */
import { classifyTier } from '../../src/classify/classify-tier.js';
import type { Tier } from '../../src/model/tier.js';
import { buildFacts, type FactsSpec } from './build-facts.js';

interface DevCard {
  slug: string;
  label: { tier: Tier; computeFlops: number | null };
  spec: FactsSpec;
}

const cards: DevCard[] = [
  {
    slug: 'meta-llama-llama3',
    label: { tier: 'gpai', computeFlops: 6.3e24 },
    spec: {
      body: [
        '## Model Details',
        '',
        'Meta developed and released the Meta Llama 3 family of large language models (LLMs), a collection of pretrained and instruction tuned generative text models in 8 and 70B sizes.',
        '',
        '**Llama 3 family of models** Llama 3 comes in two sizes — 8B and 70B parameters — in pre-trained and instruction tuned variants.',
        '',
        '**Output** Models generate text and code only.',
        '',
        '<table><tr><td>70B</td><td>8k</td><td rowspan="2" >15T+',
        '</td></tr></table>',
        '',
        '**License** A custom commercial license is available at: [https://llama.meta.com/llama3/license](https://llama.meta.com/llama3/license)',
        '',
        '## Intended Use',
        '',
        '**Intended Use Cases** Llama 3 is intended for commercial and research use in English. Instruction tuned models are intended for assistant-like chat.',
        '',
        '**Out-of-scope** Use in any manner that violates applicable laws or regulations.',
        '',
        '## Hardware and Software',
        '',
        '**Carbon Footprint Pretraining utilized a cumulative** 7.7M GPU hours of computation on hardware of type H100-80GB (TDP of 700W).',
        '',
        '## Training Data',
        '',
        '**Overview** Llama 3 was pretrained on over 15 trillion tokens of data from publicly available sources.',
        '',
        '## Benchmarks',
        '',
        '| Benchmark | Llama 3 8B | Llama2 7B | Llama2 13B | Llama 3 70B | Llama2 70B |',
      ].join('\n'),
      canonical: {
        'Model Details': ['overview'],
        'Intended Use': ['intended-uses'],
        'Hardware and Software': ['hardware', 'software'],
        'Training Data': ['training-data'],
        Benchmarks: ['evaluation'],
      },
      quantities: [
        { kind: 'parameters', value: 70e9, raw: '70B', near: '8 and 70B sizes' },
        { kind: 'parameters', value: 8e9, raw: '8B', near: 'two sizes' },
        { kind: 'parameters', value: 70e9, raw: '70B parameters' },
        { kind: 'parameters', value: 70e9, raw: '70B', near: '<table>' },
        { kind: 'trainingTokens', value: 15e12, raw: '15T' },
        { kind: 'gpuHours', value: 7.7e6, raw: '7.7M GPU hours', hardware: 'H100-80GB' },
        { kind: 'trainingTokens', value: 15e12, raw: '15 trillion tokens' },
        { kind: 'parameters', value: 70e9, raw: '70B', near: '| Benchmark' },
        { kind: 'parameters', value: 13e9, raw: '13B', near: '| Benchmark' },
      ],
    },
  },
  {
    slug: 'hf-eleutherai-pythia-12b',
    label: { tier: 'not-gpai', computeFlops: 2.1e22 },
    spec: {
      metadata: {
        language: ['en'],
        tags: ['pytorch', 'causal-lm', 'pythia'],
        license: 'apache-2.0',
        datasets: ['the_pile'],
      },
      body: [
        'The *Pythia Scaling Suite* is a collection of models developed to facilitate interpretability research. It contains two sets of eight models of sizes 70M, 160M, 410M, 1B, 1.4B, 2.8B, 6.9B, and 12B.',
        '',
        '# Pythia-12B',
        '',
        '## Model Details',
        '',
        '| 6.9B | 6,444,163,072 |',
        '| 12B | 11,327,027,200 |',
        '',
        '## Training',
        '',
        'All models were trained on the exact same data, in the exact same order. Each model saw 299,892,736,000 tokens during training.',
      ].join('\n'),
      canonical: { 'Model Details': ['overview'], Training: ['training'] },
      quantities: [
        { kind: 'parameters', value: 70e6, raw: '70M' },
        { kind: 'parameters', value: 12e9, raw: '12B', near: 'sizes of' },
        { kind: 'parameters', value: 12e9, raw: '12B', near: '# Pythia-12B' },
        { kind: 'parameters', value: 6.9e9, raw: '6.9B', near: '| 6.9B' },
        { kind: 'parameters', value: 12e9, raw: '12B', near: '| 12B' },
        { kind: 'parameters', value: 11.327e9, raw: '11,327,027,200' },
        { kind: 'trainingTokens', value: 299.892736e9, raw: '299,892,736,000 tokens' },
      ],
    },
  },
  {
    slug: 'openai-whisper',
    label: { tier: 'not-gpai', computeFlops: null },
    spec: {
      body: [
        '# Model Card: Whisper',
        '',
        'This is the official codebase for running the automatic speech recognition (ASR) models (Whisper models) trained and released by OpenAI.',
        '',
        '## Model Details',
        '',
        '|  large  |   1550 M   |',
        '',
        '## Training Data',
        '',
        'The models are trained on 680,000 hours of audio and the corresponding transcripts collected from the internet.',
      ].join('\n'),
      quantities: [{ kind: 'parameters', value: 1.55e9, raw: '1550 M' }],
    },
  },
  {
    slug: 'hf-allenai-olmo-2-1124-13b',
    label: { tier: 'gpai-open-source', computeFlops: 4.6e23 },
    spec: {
      metadata: { license: 'apache-2.0', datasets: ['allenai/olmo-mix-1124'], language: ['en'] },
      body: [
        '# Model Card for OLMo 2 13B',
        'We introduce OLMo 2, a new family of 7B and 13B models trained on up to 5T tokens.',
        'OLMo is a series of **O**pen **L**anguage **Mo**dels designed to enable the science of language models.',
        '',
        '| [OLMo 2 7B](https://huggingface.co/allenai/OLMo-2-1124-7B) | 4 Trillion | 32 | 4096 |',
        '| [OLMo 2 13B](https://huggingface.co/allenai/OLMo-2-1124-13B) | 5 Trillion | 40 | 4096 |',
        '',
        '## Evaluation',
        '| Model | Train FLOPs |',
        '| Qwen-2.5-14B | 16.0·10²³ |',
        '| **OLMo-2-1124-7B** | 1.8·10²³ |',
        '| **OLMo-2-1124-13B** | 4.6·10²³ |',
      ].join('\n'),
      canonical: { Evaluation: ['evaluation'] },
      quantities: [
        { kind: 'parameters', value: 13e9, raw: '13B', near: '# Model Card' },
        { kind: 'parameters', value: 7e9, raw: '7B', near: 'family of' },
        { kind: 'parameters', value: 13e9, raw: '13B', near: 'family of' },
        { kind: 'trainingTokens', value: 5e12, raw: '5T tokens' },
        { kind: 'trainingTokens', value: 4e12, raw: '4 Trillion' },
        { kind: 'trainingTokens', value: 5e12, raw: '5 Trillion' },
        { kind: 'trainingCompute', value: 1.6e24, raw: '16.0·10²³' },
        { kind: 'trainingCompute', value: 1.8e23, raw: '1.8·10²³' },
        { kind: 'trainingCompute', value: 4.6e23, raw: '4.6·10²³' },
      ],
    },
  },
  {
    slug: 'databricks-dbrx-base',
    label: { tier: 'gpai', computeFlops: 2.6e24 },
    spec: {
      body: [
        '# DBRX Base',
        '',
        '* DBRX Base is a mixture-of-experts (MoE) large language model trained from scratch by Databricks.',
        '',
        'It uses a *fine-grained* mixture-of-experts (MoE) architecture with 132B total parameters of which 36B parameters are active on any input.',
        'It was pre-trained on 12T tokens of text and code data.',
        '',
        '* **License:** [Databricks Open Model License](https://www.databricks.com/legal/open-model-license)',
      ].join('\n'),
      quantities: [
        { kind: 'parameters', value: 132e9, raw: '132B total parameters' },
        { kind: 'activeParameters', value: 36e9, raw: '36B parameters are active' },
        { kind: 'trainingTokens', value: 12e12, raw: '12T tokens' },
      ],
    },
  },
  {
    slug: 'hf-timm-convnext-base',
    label: { tier: 'not-gpai', computeFlops: null },
    spec: {
      metadata: {
        tags: ['image-classification', 'timm'],
        library_tag: 'timm',
        license: 'apache-2.0',
        datasets: ['imagenet-1k'],
      },
      body: '# Model card for convnext_base.fb_in22k_ft_in1k\n\nA ConvNeXt image classification model.\n\n- **Model Stats:**\n  - Params (M): 88.6\n',
      quantities: [{ kind: 'parameters', value: 88.6e6, raw: '88.6' }],
    },
  },
];

describe('the six development cards, rebuilt by hand', () => {
  it.each(cards)('$slug → $label.tier', ({ label, spec }) => {
    const result = classifyTier(buildFacts(spec));
    expect(result.id).toBe(label.tier);
    if (label.computeFlops === null) {
      expect(result.computeFlops).toBeNull();
    } else {
      const ratio = (result.computeFlops ?? 0) / label.computeFlops;
      expect(ratio).toBeGreaterThan(1 / 3);
      expect(ratio).toBeLessThan(3);
    }
  });
});
