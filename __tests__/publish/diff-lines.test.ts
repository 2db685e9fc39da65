/** Which head lines of a changed file are on the pull request's diff, from the `patch` GitHub lists. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { diffLines, lineOnDiff } from '../../src/publish/diff-lines.js';
import { ROOT } from '../helpers.js';

const REVIEW_FIXTURES = join(ROOT, '__tests__', 'fixtures', 'review');

const onDiff = (lines: ReturnType<typeof diffLines>, from: number, to: number) => {
  const found: string[] = [];
  for (let line = from; line <= to; line++) found.push(`${line}:${lines ? (lineOnDiff(lines, line) ?? '-') : '?'}`);
  return found;
};

describe('diffLines', () => {
  it('maps a real two-hunk patch: additions and context at their head lines, removed lines skipped', () => {
    const patch = readFileSync(join(REVIEW_FIXTURES, 'mistral-7b-instruct.patch'), 'utf8');
    const lines = diffLines({ status: 'modified', patch })!;
    // First hunk: +49,12 — three context lines, six added (the new section), three context lines.
    expect([...lines.added].slice(0, 6)).toEqual([52, 53, 54, 55, 56, 57]);
    expect(onDiff(lines, 48, 61)).toEqual([
      '48:-',
      '49:context',
      '50:context',
      '51:context',
      '52:added',
      '53:added',
      '54:added',
      '55:added',
      '56:added',
      '57:added',
      '58:context',
      '59:context',
      '60:context',
      '61:-',
    ]);
    // Second hunk: +76,9 — the removed line takes no head line; its replacement is lines 79–81.
    expect(onDiff(lines, 75, 85)).toEqual([
      '75:-',
      '76:context',
      '77:context',
      '78:context',
      '79:added',
      '80:added',
      '81:added',
      '82:context',
      '83:context',
      '84:context',
      '85:-',
    ]);
  });

  it('ignores "\\ No newline at end of file" and a trailing line break', () => {
    const lines = diffLines({
      status: 'modified',
      patch: '@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+c\n',
    })!;
    expect([...lines.added]).toEqual([2]);
    expect([...lines.context]).toEqual([1]);
  });

  it('counts a context line whose leading space was trimmed', () => {
    const lines = diffLines({ status: 'modified', patch: '@@ -3,3 +3,4 @@\n x\n\n+y\n z' })!;
    expect(onDiff(lines, 3, 7)).toEqual(['3:context', '4:context', '5:added', '6:context', '7:-']);
  });

  it('reads a renamed file’s patch against its new path’s lines', () => {
    const lines = diffLines({ status: 'renamed', patch: '@@ -10,3 +12,4 @@ intro\n a\n+b\n c\n d' })!;
    expect(onDiff(lines, 11, 16)).toEqual(['11:-', '12:context', '13:added', '14:context', '15:context', '16:-']);
  });

  it('knows no line of a changed file without a patch (binary, very large diff, pure rename)', () => {
    expect(diffLines({ status: 'modified' })).toBeNull();
    expect(diffLines({ status: 'modified', patch: null })).toBeNull();
    expect(diffLines({ status: 'renamed', patch: '' })).toBeNull();
  });

  it('puts every line of a new file on the diff, even when GitHub leaves its patch out', () => {
    const lines = diffLines({ status: 'added' })!;
    expect(lineOnDiff(lines, 1)).toBe('added');
    expect(lineOnDiff(lines, 5000)).toBe('added');
  });

  it('takes no line from a hunk header GitHub wrote without its lines', () => {
    // The pull-files example of GitHub's API description.
    const lines = diffLines({
      status: 'modified',
      patch: '@@ -132,7 +132,7 @@ module Test @@ -1000,7 +1000,7 @@ module Test',
    })!;
    expect(lines.added.size + lines.context.size).toBe(0);
  });
});
