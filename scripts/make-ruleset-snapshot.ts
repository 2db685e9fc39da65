/**
 * node scripts/run-ts.mjs scripts/make-ruleset-snapshot.ts RULES_DIR OUT_FILE
 *
 * Loads and validates the shipped rules folder (rules, vocabulary, the classifier's data and the
 * statement-subject cues) as a run would, and writes it compiled, with v8.serialize, to OUT_FILE
 * (dist/ruleset.snapshot; see src/ruleset/snapshot.ts). A broken rule file fails the build.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { serialize } from 'node:v8';
import { loadRuleset } from '../src/ruleset/load-rules.js';
import { parseClassifyData } from '../src/classify/classify-data.js';
import { parseSubjectCues } from '../src/facts/subject/cues.js';
import { rulesetDigest } from '../src/provenance/digests.js';
import { SNAPSHOT_FORMAT, type SnapshotContents, type SnapshotFile } from '../src/ruleset/snapshot.js';

const [rulesArgument, outFile] = process.argv.slice(2);
if (!rulesArgument || !outFile) throw new Error('usage: make-ruleset-snapshot.ts RULES_DIR OUT_FILE');
const rulesDirectory = resolve(rulesArgument);

const ruleset = loadRuleset(rulesDirectory);
const contents: SnapshotContents = {
  rules: ruleset.rules.map((rule) => ({ ...rule, file: basename(rule.file) })),
  vocabulary: ruleset.vocabulary,
  classifyData: parseClassifyData((name) => readFileSync(join(rulesDirectory, 'data', name), 'utf8')),
  subjectCues: parseSubjectCues(readFileSync(join(rulesDirectory, 'vocabulary', 'statement-subject.yaml'), 'utf8')),
};
assertPlainData(contents, 'snapshot');
const file: SnapshotFile = {
  format: SNAPSHOT_FORMAT,
  digest: rulesetDigest([rulesDirectory]),
  ruleIds: ruleset.rules.map((rule) => rule.id),
  contents: serialize(canonical(contents)),
};
const bytes = serialize(file);
// Paths of this machine would be wrong where the package is installed.
if (bytes.includes(Buffer.from(rulesDirectory, 'latin1')))
  throw new Error(`the ruleset snapshot names ${rulesDirectory}; store paths relative to the rules folder`);
writeFileSync(outFile, bytes);

/**
 * v8.serialize keeps plain objects, arrays, Maps, Sets and RegExps; a class instance would come back
 * without its methods and a function not at all, so either fails the build here.
 */
function assertPlainData(value: unknown, path: string, seen = new Set<unknown>()): void {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'function' || typeof value === 'symbol')
      throw new Error(`${path}: a ${typeof value} cannot be kept in the ruleset snapshot`);
    return;
  }
  if (seen.has(value)) return;
  seen.add(value);
  if (value instanceof RegExp) return;
  const prototype = Object.getPrototypeOf(value) as unknown;
  if (value instanceof Map) {
    for (const [key, item] of value) {
      assertPlainData(key, `${path} key`, seen);
      assertPlainData(item, `${path}[${String(key)}]`, seen);
    }
    return;
  }
  if (value instanceof Set) {
    for (const item of value) assertPlainData(item, `${path} item`, seen);
    return;
  }
  if (prototype !== Object.prototype && prototype !== Array.prototype && prototype !== null)
    throw new Error(`${path}: an instance of ${value.constructor.name} cannot be kept in the ruleset snapshot`);
  for (const [key, item] of Object.entries(value)) assertPlainData(item, `${path}.${key}`, seen);
}

/**
 * The same data in one representation, so that the same rules give the same bytes: v8.serialize writes a
 * string as it is held (one or two bytes a character, as its source left it) and an array as its elements
 * are kept (dense or by index), which vary from run to run. Shared objects stay shared.
 */
function canonical(value: unknown, copies = new Map<object, unknown>()): unknown {
  if (typeof value === 'string') return Buffer.from(value, 'utf8').toString('utf8');
  if (value === null || typeof value !== 'object') return value;
  const done = copies.get(value);
  if (done !== undefined) return done;
  if (value instanceof RegExp) {
    const copy = new RegExp(canonical(value.source) as string, value.flags);
    copies.set(value, copy);
    return copy;
  }
  if (value instanceof Map) {
    const copy = new Map<unknown, unknown>();
    copies.set(value, copy);
    for (const [key, item] of value) copy.set(canonical(key, copies), canonical(item, copies));
    return copy;
  }
  if (value instanceof Set) {
    const copy = new Set<unknown>();
    copies.set(value, copy);
    for (const item of value) copy.add(canonical(item, copies));
    return copy;
  }
  if (Array.isArray(value)) {
    const copy: unknown[] = [];
    copies.set(value, copy);
    for (const item of value) copy.push(canonical(item, copies));
    return copy;
  }
  const copy: Record<string, unknown> = Object.getPrototypeOf(value) === null ? Object.create(null) : {};
  copies.set(value, copy);
  for (const [key, item] of Object.entries(value)) copy[canonical(key) as string] = canonical(item, copies);
  return copy;
}
