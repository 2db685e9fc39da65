/** Collects links with the words they are labelled with: rules look for "a link labelled as X". */
import type { Root, Nodes, Parents } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Link } from '../model/card.js';
import type { Position } from '../model/position.js';

const HTML_ANCHOR = /<a\b[^>]*?href\s*=\s*["']([^"']{1,2000})["'][^>]*>([\s\S]{0,500}?)<\/a>/gi;
const MAX_LINKS = 2000;

export function collectLinks(tree: Root, positionAt: (offset: number) => Position): Link[] {
  const links: Link[] = [];
  const definitions = new Map<string, string>();
  walk(tree, (node) => {
    if (node.type === 'definition') definitions.set(node.identifier.toLowerCase(), node.url);
    return true;
  });
  // Document order; the walk stops once MAX_LINKS links are kept.
  walk(tree, (node, parent) => {
    if (links.length >= MAX_LINKS) return false;
    // "~~https://example.org/aup-v1~~": a struck-through link is withdrawn.
    if (node.type === 'delete') return 'skip';
    const offset = node.position?.start.offset;
    if (offset === undefined) return true;
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
        const label = match[2]
          .replace(/<[^>]*>/g, ' ')
          .replace(/\s+/g, ' ')
          .trim();
        links.push({ url: match[1], label, position: positionAt(offset + match.index) });
      }
    }
    return true;
  });
  return links;
}

/**
 * Visits every node in document order until the visitor returns false ("skip": not below this node). A plain recursion: the
 * generic unist visitor copies the ancestor list at every node, which showed up in profiles.
 */
function walk(tree: Root, visitor: (node: Nodes, parent: Parents | undefined) => boolean | 'skip'): void {
  const visit = (node: Nodes, parent: Parents | undefined): boolean => {
    const verdict = visitor(node, parent);
    if (verdict === false) return false;
    if (verdict === 'skip') return true;
    const children = (node as Parents).children as Nodes[] | undefined;
    if (children) {
      for (const child of children) if (!visit(child, node as Parents)) return false;
    }
    return true;
  };
  visit(tree, undefined);
}
