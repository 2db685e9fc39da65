/**
 * The long tail of tiers: known base models decide whether a derivative or a card named after a model
 * is GPAI; copies and adapters are modifications with no duty required; narrow generators of stated or
 * plausible size are not GPAI, with the assumption in the reasons.
 */
import { classifyData, parseClassifyData, readDataFile } from '../../src/classify/classify-data.js';
import { classifyTier } from '../../src/classify/classify-tier.js';
import { findKnownModel, normaliseName } from '../../src/classify/known-models.js';
import { checkCard } from '../../src/lint.js';
import { shippedRuleset } from '../helpers.js';
import { buildFacts, type FactsSpec } from './build-facts.js';

const tierOf = (spec: FactsSpec) => classifyTier(buildFacts(spec));
const reasons = (spec: FactsSpec) =>
  tierOf(spec)
    .reasons.map((reason) => reason.text)
    .join('\n');

describe('known-models table', () => {
  it('finds a model by Hub id, by repository name inside a longer name, and a family by pattern', () => {
    expect(findKnownModel('google-bert/bert-base-uncased')?.model.name).toBe('BERT-base');
    expect(findKnownModel('my-org/distilgpt2-finetuned-poems')?.model.gpai).toBe('no');
    expect(findKnownModel('Kinyarwanda opus-mt-en-rw')?.model.name).toMatch(/OPUS-MT/);
    expect(findKnownModel('Qwen2-7B-Instruct')).toMatchObject({ exact: true });
    expect(findKnownModel('Qwen2-7B-Instruct')?.model.trainingCompute).toBeGreaterThan(1e23);
  });

  it('does not read a name followed by another size as that model', () => {
    expect(findKnownModel('bigscience/bloom-1b1')?.model.name ?? '').not.toBe('BLOOM-176B');
  });

  it('normalises titles', () => {
    expect(normaliseName('🚀 Falcon 7B Model Card')).toBe('falcon-7b');
  });

  it('reports a broken entry with file and key', () => {
    const broken = readDataFile('known-models.yaml').replace(/gpai: no/, 'gpai: maybe');
    expect(() => parseClassifyData((file) => (file === 'known-models.yaml' ? broken : readDataFile(file)))).toThrow(
      /rules\/data\/known-models\.yaml: (?:families|models)\[\d+\]\.gpai: expected yes \| no \| unclear/,
    );
  });

  it('every entry cites a source', () => {
    for (const model of classifyData().knownModels) expect(model.source.length).toBeGreaterThan(10);
  });
});

