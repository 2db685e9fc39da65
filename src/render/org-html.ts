/**
 * HTML escaping for the organisation dashboard. Everything an organisation report holds (repository
 * names, card paths, messages, evidence, errors) comes from untrusted cards or API answers: it enters
 * the page only through `html()` (text and quoted attribute values alike), never concatenated raw.
 */
import { clip, httpUrl, singleLine, TEXT_LIMITS } from './escape.js';

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
  // Not needed by HTML, but keeps `@user` out of the file's source, should it be pasted into GitHub.
  '@': '&#64;',
};

/**
 * Report text made safe for HTML text and double- or single-quoted attribute values: one line, no
 * control or bidirectional-override characters, clipped to `max` UTF-16 units, then entity-escaped.
 */
export function html(value: unknown, max: number = TEXT_LIMITS.message): string {
  return clip(singleLine(value), max).replace(/[&<>"'`@]/g, (char) => ENTITIES[char]);
}

/** An http(s) URL as an escaped attribute value, or null when the report's URL is unsafe. */
export function htmlUrl(value: unknown): string | null {
  const url = httpUrl(value);
  return url === null ? null : html(url, 2000);
}

/** `<a href=…>` around already-escaped content when the URL is safe, the content alone otherwise. */
export function htmlLink(url: unknown, content: string): string {
  const href = htmlUrl(url);
  return href ? `<a href="${href}" rel="noopener noreferrer">${content}</a>` : content;
}

/**
 * Link to a card (and line) in its repository's default branch, from the repository's own URL:
 * `${htmlUrl}/blob/${branch}/${path}#L${line}`, each segment percent-encoded, `..` neutralised.
 */
export function cardUrl(repoUrl: unknown, branch: unknown, path: unknown, line?: number | null): string | null {
  const base = httpUrl(repoUrl)?.replace(/\/+$/, '');
  if (!base || typeof branch !== 'string' || branch === '' || typeof path !== 'string') return null;
  const segments = singleLine(path)
    .split(/[\\/]+/)
    .filter((segment) => segment !== '' && segment !== '.')
    .map((segment) => (segment === '..' ? '%2E%2E' : encodeURIComponent(segment)));
  if (segments.length === 0) return null;
  const anchor = typeof line === 'number' && Number.isInteger(line) && line >= 1 ? `#L${line}` : '';
  return `${base}/blob/${encodeURIComponent(branch)}/${segments.join('/')}${anchor}`;
}
