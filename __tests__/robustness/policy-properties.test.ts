/**
 * Policy files written by anyone: whatever the text, reading it either gives a policy or a
 * ConfigError that names the file and a 1-based line — never another exception.
 */
import fc from 'fast-check';
import { parseConfigText, resolvePolicyText } from '../../src/config/load-config.js';
import { ConfigError } from '../../src/config/types.js';

const KEYS = [
  'version',
  'extends',
  'paths',
  'ignore',
  'fail-on',
  'release-date',
  'as-of',
  'rules',
  'rule-folders',
  'tier-overrides',
  'waivers',
  'other',
];
const scalar = fc.oneof(
  fc.constantFrom('1', 'error', 'off', 'warning', '2027-01-31', '2026-02-30', '[a', '{', '*x', '&x a', '~', "'", '"'),
  fc.string({ maxLength: 12 }),
);
const line = fc.oneof(
  fc.tuple(fc.constantFrom(...KEYS), scalar).map(([key, value]) => `${key}: ${value}`),
  fc
    .tuple(
      fc.constantFrom('  ', '    ', '  - '),
      fc.constantFrom(...KEYS, 'rule', 'path', 'owner', 'expires', 'reason', 'tier'),
      scalar,
    )
    .map(([indent, key, value]) => `${indent}${key}: ${value}`),
  fc.string({ maxLength: 20 }),
);
const policyText = fc
  .tuple(fc.boolean(), fc.array(line, { maxLength: 14 }))
  .map(([versioned, lines]) => (versioned ? ['version: 1', ...lines] : lines).join('\n'));

function onlyConfigErrors(run: () => unknown): void {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(/^policy\.yml(?::[1-9]\d*(?::[1-9]\d*)?)?: \S/);
  }
}

describe('policy files written by anyone', () => {
  it('parse into a policy or a ConfigError at a 1-based position', () => {
    fc.assert(
      fc.property(policyText, (text) => onlyConfigErrors(() => parseConfigText(text, 'policy.yml'))),
      { numRuns: 400, seed: 20261202 },
    );
  });

  it('resolve (with their extends) into a policy or a ConfigError', async () => {
    await fc.assert(
      fc.asyncProperty(policyText, async (text) => {
        try {
          await resolvePolicyText(text, 'policy.yml', { readLocal: async () => null, readRemote: async () => null });
        } catch (error) {
          expect(error).toBeInstanceOf(ConfigError);
        }
      }),
      { numRuns: 200, seed: 20261202 },
    );
  });
});
