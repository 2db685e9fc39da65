/**
 * The shipped rules/ folder as the build loaded, validated and compiled it (scripts/build.mjs writes
 * dist/ruleset.snapshot with v8.serialize): with it a run parses no rule YAML and loads no JSON Schema
 * validator, and each worker thread starts from it too. It is used only while it describes rules/ as
 * the folder is now (the digest of its files must match), so an edited rule file is read as before.
 * Its contents are deserialised on first use: a run whose cards all come from the cache needs only
 * the rule ids.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize } from 'node:v8';
import type { ClassifyData } from '../classify/data-types.js';
import type { Vocabulary } from '../facts/vocabulary.js';
import type { SubjectCues } from '../facts/subject/cues.js';
import { rulesetDigest } from '../provenance/digests.js';
import { defaultRulesDirectory } from './rules-directory.js';
import type { CompiledRule } from './validate-rule.js';

export const SNAPSHOT_FILE = 'ruleset.snapshot';
export const SNAPSHOT_FORMAT = 'ai-act-gate-ruleset-snapshot/2';

/** What the file holds: a small header, and the compiled contents serialised apart. */
export interface SnapshotFile {
  format: typeof SNAPSHOT_FORMAT;
  /** rulesetDigest() of the rules folder it was made from. */
  digest: string;
  ruleIds: string[];
  /** v8.serialize(SnapshotContents). */
  contents: Uint8Array;
}

export interface SnapshotContents {
  /** Each rule's `file` is its name in the folder (the folder is where the package is installed). */
  rules: CompiledRule[];
  vocabulary: Vocabulary;
  classifyData: ClassifyData;
  subjectCues: SubjectCues;
}

export interface ShippedSnapshot {
  digest: string;
  ruleIds: readonly string[];
  contents(): SnapshotContents;
}

let shipped: ShippedSnapshot | null | undefined;

/** The snapshot next to this bundle when it matches the shipped rules/ folder; null otherwise (and under ts-jest). */
export function shippedSnapshot(): ShippedSnapshot | null {
  if (shipped !== undefined) return shipped;
  shipped = null;
  const file = new URL(`./${SNAPSHOT_FILE}`, import.meta.url);
  if (!existsSync(file)) return null;
  try {
    const header = deserialize(readFileSync(file)) as Partial<SnapshotFile> | null;
    if (header?.format !== SNAPSHOT_FORMAT || !(header.contents instanceof Uint8Array) || !header.ruleIds) return null;
    if (header.digest !== rulesetDigest([defaultRulesDirectory()])) return null;
    const bytes = header.contents;
    let contents: SnapshotContents | undefined;
    shipped = {
      digest: header.digest,
      ruleIds: header.ruleIds,
      contents: () => (contents ??= deserialize(bytes) as SnapshotContents),
    };
  } catch {
    // Written by another Node's serializer, or damaged: the rule files are read instead.
  }
  return shipped;
}

/** The snapshot's rules with their files in `directory` (the shipped folder, as the caller named it). */
export function snapshotRules(contents: SnapshotContents, directory: string): CompiledRule[] {
  return contents.rules.map((rule) => ({ ...rule, file: join(directory, rule.file) }));
}
