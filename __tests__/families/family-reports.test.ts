/**
 * Families in every check report: the JSON report lists them (and validates against its schema), the
 * text and Markdown reports show each family once, with its other members and what differs.
 */
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { runCli } from '../../src/cli-main.js';
import type { Report } from '../../src/model/report.js';
import { checkCard, buildReport } from '../../src/lint.js';
import { addFamilies } from '../../src/families/report-families.js';
import { renderText } from '../../src/render/text.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { ROOT, shippedRuleset } from '../helpers.js';

const FIXTURES = join(ROOT, '__tests__', 'fixtures', 'families');
const validateReport = new Ajv2020({ strict: false }).compile(
  JSON.parse(readFileSync(join(ROOT, 'schema', 'report.schema.json'), 'utf8')),
);
const CARDS = [
  'EleutherAI_pythia-70m_README.md',
  'EleutherAI_pythia-160m_README.md',
  'EleutherAI_pythia-1.4b_README.md',
  'EleutherAI_pythia-12b_README.md',
];

let cwd: string;
beforeAll(() => {
  cwd = mkdtempSync(join(tmpdir(), 'aag-families-'));
  for (const card of CARDS) cpSync(join(FIXTURES, card), join(cwd, card));
});

async function check(format: string): Promise<string> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(['check', ...CARDS, '--format', format, '--jobs', '1'], {
    cwd,
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
  });
  if (code === 2) throw new Error(stderr);
  return stdout;
}

it('JSON: families[] and each member’s family, valid against the schema', async () => {
  const report = JSON.parse(await check('json')) as Report;
  expect(validateReport(report)).toBe(true);
  expect(report.families).toEqual([
    {
      id: expect.stringMatching(/^family-[0-9a-f]{12}$/),
      // In the report's order (paths sorted): the first member represents the family.
      members: [
        'EleutherAI_pythia-1.4b_README.md',
        'EleutherAI_pythia-160m_README.md',
        'EleutherAI_pythia-70m_README.md',
      ],
      sharedGaps: expect.any(Array),
      representative: 'EleutherAI_pythia-1.4b_README.md',
    },
  ]);
  const id = report.families![0].id;
  expect(report.files.map((file) => file.family)).toEqual([id, undefined, id, id]);
  for (const file of report.files) expect(file.templateDigest).toMatch(/^sha256:[0-9a-f]{64}$/);
});

it('text: the family once, at its representative, with its other members', async () => {
  const text = await check('text');
  expect(text).toMatch(/^EleutherAI_pythia-1\.4b_README\.md$/m);
  expect(text).toMatch(/^EleutherAI_pythia-12b_README\.md$/m);
  // The other members are named once, in the family's line, never with their own section.
  expect(text).not.toMatch(/^EleutherAI_pythia-160m_README\.md$/m);
  expect(text).not.toMatch(/^EleutherAI_pythia-70m_README\.md$/m);
  expect(text).toMatch(/family-[0-9a-f]{12}: and 2 more members of this family/);
  expect(text).toContain('EleutherAI_pythia-160m_README.md, EleutherAI_pythia-70m_README.md');
  expect(text).toMatch(/✔ 4 model cards/);
});

it('Markdown: the family once, its other members in a collapsible list', async () => {
  const markdown = await check('markdown');
  expect(markdown.match(/^### /gm)).toHaveLength(2);
  expect(markdown).toContain('### `EleutherAI_pythia-1.4b_README.md`');
  expect(markdown).toMatch(/\*\*Family\*\* `family-[0-9a-f]{12}`: and 2 more members of this family/);
  expect(markdown).toContain(
    '<details><summary>2 more members</summary>\n\n- `EleutherAI_pythia-160m_README.md`\n- `EleutherAI_pythia-70m_README.md`\n\n</details>',
  );
  expect(markdown).toContain('4 model cards');
});

it('text and Markdown: a member whose findings differ is listed with what differs', () => {
  const ruleset = shippedRuleset();
  const text = readFileSync(join(FIXTURES, 'EleutherAI_pythia-70m_README.md'), 'utf8');
  const [first, second] = ['a/pythia-70m/README.md', 'b/pythia-160m/README.md'].map((path) =>
    checkCard(path, text.replaceAll('Pythia-70M', path.split('/')[1]), ruleset),
  );
  // A duty required of both, waived by the policy for the second card only.
  const gap = first.rules.find((rule) => rule.status !== 'met')!;
  for (const file of [first, second]) file.rules.find((rule) => rule.id === gap.id)!.required = true;
  second.rules.find((rule) => rule.id === gap.id)!.waiver = {
    reason: 'documented in the paper',
    owner: 'docs',
    expires: '2099-01-01',
    source: 'policy.yml:4',
  };
  const report = addFamilies(buildReport([first, second], ruleset.rules.length));
  expect(report.families?.[0].sharedGaps).not.toContain(gap.id);
  expect(renderText(report)).toMatch(
    new RegExp(`^ {4}differs: b/pythia-160m/README\\.md: − ${gap.id}: ${gap.status}, `, 'm'),
  );
  expect(renderMarkdown(report)).toMatch(
    new RegExp(`\\*\\*Findings that differ between members\\*\\*\\n\\n- \`b/pythia-160m/README\\.md\`: − ${gap.id}: `),
  );
});

it('the pull-request comment shows a family once, naming its other members', async () => {
  const { renderComment } = await import('../../src/render/comment.js');
  const report = JSON.parse(await check('json')) as Report;
  const comment = renderComment(report);
  // Three of the four cards are one family; the fourth (a reworded card) stands on its own.
  expect(comment.match(/<details/g)?.length).toBe(2);
  expect(comment).toMatch(/Card family.*and 2 more members of this family/);
  const family = report.families![0];
  for (const member of family.members.filter((name) => name !== family.representative))
    expect(comment).toContain(`\`${member}\``);
});
