/** Flattens a parsed front matter into dotted key paths with positions, so rules can name any key. */
import { isMap, isPair, isScalar, isSeq, type Document, type Node as YamlNode } from 'yaml';
import type { MetadataEntry } from '../model/card.js';
import type { Position } from '../model/position.js';

/** Beyond this many entries the rest of a (hostile) front matter is ignored. */
const MAX_ENTRIES = 5000;

export function flattenMetadata(
  document: Document | null,
  yamlOffset: number,
  positionAt: (offset: number) => Position,
): Map<string, MetadataEntry> {
  const entries = new Map<string, MetadataEntry>();
  if (!document || !document.contents) return entries;
  const toValue = (node: YamlNode): unknown => {
    try {
      return node.toJSON(undefined, { maxAliasCount: 100 } as never);
    } catch {
      return undefined;
    }
  };
  const visitNode = (node: unknown, path: string, keyOffset: number | undefined, depth: number): void => {
    if (entries.size >= MAX_ENTRIES || depth > 20 || !node || typeof node !== 'object') return;
    const yamlNode = node as YamlNode;
    const offset = keyOffset ?? yamlNode.range?.[0] ?? 0;
    if (path) {
      const position = positionAt(yamlOffset + offset);
      // Scalars convert cheaply; collections are converted when (if ever) read.
      entries.set(
        path,
        isScalar(yamlNode) ? { value: toValue(yamlNode), position } : lazyEntry(() => toValue(yamlNode), position),
      );
    }
    if (isMap(yamlNode)) {
      for (const pair of yamlNode.items) {
        if (!isPair(pair)) continue;
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        const keyStart = isScalar(pair.key) ? pair.key.range?.[0] : undefined;
        visitNode(pair.value, path ? `${path}.${key}` : key, keyStart, depth + 1);
        if (!pair.value && !entries.has(path ? `${path}.${key}` : key)) {
          entries.set(path ? `${path}.${key}` : key, {
            value: null,
            position: positionAt(yamlOffset + (keyStart ?? 0)),
          });
        }
      }
    } else if (isSeq(yamlNode)) {
      yamlNode.items.forEach((item, index) => visitNode(item, `${path}.${index}`, undefined, depth + 1));
    }
  };
  visitNode(document.contents, '', undefined, 0);
  return entries;
}

/**
 * An entry whose value is converted on first read. Converting every node eagerly re-converts
 * each subtree once per ancestor (toJSON is recursive), while rules read only a few keys.
 */
function lazyEntry(convert: () => unknown, position: Position): MetadataEntry {
  let value: unknown;
  let converted = false;
  return {
    get value(): unknown {
      if (!converted) {
        value = convert();
        converted = true;
      }
      return value;
    },
    set value(next: unknown) {
      value = next;
      converted = true;
    },
    position,
  };
}
