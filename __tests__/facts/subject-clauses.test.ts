/**
 * Whose statement each clause, table row and figure is, read the same way for figures, claims and
 * duty evidence: clauses joined by ";" or "whereas" have their own subjects, a table naming other
 * models never gives this model's figures, a key/value row reads like the list item it stands for.
 */
import { readClaims } from '../../src/classify/claims.js';
import { taskProfile } from '../../src/classify/task-profile.js';
import { extractFacts } from '../../src/facts/extract-facts.js';
import {
  clauseSubjects,
  ownNames,
  shippedSubjectCues,
  subjectOf,
  type OwnNames,
} from '../../src/facts/subject/index.js';
import { checkCard } from '../../src/lint.js';
import type { Quantity } from '../../src/model/card.js';
import { parseCard } from '../../src/parse/parse-card.js';
import { shippedRuleset } from '../helpers.js';

const cues = shippedSubjectCues();
const wren: OwnNames = { keys: ['wren7b', 'wren'], exact: ['wren7b'], families: new Set() };

const facts = (body: string) => extractFacts(parseCard(body), shippedRuleset().vocabulary);
const figure = (body: string, raw: string): Quantity => {
  const found = facts(body).quantities.find((quantity) => quantity.raw.startsWith(raw));
  if (!found) throw new Error(`no figure "${raw}" in: ${body}`);
  return found;
};
const report = (body: string) => checkCard('card.md', body, shippedRuleset());

describe('clauses', () => {
  it('gives each clause joined by ";" or "whereas" its own subject; a clause naming none continues the one before', () => {
    const judged = clauseSubjects('Big-Other is a GPAI model with systemic risk; Wren-7B is not.', wren, cues);
    expect(judged.map(({ verdict }) => verdict.subject)).toEqual(['other-model', 'this-model']);
    const whereas = clauseSubjects('Llama 3.1 405B was trained on 15.6T tokens, whereas Wren-7B saw 3T.', wren, cues);
    expect(whereas.map(({ verdict }) => verdict.subject)).toEqual(['other-model', 'this-model']);
    const continued = clauseSubjects('Wren-7B was trained on 3T tokens, but only in English.', wren, cues);
    expect(continued.map(({ verdict }) => verdict.subject)).toEqual(['this-model', 'this-model']);
  });

  it('reads another model’s systemic-risk status as no claim of this model, and the elliptical clause as a denial', () => {
    const card = facts('# Wren-7B\n\nBig-Other is a GPAI model with systemic risk; Wren-7B is not.\n');
    const claims = readClaims(card, null);
    expect(claims.systemicRisk?.value).toBe(false);
    const other = facts(
      '# Wren-7B\n\nBig-Other is a general-purpose AI model with systemic risk, while Wren-7B is a small chat model.\n',
    );
    expect(readClaims(other, null).systemicRisk).toBeUndefined();
  });

  it('still reads a claim written in prose about the model itself', () => {
    const card = facts(
      '# Condor-2\n\nCondor-2 is a general-purpose AI model with systemic risk (Article 51 of the EU AI Act).\n',
    );
    expect(readClaims(card, null).systemicRisk?.value).toBe(true);
  });

  it('keeps hypotheticals out of claims', () => {
    const card = facts('# Heron\n\nIf the model were trained further, it could become a model with systemic risk.\n');
    expect(readClaims(card, null).systemicRisk).toBeUndefined();
  });
});

describe('duty evidence and the Act', () => {
  const own = ownNames(facts('# Aurel-3\n\nx\n'), cues);
  it.each([
    [
      'Aurel Labs Inc. has appointed Example Legal BV as its authorised representative under Article 54 of the AI Act.',
      'this-model',
    ],
    ['We notified the Commission under Article 52 on 10 February 2026.', 'this-model'],
    ['Thanks to the EleutherAI team for releasing GPT-NeoX and the Pile.', 'other-model'],
    ['We would like to thank the Hugging Face team for their support.', 'other-model'],
    [
      'Providers of general-purpose AI models with systemic risk must notify the Commission within two weeks.',
      'models-in-general',
    ],
    [
      'For reference: a 70-billion-parameter model trained on 30 trillion tokens would need about 1.3 × 10^25 FLOP, above the systemic-risk threshold.',
      'models-in-general',
    ],
  ])('%s → %s', (sentence, subject) => {
    expect(subjectOf(sentence, own, cues)).toBe(subject);
  });
});

