/** A gap's message is worded by its status, whatever opening the rule file wrote. */
import { gapMessageFor, lineQuote, namedFacets, plainQuote } from '../../src/evaluate/gap-message.js';

const INCOMPLETE = 'Incomplete data governance; expected the size of the training data and how biases were detected.';
const MISSING = 'Missing training compute; expected the training compute in FLOPs and the training time.';

describe('gapMessageFor', () => {
  it('says "Missing" for a missing duty even when the rule file wrote "Incomplete"', () => {
    expect(gapMessageFor(INCOMPLETE, 'missing')).toBe(
      'Missing data governance; expected the size of the training data and how biases were detected.',
    );
  });

  it('says "Incomplete" for a partial duty, quoting the line found', () => {
    const text = 'intro\n\nPretraining utilized a cumulative 3.3M GPU hours of computation on A100-80GB.\n';
    // The matcher's quote ("3.3M GPU hours") is too thin to act on: the card's line is quoted instead.
    expect(gapMessageFor(MISSING, 'partial', { quote: '3.3M GPU hours', line: 3, text })).toBe(
      'Incomplete training compute: the card gives only "Pretraining utilized a cumulative 3.3M GPU hours of computation on A100-80GB." (line 3). Still expected the training compute in FLOPs and the training time.',
    );
  });

  it('names the parts found and the parts missing when the rule names its parts', () => {
    const message = gapMessageFor(
      INCOMPLETE,
      'partial',
      { quote: 'We trained on 2T tokens crawled from the web (names size, collection)', line: 9, text: '' },
      [['size', 'collection', 'unsuitable', 'bias']],
    );
    expect(message).toContain('the card gives only "We trained on 2T tokens crawled from the web" (line 9)');
    expect(message).toContain('it names size, collection but not unsuitable, bias');
  });
});

describe('quotes', () => {
  it('reads a heading or a bold label with the line after it', () => {
    expect(lineQuote('## Training Data\n\nLlama was trained on **2 trillion** tokens.\n', 1)).toBe(
      'Training Data: Llama was trained on 2 trillion tokens.',
    );
    expect(lineQuote('**Model Developers**\nMeta\n', 1)).toBe('Model Developers: Meta');
  });

  it('shows card text as plain words', () => {
    expect(plainQuote('<td>~40T</td> see [the report](https://example.org/r) **now**')).toBe('~40T see the report now');
    expect(namedFacets('… (names size, bias; generic: no figures)')).toEqual(['size', 'bias']);
  });
});
