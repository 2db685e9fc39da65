/** The release note and which events it applies to, without the API. */
import { checkCard } from '../../src/lint.js';
import { buildReport } from '../../src/lint.js';
import { blockedReleaseNote, releaseOfEvent, withNote } from '../../src/action/release-draft.js';
import { shippedRuleset } from '../helpers.js';
import { webhookExample } from '../serve/webhook-examples.js';
import { BLOCKED_CARD } from '../contract/cards.js';

const ruleset = shippedRuleset();
const blockedReport = buildReport([checkCard('model/README.md', BLOCKED_CARD, ruleset)], ruleset.rules.length);

describe('release-draft', () => {
  it('reads the release of published and created events only', () => {
    const published = webhookExample('release', 'published');
    expect(releaseOfEvent('release', published)).toMatchObject({
      id: (published.release as { id: number }).id,
      owner: 'Codertocat',
      repo: 'Hello-World',
    });
    expect(releaseOfEvent('release', webhookExample('release', 'created'))).not.toBeNull();
    expect(releaseOfEvent('release', webhookExample('release', 'edited'))).toBeNull();
    expect(releaseOfEvent('push', published)).toBeNull();
  });

  it('names each blocked card and its reasons', () => {
    const note = blockedReleaseNote(blockedReport, 'v1.0.0');
    expect(note).toMatch(
      /^\*\*ai-act-gate turned release `v1\.0\.0` back into a draft:\*\* the release gate blocks 1 model card/,
    );
    expect(note).toMatch(/- `model\/README\.md`: Blocked: evaluation-results is missing/);
  });

  it('puts the note on top of the description, replacing an earlier one instead of stacking', () => {
    const once = withNote('Release notes.', 'first note');
    expect(once).toMatch(/first note[\s\S]*Release notes\.$/);
    const twice = withNote(once, 'second note');
    expect(twice).not.toContain('first note');
    expect(twice.match(/Release notes\./g)).toHaveLength(1);
    expect(twice.match(/<!-- ai-act-gate:blocked-release -->/g)).toHaveLength(1);
    expect(withNote('', 'note')).toMatch(/note\n<!-- \/ai-act-gate:blocked-release -->$/);
  });
});
