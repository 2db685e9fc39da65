import { readLineage } from '../../src/classify/lineage.js';
import { buildFacts, lineOf } from './build-facts.js';

describe('readLineage: front matter', () => {
  it('is null for an original model', () => {
    expect(readLineage(buildFacts({ metadata: { license: 'mit' }, body: '# M\nTrained from scratch.\n' }))).toBeNull();
  });

  it.each([
    [
      { base_model: 'meta-llama/Meta-Llama-3-8B', base_model_relation: 'quantized' },
      'quantized',
      /^base_model_relation: quantized \(line \d+\)$/,
    ],
    [{ base_model: 'org/base', tags: ['base_model:adapter:org/base'] }, 'adapter', /^tag base_model:adapter:org\/base/],
    [{ base_model: 'org/base', library_name: 'peft' }, 'adapter', /^library_name: peft/],
    [{ base_model: 'org/base', tags: ['gptq', '4-bit'] }, 'quantized', /^tag gptq/],
    [{ base_model: 'org/base', tags: ['mergekit'] }, 'merge', /^tag mergekit/],
    [{ base_model: ['org/a', 'org/b'] }, 'merge', /^several base models$/],
    [{ base_model: 'org/base' }, 'finetune', /^no base_model_relation: assumed a fine-tune$/],
    [{ base_model: 'org/base', base_model_relation: 'something' }, 'finetune', /assumed a fine-tune/],
  ])('%o → %s', (metadata, relation, basis) => {
    const lineage = readLineage(buildFacts({ metadata }));
    expect(lineage).toMatchObject({ relation, source: 'front-matter', sameProvider: false });
    expect(lineage?.relationBasis).toMatch(basis);
    expect(lineage?.baseModels[0].position.line).toBeGreaterThan(1);
  });

  it('keeps every listed base model', () => {
    expect(
      readLineage(buildFacts({ metadata: { base_model: ['org/a', 'org/b'] } }))?.baseModels.map((base) => base.id),
    ).toEqual(['org/a', 'org/b']);
  });
});

describe('readLineage: prose', () => {
  it.each([
    [
      'This model is a fine-tuned version of [openai/whisper-medium](https://huggingface.co/openai/whisper-medium) on Common Voice.',
      'openai/whisper-medium',
      'finetune',
    ],
    [
      'An improved instruct fine-tuned version of [Mistral-7B-Instruct-v0.1](https://huggingface.co/mistralai/Mistral-7B-Instruct-v0.1).',
      'mistralai/Mistral-7B-Instruct-v0.1',
      'finetune',
    ],
    [
      'These are LoRA adaption weights trained on base model https://huggingface.co/runwayml/stable-diffusion-v1-5. Nice.',
      'runwayml/stable-diffusion-v1-5',
      'adapter',
    ],
    ['- Base Model: Meta-Llama-3-8B-Instruct', 'Meta-Llama-3-8B-Instruct', 'finetune'],
    ['A quantized version of `Qwen/Qwen2-7B` in 4 bits.', 'Qwen/Qwen2-7B', 'quantized'],
    ['Fine-tuned from LLaMA-7B on 52K instructions.', 'LLaMA-7B', 'finetune'],
    [
      'Pix-Fix is the [Kandinsky decoder](https://huggingface.co/kandinsky-community/kandinsky-2-2-decoder), but modified to run without artefacts.',
      'kandinsky-community/kandinsky-2-2-decoder',
      'finetune',
    ],
    ['A modified version of `openai/whisper-small` with a shorter decoder.', 'openai/whisper-small', 'finetune'],
    [
      'Wren was built on top of [T5](https://github.com/google-research/text-to-text-transfer-transformer).',
      'T5',
      'finetune',
    ],
  ])('"%s" → %s (%s)', (sentence, id, relation) => {
    const facts = buildFacts({ body: `# Model\n\n${sentence}\n` });
    const lineage = readLineage(facts);
    expect(lineage).toMatchObject({ relation, source: 'prose', baseModels: [{ id, position: { line: 3 } }] });
  });

  it('ignores placeholders such as "[None](https://huggingface.co/None)"', () => {
    expect(
      readLineage(buildFacts({ body: 'This model is a fine-tuned version of [None](https://huggingface.co/None).\n' })),
    ).toBeNull();
  });

  it('ignores code blocks', () => {
    expect(readLineage(buildFacts({ body: '```\n# fine-tuned version of org/x\n```\n' }))).toBeNull();
  });
});

describe('readLineage: same provider', () => {
  it("sees a later release by the base model's organisation", () => {
    const body =
      'An instruct fine-tuned version of [Mistral-7B-Instruct-v0.1](https://huggingface.co/mistralai/Mistral-7B-Instruct-v0.1).\n\n```python\nmodel = AutoModelForCausalLM.from_pretrained("mistralai/Mistral-7B-Instruct-v0.2")\n```\n';
    expect(readLineage(buildFacts({ body }))?.sameProvider).toBe(true);
  });

  it('does not count code that loads the base model itself', () => {
    const body =
      '```python\nbase = AutoModelForCausalLM.from_pretrained("meta-llama/Meta-Llama-3-8B")\nmodel_id = "someone/llama3-chinese"\n```\n';
    const facts = buildFacts({ metadata: { base_model: 'meta-llama/Meta-Llama-3-8B' }, body });
    expect(readLineage(facts)?.sameProvider).toBe(false);
    expect(lineOf(facts, 'model_id')).toBeGreaterThan(1);
  });

  it('does not tell the provider from code that loads repositories of two organisations', () => {
    const body =
      'Fixed-VAE is a modified version of [stabilityai/sdxl-vae](https://huggingface.co/stabilityai/sdxl-vae).\n\n```python\nvae = AutoencoderKL.from_pretrained("someone/fixed-vae")\npipe = DiffusionPipeline.from_pretrained("stabilityai/stable-diffusion-xl-base-1.0", vae=vae)\n```\n';
    expect(readLineage(buildFacts({ body }))).toMatchObject({ relation: 'finetune', sameProvider: false });
  });

  it('never treats an adapter as the same model', () => {
    const body = '```python\nmodel = PeftModel.from_pretrained(base, "org/adapter")\n```\n';
    expect(
      readLineage(buildFacts({ metadata: { base_model: 'org/base', library_name: 'peft' }, body }))?.sameProvider,
    ).toBe(false);
  });
});
