/**
 * The `facets` matcher: prose under a general heading that names enough of a duty's parts counts,
 * with no heading or label naming the duty; advice to others, other models and single facets do not.
 * Own passages.
 */
import { checkCard } from '../../src/lint.js';
import { shippedRuleset } from '../helpers.js';

const ruleset = shippedRuleset();
const card = (body: string) => `---\nlicense: apache-2.0\n---\n# Nimbus-2\n\nNimbus-2 is a text model.\n\n${body}\n`;
const statusOf = (body: string, ruleId: string) =>
  checkCard('card.md', card(body), ruleset).rules.find((rule) => rule.id === ruleId)?.status;

describe('capabilities and limitations in prose', () => {
  it('strengths and failures in one general paragraph are met', () => {
    const body =
      '## Overview\n\nNimbus-2 writes fluent product descriptions and handles short translations well, but it struggles with arithmetic and with long legal documents.';
    expect(statusOf(body, 'capabilities-and-limitations')).toBe('met');
  });

  it('the same words wrapped over several lines are met too', () => {
    const body =
      '## Overview\n\nNimbus-2 writes fluent product\ndescriptions and handles short\ntranslations well, but it\nstruggles with arithmetic and\nwith long legal documents.';
    expect(statusOf(body, 'capabilities-and-limitations')).toBe('met');
  });

  it('one facet alone is not met', () => {
    expect(
      statusOf(
        '## Overview\n\nNimbus-2 handles short translations and product descriptions for online shops in four languages.',
        'capabilities-and-limitations',
      ),
    ).not.toBe('met');
  });
});

describe('system architecture in prose', () => {
  it('a serving chain under a general heading is met', () => {
    const body =
      '## Overview\n\nEvery request first passes through an input safety classifier, then Nimbus-2, then an output filter that strips personal data before the response is returned.';
    expect(statusOf(body, 'system-architecture')).toBe('met');
  });

  it('a chain written with arrows under its own label is met', () => {
    expect(
      statusOf(
        '**System components:** prompt classifier → Nimbus-2 → output classifier → citation checker',
        'system-architecture',
      ),
    ).toBe('met');
  });

  it('advice to build one is missing', () => {
    const body =
      '## Recommendations\n\nDevelopers should place their own output filter behind the model and screen requests before they reach it.';
    expect(statusOf(body, 'system-architecture')).toBe('missing');
  });
});

describe('incident reporting', () => {
  it('advice to deployers is not the provider reporting', () => {
    expect(
      statusOf(
        '## Notes\n\nDeployers should report serious incidents to their national market surveillance authority.',
        'incident-reporting',
      ),
    ).not.toBe('met');
  });

  it('the provider reporting to the AI Office is met', () => {
    expect(
      statusOf(
        '## Incident reporting\n\nSerious incidents are logged in our tracker and reported to the AI Office within 15 days; contact incidents@nimbus.example.',
        'incident-reporting',
      ),
    ).toBe('met');
  });
});

describe('links wrapped over lines', () => {
  it('a policy link whose label is wrapped still names the policy', () => {
    expect(
      statusOf(
        '## Notes\n\nFor details see our [Acceptable\nUse Policy](https://nimbus.example/aup).',
        'acceptable-use-policy',
      ),
    ).toBe('met');
  });
});

describe('vague mentions in prose are partial, in any card language', () => {
  it.each([
    ['copyright-policy', 'We respect copyright law when collecting data.'],
    ['copyright-policy', 'Bei der Datensammlung beachten wir das Urheberrecht.'],
    ['cybersecurity', 'We take the security of our servers seriously.'],
    ['system-architecture', 'Our hosted API is deployed behind content filters.'],
    ['data-governance', 'The data was cleaned before use.'],
    ['synthetic-content-marking', 'Images made with Nimbus-2 are marked as AI-generated.'],
  ])('%s: %s', (ruleId, sentence) => {
    expect(statusOf(`## Notes\n\n${sentence}`, ruleId)).toBe('partial');
  });

  it.each([
    ['system-architecture', 'The model does not include any content filters when deployed.'],
    ['synthetic-content-marking', 'Generated images are not watermarked or marked as AI-generated.'],
    ['copyright-policy', 'Copyright 2025 Nimbus Labs.'],
  ])('%s: a denial or a notice is not: %s', (ruleId, sentence) => {
    expect(statusOf(`## Notes\n\n${sentence}`, ruleId)).toBe('missing');
  });
});

