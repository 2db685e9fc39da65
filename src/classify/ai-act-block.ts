/**
 * The machine-readable `ai_act:` front-matter block (schema in docs/ai-act-block.md): what the provider
 * states about the model's status under the AI Act, each value with its line, type-checked.
 */
import type { CardFacts } from '../model/card.js';
import type { Position } from '../model/position.js';

export const AI_ACT_KEY = 'ai_act';

export const AI_ACT_LINK_KEYS = [
  'technical_documentation',
  'evaluation_reports',
  'adversarial_testing',
  'training_content_summary',
  'copyright_policy',
  'incident_contact',
  'authorised_representative',
  'systemic_risk_assessment',
  'system_architecture',
  'content_marking',
  // Statements rather than links: when the model was released, when the Commission was notified.
  'release_date',
  'commission_notified',
] as const;
export type AiActLinkKey = (typeof AI_ACT_LINK_KEYS)[number];

const BOOLEAN_KEYS = ['established_in_eu', 'gpai', 'systemic_risk', 'open_source_exemption'] as const;
const KNOWN_KEYS = new Set<string>(['provider', 'training_compute_flops', ...BOOLEAN_KEYS, ...AI_ACT_LINK_KEYS]);

export interface BlockField<T> {
  value: T;
  position: Position;
}

export interface AiActBlock {
  position: Position;
  provider?: BlockField<string>;
  establishedInEu?: BlockField<boolean>;
  gpai?: BlockField<boolean>;
  systemicRisk?: BlockField<boolean>;
  trainingComputeFlops?: BlockField<number>;
  openSourceExemption?: BlockField<boolean>;
  /** Where the documents are (URLs, or for contacts an e-mail address or a name). */
  links: Partial<Record<AiActLinkKey, BlockField<string[]>>>;
  /** Values of the wrong type and unknown keys: findings for the report. */
  problems: { message: string; position: Position }[];
}

/** Reads `ai_act` from the front matter; null when the card has none. */
export function readAiActBlock(facts: CardFacts): AiActBlock | null {
  const root = facts.metadata.get(AI_ACT_KEY);
  if (!root) return null;
  const block: AiActBlock = { position: root.position, links: {}, problems: [] };
  if (!root.value || typeof root.value !== 'object' || Array.isArray(root.value)) {
    block.problems.push({
      message: `${AI_ACT_KEY}: expected a mapping of the keys in docs/ai-act-block.md`,
      position: root.position,
    });
    return block;
  }
  for (const key of Object.keys(root.value)) {
    const entry = facts.metadata.get(`${AI_ACT_KEY}.${key}`);
    const position = entry?.position ?? root.position;
    const value = entry ? entry.value : (root.value as Record<string, unknown>)[key];
    const problem = (expected: string): void => {
      block.problems.push({
        message: `${AI_ACT_KEY}.${key}: expected ${expected}, got ${JSON.stringify(value)}`,
        position,
      });
    };
    if (!KNOWN_KEYS.has(key)) {
      block.problems.push({
        message: `${AI_ACT_KEY}.${key}: unknown key; expected one of ${[...KNOWN_KEYS].join(', ')}`,
        position,
      });
    } else if (value === null || value === undefined || value === '') {
      continue; // an empty key states nothing
    } else if (key === 'provider') {
      if (typeof value === 'string') block.provider = { value: value.trim(), position };
      else problem("the provider's name");
    } else if (key === 'training_compute_flops') {
      const flops = toNumber(value);
      if (flops !== null) block.trainingComputeFlops = { value: flops, position };
      else problem('a number of FLOP such as 3.8e25');
    } else if ((BOOLEAN_KEYS as readonly string[]).includes(key)) {
      const flag = toBoolean(value);
      if (flag === null) problem('true or false');
      else if (key === 'established_in_eu') block.establishedInEu = { value: flag, position };
      else if (key === 'gpai') block.gpai = { value: flag, position };
      else if (key === 'systemic_risk') block.systemicRisk = { value: flag, position };
      else block.openSourceExemption = { value: flag, position };
    } else {
      const values = toStrings(value);
      if (values) block.links[key as AiActLinkKey] = { value: values, position };
      else problem('a URL (or contact) or a list of them');
    }
  }
  return block;
}

function toBoolean(value: unknown): boolean | null {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string') {
    const word = value.trim().toLowerCase();
    if (word === 'true' || word === 'yes') return true;
    if (word === 'false' || word === 'no') return false;
  }
  return null;
}

/** 3.8e25, "3.8e25", "3.8 × 10^25", "3.8x10^25", "3,8e25". */
export function toNumber(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) && value > 0 ? value : null;
  if (typeof value !== 'string') return null;
  const text = value
    .replace(/flops?/i, '')
    .replace(/,/g, '.')
    .replace(/\s+/g, '')
    .trim();
  const power = /^(\d+(?:\.\d+)?)(?:[x×*]10\^?([+-]?\d+))$/i.exec(text);
  const number = power ? Number(power[1]) * 10 ** Number(power[2]) : Number(text);
  return Number.isFinite(number) && number > 0 ? number : null;
}

function toStrings(value: unknown): string[] | null {
  const items = Array.isArray(value) ? value : [value];
  const strings = items.filter((item): item is string => typeof item === 'string' && item.trim() !== '');
  return strings.length === items.length && strings.length > 0 ? strings.map((item) => item.trim()) : null;
}
