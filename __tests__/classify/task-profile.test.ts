import { taskProfile } from '../../src/classify/task-profile.js';
import { buildFacts } from './build-facts.js';

describe('taskProfile', () => {
  it.each([
    [{ pipeline_tag: 'automatic-speech-recognition' }, 'narrow', 'speech recognition', []],
    [{ pipeline_tag: 'feature-extraction' }, 'narrow', 'feature extraction / embeddings', []],
    [{ pipeline_tag: 'object-detection' }, 'narrow', 'object detection', []],
    [{ pipeline_tag: 'reinforcement-learning' }, 'narrow', 'reinforcement-learning agent', []],
    [{ pipeline_tag: 'text-generation' }, 'generative', undefined, ['text']],
    [{ pipeline_tag: 'text-to-image' }, 'generative', undefined, ['image']],
    [{ pipeline_tag: 'text-to-speech' }, 'generative', undefined, ['audio']],
    [{ pipeline_tag: 'text-to-video' }, 'generative', undefined, ['video']],
    [{ pipeline_tag: 'any-to-any' }, 'generative', undefined, ['text', 'image', 'audio']],
    [{ library_name: 'timm' }, 'narrow', 'image classification / feature backbone', []],
    [{ library_name: 'diffusers' }, 'generative', undefined, ['image']],
    [{ tags: ['pytorch', 'sentence-transformers'] }, 'narrow', 'sentence embeddings', []],
    [{ tags: ['causal-lm', 'code-generation'] }, 'generative', undefined, ['text', 'code']],
  ])('%o → %s', (metadata, kind, task, modalities) => {
    const profile = taskProfile(buildFacts({ metadata }));
    expect(profile).toMatchObject({ kind, modalities });
    expect(profile.task).toBe(task);
    expect(profile.evidence?.position.line).toBeGreaterThan(1);
  });

  it('trusts pipeline_tag over tags', () => {
    const profile = taskProfile(
      buildFacts({ metadata: { pipeline_tag: 'text-classification', tags: ['text-generation'] } }),
    );
    expect(profile).toMatchObject({
      kind: 'narrow',
      evidence: { source: 'pipeline_tag', value: 'text-classification' },
    });
  });

  it('reads model-index task types', () => {
    const metadata = { 'model-index': [{ name: 'x', results: [{ task: { type: 'automatic-speech-recognition' } }] }] };
    const facts = buildFacts({ metadata });
    facts.metadata.set('model-index.0.results.0.task.type', {
      value: 'automatic-speech-recognition',
      position: { line: 5, column: 9 },
    });
    expect(taskProfile(facts)).toMatchObject({ kind: 'narrow', evidence: { source: 'model-index' } });
  });

  it.each([
    [
      'This is the official codebase for the automatic speech recognition (ASR) models.',
      'narrow',
      'speech recognition',
    ],
    ['Meta developed a family of large language models (LLMs), generative text models.', 'generative', undefined],
    ['Bark is a transformer that turns text into audio, a text to audio model.', 'generative', undefined],
    [
      'DistilRoBERTa is a distilled language model.',
      'narrow',
      'text encoder (BERT family, used for classification, tagging and retrieval)',
    ],
    [
      'Llama Guard is a safeguard model. It can be used for classifying content in LLM inputs.',
      'narrow',
      'classification',
    ],
    ['A vision transformer: learning robust visual features without supervision.', 'narrow', 'embeddings'],
    // One translation direction, given as source and target languages.
    ['Source language(s): deu; target language(s): fra', 'narrow', 'machine translation'],
    [
      'Our radiology de-identifier finds names and dates in reports and replaces them.',
      'narrow',
      'de-identification (finding personal data in documents)',
    ],
  ])('reads the opening text: "%s"', (body, kind, task) => {
    const profile = taskProfile(buildFacts({ body: `# Model\n\n${body}\n` }));
    expect(profile).toMatchObject({ kind, evidence: { source: 'text', position: { line: 3 } } });
    expect(profile.task).toBe(task);
  });

  it('lists every modality the text names once generative', () => {
    const profile = taskProfile(buildFacts({ body: 'A text-to-image model that can also generate videos.\n' }));
    expect(profile.modalities.sort()).toEqual(['image', 'video']);
  });

  it('looks past the opening text when it says nothing', () => {
    const filler = 'Lorem ipsum dolor sit amet. '.repeat(150);
    const profile = taskProfile(buildFacts({ body: `${filler}\n\nIt is a speech recognition model.\n` }));
    expect(profile).toMatchObject({ kind: 'narrow', task: 'speech recognition' });
    expect(profile.evidence?.position.line).toBe(3);
  });

  it('ignores words in code blocks and link targets', () => {
    const body =
      '```python\npipeline("automatic-speech-recognition")\n```\n\nSee [the docs](https://example.org/image-classification).\n';
    expect(taskProfile(buildFacts({ body })).kind).toBe('unknown');
  });

  it('is unknown without any signal', () => {
    expect(
      taskProfile(buildFacts({ metadata: { pipeline_tag: 'other' }, body: 'Weights for our project.\n' })),
    ).toEqual({ kind: 'unknown', modalities: [] });
  });
});
