import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { MetadataEntry, Quantity, QuantityKind } from '../../src/model/card.js';
import { parseCard } from '../../src/parse/parse-card.js';
import { extractQuantities, quantitiesFromMetadata } from '../../src/facts/quantities/index.js';

function extract(markdown: string, maskedText?: string): Quantity[] {
  const card = parseCard(markdown);
  return extractQuantities(card.tree, card.text, card.positionAt, maskedText);
}

function closeTo(actual: number, expected: number): boolean {
  return expected === 0 ? actual === 0 : Math.abs(actual - expected) <= Math.abs(expected) * 1e-9;
}

function find(quantities: Quantity[], kind: QuantityKind, value: number, line?: number): Quantity | undefined {
  return quantities.find(
    (q) => q.kind === kind && closeTo(q.value, value) && (line === undefined || q.position.line === line),
  );
}

function describeKinds(quantities: Quantity[]): string {
  return (
    quantities
      .map((q) => `${q.kind}=${q.value} ${JSON.stringify(q.raw)}@${q.position.line}:${q.position.column}`)
      .join('; ') || '(none)'
  );
}

/** Asserts a quantity of that kind and value is present, printing what was found when it is not. */
function expectQuantity(quantities: Quantity[], kind: QuantityKind, value: number, line?: number): Quantity {
  const found = find(quantities, kind, value, line);
  if (!found)
    throw new Error(`expected ${kind}=${value}${line ? ` at line ${line}` : ''}; found ${describeKinds(quantities)}`);
  return found;
}

