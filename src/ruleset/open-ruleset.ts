/**
 * The ruleset for a run: the shipped rules from the build's snapshot when it is current, else the rule
 * files loaded and validated (src/ruleset/load-rules.ts, imported only then: it brings the JSON Schema
 * validator and the regular-expression safety analysis, which a run of the shipped rules never needs).
 */
import type { Ruleset } from './load-rules.js';
import { defaultRulesDirectory, isBundledFolder } from './rules-directory.js';
import { shippedSnapshot, snapshotRules } from './snapshot.js';

export async function openRuleset(directory?: string, extraDirectories: readonly string[] = []): Promise<Ruleset> {
  const shipped = extraDirectories.length === 0 && (directory === undefined || isBundledFolder(directory));
  const snapshot = shipped ? shippedSnapshot() : null;
  if (snapshot) {
    const folder = directory ?? defaultRulesDirectory();
    return {
      rules: snapshotRules(snapshot, folder),
      vocabulary: snapshot.vocabulary,
      directory: folder,
      extraDirectories: [],
    };
  }
  const { loadRuleset } = await import('./load-rules.js');
  return loadRuleset(directory, extraDirectories);
}
