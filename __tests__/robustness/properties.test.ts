/**
 * A short property-based run inside `npm test` (`npm run fuzz` runs 100,000 cases): random and
 * mutated real cards never throw, every line points inside the file, the report fits the schema.
 */
import { join } from 'node:path';
import fc from 'fast-check';
import { ROOT, CORPUS, HAVE_SHARED, shippedRuleset } from '../helpers.js';
import {
  assertCardProperties,
  cardProperty,
  loadCorpus,
  mutatedCard,
  randomCard,
  reportValidator,
} from './card-properties.js';

const validate = reportValidator(join(ROOT, 'schema', 'report.schema.json'));
// A new seed each run (fast-check prints it with any counterexample); FC_SEED replays one.
const seed = process.env.FC_SEED ? Number(process.env.FC_SEED) : Date.now() % 2 ** 31;

describe('card properties (fast-check)', () => {
  it('random Markdown and YAML cards never throw, keep positions inside the file and fit the schema', () => {
    fc.assert(cardProperty(randomCard, shippedRuleset(), validate), { numRuns: 150, seed });
  });

  it('hand-picked edge cases hold the properties too', () => {
    for (const text of [
      '',
      '\n',
      '\r',
      '\r\n\r\n',
      '\ufeff',
      '---',
      '---\n',
      '---\n---',
      '---\r\nlicense: mit\r\n---\r\n',
      '# \n',
      '\u0000',
      'x\ry\rz',
      '---\na: *b\n---\n',
      // A pipe inside inline code, in a table row whose value cell then starts where the row does.
      'model\n|---|\n| ` | ` systemic risk |',
    ]) {
      expect(() => assertCardProperties(text, shippedRuleset(), validate)).not.toThrow();
    }
  });

  const corpus = HAVE_SHARED ? loadCorpus(CORPUS) : [];
  (corpus.length ? it : it.skip)(
    corpus.length
      ? `real corpus cards, mutated by random slicing and insertion (${corpus.length} cards)`
      : `real corpus cards, mutated (skipped: ${CORPUS} is absent)`,
    () => {
      fc.assert(cardProperty(mutatedCard(corpus), shippedRuleset(), validate), { numRuns: 60, seed });
    },
  );
  if (!corpus.length) console.warn(`skipping mutated corpus cards: ${CORPUS} not found`);
});