describe('extractQuantities: stated quantities, normalised to base units', () => {
  it.each<[string, QuantityKind, number]>([
    // parameters
    ['We release a 7B model.', 'parameters', 7e9],
    ['The model has 7B parameters.', 'parameters', 7e9],
    ['It has 6.7 billion parameters.', 'parameters', 6.7e9],
    ['A network of 1.3e9 parameters.', 'parameters', 1.3e9],
    ['Sizes: 70B.', 'parameters', 70e9],
    ['GPT-Neo 125M', 'parameters', 125e6],
    ['TinyLlama 1.1B', 'parameters', 1.1e9],
    ['Number of model parameters: 5.2*10^8', 'parameters', 5.2e8],
    ['The model is 12 billion', 'parameters', 12e9],
    ['Fine-tuned from Llama-3-70B.', 'parameters', 70e9],
    ['This is pythia-12b.', 'parameters', 12e9],
    ['Try Mistral-7B-Instruct today.', 'parameters', 7e9],
    ['**Parameters:** 314B', 'parameters', 314e9],
    ['| Parameters | 8B |\n|---|---|\n| Layers | 32 |', 'parameters', 8e9],
    // active parameters (MoE), with the total as parameters
    ['132B total / 36B active', 'activeParameters', 36e9],
    ['132B total / 36B active', 'parameters', 132e9],
    ['It uses 132B total parameters of which 36B parameters are active on any input.', 'activeParameters', 36e9],
    ['Llama 4 Scout has 17B active parameters and 109B total parameters.', 'activeParameters', 17e9],
    ['Llama 4 Scout has 17B active parameters and 109B total parameters.', 'parameters', 109e9],
    // training tokens
    ['Pretrained on 15 trillion tokens of data.', 'trainingTokens', 15e12],
    ['Trained on ~15T tokens.', 'trainingTokens', 15e12],
    ['2T tokens', 'trainingTokens', 2e12],
    ['The model was trained on 1.4 trillion tokens.', 'trainingTokens', 1.4e12],
    ['We train for 300B tokens.', 'trainingTokens', 300e9],
    ['| Size | Training Tokens |\n|---|---|\n| 13B | 5 Trillion |', 'trainingTokens', 5e12],
    ['Each model saw 299,892,736,000 tokens during training.', 'trainingTokens', 299892736000],
    // training compute
    ['Training used 3.8e25 FLOPs.', 'trainingCompute', 3.8e25],
    ['Training compute: 3.8 × 10^25', 'trainingCompute', 3.8e25],
    ['We used 3.8x10^25 FLOPs in total.', 'trainingCompute', 3.8e25],
    ['We used 3.8 x 10<sup>25</sup> FLOPs in total.', 'trainingCompute', 3.8e25],
    ['About 1.2e+24 FLOP were spent.', 'trainingCompute', 1.2e24],
    ['training FLOPs: 2.1e22', 'trainingCompute', 2.1e22],
    ['Training took 1.3 zettaFLOPs.', 'trainingCompute', 1.3e21],
    ['GPT-3 used 3640 petaflop/s-days of compute.', 'trainingCompute', 3640 * 8.64e19],
    ['| Model | Train FLOPs |\n|---|---|\n| OLMo-2-1124-13B | 4.6·10²³ |', 'trainingCompute', 4.6e23],
    // GPU-hours
    ['Training utilized 39.3M GPU hours of computation.', 'gpuHours', 39.3e6],
    ['Pretraining utilized a cumulative **7.7**M GPU hours.', 'gpuHours', 7.7e6],
    ['It took 1,000 GPU hours.', 'gpuHours', 1000],
    ['The 7B model took 184,320 A100 hours.', 'gpuHours', 184320],
    ['Pre-training took 3.3M H800 GPU hours.', 'gpuHours', 3.3e6],
    ['- **Hours used:** 150000', 'gpuHours', 150000],
    ['| Model | Training Time (GPU hours) |\n|---|---|\n| 8B | 1.46M |', 'gpuHours', 1.46e6],
    // GPU count
    ['The model was trained on 512 A100 GPUs.', 'gpuCount', 512],
    ['Our cluster has 1024 H100s.', 'gpuCount', 1024],
    ['We trained on 256 TPU v4 chips.', 'gpuCount', 256],
    ['- **Hardware:** 32 x 8 x A100 GPUs', 'gpuCount', 256],
    // training time
    ['The model was trained for 21 days.', 'trainingDays', 21],
    ['Training took 3 months.', 'trainingDays', 90],
    ['Training ran over 2 weeks.', 'trainingDays', 14],
    ['The training lasted a total of 36 hours on 8 GPUs.', 'trainingDays', 1.5],
    // context window
    ['It supports a context length of 32K tokens.', 'contextWindow', 32000],
    ['A model with 128k context.', 'contextWindow', 128000],
    ['It has a context window of 8,192 tokens.', 'contextWindow', 8192],
    ['We use a max sequence length 4096.', 'contextWindow', 4096],
    ['DBRX accepts a context length of up to 32768 tokens.', 'contextWindow', 32768],
    // A dot before tokens groups thousands, as the card languages write it.
    ['Kontextlänge 32.768 tokens.', 'contextWindow', 32768],
    ['| Size | Context Length |\n|---|---|\n| 7B | 4096 |', 'contextWindow', 4096],
    ['Llama 3 was trained on on sequences of 8,192 tokens.', 'contextWindow', 8192],
    // energy
    ['Training consumed 1,000 MWh of electricity.', 'energy', 1e6],
    ['Energy used: 539 kWh.', 'energy', 539],
    // A decimal comma before an energy unit, where "1,200" could not mean a thousand and two hundred.
    ['El entrenamiento consumió 1,2 GWh.', 'energy', 1.2e6],
    ['Training used 1,200 kWh.', 'energy', 1200],
    ['| Model | Energy (MWh) |\n|---|---|\n| 7B | 12 |', 'energy', 12000],
    // CO2
    ['Emissions were 11,390 tCO2eq.', 'co2', 11390e3],
    ['Estimated total emissions were 2290 tCO2eq.', 'co2', 2290e3],
    ['Total emissions for training were **539** tons CO2eq.', 'co2', 539e3],
    ['- **Carbon Emitted:** 149 kg', 'co2', 149],
    ['CO2 emissions: 0.5 kg', 'co2', 0.5],
    ['- CO2 Emissions (in grams): 18.0270', 'co2', 0.018027],
    ['| Model | Carbon Emitted(tCO<sub>2</sub>eq) |\n|---|---|\n| 7B | 31.22 |', 'co2', 31220],
  ])('%j → %s %d', (markdown, kind, value) => {
    const quantities = extract(markdown);
    const found = expectQuantity(quantities, kind, value);
    expect(found.unit).toBe(
      {
        parameters: 'count',
        activeParameters: 'count',
        trainingTokens: 'tokens',
        trainingCompute: 'FLOP',
        gpuHours: 'hours',
        gpuCount: 'count',
        trainingDays: 'days',
        contextWindow: 'tokens',
        energy: 'kWh',
        co2: 'kgCO2eq',
      }[kind],
    );
    expect(found.source).toBe('body');
    expect(markdown).toContain(found.raw);
  });

  it.each<[string, QuantityKind | 'any']>([
    ['Trained on 4B tokens.', 'parameters'],
    ['The company raised $3B last year.', 'any'],
    ['Released in 2023, updated in 2024.', 'any'],
    ['Upgrade to v1.5 for better results.', 'any'],
    ['Outperforms GPT-4 on some benchmarks.', 'any'],
    ['The magic value is 0x7B.', 'any'],
    ['Images are 1024x1024 pixels.', 'any'],
    ['The checkpoint needs 7GB of disk.', 'any'],
    ['The checkpoint needs 13 GB of VRAM.', 'any'],
    ['Load it in 4-bit or fp16.', 'any'],
    ['Trained on 512x512 images.', 'any'],
    ['Call generate with max_new_tokens=100.', 'any'],
    ['It supports a context length of 32K tokens.', 'trainingTokens'],
    ['The H100 delivers 312 TFLOPS of dense compute.', 'trainingCompute'],
    ['Peak speed: 989 TFLOP/s.', 'trainingCompute'],
    ['| Model | Power Consumption (W) |\n|---|---|\n| Llama | 700 |', 'any'],
    ['All models were trained with a batch size of 2M tokens.', 'any'],
    ['| Model | Batch Size | Layers |\n|---|---|---|\n| 70M | 2M | 6 |', 'trainingTokens'],
    ['Llama 3 uses a tokenizer with a vocabulary of 128K tokens.', 'any'],
    ['It was fine-tuned with around 944 hours of Spanish data.', 'trainingDays'],
    ['Requires at least 4× H100 GPUs due to lack of optimization.', 'gpuCount'],
    ['Stable Diffusion was trained on subsets of LAION-2B.', 'parameters'],
    ['Compared to Mixtral-8x7B, DBRX is fine-grained.', 'parameters'],
    ['Training has been performed on a single Nvidia 2080 GPU.', 'gpuCount'],
    ['Over 25M synthetically generated examples were used.', 'any'],
    ['See https://huggingface.co/meta-llama/Llama-2-70b for details.', 'any'],
    ['Run `AutoModel.from_pretrained("Llama-2-70b")` to load it.', 'any'],
    ['<!-- The 70B model was trained on 2T tokens. -->', 'any'],
  ])('%j yields no %s', (markdown, kind) => {
    const quantities = extract(markdown).filter((q) => kind === 'any' || q.kind === kind);
    expect(describeKinds(quantities)).toBe('(none)');
  });

  it('places each quantity at its number: absolute 1-based line and column, after front matter and CRLF', () => {
    const markdown = '---\r\nlicense: mit\r\n---\r\n\r\n# Card\r\n\r\nWe trained on **2T** tokens.\r\n';
    const [tokens] = extract(markdown);
    expect(tokens).toMatchObject({
      kind: 'trainingTokens',
      value: 2e12,
      position: { line: 7, column: 17 },
      raw: '2T** tokens',
    });
  });

  it('quotes the number with its unit as written, markup included, and names the hardware', () => {
    const line =
      '**Training Energy Use** Training utilized a cumulative of **39.3**M GPU hours of computation on H100-80GB (TDP of 700W).';
    const [hours] = extract(line);
    expect(hours).toMatchObject({ kind: 'gpuHours', value: 39.3e6, raw: '39.3**M GPU hours', hardware: 'H100-80GB' });
    expect(hours.position).toEqual({ line: 1, column: line.indexOf('39.3') + 1 });
  });

  it('keeps exponents written with <sup> in the quote', () => {
    const [compute] = extract('We used 3.8 x 10<sup>25</sup> FLOPs in total.');
    expect(compute.raw).toBe('3.8 x 10<sup>25</sup> FLOPs');
  });

  it('names hardware from a nearby line, as in the Hugging Face template', () => {
    const markdown = '- **Hardware Type:** A100 PCIe 40GB\n- **Hours used:** 150000\n- **Cloud Provider:** AWS\n';
    expect(extract(markdown)).toEqual([
      expect.objectContaining({ kind: 'gpuHours', value: 150000, hardware: 'A100 PCIe 40GB' }),
    ]);
  });

  it('reads nothing from fenced or indented code, whatever it contains', () => {
    const markdown = [
      '# Usage',
      '```python',
      'model = AutoModel.from_pretrained("meta-llama/Llama-2-70b")  # 70B parameters, 2T tokens',
      'outputs = model.generate(**inputs, max_new_tokens=100)',
      '```',
      '',
      '    trained on 15T tokens with 3.8e25 FLOPs',
      '',
      'The 7B model.',
    ].join('\n');
    const quantities = extract(markdown);
    expect(quantities.map((q) => [q.kind, q.value, q.position.line])).toEqual([['parameters', 7e9, 9]]);
  });

  it('reads GFM tables by column: header kinds, header units, and ignored columns', () => {
    const markdown = [
      '| Size | Training Tokens | Layers | Hidden Size | Context Length | #Params(M) | Batch Size |',
      '|------|--------|--------|-------------|----------------|------------|------------|',
      '| [OLMo 2 7B](https://huggingface.co/allenai/OLMo-2-1124-7B) | 4 Trillion | 32 | 4096 | 4096 | 6900 | 4M |',
    ].join('\n');
    const quantities = extract(markdown);
    expect(quantities.map((q) => [q.kind, q.value, q.raw])).toEqual([
      ['parameters', 7e9, '7B'],
      ['trainingTokens', 4e12, '4 Trillion'],
      ['contextWindow', 4096, '4096'],
      ['parameters', 6.9e9, '6900'],
    ]);
  });

  it('reads HTML tables by column, following rowspan, across blank lines inside the table', () => {
    const markdown = [
      '<table>',
      '  <tr><td></td><td><strong>Params</strong></td><td><strong>Context length</strong></td><td><strong>Token count</strong></td></tr>',
      '  <tr><td rowspan="2">Llama</td><td>8B</td><td>128k</td><td rowspan="2">15T+</td></tr>',
      '  <tr><td>70B</td><td>128k</td></tr>',
      '</table>',
      '',
      '<table>',
      '  <tr><td></td><td><strong>Training Time (GPU hours)</strong></td><td><strong>Power Consumption (W)</strong></td><td><strong>Emissions (tons CO2eq)</strong></td></tr>',
      '  <tr><td>Total</td><td>39.3M',
      '<ul>',
      '',
      '</ul>',
      '  </td><td>700</td><td>11,390</td></tr>',
      '</table>',
    ].join('\n');
    const quantities = extract(markdown);
    expect(quantities.map((q) => [q.kind, q.value, q.position.line])).toEqual([
      ['parameters', 8e9, 3],
      ['contextWindow', 128000, 3],
      ['trainingTokens', 15e12, 3],
      ['parameters', 70e9, 4],
      ['contextWindow', 128000, 4],
      ['gpuHours', 39.3e6, 9],
      ['co2', 11390e3, 13],
    ]);
  });

  it('reads prose inside HTML blocks, tags removed', () => {
    const quantities = extract('<p align="center">Trained on <b>2</b>T tokens with a <i>4096</i>-token context.</p>');
    expectQuantity(quantities, 'trainingTokens', 2e12);
    expectQuantity(quantities, 'contextWindow', 4096);
  });

  it('ignores matches in spans the masked text blanks (boilerplate), but not elsewhere', () => {
    const markdown = 'Carbon emissions: 149 kg\n\nThe model has 7B parameters.\n';
    const masked = markdown.replace('Carbon emissions: 149 kg', (span) => ' '.repeat(span.length));
    expect(extract(markdown).map((q) => q.kind)).toEqual(['co2', 'parameters']);
    expect(extract(markdown, masked).map((q) => q.kind)).toEqual(['parameters']);
  });

  it('keeps every size of a family card', () => {
    const quantities = extract('Models of sizes 70M, 160M, 410M, 1B, 1.4B, 2.8B, 6.9B, and 12B.');
    expect(quantities.filter((q) => q.kind === 'parameters').map((q) => q.value)).toEqual([
      70e6, 160e6, 410e6, 1e9, 1.4e9, 2.8e9, 6.9e9, 12e9,
    ]);
  });

  it('stays fast and bounded on hostile input', () => {
    const hostile = [
      `<div>${'<'.repeat(150_000)}</div>`,
      `${'1,'.repeat(60_000)}1 tokens`,
      `${'7B '.repeat(40_000)}`,
      `${'context length of '.repeat(5_000)}4096`,
      `<table>${'<tr><td>1.5M'.repeat(20_000)}`,
      `${'10^'.repeat(50_000)}25 FLOPs`,
      `${'x'.repeat(250_000)} 7B parameters`,
    ].join('\n\n');
    const started = Date.now();
    const quantities = extract(hostile);
    expect(Date.now() - started).toBeLessThan(10_000);
    // The over-long paragraph is skipped whole, so its trailing "7B parameters" is not read.
    expect(quantities.some((q) => q.raw === '7B parameters')).toBe(false);
    expect(quantities.length).toBeLessThanOrEqual(20_000);
  });
});

