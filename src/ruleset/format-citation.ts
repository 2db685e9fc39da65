/** The one place legal references become text and links ("Annex XII 1(a)", "Art. 53(1)(b)"). */
import type { Citation } from '../model/rule.js';

const ACT_URL = 'https://eur-lex.europa.eu/eli/reg/2024/1689/oj/eng';
const CODE_OF_PRACTICE_URL = 'https://digital-strategy.ec.europa.eu/en/policies/contents-code-gpai';

export function formatCitation(citation: Citation): string {
  if (citation.document) return citation.document;
  if (citation.annex) {
    const section = citation.section !== undefined ? ` §${citation.section}` : '';
    const item = citation.item !== undefined ? ` ${citation.item}` : '';
    const point = citation.point ? `(${citation.point})` : '';
    return `Annex ${citation.annex}${section}${item}${point}`.trim();
  }
  if (citation.article !== undefined) {
    const paragraph = citation.paragraph !== undefined ? `(${citation.paragraph})` : '';
    const point = citation.point ? `(${citation.point})` : '';
    return `Art. ${citation.article}${paragraph}${point}`;
  }
  return 'EU AI Act';
}

export function citationUrl(citation: Citation): string {
  if (citation.document) return CODE_OF_PRACTICE_URL;
  if (citation.annex) return `${ACT_URL}#anx_${citation.annex}`;
  if (citation.article !== undefined) return `${ACT_URL}#art_${citation.article}`;
  return ACT_URL;
}

/** All of a rule's citations, most binding first, joined for one-line output. */
export function formatCitations(citations: Citation[]): string {
  return citations.map(formatCitation).join('; ');
}

/**
 * The link of each part of a formatted citation ("Annex XII 1(b); Art. 53(1)(c)"), for reports that
 * carry only the text: every provision of a combined citation gets its own link.
 */
export function citationLinks(formatted: string): { text: string; url: string }[] {
  return formatted
    .split('; ')
    .filter(Boolean)
    .map((text) => {
      const annex = /^Annex ([IVXLC]+)\b/.exec(text);
      const article = /^Art\. (\d+)\b/.exec(text);
      const url = annex
        ? `${ACT_URL}#anx_${annex[1]}`
        : article
          ? `${ACT_URL}#art_${article[1]}`
          : /Code of Practice/i.test(text)
            ? CODE_OF_PRACTICE_URL
            : ACT_URL;
      return { text, url };
    });
}
