/** `metadata: key`: a front-matter value that is set (not a placeholder), optionally matching a pattern. */
import { classifyStatement, NEVER_EVIDENCE, type StatementMode } from '../../facts/statement-mode.js';
import { compileRegex, type CompiledMatcher, type MatcherKind } from './kind.js';

const UNSET: ReadonlySet<StatementMode> = new Set([...NEVER_EVIDENCE, 'negated']);

interface MetadataMatcher extends CompiledMatcher {
  kind: 'metadata';
  key: string;
  pattern: RegExp | null;
  minLength: number;
}

export const metadataKind: MatcherKind<MetadataMatcher> = {
  key: 'metadata',
  schema: {
    additionalProperties: false,
    required: ['metadata'],
    properties: {
      metadata: { type: 'string', minLength: 1 },
      pattern: { type: 'string' },
      minLength: { type: 'integer', minimum: 1 },
    },
  },
  compile(raw, _env, path) {
    return {
      kind: 'metadata',
      key: raw.metadata as string,
      pattern: typeof raw.pattern === 'string' ? compileRegex(raw.pattern, `${path}/pattern`, 'iu') : null,
      minLength: (raw.minLength as number | undefined) ?? 1,
    };
  },
  run(matcher, { facts }) {
    const entry = facts.metadata.get(matcher.key);
    if (!entry) return null;
    const text = metadataText(entry.value);
    if (text.length < matcher.minLength || isPlaceholder(text)) return null;
    // "co2_eq_emissions: not tracked", "release: coming soon": a value that denies or defers sets nothing.
    if (typeof entry.value === 'string' && UNSET.has(classifyStatement(text))) return null;
    if (matcher.pattern && !matcher.pattern.test(text)) return null;
    return { position: entry.position, quote: `${matcher.key}: ${text.slice(0, 100)}` };
  },
  regexes: (matcher, path) => (matcher.pattern ? [[matcher.pattern, `${path}/pattern`]] : []),
};

function metadataText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  try {
    const json = JSON.stringify(value);
    return json === '[]' || json === '{}' ? '' : json;
  } catch {
    return '';
  }
}

function isPlaceholder(text: string): boolean {
  return /^\s*(?:\[more information needed\]|more information needed|\{\{.*\}\}|n\/?a|none|null|tbd|todo|-)\s*$/i.test(
    text,
  );
}
