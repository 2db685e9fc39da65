import { GITHUB_ANNOTATION_LIMITS, toAnnotations, type Annotation } from '../../src/render/annotations.js';
import type { FileReport } from '../../src/model/report.js';
import { blockedCard, canonicalReport, cleanCard, hostileReport, reportOf, rule } from './report-fixture.js';

const LEVEL_RANK = { error: 0, warning: 1, notice: 2 };
const countOf = (annotations: Annotation[], level: Annotation['level']) =>
  annotations.filter((annotation) => annotation.level === level).length;

/** A card with many findings of every kind: 2 card problems, 12 missing and 6 partial errors, 15 warnings, 12 notices. */
function busyCard(path: string, blocked: boolean): FileReport {
  const card = blockedCard(path);
  if (!blocked) card.gate = { blocked: false, reasons: [] };
  card.problems = [
    { ruleId: 'card-syntax', message: 'Front matter is not valid YAML', line: 2, column: 3, severity: 'error' },
    { ruleId: 'ai-act-invalid', message: 'ai_act.gpai must be true or false', line: 4, column: 1, severity: 'warning' },
  ];
  card.rules = [
    ...Array.from({ length: 12 }, (_, i) => rule(`missing-error-${i}`, 'missing', { line: 100 + i })),
    ...Array.from({ length: 6 }, (_, i) => rule(`partial-error-${i}`, 'partial', { line: 10 + i })),
    ...Array.from({ length: 15 }, (_, i) =>
      rule(`warning-${i}`, i % 2 ? 'partial' : 'missing', { severity: 'warning', line: 200 + i }),
    ),
    ...Array.from({ length: 12 }, (_, i) => rule(`notice-${i}`, 'missing', { severity: 'notice', line: 300 + i })),
    rule('met', 'met'),
  ];
  return card;
}

describe('toAnnotations', () => {
  it('annotates each required gap at its line, release blocker first, with no notice when all fit', () => {
    const { annotations, omitted } = toAnnotations(canonicalReport());
    expect(omitted).toBe(0);
    expect(annotations).toHaveLength(8);
    expect(annotations[0]).toEqual({
      level: 'error',
      title: 'Release blocked',
      // Only what blocks, then why the gate applies; not "evaluation-results is met" and the like.
      message: expect.stringMatching(
        /^evaluation-results is missing.*; adversarial-testing is partial.*; \(the gate applies because its training compute/,
      ),
      file: 'models/frontier/README.md',
      startLine: 5,
    });
    expect(annotations.map((annotation) => `${annotation.level} ${annotation.title}`)).toEqual([
      'error Release blocked',
      'error cybersecurity · Art. 55(1)(d)',
      'error evaluation-results · Annex XI §2 1; Art. 55(1)(a)',
      'error training-content-summary · Art. 53(1)(d)',
      'error adversarial-testing · Annex XI §2 2; Art. 55(1)(a)',
      'warning copyright-policy · Art. 53(1)(c)',
      'warning energy-consumption · Annex XI §1 2(e)',
      'notice incident-reporting · Art. 55(1)(c)',
    ]);
    expect(annotations[4]).toMatchObject({ startLine: 40, startColumn: 3 });
  });

  it('fits GitHub’s caps: errors first by importance, then one notice for the rest', () => {
    const report = reportOf([busyCard('a/README.md', false), busyCard('b/README.md', true), cleanCard()]);
    const { annotations, omitted } = toAnnotations(report);
    expect(countOf(annotations, 'error')).toBe(10);
    expect(countOf(annotations, 'warning')).toBe(10);
    expect(countOf(annotations, 'notice')).toBe(10);
    expect(annotations.length).toBeLessThanOrEqual(GITHUB_ANNOTATION_LIMITS.total);
    for (let i = 1; i < annotations.length; i++)
      expect(LEVEL_RANK[annotations[i].level]).toBeGreaterThanOrEqual(LEVEL_RANK[annotations[i - 1].level]);
    // Blockers, then card problems, then missing; partial errors do not make the cut.
    expect(annotations.slice(0, 3).map((annotation) => [annotation.title, annotation.file])).toEqual([
      ['Release blocked', 'b/README.md'],
      ['Model card problem: card-syntax', 'a/README.md'],
      ['Model card problem: card-syntax', 'b/README.md'],
    ]);
    expect(annotations.slice(3, 10).every((annotation) => annotation.title.startsWith('missing-error-'))).toBe(true);
    const total = 1 + 2 * (2 + 12 + 6 + 15 + 12);
    expect(omitted).toBe(total - 29);
    expect(annotations[annotations.length - 1]).toEqual({
      level: 'notice',
      title: 'More findings',
      message: `${omitted} more findings in the job summary`,
      file: expect.any(String),
      startLine: 1,
    });
  });

  it('keeps the notice within the total cap', () => {
    const report = reportOf([busyCard('a/README.md', true)]);
    const { annotations, omitted } = toAnnotations(report, { errors: 10, warnings: 10, notices: 10, total: 5 });
    expect(annotations).toHaveLength(5);
    expect(annotations.slice(0, 4).every((annotation) => annotation.level === 'error')).toBe(true);
    expect(annotations[4].message).toBe(`${omitted} more findings in the job summary`);
    expect(omitted).toBe(1 + 2 + 12 + 6 + 15 + 12 - 4);
  });

  it('writes single-line, escaped messages but keeps the real file path', () => {
    const { annotations } = toAnnotations(hostileReport());
    for (const annotation of annotations) {
      expect(annotation.message).not.toMatch(/[\r\n]/);
      expect(annotation.message).not.toMatch(/@octocat|<img|<!--/);
      expect(annotation.title).not.toMatch(/[\r\n]/);
    }
    expect(annotations[0].file).toBe(hostileReport().files[0].path);
  });
});
