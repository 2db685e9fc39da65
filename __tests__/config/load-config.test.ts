/** Policy files: validation with positions, the extends chain (local and remote), merging, and the schema file. */
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  loadPolicyFile,
  locateExtends,
  networkFailure,
  parseConfigText,
  resolvePolicyText,
} from '../../src/config/load-config.js';
import { configSchema } from '../../src/config/config-schema.js';
import { ConfigError, type RemoteConfigReader } from '../../src/config/types.js';
import { ROOT } from '../helpers.js';

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'aag-config-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

async function errorOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected a ConfigError');
}

describe('parseConfigText', () => {
  it('accepts a full policy', () => {
    const { config } = parseConfigText(
      [
        'version: 1',
        'fail-on: error',
        'as-of: 2026-09-01',
        'rules:',
        '  energy-consumption: off',
        '  cybersecurity: { severity: warning }',
        'tier-overrides:',
        '  - path: "internal/**"',
        '    tier: not-gpai',
        '    justification: Research model, not placed on the EU market',
        'waivers:',
        '  - rule: copyright-policy',
        '    path: models/a/README.md',
        '    reason: Policy is being drafted by legal',
        '    owner: "@acme/legal"',
        '    expires: 2027-01-31',
      ].join('\n'),
      'policy.yml',
    );
    expect(config.rules?.['energy-consumption']).toBe('off');
    expect(config.waivers?.[0].expires).toBe('2027-01-31');
  });

  it.each([
    [
      'no version',
      'fail-on: error\n',
      /policy.yml:1:1: the policy is missing "version" \(write "version: 1" at the top\)/,
    ],
    ['wrong version', 'version: 2\n', /policy.yml:1:1: version must be 1/],
    ['unknown key', 'version: 1\nfail_on: error\n', /policy.yml:1:1: unknown key "fail_on" in the policy/],
    [
      'bad severity',
      'version: 1\nrules:\n  licence: fatal\n',
      /policy.yml:3:3: rules.licence must be off, error, warning, notice, or/,
    ],
    [
      'waiver without owner',
      'version: 1\nwaivers:\n  - rule: licence\n    path: a.md\n    reason: because it is so\n    expires: 2027-01-01\n',
      /policy.yml:3:5: waivers\[0\] is missing "owner"/,
    ],
    [
      'impossible date',
      'version: 1\nas-of: 2026-02-30\n',
      /policy.yml:2:1: as-of: "2026-02-30" is not a calendar date/,
    ],
    ['broken YAML', 'version: 1\nrules: [a\n', /policy.yml:\d+:\d+: invalid YAML/],
    ['empty file', '', /policy.yml:1:1: the policy file is empty/],
  ])('rejects %s with file:line:column and what was expected', (_name, text, message) => {
    expect(() => parseConfigText(text, 'policy.yml')).toThrow(message);
  });

  it('reports every problem of a policy at once, in plain words, each at its line', () => {
    const text = [
      'version: 1',
      'fail-on: sometimes',
      'waivers:',
      '  - rule: licence',
      '    path: a.md',
      '    reason: short',
      '    owner: "@acme/legal"',
      '    expires: 2027-3-31',
      'tier-overrides:',
      '  - { path: a.md, tier: gpai }',
    ].join('\n');
    let message = '';
    try {
      parseConfigText(text, 'policy.yml');
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message.split('\n')).toEqual([
      'policy.yml: 4 problems:',
      '  policy.yml:2:1: fail-on must be one of gate, error, warning, never',
      '  policy.yml:6:5: waivers[0].reason is too short: at least 10 characters (say why, for whoever reads the report)',
      '  policy.yml:8:5: waivers[0].expires must be a date written YYYY-MM-DD, e.g. 2027-03-31',
      '  policy.yml:10:5: tier-overrides[0] is missing "justification"',
    ]);
    expect(message).not.toMatch(/must match pattern|must NOT have/);
  });

  it('stops a YAML alias bomb instead of expanding it', () => {
    const bomb = [
      'version: 1',
      'a: &a [x, x, x, x, x, x, x, x, x, x]',
      ...Array.from(
        { length: 8 },
        (_, i) =>
          `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}]`,
      ),
    ].join('\n');
    expect(() => parseConfigText(bomb, 'bomb.yml')).toThrow(ConfigError);
  });
});

