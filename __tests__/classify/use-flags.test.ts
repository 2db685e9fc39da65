import { useFlags } from '../../src/classify/use-flags.js';
import { buildFacts, lineOf } from './build-facts.js';

const canonical = {
  'Intended Use': ['intended-uses'],
  Uses: ['intended-uses'],
  'Direct Use': ['intended-uses'],
  'Out-of-Scope Use': ['out-of-scope-uses'],
  Limitations: ['limitations'],
  'Model Details': ['overview'],
  Evaluation: ['evaluation'],
};

function intended(sentence: string): ReturnType<typeof useFlags> {
  return useFlags(buildFacts({ body: `# Model\n\n## Intended Use\n\n${sentence}\n`, canonical }));
}

describe('useFlags: Annex III areas in intended uses', () => {
  it.each([
    ['The model performs face recognition on CCTV footage.', 'biometrics'],
    ['It detects emotion recognition from facial expressions in video.', 'biometrics'],
    ['Use it as a safety component of critical infrastructure such as the power grid.', 'critical-infrastructure'],
    ['Designed for automated essay scoring in secondary schools.', 'education'],
    ['Built for CV screening and ranking candidates for open positions.', 'employment'],
    ['Estimate creditworthiness of loan applicants.', 'essential-services'],
    ['Supports emergency triage of patients in hospitals.', 'essential-services'],
    ['Assists police with predictive policing.', 'law-enforcement'],
    ['Helps officers examine visa applications at the border control.', 'migration'],
    ['Drafts sentencing recommendations for judges.', 'justice'],
  ])('"%s" → annex-iii:%s', (sentence, area) => {
    const { flagged } = intended(sentence);
    expect(flagged.map((mention) => mention.flag)).toContain(`annex-iii:${area}`);
    expect(flagged[0].position.line).toBe(5);
    expect(flagged[0].quote).toBe(sentence);
  });

  it('does not flag an area listed under out-of-scope uses, and reports it as a good sign', () => {
    const body =
      '# Model\n\n## Uses\n\nChat and summarisation.\n\n### Out-of-Scope Use\n\nHiring decisions, credit scoring and law enforcement.\n';
    const facts = buildFacts({ body, canonical });
    const { flagged, excluded } = useFlags(facts);
    expect(flagged).toEqual([]);
    expect(excluded.map((mention) => mention.flag).sort()).toEqual([
      'annex-iii:employment',
      'annex-iii:essential-services',
      'annex-iii:law-enforcement',
    ]);
    expect(excluded[0].position.line).toBe(lineOf(facts, 'Hiring decisions'));
  });

  it.each([
    'The model must not be used for credit scoring.',
    'We caution against use for face recognition.',
    'Use for predictive policing is prohibited.',
  ])('does not flag a negated sentence: "%s"', (sentence) => {
    expect(intended(sentence).flagged).toEqual([]);
  });

  it('does not flag a list introduced by a negated sentence', () => {
    const { flagged } = intended('You agree not to use the model:\n- for social scoring;\n- for law enforcement.');
    expect(flagged).toEqual([]);
  });

  it('does not flag a paragraph under an "Out-of-scope" label inside the intended-use section', () => {
    const { flagged } = intended(
      '**Intended Use Cases** Chat.\n\n**Out-of-scope** Use for face recognition of individuals.',
    );
    expect(flagged).toEqual([]);
  });

  it('reads the opening text and overview sections as declared purpose, but not evaluation sections', () => {
    const body =
      'A model for credit scoring.\n\n## Model Details\n\nIt ranks candidates for recruiting pipelines via CV screening.\n\n## Evaluation\n\nTested on a face recognition benchmark.\n';
    const { flagged } = useFlags(buildFacts({ body, canonical }));
    expect(flagged.map((mention) => mention.flag)).toEqual(['annex-iii:essential-services', 'annex-iii:employment']);
  });

  it("lets a child section inherit its parent's scope, and a blank heading continue the previous one", () => {
    const body =
      '## Uses\n\n### For teams\n\nAutomated exam grading.\n\n## Limitations\n\n## \n\nNot reliable for facial recognition.\n';
    const { flagged } = useFlags(buildFacts({ body, canonical }));
    expect(flagged.map((mention) => mention.flag)).toEqual(['annex-iii:education']);
  });
});

describe('useFlags: Art 5 prohibited practices', () => {
  it.each([
    'A social scoring engine for citizens.',
    'Emotion recognition of employees in the workplace.',
    'Predict the risk that a person commits a crime from their personality profile.',
    'Build a facial recognition database by scraping faces from the web.',
    'An app to undress people in photos.',
    'Real-time facial recognition of people in public spaces for the police.',
  ])('"%s" → art-5', (sentence) => {
    expect(intended(sentence).flagged.map((mention) => mention.flag)).toContain('art-5');
  });

  it('needs every pattern of an "all" practice in one sentence', () => {
    expect(
      intended('Emotion recognition for call-centre quality.').flagged.map((mention) => mention.flag),
    ).not.toContain('art-5');
  });

  it('flags each practice or area once', () => {
    const { flagged } = intended('Social scoring of citizens.\n\nMore social scoring of residents.');
    expect(flagged.filter((mention) => mention.flag === 'art-5')).toHaveLength(1);
  });
});
