/** Annotations go to the matching @actions/core function with GitHub's properties. */
import type { AnnotationProperties } from '@actions/core';
import { annotate } from '../../src/publish/annotate.js';
import { buildReport, checkCard } from '../../src/lint.js';
import { shippedRuleset } from '../helpers.js';
import { BLOCKED_CARD } from '../contract/cards.js';

describe('annotate', () => {
  it('emits at most 10 errors and 10 warnings, and a notice for the rest', () => {
    const ruleset = shippedRuleset();
    const report = buildReport([checkCard('models/frontier/README.md', BLOCKED_CARD, ruleset)], ruleset.rules.length);
    const calls: { level: string; message: string; properties: AnnotationProperties }[] = [];
    const record =
      (level: string) =>
      (message: string | Error, properties: AnnotationProperties = {}) =>
        void calls.push({ level, message: String(message), properties });
    const { omitted } = annotate(report, {
      error: record('error'),
      warning: record('warning'),
      notice: record('notice'),
    });
    expect(calls.filter((call) => call.level === 'error')).toHaveLength(10);
    expect(calls[0]).toEqual({
      level: 'error',
      message: expect.stringContaining('evaluation-results'),
      properties: { title: 'Release blocked', file: 'models/frontier/README.md', startLine: 5 },
    });
    expect(calls.filter((call) => call.level === 'warning').length).toBeLessThanOrEqual(10);
    expect(omitted).toBeGreaterThan(0);
    expect(calls.at(-1)).toMatchObject({ level: 'notice', message: `${omitted} more findings in the job summary` });
  });
});
