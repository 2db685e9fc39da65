/**
 * Admonitions of documentation sites, read as the text they frame: a Docusaurus fence (":::note Title" … ":::"),
 * an MkDocs block ('!!! tip "Title"' over indented lines) or a GitHub alert ("> [!NOTE]"). The fences are no
 * content; a title is a sentence of its own; a tip or hint is labelled "Tip:", as a card writes advice. Same
 * length as the text and line for line, so every line keeps its place; a title moves to where its marker began.
 */

/** A Docusaurus fence: ":::note", ":::tip Before you start", ":::" closing. */
const DOCUSAURUS_FENCE = /^([ \t]*)(:{3,}[ \t]*)([A-Za-z]+)?([ \t]+[^\n]*?)?([ \t]*)$/gm;
/** An MkDocs admonition's opening line: '!!! warning "Known issues"', '??? note', '???+ tip'. */
const MKDOCS_OPENING = /^([ \t]*)((?:!!!|\?\?\?\+?)[ \t]+)([A-Za-z-]+)(?:([ \t]+)"([^"\n]*)")?([ \t]*)$/gm;
/** A GitHub alert's marker: "> [!NOTE]". */
const GITHUB_ALERT = /^([ \t]*>[ \t]*)(\[!(?:NOTE|TIP|IMPORTANT|WARNING|CAUTION)\])/gim;
/** Kinds of admonition that give advice. */
const ADVICE_KIND = /^(?:tip|tips|hint|hints)$/i;
const SENTENCE_END = /[.!?:]$/;

export function readAdmonitions(text: string): string {
  let read = text;
  if (read.includes(':::'))
    read = read.replace(DOCUSAURUS_FENCE, (whole, indent: string, fence: string, kind = '', title = '') =>
      framed(whole.length, indent, kind, title.trim()),
    );
  // An MkDocs block's lines are indented under its opening line: that line keeps words ("Danger: Excluded."), or the
  // block below it would read as code.
  if (read.includes('!!!') || read.includes('???'))
    read = read.replace(MKDOCS_OPENING, (whole, indent: string, _marker: string, kind: string, _gap, title = '') => {
      const label = ADVICE_KIND.test(kind) ? 'Tip:' : `${kind[0].toUpperCase()}${kind.slice(1).toLowerCase()}:`;
      const named = title.trim() ? ` ${title.trim()}${SENTENCE_END.test(title.trim()) ? '' : '.'}` : '';
      return `${indent}${label}${named}`.padEnd(whole.length, ' ').slice(0, whole.length);
    });
  if (read.includes('[!'))
    read = read.replace(GITHUB_ALERT, (_whole, quote: string, alert: string) => quote + ' '.repeat(alert.length));
  return read;
}

/**
 * A Docusaurus fence of `length` characters rewritten: its marker dropped or, for a tip, labelled "Tip:"; its title
 * closed as a sentence; spaces to the same length.
 */
function framed(length: number, indent: string, kind: string, title: string): string {
  const label = ADVICE_KIND.test(kind) ? 'Tip:' : '';
  const named = title ? `${label ? ' ' : ''}${title}${SENTENCE_END.test(title) ? '' : '.'}` : '';
  // The words start where the marker did: moved right, they could read as an indented code block.
  return `${indent}${label}${named}`.padEnd(length, ' ').slice(0, length);
}
