/**
 * The `declares-task` predicate: a task declared in the front matter (a task tag, a pipeline_tag, a
 * model-index task type) names what the model does without describing it — partial intended uses and
 * modalities, never met, and nothing without a task. Own cards.
 */
import { checkCard } from '../../src/lint.js';
import { shippedRuleset } from '../helpers.js';

const ruleset = shippedRuleset();
const statuses = (frontMatter: string, body = '# efficientnet_b0\n\nWeights for timm.') => {
  const rules = checkCard('card.md', `---\n${frontMatter}---\n${body}\n`, ruleset).rules;
  const of = (id: string) => rules.find((rule) => rule.id === id);
  return { uses: of('intended-uses'), modalities: of('input-output-modalities') };
};

describe('declares-task', () => {
  it('a task tag alone is partial intended uses and partial modalities, at the tag', () => {
    const { uses, modalities } = statuses('tags:\n- image-classification\n- timm\n');
    expect(uses?.status).toBe('partial');
    expect(modalities?.status).toBe('partial');
    expect(uses?.line).toBe(3);
  });

  it('tags that declare no task are no evidence', () => {
    const { uses, modalities } = statuses('tags:\n- pytorch\n- safetensors\n');
    expect(uses?.status).toBe('missing');
    expect(modalities?.status).toBe('missing');
  });

  it("AutoTrain's problem type is partial", () => {
    const body = '# Model Trained Using AutoTrain\n\n- Problem type: Multi-class Classification\n- Model ID: 12345';
    expect(statuses('license: mit\n', body).uses?.status).toBe('partial');
  });
});

describe('evaluated capabilities and prompts', () => {
  const statusOf = (body: string, ruleId: string, frontMatter = 'license: mit\n') =>
    checkCard('card.md', `---\n${frontMatter}---\n# Nimbus-2\n\n${body}\n`, ruleset).rules.find(
      (rule) => rule.id === ruleId,
    )?.status;

  it('scores without limitations are partial capabilities', () => {
    expect(statusOf('Nimbus-2 reaches 81.4% accuracy on our held-out set.', 'capabilities-and-limitations')).toBe(
      'partial',
    );
  });

  it('what it does with a prompt and what it writes out is the modalities', () => {
    expect(
      statusOf(
        'Given a prompt and a response, Nimbus-2 generates text in its output that says whether they are safe.',
        'input-output-modalities',
      ),
    ).toBe('met');
  });
});
