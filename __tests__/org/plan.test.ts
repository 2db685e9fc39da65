/** The pure planning of an org scan: shards, filters, and which files of a tree are cards. */
import fc from 'fast-check';
import {
  parseShard,
  selectCards,
  selectRepositories,
  shrinkTree,
  treeBlobs,
  type ListedRepository,
} from '../../src/org/plan.js';
import { EMPTY_POLICY } from '../../src/config/types.js';
import { isTrackingIssue, renderTrackingIssue, TRACKING_MARKER } from '../../src/org/tracking-issue.js';
import type { OrgRepository } from '../../src/org/types.js';
import type { FileReport } from '../../src/model/report.js';

const repository = (fullName: string, extra: Partial<ListedRepository> = {}): ListedRepository => {
  const [owner, name] = fullName.split('/');
  return {
    owner,
    name,
    fullName,
    htmlUrl: `https://github.com/${fullName}`,
    defaultBranch: 'main',
    archived: false,
    fork: false,
    pushedAt: null,
    hasIssues: true,
    openIssues: 0,
    ...extra,
  };
};

describe('parseShard', () => {
  it('reads i/n and refuses the rest', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
    expect(parseShard(' 1 / 1 ')).toEqual({ index: 1, count: 1 });
    expect(parseShard('0/4')).toMatch(/between 1 and n/);
    expect(parseShard('5/4')).toMatch(/between 1 and n/);
    expect(parseShard('2')).toMatch(/must look like i\/n/);
    expect(parseShard('a/b')).toMatch(/must look like i\/n/);
  });
});

describe('selectRepositories', () => {
  it('leaves out archived repositories and forks unless asked', () => {
    const listed = [repository('o/c'), repository('o/a', { archived: true }), repository('o/b', { fork: true })];
    const names = (options: { includeArchived: boolean; includeForks: boolean }) =>
      selectRepositories(listed, { ...options, shard: null }).map((r) => r.fullName);
    expect(names({ includeArchived: false, includeForks: false })).toEqual(['o/c']);
    expect(names({ includeArchived: true, includeForks: true })).toEqual(['o/a', 'o/b', 'o/c']);
  });

  it('splits any listing, in any order, into n disjoint parts that cover it, the same every time', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.stringMatching(/^[a-z0-9-]{1,12}$/), { maxLength: 60 }),
        fc.integer({ min: 1, max: 7 }),
        (names, count) => {
          const listed = names.map((name) => repository(`org/${name}`));
          const reversed = [...listed].reverse();
          const parts = Array.from({ length: count }, (_, i) =>
            selectRepositories(listed, {
              includeArchived: false,
              includeForks: false,
              shard: { index: i + 1, count },
            }).map((r) => r.fullName),
          );
          const again = Array.from({ length: count }, (_, i) =>
            selectRepositories(reversed, {
              includeArchived: false,
              includeForks: false,
              shard: { index: i + 1, count },
            }).map((r) => r.fullName),
          );
          expect(again).toEqual(parts);
          expect(parts.flat().sort()).toEqual(listed.map((r) => r.fullName).sort());
          expect(
            Math.max(...parts.map((part) => part.length)) - Math.min(...parts.map((part) => part.length)),
          ).toBeLessThanOrEqual(1);
        },
      ),
    );
  });
});

