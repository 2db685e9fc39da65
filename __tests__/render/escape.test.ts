import { blobUrl, clip, httpUrl, neutralise } from '../../src/render/escape.js';

const ZWJ = '\u200D';

describe('neutralise', () => {
  it.each([
    ['@octocat', `@${ZWJ}octocat`],
    ['cc @octo-org/admins', `cc @${ZWJ}octo-org/admins`],
    ['see #123 and GH-45', `see #${ZWJ}123 and GH${ZWJ}-45`],
    ['</details>', `<${ZWJ}/details>`],
    ['<!-- ai-act-gate:report:default -->', `<${ZWJ}!-- ai-act-gate${ZWJ}:report:default -->`],
    ['<img src=x onerror=alert(1)>', `<${ZWJ}img src=x onerror=alert(1)>`],
    ['https://github.com/o/r/issues/1', `https:/${ZWJ}/github.com/o/r/issues/1`],
    ['line one\r\nline two\nthree', 'line one line two three'],
    ['a\u202Eb\u0000c', 'abc'],
    ['3.8e25 FLOP > 1e25 · me@example.org', `3.8e25 FLOP > 1e25 · me@${ZWJ}example.org`],
  ])('%j → %j', (input, expected) => {
    expect(neutralise(input)).toBe(expected);
  });

  it('accepts anything a report may hold', () => {
    expect(neutralise(undefined)).toBe('');
    expect(neutralise(42)).toBe('42');
  });

  it('clips long text without splitting a surrogate pair', () => {
    expect(neutralise('x'.repeat(1000), 10)).toBe(`${'x'.repeat(9)}…`);
    expect(clip('ab😀cd', 4)).toBe('ab…');
  });
});

describe('httpUrl and blobUrl', () => {
  const source = { serverUrl: 'https://github.example.com/', repository: 'o/r', headSha: 'abcdef1' };

  it('accepts only http(s) URLs', () => {
    expect(httpUrl('https://eur-lex.europa.eu/x#art_53')).toBe('https://eur-lex.europa.eu/x#art_53');
    expect(httpUrl('javascript:alert(1)')).toBeNull();
    expect(httpUrl('data:text/html,<b>')).toBeNull();
    expect(httpUrl(7)).toBeNull();
  });

  it('links a line at the head commit, encoding the path', () => {
    expect(blobUrl(source, 'models/a b/README.md', 12)).toBe(
      'https://github.example.com/o/r/blob/abcdef1/models/a%20b/README.md#L12',
    );
    expect(blobUrl(source, './models/@x/#1.md', null)).toBe(
      'https://github.example.com/o/r/blob/abcdef1/models/%40x/%231.md',
    );
  });

  it('cannot climb out of the repository or link with unknown parts', () => {
    expect(blobUrl(source, '../../other/repo/README.md', 1)).toBe(
      'https://github.example.com/o/r/blob/abcdef1/%2E%2E/%2E%2E/other/repo/README.md#L1',
    );
    expect(blobUrl({ ...source, repository: 'o/r/../x' }, 'a.md', 1)).toBeNull();
    expect(blobUrl({ ...source, headSha: 'main' }, 'a.md', 1)).toBeNull();
    expect(blobUrl({ repository: 'o/r', headSha: 'abcdef1' }, 'a.md', 1)).toBeNull();
  });
});
