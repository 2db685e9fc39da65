/** The report and pull-request record a posting run reads from an artifact a fork could have forged. */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseRecord, parseReport, pullRequestRecord, readReportFiles } from '../../src/action/report-files.js';

const SHA = 'a'.repeat(40);
const report = () => ({
  schemaVersion: '1.0.0',
  tool: { name: 'ai-act-gate', version: '0.1.0' },
  ruleset: { count: 1 },
  files: [
    {
      path: 'README.md',
      titleLine: 1,
      tier: { id: 'gpai' },
      rules: [{ id: 'licence', status: 'met', required: true }],
      problems: [],
      gate: { blocked: false, reasons: [] },
    },
  ],
  summary: { files: 1, errors: 0, warnings: 0, notices: 0, blocked: 0 },
});
const record = () => pullRequestRecord('octo-org/models', { number: 7, headSha: SHA, baseSha: SHA }, []);

describe('report files', () => {
  it('reads report.json (or its folder) and pull-request.json beside it', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'aag-artifact-'));
    writeFileSync(join(folder, 'report.json'), JSON.stringify(report()));
    writeFileSync(join(folder, 'pull-request.json'), JSON.stringify(record()));
    for (const path of [folder, join(folder, 'report.json')]) {
      const read = await readReportFiles(path);
      expect(read.report.files[0].path).toBe('README.md');
      expect(read.record).toEqual(record());
      expect(read.reportFile).toBe(join(folder, 'report.json'));
    }
  });

  it('says which file is missing', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'aag-artifact-'));
    mkdirSync(join(folder, 'empty'));
    await expect(readReportFiles(join(folder, 'empty'))).rejects.toThrow(/report\.json not found/);
    writeFileSync(join(folder, 'report.json'), JSON.stringify(report()));
    await expect(readReportFiles(folder)).rejects.toThrow(/pull-request\.json not found/);
  });

  it.each([
    [
      'another schema version',
      { ...report(), schemaVersion: '2.0.0' },
      'is not an ai-act-gate report of schema version 1',
    ],
    ['files not a list', { ...report(), files: {} }, 'expected a files array'],
    [
      'a file without gate',
      { ...report(), files: [{ ...report().files[0], gate: 'open' }] },
      'files[0] is not a file report',
    ],
    [
      'a rule without status',
      { ...report(), files: [{ ...report().files[0], rules: [{ id: 'x', required: true }] }] },
      'files[0] is not a file report',
    ],
  ])('rejects a report with %s', (_, value, message) => {
    expect(() => parseReport(value, 'report.json')).toThrow(message);
  });

  it.each([
    ['another kind', { ...record(), kind: 'other' }, 'is not an ai-act-gate pull-request record'],
    ['a number that is not a PR', { ...record(), number: '7' }, 'number must be a pull request number'],
    ['a branch for a commit', { ...record(), headSha: 'main' }, 'baseSha and headSha must be commit SHAs'],
    ['a repository with a path', { ...record(), repository: 'a/b/../c' }, 'repository must be owner/name'],
    [
      'odd comparisons',
      { ...record(), comparisons: [{ path: 'x' }] },
      'comparisons must be a list of card comparisons',
    ],
  ])('rejects a record with %s', (_, value, message) => {
    expect(() => parseRecord(value, 'pull-request.json')).toThrow(message);
  });
});