describe('locateExtends', () => {
  const local = { kind: 'local' as const, path: '/repo/.github/ai-act-gate.yml' };
  it('tells local paths from owner/repo/path@ref', () => {
    expect(locateExtends('./base.yml', local)).toEqual({ kind: 'local', path: '/repo/.github/base.yml' });
    expect(locateExtends('../policies/base.yml', local)).toEqual({ kind: 'local', path: '/repo/policies/base.yml' });
    expect(locateExtends('acme/policies/ai-act/base.yml@v2', local)).toEqual({
      kind: 'remote',
      owner: 'acme',
      repo: 'policies',
      path: 'ai-act/base.yml',
      ref: 'v2',
    });
    expect(locateExtends('acme/.github/policy.yml', local)).toEqual({
      kind: 'remote',
      owner: 'acme',
      repo: '.github',
      path: 'policy.yml',
      ref: null,
    });
  });
  it('resolves a relative extends inside a remote file within the same repository and ref, never above its root', () => {
    const remote = { kind: 'remote' as const, owner: 'acme', repo: 'policies', path: 'ai-act/strict.yml', ref: 'v2' };
    expect(locateExtends('./base.yml', remote)).toEqual({ ...remote, path: 'ai-act/base.yml' });
    expect(locateExtends('../../../etc/passwd', remote)).toBeNull();
    expect(locateExtends('/etc/passwd', remote)).toBeNull();
  });
});

describe('loadPolicyFile', () => {
  it('merges the extends chain: bases first, the file itself last', async () => {
    const dir = folder({
      'org/base.yml':
        'version: 1\nfail-on: warning\nrules:\n  energy-consumption: off\n  cybersecurity: warning\nwaivers:\n  - { rule: licence, path: "**", reason: "Org-wide licence review", owner: "@legal", expires: 2030-01-01 }\n',
      'org/strict.yml': 'version: 1\nextends: ./base.yml\nrules:\n  cybersecurity: error\n',
      '.github/ai-act-gate.yml':
        'version: 1\nextends: ../org/strict.yml\nfail-on: error\nrules:\n  energy-consumption: warning\n',
    });
    const policy = await loadPolicyFile(join(dir, '.github/ai-act-gate.yml'), { root: dir });
    expect(policy.sources).toEqual(['org/base.yml', 'org/strict.yml', '.github/ai-act-gate.yml']);
    expect(policy.failOn).toBe('error');
    expect(policy.rules['energy-consumption']).toMatchObject({
      enabled: true,
      severity: 'warning',
      from: { source: '.github/ai-act-gate.yml', line: 5 },
    });
    expect(policy.rules.cybersecurity).toMatchObject({
      enabled: true,
      severity: 'error',
      from: { source: 'org/strict.yml' },
    });
    expect(policy.waivers).toHaveLength(1);
    expect(policy.waivers[0].from).toEqual({ source: 'org/base.yml', line: 7 });
  });

  it('names both ends of a circular extends', async () => {
    const dir = folder({ 'a.yml': 'version: 1\nextends: ./b.yml\n', 'b.yml': 'version: 1\nextends: ./a.yml\n' });
    expect(await errorOf(loadPolicyFile(join(dir, 'a.yml'), { root: dir }))).toBe(
      'b.yml:2: circular extends: a.yml → b.yml → a.yml',
    );
  });

  it('says which line names a missing base', async () => {
    const dir = folder({
      'a.yml': 'version: 1\nextends:\n  - ./base.yml\n  - ./gone.yml\n',
      'base.yml': 'version: 1\n',
    });
    expect(await errorOf(loadPolicyFile(join(dir, 'a.yml'), { root: dir }))).toBe(
      'a.yml:4: extends: cannot find gone.yml',
    );
  });

  it('says a missing config file is missing', async () => {
    const dir = folder({});
    expect(await errorOf(loadPolicyFile(join(dir, 'nope.yml'), { root: dir }))).toBe('config: cannot find nope.yml');
  });

  it('reads owner/repo/path@ref through the remote reader, once per file, and resolves its relative extends there', async () => {
    const remote: Record<string, string> = {
      'acme/policies/ai-act/strict.yml@v2': 'version: 1\nextends: ./base.yml\nrules:\n  licence: warning\n',
      'acme/policies/ai-act/base.yml@v2': 'version: 1\nfail-on: warning\n',
    };
    const calls: string[] = [];
    const readRemote: RemoteConfigReader = async ({ owner, repo, path, ref }) => {
      const key = `${owner}/${repo}/${path}@${ref}`;
      calls.push(key);
      return remote[key] ?? null;
    };
    const dir = folder({
      'policy.yml':
        'version: 1\nextends:\n  - acme/policies/ai-act/strict.yml@v2\n  - acme/policies/ai-act/base.yml@v2\n',
    });
    const policy = await loadPolicyFile(join(dir, 'policy.yml'), { root: dir, readRemote });
    expect(policy.sources).toEqual([
      'acme/policies/ai-act/base.yml@v2',
      'acme/policies/ai-act/strict.yml@v2',
      'acme/policies/ai-act/base.yml@v2',
      'policy.yml',
    ]);
    expect(policy.failOn).toBe('warning');
    expect(policy.rules.licence.severity).toBe('warning');
    expect(calls.sort()).toEqual(['acme/policies/ai-act/base.yml@v2', 'acme/policies/ai-act/strict.yml@v2']);
  });

  it('explains that a remote extends needs a token, and that a missing remote file is missing', async () => {
    const dir = folder({ 'policy.yml': 'version: 1\nextends: acme/policies/base.yml@main\n' });
    expect(await errorOf(loadPolicyFile(join(dir, 'policy.yml'), { root: dir }))).toMatch(
      /^policy.yml:2: extends: acme\/policies\/base.yml@main is in another repository; reading it needs a GitHub token/,
    );
    expect(await errorOf(loadPolicyFile(join(dir, 'policy.yml'), { root: dir, readRemote: async () => null }))).toMatch(
      /^policy.yml:2: extends: acme\/policies\/base.yml@main does not exist/,
    );
    const failing: RemoteConfigReader = async () => {
      throw new Error('HTTP 502');
    };
    expect(await errorOf(loadPolicyFile(join(dir, 'policy.yml'), { root: dir, readRemote: failing }))).toBe(
      'policy.yml:2: extends: cannot read acme/policies/base.yml@main: HTTP 502',
    );
    // The command line has no --token: the message names the environment variable instead.
    expect(await errorOf(loadPolicyFile(join(dir, 'policy.yml'), { root: dir }))).not.toMatch(/--token/);
    expect(await errorOf(loadPolicyFile(join(dir, 'policy.yml'), { root: dir }))).toMatch(/set GITHUB_TOKEN/);
  });

  it('says that GitHub could not be reached when a request never got an answer', async () => {
    const dir = folder({ 'policy.yml': 'version: 1\nextends: acme/policies/base.yml@main\n' });
    // As Octokit reports it: status 500, the network error as the cause.
    const offline: RemoteConfigReader = async () => {
      const cause = Object.assign(new Error('getaddrinfo ENOTFOUND api.github.com'), { code: 'ENOTFOUND' });
      throw Object.assign(new Error('fetch failed', { cause }), { status: 500 });
    };
    const message = await errorOf(loadPolicyFile(join(dir, 'policy.yml'), { root: dir, readRemote: offline }));
    expect(message).toBe(
      'policy.yml:2: extends: cannot read acme/policies/base.yml@main: GitHub could not be reached (getaddrinfo ENOTFOUND api.github.com); check the network connection or proxy, or extend a local copy of the file',
    );
    expect(networkFailure(new Error('HTTP 502'))).toBeNull();
  });

  it('refuses rule-folders in a policy read from another repository', async () => {
    const dir = folder({ 'policy.yml': 'version: 1\nextends: acme/policies/base.yml\n' });
    const readRemote: RemoteConfigReader = async () => 'version: 1\nrule-folders: [./rules]\n';
    expect(await errorOf(loadPolicyFile(join(dir, 'policy.yml'), { root: dir, readRemote }))).toMatch(
      /^acme\/policies\/base.yml:2: rule-folders can only be used in a local policy file/,
    );
  });

  it('lets a repository config override the organisation policy it is resolved on', async () => {
    const org = await resolvePolicyText('version: 1\nfail-on: error\nrules:\n  licence: off\n', 'org.yml');
    const repo = await resolvePolicyText('version: 1\nrules:\n  licence: warning\n', '.github/ai-act-gate.yml', {
      base: org,
      remote: { owner: 'acme', repo: 'm1', ref: 'main' },
    });
    expect(repo.failOn).toBe('error');
    expect(repo.rules.licence).toMatchObject({
      enabled: true,
      severity: 'warning',
      from: { source: 'acme/m1/.github/ai-act-gate.yml@main', line: 3 },
    });
  });
});

