/**
 * The classifier's data tables (rules/data/*.yaml): parsed and validated from YAML text, so the CLI,
 * the bundle and the tests can all feed them; `readDataFile` is the only I/O.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import {
  parseAccelerators,
  parseAnnexIii,
  parseArt5,
  parseLicences,
  parseModalities,
  parseTaskTable,
  parseTextCues,
} from './data-tables.js';
import { parseKnownModels } from './data-known-models.js';
import type { ClassifyData } from './data-types.js';
import { requireString, type Where } from './data-validation.js';
import { shippedSnapshot } from '../ruleset/snapshot.js';

export * from './data-types.js';

export const DATA_FILES = [
  'accelerators.yaml',
  'licences.yaml',
  'narrow-tasks.yaml',
  'generative-tasks.yaml',
  'annex-iii.yaml',
  'art-5.yaml',
  'text-cues.yaml',
  'known-models.yaml',
] as const;
export type DataFileName = (typeof DATA_FILES)[number];

/**
 * Reads one data file shipped with the package (the classifier's only I/O): rules/ sits two levels above
 * this module in src/classify/, one level above the bundle in dist/.
 */
export function readDataFile(name: DataFileName): string {
  const candidates = ['../../rules/data/', '../rules/data/'].map((base) => new URL(`${base}${name}`, import.meta.url));
  const found = candidates.find((url) => existsSync(url)) ?? candidates[0];
  return readFileSync(found, 'utf8');
}

/** Parses and validates every data file; errors name the file and the key path. */
export function parseClassifyData(readText: (name: DataFileName) => string): ClassifyData {
  const load = (name: DataFileName): [unknown, Where] => {
    const where: Where = { file: `rules/data/${name}`, path: '' };
    try {
      return [parse(readText(name)), where];
    } catch (error) {
      throw new Error(`${where.file}: not valid YAML: ${(error as Error).message.split('\n')[0]}`, {
        cause: error,
      });
    }
  };
  return {
    accelerators: parseAccelerators(...load('accelerators.yaml')),
    licences: parseLicences(...load('licences.yaml')),
    narrowTasks: parseTaskTable(...load('narrow-tasks.yaml'), 'task', (value, where) => requireString(value, where)),
    generativeTasks: parseTaskTable(...load('generative-tasks.yaml'), 'modality', parseModalities),
    annexIii: parseAnnexIii(...load('annex-iii.yaml')),
    prohibitedPractices: parseArt5(...load('art-5.yaml')),
    cues: parseTextCues(...load('text-cues.yaml')),
    knownModels: parseKnownModels(...load('known-models.yaml')),
  };
}

let cached: ClassifyData | undefined;

/** The tables shipped in rules/data, read once (or taken from the build's snapshot of them). */
export function classifyData(): ClassifyData {
  cached ??= shippedSnapshot()?.contents().classifyData ?? parseClassifyData(readDataFile);
  return cached;
}
