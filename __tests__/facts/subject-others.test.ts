/**
 * Others' models, organisations, data and findings: a clause whose subject is another model by its
 * role (predecessor, companion, baseline), an organisation's product, a third party, a cited study or
 * a dataset's own licence is never this model's evidence, in any of the card's languages. On a card that
 * names its model in its text, a clause about a model of another name is that model's; on one that never
 * does, a name that nothing marks as another's stays the card's own, whatever the title says.
 */
import { extractFacts } from '../../src/facts/extract-facts.js';
import { statementIndex } from '../../src/facts/statement-mode.js';
import {
  clauseSubjectAt,
  clauseSubjects,
  ownClausesText,
  ownNames,
  rowLabelSubject,
  sentenceAcrossLines,
  shippedSubjectCues,
  subjectInText,
  subjectOf,
  titleGivesOthers,
  type OwnNames,
  withoutOthersVersions,
} from '../../src/facts/subject/index.js';
import { checkCard } from '../../src/lint.js';
import { parseCard } from '../../src/parse/parse-card.js';
import { shippedRuleset } from '../helpers.js';

const cues = shippedSubjectCues();
const heron: OwnNames = {
  keys: ['heron2', 'heron'],
  exact: ['heron2'],
  families: new Set(),
  organisations: new Set(),
};
const statusOf = (body: string, rule: string) =>
  checkCard('card.md', body, shippedRuleset()).rules.find((candidate) => candidate.id === rule)?.status;

describe('another model named by its role beside it', () => {
  it.each([
    'Kestrel-1, the predecessor of this model, supported only 4k tokens of context.',
    'Our sister model, Heron-2-Vision, accepts images as input.',
    'Heron-2-Reward, our separate reward model, was trained on 80k preference pairs.',
    'Falcon-40B, which served as our baseline, was trained on RefinedWeb.',
    'Unser Vorgängermodell, Kestrel-1, verarbeitete nur Text.',
    'Le modèle de référence, Kestrel-1, compte 3 milliards de paramètres.',
    'Nuestro modelo anterior, Kestrel-1, solo admitía texto.',
    'Il modello di riferimento Kestrel-1, usato per il confronto, ha 3 miliardi di parametri.',
    'Ons vorige model, Kestrel-1, ondersteunde alleen Engels.',
    'For the data governance of the base model, see its technical report.',
    "The upstream model's evaluation results are on its own card.",
    'Mistral-7B-v0.1, the base model, is released under the Apache 2.0 licence.',
    'Kestrel-1-XL, our teacher model, was trained on 2 trillion tokens.',
  ])('%s', (text) => {
    expect(subjectOf(text, heron, cues)).toBe('other-model');
  });

  it('another version named first, with a verb the vocabulary does not know, is another model', () => {
    const versioned: OwnNames = { ...heron, version: { name: 'heron', version: '2' } };
    expect(subjectOf('Heron-1 used a 12-layer encoder with 300M parameters.', versioned, cues)).toBe('other-model');
    expect(subjectOf('Heron-2 used a 24-layer decoder.', versioned, cues)).toBe('this-model');
    expect(
      subjectOf(
        'The Heron-1 release was red-teamed by an outside lab; findings are in the Heron-1 model card.',
        versioned,
        cues,
      ),
    ).toBe('other-model');
  });
});

describe('others credited, cited or acting', () => {
  it.each([
    'According to Meta, Llama 3 8B was trained on 15 trillion tokens.',
    'Selon ses auteurs, le corpus ROOTS compte 1,6 To de texte.',
    'Laut dem technischen Bericht von Google hat Gemma 7B 28 Schichten.',
    'Volgens Touvron et al. (2023) werd LLaMA getraind op 1,4 biljoen tokens.',
    'Secondo il rapporto tecnico, Qwen2 copre 29 lingue.',
    'Según OpenAI, GPT-4 admite entradas de imagen.',
    "OpenAI's moderation endpoint classifies harmful content in eleven categories.",
    'Microsoft releases a transparency note for each Azure AI service.',
    'Our hosting provider has obtained ISO 27001 certification for its data centres.',
    'Questions about the dataset should go to the maintainers of The Stack.',
    'Hendrycks et al. (2021) introduced MMLU with 57 subjects.',
    'The Foundation Model Transparency Index rates providers on 100 indicators.',
    'The Pile dataset is distributed by EleutherAI under the MIT licence.',
    "Mistral AI's public summary of training content covers the pre-training data of that model.",
    'Questions about the underlying base model should be sent to its authors.',
    'Independent tests found that Vela-9B from a rival lab answers 72% of the questions.',
    'Die Bewertung eines Wettbewerbers ergab für Vela-9B 64 Punkte.',
    'Das Training des Vorgängermodells Heron-1 dauerte 40 Tage auf 512 GPUs.',
    'Das Konkurrenzmodell Vela-9B erreicht 71 Punkte auf MMLU.',
    'El modelo competidor Vela-9B tiene 9.000 millones de parámetros.',
    "Our partner's hosting platform runs its own moderation model in front of every request.",
    "Our partners' model Vela-9B is served from confidential-computing enclaves.",
    "Vela-9B, our partner's flagship model, was red-teamed by an external firm.",
    'Het voorgaande model Heron-1 vertoonde fouten bij lange teksten.',
    'Selon son éditeur, le modèle concurrent Vela-9B présente des faiblesses en calcul.',
  ])('%s', (text) => {
    expect(subjectOf(text, heron, cues)).toBe('other-model');
  });
});

describe("the card's own model, whatever it is called", () => {
  it.each([
    // A name the title does not give, with nothing that marks it as another's.
    "Corvid's context window is 32k tokens.",
    'Corvid, a 7B decoder-only model, was trained on 2T tokens.',
    'Compared with its predecessor, Heron-2 scores 8 points higher on MMLU.',
    'We fine-tuned Llama 3 8B with LoRA on 20k legal documents.',
    'Rotary position embeddings (Su et al., 2021) are applied in every layer.',
    'The weights are released under the Apache 2.0 licence.',
    'According to our evaluations, Heron-2 refuses 97 % of harmful prompts.',
    'NVIDIA H100 GPUs were used for training.',
    'Unlike previous models, our model reads tables as well as text.',
  ])('%s', (text) => {
    expect(subjectOf(text, heron, cues)).toBe('this-model');
  });

  it('keeps the organisation that makes the model its own ("Developed by: Microsoft")', () => {
    const card =
      '# Heron-2\n\n- **Developed by:** Microsoft\n\nMicrosoft publishes the training-data summary on its website.\n';
    const facts = extractFacts(parseCard(card), shippedRuleset().vocabulary);
    const own = ownNames(facts, cues);
    expect(own.organisations?.has('microsoft')).toBe(true);
    expect(subjectOf('Microsoft publishes the training-data summary on its website.', own, cues)).toBe('this-model');
    expect(subjectOf('Microsoft publishes the training-data summary on its website.', heron, cues)).toBe('other-model');
  });

  it("counts the family's maker as the card's own (Meta on a Llama card)", () => {
    const card = '# Llama-3-Legal\n\nMeta released the base weights in April 2024.\n';
    const facts = extractFacts(parseCard(card), shippedRuleset().vocabulary);
    expect(ownNames(facts, cues).organisations?.has('meta')).toBe(true);
  });
});

describe('a sentence wrapped over lines', () => {
  const text =
    "## Safety\n\nAnthropic's red-teaming study (Ganguli et al., 2022) gathered thousands of attacks on its\nassistant models.\n";

  it('is judged whole, so its second line shares the first line’s subject', () => {
    const second = text.indexOf('assistant models.');
    expect(sentenceAcrossLines(text, second, text.length)).toContain("Anthropic's red-teaming study");
    expect(subjectInText(text, second, 'assistant models.\n', heron, cues)).toBe('other-model');
  });

  it('does not join a list item, a bold label or code to the line before', () => {
    const list = 'Heron-2 was trained on\n- 2T tokens of web text\n';
    expect(sentenceAcrossLines(list, list.indexOf('\n-') + 1, list.length)).toBe('- 2T tokens of web text\n');
    const label = '**License**\nCode and data are licensed under Apache 2.0.\n';
    const start = label.indexOf('Code');
    expect(sentenceAcrossLines(label, start, label.length)).toBe(label.slice(start));
    const code = 'embeddings = Embeddings(\n    model="xlm-roberta-large",\n';
    const inner = code.indexOf('    model');
    expect(sentenceAcrossLines(code, inner, code.length)).toBe(code.slice(inner));
  });
});

describe('data and words that only look like models', () => {
  it("reads the terms of data used for the model as the data's, though the model is named after the data", () => {
    expect(subjectOf('All tuning data used for Heron-2 is licensed under CC BY-SA 4.0.', heron, cues)).toBe(
      'other-model',
    );
    expect(subjectOf('Heron-2 and its training data are released under Apache 2.0.', heron, cues)).toBe('this-model');
  });

  it('does not take "opt-outs" for the OPT model', () => {
    expect(subjectOf('Opt-outs expressed in robots.txt are respected during crawling.', heron, cues)).toBe(
      'this-model',
    );
    expect(subjectOf('OPT-66B was trained on 180 billion tokens.', heron, cues)).toBe('other-model');
  });
});