describe('tier of derivatives and named models', () => {
  it('a fine-tune of a model that is not GPAI is not-gpai, naming the base and why', () => {
    const spec = {
      metadata: { base_model: 'distilbert/distilbert-base-uncased', tags: ['generated_from_trainer'] },
      body: '# my-model\n\nWorks well.\n',
    };
    expect(tierOf(spec).id).toBe('not-gpai');
    expect(reasons(spec)).toMatch(/DistilBERT-base.*generates no content/);
  });

  it('a card named after a model that is not GPAI is that model or built on it', () => {
    const spec = { metadata: { tags: ['conversational'] }, body: '# Sherlock Holmes DialoGPT Model\n' };
    expect(tierOf(spec).id).toBe('not-gpai');
    expect(reasons(spec)).toMatch(/dialogpt.*117M–762M/i);
  });

  it("the repository the card's code loads names the model too", () => {
    const body = '```python\nmodel = AutoModelWithLMHead.from_pretrained("someone/DialoGPT-small-pirate")\n```\n';
    expect(tierOf({ metadata: { tags: ['conversational'] }, body }).id).toBe('not-gpai');
  });

  it('a quantised copy is a modification, even when its card gives the original size and names no base', () => {
    const spec = {
      metadata: { tags: ['text-generation'], license: 'apache-2.0' },
      body: '# Orca-Large-70B-AWQ\n\nA 70B parameter chat model.\n',
      quantities: [{ kind: 'parameters' as const, value: 7e10, raw: '70B' }],
    };
    expect(tierOf(spec).id).toBe('modification');
    expect(reasons(spec)).toMatch(/quantised or converted copy.*title says "awq"/);
  });

  it('a LoRA on a model that is not GPAI stays a modification', () => {
    const spec = {
      metadata: { base_model: 'stable-diffusion-v1-5/stable-diffusion-v1-5', tags: ['text-to-image'] },
      body: '# LoRA weights for watercolour cats\n',
    };
    expect(tierOf(spec).id).toBe('modification');
  });

  it('a modification below one third of its base requires no duty: naming the base stays a recommendation', () => {
    const text =
      '---\nbase_model: meta-llama/Llama-2-7b-hf\ntags:\n- lora\n---\n# Cooking assistant adapter\n\nA LoRA adapter for recipes.\n';
    const result = checkCard('card.md', text, shippedRuleset());
    expect(result.tier.id).toBe('modification');
    expect(result.rules.filter((rule) => rule.required)).toEqual([]);
    expect(result.rules.filter((rule) => rule.severity === 'error')).toEqual([]);
  });

  it("a card that is a known model itself takes the table's compute when its figures give none", () => {
    const spec = {
      metadata: { pipeline_tag: 'text-generation', license: 'apache-2.0' },
      body: '# Qwen2-7B-Instruct\n\nA chat model.\n',
    };
    const result = tierOf(spec);
    expect(result.id).toBe('gpai-open-source');
    expect(result.computeFlops).toBeGreaterThan(1e23);
  });

  it('a card without a title is the known model its sentences name most', () => {
    const body =
      '## Intended Use\n\nQwen2-7B-Instruct is meant for chat.\n\n## Safety\n\n`qwen2-7b-instruct` was tuned for refusals; Qwen2-7B-Instruct outperforms Llama-2-7B on MMLU.\n';
    const result = tierOf({ metadata: { pipeline_tag: 'text-generation' }, body });
    expect(result.computeFlops).toBeGreaterThan(1e23);
    expect(reasons({ metadata: { pipeline_tag: 'text-generation' }, body })).toMatch(/named 3 times/);
  });

  it('an untitled card that names two models as often takes neither', () => {
    const body =
      '## Comparison\n\nQwen2-7B-Instruct and Llama-2-7B were compared. Qwen2-7B-Instruct beat Llama-2-7B; Llama-2-7B was faster than Qwen2-7B-Instruct.\n';
    expect(tierOf({ metadata: { pipeline_tag: 'text-generation' }, body }).computeFlops).toBeNull();
  });
});

describe('narrow generators and undecidable estimates', () => {
  it("reads the Hub's older `task` key like pipeline_tag", () => {
    const spec = {
      metadata: { library_name: 'fairseq', task: 'audio-to-audio' },
      body: '# Speech translator\n\nTry it.\n',
    };
    expect(tierOf(spec).id).toBe('not-gpai');
  });

  it('a speech generator of unstated size is not GPAI, with the assumption shown', () => {
    const spec = {
      metadata: { pipeline_tag: 'text-to-speech' },
      body: '# Voice of Anna\n\nReads Estonian text aloud.\n',
    };
    expect(tierOf(spec).id).toBe('not-gpai');
    expect(reasons(spec)).toMatch(/audio tokens.*assumption/);
  });

  it('a 3B music generator stays below 1e23 on any plausible audio budget', () => {
    const spec = {
      metadata: { pipeline_tag: 'text-to-audio' },
      body: '# Tunesmith\n\nA 3B parameter music generation model.\n',
      quantities: [{ kind: 'parameters' as const, value: 3e9, raw: '3B' }],
    };
    expect(tierOf(spec).id).toBe('not-gpai');
  });

  it('a 3B text generator is still undecided', () => {
    const spec = {
      metadata: { pipeline_tag: 'text-generation' },
      body: '# Wordsmith\n\nA 3B parameter language model.\n',
      quantities: [{ kind: 'parameters' as const, value: 3e9, raw: '3B' }],
    };
    expect(tierOf(spec).id).toBe('unknown');
  });

  it('translation and AutoTrain problem types are narrow tasks', () => {
    expect(tierOf({ metadata: { tags: ['translation'] }, body: '# en-sw\n' }).id).toBe('not-gpai');
    expect(tierOf({ body: '# Model Trained Using AutoTrain\n\n- Problem type: Multi-class Classification\n' }).id).toBe(
      'not-gpai',
    );
  });
});
