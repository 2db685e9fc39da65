/** What the runner's environment and event mean for a run. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readEnvironment, runModeOf, runUrl, type ActionEnvironment } from '../../src/action/environment.js';

const HEAD = 'a'.repeat(40);
const BASE = 'b'.repeat(40);

function environment(eventName: string, payload: Record<string, unknown> = {}): ActionEnvironment {
  const folder = mkdtempSync(join(tmpdir(), 'aag-env-'));
  writeFileSync(join(folder, 'event.json'), JSON.stringify(payload));
  return readEnvironment(
    {
      GITHUB_EVENT_NAME: eventName,
      GITHUB_EVENT_PATH: join(folder, 'event.json'),
      GITHUB_REPOSITORY: 'octo-org/models',
      GITHUB_RUN_ID: '42',
    },
    '/work',
  );
}

describe('runModeOf', () => {
  it.each(['pull_request', 'pull_request_target'])('checks the changed cards of a %s event', (event) => {
    const mode = runModeOf(
      environment(event, { pull_request: { number: 7, head: { sha: HEAD }, base: { sha: BASE } } }),
    );
    expect(mode).toEqual({ kind: 'pull-request', event, pullRequest: { number: 7, headSha: HEAD, baseSha: BASE } });
  });

  it.each(['release', 'push', 'workflow_dispatch', 'schedule'])(
    'checks all cards, with no API call, on %s',
    (event) => {
      expect(runModeOf(environment(event))).toEqual({ kind: 'all-cards' });
    },
  );

  it('says what a pull_request payload lacks', () => {
    expect(() =>
      runModeOf(environment('pull_request', { pull_request: { head: { sha: HEAD }, base: { sha: BASE } } })),
    ).toThrow('the pull_request event has no pull_request.number');
    expect(() =>
      runModeOf(
        environment('pull_request', { pull_request: { number: 7, head: { sha: 'main' }, base: { sha: BASE } } }),
      ),
    ).toThrow('has no pull_request.base.sha and head.sha');
  });
});

describe('readEnvironment', () => {
  it('falls back to sensible defaults', () => {
    const env = readEnvironment({}, '/work');
    expect(env).toMatchObject({
      eventName: '',
      payload: {},
      workspace: '/work',
      serverUrl: 'https://github.com',
      apiUrl: 'https://api.github.com',
      hasStepSummary: false,
    });
  });

  it('names an unreadable event payload', () => {
    expect(() => readEnvironment({ GITHUB_EVENT_PATH: '/nonexistent/event.json' })).toThrow(
      'cannot read the event payload GITHUB_EVENT_PATH=/nonexistent/event.json',
    );
  });

  it('links the run page, with the attempt after the first', () => {
    const env = environment('release');
    expect(runUrl(env)).toBe('https://github.com/octo-org/models/actions/runs/42');
    expect(runUrl({ ...env, runAttempt: '2' })).toBe('https://github.com/octo-org/models/actions/runs/42/attempts/2');
    expect(runUrl({ ...env, runId: null })).toBeUndefined();
  });
});
