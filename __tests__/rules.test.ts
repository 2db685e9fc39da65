/**
 * Table-driven rule fixtures (ESLint RuleTester style): every rule has cards under
 * __tests__/fixtures/rules/<id>/ named by the status the rule must give them (met-*, partial-*,
 * missing-*). A line holding `<!-- evidence -->` is where the rule must locate its evidence.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { checkCard } from '../src/lint.js';
import { ROOT, shippedRuleset } from './helpers.js';

const FIXTURES = join(ROOT, '__tests__', 'fixtures', 'rules');
const ruleset = shippedRuleset();

const cases = ruleset.rules.flatMap((rule) => {
  const folder = join(FIXTURES, rule.id);
  const files = existsSync(folder)
    ? readdirSync(folder)
        .filter((name) => name.endsWith('.md'))
        .sort()
    : [];
  return files.map((file) => ({
    id: rule.id,
    file,
    status: file.split('-')[0],
    text: readFileSync(join(folder, file), 'utf8'),
  }));
});

describe('rule fixtures', () => {
  it.each(ruleset.rules.map((rule) => rule.id))('%s has a met and a missing fixture', (id) => {
    const statuses = new Set(cases.filter((c) => c.id === id).map((c) => c.status));
    expect(statuses).toContain('met');
    expect(statuses).toContain('missing');
  });

  it.each(cases.map((c) => [`${c.id}/${c.file}`, c] as const))('%s', (_name, fixture) => {
    const report = checkCard(fixture.file, fixture.text, ruleset);
    const result = report.rules.find((rule) => rule.id === fixture.id);
    expect(result?.status).toBe(fixture.status);
    const markerLine = fixture.text.split('\n').findIndex((line) => line.includes('<!-- evidence -->'));
    if (markerLine !== -1) expect(result?.line).toBe(markerLine + 1);
  });
});
