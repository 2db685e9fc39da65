import { checkPatternSafety } from '../../src/ruleset/pattern-safety.js';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { normalizeHeading } from '../../src/facts/normalize-heading.js';
import { canonicalNames, compileVocabulary, type Vocabulary } from '../../src/facts/vocabulary.js';

const SECTIONS_URL = new URL('../../rules/vocabulary/sections.yaml', import.meta.url);
const BOILERPLATE_URL = new URL('../../rules/vocabulary/boilerplate.yaml', import.meta.url);
const sectionsYaml = readFileSync(SECTIONS_URL, 'utf8');
const boilerplateYaml = readFileSync(BOILERPLATE_URL, 'utf8');
const vocabulary = compileVocabulary(sectionsYaml, boilerplateYaml, {
  sections: fileURLToPath(SECTIONS_URL),
  boilerplate: fileURLToPath(BOILERPLATE_URL),
});

const CORPUS = '/work/shared/corpus';
const corpusPresent = existsSync(`${CORPUS}/heading-frequencies.tsv`);
if (!corpusPresent) console.warn(`vocabulary corpus tests skipped: ${CORPUS} is absent on this machine`);
const describeCorpus = corpusPresent ? describe : describe.skip;

const namesOf = (heading: string, vocab: Vocabulary = vocabulary): string[] =>
  canonicalNames(normalizeHeading(heading), vocab).sort();

/** Blanks boilerplate the way the fact extractor does, so tests see what counts as absent. */
const mask = (text: string): string =>
  vocabulary.boilerplate.reduce(
    (masked, pattern) => masked.replace(pattern, (match) => ' '.repeat(match.length)),
    text,
  );

describe('normalizeHeading', () => {
  it.each([
    ['## 1. Intended Uses & Limitations', 'intended uses and limitations'],
    ['**Input Type(s):**', 'input type(s)'],
    ['1.2.3 Training Data', 'training data'],
    ['A. Model Details', 'model details'],
    ['Step 1: Install', 'install'],
    ['(a) Bias', 'bias'],
    ['a) Direct use', 'direct use'],
    ['I. Introduction', 'introduction'],
    ['IV. Results:', 'results'],
    ['12 - Results', 'results'],
    ['🚀 Quick Start', 'quick start'],
    ['How to use :hugs:', 'how to use'],
    ['‼️ Important', 'important'],
    ['<b>Model</b> <i>Description</i>', 'model description'],
    ['<h2 id="x">Training</h2>', 'training'],
    ['CO<sub>2</sub> Emissions', 'co2 emissions'],
    ['[Model Sources](#model-sources) [optional]', 'model sources [optional]'],
    ['![badge](https://img.shields.io/x.svg) Usage', 'usage'],
    ['`Usage`', 'usage'],
    ['_Training_ __Details__', 'training details'],
    ['model_card_authors', 'model card authors'],
    ['Training &amp; Evaluation Data', 'training and evaluation data'],
    ['Citation &#x1F4DD;', 'citation'],
    ['Intel® Neural Compressor', 'intel neural compressor'],
    ['What’s this?', "what's this"],
    ['  Model   Card  ', 'model card'],
    ['Bias, Risks, and Limitations', 'bias, risks, and limitations'],
    ['模型信息 Model Information', '模型信息 model information'],
    ['３．使用方法', '使用方法'],
    ['Results —', 'results'],
    ['c++ API', 'c++ api'],
    // Numbers that are part of the title stay.
    ['2023 updates', '2023 updates'],
    ['100 languages', '100 languages'],
    ['v1.5 Release', 'v1.5 release'],
    ['Llama 3.1 Model Card', 'llama 3.1 model card'],
  ])('%j → %j', (raw, expected) => {
    expect(normalizeHeading(raw)).toBe(expected);
  });

  it('is idempotent on its own output', () => {
    for (const raw of ['## 2.1 **Bias, Risks & Limitations** 🚨:', 'Step 3: Run', '(iv) Output Format(s):']) {
      const once = normalizeHeading(raw);
      expect(normalizeHeading(once)).toBe(once);
    }
  });
});

