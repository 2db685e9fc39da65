/**
 * JSON Schema of a rule file. `schema/rule.schema.json` is generated from this (npm run docs) so
 * editors can complete rule files; a test keeps the two equal. The matcher kinds come from the
 * registry (src/evaluate/matchers/registry.ts).
 */
import { ACCEPT_SCHEMA } from '../evaluate/matchers/accept.js';
import { matcherSchema } from '../evaluate/matchers/registry.js';

export const ruleSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://github.com/ai-act-gate/ai-act-gate/schema/rule.schema.json',
  title: 'ai-act-gate rule',
  description: 'One documentation duty of the EU AI Act, checked against a model card. File name = id.',
  type: 'object',
  additionalProperties: false,
  required: ['id', 'title', 'citations', 'appliesTo', 'audience', 'severity', 'evidence', 'message', 'help'],
  properties: {
    id: {
      type: 'string',
      pattern: '^[a-z][a-z0-9-]*$',
    },
    title: {
      type: 'string',
      minLength: 3,
    },
    citations: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        additionalProperties: false,
        properties: {
          article: {
            type: 'integer',
            minimum: 1,
            maximum: 113,
          },
          paragraph: {
            type: 'integer',
            minimum: 1,
          },
          point: {
            type: 'string',
            pattern: '^[a-z]+$|^[ivx]+$',
          },
          annex: {
            type: 'string',
            pattern: '^[IVX]+$',
          },
          section: {
            type: 'integer',
            minimum: 1,
          },
          item: {
            type: 'integer',
            minimum: 1,
          },
          document: {
            type: 'string',
            minLength: 3,
          },
        },
        anyOf: [
          {
            required: ['article'],
          },
          {
            required: ['annex'],
          },
          {
            required: ['document'],
          },
        ],
      },
    },
    appliesTo: {
      type: 'array',
      items: {
        enum: ['not-gpai', 'gpai-open-source', 'gpai', 'gpai-systemic-risk', 'modification', 'unknown'],
      },
      uniqueItems: true,
    },
    requiredWhen: {
      type: 'string',
      pattern: '^[a-z][a-z0-9-]*$',
    },
    audience: {
      type: 'array',
      minItems: 1,
      items: {
        enum: ['downstream-providers', 'ai-office', 'public', 'commission'],
      },
    },
    severity: {
      enum: ['error', 'warning', 'notice'],
    },
    evidence: {
      type: 'object',
      additionalProperties: false,
      required: ['met'],
      properties: {
        accept: ACCEPT_SCHEMA,
        met: {
          $ref: '#/$defs/matcher',
        },
        partial: {
          $ref: '#/$defs/matcher',
        },
      },
    },
    message: {
      type: 'string',
      minLength: 10,
    },
    help: {
      type: 'string',
      minLength: 10,
    },
    inForceFrom: {
      type: 'string',
      pattern: '^\\d{4}-\\d{2}-\\d{2}$',
      description: 'Date the duty applies from (Art. 113).',
    },
    earlierModelsFrom: {
      type: 'string',
      pattern: '^\\d{4}-\\d{2}-\\d{2}$',
      description:
        'Date the duty applies from for models placed on the market before inForceFrom (Art. 111(3): 2027-08-02).',
    },
  },
  $defs: {
    sectionNames: {
      oneOf: [
        {
          type: 'string',
          pattern: '^[a-z][a-z0-9-]*$',
        },
        {
          type: 'array',
          minItems: 1,
          items: {
            type: 'string',
            pattern: '^[a-z][a-z0-9-]*$',
          },
        },
      ],
    },
    matcher: matcherSchema(),
    quantityKind: {
      enum: [
        'parameters',
        'activeParameters',
        'trainingTokens',
        'trainingCompute',
        'gpuHours',
        'gpuCount',
        'trainingDays',
        'contextWindow',
        'energy',
        'co2',
      ],
    },
  },
} as const;