describe('duty evidence', () => {
  it('reads a sentence that opens on what the one before named as that one’s', () => {
    const other =
      '# Heron-2\n\nHeron-2 is our new chat model.\n\n## Usage rules\n\nThe earlier Heron-1 came with the Heron-1 Usage Terms, which ban spam. These terms are posted at https://heron.example/heron-1/terms.\n';
    const own =
      '# Heron-2\n\nHeron-2 is our new chat model.\n\n## Usage rules\n\nHeron-2 comes with the Heron-2 Usage Terms, which ban spam. These terms are posted at https://heron.example/terms.\n';
    expect(statusOf(other, 'acceptable-use-policy')).toBe('missing');
    expect(statusOf(own, 'acceptable-use-policy')).toBe('met');
  });

  it("reads a field labelled with another model's name, and the values after its pipes, as that model's", () => {
    const card = (line: string) => `# Heron-2\n\nHeron-2 is our chat model.\n\n## Benchmarks\n${line}\n`;
    expect(statusOf(card('Vela-9B: MMLU 71.2 | GSM8K 80.4'), 'evaluation-results')).toBe('missing');
    expect(statusOf(card('Vela-9B recipe: SFT then DPO | 3 epochs'), 'evaluation-results')).toBe('missing');
    expect(statusOf(card('Heron-1: MMLU 61.2 | GSM8K 70.4'), 'evaluation-results')).toBe('missing');
    expect(statusOf(card('Heron-2: MMLU 71.2 | GSM8K 80.4'), 'evaluation-results')).toBe('met');
    // A card that names no model may be calling it by another name; a title with a version names it.
    expect(statusOf('# Support bot\n\n## Benchmarks\nVela-9B: MMLU 71.2 | GSM8K 80.4\n', 'evaluation-results')).toBe(
      'met',
    );
    expect(statusOf('# Heron-2\n\n## Benchmarks\nVela-9B: MMLU 71.2 | GSM8K 80.4\n', 'evaluation-results')).toBe(
      'missing',
    );
  });

  it('reads a heading or label scoped by a closing parenthesis to another model as that model’s', () => {
    const scoped = (label: string) =>
      `# Heron-2\n\nHeron-2 is our chat model.\n\n${label}\n\n- 4096-token context window\n- 1024 output tokens at most\n`;
    expect(statusOf(scoped('## Input limits (Heron-1)'), 'input-output-limits')).toBe('missing');
    expect(statusOf(scoped('## Input limits (context of Vela-9B)'), 'input-output-limits')).toBe('missing');
    expect(statusOf(scoped('## Input limits (Heron-2)'), 'input-output-limits')).toBe('met');
    expect(statusOf(scoped('## Input limits (measured with Vela-9B)'), 'input-output-limits')).toBe('met');
    expect(statusOf('# Heron-2\n\n**Training compute (Heron-1):** 3e22 FLOP\n', 'training-compute')).toBe('missing');
  });

  it("reads a programme or document for another model, or for the card's base, as that model's", () => {
    expect(
      statusOf(
        '# Heron-2\n\nNimbus AI runs a bug bounty for Corvid-7, with reports going to security@nimbus.example.\n',
        'incident-reporting',
      ),
    ).toBe('missing');
    expect(
      statusOf(
        '# Heron-2\n\nCorvid AI published the training content summary for the base Corvid-7B at https://corvid.example/summary.\n',
        'training-content-summary',
      ),
    ).toBe('missing');
  });

  it("reads a dataset's licence as no licence of the model", () => {
    const other =
      '# Heron-2\n\n## Licensing\n\nThe Pile corpus used for pretraining is distributed by EleutherAI under the\nMIT licence.\n';
    const own = '# Heron-2\n\n## Licensing\n\nHeron-2 is distributed under the Apache 2.0 licence.\n';
    expect(statusOf(other, 'licence')).toBe('missing');
    expect(statusOf(own, 'licence')).toBe('met');
  });

  it("reads a table whose every score column is another model's as no evaluation of the model", () => {
    const other =
      '# Heron-2\n\n## Results\n\n| Benchmark | Mistral-7B |\n|---|---|\n| MMLU | 60.1 |\n| HellaSwag | 81.3 |\n';
    const own =
      '# Heron-2\n\n## Results\n\n| Benchmark | Heron-2 | Mistral-7B |\n|---|---|---|\n| MMLU | 63.0 | 60.1 |\n| HellaSwag | 82.9 | 81.3 |\n';
    expect(statusOf(other, 'evaluation-results')).toBe('missing');
    expect(statusOf(own, 'evaluation-results')).toBe('met');
    // A name nobody knows heads another model's column when the card surely names its own model otherwise.
    const unknown = '## Results\n\n| Benchmark | Lumen-70B |\n|---|---|\n| MMLU | 81.0 |\n| GSM8K | 88.3 |\n';
    expect(statusOf(`# Heron-2\n\n${unknown}`, 'evaluation-results')).not.toBe('met');
    expect(statusOf(`# Lumen\n\n${unknown}`, 'evaluation-results')).toBe('met');
  });

  it("reads the cells under another model's column as that model's, beside the card's own column", () => {
    const pending =
      '# Heron-2\n\n| Benchmark | Mistral-7B | Heron-2 |\n|---|---|---|\n| MMLU | 60.1 | TBD |\n| HellaSwag | 81.3 | TBD |\n';
    const scored =
      '# Heron-2\n\n| Benchmark | Mistral-7B | Heron-2 |\n|---|---|---|\n| MMLU | 60.1 | 63.0 |\n| HellaSwag | 81.3 | 82.9 |\n';
    expect(statusOf(pending, 'evaluation-results')).not.toBe('met');
    expect(statusOf(scored, 'evaluation-results')).toBe('met');
  });

  it("reads a base named with an embedded relative clause as the sentence's subject", () => {
    const base =
      '# Heron-2\n\n## Base\n\nKestrel-9B, from which Heron-2 is derived, was trained with a 16,384-token context.\n';
    const own =
      '# Heron-2\n\n## Context\n\nHeron-2, which is derived from Kestrel-9B, accepts 16,384 tokens of context.\n';
    expect(statusOf(base, 'input-output-limits')).toBe('missing');
    expect(statusOf(own, 'input-output-limits')).toBe('met');
  });

  it("reads another product's watermark as no marking by the model", () => {
    const other =
      "# Heron-2\n\n## Watermarking\n\nGoogle DeepMind's SynthID marks images made by Imagen with an invisible watermark.\n";
    const own =
      '# Heron-2\n\n## Watermarking\n\nHeron-2 marks every image it makes with an invisible SynthID watermark.\n';
    expect(statusOf(other, 'synthetic-content-marking')).toBe('missing');
    expect(statusOf(own, 'synthetic-content-marking')).not.toBe('missing');
  });

  it("reads a predecessor's release as no release of the model", () => {
    const other =
      '# Heron-2\n\n## Background\n\nKestrel-1, the predecessor of this model, was released in May 2024 as open weights on the Hugging Face Hub.\n';
    const own =
      '# Heron-2\n\n## Background\n\nHeron-2 was released in May 2025 as open weights on the Hugging Face Hub.\n';
    expect(statusOf(other, 'release-and-distribution')).toBe('missing');
    expect(statusOf(own, 'release-and-distribution')).not.toBe('missing');
  });
});

describe('a table or list introduced as another model’s', () => {
  const rowOf = (text: string, cell: string) => {
    const at = text.indexOf(cell);
    return subjectInText(text, at, cell, heron, cues);
  };

  it("reads the rows under a lead-in about the base model as the base model's", () => {
    const text =
      'Scores below are those the Mistral team reports for the base model:\n\n| Benchmark | Score |\n|---|---|\n| MMLU | 62.5 |\n';
    expect(rowOf(text, ' 62.5 ')).toBe('other-model');
    const list = 'Data mix of the parent model, as its authors published it:\n\n- 1T tokens of web text\n';
    expect(rowOf(list, '1T tokens of web text')).toBe('other-model');
  });

  it("keeps a comparison and a table headed by the card's own model its own", () => {
    const compared = 'Below, our scores compared with Llama 2:\n\n| Benchmark | Score |\n|---|---|\n| MMLU | 64.0 |\n';
    expect(rowOf(compared, ' 64.0 ')).toBe('this-model');
    const own =
      'Results of the base model and ours are below:\n\n| Benchmark | Heron-2 | Base |\n|---|---|---|\n| MMLU | 64.0 | 62.5 |\n';
    expect(rowOf(own, ' 64.0 ')).toBe('this-model');
  });
});

describe('the model a card says it was made from', () => {
  it('does not make a family the card is a fine-tune of its own, however often the card names it', () => {
    const card =
      '# Ibis-Legal\n\nIbis-Legal is a fine-tune of Mistral 7B. Mistral 7B was trained by Mistral AI; the Mistral 7B card gives its data.\n';
    const own = ownNames(extractFacts(parseCard(card), shippedRuleset().vocabulary), cues);
    expect(own.families.has('mistral')).toBe(false);
    const continued =
      '# Ravel-Law\n\nRavel-Law continues the pre-training of Gemma 3 27B. Gemma 3 was trained by Google. See the Gemma 3 card.\n';
    expect(ownNames(extractFacts(parseCard(continued), shippedRuleset().vocabulary), cues).families.has('gemma')).toBe(
      false,
    );
    // Named throughout and never as a base, the family is what the card is about.
    const about =
      '# Model details\n\nMistral 7B is a dense model. Mistral 7B uses sliding-window attention. Mistral 7B …\n';
    expect(ownNames(extractFacts(parseCard(about), shippedRuleset().vocabulary), cues).families.has('mistral')).toBe(
      true,
    );
  });

  it.each([
    ['Our adapter builds on Qwen2-7B, which reaches 70.3 on MMLU.', 'which reaches'],
    ['Heron-2-Mini was distilled from our flagship Heron-Max, which accepts 512K tokens.', 'which accepts'],
    ['We pair Heron-2 with bge-m3 as the embedder, which accepts 8,192 tokens.', 'which accepts'],
    ['Heron-2 succeeds Heron-1, which we released in May 2025.', 'which we released'],
    ['Heron-2 is distilled from our larger teacher, Kestrel-Agent-70B, which calls tools.', 'which calls'],
  ])('reads a relative clause after the base’s name as the base’s: %s', (statement, clause) => {
    const judged = clauseSubjects(statement, heron, cues);
    const relative = judged.find(({ clause: { text } }) => text.startsWith(clause));
    expect(relative?.verdict.subject).toBe('other-model');
    expect(judged[0].verdict.subject).toBe('this-model');
  });

  it('keeps a relative clause after the card’s own name or a plain noun the card’s', () => {
    for (const statement of [
      'We release Heron-2, which accepts 32K tokens.',
      'The context window, which we doubled, holds 32K tokens.',
    ])
      expect(clauseSubjects(statement, heron, cues).map(({ verdict }) => verdict.subject)).not.toContain('other-model');
  });
});

describe("another model's version and size", () => {
  const card = extractFacts(parseCard('# Heron-2\n\nHeron-2 answers tax questions.\n'), shippedRuleset().vocabulary);

  it('are part of its name, not figures of the card', () => {
    expect(withoutOthersVersions('Our adapter builds on Llama 3.1 70B Instruct.', card)).toBe(
      'Our adapter builds on Llama Instruct.',
    );
    // The card's own name and plain figures stay.
    expect(withoutOthersVersions('Heron-2 scores 61.2 on MMLU.', card)).toBe('Heron-2 scores 61.2 on MMLU.');
  });

  it('keep a score pattern from reading a version as a score', () => {
    const statement = 'Our adapter builds on Llama 3.1 70B Instruct for legal drafting.';
    const own = ownNames(card, cues);
    expect(clauseSubjectAt(statement, statement.indexOf('3.1'), own, cues)).toBe('other-model');
    expect(clauseSubjectAt(statement, statement.indexOf('legal'), own, cues)).toBe('this-model');
  });
});

describe('a lead label that names another model', () => {
  it.each([
    '- Llama 3.1 8B: dense transformer, 8.0B parameters',
    '- Canary-1B (published): 1.5 % WER on LibriSpeech test-clean',
  ])("makes the item that model's: %s", (item) => {
    expect(clauseSubjects(item, heron, cues)[0].verdict.subject).toBe('other-model');
  });

  it('leaves a label that only mentions one in a phrase of its own', () => {
    const item = 'Passthrough stack of two Llama-3-8B finetunes: 48 layers, 11.5B parameters.';
    expect(clauseSubjects(item, heron, cues)[0].verdict.subject).toBe('this-model');
  });
});

describe("another model's documents and rows", () => {
  it('reads a document published for another model as that model’s', () => {
    expect(
      subjectOf(
        'For the pre-training data, see the training-content summary Meta published for Llama 3.1 8B.',
        heron,
        cues,
      ),
    ).toBe('other-model');
  });

  it('reads a row labelled as the base model’s as the base’s', () => {
    expect(rowLabelSubject('Base model licence', heron, cues)).toBe('other-model');
    expect(rowLabelSubject('Licence', heron, cues)).toBeNull();
  });
});

describe('a model the card says it was made from', () => {
  const card = (body: string) => `---\nlicense: mit\n---\n# Aurel-3\n\n${body}\n`;
  const ownOf = (body: string) => ownNames(extractFacts(parseCard(card(body)), shippedRuleset().vocabulary), cues);

  it('is known by the name the card introduces, and a later clause it opens is its own', () => {
    const body = 'Aurel-3 is a distilled version of Corax-Omni. Corax-Omni accepts images and audio.';
    const own = ownOf(body);
    expect(own.introduced).toEqual(['coraxomni']);
    expect(subjectOf('Corax-Omni accepts images and audio.', own, cues)).toBe('other-model');
    expect(subjectOf('Aurel-3 and Corax-Omni accept images.', own, cues)).toBe('this-model');
  });

  it('is not a name the card merely mentions, nor its own family', () => {
    expect(ownOf('Aurel-3 outperforms Corax-Omni on DocVQA.').introduced).toEqual([]);
    expect(ownOf('Aurel-3 builds on Aurel-2.5 with a longer context.').introduced).toEqual([]);
  });
});

