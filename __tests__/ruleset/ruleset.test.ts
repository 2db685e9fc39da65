/** The consistency gate (ESLint checkRuleFiles style): rules, checklist, docs and schema agree. */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, SHARED, HAVE_SHARED, shippedRuleset } from '../helpers.js';
import { renderRuleTable, renderRulePage } from '../../src/render/rule-docs.js';
import { ruleSchema } from '../../src/ruleset/rule-schema.js';
import { predicates } from '../../src/evaluate/predicates/index.js';
import { formatCitation } from '../../src/ruleset/format-citation.js';
import { VERSION } from '../../src/version.js';

const ruleset = shippedRuleset();
const CANONICAL_IDS = [
  'intended-uses',
  'acceptable-use-policy',
  'release-and-distribution',
  'external-interaction',
  'software-dependencies',
  'architecture-and-size',
  'input-output-modalities',
  'licence',
  'integration-requirements',
  'input-output-limits',
  'training-data',
  'capabilities-and-limitations',
  'model-dependencies',
  'provider-contact',
  'training-process',
  'data-governance',
  'training-compute',
  'energy-consumption',
  'copyright-policy',
  'training-content-summary',
  'authorised-representative',
  'evaluation-results',
  'adversarial-testing',
  'system-architecture',
  'systemic-risk-assessment',
  'incident-reporting',
  'cybersecurity',
  'commission-notification',
  'synthetic-content-marking',
];

describe('ruleset consistency', () => {
  it('has exactly one rule file per checklist item, named by its id', () => {
    expect(ruleset.rules.map((rule) => rule.id).sort()).toEqual([...CANONICAL_IDS].sort());
    for (const rule of ruleset.rules) expect(rule.file.endsWith(`${rule.id}.yaml`)).toBe(true);
  });

  (HAVE_SHARED ? it : it.skip)('matches the ids of ../shared/reference/checklist.md', () => {
    const checklist = readFileSync(join(SHARED, 'reference', 'checklist.md'), 'utf8');
    const ids = [...checklist.matchAll(/^\| `([a-z-]+)` \|/gm)]
      .map((m) => m[1])
      .filter((id) => !id.startsWith('gpai') && !['not-gpai', 'modification', 'unknown'].includes(id));
    expect(ids.sort()).toEqual([...CANONICAL_IDS].sort());
  });

  it('renders every citation as a provision', () => {
    for (const rule of ruleset.rules) {
      for (const citation of rule.citations)
        expect(formatCitation(citation)).toMatch(/^(Art\. \d+|Annex [IVX]+|GPAI Code of Practice)/);
    }
  });

  it('uses every named predicate, and only known ones', () => {
    const used = new Set<string>();
    for (const rule of ruleset.rules) {
      if (rule.requiredWhen) used.add(rule.requiredWhen);
      const text = readFileSync(rule.file, 'utf8');
      for (const match of text.matchAll(/predicate: ([a-z-]+)/g)) used.add(match[1]);
    }
    expect([...used].sort()).toEqual(Object.keys(predicates).sort());
  });

  it('keeps README rule table, docs/rules pages and schema/rule.schema.json fresh (npm run docs)', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(readme).toContain(renderRuleTable(ruleset.rules));
    for (const rule of ruleset.rules) {
      const page = join(ROOT, 'docs', 'rules', `${rule.id}.md`);
      expect(existsSync(page)).toBe(true);
      expect(readFileSync(page, 'utf8')).toBe(renderRulePage(rule));
    }
    expect(readdirSync(join(ROOT, 'docs', 'rules')).length).toBe(ruleset.rules.length);
    expect(JSON.parse(readFileSync(join(ROOT, 'schema', 'rule.schema.json'), 'utf8'))).toEqual(ruleSchema);
  });

  it('keeps the version equal to package.json', () => {
    expect(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version).toBe(VERSION);
  });
});
