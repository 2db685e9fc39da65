/**
 * The only way report text enters our Markdown, annotations and SARIF: card text (and anything read
 * from a report, which may come from an untrusted fork's artifact) is made inert for GitHub — no
 * @-mention pings, no issue cross-references, no HTML, no copies of our hidden marker — and every
 * URL we link is checked and built here.
 */
import type { InlineCode, PhrasingContent, Text } from 'mdast';

/** Invisible, and enough to break every GitHub autolink and HTML tag it is put into. */
const ZWJ = '\u200D';

/** Longest quote of each kind we show; a report is not trusted to keep them short. */
export const TEXT_LIMITS = { path: 300, quote: 200, message: 600, reason: 400, id: 100 } as const;

/** Shortens to at most `max` UTF-16 units, never splitting a surrogate pair, with an ellipsis. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, Math.max(0, max - 1));
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut}…`;
}

/** One line with no control or bidirectional-override characters (a "Trojan source" can't reorder it). */
export function singleLine(value: unknown): string {
  const text = typeof value === 'string' ? value : value === null || value === undefined ? '' : String(value);
  return (
    text
      .replace(/\r\n?|[\n\t\v\f\u0085\u2028\u2029]/g, ' ')
      // Control and bidirectional characters are removed on purpose: they could hide or reorder text.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
  );
}

/**
 * Card text made inert: single line, clipped, with a zero-width joiner breaking `@user` and
 * `@org/team` mentions, `#123`/`GH-123` references, `<` (so no tag, `</details>` or `<!--` survives; a lone `>` is
 * harmless), URL autolinks (which would cross-reference issues), and any copy of our marker.
 */
export function neutralise(value: unknown, max: number = TEXT_LIMITS.message): string {
  return neutraliseKeepingUrls(value, max)
    .replace(/:\/\//g, `:/${ZWJ}/`)
    .replace(/\b(www)\./gi, `$1${ZWJ}.`);
}

/**
 * The same for plain-text places that GitHub never turns into cross-references (annotations,
 * SARIF): URLs stay intact, so that one copied from there still works.
 */
export function neutraliseKeepingUrls(value: unknown, max: number = TEXT_LIMITS.message): string {
  return clip(singleLine(value), max)
    .replace(/@(?=[A-Za-z0-9])/g, `@${ZWJ}`)
    .replace(/#(?=\d)/g, `#${ZWJ}`)
    .replace(/\b(GH)-(?=\d)/gi, `$1${ZWJ}-`)
    .replace(/</g, `<${ZWJ}`)
    .replace(/\b(ai-act-gate):(report)/gi, `$1${ZWJ}:$2`);
}

/** Our own fixed wording: no escaping needed beyond what the Markdown serialiser does. */
export const plain = (value: string): Text => ({ type: 'text', value });

/** Report text as an mdast text node. */
export const cardText = (value: unknown, max?: number): Text => ({ type: 'text', value: neutralise(value, max) });

/** Report text (a path, a rule id, a tier) as inline code. */
export const cardCode = (value: unknown, max: number = TEXT_LIMITS.id): InlineCode => ({
  type: 'inlineCode',
  value: neutralise(value, max),
});

/** An http(s) URL, normalised, or null: a report may carry `javascript:` or worse. */
export function httpUrl(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

/** Children wrapped in a link when the URL is safe, bare otherwise. */
export function linked(url: string | null, children: PhrasingContent[]): PhrasingContent[] {
  const safe = httpUrl(url);
  return safe ? [{ type: 'link', url: safe, children }] : children;
}

/** Where the cards live on GitHub, for links to a card's line at the pull request's head. */
export interface SourceLocation {
  /** e.g. https://github.com */
  serverUrl?: string;
  /** owner/name */
  repository?: string;
  /** Commit the links point at, so they stay right after later pushes. */
  headSha?: string;
}

/**
 * `${serverUrl}/${repository}/blob/${headSha}/${path}#L${line}`, or null when any part is unknown or
 * malformed. Path segments are percent-encoded and `..` cannot climb out to another repository.
 */
export function blobUrl(source: SourceLocation, path: string, line?: number | null): string | null {
  const server = httpUrl(source.serverUrl)?.replace(/\/+$/, '');
  const { repository, headSha } = source;
  if (!server || !repository || !headSha) return null;
  if (!/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(repository) || !/^[0-9a-f]{7,64}$/i.test(headSha)) return null;
  const segments = singleLine(path)
    .split(/[\\/]+/)
    .filter((segment) => segment !== '' && segment !== '.')
    .map((segment) => (segment === '..' ? '%2E%2E' : encodeURIComponent(segment)));
  if (segments.length === 0) return null;
  const anchor = line !== null && line !== undefined && Number.isInteger(line) && line >= 1 ? `#L${line}` : '';
  return `${server}/${repository}/blob/${headSha}/${segments.join('/')}${anchor}`;
}

/** A positive integer line from a report, or the fallback. */
export function lineOf(value: unknown, fallback = 1): number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 ? value : fallback;
}
