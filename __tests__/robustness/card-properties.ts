/**
 * Property-based checks of the core, shared by the short run in `npm test` and by `npm run fuzz`:
 * random Markdown and YAML cards (and real corpus cards mutated) never make `checkCard` throw,
 * every line in the report points inside the file, and the JSON report is valid against its schema.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { checkCard, buildReport } from '../../src/lint.js';
import type { Ruleset } from '../../src/ruleset/load-rules.js';

// ---------------------------------------------------------------- arbitraries

const word = fc.oneof(
  fc.constantFrom(
    'model',
    'training',
    'data',
    'licence',
    'license',
    'MIT',
    'parameters',
    '7B',
    '1e24',
    'FLOPs',
    'GPU',
    'hours',
    'H100',
    'intended',
    'uses',
    'limitations',
    'bias',
    'contact',
    'developed by',
    'Example Labs',
    'evaluation',
    'accuracy',
    'tokens',
    '15T',
    'systemic risk',
    'general-purpose',
    'AI Act',
    'Art. 53',
    'energy',
    'kWh',
    'CO2',
    'fine-tuned',
    'base model',
    'copyright',
    '@user',
  ),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 6 }),
);
const words = fc.array(word, { maxLength: 12 }).map((parts) => parts.join(' '));
const heading = fc.tuple(fc.integer({ min: 1, max: 7 }), words).map(([depth, text]) => `${'#'.repeat(depth)} ${text}`);
const listItem = fc
  .tuple(fc.integer({ min: 0, max: 6 }), fc.constantFrom('-', '*', '+', '1.', '2)'), words)
  .map(([depth, marker, text]) => `${'  '.repeat(depth)}${marker} ${text}`);
const quote = fc.tuple(fc.integer({ min: 1, max: 8 }), words).map(([depth, text]) => `${'> '.repeat(depth)}${text}`);
const tableRow = fc.array(words, { minLength: 1, maxLength: 5 }).map((cells) => `| ${cells.join(' | ')} |`);
const tableRule = fc.integer({ min: 1, max: 5 }).map((n) => `|${'---|'.repeat(n)}`);
const link = fc.tuple(words, fc.webUrl()).map(([label, url]) => `[${label}](${url})`);
const html = fc.constantFrom(
  '<details>',
  '</details>',
  '<!-- comment',
  '-->',
  '<a href="https://x.y/z">paper</a>',
  '<br>',
  '<table><tr><td>x</td></tr></table>',
);
const fence = fc.constantFrom('```', '```python', '~~~', '    indented code');
const special = fc.constantFrom(
  '---',
  '...',
  '',
  ' ',
  '\t',
  '***',
  '===',
  '[^1]: note',
  '[ref]: https://example.com',
  '| a | b |',
  '\u00a0',
  '\u200b',
  '\ufeff',
);
const line = fc.oneof(words, heading, listItem, quote, tableRow, tableRule, link, html, fence, special);

const yamlScalar = fc.oneof(
  fc.string({ maxLength: 16 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom('mit', 'apache-2.0', 'other', 'text-generation', '7B', '1e25'),
);
const yamlKey = fc.oneof(
  fc.constantFrom(
    'license',
    'license_name',
    'pipeline_tag',
    'library_name',
    'base_model',
    'datasets',
    'tags',
    'language',
    'model-index',
    'ai_act',
    'provider',
    'systemic_risk',
    'training_compute_flops',
    'parameters',
  ),
  fc.string({ minLength: 1, maxLength: 10 }),
);
const yamlValue = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, yamlScalar, tie('list'), tie('map')),
  list: fc.array(tie('value'), { maxLength: 4 }),
  map: fc.dictionary(yamlKey, tie('value'), { maxKeys: 5 }),
})).value;
/** Front matter: well-formed YAML from random values, or random YAML-ish lines (often broken). */
const yamlText = fc.oneof(
  fc.dictionary(yamlKey, yamlValue, { maxKeys: 8 }).map((object) => {
    const lines: string[] = [];
    const emit = (value: unknown, indent: string): void => {
      const entries: [string, unknown][] = Array.isArray(value)
        ? value.map((item) => ['-', item])
        : value && typeof value === 'object'
          ? Object.entries(value).map(([key, item]) => [`${JSON.stringify(key)}:`, item])
          : [];
      for (const [label, item] of entries) {
        if (typeof item === 'object' && item) {
          lines.push(`${indent}${label}`);
          emit(item, `${indent}  `);
        } else {
          lines.push(`${indent}${label} ${JSON.stringify(item)}`);
        }
      }
    };
    emit(object, '');
    return lines.join('\n');
  }),
  fc
    .array(
      fc.oneof(
        fc.tuple(yamlKey, yamlScalar).map(([key, value]) => `${key}: ${String(value)}`),
        fc.constantFrom(
          '- a',
          '  - b',
          'x: &a [1, 2]',
          'y: *a',
          'z: *missing',
          'k: |',
          '  block',
          'q: "unterminated',
          '? complex',
          ': value',
          '\t tab',
          '%YAML 1.2',
          '!!binary x',
          'a: {b: [c, {d: e}]}',
          '<<: *a',
        ),
      ),
      { maxLength: 10 },
    )
    .map((lines) => lines.join('\n')),
);
const frontMatter = fc
  .tuple(yamlText, fc.constantFrom('---', '', '...', '--- '))
  .map(([yaml, close]) => `---\n${yaml}\n${close}\n`);
