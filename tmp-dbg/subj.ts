// subj.ts CARD.md "statement" : own names and whose statement it is
import { readFileSync } from 'node:fs';
import { parseCard } from '../src/parse/parse-card.js';
import { extractFacts } from '../src/facts/extract-facts.js';
import { loadRuleset } from '../src/ruleset/load-rules.js';
import { cardSubjectCues, ownNames, clauseSubjects, statementSubject } from '../src/facts/subject/index.js';
const [file, statement] = process.argv.slice(2);
const ruleset = loadRuleset('rules');
const facts = extractFacts(parseCard(readFileSync(file, 'utf8')), ruleset.vocabulary);
const cues = cardSubjectCues(facts);
const own = ownNames(facts, cues);
console.log('own', JSON.stringify(own, (k, v) => (v instanceof Set ? [...v] : v instanceof RegExp ? String(v) : v)).slice(0, 600));
for (const { clause, verdict } of clauseSubjects(statement, own, cues)) console.log(JSON.stringify(clause.text), '=>', JSON.stringify(verdict));
console.log('statement:', JSON.stringify(statementSubject(statement, own, cues)));
