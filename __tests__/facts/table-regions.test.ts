/**
 * Table rows that each name a part of one duty are also read together, as one region: each row
 * alone is too short to show how specific the whole table is.
 */
import { parseCard } from '../../src/parse/parse-card.js';
import { extractFacts } from '../../src/facts/extract-facts.js';
import { checkCard } from '../../src/lint.js';
import { StatementIndex } from '../../src/facts/statement-mode.js';
import { shippedRuleset } from '../helpers.js';

const ruleset = shippedRuleset();
const regionsOf = (body: string) =>
  extractFacts(parseCard(`---\nlicense: mit\n---\n# Nimbus-2\n\n${body}\n`), ruleset.vocabulary).regions;

const riskTable = [
  '| Area | Test | Mitigation |',
  '|---|---|---|',
  '| CBRN | expert uplift study | refusal tuning |',
  '| Cyber offence | 40 CTF tasks | rate limits |',
  '| Licence | MIT | none |',
].join('\n');

describe('table rows naming one duty', () => {
  it('adds one region spanning every row that names the duty, and only those', () => {
    const merged = regionsOf(riskTable).filter((region) => region.kind === 'table-row' && region.spans.length > 1);
    expect(merged).toHaveLength(1);
    expect(merged[0].topics).toEqual(['systemic-risk-assessment']);
    expect(merged[0].title).toBe('CBRN; Cyber offence');
    expect(merged[0].spans).toHaveLength(2);
  });

  it('keeps each row as a region of its own', () => {
    const rows = regionsOf(riskTable).filter((region) => region.kind === 'table-row' && region.spans.length === 1);
    expect(rows.map((region) => region.title)).toEqual(['CBRN', 'Cyber offence', 'Licence']);
  });

  it('adds no merged region when a single row names the duty', () => {
    const single = '| Item | Value |\n|---|---|\n| CBRN | not tested |\n| Licence | MIT |';
    expect(regionsOf(single).filter((region) => region.spans.length > 1 && region.kind === 'table-row')).toEqual([]);
  });
});

describe('HTML table columns', () => {
  it('govern the rows below the header, each read whole, as in GFM tables', () => {
    const html = [
      '<table>',
      '<tr><th>Task</th><th>Metric</th><th>Score</th></tr>',
      '<tr><td>ARC-Challenge</td><td>accuracy</td><td>71.2</td></tr>',
      '</table>',
    ].join('\n');
    const text = `---\nlicense: mit\n---\n# Nimbus-2\n\n${html}\n`;
    const metric = regionsOf(html).find((region) => region.kind === 'table-column' && region.title === 'Metric');
    expect(metric).toBeDefined();
    const governed = metric!.spans.map(([start, end]) => text.slice(start, end));
    expect(governed).toEqual(['ARC-Challenge', 'accuracy', '71.2']);
  });
});

describe('list items naming one duty', () => {
  const releaseList = [
    '- **Release date:** 3 March 2026',
    '- **Distribution:** Hugging Face Hub',
    '- **Licence:** MIT',
  ].join('\n');

  it('adds one region spanning the items that name the duty, with their labels', () => {
    const merged = regionsOf(releaseList).filter((region) => region.kind === 'list-item' && region.spans.length > 1);
    expect(merged).toHaveLength(1);
    expect(merged[0].topics).toEqual(['release-and-distribution']);
    expect(merged[0].title).toBe('Release date; Distribution');
  });

  it('reads the items together, so a date and a channel make the release met', () => {
    const card = `---\nlicense: mit\n---\n# Nimbus-2\n\n${releaseList}\n`;
    const status = checkCard('card.md', card, ruleset).rules.find(
      (rule) => rule.id === 'release-and-distribution',
    )?.status;
    expect(status).toBe('met');
  });
});

describe('task lists', () => {
  const selfAssessment = [
    '## Self-assessment',
    '',
    '- [x] Licence. The base model Falcon-7B is released under Apache 2.0.',
    '- [x] Model provider. Nimbus Labs.',
    '- [x] We tested it. Results follow.',
  ].join('\n');

  it('reads the few words before a task’s first period as its name', () => {
    const titles = regionsOf(selfAssessment)
      .filter((region) => region.kind === 'list-item')
      .map((region) => region.title);
    expect(titles).toEqual(expect.arrayContaining(['Licence', 'Model provider']));
    // A clause is no name.
    expect(titles).not.toContain('We tested it');
  });

  it('keeps a task’s name and its answer one statement, so another model’s answer stays that model’s', () => {
    const card = `# Nimbus-2\n\n${selfAssessment}\n`;
    const status = checkCard('card.md', card, ruleset).rules.find((rule) => rule.id === 'licence')?.status;
    expect(status).toBe('missing');
    const facts = extractFacts(parseCard(card), ruleset.vocabulary);
    const statement = facts.proseText.slice(facts.proseText.indexOf('- [x] Licence'));
    expect(statement.slice(0, statement.indexOf('\n'))).toContain('Falcon-7B');
    expect(new StatementIndex(statement).statementsIn(0, statement.indexOf('\n')).length).toBe(1);
  });
});

describe('fields of a spec sheet', () => {
  const sheet = [
    '**Release date:** 3 March 2026',
    '**Distribution:** weights on Hugging Face',
    '**Languages:** 12',
  ].join('\n');

  it('gives each bold field label its own line, and reads fields naming one duty together', () => {
    const release = regionsOf(sheet).filter((region) => region.topics.includes('release-and-distribution'));
    // "Release date" and "Distribution" alone, then both together.
    expect(release.map((region) => region.spans.length).sort()).toEqual([1, 1, 2]);
    const body = `---\nlicense: mit\n---\n# Nimbus-2\n\n${sheet}\n`;
    const date = release.find((region) => /^Release date:?$/.test(region.title))!;
    expect(body.slice(...date.spans[0])).not.toContain('Distribution');
    expect(body.slice(...date.spans[0])).toContain('3 March 2026');
  });

  it('judges a field by its own line: an empty slot under a label answers nothing', () => {
    const card = (body: string) => `---\nlicense: mit\n---\n# Nimbus-2\n\n${body}\n`;
    const status = (body: string, rule: string) =>
      checkCard('card.md', card(body), ruleset).rules.find((result) => result.id === rule)?.status;
    expect(
      status('**Acceptable use policy:** {{ aup_url }}\n**Last reviewed:** {{ aup_date }}', 'acceptable-use-policy'),
    ).toBe('missing');
    expect(status('**Modality:** multimodal\n**Parameters:** 9B', 'input-output-modalities')).toBe('partial');
    expect(status('**Modality:** text in, text out\n**Parameters:** 9B', 'input-output-modalities')).toBe('met');
  });
});
