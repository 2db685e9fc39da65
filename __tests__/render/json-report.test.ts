/** The JSON report written in pieces is byte for byte what JSON.stringify(report, null, 2) gives. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildReport, checkCard, unreadableFile } from '../../src/lint.js';
import { jsonReportPieces } from '../../src/render/json-report.js';
import { resolvePolicyText } from '../../src/config/load-config.js';
import { ROOT, shippedRuleset } from '../helpers.js';

const EXAMPLE = readFileSync(join(ROOT, 'examples', 'llm-card', 'README.md'), 'utf8');
const NOW = new Date('2026-12-02T00:00:00Z');
const expected = (report: object): string => `${JSON.stringify(report, null, 2)}\n`;

describe('jsonReportPieces', () => {
  it('writes the same text as JSON.stringify, for no cards, one card, and many cards with a policy', async () => {
    const ruleset = shippedRuleset();
    const policy = await resolvePolicyText('version: 1\nrules:\n  licence: off\n', 'policy.yml', { root: ROOT });
    const cards = Array.from({ length: 40 }, (_, i) =>
      checkCard(`models/m${i}/README.md`, EXAMPLE.replace('# ', `# Model ${i} "quoted" \\ `), ruleset, policy, NOW),
    );
    const reports = [
      buildReport([], 29),
      buildReport([checkCard('README.md', EXAMPLE, ruleset, undefined, NOW)], 29),
      buildReport([...cards, unreadableFile('broken.md', 'not UTF-8 text')], 29, policy, NOW),
    ];
    for (const report of reports) expect([...jsonReportPieces(report)].join('')).toBe(expected(report));
  });

  it('splits a large report into pieces of about a megabyte', () => {
    const card = checkCard('README.md', EXAMPLE, shippedRuleset(), undefined, NOW);
    const report = buildReport(
      Array.from({ length: 400 }, (_, i) => ({ ...card, path: `m${i}/README.md` })),
      29,
    );
    const pieces = [...jsonReportPieces(report)];
    expect(pieces.length).toBeGreaterThan(3);
    expect(Math.max(...pieces.map((piece) => piece.length))).toBeLessThan(1.2 * (1 << 20));
    expect(pieces.join('')).toBe(expected(report));
  });
});
