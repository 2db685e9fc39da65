/**
 * JSON Schema of `.github/ai-act-gate.yml`. `schema/config.schema.json` is generated from this
 * (npm run docs) so editors complete the file through a `yaml-language-server` comment.
 */
import { TIERS } from '../model/tier.js';
import { FAIL_ON_LEVELS } from '../exit-code.js';

const SEVERITIES = ['error', 'warning', 'notice'];
const isoDate = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'A date, YYYY-MM-DD.' };
const glob = {
  type: 'string',
  minLength: 1,
  description: 'A glob of card paths from the repository root, e.g. "models/*/README.md".',
};

export const configSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://github.com/ai-act-gate/ai-act-gate/schema/config.schema.json',
  title: 'ai-act-gate policy',
  description: 'Policy for ai-act-gate: which cards, which rules at which severity, tier overrides and waivers.',
  type: 'object',
  additionalProperties: false,
  required: ['version'],
  properties: {
    version: { const: 1, description: 'Format version of this file; 1.' },
    extends: {
      description:
        'Policies this one builds on, applied first: a local path (relative to this file) or owner/repo/path@ref from GitHub.',
      oneOf: [
        { type: 'string', minLength: 1 },
        { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1 },
      ],
    },
    paths: { type: 'array', items: glob, description: 'Cards to check; default: every model card found.' },
    ignore: { type: 'array', items: glob, description: 'Paths never checked.' },
    'fail-on': {
      enum: [...FAIL_ON_LEVELS],
      description:
        'Lowest level that fails the run. gate: only blocked releases and cards that cannot be read or checked; error: also error-level gaps and other error findings (an expired waiver); warning: also warnings; never.',
    },
    'release-date': {
      ...isoDate,
      description: 'When the model was placed on the EU market. Before 2 Aug 2025, Art. 111(3) gives until 2 Aug 2027.',
    },
    'as-of': { ...isoDate, description: 'Judge the duties as of this date instead of today.' },
    release: {
      enum: ['fail', 'draft'],
      description:
        'What the GitHub App does with a published or created release whose card the gate blocks: fail its check run (default), or also turn the release back into a draft with a note saying why.',
    },
    rules: {
      type: 'object',
      description: 'Per-rule settings by rule id: off, a severity, or { enabled, severity }.',
      propertyNames: { pattern: '^[a-z][a-z0-9-]*$' },
      additionalProperties: {
        oneOf: [
          { enum: ['off', ...SEVERITIES] },
          {
            type: 'object',
            additionalProperties: false,
            minProperties: 1,
            properties: { enabled: { type: 'boolean' }, severity: { enum: SEVERITIES } },
          },
        ],
      },
    },
    'rule-folders': {
      type: 'array',
      items: { type: 'string', minLength: 1 },
      description: 'Extra rule folders (format of rules/), relative to this file.',
    },
    'tier-overrides': {
      type: 'array',
      description: 'Set the tier of matching cards; the justification is shown in every report.',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['path', 'tier', 'justification'],
        properties: {
          path: glob,
          tier: { enum: TIERS.filter((tier) => tier !== 'unknown') },
          justification: {
            type: 'string',
            minLength: 10,
            description:
              'Why, e.g. "Not placed on the EU market" or "Commission notified on 2026-03-01" (at least 10 characters).',
          },
        },
      },
    },
    waivers: {
      type: 'array',
      description: 'Accepted gaps, each with an owner and an end date; an expired waiver is itself a finding.',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['rule', 'path', 'reason', 'owner', 'expires'],
        properties: {
          rule: { type: 'string', pattern: '^[a-z][a-z0-9-]*$' },
          path: glob,
          reason: {
            type: 'string',
            minLength: 10,
            description: 'Why the gap is accepted, for whoever reads the report (at least 10 characters).',
          },
          owner: {
            type: 'string',
            minLength: 1,
            description: 'Who answers for it: a GitHub login or team, or an e-mail address.',
          },
          expires: { ...isoDate, description: 'Last day the waiver holds (YYYY-MM-DD).' },
        },
      },
    },
  },
} as const;