describe('a cited work as the subject', () => {
  const own: OwnNames = { keys: ['aurel3', 'aurel'], exact: ['aurel3'], families: new Set(), namedInText: true };
  it("gives its finding to the work, not the model; a technique cited after its name stays the model's", () => {
    expect(subjectOf('FlashAttention (Dao et al., 2022) reported a 3x speed-up on A100 GPUs.', own, cues)).toBe(
      'other-model',
    );
    expect(subjectOf('Earlier studies (Lee and Park et al., 2024) found that 8K tokens suffice.', own, cues)).toBe(
      'other-model',
    );
    expect(subjectOf('RoPE (Su et al., 2021) is used for positions.', own, cues)).toBe('this-model');
    // A parenthesis of two citations split at its ";" leaves no citation opening the second clause.
    expect(
      subjectOf(
        'Inference runs on PyTorch (Paszke et al., 2019; Wolf et al., 2020) and a few helper packages.',
        own,
        cues,
      ),
    ).toBe('this-model');
  });
});

describe('a model of another name as the subject', () => {
  const card = (body: string) => `---\nlicense: mit\n---\n# Aurel-3\n\n${body}\n`;
  const ownOf = (body: string) => ownNames(extractFacts(parseCard(card(body)), shippedRuleset().vocabulary), cues);
  const naming = ownOf('Aurel-3 is a chat model.');

  it.each([
    'Tessa-2 was aligned with DPO on 80K preference pairs.',
    'The Orin-34B-Base tokenizer is maintained by another team.',
    'Vesper-Coder-7B targets code completion in IDE plugins.',
    'Sonora-Omni takes text, audio and video.',
  ])('is another model on a card that names its own: %s', (statement) => {
    expect(subjectOf(statement, naming, cues)).toBe('other-model');
  });

  it('leaves the card its own when no name of its model is known, or the name is of its family or a dataset', () => {
    const unnamed = ownNames(
      extractFacts(
        parseCard('# Support assistant\n\nA chat model for support e-mails.\n'),
        shippedRuleset().vocabulary,
      ),
      cues,
    );
    expect(unnamed.namedInText).toBe(false);
    expect(subjectOf('Tessa-2 was aligned with DPO on 80K preference pairs.', unnamed, cues)).toBe('this-model');
    // A title with a version names the model even where the text does not.
    expect(subjectOf('Tessa-2 was aligned with DPO on 80K preference pairs.', ownOf('A chat model.'), cues)).toBe(
      'other-model',
    );
    expect(subjectOf('Aurel-3-Chat was aligned with DPO.', naming, cues)).toBe('this-model');
    expect(subjectOf('CIFAR-10 was used for the probe.', naming, cues)).toBe('this-model');
    const llamaFamily = { ...naming, families: new Set(['llama']) };
    expect(subjectOf('Llama3-8B-Chinese-Chat is tuned for Chinese users.', llamaFamily, cues)).not.toBe('other-model');
  });

  it('speaks through a base model named in the card languages', () => {
    const own = ownOf('Aurel-3 es un ajuste fino.');
    expect(subjectOf('El modelo base se distribuye bajo la licencia CreativeML OpenRAIL-M.', own, cues)).toBe(
      'other-model',
    );
    expect(subjectOf('Das Basismodell wurde auf 2T Token trainiert.', own, cues)).toBe('other-model');
  });
});

describe('whose a table row is', () => {
  const card = (body: string) => `---\nlicense: mit\n---\n# Aurel-3\n\n${body}\n`;
  const subjectsOf = (body: string) => {
    const facts = extractFacts(parseCard(card(body)), shippedRuleset().vocabulary);
    const own = ownNames(facts, cues);
    const text = facts.proseText;
    const cell = (value: string) => {
      const at = text.indexOf(value);
      return subjectInText(text, at, value, own, cues);
    };
    return { own, cell };
  };

  it('reads a role beside a name in the label, and another version, as another model', () => {
    const { own } = subjectsOf('Aurel-3 is a chat model.');
    expect(rowLabelSubject('Corvid-70B (teacher)', own, cues)).toBe('other-model');
    expect(rowLabelSubject('Mistelle-7B (modèle de base)', own, cues)).toBe('other-model');
    expect(rowLabelSubject('Aurel-2', own, cues)).toBe('other-model');
    expect(rowLabelSubject('Aurel-3 (this model)', own, cues)).toBe('this-model');
    expect(rowLabelSubject('Function calling', own, cues)).toBeNull();
  });

  it("reads a tracker's rows by the cell after the key, or by a model column", () => {
    const keyed = subjectsOf(
      '| Key | Summary | Value |\n|---|---|---|\n| TRN-7 | Aurel-2 training compute | 8.1e23 FLOP |\n| TRN-8 | Aurel-3 training compute | 2.4e24 FLOP |',
    );
    expect(keyed.cell('8.1e23 FLOP')).toBe('other-model');
    expect(keyed.cell('2.4e24 FLOP')).toBe('this-model');
    const modelColumn = subjectsOf(
      '| Key | Summary | Model | MMLU |\n|---|---|---|---|\n| EV-1 | Baseline | Aurel-2 | 69.8 |\n| EV-2 | Release | Aurel-3 | 78.4 |',
    );
    expect(modelColumn.cell('69.8')).toBe('other-model');
    expect(modelColumn.cell('78.4')).toBe('this-model');
    // A header over rows that are all another model's is theirs too.
    const others = subjectsOf(
      '| Run | Purpose | Model | GSM8K |\n|---|---|---|---|\n| R-1 | Reference | Lumen-2-13B | 71.0 |\n| R-2 | Leaderboard | Corvid-9B | 74.8 |',
    );
    expect(others.cell('GSM8K')).toBe('other-model');
    expect(others.cell('Lumen-2-13B')).toBe('other-model');
  });

  it("gives a header the rows' owner when every row is another model's", () => {
    const { cell } = subjectsOf(
      '| Checkpoint | Licence |\n|---|---|\n| Corvid-70B (teacher) | CC BY-NC 4.0 |\n| Aurel-2 | MIT |',
    );
    expect(cell('Licence')).toBe('other-model');
    const mixed = subjectsOf('| Checkpoint | Licence |\n|---|---|\n| Aurel-3 | Apache 2.0 |\n| Aurel-2 | MIT |');
    expect(mixed.cell('Licence')).toBe('this-model');
    expect(mixed.cell('Apache 2.0')).toBe('this-model');
    expect(mixed.cell('MIT')).toBe('other-model');
  });

  it("makes the other rows of a table of models that holds the card's own row another's", () => {
    const { cell } = subjectsOf(
      '| Model | Compute |\n|---|---|\n| Competitor-X | 5e24 FLOP |\n| Aurel-3 | 2e23 FLOP |',
    );
    expect(cell('5e24 FLOP')).toBe('other-model');
    expect(cell('2e23 FLOP')).toBe('this-model');
    expect(cell('Compute')).toBe('this-model');
    // Without a row of its own, a row of an unknown name stays undecided: it may be a variant's.
    const alone = subjectsOf('| Model | Compute |\n|---|---|\n| Aurel-3-Chat | 5e22 FLOP |');
    expect(alone.cell('5e22 FLOP')).toBe('this-model');
    // Another product tier of the card's name is a sibling's row.
    const tier = subjectsOf('| Model | Compute |\n|---|---|\n| Aurel-3-Mini | 5e22 FLOP |');
    expect(tier.cell('5e22 FLOP')).toBe('other-model');
  });
});

describe('a comparison table beside the card model', () => {
  const card = (body: string) => `---\nlicense: mit\n---\n# Aurel-3\n\n${body}\n`;
  const cellOf = (body: string, value: string) => {
    const facts = extractFacts(parseCard(card(body)), shippedRuleset().vocabulary);
    const text = facts.proseText;
    const at = text.indexOf(value);
    return subjectInText(text, at, value, ownNames(facts, cues), cues);
  };

  it("gives each column headed by another name beside the card's own column to that model", () => {
    const table = '| Spec | Brisa-4 | Aurel-3 | Tanager-9 |\n|---|---|---|---|\n| Layers | 48 | 40 | 32 |';
    expect(cellOf(table, '48')).toBe('other-model');
    expect(cellOf(table, '32')).toBe('other-model');
    expect(cellOf(table, '40')).toBe('this-model');
    // Without a column of the card's own, an unknown name is another model's on a card that surely names its own
    // ("# Aurel-3"), and may be the card's model by another name on one that does not.
    expect(cellOf('| Spec | Brisa-4 |\n|---|---|\n| Layers | 48 |', '48')).toBe('other-model');
    const unsure = extractFacts(
      parseCard('# Aurel\n\n| Spec | Brisa-4 |\n|---|---|\n| Layers | 48 |\n'),
      shippedRuleset().vocabulary,
    );
    const at = unsure.proseText.indexOf('48');
    expect(subjectInText(unsure.proseText, at, '48', ownNames(unsure, cues), cues)).toBe('this-model');
  });

  it('reads a letter tier, a kind word and a spaced version as names in a table of models', () => {
    const rows = '| Model | Context |\n|---|---|\n';
    expect(cellOf(`${rows}| Falco-S | 8k |`, '8k')).toBe('other-model');
    expect(cellOf(`${rows}| Corvid-Large | 16k |`, '16k')).toBe('other-model');
    expect(cellOf(`${rows}| Pellin 3 Pro | 64k |`, '64k')).toBe('other-model');
    // A row that is no name stays the card's.
    expect(cellOf(`${rows}| Long-context mode | 128k |`, '128k')).toBe('this-model');
  });

  it("finds nothing of the card's model in a row that gives only others' values", () => {
    const table =
      '## Training recipes\n\n| Stage | Vela-2 | Orion-8 | Aurel-3 |\n|---|---|---|---|\n| Pretraining | 15 T tokens | 6 T tokens | – |\n| Alignment | RLHF | DPO | – |';
    expect(statusOf(`# Aurel-3\n\n${table}\n`, 'training-process')).toBe('missing');
    expect(statusOf(`# Aurel-3\n\n${table.replace('| – |\n', '| 9 T tokens |\n')}\n`, 'training-process')).not.toBe(
      'missing',
    );
  });
});

describe("a block quotation given as another party's words", () => {
  const card = (body: string) => `---\nlicense: mit\n---\n# Aurel-3\n\n${body}\n`;
  const cellOf = (body: string, value: string) => {
    const facts = extractFacts(parseCard(card(body)), shippedRuleset().vocabulary);
    const at = facts.proseText.indexOf(value);
    return subjectInText(facts.proseText, at, value, ownNames(facts, cues), cues, facts.text);
  };

  it("gives the quotation and its opening line to the party who wrote it, unless it names the card's model", () => {
    const quote = '> The AI Office wrote on 10 July 2025:\n> - cyber offence\n> - loss of control';
    expect(cellOf(quote, 'cyber offence')).toBe('other-model');
    expect(cellOf(quote, 'The AI Office wrote')).toBe('other-model');
    const naming = '> Trail of Bits wrote:\n> We red-teamed Aurel-3 for four weeks.';
    expect(cellOf(naming, 'We red-teamed Aurel-3 for four weeks.')).toBe('this-model');
  });

  it('keeps a quotation of our own words, and one opened by no speaker, as the card’s', () => {
    expect(cellOf('> Our CEO said:\n> Aurel labs trained the model on 2T tokens.', 'Aurel labs trained')).toBe(
      'this-model',
    );
    expect(cellOf('> Training data:\n> 2T tokens of web text.', '2T tokens')).toBe('this-model');
  });
});