describe('quantitiesFromMetadata: front-matter figures', () => {
  const at = (line: number) => ({ line, column: 1 });
  const entries = (pairs: [string, unknown, number][]): Map<string, MetadataEntry> =>
    new Map(pairs.map(([key, value, line]) => [key, { value, position: at(line) }]));

  it('reads co2_eq_emissions given as a number of grams', () => {
    expect(quantitiesFromMetadata(entries([['co2_eq_emissions', 7.3, 4]]))).toEqual([
      { kind: 'co2', value: 0.0073, unit: 'kgCO2eq', raw: '7.3', position: at(4), source: 'frontMatter' },
    ]);
  });

  it('reads co2_eq_emissions.emissions (grams) at its own line', () => {
    const metadata = entries([
      ['co2_eq_emissions', { emissions: 149000, source: 'ML CO2 calculator' }, 3],
      ['co2_eq_emissions.emissions', 149000, 4],
      ['co2_eq_emissions.source', 'ML CO2 calculator', 5],
    ]);
    expect(quantitiesFromMetadata(metadata)).toEqual([
      expect.objectContaining({ kind: 'co2', value: 149, position: at(4) }),
    ]);
  });

  it('reads the ai_act block: compute, parameters and tokens, as numbers or strings', () => {
    const metadata = entries([
      ['ai_act', {}, 2],
      ['ai_act.training_compute_flops', '3.8e25', 3],
      ['ai_act.parameters', '405B', 4],
      ['ai_act.training_tokens', 15e12, 5],
      ['model-index.0.results.0.metrics.0.value', 0.97, 9],
    ]);
    expect(quantitiesFromMetadata(metadata).map((q) => [q.kind, q.value, q.unit, q.position.line])).toEqual([
      ['trainingCompute', 3.8e25, 'FLOP', 3],
      ['parameters', 405e9, 'count', 4],
      ['trainingTokens', 15e12, 'tokens', 5],
    ]);
  });

  it("reads a provider's own compute and token keys, at the top or one level down, but no threshold's or base's", () => {
    const metadata = entries([
      ['training_compute_flops', 5.8e23, 2],
      ['eu_ai_act.training_tokens', '12T', 4],
      ['eu_ai_act.systemic_risk_threshold_flops', 1e25, 5],
      ['base_model_training_flops', 3e24, 6],
      ['a.b.training_flops', 1e22, 7],
    ]);
    expect(quantitiesFromMetadata(metadata).map((q) => [q.kind, q.value, q.position.line])).toEqual([
      ['trainingCompute', 5.8e23, 2],
      ['trainingTokens', 12e12, 4],
    ]);
  });

  it('ignores values that are not numbers', () => {
    const metadata = entries([
      ['co2_eq_emissions', '[More Information Needed]', 2],
      ['ai_act.parameters', 'seven billion', 3],
      ['ai_act.training_compute_flops', null, 4],
    ]);
    expect(quantitiesFromMetadata(metadata)).toEqual([]);
  });
});

