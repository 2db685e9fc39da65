import { readFileSync } from 'node:fs';
import { compileSubjectVocabulary } from '../src/facts/vocabulary.js';
import { subjectZone } from '../src/facts/subject/statement.js';
import { otherModelMentions } from '../src/facts/subject/index.js';
const cues = compileSubjectVocabulary(readFileSync('rules/vocabulary/statement-subject.yaml', 'utf8'));
const t = process.argv[2];
const zone = subjectZone(t, cues);
console.log(JSON.stringify(zone), JSON.stringify(otherModelMentions(zone ?? t, { keys: ['aurel3'], families: new Set() }, cues)));
