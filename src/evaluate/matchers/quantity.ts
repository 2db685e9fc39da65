/**
 * `quantity: kind`: a number of that kind the card states (parameters, FLOP, GPU-hours …) about
 * its own model, in a statement that is evidence: not another model's figure, a threshold, a
 * hypothetical, nor a promise ("a 128k-context version is coming soon").
 */
import { statementIndex, type StatementMode } from '../../facts/statement-mode.js';
import type { QuantityKind } from '../../model/card.js';
import { offsetOf } from '../../facts/text-views.js';
import { ACCEPT_SCHEMA, acceptedModes } from './accept.js';
import type { CompiledMatcher, MatcherKind } from './kind.js';

interface QuantityMatcher extends CompiledMatcher {
  kind: 'quantity';
  kinds: QuantityKind[];
  accept: ReadonlySet<StatementMode>;
}

export const quantityKind: MatcherKind<QuantityMatcher> = {
  key: 'quantity',
  schema: {
    additionalProperties: false,
    required: ['quantity'],
    properties: {
      quantity: {
        oneOf: [
          { $ref: '#/$defs/quantityKind' },
          { type: 'array', minItems: 1, items: { $ref: '#/$defs/quantityKind' } },
        ],
      },
      accept: ACCEPT_SCHEMA,
    },
  },
  compile(raw, env, path) {
    return {
      kind: 'quantity',
      kinds: (Array.isArray(raw.quantity) ? raw.quantity : [raw.quantity]) as QuantityKind[],
      accept: acceptedModes(raw.accept, env.accept, `${path}/accept`),
    };
  },
  run(matcher, { facts }) {
    const quantity = facts.quantities.find((q) => {
      if (!matcher.kinds.includes(q.kind)) return false;
      // Whose figure it is was decided in facts: another model's (a comparison, another model's table
      // row, a comparison section), a threshold or a supposition is no evidence.
      if (q.subject !== undefined && q.subject !== 'this-model') return false;
      if (q.source === 'frontMatter') return true;
      const offset = offsetOf(facts, q.position);
      // A title or heading ("# TinyLlama-1.1B-Chat") is blanked in the masked text: it states the figure as a name.
      if (/\s/.test(facts.maskedText[offset] ?? ' ')) return true;
      return statementIndex(facts, facts.maskedText, 'masked').countsAt(offset, matcher.accept);
    });
    return quantity ? { position: quantity.position, quote: quantity.raw } : null;
  },
};