describe('canonicalNames on real headings', () => {
  it.each([
    // Hugging Face model card template.
    ['Model Details', ['overview']],
    ['Model Description', ['overview']],
    ['Model Sources [optional]', ['model-sources']],
    ['Uses', ['intended-uses']],
    ['Direct Use', ['intended-uses']],
    ['Downstream Use [optional]', ['intended-uses']],
    ['Out-of-Scope Use', ['out-of-scope-uses']],
    ['Bias, Risks, and Limitations', ['bias', 'limitations', 'risks']],
    ['Recommendations', ['recommendations']],
    ['How to Get Started with the Model', ['usage']],
    ['Training Details', ['training', 'training-procedure']],
    ['Training Data', ['training-data']],
    ['Training Procedure', ['training-procedure']],
    ['Preprocessing [optional]', ['training-procedure']],
    ['Training Hyperparameters', ['hyperparameters', 'training-procedure']],
    ['Speeds, Sizes, Times [optional]', ['training-procedure']],
    ['Evaluation', ['evaluation']],
    ['Testing Data, Factors & Metrics', ['evaluation']],
    ['Factors', ['evaluation']],
    ['Results', ['evaluation']],
    ['Model Examination [optional]', ['evaluation']],
    ['Environmental Impact', ['environmental-impact']],
    ['Technical Specifications [optional]', ['architecture']],
    ['Model Architecture and Objective', ['architecture']],
    ['Compute Infrastructure', ['hardware']],
    ['Hardware', ['hardware']],
    ['Software', ['software']],
    ['Citation [optional]', ['citation']],
    ['More Information [optional]', ['model-sources']],
    ['Model Card Authors [optional]', ['authors']],
    ['Model Card Contact', ['contact']],
    // Auto-generated Trainer cards.
    ['Intended uses & limitations', ['intended-uses', 'limitations']],
    ['Training and evaluation data', ['evaluation', 'training-data']],
    ['Training results', ['evaluation']],
    ['Framework versions', ['software']],
    // NVIDIA cards (headings and bold labels).
    ['Model Architecture:', ['architecture']],
    ['Architecture Type:', ['architecture']],
    ['Network Architecture:', ['architecture']],
    ['Input:', ['input-output']],
    ['Input Type(s):', ['input-output']],
    ['Output:', ['input-output']],
    ['Output Format:', ['input-output']],
    ['Other Properties Related to Output:', ['input-output']],
    ['Software Integration:', ['software']],
    ['Runtime Engine(s):', ['software']],
    ['Supported Hardware Microarchitecture Compatibility:', ['hardware']],
    ['Preferred Operating System(s):', ['software']],
    ['Model Version(s):', ['release']],
    ['Training, Testing, and Evaluation Datasets:', ['evaluation', 'training-data']],
    ['Testing Dataset:', ['evaluation']],
    ['Inference:', ['usage']],
    ['License/Terms of Use:', ['license']],
    ['Reference(s):', ['model-sources']],
    ['Safety & Security', ['safety']],
    // Meta Llama cards.
    ['Model Information', ['overview']],
    ['Model developer', ['authors']],
    ['Intended Use', ['intended-uses']],
    ['Intended Use Cases', ['intended-uses']],
    ['Out-of-scope', ['out-of-scope-uses']],
    ['Hardware and Software', ['hardware', 'software']],
    ['Training Factors', ['hardware', 'training-procedure']],
    ['Training Energy Use', ['environmental-impact']],
    ['Training Greenhouse Gas Emissions', ['environmental-impact']],
    ['Data Freshness', ['training-data']],
    ['Benchmarks', ['evaluation']],
    ['Benchmark scores', ['evaluation']],
    ['Responsibility & Safety', ['safety']],
    ['Critical and other risks', ['risks', 'safety']],
    ['Red teaming', ['safety']],
    ['Tool-use', ['tool-use']],
    ['Ethical Considerations and Limitations', ['limitations', 'risks']],
    ['Model Release Date', ['release-date', 'release']],
    ['Where to send questions or comments about the model', ['contact']],
    ['Supported languages', ['languages']],
    ['Acceptable Use Policy', ['acceptable-use-policy']],
    // Common Hub headings.
    ['Limitations and bias', ['bias', 'limitations']],
    ['Risks, Limitations and Biases', ['bias', 'limitations', 'risks']],
    ['Misuse, Malicious Use, and Out-of-Scope Use', ['out-of-scope-uses']],
    ['Usage (Sentence-Transformers)', ['usage']],
    ['Usage (with Stable-baselines3)', ['usage']],
    ['Usage (with ML-Agents)', ['usage']],
    ['Training (with the RL Zoo)', ['training', 'training-procedure']],
    ['Citing & Authors', ['authors', 'citation']],
    ['Full Model Architecture', ['architecture']],
    ['BibTeX entry and citation info', ['citation']],
    ['Validation Metrics', ['evaluation']],
    ['Demo: How to use in ESPnet2', ['usage']],
    ['Training procedure and results', ['evaluation', 'training-procedure']],
    ['CO<sub>2</sub> emissions during pre-training', ['environmental-impact']],
    ['Prerequisites: Weights and Biases (wandb)', ['software']],
    ['Function calling', ['tool-use']],
    ['Interaction with tools', ['tool-use']],
    ['Foreseen uses', ['intended-uses']],
    ['Envisaged use cases', ['intended-uses']],
    ['Chat template', ['input-output']],
    ['Prompt format', ['input-output']],
    ['Changelog', ['release']],
    ['Licence', ['license']],
    ['Privacy', ['privacy']],
    ['Copyright', ['copyright']],
    ['Finetuned from model [optional]', ['base-model']],
    ['Language(s) (NLP)', ['languages']],
    ['Hours used', ['environmental-impact']],
    ['Model Stats', ['architecture']],
    // Bilingual and Japanese headings.
    ['使用 Usage', ['usage']],
    ['简介 Brief Introduction', ['overview']],
    ['协议 (License)', ['license']],
    ['想定される用途', ['intended-uses']],
    ['モデルの限界やバイアス', ['bias', 'limitations']],
  ])('%j → %j', (heading, expected) => {
    expect(namesOf(heading)).toEqual([...expected].sort());
  });

  it.each([
    'PPO Agent playing LunarLander-v2',
    'distilbert-base-uncased-finetuned-emotion',
    'finetuning-sentiment-model-3000-samples',
    'Model Card for Model ID',
    'Model card for unit 1 of the diffusion models class 🧨',
    'Model Trained Using AutoTrain',
    'Table of Contents',
    '{MODEL_NAME}',
    'Label Scheme',
    'Search results API',
    'Sample results',
    'Example Images',
    'Latest stable release',
    'Developer mode',
    'inference: false',
    'Tokenizer',
    'Note',
    'Related models',
    'Post-Training Static Quantization',
    'Score-Based Generative Modeling through Stochastic Differential Equations (SDE)',
    'Regression model for energy levels (ICF B1300)',
    'Video Classification with a CNN-RNN Architecture',
    'Paper Cut Model V1',
    'news-tsl-train',
    '新闻分类(classify)',
    'Language model',
    'About SpeechBrain',
    'Frequently asked questions',
    '',
  ])('%j maps to nothing', (heading) => {
    expect(namesOf(heading)).toEqual([]);
  });

  it('returns a fresh array each time, in vocabulary order', () => {
    const first = canonicalNames('bias, risks, and limitations', vocabulary);
    first.push('mutated');
    expect(canonicalNames('bias, risks, and limitations', vocabulary)).toEqual(['limitations', 'bias', 'risks']);
  });
});

