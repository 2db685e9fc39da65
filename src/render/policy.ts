/** The resolved policy as `ai-act-gate policy` prints it: every setting with the file and line it comes from. */
import type { Policy } from '../config/types.js';

export function renderPolicyText(policy: Policy, asOf: string): string {
  if (policy.sources.length === 0)
    return 'No policy file: every rule at its own severity, failing on blocked releases (gate).\n';
  const lines = [`Policy: ${policy.sources.join(' → ')} (later files override earlier ones)`, ''];
  const setting = (name: string, value: string | null, fallback: string): void => {
    const from = policy.settingsFrom?.[name as keyof NonNullable<Policy['settingsFrom']>];
    const where = value !== null && from ? `  (${from.source}:${from.line})` : '';
    lines.push(`  ${name.padEnd(13)} ${value ?? `${fallback} (default)`}${where}`);
  };
  setting('paths', policy.paths.length ? policy.paths.join(', ') : null, 'every model card found');
  setting('ignore', policy.ignore.length ? policy.ignore.join(', ') : null, 'nothing');
  setting('fail-on', policy.failOn, 'gate');
  setting('release-date', policy.releaseDate, "the card's ai_act.release_date, if any");
  setting('as-of', policy.asOf, `today, ${asOf}`);
  if (policy.ruleFolders.length) setting('rule-folders', policy.ruleFolders.join(', '), '');
  const rules = Object.entries(policy.rules).sort(([a], [b]) => a.localeCompare(b));
  if (rules.length) {
    lines.push('', 'Rules:');
    for (const [id, rule] of rules) {
      const what = rule.enabled ? `severity ${rule.severity ?? 'as shipped'}` : 'off';
      lines.push(`  ${id.padEnd(30)} ${what.padEnd(18)} ${rule.from.source}:${rule.from.line}`);
    }
  }
  if (policy.tierOverrides.length) {
    lines.push('', 'Tier overrides (the first matching applies):');
    for (const entry of policy.tierOverrides)
      lines.push(`  ${entry.path} → ${entry.tier}: ${entry.justification}  (${entry.from.source}:${entry.from.line})`);
  }
  if (policy.waivers.length) {
    lines.push('', `Waivers (as of ${policy.asOf ?? asOf}):`);
    for (const waiver of policy.waivers) {
      const state = waiver.expires < (policy.asOf ?? asOf) ? `EXPIRED on ${waiver.expires}` : `until ${waiver.expires}`;
      lines.push(
        `  ${waiver.rule} on ${waiver.path}, ${state}, owner ${waiver.owner}: ${waiver.reason}  (${waiver.from.source}:${waiver.from.line})`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}