describe('selectCards', () => {
  const tree = {
    sha: 't',
    truncated: false,
    tree: [
      { path: 'README.md', type: 'blob', sha: '1', size: 10, mode: '100644' },
      { path: 'models', type: 'tree', sha: '2', mode: '040000' },
      { path: 'models/a/MODEL_CARD.md', type: 'blob', sha: '3', size: 10, mode: '100644' },
      { path: 'models/b/modelcard.md', type: 'blob', sha: '4', size: 10, mode: '100644' },
      { path: 'node_modules/x/README.md', type: 'blob', sha: '5', size: 10, mode: '100644' },
      { path: 'a/.git/README.md', type: 'blob', sha: '6', size: 10, mode: '100644' },
      { path: 'docs/guide.md', type: 'blob', sha: '7', size: 10, mode: '100644' },
      { path: '.github/ai-act-gate.yml', type: 'blob', sha: '8', size: 10, mode: '100644' },
      { path: 'weights.bin', type: 'blob', sha: '9', size: 10, mode: '100644' },
      { path: 'vendor', type: 'commit', sha: '10', mode: '160000' },
    ],
  };

  it('takes card names, and README.md files to be confirmed by their text, skipping node_modules and .git', () => {
    expect(selectCards(treeBlobs(tree), EMPTY_POLICY).map((card) => [card.path, card.mustLookLikeCard])).toEqual([
      ['README.md', true],
      ['models/a/MODEL_CARD.md', false],
      ['models/b/modelcard.md', false],
    ]);
  });

  it("follows the policy's paths (Markdown only) and ignore", () => {
    const policy = { ...EMPTY_POLICY, paths: ['docs/**', 'models/**', 'weights.bin'], ignore: ['models/b/**'] };
    expect(selectCards(treeBlobs(tree), policy).map((card) => [card.path, card.mustLookLikeCard])).toEqual([
      ['docs/guide.md', false],
      ['models/a/MODEL_CARD.md', false],
    ]);
  });

  it('keeps in the cache only what a later run can select', () => {
    const shrunk = shrinkTree(tree);
    expect(shrunk).toEqual({
      sha: 't',
      truncated: false,
      tree: [
        { path: 'README.md', type: 'blob', sha: '1', size: 10 },
        { path: 'models/a/MODEL_CARD.md', type: 'blob', sha: '3', size: 10 },
        { path: 'models/b/modelcard.md', type: 'blob', sha: '4', size: 10 },
        { path: 'docs/guide.md', type: 'blob', sha: '7', size: 10 },
        { path: '.github/ai-act-gate.yml', type: 'blob', sha: '8', size: 10 },
      ],
    });
    expect(selectCards(treeBlobs(shrunk), EMPTY_POLICY)).toEqual(selectCards(treeBlobs(tree), EMPTY_POLICY));
  });
});

describe('the tracking issue', () => {
  const file = (path: string, reasons: string[]): FileReport =>
    ({
      path,
      titleLine: 1,
      tier: { id: 'gpai-systemic-risk' },
      rules: [],
      problems: [],
      gate: { blocked: true, reasons },
    }) as unknown as FileReport;
  const repo = (files: FileReport[]): OrgRepository => ({
    fullName: 'o/r',
    defaultBranch: 'main',
    htmlUrl: 'https://github.com/o/r',
    status: 'checked',
    configPath: null,
    files,
  });

  it('starts with the marker and lists the blocked cards', () => {
    const { title, body } = renderTrackingIssue(
      repo([file('models/a/README.md', ['Blocked: evaluation-results is missing'])]),
    );
    expect(title).toBe('ai-act-gate: release blocked for 1 model card');
    expect(body.split('\n')[0]).toBe(TRACKING_MARKER);
    expect(isTrackingIssue(body)).toBe(true);
    expect(body).toContain('`models/a/README.md`');
    expect(body).toContain('Blocked: evaluation-results is missing');
  });

  it('makes card text inert: no mentions, references, HTML or copies of the marker', () => {
    const hostile = `${TRACKING_MARKER} @org/team #12 <img src=x onerror=alert(1)> https://evil.example </details>`;
    const { body } = renderTrackingIssue(repo([file(`models/${hostile}/README.md`, [hostile])]));
    expect(body.split(TRACKING_MARKER)).toHaveLength(2);
    expect(body).not.toMatch(/@org|#12|<img|<\/details>|https:\/\/evil/);
    expect(isTrackingIssue(`Someone quoting\n${TRACKING_MARKER}`)).toBe(false);
  });

  it('is the same text for the same blockers, so an unchanged issue is not rewritten', () => {
    const files = [file('b/README.md', ['x']), file('a/README.md', ['y'])];
    expect(renderTrackingIssue(repo(files))).toEqual(renderTrackingIssue(repo(structuredClone(files))));
  });
});
