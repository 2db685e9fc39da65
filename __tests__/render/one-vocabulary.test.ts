/**
 * Every format says the same thing of every corpus card: messages agree with statuses, met rules
 * carry no severity, every problem has an id, and the number of gaps is the same in the text
 * report, the JSON summary, the Markdown report, the pull-request comment and the Action's output.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkCard, buildReport } from '../../src/lint.js';
import { PROBLEM_IDS, type FileReport, type Report } from '../../src/model/report.js';
import { renderText } from '../../src/render/text.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { verdictLine } from '../../src/render/comment.js';
import { actionOutputs } from '../../src/action/main.js';
import { CORPUS, describeWithShared, shippedRuleset } from '../helpers.js';

const NOW = new Date('2026-09-01T00:00:00Z');

function gapsInText(report: Report): number {
  const match = /^[✖⚠✔] \d+ model cards?: (\d+) gaps?/m.exec(renderText(report, { failOn: 'gate' }));
  if (!match) throw new Error('no summary line in the text report');
  return Number(match[1]);
}

function gapsInMarkdown(report: Report): number {
  const match = / · (\d+) gaps?\b/.exec(renderMarkdown(report));
  if (!match) throw new Error('no summary line in the Markdown report');
  return Number(match[1]);
}

function gapsInComment(report: Report): number {
  const line = verdictLine(report);
  if (line.startsWith('✅')) return 0;
  const match = /(\d+) gaps?\b/.exec(line);
  if (!match) throw new Error(`no gap count in "${line}"`);
  return Number(match[1]);
}

describeWithShared('one vocabulary over the 107 corpus cards', () => {
  const names = readdirSync(CORPUS).filter((name) => name.endsWith('.md'));
  const ruleset = shippedRuleset();
  const files: FileReport[] = names.map((name) =>
    checkCard(name, readFileSync(join(CORPUS, name), 'utf8'), ruleset, undefined, NOW),
  );

  it('reads all 107 cards', () => {
    expect(names).toHaveLength(107);
  });

  it('words every message by its status, and gives met rules no severity', () => {
    const wrong: string[] = [];
    for (const file of files) {
      for (const rule of file.rules) {
        const json = JSON.parse(JSON.stringify(rule)) as Record<string, unknown>;
        if (rule.status === 'partial' && !/^Incomplete /.test(rule.message ?? ''))
          wrong.push(`${file.path} ${rule.id} partial: ${rule.message}`);
        if (rule.status === 'missing' && !/^Missing /.test(rule.message ?? ''))
          wrong.push(`${file.path} ${rule.id} missing: ${rule.message}`);
        if (rule.status === 'met' && 'severity' in json) wrong.push(`${file.path} ${rule.id} met with a severity`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('gives every problem an id, and card-syntax only to YAML, Markdown or encoding problems', () => {
    const problems = files.flatMap((file) => file.problems.map((problem) => ({ path: file.path, ...problem })));
    for (const problem of problems) {
      expect(Object.keys(PROBLEM_IDS)).toContain(problem.ruleId);
      if (problem.ruleId === 'card-syntax') expect(problem.message).toMatch(/YAML|Front matter|Markdown|UTF-8/);
    }
    // The corpus holds ai_act-free cards only; contradictions come from the cards' claims.
    expect(
      problems.filter((problem) => problem.ruleId === 'card-syntax' && /ai_act|waiver/.test(problem.message)),
    ).toEqual([]);
  });

  it('counts the same gaps in text, JSON summary, Markdown, comment and the Action output, per card and in all', () => {
    const all = buildReport(files, ruleset.rules.length);
    const counts = (report: Report) => [
      gapsInText(report),
      report.summary.gaps,
      gapsInMarkdown(report),
      gapsInComment(report),
      Number(actionOutputs(report, 'report.json').gaps),
    ];
    const expected = all.summary.gaps!;
    expect(expected).toBeGreaterThan(500);
    expect(counts(all)).toEqual([expected, expected, expected, expected, expected]);
    for (const file of files) {
      const one = buildReport([file], ruleset.rules.length);
      const [first, ...rest] = counts(one);
      expect({ path: file.path, counts: rest }).toEqual({ path: file.path, counts: rest.map(() => first) });
    }
  });
});
