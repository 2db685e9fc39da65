/** Whose statement a sentence is: sentences about other models are no evidence about the card's own. */
import { readFileSync } from 'node:fs';
import { compileSubjectVocabulary } from '../../src/facts/vocabulary.js';
import { clauseSubjectAt, ownClausesText, subjectOf, type OwnNames } from '../../src/facts/subject/index.js';
import { StatementIndex } from '../../src/facts/statement-mode.js';

const cues = compileSubjectVocabulary(readFileSync('rules/vocabulary/statement-subject.yaml', 'utf8'));
const own: OwnNames = { keys: ['borealis7', 'borealis'], families: new Set() };

describe('subjectOf', () => {
  it.each([
    ['Mixtral 8x7B reaches 70.6 on MMLU and Falcon-40B 55.4.', 'other-model'],
    ['The original model was published in May 2024 under the MIT licence.', 'other-model'],
    ['By comparison, PaLM 540B took roughly 2.5e24 FLOP.', 'other-model'],
    ['The Gemini technical report describes extensive red teaming by external groups.', 'other-model'],
    ['Borealis-7 was trained on 2T tokens, twice the data of Llama 2.', 'this-model'],
    ['We fine-tuned Qwen2.5-7B with LoRA on 40k support tickets.', 'this-model'],
    ['This adapter sits on top of Mistral-7B-v0.3.', 'this-model'],
    ['The context window is 8,192 tokens.', 'this-model'],
    ['Inputs are filtered by a toxicity classifier before generation.', 'this-model'],
    ['Distilled from answers written by Claude 3 Opus and checked by hand.', 'this-model'],
    ['Backbone: Qwen2-VL vision encoder, 600M parameters', 'this-model'],
    ['Mistral-7B fits on one consumer GPU in 4-bit.', 'other-model'],
    ['Claude handles tool calls through JSON schemas.', 'other-model'],
    ['Llama 2 tokenizer with a 32k vocabulary.', 'this-model'],
    ['In line with the duties of GPAI providers, we document the energy used for training.', 'this-model'],
    ['Models trained with more than 10^25 FLOP are presumed to have systemic risk.', 'models-in-general'],
    ['Thanks to its long context, it reads whole contracts at once.', 'this-model'],
    ['Thanks to the EleutherAI team for the evaluation harness.', 'other-model'],
    ['which Mistral AI released on 27 September 2023 under Apache 2.0.', 'other-model'],
    ['for which Meta reports 66.6 on MMLU.', 'other-model'],
    ['The Qwen2 base model supports function calling.', 'other-model'],
    ['The original Falcon-7B parent model was trained on RefinedWeb.', 'other-model'],
    ['Article 53(1)(a) requires technical documentation for every general-purpose model.', 'models-in-general'],
    ['See the summary published by the upstream provider for its pretraining corpus.', 'other-model'],
  ])('%s → %s', (sentence, subject) => {
    expect(subjectOf(sentence, own, cues)).toBe(subject);
  });

  it('keeps a family the card is about as its own ("Llama 3" sentences on a Llama 3 card)', () => {
    const llamaCard: OwnNames = { keys: ['modelinformation'], families: new Set(['llama']) };
    expect(subjectOf('Llama 3 was pretrained on over 15 trillion tokens.', llamaCard, cues)).toBe('this-model');
  });
});

describe('StatementIndex with a subject judge', () => {
  it('counts a sentence only when it is about the card’s model and of an accepted mode', () => {
    const text = 'Gemma 2 was red-teamed by an external group.  Borealis-7 was red-teamed by two vendors.';
    const index = new StatementIndex(text, (statement) => subjectOf(statement, own, cues));
    const accept = new Set(['reported', 'linked'] as const);
    expect(index.countsAt(text.indexOf('external'), accept)).toBe(false);
    expect(index.countsAt(text.indexOf('vendors'), accept)).toBe(true);
  });
});

describe('clauseSubjectAt', () => {
  const sentence = 'By one estimate, training BLOOM consumed 433 MWh, and we report our own figure below.';
  it("sets apart another model's clause inside the card's own sentence", () => {
    expect(subjectOf(sentence, own, cues)).toBe('this-model');
    expect(clauseSubjectAt(sentence, sentence.indexOf('433'), own, cues)).toBe('other-model');
    expect(clauseSubjectAt(sentence, sentence.indexOf('our own'), own, cues)).toBe('this-model');
  });
  it('leaves a one-clause statement to the statement', () => {
    const one = 'Borealis-7 consumed 120 MWh during pretraining.';
    expect(clauseSubjectAt(one, one.indexOf('120'), own, cues)).toBe('this-model');
  });
});

describe('ownClausesText', () => {
  it("drops another model's clause from what the statement says of the card's model", () => {
    const sentence = 'For context, training GPT-3 took about 1,287 MWh, and our team tracks efficiency closely.';
    expect(ownClausesText(sentence, own, cues)).not.toContain('1,287');
    expect(ownClausesText(sentence, own, cues)).toContain('our team');
    const one = 'Borealis-7 used 120 MWh.';
    expect(ownClausesText(one, own, cues)).toBe(one);
  });
});

describe('phrases about another model inside the card’s own sentence', () => {
  it('reads a role noun’s apposition and an opening comparison as the other model’s', () => {
    const distilled = 'Borealis-7 was distilled from our teacher, a 70B dense transformer with 80 layers.';
    expect(clauseSubjectAt(distilled, distilled.indexOf('70B'), own, cues)).toBe('other-model');
    expect(clauseSubjectAt(distilled, distilled.indexOf('distilled'), own, cues)).toBe('this-model');
    const unlike = 'Unlike Llama 3 (Llama 3 Community License), Borealis-7 is sold under a commercial licence.';
    expect(clauseSubjectAt(unlike, unlike.indexOf('Community'), own, cues)).toBe('other-model');
    expect(ownClausesText(unlike, own, cues)).not.toContain('Community License');
    expect(ownClausesText(unlike, own, cues)).toContain('commercial licence');
  });
});