describe('an empty table cell', () => {
  it('is a placeholder, whatever dash it is written with', async () => {
    const { classifyStatement } = await import('../../src/facts/statement-mode.js');
    for (const cell of ['– |', '- |', '— |', 'n/a |', 'TBD |']) expect(classifyStatement(cell)).toBe('placeholder');
    expect(classifyStatement('2e23 FLOP |')).toBe('reported');
  });
});

describe("another of the provider's models, or a model beside the card's", () => {
  const card = (body: string) => `---\nlicense: mit\n---\n# Aurel-3\n\n${body}\n`;
  const ownOf = (body: string) => ownNames(extractFacts(parseCard(card(body)), shippedRuleset().vocabulary), cues);
  const own = ownOf('Aurel-3 is a chat model.');

  it.each([
    'Our image model Lumen-2 embeds C2PA metadata in every output.',
    'Our embedding model, Aurel-Embed, needs 2 GB of memory.',
    'The Phi-3-mini teacher we distilled from required transformers 4.40.',
    'Lexo Labs published a public summary of training content for Lexo-9, the model Aurel-3 is compared with.',
  ])('"%s" is not the card\'s own', (sentence) => {
    expect(subjectOf(sentence, own, cues)).toBe('other-model');
  });

  it.each(['Our model Aurel-3 embeds C2PA metadata in every output.', 'Aurel-3 is compared with Lexo-9 in Table 2.'])(
    '"%s" stays the card\'s own',
    (sentence) => {
      expect(subjectOf(sentence, own, cues)).toBe('this-model');
    },
  );

  it('gives a relative clause or parenthesis after a paired model or another version to that model', () => {
    const paired = 'Aurel-3 is typically paired with Halden Vision-2, which accepts images up to 4096 px.';
    expect(clauseSubjectAt(paired, paired.indexOf('4096'), own, cues)).toBe('other-model');
    const sibling =
      'Aurel-3 builds on the Aurel-2 generation (released 14 March 2024 on the Hub), keeping its tokenizer.';
    expect(clauseSubjectAt(sibling, sibling.indexOf('14 March'), own, cues)).toBe('other-model');
    expect(clauseSubjectAt(sibling, sibling.indexOf('keeping'), own, cues)).toBe('this-model');
  });

  it('gives the apposition after a role and its name, or a "whose" clause after a name, to that model', () => {
    const teacher = 'Aurel-3 was distilled from our in-house teacher model, Brindle-Max, a 300B dense transformer.';
    expect(clauseSubjectAt(teacher, teacher.indexOf('300B'), own, cues)).toBe('other-model');
    const whose = 'Aurel-3 reuses the tokenizer of Pallas-2, whose context window is 16k tokens.';
    expect(clauseSubjectAt(whose, whose.indexOf('16k'), own, cues)).toBe('other-model');
    const ownWhose = 'We release Aurel-3, whose context window is 64k tokens.';
    expect(clauseSubjectAt(ownWhose, ownWhose.indexOf('64k'), own, cues)).toBe('this-model');
  });

  it('gives a clause opening with a role and a name that is not the card model to that model', () => {
    expect(subjectOf('Teacher model Aurel-3-XL handles 1M-token contexts.', own, cues)).toBe('other-model');
    expect(subjectOf('Our base model Aurel-3 was fine-tuned on legal text.', own, cues)).toBe('this-model');
  });

  it('gives a clause opening with a larger or smaller named model to that model', () => {
    expect(subjectOf('For context, the larger Pallas-8B scores 68.2 on MMLU.', own, cues)).toBe('other-model');
  });

  it("leaves a teacher's role apposition out of the card's own text", () => {
    const sentence = 'Aurel-3 was distilled from Pike-90B, a teacher model which Pike Labs built for chat assistants.';
    expect(ownClausesText(sentence, own, cues)).not.toContain('chat assistants');
    expect(ownClausesText(sentence, own, cues)).toContain('distilled from Pike-90B');
  });

  it('starts a new clause after a colon that opens with a role in apposition', () => {
    const sentence = 'We owe a lot to open research: our base model, Pallas-2, is released under MIT by Pallas Labs.';
    expect(clauseSubjectAt(sentence, sentence.indexOf('MIT'), own, cues)).toBe('other-model');
  });

  it('reads the provider named in apposition as the card’s provider, not providers in general', () => {
    const appointed =
      'The provider, Nordlys AS (Oslo, Norway), has appointed EUREP B.V. as its authorised representative under Article 54.';
    expect(subjectOf(appointed, own, cues)).toBe('this-model');
    expect(
      subjectOf('Providers established outside the Union must appoint a representative under Article 54.', own, cues),
    ).toBe('models-in-general');
  });

  it("gives what the model's base, named after a possessive, does to the base", () => {
    expect(subjectOf("Aurel-3's base model, Pallas-2, scores 61.0 on MMLU.", own, cues)).toBe('other-model');
  });
});

describe("another's document quoted", () => {
  const own = ownNames(
    extractFacts(
      parseCard('---\nlicense: mit\n---\n# Aurel-3\n\nAurel-3 is a chat model.\n'),
      shippedRuleset().vocabulary,
    ),
    cues,
  );
  const quoted =
    'Aurel-3 builds on Brontes-7B.\nFrom the Brontes model card: "Brontes-7B is meant for chat. The chat variants suit tutoring."\n';

  it('gives every sentence of the quotation to its source, the lead-in included', () => {
    for (const sentence of [
      'From the Brontes model card: "Brontes-7B is meant for chat. ',
      'The chat variants suit tutoring."',
    ])
      expect(subjectInText(quoted, quoted.indexOf(sentence), sentence, own, cues)).toBe('other-model');
    const first = 'Aurel-3 builds on Brontes-7B.';
    expect(subjectInText(quoted, 0, first, own, cues)).toBe('this-model');
  });

  it('leaves a quotation without such a lead-in alone', () => {
    const text = 'Users told us: "Aurel-3 is fast. It answers well."\n';
    expect(subjectInText(text, text.indexOf('It answers'), 'It answers well."', own, cues)).toBe('this-model');
  });

  it('reads the law explained in German as no statement of the model', () => {
    expect(
      subjectOf(
        'Art. 53 Abs. 1 lit. d der KI-Verordnung verpflichtet Anbieter, eine Zusammenfassung zu veröffentlichen.',
        own,
        cues,
      ),
    ).toBe('models-in-general');
  });
});

describe('tables of models, makers of the base and models of others', () => {
  const card = (body: string) => `---\nlicense: mit\n---\n# Aurel-3\n\n${body}\n`;
  const factsOf = (body: string) => extractFacts(parseCard(card(body)), shippedRuleset().vocabulary);

  it('reads rows of versioned names under a "Model" column that are not the card\'s as others\', header included', () => {
    const body = '| Model | Max context |\n|---|---|\n| Brontes-34B | 64k tokens |\n| Rival Z-9B | 32k tokens |';
    const facts = factsOf(body);
    const own = ownNames(facts, cues);
    const text = facts.proseText;
    for (const cell of ['64k tokens', 'Max context'])
      expect(subjectInText(text, text.indexOf(cell), `${cell} |`, own, cues)).toBe('other-model');
    const family = factsOf('| Model | Max context |\n|---|---|\n| Aurel-3-Chat | 32k tokens |');
    const familyText = family.proseText;
    expect(subjectInText(familyText, familyText.indexOf('32k'), '32k tokens |', ownNames(family, cues), cues)).toBe(
      'this-model',
    );
  });

  it("gives a clause opened by the base's maker, or about a third party's model, to them", () => {
    const own = ownNames(factsOf('Aurel-3 was fine-tuned from Brontes-9B.'), cues);
    expect(own.introduced).toEqual(['brontes9b']);
    expect(subjectOf('Brontes Labs recommends Brontes-9B for customer-support chat.', own, cues)).toBe('other-model');
    expect(subjectOf('Brontes Labs informed the AI Office about its Brontes-Max model.', own, cues)).toBe(
      'other-model',
    );
    expect(subjectOf('Aurel-3 is recommended for customer-support chat.', own, cues)).toBe('this-model');
  });

  it('reads an opening "As a provider …," as the role of the subject after it', () => {
    const own = ownNames(factsOf('Aurel-3 is a chat model.'), cues);
    expect(
      subjectOf(
        'As a provider established outside the EU, Orbis AI has appointed Lexbridge B.V. as its authorised representative under Article 54 of the AI Act.',
        own,
        cues,
      ),
    ).not.toBe('models-in-general');
    expect(
      subjectOf(
        'Under Article 54 of the AI Act, providers established outside the EU must appoint a representative.',
        own,
        cues,
      ),
    ).toBe('models-in-general');
  });
});

describe('groups of other models, and defined terms of legal drafting', () => {
  it.each([
    'Competing image generators such as DALL·E 3 embed C2PA metadata in their outputs.',
    'Rival assistants offer context windows of up to 1M tokens.',
    'The models in our long-context comparison support between 32k and 200k tokens.',
    'Large web-trained language models such as GPT-3 have been shown to reproduce social biases.',
    'Tool-use baselines learn to call a calculator and a search engine.',
  ])('%s → another model', (text) => {
    expect(subjectOf(text, heron, cues)).toBe('other-model');
  });

  it("keeps a comparison that opens the sentence with the card's model", () => {
    expect(subjectOf('Compared to models like Dreamlike 1.0, Heron-2 renders 768x768 images.', heron, cues)).toBe(
      'this-model',
    );
  });

  it('reads "the Provider" and "the Model" as the subject to be this model, not providers in general', () => {
    expect(
      subjectOf(
        'In accordance with Article 52(1), the Provider notified the Commission on 11 March 2025.',
        heron,
        cues,
      ),
    ).toBe('this-model');
    expect(subjectOf('Le Fournisseur a notifié la Commission le 11 mars 2025.', heron, cues)).toBe('this-model');
    // As an object only, the defined term leaves the clause to its subject.
    expect(
      subjectOf('Downstream Providers should conduct their own evaluation of the Model under the AI Act.', heron, cues),
    ).toBe('models-in-general');
    expect(subjectOf('Providers shall put in place a policy to comply with Union copyright law.', heron, cues)).toBe(
      'models-in-general',
    );
  });
});