describe('training process and data in prose', () => {
  it('stages with their schedule under a general heading are met', () => {
    const body =
      '## Overview\n\nNimbus-2 was first trained with supervised fine-tuning on 40k support tickets for 2 epochs, then with DPO on 12k preference pairs at a learning rate of 5e-7.';
    expect(statusOf(body, 'training-process')).toBe('met');
  });

  it('pre-training with an objective alone is not met', () => {
    expect(
      statusOf(
        '## Overview\n\nNimbus-2 was pretrained for 100k steps with a next-token objective.',
        'training-process',
      ),
    ).not.toBe('met');
  });

  it('named sources with how they were filtered are met, in German too', () => {
    expect(
      statusOf(
        '## Overview\n\nNimbus-2 was trained on 3,000 hours of Dutch parliamentary recordings; clips with overlapping speakers were removed.',
        'training-data',
      ),
    ).toBe('met');
    expect(
      statusOf(
        '## Überblick\n\nNimbus-2 wurde auf 2 Millionen Gerichtsurteilen (2001–2020) trainiert; Dubletten wurden herausgefiltert.',
        'training-data',
      ),
    ).toBe('met');
  });

  it('"carefully curated" says nothing of how', () => {
    expect(
      statusOf('## Overview\n\nNimbus-2 was trained on 2T tokens of carefully curated data.', 'training-data'),
    ).not.toBe('met');
  });
});

describe('intended uses', () => {
  it('a table row naming the task and the software it goes into is met', () => {
    const body =
      '## Summary\n\n| Field | Value |\n|---|---|\n| Intended use | Tagging support tickets by product area in help-desk software |';
    expect(statusOf(body, 'intended-uses')).toBe('met');
  });

  it('prose saying what it is designed for, with the tasks, is met', () => {
    expect(
      statusOf(
        '## Overview\n\nNimbus-2 is an encoder designed for retrieval and clustering of short legal passages.',
        'intended-uses',
      ),
    ).toBe('met');
    expect(
      statusOf(
        '## Überblick\n\nNimbus-2 ist für die Klassifikation und Zusammenfassung von Verträgen gedacht für Kanzleien.',
        'intended-uses',
      ),
    ).toBe('met');
  });

  it('"a variety of tasks" is not met', () => {
    expect(
      statusOf('## Overview\n\nNimbus-2 can be used for a variety of natural-language tasks.', 'intended-uses'),
    ).not.toBe('met');
  });
});

describe('evaluation results in prose', () => {
  it('scores stated in a general paragraph are met', () => {
    expect(
      statusOf(
        '## Overview\n\nNimbus-2 achieves 71.2% exact match on SQuAD 2.0 and 38.5 BLEU on WMT14 en-de.',
        'evaluation-results',
      ),
    ).toBe('met');
  });

  it('a pointer to the report section that holds them is met', () => {
    expect(
      statusOf(
        '## Overview\n\nAll evaluation results are documented in section 4 of the technical report (https://nimbus.example/report.pdf).',
        'evaluation-results',
      ),
    ).toBe('met');
  });

  it("another model's scores are not", () => {
    expect(statusOf('## Related work\n\nGPT-4 achieves 86.4% accuracy on MMLU.', 'evaluation-results')).not.toBe('met');
  });
});

describe('vague one-liners under a duty name', () => {
  it('"a variety of tasks" under a uses heading is partial', () => {
    expect(
      statusOf(
        '## Uses\n\nThe model can be used for a wide variety of natural-language processing tasks.',
        'intended-uses',
      ),
    ).toBe('partial');
  });

  it('a note to the author under the heading is missing', () => {
    expect(statusOf('## Inputs and outputs\n\nTODO: describe the input format.', 'input-output-modalities')).toBe(
      'missing',
    );
  });
});

describe('data governance', () => {
  it('size, collection, unsuitable data and bias checks in two sentences of prose are met', () => {
    const body =
      '## Overview\n\nThe 900 million documents were crawled from the public web and licensed news archives. PII was scrubbed and toxic pages removed with a classifier, and gender bias was audited on a 10k sample.';
    expect(statusOf(body, 'data-governance')).toBe('met');
  });

  it('a "Data card" table with the four parts is met', () => {
    const body =
      '## Data card\n\n| Aspect | Detail |\n|---|---|\n| Size | 2.3 billion tokens |\n| Collection | licensed archives |\n| Unsuitable content | PII removed |\n| Bias checks | gender distribution audited |';
    expect(statusOf(body, 'data-governance')).toBe('met');
  });
});

describe('integration requirements', () => {
  it('the serving tool and the hardware in a general paragraph are met', () => {
    expect(
      statusOf(
        '## Overview\n\nNimbus-2 runs with llama.cpp on a laptop CPU, or with vLLM on one 24 GB GPU.',
        'integration-requirements',
      ),
    ).toBe('met');
  });

  it('a "Supported hardware" label naming GPU generations is met', () => {
    expect(
      statusOf('**Supported hardware:** NVIDIA Ampere and NVIDIA Hopper (minimum 40 GB).', 'integration-requirements'),
    ).toBe('met');
  });
});

describe('training content summary', () => {
  it('a published summary of the content used for training, on the template, is met in prose', () => {
    expect(
      statusOf(
        '## Overview\n\nWe publish a summary of the content used for training on the AI Office template: see TRAINING_SUMMARY.md in this repository.',
        'training-content-summary',
      ),
    ).toBe('met');
  });

  it("the template's own field names are partial", () => {
    expect(
      statusOf(
        '**Data Modality:** Text\n**Text Training Data Size:** 1 Billion to 10 Trillion Tokens',
        'training-content-summary',
      ),
    ).toBe('partial');
  });
});