const ending = fc.constantFrom('\n', '\r\n', '\r');

/** A random card: optional BOM and front matter, random Markdown lines, a random line ending. */
export const randomCard = fc
  .tuple(fc.boolean(), fc.option(frontMatter, { nil: '' }), fc.array(line, { maxLength: 40 }), ending, fc.boolean())
  .map(([bom, front, lines, eol, finalNewline]) =>
    `${bom ? '\ufeff' : ''}${front}${lines.join('\n')}${finalNewline ? '\n' : ''}`.replace(/\n/g, eol),
  );

/** A real card cut and spliced at random: slices dropped, duplicated, and random text inserted. */
export function mutatedCard(cards: string[]): fc.Arbitrary<string> {
  const edit = fc.tuple(
    fc.nat(),
    fc.nat({ max: 400 }),
    fc.oneof(fc.constant(''), line, fc.string({ maxLength: 20 }), fc.constant('DUP')),
  );
  return fc.tuple(fc.constantFrom(...cards), fc.array(edit, { minLength: 1, maxLength: 6 })).map(([card, edits]) => {
    let text = card;
    for (const [at, length, insert] of edits) {
      const start = text.length ? at % text.length : 0;
      const piece = insert === 'DUP' ? text.slice(start, start + length) : insert;
      text = text.slice(0, start) + piece + text.slice(start + (insert === 'DUP' ? 0 : length));
    }
    return text;
  });
}

export function loadCorpus(directory: string): string[] {
  if (!existsSync(directory)) return [];
  return readdirSync(directory)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => readFileSync(join(directory, name), 'utf8'));
}

// ---------------------------------------------------------------- the property

export function reportValidator(schemaPath: string): (report: unknown) => string | null {
  const validate = new Ajv2020({ strict: false, allErrors: true }).compile(
    JSON.parse(readFileSync(schemaPath, 'utf8')),
  );
  return (report) => (validate(report) ? null : JSON.stringify(validate.errors?.slice(0, 5)));
}

/** Lines of the file as an editor counts them (LF, CRLF or a lone CR end a line). */
function lineCount(text: string): number {
  return text.replace(/^\ufeff/, '').split(/\r\n|\r|\n/).length;
}

/** Every `line`/`titleLine` anywhere in the file's report: null or a 1-based line of the file. */
function badLines(value: unknown, lines: number, path = '$'): string[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => badLines(item, lines, `${path}[${index}]`));
  if (!value || typeof value !== 'object') return [];
  const bad: string[] = [];
  for (const [key, item] of Object.entries(value)) {
    if (key === 'line' || key === 'titleLine') {
      const ok =
        (item === null && key === 'line') ||
        (Number.isInteger(item) && (item as number) >= 1 && (item as number) <= lines);
      if (!ok) bad.push(`${path}.${key} = ${JSON.stringify(item)} (file has ${lines} lines)`);
    } else if (key === 'column') {
      if (!(item === null || (Number.isInteger(item) && (item as number) >= 1)))
        bad.push(`${path}.column = ${JSON.stringify(item)}`);
    } else bad.push(...badLines(item, lines, `${path}.${key}`));
  }
  return bad;
}

/** Throws (with the reason) when a card breaks a property; fast-check reports the input. */
export function assertCardProperties(
  text: string,
  ruleset: Ruleset,
  validate: (report: unknown) => string | null,
): void {
  const file = checkCard('card.md', text, ruleset);
  const report = JSON.parse(JSON.stringify(buildReport([file], ruleset.rules.length)));
  const bad = badLines(report.files[0], lineCount(text));
  if (bad.length) throw new Error(`positions outside the file: ${bad.slice(0, 5).join('; ')}`);
  if (file.rules.length !== ruleset.rules.length)
    throw new Error(`${file.rules.length} rule results for ${ruleset.rules.length} rules`);
  const invalid = validate(report);
  if (invalid) throw new Error(`report not valid against the schema: ${invalid}`);
}

export function cardProperty(
  arbitrary: fc.Arbitrary<string>,
  ruleset: Ruleset,
  validate: (report: unknown) => string | null,
) {
  return fc.property(arbitrary, (text) => assertCardProperties(text, ruleset, validate));
}
