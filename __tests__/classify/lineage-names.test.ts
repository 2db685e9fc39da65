/**
 * Which model a derivative names, as a reviewer reads the name: a base written in several words
 * ("LLaMA 7B", "Llama 2 13B Chat"), a family named without a size (read as its largest member), a
 * derivation stated of another model, and a single-task model the Hub files under a broad pipeline tag.
 */
import { readLineage } from '../../src/classify/lineage.js';
import { taskProfile } from '../../src/classify/task-profile.js';
import { checkCard } from '../../src/lint.js';
import { shippedRuleset } from '../helpers.js';
import { buildFacts } from './build-facts.js';

const tierOf = (body: string, frontMatter = ''): string =>
  checkCard('card.md', `---\n${frontMatter}---\n\n${body}`, shippedRuleset()).tier.id;

describe('readLineage: names in several words', () => {
  it.each([
    ['Kestrel is an assistant fine-tuned from LLaMA 13B on dialogue data.', 'LLaMA 13B'],
    ['A fine-tuned version of Llama 2 13B Chat for Korean.', 'Llama 2 13B'],
    ['Kestrel models are instruction-following models finetuned from LLaMA models.', 'LLaMA models'],
    ['Kestrel was fine-tuned from Llama 2, with a longer context.', 'Llama 2'],
  ])('"%s" → %s', (sentence, id) => {
    const lineage = readLineage(buildFacts({ body: `# Kestrel\n\n${sentence}\n` }));
    expect(lineage?.baseModels[0]?.id).toBe(id);
  });

  it('keeps a hyphenated Hub-style name whole', () => {
    const lineage = readLineage(buildFacts({ body: '# Kestrel\n\nFine-tuned from Llama-2-7b-chat.\n' }));
    expect(lineage?.baseModels[0]?.id).toBe('Llama-2-7b-chat');
  });

  it('reads models distilled from a named model as derived from it', () => {
    const body =
      '# Kestrel\n\nWe release the models distilled from [SDXL Base 1.0](https://huggingface.co/stabilityai/stable-diffusion-xl-base-1.0).\n';
    expect(readLineage(buildFacts({ body }))).toMatchObject({
      relation: 'finetune',
      baseModels: [{ id: 'stabilityai/stable-diffusion-xl-base-1.0' }],
    });
  });

  it('does not read knowledge distillation from a teacher, or the card’s own name, as a base', () => {
    const teacher =
      '# Kestrel-3\n\n**Post-training: knowledge distillation from Kestrel-R1**\n\nReasoning was distilled into Kestrel-3.\n';
    expect(readLineage(buildFacts({ body: teacher }))).toBeNull();
    const own = '# Kestrel-R1\n\nKestrel-R1-Lite is a fine-tuned version of Kestrel-R1 for phones.\n';
    expect(readLineage(buildFacts({ body: own }))).toBeNull();
  });

  it('does not take another model’s derivation as this one’s', () => {
    const body =
      '# Kestrel\n\nKestrel is a chat model. Zephyr is a fine-tuned version of Mistral 7B, trained elsewhere.\n';
    expect(readLineage(buildFacts({ body }))).toBeNull();
  });
});

describe('tier of fine-tunes named by family or size', () => {
  it('reads a family named without a size as its largest member: a modification of a GPAI model', () => {
    expect(tierOf('# Kestrel\n\nKestrel is a chat model fine-tuned from Llama 2 on support tickets.\n')).toBe(
      'modification',
    );
  });

  it('uses the size when the name gives one: a fine-tune of LLaMA 7B (4e22 FLOP) is not GPAI', () => {
    expect(tierOf('# Kestrel\n\nKestrel is a chat model fine-tuned from LLaMA 7B on support tickets.\n')).toBe(
      'not-gpai',
    );
  });

  it('cannot decide when the card’s own estimate of the original spans 1e23', () => {
    const body = [
      '# Heron',
      '',
      'Heron is a text-to-image model. Heron-Lite is a finetuned version of Stable Diffusion 2.1.',
      '',
      '## Training',
      '',
      'Training used 32 x 8 x A100 GPUs for about 200,000 A100 hours.',
      '',
    ].join('\n');
    expect(tierOf(body, 'pipeline_tag: text-to-image\n')).toBe('unknown');
  });
});

describe('taskProfile: a broad pipeline tag refined by a task tag', () => {
  it('reads an image-to-text model tagged as a captioner or OCR model as narrow', () => {
    for (const tag of ['image-captioning', 'ocr']) {
      const profile = taskProfile(buildFacts({ metadata: { pipeline_tag: 'image-to-text', tags: [tag] } }));
      expect(profile).toMatchObject({ kind: 'narrow', evidence: { source: 'tags', value: tag } });
    }
  });

  it('keeps an image-to-text model without such a tag generative', () => {
    const profile = taskProfile(buildFacts({ metadata: { pipeline_tag: 'image-to-text', tags: ['vision'] } }));
    expect(profile).toMatchObject({ kind: 'generative', modalities: ['text'] });
  });

  it('does not let a task tag override a specific generative pipeline tag', () => {
    const profile = taskProfile(buildFacts({ metadata: { pipeline_tag: 'text-generation', tags: ['summarization'] } }));
    expect(profile.kind).toBe('generative');
  });
});