describe('what a lead-in or an item label says of the rows below', () => {
  const at = (text: string, needle: string) => {
    const start = text.indexOf(needle);
    const end = text.indexOf('\n', start);
    return subjectInText(text, start, text.slice(start, end + 1), heron, cues);
  };

  it('gives rows introduced as baselines or prior work to them', () => {
    const list = 'Watermarking results reported in prior work:\n\n- Green-list watermark: 0.98 TPR\n';
    expect(at(list, 'Green-list')).toBe('other-model');
    expect(at(list, 'Watermarking results')).toBe('other-model');
    const caption =
      '**Table 7.** Training recipes of the baselines.\n\n| Baseline | Recipe |\n|---|---|\n| A | SFT then DPO |\n';
    expect(at(caption, 'A | SFT')).toBe('other-model');
  });

  it("keeps rows introduced as a comparison with the card's model", () => {
    const list = 'Our results compared with the baselines:\n\n- 71.2 on MMLU\n';
    expect(at(list, '71.2')).toBe('this-model');
  });

  it("gives the law's list to models in general", () => {
    const list =
      'Information to be provided to downstream providers under Annex XII includes:\n- the modality of the inputs and outputs\n';
    expect(at(list, 'the modality')).toBe('models-in-general');
  });

  it("gives an item labelled with another version's name to that version", () => {
    const versioned: OwnNames = { ...heron, version: { name: 'heron', version: '2' } };
    const list = 'History:\n- Heron-1: released 9 March 2022, API only\n- Heron-2: released 2 May 2024 on the Hub\n';
    const judge = (needle: string) => {
      const start = list.indexOf(needle);
      return subjectInText(list, start, list.slice(start, list.indexOf('\n', start) + 1), versioned, cues);
    };
    expect(judge('- Heron-1')).toBe('other-model');
    expect(judge('- Heron-2')).toBe('this-model');
  });

  it('gives the items under a lead-in naming another version to it, unless the lead-in relates them to this one', () => {
    const versioned: OwnNames = { ...heron, version: { name: 'heron', version: '2' } };
    const judge = (list: string, needle: string) => {
      const start = list.indexOf(needle);
      return subjectInText(list, start, list.slice(start, list.indexOf('\n', start) + 1), versioned, cues);
    };
    const notes = 'What we did for the first generation, Heron-1:\n- PII masked with regex filters\n';
    expect(judge(notes, '- PII')).toBe('other-model');
    expect(judge(notes, 'What we did')).toBe('other-model');
    const changes = 'Changes since Heron-1:\n- PII masked with a trained classifier\n';
    expect(judge(changes, '- PII')).toBe('this-model');
    const kept = 'Carried over from Heron-1:\n- the tokenizer and its 64k vocabulary\n';
    expect(judge(kept, '- the tokenizer')).toBe('this-model');
  });
});

describe("the family's other members", () => {
  const aurel: OwnNames = {
    keys: ['aurel3', 'aurel'],
    exact: ['aurel3'],
    families: new Set(),
    organisations: new Set(),
  };
  const at = (text: string, needle: string) => {
    const start = text.indexOf(needle);
    const end = text.indexOf('\n', start);
    return subjectInText(text, start, text.slice(start, end < 0 ? text.length : end + 1), aurel, cues);
  };

  it('reads a variant given its role in the family as another model', () => {
    expect(subjectOf('Aurel-3-Voice, the speech variant of this family, accepts WAV audio.', aurel, cues)).toBe(
      'other-model',
    );
    expect(subjectOf('**Aurel-3-Ultra (largest model in the family):** Commission notified', aurel, cues)).toBe(
      'other-model',
    );
    // The card's model named with the same role stays its own.
    expect(subjectOf('Aurel-3, the smallest model in the family, accepts text only.', aurel, cues)).toBe('this-model');
  });

  it('gives rows under "other models in the family" or a "Family member" column to them, not the card\'s own row', () => {
    const table =
      'Other models in the Aurel-3 family:\n\n| Model | Context |\n|---|---|\n| Aurel-3-Mini | 32K |\n| Aurel-3 | 128K |\n';
    expect(at(table, '| Aurel-3-Mini')).toBe('other-model');
    expect(at(table, '| Aurel-3 |')).toBe('this-model');
    const column = '| Family member | Compute |\n|---|---|\n| Aurel-3-Mini | 2e23 FLOP |\n';
    expect(at(column, '| Aurel-3-Mini')).toBe('other-model');
  });

  it("reads a spec table whose Name row is another model as that model's", () => {
    const table = '| | |\n|---|---|\n| Name | Qwen2.5-7B-Instruct |\n| Released | 2024-09-19 |\n';
    expect(at(table, '| Released')).toBe('other-model');
    const own = '| | |\n|---|---|\n| Name | Aurel-3 |\n| Released | 2025-03-14 |\n';
    expect(at(own, '| Released')).toBe('this-model');
  });

  it("reads a label about the base as the base's", () => {
    expect(subjectOf('**Original model creator:** [Mistral AI](https://mistral.ai)', aurel, cues)).toBe('other-model');
    expect(subjectOf('**Developed by:** [Aurel Labs](https://aurel.example)', aurel, cues)).toBe('this-model');
  });

  it("reads the original model as the card's own on a copy that names no origin, unless the value names another", () => {
    expect(subjectOf('**Original model released:** 14 March 2025', aurel, cues)).toBe('this-model');
    const based: OwnNames = { ...aurel, bases: ['corvid7b'] };
    expect(subjectOf('**Original model released:** 14 March 2025', based, cues)).toBe('other-model');
  });
});

describe('relative clauses, documents and sections of other models', () => {
  const aurel: OwnNames = {
    keys: ['aurel3', 'aurel'],
    exact: ['aurel3'],
    families: new Set(),
    organisations: new Set(),
    version: { name: 'aurel', version: '3' },
  };

  it('gives a "whose" clause after another model named with "model" to that model', () => {
    const sentence = 'Aurel-3 was distilled from our larger Helix-70B model, whose hosted API offers function calling.';
    const whose = clauseSubjects(sentence, aurel, cues).find(({ clause }) => clause.text.startsWith('whose'));
    expect(whose?.verdict.subject).toBe('other-model');
  });

  it("reads another model's report as the clause's subject, and a summary for the base model, as theirs", () => {
    expect(subjectOf('The Lumen-13B paper reports 120 MWh of training energy.', aurel, cues)).toBe('other-model');
    expect(
      subjectOf('A public training-content summary for the base model is available from its maker.', aurel, cues),
    ).toBe('other-model');
    expect(subjectOf('Aurel-3 reports 12 MWh of training energy in its paper.', aurel, cues)).toBe('this-model');
  });

  it('reads "as an EU-established provider we …" as the provider speaking, with or without a comma', () => {
    expect(
      subjectOf(
        'As an EU-established provider we are not required to appoint a representative under Article 54.',
        aurel,
        cues,
      ),
    ).toBe('this-model');
  });

  it("reads a law's provision in a card language as the law's", () => {
    expect(
      subjectOf(
        'Erfüllt ein KI-Modell mit allgemeinem Verwendungszweck die Voraussetzung, so unterrichtet der betreffende Anbieter die Kommission.',
        aurel,
        cues,
      ),
    ).toBe('models-in-general');
  });

  it('gives the cells beside a base model to the base, but keeps its revision as the lineage', () => {
    const table = '| Base model | Developer | Revision |\n|---|---|---|\n| Mistral-7B-v0.3 | Mistral AI | a1b2c3 |\n';
    const cell = (needle: string) => subjectInText(table, table.indexOf(needle), needle + ' |', aurel, cues);
    expect(cell('Mistral AI')).toBe('other-model');
    expect(cell('a1b2c3')).toBe('this-model');
    // A "Source" column is the data's source, not a base model.
    const data = '| Source | Curation |\n|---|---|\n| Web crawl | deduplication |\n';
    expect(subjectInText(data, data.indexOf('deduplication'), 'deduplication |', aurel, cues)).toBe('this-model');
  });
});

describe('a section named after another version', () => {
  it('gives the section to that version, but not one that only mentions it later', () => {
    const card = (heading: string) =>
      `# Aurel-3\n\n${heading}\n\n- Keyword filter on incoming prompts\n- Output classifier before responses\n`;
    const status = (heading: string) =>
      checkCard('card.md', card(heading), shippedRuleset()).rules.find((rule) => rule.id === 'system-architecture')
        ?.status;
    expect(status('### Aurel-2 serving stack (2024)')).toBe('missing');
    expect(status('### Serving stack (changed since Aurel-2)')).not.toBe('missing');
    // A title that sets the other version beside the card's model compares them.
    expect(status('### Aurel-2 and Aurel-3 serving stacks')).not.toBe('missing');
  });
});

describe('other models in the card languages', () => {
  const aurel: OwnNames = {
    keys: ['aurel3', 'aurel'],
    exact: ['aurel3'],
    families: new Set(),
    organisations: new Set(),
  };

  it('reads a compared model opening its clause with a card-language verb as that model', () => {
    expect(subjectOf('Mistral-Large verwerkt tot 128k tokens context.', aurel, cues)).toBe('other-model');
    expect(subjectOf('Mistral-Large soporta hasta 128k tokens de contexto.', aurel, cues)).toBe('other-model');
  });

  it("reads the base model's scores as the base's, in English and in Dutch", () => {
    expect(subjectOf('The scores of the base model Qwen2.5-7B on MMLU are 74.2.', aurel, cues)).toBe('other-model');
    expect(subjectOf('De scores van het basismodel Llama-3.1-8B op MMLU zijn 66,7.', aurel, cues)).toBe('other-model');
  });
});

describe("the base named by its role in a card language, the law's threshold tables and related-model sections", () => {
  const aurel: OwnNames = {
    keys: ['aurel3', 'aurel'],
    exact: ['aurel3'],
    families: new Set(),
    organisations: new Set(),
  };

  it('reads "Das Basismodell X, auf dem … aufbaut, …" as the base', () => {
    expect(
      subjectOf(
        'Das Basismodell Mistral-7B-v0.3, auf dem Aurel-3 aufbaut, wurde unter Apache 2.0 veröffentlicht.',
        aurel,
        cues,
      ),
    ).toBe('other-model');
  });

  it("reads rows under a threshold column as the law's", () => {
    const table = '| Schwellenwert | Bedeutung |\n|---|---|\n| 10^25 FLOP | Vermutung systemischen Risikos |\n';
    expect(subjectInText(table, table.indexOf('10^25'), '10^25 FLOP |', aurel, cues)).toBe('models-in-general');
  });

  it('reads a section titled with related or other models as theirs', () => {
    const status = (heading: string) =>
      checkCard(
        'card.md',
        `# Aurel-3\n\n${heading}\n\n- Aurel-3-Vision: images and text in, text out\n`,
        shippedRuleset(),
      ).rules.find((rule) => rule.id === 'input-output-modalities')?.status;
    expect(status('## Related models')).toBe('missing');
    expect(status('## Modalities')).not.toBe('missing');
  });
});

describe('a component that is another model, released by its makers', () => {
  const aurel: OwnNames = {
    keys: ['aurel3', 'aurel'],
    exact: ['aurel3'],
    families: new Set(),
    organisations: new Set(),
  };

  it("reads the component's release as its makers', and its use in the model as the model's", () => {
    expect(
      subjectOf(
        'The underlying speech encoder, wav2vec 2.0 XLS-R, was released by Meta AI in November 2021.',
        aurel,
        cues,
      ),
    ).toBe('other-model');
    expect(subjectOf('The underlying speech encoder is frozen while the decoder is trained.', aurel, cues)).toBe(
      'this-model',
    );
  });
});

describe('a bold line alone over a list', () => {
  it('introduces the list as a lead-in would', () => {
    const status = (lead: string) =>
      checkCard(
        'card.md',
        `# Aurel-3\n\n${lead}\n\n- Aurel-3-Vision: images and text in, text out\n`,
        shippedRuleset(),
      ).rules.find((rule) => rule.id === 'input-output-modalities')?.status;
    expect(status('**Related models**')).toBe('missing');
    expect(status('**Modalities**')).not.toBe('missing');
  });
});