describe('compileVocabulary', () => {
  const files = { sections: 'rules/vocabulary/sections.yaml', boilerplate: 'rules/vocabulary/boilerplate.yaml' };
  const goodBoilerplate = "boilerplate:\n  - 'More information needed'\n";
  const goodSections = "sections:\n  overview:\n    - '^overview$'\n";

  it('compiles the shipped files: every name kebab-case with patterns, boilerplate global', () => {
    expect(vocabulary.sections.length).toBeGreaterThanOrEqual(29);
    for (const section of vocabulary.sections) {
      expect(section.name).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
      expect(section.patterns.length).toBeGreaterThan(0);
      for (const pattern of section.patterns) expect(pattern.flags).toBe('iu');
    }
    for (const pattern of vocabulary.boilerplate) expect(pattern.flags).toBe('giu');
  });

  it('provides every canonical name the rules rely on', () => {
    const names = vocabulary.sections.map((section) => section.name);
    for (const name of [
      'overview',
      'intended-uses',
      'out-of-scope-uses',
      'acceptable-use-policy',
      'limitations',
      'bias',
      'risks',
      'safety',
      'recommendations',
      'training',
      'training-data',
      'training-procedure',
      'hyperparameters',
      'evaluation',
      'environmental-impact',
      'hardware',
      'software',
      'architecture',
      'input-output',
      'usage',
      'license',
      'citation',
      'contact',
      'authors',
      'release',
      'model-sources',
      'tool-use',
      'privacy',
      'copyright',
    ]) {
      expect(names).toContain(name);
    }
  });

  it.each([
    [
      'an invalid regular expression',
      "sections:\n  overview:\n    - '^model (description'\n",
      3,
      /valid JavaScript regular expression/,
    ],
    [
      'a pattern that is not a string',
      'sections:\n  overview:\n    - 42\n',
      3,
      /regular expression as a non-empty string/,
    ],
    [
      'a pattern list that is a string',
      "sections:\n  overview:\n    '^overview$'\n",
      3,
      /non-empty list of patterns for "overview"/,
    ],
    ['an empty pattern list', 'sections:\n  overview: []\n', 2, /non-empty list/],
    [
      'a name that is not kebab-case',
      "sections:\n  overview:\n    - '^overview$'\n  Training_Data:\n    - '^training data$'\n",
      4,
      /kebab-case section name/,
    ],
    [
      'a pattern that matches every heading',
      "sections:\n  overview:\n    - '^overview$'\n    - '.*'\n",
      4,
      /matches an empty heading/,
    ],
    [
      'an unknown top-level key',
      "sections:\n  overview:\n    - '^overview$'\nversion: 2\n",
      4,
      /expected only the key "sections:"/,
    ],
    ['sections that are a list', "sections:\n  - '^overview$'\n", 2, /mapping of canonical names/],
    ['broken YAML', "sections:\n  overview:\n\t- '^overview$'\n", 3, /valid YAML/],
    ['a duplicated name', "sections:\n  overview:\n    - '^a$'\n  overview:\n    - '^b$'\n", 4, /valid YAML/],
  ])('rejects %s in sections.yaml with file and line', (_what, source, line, reason) => {
    expect(() => compileVocabulary(source, goodBoilerplate, files)).toThrow(
      new RegExp(`^rules/vocabulary/sections\\.yaml:${line}: `),
    );
    expect(() => compileVocabulary(source, goodBoilerplate, files)).toThrow(reason);
  });

  it.each([
    ['a pattern matching the empty string', "boilerplate:\n  - 'ok'\n  - 'x?'\n", 3, /matches the empty string/],
    ['an invalid regular expression', "boilerplate:\n  - '[unclosed'\n", 2, /valid JavaScript regular expression/],
    ['a missing list', 'boilerplate:\n', 1, /non-empty list of boilerplate patterns/],
  ])('rejects %s in boilerplate.yaml with file and line', (_what, source, line, reason) => {
    expect(() => compileVocabulary(goodSections, source, files)).toThrow(
      new RegExp(`^rules/vocabulary/boilerplate\\.yaml:${line}: `),
    );
    expect(() => compileVocabulary(goodSections, source, files)).toThrow(reason);
  });

  it('refuses patterns that can backtrack catastrophically when given a pattern check (vocabularies not shipped)', () => {
    const nested = "boilerplate:\n  - 'ok'\n  - '(?:a+)+b'\n";
    expect(() => compileVocabulary(goodSections, nested, files, checkPatternSafety)).toThrow(
      /^rules\/vocabulary\/boilerplate\.yaml:3: expected a linear-time pattern: /,
    );
    const heading = "sections:\n  overview:\n    - '^(\\w+\\s?)*$'\n";
    expect(() => compileVocabulary(heading, goodBoilerplate, files, checkPatternSafety)).toThrow(
      /^rules\/vocabulary\/sections\.yaml:3: expected a linear-time pattern: /,
    );
    expect(() => compileVocabulary(goodSections, nested, files)).not.toThrow();
  });

  it('names the default files when none are given', () => {
    expect(() => compileVocabulary("sections:\n  overview:\n    - '('\n", goodBoilerplate)).toThrow(
      /^rules\/vocabulary\/sections\.yaml:3: /,
    );
  });

  it('accepts a small hand-written vocabulary', () => {
    const small = compileVocabulary(
      "sections:\n  overview:\n    - '^overview$'\n  usage:\n    - '^usage\\b'\n",
      goodBoilerplate,
      files,
    );
    expect(namesOf('Usage (with Stable-baselines3)', small)).toEqual(['usage']);
    expect(small.boilerplate[0].flags).toBe('giu');
  });
});