describe('schema/config.schema.json', () => {
  it('is fresh (npm run docs) and the shipped example policy is valid', () => {
    expect(JSON.parse(readFileSync(join(ROOT, 'schema', 'config.schema.json'), 'utf8'))).toEqual(
      JSON.parse(JSON.stringify(configSchema)),
    );
    const example = readFileSync(join(ROOT, 'examples', 'policy', 'ai-act-gate.yml'), 'utf8');
    expect(example).toMatch(/^# yaml-language-server: \$schema=/);
    expect(() => parseConfigText(example, 'examples/policy/ai-act-gate.yml')).not.toThrow();
  });
});

describe('release: what the GitHub App does with a blocked release', () => {
  it('is read from the policy and named with its line', async () => {
    const policy = await resolvePolicyText('version: 1\nrelease: draft\n', 'policy.yml');
    expect(policy.blockedRelease).toBe('draft');
    expect(policy.settingsFrom?.release?.line).toBe(2);
  });

  it('is left to the server when the policy says nothing', async () => {
    expect((await resolvePolicyText('version: 1\n', 'policy.yml')).blockedRelease).toBeNull();
  });

  it('accepts only fail or draft', async () => {
    expect(await errorOf(resolvePolicyText('version: 1\nrelease: publish\n', 'policy.yml'))).toMatch(
      /policy.yml:2:1: release must be (?:one of )?fail(?:,| or) draft/,
    );
  });
});