describe('a parenthesis or relative clause attached to another model', () => {
  it('reads the words inside as that model’s, after a name compared with or a base named by its role', () => {
    const compared = 'Borealis-7 beats our earlier model Kestrel-2 (a 34B dense transformer) on every task.';
    expect(clauseSubjectAt(compared, compared.indexOf('transformer'), own, cues)).toBe('other-model');
    expect(clauseSubjectAt(compared, compared.indexOf('every task'), own, cues)).toBe('this-model');
    const whose = 'Borealis-7 starts from Halcyon-40B, whose authors recommend it for summarisation and search.';
    expect(ownClausesText(whose, own, cues)).not.toContain('summarisation');
    expect(ownClausesText(whose, own, cues)).toContain('starts from');
  });
  it('keeps a parenthesis after the card’s own name', () => {
    const ownSize = 'Borealis-7 (a 7B decoder-only transformer) is tuned for legal drafting.';
    expect(clauseSubjectAt(ownSize, ownSize.indexOf('decoder'), own, cues)).toBe('this-model');
  });
});

describe('a role that names another model', () => {
  it('reads a size qualifying a teacher, and a parenthesis after it, as the teacher’s', () => {
    const distilled =
      'Borealis-7 was distilled from a 70-billion-parameter teacher (a dense transformer with 80 layers).';
    expect(clauseSubjectAt(distilled, distilled.indexOf('dense'), own, cues)).toBe('other-model');
    expect(clauseSubjectAt(distilled, distilled.indexOf('distilled'), own, cues)).toBe('this-model');
  });
  it('reads a sentence whose subject is the teacher as the teacher’s', () => {
    expect(subjectOf('Its teacher was pre-trained on web data and aligned with RLHF.', own, cues)).toBe('other-model');
    expect(subjectOf('Its teacher, Kestrel-70B, is a decoder-only transformer.', own, cues)).toBe('other-model');
    expect(subjectOf('Its tokenizer was trained on the same corpus.', own, cues)).toBe('this-model');
  });
});

describe('the card’s model named only in a phrase about another', () => {
  it('reads "X, the teacher of <card model>, …" and "the base of" as X’s statement', () => {
    expect(subjectOf('Kestrel-70B, the teacher of Borealis-7, scores 82.1 on MMLU.', own, cues)).toBe('other-model');
    expect(subjectOf('The base of Borealis-7, Kestrel-9B, supports a 128k context.', own, cues)).toBe('other-model');
    expect(subjectOf('Borealis-7’s teacher, Kestrel-70B, handles 1M tokens.', own, cues)).toBe('other-model');
  });
  it('keeps a base of the card’s own family as the family’s statement', () => {
    expect(subjectOf('The base model of Borealis-7, Borealis-7-Base, uses a diverse dataset.', own, cues)).toBe(
      'this-model',
    );
  });
  it('reads a base’s apposition after the words that make it the base as the base’s', () => {
    const distilled =
      'Borealis-7 was distilled from Kestrel-70B, a 70-billion-parameter mixture-of-experts transformer.';
    expect(clauseSubjectAt(distilled, distilled.indexOf('mixture'), own, cues)).toBe('other-model');
  });
  it('reads a bold run-in label before another model’s sentence as no subject', () => {
    expect(subjectOf('> **Intended Use Cases** Llama 3 is intended for commercial use.', own, cues)).toBe(
      'other-model',
    );
    expect(subjectOf('**Overview** Borealis-7 is a 7B model.', own, cues)).toBe('this-model');
  });
});

describe('who speaks and what the label says', () => {
  it('reads past a speaker’s bold handle to the model the sentence is about', () => {
    expect(subjectOf('**@borealis_team**: Falcon-40B was trained on 1T tokens of RefinedWeb.', own, cues)).toBe(
      'other-model',
    );
    expect(subjectOf('**@borealis_team**: Borealis-7 was trained on 2T tokens.', own, cues)).toBe('this-model');
  });
  it('reads a comparison given as the label as a comparison', () => {
    expect(subjectOf('By comparison: the training run of OPT-175B emitted about 75 t CO2eq.', own, cues)).toBe(
      'other-model',
    );
    expect(subjectOf('Zum Vergleich: für das Training von OPT-175B wurden 992 GPUs genutzt.', own, cues)).toBe(
      'other-model',
    );
  });
});

describe('another model described or scored in a clause that does not name the card’s', () => {
  // A card that names its own model, so another model's name is known to be another's.
  const named: OwnNames = {
    keys: ['borealis7', 'borealis'],
    exact: ['borealis7'],
    families: new Set(),
    namedInText: true,
  };
  it('reads figures named as another model’s, or its apposition as a model, as that model’s', () => {
    expect(subjectOf('The buyers compared the published scores for Kestrel-9B (MMLU 71.0).', named, cues)).toBe(
      'other-model',
    );
    expect(subjectOf('Analysts put the training compute of the rival Kestrel-70B at 8e24 FLOP.', named, cues)).toBe(
      'other-model',
    );
    expect(subjectOf('The team also tried Kestrel-70B, a 70B dense model, but dropped it.', named, cues)).toBe(
      'other-model',
    );
    expect(subjectOf('Borealis-7 beats the published scores for Kestrel-9B.', named, cues)).toBe('this-model');
  });
  it('reads past a task list’s box and the task’s name', () => {
    expect(subjectOf('- [x] Base model. The upstream checkpoint Kestrel-9B ships under MIT.', named, cues)).toBe(
      'other-model',
    );
  });
});
