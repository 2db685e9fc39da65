/** Positions of YAML nodes by JSON pointer, for errors that name the line a schema complaint is about. */
import { isMap, isSeq, type Document, type Node as YamlNode } from 'yaml';

/** Offset of the YAML node at a JSON pointer, falling back to its nearest existing parent. */
export function offsetOf(document: Document, pointer: string): number {
  let node: unknown = document.contents;
  let offset = (node as YamlNode | null)?.range?.[0] ?? 0;
  for (const segment of pointer.split('/').filter(Boolean)) {
    if (isMap(node)) {
      const pair = node.items.find((item) => String((item.key as { value?: unknown })?.value ?? item.key) === segment);
      if (!pair) break;
      offset = (pair.key as YamlNode)?.range?.[0] ?? offset;
      node = pair.value;
    } else if (isSeq(node)) {
      node = node.items[Number(segment)];
      offset = (node as YamlNode | undefined)?.range?.[0] ?? offset;
    } else break;
  }
  return offset;
}

/** The first schema error of an Ajv validator as "path message (detail)". */
export function describeSchemaError(
  error: { instancePath?: string; message?: string; params?: Record<string, unknown> } | undefined,
  what: string,
): string {
  const path = error?.instancePath ?? '';
  const params = error?.params ?? {};
  const allowed = 'allowedValues' in params ? `: expected ${(params.allowedValues as string[]).join(' | ')}` : '';
  const constant = 'allowedValue' in params ? `: expected ${JSON.stringify(params.allowedValue)}` : '';
  const extra = 'additionalProperty' in params ? ` ("${String(params.additionalProperty)}")` : '';
  return `${path || what} ${error?.message ?? 'is invalid'}${extra}${allowed}${constant}`;
}