describe('tables of other models', () => {
  const comparison = [
    '# Kestrel',
    '',
    'Kestrel is a chat model.',
    '',
    '| Model | Parameters | Training tokens | Training compute (FLOP) |',
    '|---|---|---|---|',
    '| GPT-3 | 175B | 300B | 3.1 × 10^23 |',
    '| Chinchilla | 70B | 1.4T | 5.8 × 10^23 |',
    '',
  ].join('\n');

  it('never gives this model’s figures, even as the only figures on the card', () => {
    for (const raw of ['175B', '1.4T', '3.1 × 10^23']) expect(figure(comparison, raw).subject).toBe('other-model');
    const tier = report(comparison).tier;
    expect(tier.computeFlops).toBeNull();
  });

  it('is no evidence for the training-compute duty', () => {
    const rule = report(comparison).rules.find((candidate) => candidate.id === 'training-compute');
    expect(rule?.status).not.toBe('met');
  });

  it('takes another size of the card’s family for another model', () => {
    const body =
      '# Falcon-7B\n\n| Model | Compute |\n|---|---|\n| Falcon-7B | 6.3e22 FLOP |\n| Falcon-180B | 3.8e24 FLOP |\n';
    expect(figure(body, '6.3e22').subject).toBe('this-model');
    expect(figure(body, '3.8e24').subject).toBe('other-model');
  });

  it('keeps a family table of the model’s own sizes when the title names no size', () => {
    const body =
      '# Osprey\n\n| Model | Parameters | Tokens |\n|---|---|---|\n| Osprey 7B | 7B | 2T |\n| Osprey 70B | 70B | 2T |\n';
    expect(figure(body, '70B').subject).toBe('this-model');
  });

  it('does not carry a comparison heading over a subsection with a topic of its own', () => {
    const body =
      '# Kite\n\n## Comparison with other models\n\n| Model | Parameters |\n|---|---|\n| BLOOM | 176B |\n\n### Training procedure\n\nKite was trained on 2T tokens.\n';
    expect(figure(body, '176B').subject).toBe('other-model');
    expect(figure(body, '2T').subject).toBe('this-model');
  });

  it('takes the figures under a heading that compares other models for theirs', () => {
    const body =
      '# Kite\n\nKite has 3B parameters.\n\n## Comparison with other models\n\nThe strongest baseline has 13B parameters.\n';
    expect(figure(body, '3B').subject).toBe('this-model');
    expect(figure(body, '13B').subject).toBe('other-model');
  });
});

describe('figures attached to another model’s name', () => {
  it('gives a figure in a relative clause or parenthesis after another model’s name to that model', () => {
    const body =
      '# Wren-7B\n\nCompared with GPT-4, which reportedly used 2e25 FLOP, our model used 3e23 FLOP. ' +
      'Unlike Llama 3.1 405B (3.8e25 FLOP), Wren-7B fits on one GPU. It was fine-tuned from Mistral-7B on 2T tokens.\n';
    expect(figure(body, '2e25').subject).toBe('other-model');
    expect(figure(body, '3e23').subject).toBe('this-model');
    expect(figure(body, '3.8e25').subject).toBe('other-model');
    expect(figure(body, '2T').subject).toBe('this-model');
  });

  it('keeps a figure after a model name used as a kind ("a GPT-2 model (110M parameters)")', () => {
    expect(
      figure('# CodeParrot\n\nCodeParrot is a GPT-2 model (110M parameters) trained to generate Python code.\n', '110M')
        .subject,
    ).toBe('this-model');
  });
});

describe('key/value table rows read like labelled list items', () => {
  const list = '# M\n\n- **Hardware Type:** A100 PCIe 40GB\n- **Hours used:** 200000\n- **Hardware:** 32 x 8 x A100\n';
  const table =
    '# M\n\n| Field | Value |\n|---|---|\n| Hardware Type | A100 PCIe 40GB |\n| Hours used | 200000 |\n| Hardware | 32 x 8 x A100 |\n';
  const read = (body: string) =>
    facts(body).quantities.map((quantity) => [quantity.kind, quantity.value, quantity.hardware]);

  it('finds the same GPU-hours and GPU count in both forms', () => {
    expect(read(table)).toEqual(read(list));
    expect(read(table).map(([kind, value]) => [kind, value])).toEqual([
      ['gpuHours', 200000],
      ['gpuCount', 256],
    ]);
  });
});

describe('prose patterns across soft line breaks', () => {
  it('reads "language\\nmodels" in a wrapped paragraph as "language models"', () => {
    const wrapped = facts('# Tern\n\nTern is a series of open\nlanguage\nmodels for research.\n');
    expect(taskProfile(wrapped).kind).toBe('generative');
  });
});

describe("a label that gives its topic as another model's", () => {
  const card = (line: string) => `# Aurel-3\n\nAurel-3 is a general-purpose language model.\n\n${line}\n`;

  it.each([
    '**Training compute, predecessor Aurel-2:** approx. 3 × 10^25 FLOP',
    'Training compute of the base model (Kestrel-70B): 3 × 10^25 FLOP',
    '**Compute (teacher model):** 3 × 10^25 FLOP',
  ])('gives neither the compute nor the duty, nor blocks the release: %s', (line) => {
    const checked = report(card(line));
    expect(checked.tier.computeFlops).toBeNull();
    expect(checked.gate.blocked).toBe(false);
    expect(checked.rules.find((rule) => rule.id === 'training-compute')?.status).toBe('missing');
  });

  it("keeps the card's own value beside a label that only relates it to another version", () => {
    const checked = report(card('**Training compute (up from the previous version):** 3 × 10^25 FLOP'));
    expect(checked.tier.computeFlops).toBe(3e25);
    const dependencies = report(
      '---\nbase_model: kestrel/Kestrel-70B\n---\n# Aurel-3\n\n**Model dependencies (base model):** Kestrel-70B, revision 2024-05\n',
    );
    expect(dependencies.rules.find((rule) => rule.id === 'model-dependencies')?.status).toBe('met');
  });
});
