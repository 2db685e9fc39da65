/**
 * Systemic-risk claims as providers write them: in the card languages, as "falls under Article 51",
 * inside a GitHub alert box; denials likewise. And what is no evidence for the gate: a guide that asks
 * deployers to red-team, and the compute of a model that is only planned.
 */
import { checkCard } from '../../src/lint.js';
import { shippedRuleset } from '../helpers.js';

const ruleset = shippedRuleset();
const card = (body: string) => `---\nlicense: other\npipeline_tag: text-generation\n---\n# Heron-2\n\n${body}\n`;
const tierOf = (body: string) => checkCard('card.md', card(body), ruleset).tier.id;

describe('systemic-risk claims in prose', () => {
  it.each([
    ['German', 'Heron-2 ist ein KI-Modell mit allgemeinem Verwendungszweck mit systemischem Risiko.'],
    ['French', "Heron-2 est un modèle d'IA à usage général présentant un risque systémique."],
    ['Spanish', 'Heron-2 es un modelo de IA de uso general con riesgo sistémico.'],
    ['Italian', 'Heron-2 è un modello di IA per finalità generali con rischio sistemico.'],
    ['Dutch', 'Heron-2 is een AI-model voor algemene doeleinden met systeemrisico.'],
    ['"falls under Article 51"', 'Heron-2 falls under Article 51 of the EU AI Act.'],
    ['German "fällt unter Art. 51"', 'Heron-2 fällt unter Art. 51 der KI-Verordnung.'],
    ['a GitHub alert box', '> [!IMPORTANT]\n> Heron-2 is a GPAI model with systemic risk under the EU AI Act.'],
  ])('in %s is a claim', (_form, body) => {
    expect(tierOf(body)).toBe('gpai-systemic-risk');
  });

  it.each([
    ['German', 'Heron-2 ist ein Sprachmodell ohne systemisches Risiko; es hat kein systemisches Risiko.'],
    ['French', "Heron-2 ne présente pas de risque systémique au sens de l'article 51."],
  ])('a denial in %s is no claim', (_language, body) => {
    expect(tierOf(body)).not.toBe('gpai-systemic-risk');
  });
});

describe('what the gate does not count', () => {
  const claimed =
    'Heron-2 is a general-purpose AI model with systemic risk (Article 51).\n\n## Evaluation\n\nHeron-2 scores 71.2 % on MMLU and 64.0 % on GSM8K (5-shot, greedy).\n\n';

  it('a red-teaming guide for deployers is no adversarial testing', () => {
    const report = checkCard(
      'card.md',
      card(
        `${claimed}## Red teaming\n\nRisks depend on the application. Our [red-teaming guide for deployers](https://heron.example/guide) describes a process and seed prompts.`,
      ),
      ruleset,
    );
    expect(report.rules.find((rule) => rule.id === 'adversarial-testing')?.status).not.toBe('met');
    expect(report.gate.blocked).toBe(true);
  });

  it("the compute of a model still being planned is not this model's", () => {
    const body =
      'Heron-2 has 7B parameters and was trained on 2T tokens.\n\nWe are planning Heron-3, a 400B-parameter model with an expected budget of about 3 × 10^25 FLOP.';
    expect(tierOf(body)).not.toBe('gpai-systemic-risk');
  });
});

describe('whose statement it is, by the names a card uses', () => {
  const statusOf = (text: string, ruleId: string) =>
    checkCard('card.md', text, ruleset).rules.find((rule) => rule.id === ruleId)?.status;

  it("another version of the card's model is another model", () => {
    const text = `---\nlicense: other\n---\n# Kite-5\n\nKite-5 is a chat model.\n\n## Red teaming\n\nKite-4 underwent external red teaming in 2025: two firms spent six weeks on it and found 30 jailbreaks, all fixed.\n`;
    expect(statusOf(text, 'adversarial-testing')).not.toBe('met');
  });

  it('a card without a title is named by its opening sentence', () => {
    const text = `---\nlicense: other\npipeline_tag: text-generation\n---\n> [!NOTE]\n> Kite-5 is a general-purpose AI model with systemic risk.\n\n## Red teaming\n\nKite-4 was red-teamed by two firms over six weeks, which found 30 jailbreaks.\n`;
    const report = checkCard('card.md', text, ruleset);
    expect(report.tier.id).toBe('gpai-systemic-risk');
    expect(report.rules.find((rule) => rule.id === 'adversarial-testing')?.status).not.toBe('met');
  });

  it("an abbreviation given after the title names the card's model", () => {
    const text = `---\nlicense: other\npipeline_tag: text-generation\n---\n# Kestrel Large 2\n\nKestrel Large 2 (KL2) is a multimodal model.\n\n## EU AI Act\n\nKL2 falls under Article 51 of the EU AI Act as a general-purpose AI model with systemic risk.\n`;
    expect(checkCard('card.md', text, ruleset).tier.id).toBe('gpai-systemic-risk');
  });

  it("a quantised copy's sentences about its base and the original training run are the base's", () => {
    const text = `---\nbase_model: acme/Kite-5-400B\nbase_model_relation: quantized\nlicense: other\npipeline_tag: text-generation\n---\n# Kite-5-400B-INT4\n\nAn INT4 quantisation of Kite-5-400B.\n\n## About the original model\n\nKite-5-400B is Acme's 400-billion-parameter model. The original training run used about 3 × 10^25 FLOP, above the 10^25 FLOP presumption of Article 51(2).\n`;
    const report = checkCard('card.md', text, ruleset);
    expect(report.tier.id).toBe('modification');
    expect(report.gate.blocked).toBe(false);
  });
});
