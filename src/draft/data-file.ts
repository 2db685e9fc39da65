/** Reads a drafting data file shipped in rules/data/ (two levels above src/draft/, one above dist/). */
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';

export function readDraftData(name: string): unknown {
  const candidates = ['../../rules/data/', '../rules/data/'].map((base) => new URL(`${base}${name}`, import.meta.url));
  const found = candidates.find((url) => existsSync(url)) ?? candidates[0];
  try {
    return parse(readFileSync(found, 'utf8'));
  } catch (error) {
    throw new Error(`rules/data/${name}: ${(error as Error).message.split('\n')[0]}`, { cause: error });
  }
}

/** A list of records from a data file, each checked to have the string keys named. */
export function records<T>(value: unknown, file: string, key: string, required: string[]): T[] {
  const list = (value as Record<string, unknown> | null)?.[key];
  if (!Array.isArray(list)) throw new Error(`rules/data/${file}: expected a list under "${key}"`);
  list.forEach((item, index) => {
    for (const field of required)
      if (!item || typeof item !== 'object' || !(field in item))
        throw new Error(`rules/data/${file}: ${key}[${index}] lacks "${field}"`);
  });
  return list as T[];
}
