import { parseCard } from '../../src/parse/parse-card.js';
import { flattenMetadata } from '../../src/facts/metadata.js';

function metadataOf(text: string) {
  const card = parseCard(text);
  return flattenMetadata(card.frontMatter, card.frontMatterOffset, card.positionAt);
}

describe('flattenMetadata', () => {
  it('flattens nested keys and sequences into dotted paths with 1-based lines', () => {
    const metadata = metadataOf(
      '---\nlicense: other\nlicense_name: llama3\nbase_model:\n  - meta-llama/Meta-Llama-3-8B\nco2_eq_emissions:\n  emissions: 1500\n---\n',
    );
    expect(metadata.get('license')).toEqual({ value: 'other', position: { line: 2, column: 1 } });
    expect(metadata.get('base_model')?.value).toEqual(['meta-llama/Meta-Llama-3-8B']);
    expect(metadata.get('base_model.0')).toEqual({
      value: 'meta-llama/Meta-Llama-3-8B',
      position: { line: 5, column: 5 },
    });
    expect(metadata.get('co2_eq_emissions.emissions')?.value).toBe(1500);
    expect(metadata.get('co2_eq_emissions.emissions')?.position.line).toBe(7);
  });

  it('records keys with empty values as null', () => {
    const metadata = metadataOf('---\nlicense:\ndatasets: []\n---\n');
    expect(metadata.get('license')?.value).toBeNull();
    expect(metadata.get('datasets')?.value).toEqual([]);
  });

  it('survives an alias bomb without expanding it', () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i++) {
      const prev = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      levels.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    const started = Date.now();
    const metadata = metadataOf(`---\n${levels.join('\n')}\n---\n# Title\n`);
    expect(Date.now() - started).toBeLessThan(5000);
    // The deepest value would hold 9^9 strings; it must not be materialised.
    expect(metadata.get('i')?.value).toBeUndefined();
  });
});