describe('boilerplate', () => {
  it.each([
    '[More Information Needed]',
    'More information needed',
    '{{ model_summary | default("", true) }}',
    '{{card_data}}',
    'Use the code below to get started with the model.',
    'Users (both direct and downstream) should be made aware of the risks, biases and limitations of the model. More information needed for further recommendations.',
    'Carbon emissions can be estimated using the [Machine Learning Impact calculator](https://mlco2.github.io/impact#compute) presented in [Lacoste et al. (2019)](https://arxiv.org/abs/1910.09700).',
    'This is the model card of a 🤗 transformers model that has been pushed on the Hub. This model card has been automatically generated.',
    'This model card has been automatically generated.',
    'This model is a fine-tuned version of [distilbert-base-uncased](https://huggingface.co/distilbert-base-uncased) on the None dataset.',
    'This model is a fine-tuned version of [bert-base-cased](https://huggingface.co/bert-base-cased) on an unknown dataset.',
    'The following hyperparameters were used during training:',
    'TODO: Add your code',
    'TBD',
  ])('blanks %j completely', (text) => {
    expect(mask(text).trim()).toBe('');
  });

  it.each([
    'This model is a fine-tuned version of [distilbert-base-uncased](https://huggingface.co/distilbert-base-uncased) on the imdb dataset.',
    'Carbon emissions were estimated at 12.3 tCO2eq using the Machine Learning Impact calculator.',
    'title = {{TorchXRayVision: A library of chest X-ray datasets and models}}',
    'We used 512 A100 GPUs for 21 days.',
    'Users should not rely on the model for medical advice.',
    'The TODO list for v2 includes longer context.',
  ])('keeps real content: %j', (text) => {
    expect(mask(text)).toBe(text);
  });

  it('keeps offsets and line breaks when blanking', () => {
    const text = 'Intro.\n\n[More Information Needed]\n\nReal text.';
    const masked = mask(text);
    expect(masked).toHaveLength(text.length);
    expect(masked.split('\n')).toHaveLength(text.split('\n').length);
    expect(masked).toContain('Real text.');
  });

  it('never matches across a blank line', () => {
    const split =
      'Users (both direct and downstream) should be made aware of the risks, biases and limitations of the model.\n\nMore information needed for further recommendations.';
    for (const pattern of vocabulary.boilerplate) {
      for (const match of split.matchAll(pattern)) expect(match[0]).not.toMatch(/\n[ \t]*\n/);
    }
    for (const pattern of vocabulary.boilerplate) {
      // Only negated classes may mention \s ("[^()\s]" stops at whitespace); anything else could cross lines.
      const outsideNegatedClasses = pattern.source.replace(/\[\^(?:\\.|[^\]\\])*\]/g, '');
      expect(outsideNegatedClasses).not.toMatch(/\\s|\[\^\]|\\S/);
    }
  });

  it('runs in linear time on adversarial input', () => {
    const hostile = [
      '{{ '.repeat(20_000),
      '['.repeat(20_000) + '](',
      'This model is a fine-tuned version of ['.repeat(2_000),
      `${'\n \t'.repeat(20_000)}x`,
      'More information needed '.repeat(5_000),
    ];
    const start = performance.now();
    for (const text of hostile) mask(text);
    expect(performance.now() - start).toBeLessThan(2000);
  });
});

