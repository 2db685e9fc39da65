/**
 * The ruleset for a run: the shipped rules from the build's snapshot when it is current, else the rule
 * files loaded and validated (src/ruleset/load-rules.ts, imported only then: it brings the JSON Schema
 * validator and the regular-expression safety analysis, which a run of the shipped rules never needs).
 */
import type { Ruleset } from './load-rules.js';
import { defaultRulesDirectory, isBundledFolder } from './rules-directory.js';
import { shippedSnapshot, snapshotRules, type ShippedSnapshot } from './snapshot.js';

/** Rulesets made from the snapshot, with its header. */
const fromSnapshot = new WeakMap<Ruleset, ShippedSnapshot>();

export async function openRuleset(directory?: string, extraDirectories: readonly string[] = []): Promise<Ruleset> {
  const shipped = extraDirectories.length === 0 && (directory === undefined || isBundledFolder(directory));
  const snapshot = shipped ? shippedSnapshot() : null;
  if (snapshot) return snapshotRuleset(snapshot, directory ?? defaultRulesDirectory());
  const { loadRuleset } = await import('./load-rules.js');
  return loadRuleset(directory, extraDirectories);
}

/** The rules and vocabulary are deserialised when first read (a run served from the cache may never read them). */
function snapshotRuleset(snapshot: ShippedSnapshot, directory: string): Ruleset {
  let rules: Ruleset['rules'] | undefined;
  const ruleset: Ruleset = {
    get rules() {
      return (rules ??= snapshotRules(snapshot.contents(), directory));
    },
    get vocabulary() {
      return snapshot.contents().vocabulary;
    },
    directory,
    extraDirectories: [],
  };
  fromSnapshot.set(ruleset, snapshot);
  return ruleset;
}

/** The ids of a ruleset's rules, in order, without compiling a snapshot's rules for them. */
export function ruleIdsOf(ruleset: Ruleset): readonly string[] {
  return fromSnapshot.get(ruleset)?.ruleIds ?? ruleset.rules.map((rule) => rule.id);
}

/** Whether the ruleset is the build's snapshot of the shipped rules, which a worker thread can open itself. */
export function isShippedRuleset(ruleset: Ruleset): boolean {
  return fromSnapshot.has(ruleset);
}
