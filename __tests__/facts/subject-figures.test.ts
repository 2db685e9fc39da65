/** Whose statement a figure or a sentence is: this model, another model, models in general, a hypothetical. */
import { extractFacts } from '../../src/facts/extract-facts.js';
import { shippedSubjectCues, statementAround, statementSubject, type OwnNames } from '../../src/facts/subject/index.js';
import type { Quantity } from '../../src/model/card.js';
import { parseCard } from '../../src/parse/parse-card.js';
import { shippedRuleset } from '../helpers.js';

const cues = shippedSubjectCues();
const nameless: OwnNames = { keys: [], families: new Set() };
const osprey: OwnNames = { keys: ['osprey'], families: new Set() };

function figures(body: string): Quantity[] {
  return extractFacts(parseCard(body), shippedRuleset().vocabulary).quantities;
}

function subjectOf(body: string, raw: string): string | undefined {
  const found = figures(body).find((quantity) => quantity.raw.startsWith(raw));
  if (!found) throw new Error(`no figure "${raw}" in: ${body}`);
  return found.subject;
}

describe('figure subjects', () => {
  it.each([
    ['Models trained with more than 10^25 FLOP are presumed to have systemic risk.', '10^25', 'models-in-general'],
    ['Under the AI Act the threshold is 10^25 FLOP of cumulative training compute.', '10^25', 'models-in-general'],
    ['Our model stays well below the 10^25 FLOP threshold of Article 51.', '10^25', 'models-in-general'],
    [
      'Heron was trained with 3.8e25 FLOP, above the 10^25 threshold, and is presumed to have systemic risk.',
      '3.8e25',
      'this-model',
    ],
    [
      'Heron was trained with 3.8e25 FLOP, above the 10^25 threshold, and is presumed to have systemic risk.',
      '10^25',
      'models-in-general',
    ],
    ['Training used 2.1e24 FLOP on 4,096 H100 GPUs.', '2.1e24', 'this-model'],
    // A bound at the Act's own threshold, with no word about the Act, is still the threshold.
    ['- Training compute: under 10^25 FLOP', '10^25', 'models-in-general'],
    ['- Training compute: under 4 × 10^24 FLOP', '4 × 10^24', 'this-model'],
    ['If trained on 200 trillion tokens, it would have needed 1.6e25 FLOP.', '1.6e25', 'hypothetical'],
    ['If trained on 200 trillion tokens, it would have needed 1.6e25 FLOP.', '200 trillion', 'hypothetical'],
    ['Its training compute does not exceed 10^24 FLOP.', '10^24', 'hypothetical'],
    ['If you deploy it on a laptop, note that it has 7B parameters.', '7B', 'this-model'],
    ['We plan to train a 70B version on 15T tokens next year.', '15T', 'hypothetical'],
    ['The next version will have 70B parameters.', '70B', 'hypothetical'],
    ['Had we trained on 10T tokens, compute would have reached 4e24 FLOP.', '10T', 'hypothetical'],
    ['Heron has 7B parameters and was trained on 2T tokens; we plan to publish the data.', '2T', 'this-model'],
    ['It outperforms larger models with 70B parameters.', '70B', 'other-model'],
    // A lesser-known model compared with: its parenthesis is its own.
    ['Heron beats gte-base-v1.5 (a 137M-parameter encoder) on retrieval.', '137M', 'other-model'],
    // A size qualifying a role ("teacher", "reward model") is that model's; the card's own size is not.
    ['Heron was distilled from a 70-billion-parameter teacher on 1T tokens.', '70-billion', 'other-model'],
    ['Heron is a 7B chat model tuned with a 13-billion-parameter reward model.', '13-billion', 'other-model'],
    ['Heron is a 7B chat model tuned with a 13-billion-parameter reward model.', '7B', 'this-model'],
    ['Heron beats our older Kestrel-2 (a 34B dense transformer) on retrieval.', '34B', 'other-model'],
    // A model the card likens itself to, with its size in the parenthesis after its name.
    ['Like Kestrel-2 (a 34B dense transformer), Heron keeps the same tokenizer.', '34B', 'other-model'],
    ['Unlike Kestrel-2 (34B), Heron has 7B parameters.', '7B', 'this-model'],
    // A relative clause after a citation reports the cited work.
    [
      'Our budget follows (De Vries, 2023), which suggests a 3B model trained for 2.85 trillion tokens suffices.',
      '2.85 trillion',
      'other-model',
    ],
    // The threshold in the card languages.
    ['Ab mehr als 10^25 FLOP wird nach Art. 51 ein systemisches Risiko vermutet.', '10^25', 'models-in-general'],
    ['Au-delà de 10^25 FLOP, le règlement présume un risque systémique.', '10^25', 'models-in-general'],
    // A parenthesis after a compared model's name, decimals and all, is that model's.
    ['Heron keeps pace with Mixtral 8x7B (46.7B total / 12.9B active parameters).', '12.9B', 'other-model'],
    ['Heron keeps pace with Qwen1.5-MoE-A2.7B (14.3B total / 2.7B active parameters).', '2.7B active', 'other-model'],
    [
      'A general-purpose AI model is one trained with more than 10^23 FLOP that generates text (guidelines).',
      '10^23',
      'models-in-general',
    ],
  ])('%s — %s is %s', (sentence, raw, subject) => {
    expect(subjectOf(`# Heron\n\n${sentence}\n`, raw)).toBe(subject);
  });

  it("puts figures of another model's table row apart when the table names this model too", () => {
    const body =
      '# Finch 8B\n\n| Model | Compute |\n|---|---|\n| Finch-8B | 4.8e22 FLOP |\n| Big-Other-405B | 3.8e25 FLOP |\n';
    expect(subjectOf(body, '4.8e22')).toBe('this-model');
    expect(subjectOf(body, '3.8e25')).toBe('other-model');
  });

  it("keeps front-matter figures the model's own", () => {
    const quantity = figures('---\nco2_eq_emissions: 1500\n---\n# M\n').find((q) => q.kind === 'co2');
    expect(quantity?.subject).toBe('this-model');
  });
});

