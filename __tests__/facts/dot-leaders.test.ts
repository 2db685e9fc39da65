/** Spec-sheet fields with dot leaders ("Ctx window ..... 32,768 tok") read as "Label: value", offsets kept. */
import { readDotLeaders } from '../../src/facts/dot-leaders.js';
import { checkCard } from '../../src/lint.js';
import { shippedRuleset } from '../helpers.js';

const statusOf = (body: string, rule: string) =>
  checkCard('card.md', body, shippedRuleset()).rules.find((candidate) => candidate.id === rule);

describe('dot leaders', () => {
  it.each([
    ['Context length ...... 8192 tokens', 'Context length:       8192 tokens'],
    ['- Base model ..... Kestrel-7B', '- Base model:      Kestrel-7B'],
    ['Max. output … 2,048 tokens', 'Max. output:  2,048 tokens'],
    ['Gov. contact ……… legal@corvane.example', 'Gov. contact:    legal@corvane.example'],
  ])('reads %j as a field', (line, read) => {
    expect(readDotLeaders(line)).toBe(read);
    expect(readDotLeaders(line)).toHaveLength(line.length);
  });

  it.each(['The model is... well, large.', 'Results were mixed...', '| cell ... | value |', 'See the docs.'])(
    'leaves %j as written',
    (line) => {
      expect(readDotLeaders(line)).toBe(line);
    },
  );

  it('reads a spec sheet written with leaders as its fields, and quotes the line where it stands', () => {
    const card = '# Corvane-2\n\n## Limits\nContext length ...... 16,384 tokens\nMax output ......... 4,096 tokens\n';
    const limits = statusOf(card, 'input-output-limits');
    expect(limits?.status).toBe('met');
    expect(limits?.line).toBe(4);
    const lineage =
      '# Corvane-2\n\n## Lineage\nBase model ..... Kestrel-7B (rev. 2024-06)\nMethod ......... LoRA fine-tune\n';
    expect(statusOf(lineage, 'model-dependencies')?.status).toBe('met');
  });

  it('reads a label abbreviated with periods as one label', () => {
    const card =
      '# Corvane-2\n\nProvider ......... Corvane AI Inc. (US)\nEU Auth. Rep. .... Lindqvist Legal AB, Stockholm\n';
    expect(statusOf(card, 'authorised-representative')?.status).toBe('met');
  });
});
