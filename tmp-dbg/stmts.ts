// stmts.ts CARD.md : every statement of the prose view with its mode and subject
import { readFileSync } from 'node:fs';
import { parseCard } from '../src/parse/parse-card.js';
import { extractFacts } from '../src/facts/extract-facts.js';
import { loadRuleset } from '../src/ruleset/load-rules.js';
import { statementIndex } from '../src/facts/statement-mode.js';
const [file] = process.argv.slice(2);
const facts = extractFacts(parseCard(readFileSync(file, 'utf8')), loadRuleset('rules').vocabulary) as any;
const text: string = facts.proseText ?? facts.maskedText;
const index = statementIndex(facts, text, 'prose');
for (const [a, b] of index.spansIn(facts.bodyStart, text.length)) console.log(a, index.modeAt(a), (index as any).subjectOf(a, b), JSON.stringify(text.slice(a, b)));
