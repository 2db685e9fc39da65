import { parseCard } from '../../src/parse/parse-card.js';

describe('parseCard', () => {
  it('reads front matter with positions relative to the file', () => {
    const card = parseCard('---\nlicense: mit\n---\n# Title\n');
    expect(card.frontMatter?.toJS()).toEqual({ license: 'mit' });
    expect(card.positionAt(card.frontMatterOffset)).toEqual({ line: 2, column: 1 });
    expect(card.positionAt(card.bodyStart).line).toBe(3);
    expect(card.problems).toEqual([]);
  });

  it('accepts blank lines before the opening fence and keeps line numbers of the file', () => {
    const card = parseCard('\n\n---\nlicense: mit\n---\n# Title\n');
    expect(card.frontMatter?.toJS()).toEqual({ license: 'mit' });
    const heading = card.tree.children.find((node) => node.type === 'heading');
    expect(heading?.position?.start.line).toBe(6);
  });

  it('strips a BOM and handles CRLF', () => {
    const card = parseCard('\uFEFF---\r\nlicense: mit\r\n---\r\n# Title\r\n\r\nText\r\n');
    expect(card.frontMatter?.toJS()).toEqual({ license: 'mit' });
    const heading = card.tree.children.find((node) => node.type === 'heading');
    expect(heading?.position?.start.line).toBe(4);
  });

  it('turns broken YAML into a problem at its line instead of throwing', () => {
    const card = parseCard('---\nlicense: mit\ntags: [a, b\n---\n# Title\n');
    expect(card.frontMatter).toBeNull();
    expect(card.problems.length).toBeGreaterThan(0);
    expect(card.problems[0].message).toMatch(/^Front matter YAML/);
    expect(card.problems[0].position.line).toBeGreaterThanOrEqual(2);
    expect(card.problems[0].position.line).toBeLessThanOrEqual(4);
  });

  it('reports an unterminated front matter and still parses the body', () => {
    const card = parseCard('---\nlicense: mit\n\n# Title\n\nSome text.\n');
    expect(card.frontMatter).toBeNull();
    expect(card.problems[0].message).toMatch(/never closed/);
    expect(card.problems[0].position).toEqual({ line: 1, column: 1 });
    expect(card.tree.children.some((node) => node.type === 'heading')).toBe(true);
  });

  it('parses a card without front matter or headings', () => {
    const card = parseCard('Just a paragraph about a model.');
    expect(card.frontMatter).toBeNull();
    expect(card.bodyStart).toBe(0);
    expect(card.problems).toEqual([]);
  });
});
