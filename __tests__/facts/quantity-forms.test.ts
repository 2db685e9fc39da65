/**
 * Quantities as a reviewer reads them: sizes in words and hyphenated forms, MoE active counts, HTML
 * tables with grouped `<thead>` rows, batch × steps token counts, and figures grouped by the table row
 * or sentence that states them.
 */
import { extractQuantities } from '../../src/facts/quantities/index.js';
import type { Quantity, QuantityKind } from '../../src/model/card.js';
import { parseCard } from '../../src/parse/parse-card.js';

function extract(markdown: string): Quantity[] {
  const card = parseCard(markdown);
  return extractQuantities(card.tree, card.text, card.positionAt);
}

function summary(
  quantities: Quantity[],
  kinds: QuantityKind[] = ['parameters', 'activeParameters', 'trainingTokens'],
): string[] {
  return quantities
    .filter((quantity) => kinds.includes(quantity.kind))
    .map((quantity) => `${quantity.kind} ${quantity.value}`);
}

describe('sizes as written', () => {
  it.each<[string, string[]]>([
    ['a 1.8-trillion-parameter dense language model', ['parameters 1800000000000']],
    ['a 70 billion parameter model', ['parameters 70000000000']],
    ['It has seventy billion parameters.', ['parameters 70000000000']],
    [
      'It has twenty-two billion parameters and saw two trillion tokens.',
      ['parameters 22000000000', 'trainingTokens 2000000000000'],
    ],
    ['Pre-trained on one trillion tokens.', ['trainingTokens 1000000000000']],
    ['1.2 trillion parameters', ['parameters 1200000000000']],
    ['a 13-billion parameter model', ['parameters 13000000000']],
    ['trained on 500B vision and text tokens', ['trainingTokens 500000000000']],
    // near misses: words without a scale, a number word that is no size
    ['It has seven layers and one output head.', []],
    ['Used by a million developers.', []],
  ])('%s', (text, expected) => {
    expect(summary(extract(`${text}\n`))).toEqual(expected);
  });
});

describe('sizes in the scale words of other EU languages', () => {
  it.each<[string, string[]]>([
    ['Ein Sprachmodell mit 1,3 Milliarden Parametern.', ['parameters 1300000000']],
    // German "Billionen" and Spanish "billones" are 10^12 (long scale).
    ['Trainiert auf 2,5 Billionen Token.', ['trainingTokens 2500000000000']],
    ['Un modèle de 7 milliards de paramètres', ['parameters 7000000000']],
    ['Un modelo de 70 mil millones parámetros', ['parameters 70000000000']],
    ['entrenado con 2 billones de tokens', ['trainingTokens 2000000000000']],
    ['Un modello con 8 miliardi parametri', ['parameters 8000000000']],
    ['Een model met 13 miljard parameters', ['parameters 13000000000']],
    // English stays short scale: "7 Billion" is 10^9, and "1,300 parameters" a thousands separator.
    ['It has 7 Billion parameters.', ['parameters 7000000000']],
    ['The head has 1,300 parameters.', ['parameters 1300']],
    // A dot groups thousands before a scale word ("8.300 millones"); French writes billions as "Md".
    ['Un modelo de 8.300 millones de parámetros', ['parameters 8300000000']],
    ['Un modèle de 47 Md de paramètres', ['parameters 47000000000']],
    ['**Paramètres :** 9 Md', ['parameters 9000000000']],
    // Tokens are never counted in fractions: a dot before them groups thousands.
    ['Trained on 850.000 tokens of dialogue.', ['trainingTokens 850000']],
    // A decimal comma before a scale letter, and a scale word followed by "of", as translated cards write them.
    ['**Parameters:** 7,2 B', ['parameters 7200000000']],
    // A note in brackets after a spaced scale letter ends the cell as well as its pipe does.
    ['| Parameters | 34.2 B (dense) |', ['parameters 34200000000']],
    ['| Appendix | Part B (see annex) |', []],
    // A spaced scale letter before "total" or "active" is a size too.
    ['| Parameters | 47 B total, 12.9 B active |', ['parameters 47000000000', 'activeParameters 12900000000']],
    ['In total it counts 46 milliards of parameters.', ['parameters 46000000000']],
    ['It has 3 billions of parameters.', ['parameters 3000000000']],
    ['Un modello da 8 miliardi di parametri', ['parameters 8000000000']],
    // Without a scale, "of parameters" counts nothing: "2 of parameters" is no size.
    ['We froze 2 of parameters groups.', []],
    // Struck-through figures are withdrawn.
    ['**Parameters:** ~~7B~~ to be confirmed', []],
    ['**Parameters:** <del>7B</del> to be confirmed', []],
    // Before a scale letter, a dot stays a decimal point.
    ['It has 8.300B parameters.', ['parameters 8300000000']],
  ])('%s', (text, expected) => {
    expect(summary(extract(`${text}\n`))).toEqual(expected);
  });
});

describe('a decimal comma before a power of ten', () => {
  it('reads "1,8 × 10^25 FLOP" as 1.8e25', () => {
    expect(
      summary(extract('Die Trainingsrechenleistung liegt bei etwa 1,8 × 10^25 FLOP.\n'), ['trainingCompute']),
    ).toEqual(['trainingCompute 1.8e+25']);
  });
});