describe('another model the reader is sent to, or that does the work', () => {
  const aurel: OwnNames = {
    keys: ['aurel3', 'aurel'],
    exact: ['aurel3'],
    families: new Set(),
    organisations: new Set(),
    version: { name: 'aurel', version: '3' },
  };
  const of = (sentence: string) => subjectOf(sentence, aurel, cues);

  it('reads a variant given a role, or named with "instead", as another model', () => {
    expect(of('For video input, switch to our dedicated model Aurel-3-Motion.')).toBe('other-model');
    expect(of('If you need speech, use Aurel-3-Voice instead.')).toBe('other-model');
    expect(of('Image captions are produced by the separate Aurel-3-Caption model.')).toBe('other-model');
    expect(of('Retrieval is performed by Aurel-3-Embed, a distinct checkpoint.')).toBe('other-model');
    // The card's own model, or a component without a name, stays the card's.
    expect(of('For long documents, use Aurel-3 with the 128k setting.')).toBe('this-model');
    expect(of('Unsafe prompts are handled by a separate classifier before the model sees them.')).toBe('this-model');
  });

  it('reads a comparison model, baseline or competitor as the subject of its clause', () => {
    expect(of('The reference system Orca-13B used in Table 2 is licensed under MIT.')).toBe('other-model');
    expect(of('The leading competitor model offers a 2M-token window.')).toBe('other-model');
    expect(of('Scores of the baseline models are copied from their reports.')).toBe('other-model');
    expect(of('Competing speech models such as Whisper-v3 accept 30-second windows.')).toBe('other-model');
  });

  it('reads a word in -ed after an article as an adjective, not the verb that ends the subject', () => {
    expect(of('The archived Aurel-1 image required CUDA 11.8.')).toBe('other-model');
    expect(of('The quantised Aurel-3 build requires CUDA 12.')).not.toBe('other-model');
  });

  it('gives a relative clause the earlier version or role it describes', () => {
    const version = 'Aurel-2 Lite, which we published last year, is licensed under MIT.';
    expect(clauseSubjectAt(version, version.indexOf('MIT'), aurel, cues)).toBe('other-model');
    const teacher = 'We distilled Aurel-3 from a teacher model that is released under the Qwen licence.';
    expect(clauseSubjectAt(teacher, teacher.indexOf('Qwen'), aurel, cues)).toBe('other-model');
    expect(of('The public base model used to initialise Aurel-3 is released under Apache-2.0.')).toBe('other-model');
  });

  it('reads an explanation of the presumption in a card language as about models in general', () => {
    expect(
      of(
        'Nach Artikel 51 wird bei einem Modell ein systemisches Risiko vermutet, wenn der Rechenaufwand 10^25 FLOP übersteigt.',
      ),
    ).toBe('models-in-general');
    expect(of('Selon le règlement, un modèle est présumé à risque systémique au-delà de 10^25 FLOP.')).toBe(
      'models-in-general',
    );
  });
});

describe('a sibling of another product tier', () => {
  const card = (body: string) => extractFacts(parseCard(`# Lyra-2\n\n${body}\n`), shippedRuleset().vocabulary);
  const subjectIn = (body: string, sentence: string) => {
    const facts = card(body);
    return subjectOf(sentence, ownNames(facts, cues), cues);
  };

  it('reads a clause about the title name with another tier as that sibling', () => {
    expect(subjectIn('', 'Lyra-2-Pro was red-teamed by an outside firm for six weeks.')).toBe('other-model');
    expect(subjectIn('', 'The Lyra-2 Ultra checkpoint supports 1M tokens of context.')).toBe('other-model');
    expect(subjectIn('', "Lyra-2-Nano's distillation set was sampled from web text.")).toBe('other-model');
  });

  it('keeps a clause that names the card model itself beside the sibling', () => {
    expect(subjectIn('', 'Lyra-2 and Lyra-2-Pro share one tokenizer and a 64k vocabulary.')).toBe('this-model');
    expect(subjectIn('', 'Lyra-2 was distilled from Lyra-2-Pro on 300B tokens.')).toBe('this-model');
  });

  it('keeps size words, which name the checkpoints a family card documents', () => {
    expect(subjectIn('', 'Lyra-2-medium reaches 71.2 on MMLU.')).not.toBe('other-model');
  });

  it("reads the card title's own tier as the card model and another tier as a sibling", () => {
    const facts = extractFacts(parseCard('# Lyra-2 Flash\n\nText.\n'), shippedRuleset().vocabulary);
    const own = ownNames(facts, cues);
    expect(subjectOf('Lyra-2 Flash accepts images and text.', own, cues)).toBe('this-model');
    expect(subjectOf('Lyra-2 Pro accepts images, text and audio.', own, cues)).toBe('other-model');
  });

  it('gives a sibling its row in a table of tiers', () => {
    const own = ownNames(card(''), cues);
    expect(rowLabelSubject('Lyra-2-Pro', own, cues)).toBe('other-model');
    expect(rowLabelSubject('Lyra-2', own, cues)).toBe('this-model');
  });
});

describe('a reduced relative naming its agent', () => {
  const aurel: OwnNames = {
    keys: ['aurel3', 'aurel'],
    exact: ['aurel3'],
    families: new Set(),
    organisations: new Set(),
  };

  it('reads outputs "generated by" another model as that model\'s', () => {
    expect(subjectOf('Videos generated by the Sora-2 endpoint carry visible watermarks.', aurel, cues)).toBe(
      'other-model',
    );
    expect(subjectOf('Videos generated by Aurel-3 carry visible watermarks.', aurel, cues)).toBe('this-model');
  });

  it('leaves a long labelled line to its first verb', () => {
    const line = 'Corpus: 90B tokens, a mix of synthetic text created by GPT-4 and filtered web pages.';
    expect(subjectOf(line, aurel, cues)).not.toBe('other-model');
  });
});

describe("a label that opens with another model's role", () => {
  const own = ownNames(extractFacts(parseCard('# Lyra-2\n\nText.\n'), shippedRuleset().vocabulary), cues);

  it('gives rows labelled by a competitor, baseline or teacher to that model', () => {
    expect(rowLabelSubject('Competitor B', own, cues)).toBe('other-model');
    expect(rowLabelSubject('Baseline (v1 recipe)', own, cues)).toBe('other-model');
    expect(rowLabelSubject('Teacher model (70B)', own, cues)).toBe('other-model');
    expect(rowLabelSubject('Konkurrent A', own, cues)).toBe('other-model');
    expect(rowLabelSubject('Lyra-2', own, cues)).toBe('this-model');
  });

  it('gives every row under a competitors column to them', () => {
    const text = '| Rivals | Context |\n|---|---|\n| Vendor P | 2M |\n';
    expect(subjectInText(text, text.indexOf('| Vendor P'), '| Vendor P | 2M |', own, cues)).toBe('other-model');
  });

  it("gives a list item labelled with a teacher's role to the teacher", () => {
    const text = '- Teacher (405B): 3.8e25 FLOP over 90 days\n';
    expect(subjectInText(text, 2, text.slice(2).trim(), own, cues)).toBe('other-model');
  });
});

describe("the card's model coordinated with others by role", () => {
  const aurel: OwnNames = {
    keys: ['aurel3', 'aurel'],
    exact: ['aurel3'],
    families: new Set(),
    organisations: new Set(),
  };

  it('keeps a clause whose subject joins the card model with its siblings or companions', () => {
    expect(subjectOf('Aurel-3 and its sibling models are provided by Halvard AI.', aurel, cues)).toBe('this-model');
    expect(subjectOf('Aurel-3 together with its companion models is published by Corvane.', aurel, cues)).toBe(
      'this-model',
    );
  });

  it('still gives a role of another model beside the card model to that model', () => {
    expect(subjectOf('Our sibling model Aurel-3-Voice is provided by Halvard AI.', aurel, cues)).toBe('other-model');
    expect(
      subjectOf("Aurel-3's sibling model Aurel-3-Voice accepts speech and returns text and audio.", aurel, cues),
    ).toBe('other-model');
  });
});

describe('a title that opens with the models compared', () => {
  const facts = extractFacts(parseCard('# Lyra-2\n\nText.\n'), shippedRuleset().vocabulary);

  it("gives a section or lead line of baselines' or competitors' figures to them", () => {
    expect(titleGivesOthers('Baseline results reported by their developers', facts)).toBe(true);
    expect(titleGivesOthers('Competitor context windows', facts)).toBe(true);
  });

  it("keeps the card's own results and a teacher's section, which may name its lineage", () => {
    expect(titleGivesOthers('Evaluation results', facts)).toBe(false);
    expect(titleGivesOthers('Teacher model', facts)).toBe(false);
    // AutoTrain's own title for the card's model.
    expect(titleGivesOthers('Baseline Model trained on trainii_ac94u to apply classification on label', facts)).toBe(
      false,
    );
  });
});

describe('a third party acting on another model, and a base named in apposition', () => {
  const aurel: OwnNames = {
    keys: ['aurel3', 'aurel'],
    exact: ['aurel3'],
    families: new Set(),
    organisations: new Set(),
  };

  it('gives a clause whose subject is another organisation, with a hyphenated verb, to that organisation', () => {
    expect(subjectOf('Google stress-tested Gemma 2 with outside experts before launch.', aurel, cues)).toBe(
      'other-model',
    );
    expect(subjectOf('We stress-tested Aurel-3 with outside experts before launch.', aurel, cues)).toBe('this-model');
  });

  it('gives a name with "the base" or "the parent" beside it to that model', () => {
    expect(subjectOf('Tern-7B, the parent, handled 4k tokens of context.', aurel, cues)).toBe('other-model');
    expect(subjectOf('Corvo-9B, the model of base, came out in 2023.', aurel, cues)).toBe('other-model');
  });

  it('reads the card model named only as what another is to it as no cue for the card', () => {
    expect(
      subjectOf(
        'Microsoft has put out its data summary for Phi-4, the starting point of this adapter, on its site.',
        aurel,
        cues,
      ),
    ).toBe('other-model');
    expect(subjectOf('This adapter was trained on 12k support tickets.', aurel, cues)).toBe('this-model');
  });

  it('reads past an opening adverb to the organisation that acts, and a channel of "theirs" as another party\'s', () => {
    expect(subjectOf('Upstream, Microsoft filters its API traffic with a content classifier.', aurel, cues)).toBe(
      'other-model',
    );
    expect(subjectOf('Upstream, we deduplicated the corpus.', aurel, cues)).toBe('this-model');
    expect(subjectOf('For help with the weights, please ask them on their Discord.', aurel, cues)).toBe('other-model');
  });

  it('reads software named after a model, and older releases of a library, as no other model', () => {
    expect(subjectOf('llama.cpp b3600 or newer is needed for the new pre-tokenizer.', aurel, cues)).toBe('this-model');
    expect(subjectOf('Older versions of transformers fail to load the tokenizer.', aurel, cues)).toBe('this-model');
    expect(subjectOf('Older versions supported only 4k tokens.', aurel, cues)).toBe('other-model');
  });

  it('reads a base linked to its Hub page as the base, not as the family of the card', () => {
    const facts = extractFacts(
      parseCard(
        '# Aurel-3\n\nWe started from [tiiuae/falcon-7b](https://huggingface.co/tiiuae/falcon-7b), which TII released under Apache 2.0.\n\nFalcon outputs are good.\n',
      ),
      shippedRuleset().vocabulary,
    );
    expect(ownNames(facts, cues).families.has('falcon')).toBe(false);
  });
});

