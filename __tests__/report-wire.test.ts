/** Reports as workers post them: rule-result strings sent once, then by number; decoded exactly. */
import { reportDecoder, reportEncoder } from '../src/report-wire.js';
import { checkCard } from '../src/lint.js';
import type { FileReport } from '../src/model/report.js';
import { shippedRuleset } from './helpers.js';

const cards = [
  '---\nlicense: apache-2.0\n---\n# Model A\n\nA 7B parameter model trained on 2T tokens.\n\n## Intended uses\n\nResearch.\n',
  '# Model B\n\nA text generation model.\n\n## Limitations\n\nIt may produce biased text.\n',
  '# Model C 😀\n\nSee [the report](https://example.com/report).\n',
];

describe('reportEncoder and reportDecoder', () => {
  const reports = (): FileReport[] => cards.map((text, index) => checkCard(`card-${index}.md`, text, shippedRuleset()));

  it('give back every report exactly, keys in the same order', () => {
    const encode = reportEncoder();
    const decode = reportDecoder();
    const expected = reports().map((report) => JSON.stringify(report));
    // Through a structured clone, as postMessage copies it.
    const decoded = reports().map((report) => decode(structuredClone(encode(report))));
    expect(decoded.map((report) => JSON.stringify(report))).toEqual(expected);
  });

  it('send a string once: later reports carry only the strings new to the receiver', () => {
    const encode = reportEncoder();
    const [first, second] = reports().map((report) => encode(report));
    expect(first.strings?.length).toBeGreaterThan(10);
    expect(first.strings).toContain('licence');
    expect(second.strings).not.toContain('licence');
    expect(second.report.rules.every((rule) => typeof rule.id === 'number')).toBe(true);
  });

  it('take a report sent as is (no strings) unchanged', () => {
    const [report] = reports();
    const text = JSON.stringify(report);
    expect(JSON.stringify(reportDecoder()({ report }))).toBe(text);
  });
});
