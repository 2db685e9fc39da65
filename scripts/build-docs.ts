/** Regenerates docs/rules/<id>.md, the README rule table and schema/rule.schema.json from rules/. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadRuleset } from '../src/ruleset/load-rules.js';
import { renderRulePage, renderRuleTable, replaceRuleTable } from '../src/render/rule-docs.js';
import { ruleSchema } from '../src/ruleset/rule-schema.js';
import { configSchema } from '../src/config/config-schema.js';

const { rules } = loadRuleset('rules');
mkdirSync('docs/rules', { recursive: true });
for (const rule of rules) writeFileSync(`docs/rules/${rule.id}.md`, renderRulePage(rule));
writeFileSync('README.md', replaceRuleTable(readFileSync('README.md', 'utf8'), renderRuleTable(rules)));
writeFileSync('schema/rule.schema.json', `${JSON.stringify(ruleSchema, null, 2)}\n`);
writeFileSync('schema/config.schema.json', `${JSON.stringify(configSchema, null, 2)}\n`);
console.log(`docs: ${rules.length} rules`);
