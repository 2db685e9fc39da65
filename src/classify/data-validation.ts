/** Small validators for the classifier's YAML tables: errors name the file, the key path and what was expected. */

export interface Where {
  file: string;
  path: string;
}

function fail(where: Where, expected: string, value: unknown): never {
  const got = value === undefined ? 'nothing' : JSON.stringify(value)?.slice(0, 60);
  throw new Error(`${where.file}: ${where.path || '(top level)'}: expected ${expected}, got ${got}`);
}

/** A YAML mapping as a Map; `key` narrows `where` to a child. */
export function record(value: unknown, where: Where, key?: string): Map<string, unknown> {
  const at = key ? { ...where, path: where.path ? `${where.path}.${key}` : key } : where;
  if (!value || typeof value !== 'object' || Array.isArray(value)) fail(at, 'a mapping', value);
  return new Map(Object.entries(value as Record<string, unknown>));
}

export function list<T>(value: unknown, where: Where, item: (value: unknown, where: Where) => T): T[] {
  if (!Array.isArray(value)) fail(where, 'a list', value);
  return value.map((entry, index) => item(entry, { ...where, path: `${where.path}[${index}]` }));
}

export function requireString(value: unknown, where: Where): string {
  if (typeof value !== 'string' || !value.trim()) fail(where, 'a non-empty string', value);
  return value;
}

export function requireNumber(value: unknown, where: Where): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) fail(where, 'a positive number', value);
  return value;
}

/** A case-insensitive regular expression; a broken one is reported with its place. */
export function regex(value: unknown, where: Where, flags = 'i'): RegExp {
  const source = requireString(value, where);
  try {
    return new RegExp(source, flags);
  } catch (error) {
    throw new Error(`${where.file}: ${where.path}: invalid regular expression: ${(error as Error).message}`, {
      cause: error,
    });
  }
}

export function regexList(value: unknown, where: Where): RegExp[] {
  return list(value, where, (item, itemWhere) => regex(item, itemWhere));
}
