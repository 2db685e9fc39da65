/** `predicate: name`: a named code check (src/evaluate/predicates/) for what rule data cannot say. */
import { hasPredicate, predicates } from '../predicates/index.js';
import { MatcherError, type CompiledMatcher, type MatcherKind } from './kind.js';

interface PredicateMatcher extends CompiledMatcher {
  kind: 'predicate';
  name: string;
}

export const predicateKind: MatcherKind<PredicateMatcher> = {
  key: 'predicate',
  schema: {
    additionalProperties: false,
    required: ['predicate'],
    properties: { predicate: { type: 'string', pattern: '^[a-z][a-z0-9-]*$' } },
  },
  compile(raw, _env, path) {
    const name = raw.predicate as string;
    if (!hasPredicate(name)) throw new MatcherError(`unknown predicate "${name}"`, `${path}/predicate`);
    return { kind: 'predicate', name };
  },
  run: (matcher, context) => predicates[matcher.name](context),
};
