import { createRequire as __aagCreateRequire } from 'node:module'; const require = __aagCreateRequire(import.meta.url);

// src/ruleset/format-citation.ts
var ACT_URL = "https://eur-lex.europa.eu/eli/reg/2024/1689/oj/eng";
var CODE_OF_PRACTICE_URL = "https://digital-strategy.ec.europa.eu/en/policies/contents-code-gpai";
function formatCitation(citation) {
  if (citation.document) return citation.document;
  if (citation.annex) {
    const section = citation.section !== void 0 ? ` \xA7${citation.section}` : "";
    const item = citation.item !== void 0 ? ` ${citation.item}` : "";
    const point = citation.point ? `(${citation.point})` : "";
    return `Annex ${citation.annex}${section}${item}${point}`.trim();
  }
  if (citation.article !== void 0) {
    const paragraph = citation.paragraph !== void 0 ? `(${citation.paragraph})` : "";
    const point = citation.point ? `(${citation.point})` : "";
    return `Art. ${citation.article}${paragraph}${point}`;
  }
  return "EU AI Act";
}
function citationUrl(citation) {
  if (citation.document) return CODE_OF_PRACTICE_URL;
  if (citation.annex) return `${ACT_URL}#anx_${citation.annex}`;
  if (citation.article !== void 0) return `${ACT_URL}#art_${citation.article}`;
  return ACT_URL;
}
function formatCitations(citations) {
  return citations.map(formatCitation).join("; ");
}
function citationLinks(formatted) {
  return formatted.split("; ").filter(Boolean).map((text) => {
    const annex = /^Annex ([IVXLC]+)\b/.exec(text);
    const article = /^Art\. (\d+)\b/.exec(text);
    const url = annex ? `${ACT_URL}#anx_${annex[1]}` : article ? `${ACT_URL}#art_${article[1]}` : /Code of Practice/i.test(text) ? CODE_OF_PRACTICE_URL : ACT_URL;
    return { text, url };
  });
}

// src/evaluate/gap-message.ts
var OPENING = /^(?:Missing|Incomplete)\s+/;
function splitRuleMessage(message) {
  const body = message.replace(OPENING, "");
  const cut = body.indexOf("; ");
  return cut === -1 ? { subject: body, rest: "" } : { subject: body.slice(0, cut), rest: body.slice(cut + 2) };
}
function gapMessageFor(ruleMessage, status, evidence, facetSets = []) {
  const { subject, rest } = splitRuleMessage(ruleMessage);
  if (status === "missing") return `Missing ${subject}${rest ? `; ${rest}` : ""}`;
  const parts = [];
  if (evidence) {
    const named = namedFacets(evidence.quote);
    const quote = plainQuote(evidence.quote.replace(/\s*\(names [^)]*\)\s*$/, ""));
    const shown = isThin(quote) ? richer(quote, lineQuote(evidence.text, evidence.line)) : quote;
    parts.push(`the card gives only "${shown}" (line ${evidence.line})`);
    const missing = missingFacets(named, facetSets);
    if (named.length && missing.length) parts.push(`it names ${named.join(", ")} but not ${missing.join(", ")}`);
  }
  return `Incomplete ${subject}${parts.length ? `: ${parts.join("; ")}` : ""}${rest ? `. Still ${rest}` : ""}`;
}
function namedFacets(quote) {
  const match = /\(names ([^);]*)/.exec(quote);
  return match ? match[1].split(/,\s*/).filter(Boolean) : [];
}
function missingFacets(named, facetSets) {
  if (!named.length) return [];
  const fitting = facetSets.filter((set) => named.every((name) => set.includes(name))).sort((a, b) => b.length - a.length);
  return fitting.length ? fitting[0].filter((name) => !named.includes(name)) : [];
}
var wordCount = (text) => text.match(new RegExp("[\\p{N}]*\\p{L}[\\p{L}\\p{N}]*", "gu"))?.length ?? 0;
function isThin(quote) {
  return wordCount(quote) < 5;
}
function richer(quote, line) {
  return wordCount(line) > wordCount(quote) ? line : quote;
}
function plainQuote(text) {
  return text.replace(/<[^>]{0,200}>/g, " ").replace(/!?\[([^\]]{0,200})\]\([^)\s]{0,500}\)/g, "$1").replace(/(\*\*|__|`)/g, "").replace(/\s+/g, " ").trim();
}
function lineQuote(text, line, maxLength = 160) {
  const lines = text.split("\n", line + 12);
  let quote = plainQuote(lines[line - 1] ?? "");
  if (/^#{1,6}\s/.test(lines[line - 1] ?? "") || /^\s*(?:\*\*[^*]+\*\*|__[^_]+__)\s*:?\s*$/.test(lines[line - 1] ?? "")) {
    const next = lines.slice(line).find((candidate) => /[\p{L}\p{N}]/u.test(candidate) && !/^\s*#/.test(candidate));
    if (next) quote = `${quote.replace(/^#+\s*/, "").replace(/:$/, "")}: ${plainQuote(next)}`;
  }
  return quote.length > maxLength ? `${quote.slice(0, maxLength - 1)}\u2026` : quote;
}
function facetSetsOf(matcher) {
  if (!matcher) return [];
  const sets = [];
  const visit = (node) => {
    const facets = node.facets;
    if (Array.isArray(facets) && facets.length > 1) sets.push(facets.map((facet) => facet.name));
    const children = node.matchers;
    if (Array.isArray(children)) children.forEach(visit);
  };
  visit(matcher);
  return sets;
}

export {
  citationUrl,
  formatCitations,
  citationLinks,
  gapMessageFor,
  plainQuote,
  facetSetsOf
};
