/**
 * Families in organisation and Hub scan reports: found over every repository (and again over merged
 * shards), shown once in the Markdown summary and the dashboard with what differs, every name escaped;
 * the provenance of the run and of each card shown small.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkCard } from '../../src/lint.js';
import { buildOrgReport } from '../../src/org/scan.js';
import { mergeOrgReports } from '../../src/org/merge-reports.js';
import type { OrgReport, OrgRepository } from '../../src/org/types.js';
import type { FileReport } from '../../src/model/report.js';
import { cardProvenance } from '../../src/provenance/digests.js';
import { renderOrgMarkdown } from '../../src/render/org-markdown.js';
import { renderOrgDashboard } from '../../src/render/org-dashboard.js';
import { ROOT, shippedRuleset } from '../helpers.js';

const ruleset = shippedRuleset();
const PYTHIA = readFileSync(join(ROOT, '__tests__', 'fixtures', 'families', 'EleutherAI_pythia-70m_README.md'), 'utf8');
const NOW = new Date('2026-03-01T12:00:00Z');

function model(name: string, text: string, waive = false): OrgRepository {
  const file: FileReport = checkCard(`hf://acme/${name}`, text, ruleset);
  file.path = 'README.md';
  const revision = 'c0ffee'.padEnd(40, '0');
  file.provenance = cardProvenance(Buffer.from(text), { repo: `acme/${name}`, revision });
  if (waive) {
    const rule = file.rules.find((entry) => entry.status !== 'met')!;
    rule.required = true;
    rule.waiver = { reason: 'in the paper', owner: 'docs', expires: '2099-01-01', source: 'policy.yml:4' };
  }
  return {
    fullName: `acme/${name}`,
    defaultBranch: revision,
    htmlUrl: `https://huggingface.co/acme/${name}`,
    status: 'checked',
    configPath: null,
    files: [file],
  };
}

const checkpoints = [1000, 2000, 3000, 4000].map((step) =>
  model(`pythia-70m-step${step}`, PYTHIA.replaceAll('Pythia-70M', `Pythia-70M-step${step}`)),
);
// The same card under a hostile name, and one whose policy waives a gap: a member that differs.
const hostile = model('<img src=x onerror=alert(1)>', PYTHIA.replaceAll('Pythia-70M', 'Pythia-<b>70M</b>'));
const other = model(
  'emotion',
  readFileSync(join(ROOT, '__tests__', 'fixtures', 'hub', 'cards', 'distilbert-finetuned-emotion.md'), 'utf8'),
);
const report = (repositories: OrgRepository[], shard: OrgReport['shard'] = null): OrgReport =>
  buildOrgReport('acme', structuredClone(repositories), ruleset, shard, NOW, { total: 0, notModified: 0 });

it('finds one family over the repositories, with provenance', () => {
  const whole = report([...checkpoints, other]);
  expect(whole.families).toEqual([
    {
      id: expect.stringMatching(/^family-[0-9a-f]{12}$/),
      members: checkpoints.map((repository) => `${repository.fullName}/README.md`),
      sharedGaps: expect.any(Array),
      representative: 'acme/pythia-70m-step1000/README.md',
    },
  ]);
  expect(whole.repositories.map((repository) => repository.files[0].family)).toEqual([
    whole.families![0].id,
    whole.families![0].id,
    whole.families![0].id,
    whole.families![0].id,
    undefined,
  ]);
  expect(whole.provenance).toEqual({
    tool: whole.tool,
    rulesetDigest: expect.stringMatching(/^sha256:[0-9a-f]{64}$/),
    policyDigest: null,
  });
});

it('finds the family again across merged shards', () => {
  const one = report([checkpoints[0], checkpoints[2]], { index: 1, count: 2 });
  const two = report([checkpoints[1], checkpoints[3], other], { index: 2, count: 2 });
  const { report: merged, warnings } = mergeOrgReports([
    { name: 'one.json', report: JSON.parse(JSON.stringify(one)) },
    { name: 'two.json', report: JSON.parse(JSON.stringify(two)) },
  ]);
  expect(warnings).toEqual([]);
  expect(merged.families?.map((family) => family.members)).toEqual([
    checkpoints.map((repository) => `${repository.fullName}/README.md`),
  ]);
  expect(merged.provenance).toEqual(one.provenance);
});

describe('shown once', () => {
  const waived = model('pythia-70m-step5000', PYTHIA.replaceAll('Pythia-70M', 'Pythia-70M-step5000'), true);
  const withMembers = report([...checkpoints, waived, hostile, other]);
  // The waiver made the gap required on that card only: give the others the same required rule.
  const rule = waived.files[0].rules.find((entry) => entry.waiver)!.id;
  for (const repository of withMembers.repositories)
    for (const file of repository.files)
      if (repository.fullName !== 'acme/emotion') file.rules.find((entry) => entry.id === rule)!.required = true;

  it('in the Markdown summary: the family, its folded members, what differs, and the provenance', () => {
    const markdown = renderOrgMarkdown(withMembers);
    expect(markdown).toContain('### Card families (1)');
    expect(markdown).toContain('**acme/pythia-70m-step1000/README.md** `family-');
    expect(markdown).toContain('<details><summary>5 more members</summary>');
    expect(markdown).not.toContain('<img src=x');
    expect(markdown).toMatch(new RegExp(`differs: \`acme/pythia-70m-step5000/README.md\`: − ${rule}: `));
    expect(markdown).toContain('### Provenance');
    expect(markdown).toMatch(/Cards judged by ai-act-gate \S+ · ruleset sha256:[0-9a-f]{64} · policy none\./);
    const sha = withMembers.repositories[0].files[0].provenance!.sha256;
    expect(markdown).toContain(`\`${sha}\``);
    expect(markdown).toContain(`\`${'c0ffee'.padEnd(40, '0')}\` |`);
  });

  it('in the dashboard: one row for the family, the members folded under it, names escaped', () => {
    const page = renderOrgDashboard(withMembers);
    const rows = page.match(/<tr( class=b)? data-g=\d+><th scope=row>/g)!;
    expect(rows).toHaveLength(2);
    expect(page).toContain('<tr class=fam>');
    expect(page).toContain('and 5 more members of this family');
    expect(page).toContain('<code>acme/&lt;img src=x onerror=alert(1)&gt;/README.md</code>');
    expect(page).not.toContain('<img src=x');
    expect(page).toMatch(new RegExp(`differs: <code>acme/pythia-70m-step5000/README.md</code>: − ${rule}: `));
    expect(page).toMatch(
      /<footer><p class=pv>Cards judged by ai-act-gate \S+ · ruleset sha256:[0-9a-f]{64} · policy none\.<\/p>/,
    );
    expect(page).toMatch(
      /<small class=pv title="content sha256 [0-9a-f]{64} · git blob [0-9a-f]{40} · Hub revision c0ffee0{34}">sha256 [0-9a-f]{12} · rev c0ffee000000<\/small>/,
    );
  });
});
