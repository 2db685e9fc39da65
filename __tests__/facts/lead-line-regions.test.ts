/**
 * A short line standing alone as a heading, as PDF and Word exports leave them ("KNOWN LIMITATIONS",
 * "Deployment requirements"), governs the lines or the list right after it; a wrapped sentence does not.
 */
import { parseCard } from '../../src/parse/parse-card.js';
import { extractFacts } from '../../src/facts/extract-facts.js';
import { shippedRuleset } from '../helpers.js';

const ruleset = shippedRuleset();
const labelsOf = (body: string) =>
  extractFacts(parseCard(`# Nimbus-2\n\n${body}\n`), ruleset.vocabulary).regions.filter(
    (region) => region.kind === 'label',
  );

describe('a lead line that lost its heading markup', () => {
  it('governs the bullet lines of its own paragraph', () => {
    const body = 'Serving requirements\n• GPU: one H100 80 GB\n• Runtime: vLLM 0.6';
    const [region] = labelsOf(body).filter((candidate) => candidate.title === 'Serving requirements');
    expect(region?.topics).toContain('integration-requirements');
    const text = `# Nimbus-2\n\n${body}\n`;
    expect(region && text.slice(region.spans[0][0], region.spans[0][1])).toContain('vLLM 0.6');
  });

  it('governs the list right after it when it stands alone', () => {
    const regions = labelsOf('KNOWN LIMITATIONS\n\n- Weak at arithmetic.\n- Invents citations.');
    expect(regions.some((region) => region.title === 'KNOWN LIMITATIONS')).toBe(true);
  });

  it('governs the paragraph after it when capitalised or numbered as a heading', () => {
    expect(labelsOf('Known Limitations\n\nThe model is weak at arithmetic.').map((region) => region.title)).toEqual([
      'Known Limitations',
    ]);
    expect(labelsOf('4.2 Known limitations\n\nThe model is weak at arithmetic.')).toHaveLength(1);
    expect(labelsOf('Trained until 9000 steps\n\nHave fun with the model.')).toEqual([]);
  });

  it('leaves a wrapped sentence alone', () => {
    expect(labelsOf('Nimbus-2 has known limitations\nin arithmetic and in citing sources.')).toEqual([]);
    expect(labelsOf('Our known limitations are listed with\n- Weak at arithmetic.')).toEqual([]);
    expect(labelsOf('This model card describes Nimbus-2.\n\nThe model is weak at arithmetic.')).toEqual([]);
  });
});

describe('a lead line opened by an emoji, a sentence line, and a label over a list', () => {
  it('reads a lead line after its emoji', () => {
    const regions = labelsOf('🏗️ System architecture\n- input safety classifier\n- output filter for personal data');
    expect(regions.find((region) => region.title === 'System architecture')?.topics).toContain('system-architecture');
  });

  it('leaves a short sentence with a finite verb alone', () => {
    expect(labelsOf('❌ Outputs are not watermarked\nDo with that what you will.')).toEqual([]);
  });
});