// Real cards from ../shared: line numbers below were read off the files themselves.
const SHARED = new URL('../../../shared/', import.meta.url);
const CARDS = new URL('corpus/model-cards/', SHARED);
const haveShared = existsSync(fileURLToPath(CARDS));
const describeShared = haveShared ? describe : describe.skip;
if (!haveShared) console.warn(`skipping real-card quantity tests: ${fileURLToPath(CARDS)} not found`);

function card(name: string): Quantity[] {
  return extract(readFileSync(fileURLToPath(new URL(name, CARDS)), 'utf8'));
}

function largest(quantities: Quantity[], kind: QuantityKind): number {
  return Math.max(...quantities.filter((q) => q.kind === kind).map((q) => q.value));
}

describeShared('extractQuantities on real cards (../shared/corpus/model-cards)', () => {
  it('databricks-dbrx-base.md: 132B total / 36B active, 12T tokens, 32K context, nothing from code', () => {
    const quantities = card('databricks-dbrx-base.md');
    expectQuantity(quantities, 'parameters', 132e9, 11);
    expectQuantity(quantities, 'activeParameters', 36e9, 11);
    expectQuantity(quantities, 'trainingTokens', 12e12, 12);
    expectQuantity(quantities, 'trainingTokens', 12e12, 19);
    expectQuantity(quantities, 'contextWindow', 32000, 19);
    expectQuantity(quantities, 'contextWindow', 32768, 24);
    expect(quantities.filter((q) => q.kind === 'trainingTokens' && q.value < 1e12)).toEqual([]);
    // Lines 47-85 are code blocks (max_new_tokens=100 among them).
    expect(quantities.filter((q) => q.position.line >= 47 && q.position.line <= 85)).toEqual([]);
  });

  it('meta-llama-llama-models-llama3-1.md: 405B, ~15T tokens, 39.3M H100-80GB GPU hours, CO2 table', () => {
    const quantities = card('meta-llama-llama-models-llama3-1.md');
    expect(largest(quantities, 'parameters')).toBe(405e9);
    expectQuantity(quantities, 'parameters', 405e9, 3);
    expectQuantity(quantities, 'parameters', 405e9, 64); // HTML table, "Params" column
    expectQuantity(quantities, 'contextWindow', 128000, 42); // "Context length" column
    expectQuantity(quantities, 'trainingTokens', 15e12, 46); // "Token count" column, rowspan
    expectQuantity(quantities, 'trainingTokens', 15e12, 186); // "~15 trillion tokens"
    expect(expectQuantity(quantities, 'gpuHours', 39.3e6, 104).hardware).toBe('H100-80GB');
    expectQuantity(quantities, 'co2', 11390e3, 107); // "**11,390** tons CO2eq"
    expectQuantity(quantities, 'gpuHours', 30.84e6, 154); // table, "Training Time (GPU hours)"
    expectQuantity(quantities, 'co2', 8930e3, 158); // table, "(tons CO2eq)"
    expectQuantity(quantities, 'co2', 11390e3, 172); // table total, after a blank line inside the table
    // "Training Power Consumption (W)" is power, not energy.
    expect(quantities.filter((q) => q.kind === 'energy')).toEqual([]);
  });

  it('hf-allenai-olmo-2-1124-13b.md: 13B, 5T tokens, 4096 context, comparison FLOPs', () => {
    const quantities = card('hf-allenai-olmo-2-1124-13b.md');
    expectQuantity(quantities, 'parameters', 13e9, 15);
    expectQuantity(quantities, 'trainingTokens', 5e12, 16);
    expect(expectQuantity(quantities, 'trainingTokens', 5e12, 25).raw).toBe('5 Trillion');
    expectQuantity(quantities, 'contextWindow', 4096, 25);
    expectQuantity(quantities, 'trainingCompute', 4.6e23, 143);
    // "Hidden Size" and "Layers" are not quantities; lines 41-85 are code.
    expect(quantities.filter((q) => q.position.line === 25).map((q) => q.kind)).toEqual([
      'parameters',
      'trainingTokens',
      'contextWindow',
    ]);
    expect(quantities.filter((q) => q.position.line >= 41 && q.position.line <= 85)).toEqual([]);
  });

  it('hf-eleutherai-pythia-12b.md: sizes 70M…12B, 299.9B tokens, batch sizes ignored', () => {
    const quantities = card('hf-eleutherai-pythia-12b.md');
    expect(quantities.filter((q) => q.position.line === 15).map((q) => q.value)).toEqual([
      70e6, 160e6, 410e6, 1e9, 1.4e9, 2.8e9, 6.9e9, 12e9,
    ]);
    expectQuantity(quantities, 'parameters', 11327027200, 75); // "Non-Embedding Params" column
    expectQuantity(quantities, 'trainingTokens', 299892736000, 189);
    // "Batch Size" column (2M/4M) and "batch size of 2M (2,097,152 tokens)" on line 197.
    expect(quantities.filter((q) => q.value === 2e6 || q.value === 4e6 || q.value === 2097152)).toEqual([]);
    expect(quantities.filter((q) => q.position.line === 190)).toEqual([]); // "saved every 2,097,152,000 tokens"
  });

  it('meta-llama-llama3.md: 8B/70B, 8,192-token sequences, 7.7M GPU hours, 2290 tCO2eq, 15T tokens', () => {
    const quantities = card('meta-llama-llama3.md');
    expectQuantity(quantities, 'parameters', 70e9, 7);
    expectQuantity(quantities, 'contextWindow', 8192, 13);
    expect(quantities.filter((q) => q.value === 128000)).toEqual([]); // "vocabulary of 128K tokens"
    expect(expectQuantity(quantities, 'gpuHours', 7.7e6, 86).hardware).toBe('H100-80GB');
    expectQuantity(quantities, 'co2', 2290e3, 86);
    expectQuantity(quantities, 'gpuHours', 6.4e6, 113); // "Time (GPU hours)" column
    expectQuantity(quantities, 'co2', 1900e3, 117); // "Carbon Emitted(tCO2eq)" column
    expectQuantity(quantities, 'trainingTokens', 15e12, 139);
  });

  it('openai-gpt-oss.md: 117B with 5.1B active, 21B with 3.6B active; inference GPUs are not training hardware', () => {
    const quantities = card('openai-gpt-oss.md');
    expectQuantity(quantities, 'parameters', 117e9, 18);
    expectQuantity(quantities, 'activeParameters', 5.1e9, 18);
    expectQuantity(quantities, 'parameters', 21e9, 19);
    expectQuantity(quantities, 'activeParameters', 3.6e9, 19);
    expect(quantities.filter((q) => q.kind === 'gpuCount')).toEqual([]); // "at least 4× H100 GPUs", line 210
    expect(quantities.filter((q) => q.kind === 'contextWindow')).toEqual([]); // 8192 only in a code block
  });
});