describe('mixture-of-experts active counts', () => {
  it.each<[string, string[]]>([
    [
      '1.1 trillion parameters in total, of which 32 billion are active',
      ['parameters 1100000000000', 'activeParameters 32000000000'],
    ],
    ['| Params | 17B (Activated) 109B (Total) |', ['activeParameters 17000000000', 'parameters 109000000000']],
    [
      '- Total parameters: 1.1T\n- Active parameters: 32B',
      ['parameters 1100000000000', 'activeParameters 32000000000'],
    ],
    ['235B total and 22B activated parameters', ['parameters 235000000000', 'activeParameters 22000000000']],
  ])('%s', (text, expected) => {
    expect(summary(extract(`${text}\n`))).toEqual(expected);
  });
});

describe('tables', () => {
  it('reads an HTML table whose second <thead> row names the columns, all cells <th>', () => {
    const html = [
      '<table><thead>',
      '<tr><th>Family</th><th colspan=3>Hyper parameters</th></tr>',
      '<tr><th>Params</th><th>n layers</th><th>Batch size</th><th>n tokens</th></tr>',
      '</thead><tbody>',
      '<tr><th>7B</th><th>32</th><th>4M</th><th>1T</th></tr>',
      '<tr><th>65B</th><th>80</th><th>4M</th><th>1.4T</th></tr>',
      '</tbody></table>',
    ].join('\n');
    const quantities = extract(`${html}\n`);
    expect(summary(quantities)).toEqual([
      'parameters 7000000000',
      'trainingTokens 1000000000000',
      'parameters 65000000000',
      'trainingTokens 1400000000000',
    ]);
    // one statement per row: each size sits with its own token count
    expect(quantities[2].statement).toBe(quantities[3].statement);
    expect(quantities[0].statement).not.toBe(quantities[2].statement);
    expect(quantities[2].rowLabel).toBe('65B');
  });

  it('lets a row label and a figure spanning rows speak for each row they span', () => {
    const html =
      '<table><tr><th>Model</th><th>Params</th><th>Tokens</th></tr>' +
      '<tr><td rowspan="2">Wren</td><td>8B</td><td rowspan="2">15T</td></tr><tr><td>70B</td></tr></table>';
    const quantities = extract(`${html}\n`);
    const tokens = quantities.find((quantity) => quantity.kind === 'trainingTokens') as Quantity;
    const large = quantities.find((quantity) => quantity.value === 70e9) as Quantity;
    expect(large.rowLabel).toBe('Wren');
    expect(tokens.rowsSpanned).toBe(2);
    expect((large.statement as number) - (tokens.statement as number)).toBe(1);
  });

  it('reads a Markdown row with an empty first cell as continuing the row above', () => {
    const table = '| Model | Params | Tokens |\n|---|---|---|\n| Wren | 1B | 9T tokens |\n|  | 3B |  |\n';
    const quantities = extract(table);
    const tokens = quantities.find((quantity) => quantity.kind === 'trainingTokens') as Quantity;
    expect((quantities.find((quantity) => quantity.value === 3e9) as Quantity).rowLabel).toBe('Wren');
    expect(tokens.rowsSpanned).toBe(2);
  });
});

describe('training tokens from batch size × steps', () => {
  it.each<[string, number | null]>([
    [
      'It was trained with a batch size of approximately 3.15M tokens (1538 sequences of 2048 tokens each), for a total of 150,000 steps.',
      3.15e6 * 150000,
    ],
    ['We trained for 250k steps with a batch size of 4M tokens.', 4e6 * 250000],
    ['Batch size: 2M tokens; 100,000 training steps.', 2e6 * 100000],
    // near misses: no steps, or a batch of sequences
    ['The batch size was 3.15M tokens.', null],
    ['Training ran for 150,000 steps with a batch of 512 sequences.', null],
  ])('%s', (text, tokens) => {
    const derived = extract(`${text}\n`).filter((quantity) => quantity.derivation);
    expect(derived.map((quantity) => quantity.value)).toEqual(tokens === null ? [] : [tokens]);
  });
});

describe('statements', () => {
  it('gives figures of one sentence one statement, and the next sentence another', () => {
    const quantities = extract('Kite has 1.1T parameters, of which 32B are active. It saw 15T tokens.\n');
    expect(quantities.map((quantity) => quantity.statement)).toEqual([0, 0, 1]);
  });

  it('does not end a sentence at "Art. 51" or "approx."', () => {
    const quantities = extract('Under Art. 51 a model with approx. 7B parameters trained on 2T tokens is below it.\n');
    expect(new Set(quantities.map((quantity) => quantity.statement)).size).toBe(1);
  });
});

describe('hyperparameter tables keyed by configuration names', () => {
  it.each([['n_ctx'], ['\\\\(n_{ctx}\\\\)'], ['max_position_embeddings']])(
    '| %s | 2048 | is the context window',
    (key) => {
      expect(summary(extract(`| Hyperparameter | Value |\n|---|---|\n| ${key} | 2048 |\n`), ['contextWindow'])).toEqual(
        ['contextWindow 2048'],
      );
    },
  );

  it('an identifier that is no configuration key stays unread', () => {
    expect(summary(extract('| Name | Value |\n|---|---|\n| test_context3 | 2048 |\n'), ['contextWindow'])).toEqual([]);
  });
});

describe('a label wrapped onto the line before its value', () => {
  it('keeps the label across a soft line break, not across a blank line', () => {
    expect(summary(extract('**ctx len:**\n8192 · **max\ngen:** 1024\n'), ['contextWindow'])).toEqual([
      'contextWindow 8192',
    ]);
    expect(summary(extract('**ctx len:**\n\n8192 is our lucky number.\n'), ['contextWindow'])).toEqual([]);
  });
});
