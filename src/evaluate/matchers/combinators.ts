/** `anyOf` (the first child that finds evidence) and `allOf` (every child must, the first hit is shown). */
import type { Hit } from '../context.js';
import type { CompiledMatcher, MatcherKind } from './kind.js';

export interface CombinatorMatcher extends CompiledMatcher {
  kind: 'anyOf' | 'allOf';
  matchers: CompiledMatcher[];
}

const childrenSchema = { type: 'array', minItems: 1, items: { $ref: '#/$defs/matcher' } };

function combinator(key: 'anyOf' | 'allOf'): MatcherKind<CombinatorMatcher> {
  return {
    key,
    schema: { additionalProperties: false, required: [key], properties: { [key]: childrenSchema } },
    compile: (raw, env, path) => ({
      kind: key,
      matchers: (raw[key] as Record<string, unknown>[]).map((child, index) =>
        env.compile(child, `${path}/${key}/${index}`),
      ),
    }),
    run(matcher, context, env) {
      let first: Hit | null = null;
      for (const child of matcher.matchers) {
        const hit = env.run(child, context);
        if (key === 'anyOf' && hit) return hit;
        if (key === 'allOf' && !hit) return null;
        first ??= hit;
      }
      return first;
    },
    children: (matcher) => matcher.matchers.map((child, index) => ({ matcher: child, path: `/${key}/${index}` })),
  };
}

export const anyOfKind = combinator('anyOf');
export const allOfKind = combinator('allOf');