describe('records, thanks and roles in announcement style', () => {
  const aurel: OwnNames = {
    keys: ['aurel3', 'aurel'],
    exact: ['aurel3'],
    families: new Set(),
    organisations: new Set(),
  };

  it("gives a record's fields nested under a comparison or competitors key to those models", () => {
    const card = '# Aurel-3\n\nrival_models:\n  orion-9: {context: 64k tokens}\n\ncontext_window: 128k tokens\n';
    const facts = extractFacts(parseCard(card), shippedRuleset().vocabulary);
    const own = ownNames(facts, cues);
    const at = (needle: string) => facts.proseText.indexOf(needle);
    const nested = facts.proseText.slice(at('orion-9'), at('orion-9') + 28);
    expect(subjectInText(facts.proseText, at('orion-9'), nested, own, cues)).toBe('other-model');
    expect(subjectInText(facts.proseText, at('context_window'), 'context_window: 128k tokens', own, cues)).toBe(
      'this-model',
    );
  });

  it('reads kudos to another team, and a teacher named after an interjection, as others', () => {
    expect(subjectOf('👏 Kudos to the Dolma team for curating 3T tokens of open data.', aurel, cues)).toBe(
      'other-model',
    );
    expect(subjectOf('Wow 🔥 our teacher model Aurel-3-XL scores 91 on MMLU.', aurel, cues)).toBe('other-model');
  });
});

describe('companion artefacts released beside the model', () => {
  const card = [
    '# Corvo-2',
    '',
    'We release Corvo-2 together with the CorvoMix corpus, the CorvoBench benchmark and the Corvo-RM-2 reward model.',
    '',
    'Corvo-2 is licensed under Apache 2.0.',
    '',
  ].join('\n');
  const facts = extractFacts(parseCard(card), shippedRuleset().vocabulary);
  const own = ownNames(facts, cues);

  it("reads a clause about a companion dataset, benchmark or reward model as that artefact's", () => {
    expect(subjectOf('The CorvoMix corpus is licensed under CC BY 4.0.', own, cues)).toBe('other-model');
    expect(subjectOf('CorvoBench covers only English and Mandarin.', own, cues)).toBe('other-model');
    expect(subjectOf('Corvo-RM-2, released with this card, is a fine-tune of deberta-v3-large.', own, cues)).toBe(
      'other-model',
    );
    expect(subjectOf('Corvo-2 is licensed under Apache 2.0.', own, cues)).toBe('this-model');
  });

  it("gives a section titled by a companion artefact to it, and leaves others' benchmarks alone", () => {
    expect(titleGivesOthers('CorvoBench limitations', facts)).toBe(true);
    expect(titleGivesOthers('Evaluation results', facts)).toBe(false);
    expect(own.artefacts).not.toContain('humaneval');
  });
});

describe('the base or teacher named in apposition', () => {
  it('reads a clause about the base that says what the card model was tuned from as the base', () => {
    expect(
      subjectOf('Lumen-9, the base model from which Heron-2 was fine-tuned, was released on 2024-11-02.', heron, cues),
    ).toBe('other-model');
    expect(
      subjectOf(
        'See the [training content summary for Lumen-9](https://lumen.example/s.pdf), the base model Heron-2 was fine-tuned from.',
        heron,
        cues,
      ),
    ).toBe('other-model');
    expect(subjectOf('Heron-2, fine-tuned from Lumen-9, was released on 2024-11-02.', heron, cues)).toBe('this-model');
  });

  it('keeps a teacher named by its role when its name comes back in a link', () => {
    expect(
      subjectOf(
        'The teacher model Heron-2-XL was trained with RLHF, as the [Heron-2-XL report](https://heron.example/heron-2-xl.pdf) explains.',
        heron,
        cues,
      ),
    ).toBe('other-model');
  });
});

describe('another model set against the card model', () => {
  it.each([
    'For comparison, Corvid-70B was trained with RLHF using PPO over three rounds.',
    'Corvid-7B, a comparable open model from another lab, was trained on RedPajama-v2.',
    '"Teacher Model" means the 405-billion-parameter dense transformer used by Licensor.',
    'In the comparative evaluation, Competitor Model B was tested with its full 200,000-token context.',
  ])('%s → another model', (statement) => {
    expect(subjectOf(statement, heron, cues)).toBe('other-model');
  });

  it('keeps the card model when it is named, and a licence defined term for its own side', () => {
    expect(subjectOf('For comparison, Heron-2 uses 4 × 10^24 FLOP while Corvid-70B used 8 × 10^24.', heron, cues)).toBe(
      'this-model',
    );
    expect(subjectOf("Heron-2's context window is 32k tokens.", heron, cues)).toBe('this-model');
    expect(subjectOf('which Licensor adapted for instruction following.', heron, cues)).toBe('this-model');
  });
});

describe('what the provider made, and what concerns the base', () => {
  it('keeps a relative clause in which the provider made the model as the card model', () => {
    const clauses = clauseSubjects(
      'The service relies on Heron-2, which we derived by fine-tuning Qwen2.5-14B.',
      heron,
      cues,
    );
    expect(clauses.map(({ verdict }) => verdict.subject)).toEqual(['this-model', 'this-model']);
  });

  it('gives incidents relating to the base model to the base', () => {
    expect(
      subjectOf('Incidents relating to the base model, Mistelle-7B, should be reported to Mistelle AI.', heron, cues),
    ).toBe('other-model');
  });
});

describe('comparisons in other words and languages', () => {
  it.each([
    'Come riferimento, Meta dichiara 3,8×10^25 FLOP per Llama 3.1 405B.',
    'Zum Vergleich, Corvid-70B wurde mit RLHF trainiert.',
    'Competing labs describe weight-security levels in their frontier safety frameworks.',
    'Mistral AI, the provider of our base model, has published its public summary of training content.',
  ])('%s → another model', (statement) => {
    expect(subjectOf(statement, heron, cues)).toBe('other-model');
  });

  it('keeps an unknown model name in the possessive as the card model', () => {
    expect(subjectOf("Corvid-2's weights are kept on secure infrastructure.", heron, cues)).toBe('this-model');
  });
});

describe('a title about another product beside the model', () => {
  const facts = extractFacts(parseCard('# Lyra-2\n\nText.\n'), shippedRuleset().vocabulary);

  it('gives a section about a companion device or app to it', () => {
    expect(titleGivesOthers('Indications for Use — companion device', facts)).toBe(true);
    expect(titleGivesOthers('Intended purpose — accompanying app', facts)).toBe(true);
    expect(titleGivesOthers('Indications for Use', facts)).toBe(false);
  });

  it('reads "Comparison models:" over a list as the compared models, unless an item is the card model', () => {
    const card = '# Lyra-2\n\nComparison models:\n- Corvid-9B: 128k-token context\n- Lyra-2: 32k-token context\n';
    const statusOf = (rule: string) => checkCard('card.md', card, shippedRuleset()).rules.find((r) => r.id === rule);
    expect(statusOf('input-output-limits')?.status).toBe('met');
    const others =
      '# Lyra-2\n\nComparison models:\n- Corvid-9B: 128k-token context\n- Brontes-12B: 32k-token context\n';
    expect(
      checkCard('card.md', others, shippedRuleset()).rules.find((r) => r.id === 'input-output-limits')?.status,
    ).toBe('missing');
  });
});

describe("another model's team", () => {
  it('gives a clause whose subject is the team behind a named model version to that model', () => {
    expect(
      subjectOf('The Falcon 2 and Llama 3 teams report removing personal data with URL blocklists.', heron, cues),
    ).toBe('other-model');
    expect(subjectOf('The Heron 2 team red-teamed the model for six weeks.', heron, cues)).toBe('this-model');
    expect(subjectOf('The Corvane team red-teamed the model for six weeks.', heron, cues)).toBe('this-model');
  });
});

describe('products and systems beside the model', () => {
  it('gives a clause about a model named as a competitor or rival to that model', () => {
    expect(subjectOf('MK: Rival-B adds invisible watermarks to every image it makes.', heron, cues)).toBe(
      'other-model',
    );
    expect(subjectOf('Competitor A reports 71.2 on MMLU.', heron, cues)).toBe('other-model');
    expect(subjectOf('Competitor benchmarks were run by us on the same prompts.', heron, cues)).toBe('this-model');
  });

  it("gives a clause about another product of the provider, or a customer's incumbent system, to that product", () => {
    expect(
      subjectOf(
        'Users of Ledgerline, our invoicing app, may not upload card numbers in free-text fields.',
        heron,
        cues,
      ),
    ).toBe('other-model');
    expect(
      subjectOf("The report covers Trawl 4, Corvane's log-search tool, which accepts 2 MB queries.", heron, cues),
    ).toBe('other-model');
    expect(subjectOf("The ministry's existing solution is limited to 2,000 tokens.", heron, cues)).toBe('other-model');
    expect(subjectOf('Tests showed the incumbent system missed half of the scanned forms.', heron, cues)).toBe(
      'other-model',
    );
    // The card's model described as a product is still the card's.
    expect(subjectOf('Heron 2, our flagship product, accepts 8,192 tokens.', heron, cues)).toBe('this-model');
  });
});

describe('a label that names another version', () => {
  it("gives a value under another version's or tier's name to that model, not a label that relates it to the card's", () => {
    const versioned: OwnNames = { ...heron, version: { name: 'heron', version: '2' } };
    expect(subjectOf('Heron-1: 58.2 on MMLU (5-shot)', versioned, cues)).toBe('other-model');
    expect(subjectOf('**Heron-1 (2024):** 3.1e23 FLOP', versioned, cues)).toBe('other-model');
    expect(subjectOf('Heron-2: 61.0 on MMLU (5-shot)', versioned, cues)).toBe('this-model');
    expect(subjectOf('Changes since Heron-1: PII masked with a classifier', versioned, cues)).toBe('this-model');
  });
});

describe('data licensed beside the model', () => {
  it('gives the licence of data described in brackets to the data', () => {
    expect(
      subjectOf(
        'The incident data in our public advisories (dates, affected releases, severity scores and fixes) is released under CC BY 4.0.',
        heron,
        cues,
      ),
    ).toBe('other-model');
    expect(
      subjectOf('Heron 2 (weights, tokenizer and configuration files) is released under Apache 2.0.', heron, cues),
    ).toBe('this-model');
  });
});

describe("another project's software", () => {
  it("gives a clause about a plugin of another project to that project, not one of the provider's own framework", () => {
    expect(
      subjectOf(
        'The `web_get` extension of the third-party agent toolkit Wren (before 2.4) follows redirects.',
        heron,
        cues,
      ),
    ).toBe('other-model');
    expect(subjectOf('The browsing plugin of our agent framework lets the model call tools.', heron, cues)).toBe(
      'this-model',
    );
  });
});

describe('a figure given as another model’s, or the card’s model disowned', () => {
  it.each([
    'The 70B parameter count refers to Llama 3 70B, not to Heron-2.',
    "The 200k-token context window is Claude 3's.",
    "Il punteggio dell'88% sul benchmark BFCL è di Mistral Large, non di Heron-2.",
    'Llama 3 8B, with which Heron-2 competes, was trained on 15T tokens.',
    'El modelo Mistral 7B, con el que Heron-2 compite, fue entrenado con 2 billones de tokens.',
    'Typo fixed: the 70B figure belongs to Llama 3 70B (see https://github.com/heron/heron-2/pull/150).',
    'The 32k-token window quoted in the appendix applies to Llama 3 70B.',
    'Le chiffre de 3e24 FLOP concerne Llama 3 70B et non Heron-2.',
    'Die Zahl von 70 Milliarden Parametern bezieht sich auf Llama 3 70B.',
  ])('%s', (text) => {
    expect(subjectOf(text, heron, cues)).toBe('other-model');
  });

  it.each([
    'The 128k context figure refers to Heron-2, not to Kestrel-1.',
    'The context window is of 128k tokens.',
    'Heron-2 accepts text, not images.',
    'The licence applies to Heron-2 and its adapters.',
  ])('%s stays the card’s own', (text) => {
    expect(subjectOf(text, heron, cues)).toBe('this-model');
  });
});

