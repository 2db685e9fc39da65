import { maskText } from '../../src/facts/mask.js';

describe('maskText', () => {
  it('blanks comments, boilerplate and front matter but keeps offsets and newlines', () => {
    const text = '---\nlicense: mit\n---\n<!-- Provide a summary -->\nReal text [More Information Needed]\n';
    const masked = maskText(text, 20, [/\[More Information Needed\]/gi]);
    expect(masked.length).toBe(text.length);
    expect(masked.split('\n').length).toBe(text.split('\n').length);
    expect(masked).not.toContain('license');
    expect(masked).not.toContain('Provide');
    expect(masked).not.toContain('More Information');
    expect(masked).toContain('Real text');
  });

  it('blanks an unterminated comment to the end', () => {
    const masked = maskText('text <!-- open comment\nmore', 0, []);
    expect(masked.startsWith('text ')).toBe(true);
    expect(masked).not.toContain('open');
    expect(masked).not.toContain('more');
  });
});
