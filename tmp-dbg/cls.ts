import { classifyStatement } from '../src/facts/statement-mode.js';
for (const s of process.argv.slice(2)) console.log(classifyStatement(s), '|', s);
