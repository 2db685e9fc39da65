/** `quantity: kind`: a number of that kind the card states (parameters, FLOP, GPU-hours …). */
import type { QuantityKind } from '../../model/card.js';
import type { CompiledMatcher, MatcherKind } from './kind.js';

interface QuantityMatcher extends CompiledMatcher {
  kind: 'quantity';
  kinds: QuantityKind[];
}

export const quantityKind: MatcherKind<QuantityMatcher> = {
  key: 'quantity',
  schema: {
    additionalProperties: false,
    required: ['quantity'],
    properties: {
      quantity: { oneOf: [{ $ref: '#/$defs/quantityKind' }, { type: 'array', minItems: 1, items: { $ref: '#/$defs/quantityKind' } }] },
    },
  },
  compile(raw) {
    return { kind: 'quantity', kinds: (Array.isArray(raw.quantity) ? raw.quantity : [raw.quantity]) as QuantityKind[] };
  },
  run(matcher, { facts }) {
    const quantity = facts.quantities.find((q) => matcher.kinds.includes(q.kind));
    return quantity ? { position: quantity.position, quote: quantity.raw } : null;
  },
};
