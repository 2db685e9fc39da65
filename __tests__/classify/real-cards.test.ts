/**
 * Real corpus cards through the whole pipeline (parseCard → extractFacts → classifyTier), each with the tier
 * I judge from reading the card and why. Skips with a message when ../shared or the extractor is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { classifyTier } from '../../src/classify/classify-tier.js';
import type { CardFacts } from '../../src/model/card.js';
import type { Tier } from '../../src/model/tier.js';

const CORPUS = new URL('../../../shared/corpus/model-cards/', import.meta.url);
const LABELS = new URL('../../../shared/reference/labels-dev.json', import.meta.url);
const ROOT = new URL('../../', import.meta.url);

let toFacts: ((text: string) => CardFacts) | null = null;
let missing = '';
if (!existsSync(CORPUS)) missing = '../shared/corpus/model-cards is absent';
else {
  try {
    // One at a time: concurrent dynamic imports race in Jest's ESM loader ("not in cache").
    const { parseCard } = await import('../../src/parse/parse-card.js');
    const { extractFacts } = await import('../../src/facts/extract-facts.js');
    const { compileVocabulary } = await import('../../src/facts/vocabulary.js');
    const vocabulary = compileVocabulary(
      readFileSync(new URL('rules/vocabulary/sections.yaml', ROOT), 'utf8'),
      readFileSync(new URL('rules/vocabulary/boilerplate.yaml', ROOT), 'utf8'),
    );
    toFacts = (text) => extractFacts(parseCard(text), vocabulary);
  } catch (error) {
    missing = `the parser or fact extractor is not ready (${(error as Error).message.split('\n')[0]})`;
  }
}
const describeReal = toFacts ? describe : describe.skip;
if (!toFacts) console.warn(`skipping real-card tier tests: ${missing}`);

function classifyCard(slug: string): ReturnType<typeof classifyTier> {
  return classifyTier((toFacts as (text: string) => CardFacts)(readFileSync(new URL(`${slug}.md`, CORPUS), 'utf8')));
}

function withinThreeTimes(actual: number | null, expected: number): boolean {
  return actual !== null && actual / expected > 1 / 3 && actual / expected < 3;
}

/** [card, tier I judge, compute I estimate from the card (null: none can be made), why]. */
const judged: [string, Tier, number | null, string][] = [
  [
    'meta-llama-llama-models-llama3-1',
    'gpai-systemic-risk',
    3.8e25,
    '405B × 15T+ tokens × 6 ≈ 3.8e25 > 1e25 (Art 51(2))',
  ],
  [
    'meta-llama-llama-models-llama3-3',
    'gpai',
    6.3e24,
    '70B × 15T × 6; the 405B in its benchmark table is Llama 3.1, not this model; Llama 3.3 licence has an AUP',
  ],
  [
    'meta-llama-llama-models-llama3-2',
    'gpai',
    1.7e23,
    '3.21B × 9T × 6 ≈ 1.7e23 > 1e23, text generation; the 8B/70B it names are distillation teachers',
  ],
  ['hf-tiiuae-falcon-7b', 'not-gpai', 6.3e22, '7B × 1,500B tokens × 6 ≈ 6.3e22 < 1e23'],
  [
    'hf-microsoft-phi-2',
    'not-gpai',
    2.3e22,
    '2.7B × 1.4T × 6 ≈ 2.3e22; "less than 13 billion parameters" is a comparison',
  ],
  [
    'deepseek-ai-deepseek-v3',
    'gpai',
    3.3e24,
    '37B active × 14.8T × 6; the MIT licence covers the code, the weights are under the separate Model License',
  ],
  ['hf-google-gemma-2-27b-it', 'gpai', 2.1e24, '27B × 13T × 6; Gemma terms of use carry a prohibited-use policy'],
  [
    'ibm-granite-granite-3-0',
    'gpai-open-source',
    5.8e23,
    'dense 8B × 12T × 6 ≈ 5.8e23; Apache 2.0; the MoE siblings are smaller',
  ],
  [
    'hf-runwayml-stable-diffusion-v1-5',
    'not-gpai',
    6.7e22,
    '150,000 A100-hours × 312 TFLOP/s × 40 % ≈ 6.7e22 < 1e23 (text-to-image)',
  ],
  ['hf-baai-bge-base-en-v1-5', 'not-gpai', null, 'an embedding model: a narrow task'],
  ['hf-pcuenq-pokemon-lora', 'modification', null, 'LoRA weights on runwayml/stable-diffusion-v1-5: an adapter'],
  [
    'hf-shenzhi-wang-llama3-8b-chinese-chat',
    'modification',
    null,
    "a third party's ORPO fine-tune of Meta-Llama-3-8B-Instruct with no compute of its own stated",
  ],
  ['banglagpt-susastho-llama3-lora-adapter', 'modification', null, 'a PEFT adapter on Meta-Llama-3-8B-Instruct'],
  ['hf-geoffvdr-whisper-medium-nl', 'not-gpai', null, 'a speech-recognition fine-tune of Whisper: narrow task'],
  [
    'meta-llama-purplellama-llama-guard3-8b',
    'not-gpai',
    null,
    'a content-safety classifier (fine-tuned Llama 3.1 8B): narrow task',
  ],
];

describeReal(`real corpus cards${toFacts ? '' : ` (skipped: ${missing})`}`, () => {
  it('gets the six hand-labelled development cards right (tier, and compute within 3×)', () => {
    const labels = JSON.parse(readFileSync(LABELS, 'utf8')) as {
      cards: Record<string, { tier: Tier; computeFlops: number | null }>;
    };
    for (const [slug, label] of Object.entries(labels.cards)) {
      const result = classifyCard(slug);
      const computeOk =
        label.computeFlops === null
          ? result.computeFlops === null
          : withinThreeTimes(result.computeFlops, label.computeFlops);
      expect({ slug, tier: result.id, computeOk }).toEqual({ slug, tier: label.tier, computeOk: true });
    }
  });

  it.each(judged)('%s → %s', (slug, tier, compute) => {
    const result = classifyCard(slug);
    expect(result.id).toBe(tier);
    if (compute !== null) expect(withinThreeTimes(result.computeFlops, compute)).toBe(true);
    for (const reason of result.reasons) expect(reason.text.length).toBeGreaterThan(3);
  });

  it("never flags the vendor cards' own safety sections as high-risk uses", () => {
    for (const slug of ['meta-llama-llama-models-llama3-2-vision', 'meta-llama-llama3', 'openai-whisper']) {
      expect(classifyCard(slug).flags.filter((flag) => flag !== 'art-50')).toEqual([]);
    }
  });
});
