/** Collects links with the words they are labelled with: rules look for "a link labelled as X". */
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { Link } from '../model/card.js';
import type { Position } from '../model/position.js';

const HTML_ANCHOR = /<a\b[^>]*?href\s*=\s*["']([^"']{1,2000})["'][^>]*>([\s\S]{0,500}?)<\/a>/gi;
const MAX_LINKS = 2000;

export function collectLinks(tree: Root, positionAt: (offset: number) => Position): Link[] {
  const links: Link[] = [];
  const definitions = new Map<string, string>();
  visit(tree, 'definition', (node) => {
    definitions.set(node.identifier.toLowerCase(), node.url);
  });
  visit(tree, (node, _index, parent) => {
    if (links.length >= MAX_LINKS) return false;
    const offset = node.position?.start.offset;
    if (offset === undefined) return;
    if (node.type === 'link') {
      let label = toString(node).trim();
      // A bare URL is labelled by the sentence around it.
      if (!label || label === node.url) label = parent ? toString(parent).slice(0, 300) : node.url;
      links.push({ url: node.url, label, position: positionAt(offset) });
    } else if (node.type === 'linkReference') {
      const url = definitions.get(node.identifier.toLowerCase());
      if (url) links.push({ url, label: toString(node).trim(), position: positionAt(offset) });
    } else if (node.type === 'html') {
      HTML_ANCHOR.lastIndex = 0;
      for (let match = HTML_ANCHOR.exec(node.value); match; match = HTML_ANCHOR.exec(node.value)) {
        const label = match[2].replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
        links.push({ url: match[1], label, position: positionAt(offset + match.index) });
      }
    }
  });
  return links;
}