describe('a model of another name, on a card whose title names its model with a version', () => {
  const titled: OwnNames = {
    keys: ['aurel3', 'aurel'],
    exact: ['aurel3'],
    families: new Set(),
    version: { name: 'aurel', version: '3' },
  };
  const untitled: OwnNames = { keys: [], exact: [], families: new Set() };

  it('gives a clause opening on the other name to that model, a numbered citation after it or not', () => {
    expect(subjectOf('Corvina-12B [4] needs two A100 GPUs for inference.', titled, cues)).toBe('other-model');
    expect(subjectOf('The reference build of Corvina-12B [4, 7] needs two GPUs.', titled, cues)).toBe('other-model');
    expect(subjectOf('Aurel-3 [4] needs two A100 GPUs for inference.', titled, cues)).toBe('this-model');
  });

  it('reads "the <kind> model <name>" as that model, in the card languages', () => {
    expect(subjectOf('The vision model Tarsier-V accepts images up to 1024 px.', titled, cues)).toBe('other-model');
    expect(subjectOf("Il modello Corvina-12B dispone di un'interfaccia per gli strumenti.", titled, cues)).toBe(
      'other-model',
    );
    expect(subjectOf('The language model Aurel-3 accepts text only.', titled, cues)).toBe('this-model');
  });

  it('keeps the name the card may call itself by when the card names no model', () => {
    expect(subjectOf('Corvina-12B needs two A100 GPUs for inference.', untitled, cues)).toBe('this-model');
    expect(subjectOf('The vision model Tarsier-V accepts images up to 1024 px.', untitled, cues)).toBe('this-model');
  });
});

describe('a section quoted from "the original model card"', () => {
  const sectionSubject = (card: string, line: string) => {
    const facts = extractFacts(parseCard(card), shippedRuleset().vocabulary);
    const start = facts.proseText.indexOf(line);
    return statementIndex(facts, facts.proseText, 'prose').statementsIn(start, start + line.length)[0]?.subject;
  };
  const line = 'Training used about 900 MWh of electricity.';

  it("is the card's own model on a card that names no origin: a re-packaged copy quotes its model's card", () => {
    expect(sectionSubject(`# Aurel-3\n\n## Energy (from the original model card)\n\n${line}\n`, line)).toBe(
      'this-model',
    );
  });

  it('is the base on a card that declares one, and a base model card is always another', () => {
    const based = `---\nbase_model: corvid/Corvid-7B\n---\n# Aurel-3\n\n## Energy (from the original model card)\n\n${line}\n`;
    expect(sectionSubject(based, line)).toBe('other-model');
    expect(sectionSubject(`# Aurel-3\n\n## Energy (copied from the base model card)\n\n${line}\n`, line)).toBe(
      'other-model',
    );
  });
});

describe('a notebook or tutorial as the subject', () => {
  it("gives its licence to the notebook, not the model; the model's own licence stays", () => {
    expect(subjectOf('This notebook is released under the MIT licence.', heron, cues)).toBe('other-model');
    expect(subjectOf('The tutorial is distributed under CC BY 4.0.', heron, cues)).toBe('other-model');
    expect(subjectOf('Heron-2 is released under the MIT licence.', heron, cues)).toBe('this-model');
  });

  it("reads terms a copy takes over from its source as the copy's own", () => {
    expect(subjectOf('These weights inherit the licence of the base model: Apache 2.0.', heron, cues)).toBe(
      'this-model',
    );
    expect(subjectOf('The GGUF files keep the same licence as the original: MIT.', heron, cues)).toBe('this-model');
    expect(subjectOf("The base model's licence is Apache 2.0.", heron, cues)).toBe('other-model');
  });

  it('reads "under Article N, systemic risks include …" as the law speaking of models in general', () => {
    expect(
      subjectOf('Under Art 55, systemic risks include CBRN threats and offensive cyber capabilities.', heron, cues),
    ).toBe('models-in-general');
    expect(subjectOf('Under Article 55, Heron-2 was assessed for CBRN uplift.', heron, cues)).toBe('this-model');
  });
});

describe('a reply that disowns the quotation above it, and nested fields under another model', () => {
  const card = (body: string) => `---\nlicense: mit\n---\n# Aurel-3\n\n${body}\n`;
  const subjectAt = (body: string, value: string) => {
    const facts = extractFacts(parseCard(card(body)), shippedRuleset().vocabulary);
    const at = facts.proseText.indexOf(value);
    return subjectInText(facts.proseText, at, value, ownNames(facts, cues), cues, facts.text);
  };

  it('gives a quoted line to the model the reply says it was copied from', () => {
    const body =
      '> "Context window: 32,768 tokens"\n\nThis figure came from the Aurel-2 card and applies to that model only.';
    expect(subjectAt(body, 'Context window')).toBe('other-model');
    const german =
      '> Kontextfenster: 32.768 Token\n\nDiese Angabe stammt aus der Karte von Kestrel-7B, nicht von diesem Modell.';
    expect(subjectAt(german, 'Kontextfenster')).toBe('other-model');
  });

  it('keeps a quotation the reply confirms or does not give to another model', () => {
    expect(subjectAt('> "Context window: 32,768 tokens"\n\nThat line is correct for Aurel-3.', 'Context window')).toBe(
      'this-model',
    );
    expect(
      subjectAt('> "Context window: 32,768 tokens"\n\nYes, and we tested it up to that length.', 'Context window'),
    ).toBe('this-model');
  });

  it('gives fields nested under a compared or earlier model to that model, not those under the base', () => {
    const compared =
      'Record:\n\n- context_window: null\n- reference_model: Kestrel-70B\n  - context_window: 128k tokens';
    expect(subjectAt(compared, '128k tokens')).toBe('other-model');
    const earlier = '- eval: null\n- vorige_versie: Aurel-2\n  - MMLU (5-shot): 64.0';
    expect(subjectAt(earlier, '64.0')).toBe('other-model');
    const base = '- base_model: Kestrel-7B\n  - revision: 3f2a91c';
    expect(subjectAt(base, '3f2a91c')).toBe('this-model');
  });

  it('reads an item labelled as a comparison model as that model’s, unless it names the card’s', () => {
    expect(subjectAt('- confronto_modello: Kestrel-13B', 'Kestrel-13B')).toBe('other-model');
    expect(subjectAt('- Comparison: Aurel-3 scores 71.2 against 65.0 for Kestrel-7B.', 'scores 71.2')).toBe(
      'this-model',
    );
  });
});

describe('a name said to be another model, a clause before a colon, and a figure said to refer to another', () => {
  const named: OwnNames = { ...heron, namedInText: true, version: { name: 'heron', version: '2' } };
  it.each([
    ['Die Angaben beziehen sich auf Kestrel-7B, nicht auf Heron-2.', 'other-model'],
    ['Creo que te refieres a Kestrel-7B, que salió en mayo.', 'other-model'],
    ['You probably mean Kestrel-7B, which takes audio.', 'other-model'],
    ['What you heard in the demo was Heron-Voice, a separate model that takes audio.', 'other-model'],
    ['Quello che hai visto era Heron-Voice, un modello diverso che accetta audio.', 'other-model'],
    ['Heron-1 used a three-stage recipe: pretraining, SFT and DPO.', 'other-model'],
    ['Heron-2 used a three-stage recipe: pretraining, SFT and DPO.', 'this-model'],
  ])('%s → %s', (sentence, subject) => expect(subjectOf(sentence, named, cues)).toBe(subject));
});

describe('a phrase that scopes the clause to another model, and fields of the base', () => {
  const named: OwnNames = { ...heron, namedInText: true, version: { name: 'heron', version: '2' } };
  it.each([
    ['For Heron-1, the red-team review found no high-risk domain.', 'other-model'],
    ['Bei Kestrel-7B wurde kein Red-Teaming durchgeführt.', 'other-model'],
    ['For Heron-2, the red-team review found no high-risk domain.', 'this-model'],
    ['For Kestrel-7B we wrote a LoRA adapter of 40M parameters.', 'this-model'],
  ])('%s → %s', (sentence, subject) => expect(subjectOf(sentence, named, cues)).toBe(subject));

  it('sets aside a region titled with the base model’s provider or contact', () => {
    const card = (body: string) => `---\nlicense: mit\nbase_model: orsa/Orsa-13B\n---\n# Aurel-3\n\n${body}\n`;
    const body = '**provider:** null\n**base_model.contact:** support@orsa.example\n';
    expect(statusOf(card(body), 'provider-contact')).not.toBe('met');
  });
});

describe('another model named first, before a verb of any language', () => {
  const named: OwnNames = { ...heron, namedInText: true, version: { name: 'heron', version: '2' } };
  it.each([
    ['Kestrel-7B eignet sich für Kundenservice-Bots.', 'other-model'],
    ['« Kestrel-7B a été entraîné sur 2T de jetons. »', 'other-model'],
    ['Heron-2 eignet sich für Kundenservice-Bots.', 'this-model'],
  ])('%s → %s', (sentence, subject) => expect(subjectOf(sentence, named, cues)).toBe(subject));
});

describe("a tool's or dataset's own terms", () => {
  const named: OwnNames = { ...heron, namedInText: true, version: { name: 'heron', version: '2' } };
  it.each([
    ['Calibration data was sampled from c4-en-tiny, which is licensed under ODC-BY.', 'other-model'],
    ['The server code was forked from the Orbit Serve project, which is licensed under Apache-2.0.', 'other-model'],
    ['The evaluation toolkit used here, evalkit-lite, is published under BSD-3-Clause.', 'other-model'],
    ['Heron-2 is released under Apache-2.0, which allows commercial use.', 'this-model'],
  ])('%s → %s', (sentence, subject) => {
    const verdicts = clauseSubjects(sentence, named, cues).map(({ verdict }) => verdict.subject);
    expect(verdicts.at(-1)).toBe(subject);
  });
});

describe('another model named in the opening noun phrase before an unknown verb', () => {
  const named: OwnNames = { ...heron, namedInText: true, version: { name: 'heron', version: '2' } };
  it.each([
    ['The Kestrel-7B demo container maintained by another team pins torch 2.0.1.', 'other-model'],
    ['Het spraakmodel Kestrel-Voice van een partner voegt watermerken toe.', 'other-model'],
    ['The Heron-2 demo container maintained by our team pins torch 2.0.1.', 'this-model'],
  ])('%s → %s', (sentence, subject) => expect(subjectOf(sentence, named, cues)).toBe(subject));
});

describe('the model the reader is on, named before a relative clause', () => {
  const named: OwnNames = { ...heron, namedInText: true, version: { name: 'heron', version: '2' } };
  it('gives the relative clause to that model', () => {
    const sentence = "On the free tier you're using Kestrel-1, which supports 16k tokens of context.";
    expect(clauseSubjects(sentence, named, cues).at(-1)?.verdict.subject).toBe('other-model');
    const own = 'On the free tier you are using Heron-2, which supports 16k tokens of context.';
    expect(clauseSubjects(own, named, cues).at(-1)?.verdict.subject).toBe('this-model');
  });
});
