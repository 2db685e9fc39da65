/**
 * Front-matter keys that name a duty are read like labels: one level inside a provider's own block too,
 * never when the key is about the base model or the Act's thresholds, and with what the value does
 * (a denial or a template slot is no answer).
 */
import { extractFacts } from '../../src/facts/extract-facts.js';
import { checkCard } from '../../src/lint.js';
import { parseCard } from '../../src/parse/parse-card.js';
import { shippedRuleset } from '../helpers.js';

const ruleset = shippedRuleset();
const card = (frontMatter: string) => `---\n${frontMatter}---\n# Aurel-3\n\nA language model.\n`;
const regionsOf = (frontMatter: string) =>
  extractFacts(parseCard(card(frontMatter)), ruleset.vocabulary).regions.filter((r) => r.kind === 'front-matter');
const statusOf = (frontMatter: string, rule: string) =>
  checkCard('card.md', card(frontMatter), ruleset).rules.find((candidate) => candidate.id === rule)?.status;

describe('front-matter keys as labels', () => {
  it("reads a key inside a provider's block by its own name, but not a list's entries or model-index", () => {
    const regions = regionsOf('eu_ai_act:\n  authorised_representative: "Rep B.V., Utrecht"\ntags:\n  - energy\n');
    const inner = regions.find((region) => region.title === 'eu_ai_act.authorised_representative');
    expect(inner?.topics).toContain('authorised-representative');
    expect(regions.some((region) => region.title.startsWith('tags'))).toBe(false);
  });

  it("skips keys about the base model or the Act's thresholds", () => {
    expect(regionsOf('base_model_license: apache-2.0\n')).toEqual([]);
    expect(regionsOf('eu_ai_act:\n  systemic_risk_threshold_flops: 1.0e+25\n')).toEqual([]);
    // The block keeps its other keys.
    const [block] = regionsOf('eu_ai_act:\n  gpai_threshold_flops: 1.0e+23\n  commission_notified: yes\n');
    expect(block.value).toBe('{"commission_notified":"yes"}');
  });

  it('reads numbers, and gives each value its mode', () => {
    const [compute] = regionsOf('training_flops: 3.2e+23\n');
    expect(compute.value).toBe('3.2e+23');
    expect(regionsOf('energy_use: not tracked\n')[0].valueMode).toBe('negated');
    // A block whose every value is a template slot says nothing.
    expect(regionsOf('incident_reporting:\n  email: "{{ incident_email }}"\n')).toEqual([]);
  });

  it('meets a duty with a figure under a key that names it, and not with a denial', () => {
    expect(statusOf('training_flops: 3.2e+23\n', 'training-compute')).toBe('met');
    expect(statusOf('max_context_tokens: 65536\n', 'input-output-limits')).toBe('met');
    expect(statusOf('co2_eq_emissions: not tracked\n', 'energy-consumption')).toBe('missing');
  });
});