describeCorpus('against the corpus in /work/shared/corpus', () => {
  it('maps at least 85% of heading occurrences in heading-frequencies.tsv', () => {
    const rows = readFileSync(`${CORPUS}/heading-frequencies.tsv`, 'utf8').trim().split('\n').slice(1);
    let total = 0;
    let mapped = 0;
    for (const row of rows) {
      const [count, heading] = row.split('\t');
      total += Number(count);
      if (namesOf(heading).length > 0) mapped += Number(count);
    }
    expect(mapped / total).toBeGreaterThan(0.85);
  });

  it('maps every non-title heading of the Hugging Face template', () => {
    const template = readFileSync(`${CORPUS}/model-cards/huggingface-hub-modelcard-template.md`, 'utf8');
    const headings = [...template.matchAll(/^#{2,6} (.+)$/gm)].map((match) => match[1]);
    expect(headings.length).toBeGreaterThan(25);
    // A glossary is not a documentation duty; every other template heading names one.
    expect(headings.filter((heading) => namesOf(heading).length === 0)).toEqual(['Glossary [optional]']);
  });

  it('blanks the template defaults of the unfilled Hugging Face template card', () => {
    const card = readFileSync(`${CORPUS}/model-cards/hf-prajvi-autotrain-yempp-template.md`, 'utf8');
    const body = card.replace(/<!--[\s\S]*?-->/g, '');
    expect(mask(body)).not.toMatch(/More Information Needed/i);
  });

  it('compiles against every card in the corpus without catastrophic backtracking', () => {
    const directory = `${CORPUS}/model-cards`;
    const start = performance.now();
    for (const name of readdirSync(directory).filter((file) => file.endsWith('.md'))) {
      const text = readFileSync(`${directory}/${name}`, 'utf8');
      expect(mask(text)).toHaveLength(text.length);
    }
    expect(performance.now() - start).toBeLessThan(5000);
  });
});
