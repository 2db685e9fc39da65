/**
 * A card names its base model in front matter, in prose, or under the duty's own name (a heading,
 * a label, a two-column table row) in any card language; a family table's "Base Model" row and
 * "on top of" a non-model are not a lineage. Own passages.
 */
import { checkCard } from '../../src/lint.js';
import { shippedRuleset } from '../helpers.js';

const ruleset = shippedRuleset();
const card = (body: string) => `---\nlicense: apache-2.0\n---\n# Nimbus-2\n\nNimbus-2 is a text model.\n\n${body}\n`;
const statusOf = (body: string) =>
  checkCard('card.md', card(body), ruleset).rules.find((rule) => rule.id === 'model-dependencies')?.status;

describe('model dependencies', () => {
  it.each([
    [
      'a two-column table row',
      '## Details\n\n| Field | Value |\n|---|---|\n| Base model | mistralai/Mistral-7B-v0.3 |\n| Method | DPO |',
    ],
    ['a German heading', '## Ausgangsmodell\n\nFeinabgestimmt auf Basis von Mistral-7B-v0.3.'],
    ['"on top of" in prose', '## Overview\n\nNimbus-2 is a LoRA adapter trained on top of Mistral-7B-v0.3.'],
    ['a bold label', '**Base model:** Mistral-7B-v0.3'],
    [
      '"a fine-tune of" with a linked Hub id',
      '## Overview\n\nNimbus-2 is a full fine-tune of [mistralai/Mistral-7B-v0.3](https://huggingface.co/mistralai/Mistral-7B-v0.3).',
    ],
    [
      'the base before what was done to it',
      '## Overview\n\nNimbus-2 is a Mistral-7B-v0.3 pretrained model, fine-tuned for legal question answering.',
    ],
  ])('is met when named in %s', (_form, body) => {
    expect(statusOf(body)).toBe('met');
  });

  it('a family table row with one cell per variant names no base', () => {
    const body =
      '## Family\n\n| Stage | Nimbus-2 7B | Nimbus-2 13B |\n|---|---|---|\n| Base Model | acme/Nimbus-2-7B | acme/Nimbus-2-13B |\n| SFT | acme/Nimbus-2-7B-SFT | acme/Nimbus-2-13B-SFT |';
    expect(statusOf(body)).not.toBe('met');
  });

  it('"on top of" something that is not a model names no base', () => {
    expect(statusOf('## Safety\n\nWe add system-level safety on top of model-level safety.')).not.toBe('met');
  });
});

describe('a licence that defines the base', () => {
  it('is met by a "Base Model" definition naming a model', () => {
    expect(statusOf('1.6 "Base Model" means Mistral-Small-24B-Base-2501, from which the Model was derived.')).toBe(
      'met',
    );
  });

  it('is not met by a definition of a competitor or by one naming no model', () => {
    expect(statusOf('"Competitor Model" means Corvid-70B, used only for comparison.')).not.toBe('met');
    expect(statusOf('"Base Model" means the pre-trained model identified in Schedule 1.')).not.toBe('met');
  });
});

describe('a base named in words with its checkpoint', () => {
  it('is met by "derived from" a name in words whose checkpoint is given in brackets', () => {
    expect(
      statusOf('Nimbus-2 is derived from Mistral Small 3 (24B, base checkpoint `Mistral-Small-24B-Base-2501`).'),
    ).toBe('met');
    expect(statusOf('Our loss is derived from Focal Loss (Lin et al., 2017).')).not.toBe('met');
  });
});

describe('what was done, hyphenated, then the base', () => {
  it('is met by "a continued-pretraining and instruction-tuning of X"', () => {
    expect(
      statusOf('Nimbus-2 is a continued-pretraining and instruction-tuning of Mistral-Nemo-Base-2407 (12B).'),
    ).toBe('met');
  });
});

describe("the card's own model as the source", () => {
  it('is not a base when a smaller sibling was made from the card model', () => {
    expect(statusOf('Nimbus-2-Mini (8B) was distilled from Nimbus-2 through structured pruning.')).not.toBe('met');
    expect(statusOf('Nimbus-2 was distilled from Brontes-70B through structured pruning.')).toBe('met');
    expect(statusOf("Nimbus-2 is an instruction-tuned version of Acme's own Nimbus-2 Base (checkpoint 2026-01).")).toBe(
      'met',
    );
  });
});
