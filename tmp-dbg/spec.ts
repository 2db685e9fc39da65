import { specificityOfText } from '../src/facts/specificity.js';
console.log(JSON.stringify(specificityOfText(process.argv[2])));
