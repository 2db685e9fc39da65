/**
 * The digests a report's provenance gives: of a card's bytes (SHA-256 and the git blob id), of the rule
 * files that judged it, and of the policy applied.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Policy } from '../config/types.js';
import type { CardProvenance } from './types.js';

export function sha256Hex(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** What `git hash-object` prints for these bytes: the id of the blob a repository stores them as. */
export function gitBlobId(bytes: Uint8Array): string {
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

export function cardProvenance(bytes: Uint8Array, hub?: { repo: string; revision: string }): CardProvenance {
  const provenance: CardProvenance = { sha256: sha256Hex(bytes), gitBlob: gitBlobId(bytes) };
  if (hub) provenance.hub = hub;
  return provenance;
}

/**
 * "sha256:…" over every file of the rule folders (the rules, their vocabulary and the classifier's data),
 * by path relative to its folder and content, folders in the order they are loaded.
 */
export function rulesetDigest(directories: string[]): string {
  const hash = createHash('sha256');
  directories.forEach((directory, index) => {
    for (const path of filesUnder(directory)) {
      hash.update(`${index}:${relative(directory, path).split(sep).join('/')}\0`);
      hash.update(readFileSync(path));
      hash.update('\0');
    }
  });
  return `sha256:${hash.digest('hex')}`;
}

function filesUnder(directory: string): string[] {
  const files: string[] = [];
  const walk = (folder: string): void => {
    let entries;
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) files.push(path);
    }
  };
  walk(directory);
  return files;
}

/** Where a policy was read from and where its settings sit: left out, so that the digest is of what it says. */
const LOCATION_KEYS = new Set(['sources', 'settingsFrom', 'from', 'cardPathBase', 'ruleFolders']);

/** "sha256:…" of the policy's settings as canonical JSON (sorted keys); null when no policy applies. */
export function policyDigest(policy: Policy): string | null {
  if (!policy.sources.length && !policy.asOf) return null;
  return `sha256:${sha256Hex(canonicalJson(policy))}`;
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([key, item]) => !LOCATION_KEYS.has(key) && item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
