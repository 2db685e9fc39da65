/** The pre-commit hooks and the GitLab CI example: they run real subcommands and produce what GitLab reads. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROOT } from '../helpers.js';
import { cli, DRAFT_FIXTURES, workspace } from './cli-run.js';

interface Hook {
  id: string;
  entry: string;
  language: string;
  files: string;
}

const hooks: Hook[] = parse(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8'));

describe('.pre-commit-hooks.yaml', () => {
  it('offers the check and the opt-in fix, each an existing subcommand of the package binary', async () => {
    expect(hooks.map((hook) => hook.id)).toEqual(['ai-act-gate', 'ai-act-gate-fix']);
    const bin = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).bin;
    for (const hook of hooks) {
      const [command, ...args] = hook.entry.split(' ');
      expect(bin[command]).toBeDefined();
      expect(hook.language).toBe('node');
      const help = await cli([...args, '--help']);
      expect(help.code).toBe(0);
      expect(help.stdout).toMatch(/^ai-act-gate /);
    }
  });

  it('runs on model card files wherever they are, and on no other Markdown', () => {
    const files = new RegExp(hooks[0].files);
    for (const path of ['README.md', 'models/small/README.md', 'MODEL_CARD.md', 'x/model_card.md'])
      expect(path).toMatch(files);
    for (const path of ['docs/guide.md', 'README.txt', 'NOT_README.md']) expect(path).not.toMatch(files);
  });
});

describe('GitLab CI example', () => {
  const job = parse(readFileSync(join(ROOT, 'examples', 'gitlab-ci', '.gitlab-ci.yml'), 'utf8'))['model-cards'];

  it('keeps the JSON report and hands the code quality report to GitLab', () => {
    expect(job.artifacts.reports.codequality).toBe('gl-code-quality.json');
    expect(job.script.join('\n')).toContain('node code-quality.mjs ai-act-gate.json > gl-code-quality.json');
  });

  it('turns a JSON report into code quality issues with unique fingerprints and lines', async () => {
    const dir = workspace({});
    const report = join(dir, 'report.json');
    const result = await cli([
      'check',
      '--format',
      'json',
      '--no-config',
      '--jobs',
      '1',
      '--output',
      report,
      join(DRAFT_FIXTURES, 'llama2.md'),
    ]);
    expect(result.stderr).toBe('');
    const output = execFileSync(process.execPath, [join(ROOT, 'examples', 'gitlab-ci', 'code-quality.mjs'), report], {
      encoding: 'utf8',
    });
    const issues = JSON.parse(output);
    const findings = JSON.parse(readFileSync(report, 'utf8')).files[0].rules.filter(
      (rule: { status: string; required: boolean }) => rule.status !== 'met' && rule.required,
    );
    expect(issues.length).toBeGreaterThanOrEqual(findings.length);
    expect(new Set(issues.map((issue: { fingerprint: string }) => issue.fingerprint)).size).toBe(issues.length);
    for (const issue of issues) {
      expect(['info', 'minor', 'major', 'critical', 'blocker']).toContain(issue.severity);
      expect(issue.location.lines.begin).toBeGreaterThanOrEqual(1);
      expect(issue.location.path).toMatch(/llama2\.md$/);
    }
  });
});
