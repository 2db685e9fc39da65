/** The Action's inputs: defaults, parsing, and errors that name the input and what it accepts. */
import { getInputs } from '../../src/action/inputs.js';

const reader = (values: Record<string, string>) => (name: string) => values[name] ?? '';

describe('getInputs', () => {
  it('uses the documented defaults', () => {
    expect(getInputs(reader({}))).toEqual({
      mode: 'check',
      org: null,
      shard: null,
      trackingIssues: false,
      previousReport: null,
      cacheFile: null,
      mergeReports: [],
      hubAuthor: null,
      hubUrl: null,
      hfToken: null,
      cacheDir: null,
      patterns: [],
      failOn: null,
      token: '',
      comment: 'auto',
      suggest: true,
      configPath: null,
      sarifFile: null,
      changedOnly: true,
      instanceKey: 'default',
      deleteWhenClean: false,
      reportPath: null,
      commentAuthor: null,
      blockedRelease: 'fail',
    });
  });

  it('reads newline- and comma-separated globs, booleans and choices', () => {
    const options = getInputs(
      reader({
        paths: 'models/*/README.md, cards/**/*.md\n\n  MODEL_CARD.md  ',
        'fail-on': 'warning',
        comment: 'always',
        'changed-only': 'False',
        suggest: 'False',
        'delete-when-clean': 'TRUE',
        'instance-key': 'models/eu',
        'comment-author': 'my-app[bot]',
      }),
    );
    expect(options).toMatchObject({
      patterns: ['models/*/README.md', 'cards/**/*.md', 'MODEL_CARD.md'],
      failOn: 'warning',
      comment: 'always',
      suggest: false,
      changedOnly: false,
      deleteWhenClean: true,
      instanceKey: 'models/eu',
      commentAuthor: 'my-app[bot]',
    });
  });

  it('reads merge-reports as newline-separated paths and globs, for mode org-scan', () => {
    expect(
      getInputs(reader({ mode: 'org-scan', 'merge-reports': 'shards/*/org-report.json\n\n  extra/{a,b}.json  \n' })),
    ).toMatchObject({
      mode: 'org-scan',
      mergeReports: ['shards/*/org-report.json', 'extra/{a,b}.json'],
    });
  });

  it('reads the hub-scan inputs', () => {
    expect(
      getInputs(
        reader({
          mode: 'hub-scan',
          'hub-author': 'EleutherAI',
          'hub-url': 'https://hub.example.org',
          'hf-token': 'hf_x',
          'cache-dir': '.hub-cache',
        }),
      ),
    ).toMatchObject({
      mode: 'hub-scan',
      hubAuthor: 'EleutherAI',
      hubUrl: 'https://hub.example.org',
      hfToken: 'hf_x',
      cacheDir: '.hub-cache',
    });
  });

  it.each([
    [{ 'merge-reports': 'a.json' }, 'input merge-reports needs mode: org-scan or hub-scan'],
    [
      { mode: 'hub-scan', 'merge-reports': 'a.json', 'cache-dir': '.hub-cache' },
      'input cache-dir is for the scanning jobs',
    ],
    [
      { mode: 'hub-scan', 'hub-author': 'Eleuther AI' },
      'input hub-author must be a Hugging Face user or organisation name, not "Eleuther AI"',
    ],
    [{ mode: 'hub-scan', 'hub-url': 'huggingface.co' }, "input hub-url must be the Hub's http(s) address"],
    [
      { mode: 'org-scan', 'merge-reports': 'a.json', shard: '1/4' },
      'input shard is for the scanning jobs; the job with merge-reports only combines their reports',
    ],
    [
      { mode: 'org-scan', 'merge-reports': 'a.json', 'tracking-issues': 'true' },
      'input tracking-issues is for the scanning jobs',
    ],
    [
      { mode: 'org-scan', 'merge-reports': 'a.json', 'cache-file': 'c.json' },
      'input cache-file is for the scanning jobs',
    ],
    [{ 'fail-on': 'errors' }, 'input fail-on must be one of gate, error, warning, never, not "errors"'],
    [{ mode: 'scan' }, 'input mode must be one of check, org-scan, hub-scan, not "scan"'],
    [{ shard: '2of5' }, 'input shard must look like 2/5 (the 2nd of 5 parts), not "2of5"'],
    [{ comment: 'sometimes' }, 'input comment must be one of auto, always, never, not "sometimes"'],
    [{ suggest: 'yes' }, 'input suggest must be one of auto, true, false, not "yes"'],
    [{ 'changed-only': 'yes' }, 'input changed-only must be true or false, not "yes"'],
    [{ 'delete-when-clean': '1' }, 'input delete-when-clean must be true or false, not "1"'],
    [{ 'instance-key': 'a b' }, 'input instance-key must be 1–64 letters, digits, ".", "_", "-" or "/", not "a b"'],
    [{ 'comment-author': '@me' }, 'input comment-author must be a GitHub login such as my-app[bot], not "@me"'],
  ])('rejects %j', (values, message) => {
    expect(() => getInputs(reader(values))).toThrow(message);
  });
});
