import { classifyTier } from '../../src/classify/classify-tier.js';
import { decideGate, type EvidenceStatus } from '../../src/classify/gate.js';
import type { Classification } from '../../src/model/tier.js';
import { buildFacts } from './build-facts.js';

const all = (status: EvidenceStatus) => (): EvidenceStatus => status;
const base: Classification = { id: 'gpai', computeFlops: 6.3e24, reasons: [], flags: [] };

describe('decideGate', () => {
  it('lets a model below 1e25 without a claim through', () => {
    expect(decideGate(base, all('missing'))).toEqual({
      blocked: false,
      blockedBy: [],
      reasons: ['Not gated: no systemic-risk claim or designation, and training compute not above 1e25 FLOP'],
    });
  });

  it('blocks a model above 1e25 until evaluation results and adversarial testing are met', () => {
    const systemic = { ...base, id: 'gpai-systemic-risk' as const, computeFlops: 3.8e25 };
    const blocked = decideGate(systemic, (rule) => (rule === 'evaluation-results' ? 'met' : 'partial'));
    expect(blocked.blocked).toBe(true);
    expect(blocked.blockedBy).toEqual(['adversarial-testing']);
    expect(blocked.reasons).toEqual([
      'Systemic-risk release gate applies: its training compute 3.8e25 FLOP exceeds 1e25 (Art. 51(2))',
      'evaluation-results is met',
      'Blocked: adversarial-testing is partial; the adversarial testing (Annex XI §2 point 2; Art. 55(1)(a)) must be documented, or linked from ai_act.adversarial_testing, before release',
    ]);
    expect(decideGate(systemic, all('met'))).toEqual({
      blocked: false,
      blockedBy: [],
      reasons: [
        'Systemic-risk release gate applies: its training compute 3.8e25 FLOP exceeds 1e25 (Art. 51(2))',
        'evaluation-results is met',
        'adversarial-testing is met',
      ],
    });
  });

  it('blocks a card that claims systemic risk whatever its compute', () => {
    const facts = buildFacts({ metadata: { ai_act: { systemic_risk: true } }, body: '# M\n' });
    const gate = decideGate(classifyTier(facts), all('missing'));
    expect(gate.blocked).toBe(true);
    expect(gate.reasons[0]).toBe(
      'Systemic-risk release gate applies: the card claims systemic risk (ai_act.systemic_risk)',
    );
  });

  it('blocks on a stated Commission designation', () => {
    const facts = buildFacts({ body: '# M\n\nThe European Commission designated this model.\n' });
    expect(decideGate(classifyTier(facts), all('missing')).reasons[0]).toMatch(
      /the card states a Commission designation/,
    );
  });

  it('counts ai_act links to the reports in place of the reports', () => {
    const facts = buildFacts({
      metadata: {
        ai_act: {
          systemic_risk: true,
          evaluation_reports: 'https://x/evals',
          adversarial_testing: ['https://x/red-team'],
        },
      },
      body: '# M\n',
    });
    const gate = decideGate(classifyTier(facts), all('missing'));
    expect(gate.blocked).toBe(false);
    expect(gate.reasons.slice(1)).toEqual([
      'evaluation-results is missing in the text, but ai_act.evaluation_reports links the reports (https://x/evals)',
      'adversarial-testing is missing in the text, but ai_act.adversarial_testing links the reports (https://x/red-team)',
    ]);
  });

  it('gates a systemic tier without figures or claims', () => {
    const gate = decideGate({ ...base, id: 'gpai-systemic-risk', computeFlops: null }, all('missing'));
    expect(gate.reasons[0]).toBe('Systemic-risk release gate applies: its tier is gpai-systemic-risk');
    expect(gate.blocked).toBe(true);
  });

  it('does not gate a denial of systemic risk below 1e25', () => {
    const facts = buildFacts({ metadata: { ai_act: { systemic_risk: false } }, body: '# M\n' });
    expect(decideGate(classifyTier(facts), all('missing')).blocked).toBe(false);
  });
});

describe('documentation held for the AI Office', () => {
  const card = (held: string) =>
    `---\nlicense: other\n---\n# Basalt-9\n\nBasalt-9 is a general-purpose AI model with systemic risk under Article 51 of the EU AI Act.\n\n## Evaluation\n\nDetailed evaluation results are not publicly disclosed; they are ${held}.\n\n## Adversarial testing\n\nRed-teaming findings are not published; the full red-teaming report is ${held}.\n`;

  it('does not block a release whose reports exist and are held for the AI Office', async () => {
    const { checkCard } = await import('../../src/lint.js');
    const { shippedRuleset } = await import('../helpers.js');
    expect(checkCard('card.md', card('available to the AI Office on request'), shippedRuleset()).gate.blocked).toBe(
      false,
    );
  });

  it('blocks one whose reports are only kept internally', async () => {
    const { checkCard } = await import('../../src/lint.js');
    const { shippedRuleset } = await import('../helpers.js');
    expect(checkCard('card.md', card('kept internally'), shippedRuleset()).gate.blocked).toBe(true);
  });
});
