/**
 * Blanks what must not count as evidence — HTML comments (template instructions), template
 * boilerplate, and the front matter — with spaces, keeping every offset and newline in place.
 */
const HTML_COMMENT = /<!--[\s\S]*?(?:-->|$)/g;

export function maskText(text: string, bodyStart: number, boilerplate: RegExp[]): string {
  let masked = blank(text.slice(0, bodyStart)) + text.slice(bodyStart);
  masked = masked.replace(HTML_COMMENT, blank);
  for (const pattern of boilerplate) masked = masked.replace(pattern, blank);
  return masked;
}

function blank(span: string): string {
  return span.replace(/[^\r\n]/g, ' ');
}
