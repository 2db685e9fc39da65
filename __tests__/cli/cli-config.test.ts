/** The CLI with a policy file: discovery, paths, failing level, custom rule folders, and config errors (exit 2). */
import { mkdtempSync, writeFileSync, readFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli-main.js';
import { ROOT } from '../helpers.js';

const EXAMPLE = readFileSync(join(ROOT, 'examples', 'llm-card', 'README.md'), 'utf8');

async function cli(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { cwd, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'aag-cli-config-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

const CUSTOM_RULE = `id: model-owner
title: 'Named internal owner of the model'
citations:
  - { document: 'ACME model governance standard, section 4' }
appliesTo: [gpai, gpai-systemic-risk, gpai-open-source, modification, unknown]
audience: [downstream-providers]
severity: error
evidence:
  met:
    pattern: '\\bmodel owner\\b'
message: 'Missing the internal model owner; expected a line such as "Model owner: team-name".'
help: 'Name the team that answers for the model.'
`;

describe('ai-act-gate check with a policy', () => {
  it('finds .github/ai-act-gate.yml, checks its paths only, and fails at its level', async () => {
    const dir = workspace({
      '.github/ai-act-gate.yml': 'version: 1\npaths: ["models/*/README.md"]\nfail-on: error\n',
      'models/a/README.md': EXAMPLE,
      'other/README.md': EXAMPLE,
    });
    const run = await cli(['check', '--format', 'json', '--jobs', '1'], dir);
    const report = JSON.parse(run.stdout);
    expect(report.files.map((file: { path: string }) => file.path)).toEqual(['models/a/README.md']);
    expect(report.policy).toMatchObject({ sources: ['.github/ai-act-gate.yml'] });
    expect(run.code).toBe(1);
    // The flag beats the config.
    expect((await cli(['check', '--fail-on', 'gate', '--jobs', '1'], dir)).code).toBe(0);
    // --no-config ignores it: both cards, no policy in the report.
    const unconfigured = JSON.parse(
      (await cli(['check', '--no-config', '--format', 'json', '--jobs', '1'], dir)).stdout,
    );
    expect(unconfigured.files).toHaveLength(2);
    expect(unconfigured.policy).toBeUndefined();
  });

  it('turns the gaps that fail into passes with severities and waivers', async () => {
    const dir = workspace({
      'policy.yml': [
        'version: 1',
        'fail-on: error',
        'rules:',
        '  energy-consumption: warning',
        'waivers:',
        '  - { rule: copyright-policy, path: "card.md", reason: "Legal approves the policy this month", owner: "@legal", expires: 2099-12-31 }',
        '  - { rule: authorised-representative, path: "card.md", reason: "The provider is established in the EU", owner: "@legal", expires: 2099-12-31 }',
      ].join('\n'),
      'card.md': EXAMPLE,
    });
    const run = await cli(['check', '--config', 'policy.yml', 'card.md'], dir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Waived until 2099-12-31 \(owner @legal: Legal approves the policy this month\)/);
  });

  it('loads extra rule folders, and a policy can set their severity', async () => {
    const dir = workspace({
      'policy.yml': 'version: 1\nrule-folders: [./acme-rules]\nrules:\n  model-owner: warning\n',
      'acme-rules/model-owner.yaml': CUSTOM_RULE,
      'card.md': EXAMPLE,
    });
    const report = JSON.parse(
      (await cli(['check', '--config', 'policy.yml', '--format', 'json', 'card.md'], dir)).stdout,
    );
    expect(report.ruleset.count).toBe(30);
    expect(report.files[0].rules).toContainEqual(
      expect.objectContaining({
        id: 'model-owner',
        status: 'missing',
        required: true,
        severity: 'warning',
        citation: 'ACME model governance standard, section 4',
      }),
    );
  });

  it.each([
    [
      'a broken policy',
      { 'policy.yml': 'version: 1\nrules:\n  licence: [warning\n' },
      /^ai-act-gate: policy.yml:\d+:\d+: invalid YAML/,
    ],
    [
      'an unknown rule id',
      { 'policy.yml': 'version: 1\nrules:\n  licenses: off\n' },
      /^ai-act-gate: policy.yml:3: rules: unknown rule "licenses"/,
    ],
    [
      'a missing base',
      { 'policy.yml': 'version: 1\nextends: ./org.yml\n' },
      /^ai-act-gate: policy.yml:2: extends: cannot find org.yml/,
    ],
    [
      'a rule folder with a duplicate id',
      {
        'policy.yml': 'version: 1\nrule-folders: [./r]\n',
        'r/licence.yaml': CUSTOM_RULE.replace('id: model-owner', 'id: licence'),
      },
      /duplicate rule id "licence"/,
    ],
    ['a missing config named by --config', {}, /^ai-act-gate: config: cannot find policy.yml/],
  ])('exits 2 on %s, naming the file and line, without a stack trace', async (_name, files, message) => {
    const dir = workspace({ ...files, 'card.md': EXAMPLE });
    const run = await cli(['check', '--config', 'policy.yml', 'card.md'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('checks --as-of', async () => {
    const dir = workspace({ 'card.md': EXAMPLE, 'policy.yml': 'version: 1\nrelease-date: 2025-01-15\n' });
    const before = JSON.parse(
      (await cli(['check', '--config', 'policy.yml', '--as-of', '2027-01-01', '--format', 'json', 'card.md'], dir))
        .stdout,
    );
    expect(before.policy).toEqual({ sources: ['policy.yml'], asOf: '2027-01-01', releaseDate: '2025-01-15' });
    expect(before.files[0].rules.find((rule: { id: string }) => rule.id === 'energy-consumption')).toMatchObject({
      severity: 'warning',
      dueFrom: '2027-08-02',
    });
    expect((await cli(['check', '--as-of', '2027-13-01', 'card.md'], dir)).code).toBe(2);
  });

  it('prints the policy a check applies, with the file and line of each setting (ai-act-gate policy)', async () => {
    const dir = workspace({
      'org.yml': 'version: 1\nfail-on: warning\nrules:\n  cybersecurity: off\n',
      '.github/ai-act-gate.yml': [
        'version: 1',
        'extends: ../org.yml',
        'rules:',
        '  energy-consumption: warning',
        'tier-overrides:',
        '  - { path: "internal/**", tier: not-gpai, justification: "Used in-house only, not placed on the market" }',
        'waivers:',
        '  - { rule: licence, path: "**", reason: "Licence under legal review", owner: "@legal", expires: 2026-01-31 }',
      ].join('\n'),
    });
    const run = await cli(['policy', '--as-of', '2026-12-02'], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Policy: org.yml → .github/ai-act-gate.yml');
    // Every setting names the file and line it comes from, fail-on included.
    expect(run.stdout).toMatch(/fail-on\s+warning {2}\(org\.yml:2\)/);
    expect(run.stdout).toMatch(/cybersecurity\s+off\s+org\.yml:4/);
    expect(run.stdout).toMatch(/energy-consumption\s+severity warning\s+\.github\/ai-act-gate\.yml:4/);
    expect(run.stdout).toContain(
      'internal/** → not-gpai: Used in-house only, not placed on the market  (.github/ai-act-gate.yml:6)',
    );
    expect(run.stdout).toContain(
      'licence on **, EXPIRED on 2026-01-31, owner @legal: Licence under legal review  (.github/ai-act-gate.yml:8)',
    );
    const json = JSON.parse((await cli(['policy', '--format', 'json'], dir)).stdout);
    expect(json.sources).toEqual(['org.yml', '.github/ai-act-gate.yml']);
    expect(json.rules.cybersecurity).toMatchObject({ enabled: false, from: { source: 'org.yml', line: 4 } });
    expect((await cli(['policy', '--no-config'], dir)).stdout).toMatch(/^No policy file/);
    const broken = workspace({ '.github/ai-act-gate.yml': 'version: 1\nrules:\n  energy-use: off\n' });
    const failed = await cli(['policy'], broken);
    expect(failed.code).toBe(2);
    expect(failed.stderr).toMatch(/^ai-act-gate: \.github\/ai-act-gate\.yml:3: rules: unknown rule "energy-use"/);
  });

  it('applies the repository policy from a subfolder, matching its waivers from the repository root', async () => {
    const dir = workspace({
      '.git/HEAD': 'ref: refs/heads/main\n',
      '.github/ai-act-gate.yml': [
        'version: 1',
        'fail-on: error',
        'waivers:',
        '  - { rule: copyright-policy, path: "models/a/README.md", reason: "Policy awaiting approval by legal", owner: "@acme/legal", expires: 2099-12-31 }',
        '  - { rule: copyright-policy, path: "models/typo/README.md", reason: "Policy awaiting approval by legal", owner: "@acme/legal", expires: 2099-12-31 }',
        '',
      ].join('\n'),
      'models/a/README.md': EXAMPLE,
    });
    const run = await cli(['check', 'README.md', '--format', 'json', '--jobs', '1'], join(dir, 'models', 'a'));
    const report = JSON.parse(run.stdout);
    expect(report.policy.sources).toEqual(['.github/ai-act-gate.yml']);
    const copyright = report.files[0].rules.find((rule: { id: string }) => rule.id === 'copyright-policy');
    expect(copyright.waiver).toMatchObject({ owner: '@acme/legal', source: '.github/ai-act-gate.yml:4' });
    // The waiver for a card that is not there is said, at its line.
    expect(report.policyWarnings).toEqual([
      {
        source: '.github/ai-act-gate.yml:5',
        message: expect.stringMatching(/^the waiver of copyright-policy for "models\/typo\/README.md" matches none/),
      },
    ]);
    expect(run.stderr).toMatch(/warning: \.github\/ai-act-gate\.yml:5: the waiver of copyright-policy/);
    // Outside the repository the search stops at its root: a policy above it is not used.
    const outer = workspace({ '.github/ai-act-gate.yml': 'version: 1\nfail-on: warning\n', 'repo/.git/HEAD': 'x\n' });
    writeFileSync(join(outer, 'repo', 'README.md'), EXAMPLE);
    const inner = JSON.parse(
      (await cli(['check', 'README.md', '-f', 'json', '--jobs', '1'], join(outer, 'repo'))).stdout,
    );
    expect(inner.policy).toBeUndefined();
  });

  it('reports an expired waiver at its policy line; it fails --fail-on error but not --fail-on gate, and says why', async () => {
    const dir = workspace({
      '.github/ai-act-gate.yml':
        'version: 1\nwaivers:\n  - { rule: copyright-policy, path: "README.md", reason: "Policy awaiting approval by legal", owner: "@acme/legal", expires: 2020-01-31 }\n',
      'README.md': EXAMPLE,
    });
    const gate = await cli(['check', '--fail-on', 'gate', '--jobs', '1'], dir);
    expect(gate.code).toBe(0);
    expect(gate.stdout).toMatch(
      /^ {2}\.github\/ai-act-gate\.yml:3:1 +error +The waiver of copyright-policy \(owner @acme\/legal\) expired on 2020-01-31.* {2}waiver-expired$/m,
    );
    expect(gate.stdout).toMatch(
      /^Exit code 0: --fail-on gate fails only on release blockers and cards that cannot be read/m,
    );
    const error = await cli(['check', '--fail-on', 'error', '--format', 'json', '--jobs', '1'], dir);
    expect(error.code).toBe(1);
    const problem = JSON.parse(error.stdout).files[0].problems.find(
      (entry: { ruleId: string }) => entry.ruleId === 'waiver-expired',
    );
    expect(problem).toMatchObject({ file: '.github/ai-act-gate.yml', line: 3, severity: 'error' });
    expect(error.stderr).toMatch(
      /^ai-act-gate: exit code 1: findings at or above --fail-on error in 1 model card: README\.md$/m,
    );
    // The finding has an id a policy can address like a rule's.
    writeFileSync(
      join(dir, '.github', 'ai-act-gate.yml'),
      'version: 1\nrules:\n  waiver-expired: warning\nwaivers:\n  - { rule: copyright-policy, path: "README.md", reason: "Policy awaiting approval by legal", owner: "@acme/legal", expires: 2020-01-31 }\n',
    );
    const relaxed = JSON.parse((await cli(['check', '--format', 'json', '--jobs', '1'], dir)).stdout);
    expect(
      relaxed.files[0].problems.find((entry: { ruleId: string }) => entry.ruleId === 'waiver-expired').severity,
    ).toBe('warning');
  });
});
