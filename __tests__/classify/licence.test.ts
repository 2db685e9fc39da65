import { existsSync, readFileSync } from 'node:fs';
import { analyseLicence, judgeIdentifier } from '../../src/classify/licence.js';
import { classifyData } from '../../src/classify/classify-data.js';
import { buildFacts, lineOf } from './build-facts.js';

const data = classifyData();
const TSV = new URL('../../../shared/reference/hf-licences.tsv', import.meta.url);

describe('analyseLicence: front matter', () => {
  it.each([
    ['apache-2.0', 'apache-2.0', 'yes'],
    ['mit', 'mit', 'yes'],
    ['cc-by-4.0', 'cc-by-4.0', 'yes'],
    ['cc-by-sa-4.0', 'cc-by-sa-4.0', 'yes'],
    ['llama3', 'llama3', 'no'],
    ['llama3.1', 'llama3.1', 'no'],
    ['gemma', 'gemma', 'no'],
    ['openrail', 'openrail', 'no'],
    ['creativeml-openrail-m', 'creativeml-openrail-m', 'no'],
    ['cc-by-nc-4.0', 'cc-by-nc-4.0', 'no'],
    ['cc-by-nd-4.0', 'cc-by-nd-4.0', 'no'],
    ['cc', 'cc', 'unclear'],
    ['unknown', 'unknown', 'unclear'],
    ['Apache-2.0', 'apache-2.0', 'yes'],
  ])('license: %s → %s, %s', (license, id, qualifies) => {
    const verdict = analyseLicence(buildFacts({ metadata: { license } }), data);
    expect(verdict).toMatchObject({ id, qualifiesOpenSource: qualifies, position: { line: 2, column: 1 } });
    expect(verdict.reason).toMatch(/^license: /);
  });

  it.each([
    ['MIT OR Apache-2.0', 'MIT OR Apache-2.0', 'yes'],
    ['mit or cc-by-nc-4.0', 'MIT OR CC-BY-NC-4.0', 'yes'],
    ['Apache-2.0 AND CC-BY-NC-4.0', 'Apache-2.0 AND CC-BY-NC-4.0', 'no'],
    ['GPL-3.0-only', 'GPL-3.0-only', 'yes'],
    ['GPL-2.0+', 'GPL-2.0+', 'yes'],
    ['GPL-2.0-only WITH Classpath-exception-2.0', 'GPL-2.0-only WITH Classpath-exception-2.0', 'yes'],
    ['(MIT AND BSD-3-Clause) OR CC-BY-NC-SA-4.0', '(MIT AND BSD-3-Clause) OR CC-BY-NC-SA-4.0', 'yes'],
    ['PolyForm-Noncommercial-1.0.0', 'PolyForm-Noncommercial-1.0.0', 'no'],
    ['0BSD', '0BSD', 'unclear'],
    ['LicenseRef-Company-1', 'LicenseRef-Company-1', 'unclear'],
  ])('SPDX expression %s → %s', (license, id, qualifies) => {
    expect(analyseLicence(buildFacts({ metadata: { license } }), data)).toMatchObject({
      id,
      qualifiesOpenSource: qualifies,
    });
  });

  it('explains an SPDX id it has no judgement for', () => {
    expect(judgeIdentifier('0BSD', data).reason).toContain('without a judgement in rules/data/licences.yaml');
  });

  it('takes the most open of several listed licences', () => {
    const verdict = analyseLicence(buildFacts({ metadata: { license: ['cc-by-nc-4.0', 'apache-2.0'] } }), data);
    expect(verdict).toMatchObject({ id: 'cc-by-nc-4.0 OR apache-2.0', qualifiesOpenSource: 'yes' });
  });

  it.each([
    [{ license: 'other', license_name: 'llama3', license_link: 'LICENSE' }, 'llama3', 'no', 'license_name'],
    [{ license: 'other', license_name: 'apache-2.0' }, 'apache-2.0', 'yes', 'license_name'],
    [
      { license: 'other', license_name: 'databricks-open-model-license' },
      'databricks-open-model-license',
      'no',
      'license_name',
    ],
    [{ license: 'other', license_link: 'https://ai.google.dev/gemma/terms' }, 'gemma', 'no', 'license_link'],
    [
      { license: 'other', license_name: 'tongyi-qianwen', license_link: 'https://huggingface.co/Qwen/LICENSE' },
      'tongyi-qianwen',
      'no',
      'license_name',
    ],
  ])('license: other defers to license_name / license_link (%o)', (metadata, id, qualifies, key) => {
    const facts = buildFacts({ metadata });
    const verdict = analyseLicence(facts, data);
    expect(verdict).toMatchObject({ id, qualifiesOpenSource: qualifies });
    expect(verdict.reason).toMatch(new RegExp(`^${key}: `));
    expect(verdict.position?.line).toBe(facts.metadata.get(key)?.position.line);
  });

  it('stays unclear for `other` with an unknown name and no licence text', () => {
    const verdict = analyseLicence(
      buildFacts({ metadata: { license: 'other', license_name: 'acme-model-license' } }),
      data,
    );
    expect(verdict).toMatchObject({ id: 'acme-model-license', qualifiesOpenSource: 'unclear' });
    expect(verdict.reason).toContain('neither a Hugging Face licence identifier nor an SPDX expression');
  });

  it('falls back to the licence section when the front matter is unclear', () => {
    const facts = buildFacts({
      metadata: { license: 'other' },
      body: '# M\n\n## License\nThis model is released under the Llama 2 Community License.\n',
      canonical: { License: ['license'] },
    });
    const verdict = analyseLicence(facts, data);
    expect(verdict).toMatchObject({
      id: 'llama2',
      qualifiesOpenSource: 'no',
      position: { line: lineOf(facts, 'released under') },
    });
    expect(verdict.reason).toMatch(/^license: other.*; the card's text \(line \d+\) names llama2/);
  });

  it('keeps the licence the front matter names when the text only says what its terms are', () => {
    const facts = buildFacts({
      metadata: { license: 'other', license_name: 'acme-community-license' },
      body: '# M\n\n## License\nThis model is released under the Llama 2 Community License.\n',
      canonical: { License: ['license'] },
    });
    const verdict = analyseLicence(facts, data);
    expect(verdict).toMatchObject({ id: 'acme-community-license', qualifiesOpenSource: 'no' });
    expect(verdict.reason).toMatch(
      /^license_name: "acme-community-license".*; the card's text \(line \d+\) names llama2/,
    );
  });

  it('ignores an empty licence key', () => {
    const verdict = analyseLicence(buildFacts({ metadata: { license: '' } }), data);
    expect(verdict).toMatchObject({ id: null, qualifiesOpenSource: 'unclear' });
  });
});

describe('analyseLicence: card text without front matter', () => {
  it('reads a licence section', () => {
    const facts = buildFacts({
      body: '# M\n\n## Licence\n\nApache License, Version 2.0.\n',
      canonical: { Licence: ['license'] },
    });
    expect(analyseLicence(facts, data)).toMatchObject({
      id: 'apache-2.0',
      qualifiesOpenSource: 'yes',
      position: { line: 5, column: 1 },
    });
  });

  it('reads a "License:" line', () => {
    const facts = buildFacts({
      body: '# DBRX\n\n* **License:** [Databricks Open Model License](https://www.databricks.com/legal/open-model-license)\n',
    });
    expect(analyseLicence(facts, data)).toMatchObject({
      id: 'databricks-open-model-license',
      qualifiesOpenSource: 'no',
    });
  });

  it('reads a licence named only by its link', () => {
    const facts = buildFacts({
      body: '**License** A custom commercial license is available at: [https://llama.meta.com/llama3/license](https://llama.meta.com/llama3/license)\n',
    });
    expect(analyseLicence(facts, data)).toMatchObject({ id: 'llama3', qualifiesOpenSource: 'no' });
  });

  it('reads a bold bullet that names the licence', () => {
    const facts = buildFacts({ body: '### Highlights\n\n- **Permissive Apache 2.0 license:** Build freely.\n' });
    expect(analyseLicence(facts, data)).toMatchObject({ id: 'apache-2.0', qualifiesOpenSource: 'yes' });
  });

  it('reads a "released under" sentence', () => {
    const facts = buildFacts({ body: '# M\n\nThe weights are released under CC-BY-NC-4.0 for research.\n' });
    expect(analyseLicence(facts, data)).toMatchObject({ id: 'cc-by-nc-4.0', qualifiesOpenSource: 'no' });
  });

  it('treats research-only or non-commercial wording in a licence section as restrictive', () => {
    const facts = buildFacts({
      body: '## License\nThe model may be used for research purposes only.\n',
      canonical: { License: ['license'] },
    });
    expect(analyseLicence(facts, data)).toMatchObject({ id: 'research-only', qualifiesOpenSource: 'no' });
  });

  it('ignores licences mentioned in passing elsewhere', () => {
    const facts = buildFacts({ body: '# M\n\nUnlike models under the MIT License, this one …\n' });
    expect(analyseLicence(facts, data)).toMatchObject({ id: null, qualifiesOpenSource: 'unclear' });
  });

  it('says when nothing is stated', () => {
    const verdict = analyseLicence(buildFacts({ body: '# M\n\nA model.\n' }), data);
    expect(verdict).toEqual({
      id: null,
      qualifiesOpenSource: 'unclear',
      reason: expect.stringMatching(/^no licence stated/),
    });
  });
});

describe('rules/data/licences.yaml', () => {
  const present = existsSync(TSV);
  (present ? it : it.skip)(
    'carries every identifier of hf-licences.tsv with its judgement (skipped without ../shared)',
    () => {
      const rows = readFileSync(TSV, 'utf8')
        .split('\n')
        .filter((line) => line && !line.startsWith('#'))
        .slice(1)
        .map((line) => line.split('\t'));
      expect(rows.length).toBeGreaterThan(80);
      for (const [id, , judgement] of rows) {
        const entry = data.licences.find((licence) => licence.id === id && !licence.custom);
        expect({ id, judgement: entry?.qualifies }).toEqual({ id, judgement });
      }
    },
  );

  it('gives every restrictive licence a reason', () => {
    for (const licence of data.licences.filter((entry) => entry.qualifies !== 'yes'))
      expect(licence.reason.length).toBeGreaterThan(5);
  });
});
