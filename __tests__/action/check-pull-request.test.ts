/** Which changed files can be model cards (without reading them). */
import { isCardCandidate } from '../../src/action/check-pull-request.js';

describe('isCardCandidate', () => {
  it.each([
    ['README.md', true],
    ['models/llm/README.md', true],
    ['models/llm/MODEL_CARD.md', true],
    ['model_card.md', true],
    ['docs/guide.md', false],
    ['node_modules/pkg/README.md', false],
    ['src/readme.md', false],
  ])('without paths: %s → %s', (path, expected) => {
    expect(isCardCandidate(path, [])).toBe(expected);
  });

  it('matches the paths globs when given (dot folders included)', () => {
    const patterns = ['models/*/README.md', '.github/cards/*.md'];
    expect(isCardCandidate('models/llm/README.md', patterns)).toBe(true);
    expect(isCardCandidate('.github/cards/a.md', patterns)).toBe(true);
    expect(isCardCandidate('README.md', patterns)).toBe(false);
    expect(isCardCandidate('models/llm/sub/README.md', patterns)).toBe(false);
  });
});