describe('statement subjects of sentences', () => {
  it.each([
    ['Condor-2 is a general-purpose AI model with systemic risk (Article 51 of the EU AI Act).', false, 'this-model'],
    ['We consider Falcon Ridge a general-purpose AI model with systemic risk.', false, 'this-model'],
    ['This model is classified as a GPAI model with systemic risk.', false, 'this-model'],
    ['Models trained with more than 10^25 FLOP are presumed to have systemic risk.', false, 'models-in-general'],
    ['General-purpose AI models with systemic risk must meet the obligations of Art. 55.', false, 'models-in-general'],
    [
      'A model is presumed to have high-impact capabilities when its training compute exceeds 10^25 FLOP.',
      false,
      'models-in-general',
    ],
    ['Models of the Osprey family are general-purpose AI models with systemic risk.', true, 'this-model'],
  ])('%s', (sentence, namesOwnModel, subject) => {
    expect(statementSubject(sentence, namesOwnModel ? osprey : nameless, cues).subject).toBe(subject);
  });

  it('reads the sentence around a figure, across "Art. 51" and within a table cell', () => {
    const text = 'Intro. Models above 10^25 FLOP are presumed (Art. 51) to have systemic risk. Next.';
    const statement = statementAround(text, text.indexOf('10^25'));
    expect(statement.text).toBe('Models above 10^25 FLOP are presumed (Art. 51) to have systemic risk.');
    expect(statement.text.slice(statement.at)).toMatch(/^10\^25/);
    const row = '| Big | 3.8e25 FLOP | above the threshold |';
    expect(statementAround(row, row.indexOf('3.8e25')).text).toBe('3.8e25 FLOP ');
  });
});

describe('a size written into a model name', () => {
  it("is another model's when the name is neither the card's nor of its family", () => {
    const body =
      "# Kestrel\n\n- Released Kestrel-3B and Kestrel-7B.\n- Released OwlChat-13B, our chat fine-tune of another lab's model.\n";
    expect(subjectOf(body, '13B')).toBe('other-model');
    expect(subjectOf(body, '7B')).toBe('this-model');
  });
});

describe('figures in a column headed by a model', () => {
  const card =
    '# Aurel-3\n\n## Aurel-1 vs Aurel-3\n\n| | Aurel-1 | Aurel-3 |\n|---|---|---|\n| Parameters | 3B | 27B |\n| Training compute | 2e22 FLOP | 4e24 FLOP |\n';

  it("gives the card's model the figures of its own column, and another version those of its column", () => {
    expect(subjectOf(card, '27B')).toBe('this-model');
    expect(subjectOf(card, '4e24')).toBe('this-model');
    expect(subjectOf(card, '3B')).toBe('other-model');
    expect(subjectOf(card, '2e22')).toBe('other-model');
  });

  it('gives a competitor named in a column header its figures under any heading', () => {
    const table =
      '# Aurel-3\n\n## Model details\n\n| | GPT-3 | Aurel-3 |\n|---|---|---|\n| Parameters | 175B | 27B |\n';
    expect(subjectOf(table, '175B')).toBe('other-model');
    expect(subjectOf(table, '27B')).toBe('this-model');
  });
});

describe('a figure set off by dashes after a role', () => {
  it("is the role's model, and the card's own figure after it stays the card's", () => {
    const body =
      '# Aurel-3\n\nAurel-3 (8B parameters) was distilled from a teacher model — a 141-billion-parameter mixture of experts — with logit matching.\n';
    expect(subjectOf(body, '141-billion')).toBe('other-model');
    expect(subjectOf(body, '8B')).toBe('this-model');
  });
});

describe("a figure given as another party's, for another model", () => {
  it.each([
    ['# Aurel-3\n\nReference compute: ~3.8e25 FLOP (as reported by Meta for Llama 3.1 405B)\n', 'other-model'],
    ['# Aurel-3\n\nReference compute: 5e24 FLOP, as published by Mistral AI for Mistral Large 2.\n', 'other-model'],
    ['# Aurel-3\n\nTraining compute: 2.1e24 FLOP (as estimated by our team for Aurel-3)\n', 'this-model'],
    ['# Aurel-3\n\nTraining compute: 2.1e24 FLOP (as reported in our paper for the final run)\n', 'this-model'],
  ])('%s → %s', (body, subject) => {
    expect(figures(body).find((quantity) => quantity.kind === 'trainingCompute')?.subject).toBe(subject);
  });

  it("reads a machine field about the base model as the base's figure", () => {
    const found = figures('# Aurel-3\n\nbase_model_training_compute: ~3.8e25 FLOP\n').find(
      (quantity) => quantity.kind === 'trainingCompute',
    );
    expect(found?.subject).toBe('other-model');
  });
});
