/**
 * Card families: real cards that differ only in names, sizes, checkpoints and figures are one family;
 * the same template with different substance is not; 154 checkpoint cards of one model are one family.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkCard, buildReport } from '../../src/lint.js';
import { normaliseCardText, ownNames, familyFields } from '../../src/families/normalise.js';
import { groupFamilies } from '../../src/families/families.js';
import { addFamilies, familySummary } from '../../src/families/report-families.js';
import type { FileReport } from '../../src/model/report.js';
import { ROOT, shippedRuleset } from '../helpers.js';

const FIXTURES = join(ROOT, '__tests__', 'fixtures', 'families');
const ruleset = shippedRuleset();
const read = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');
const check = (path: string, text: string): FileReport => checkCard(path, text, ruleset);
const checkFixture = (name: string): FileReport => check(name, read(name));

/** Pythia's 154 checkpoints: step 0, 1, 2, 4 … 512, then every 1,000 steps to 143,000. */
const CHECKPOINT_STEPS = [
  0,
  1,
  2,
  4,
  8,
  16,
  32,
  64,
  128,
  256,
  512,
  ...Array.from({ length: 143 }, (_, i) => (i + 1) * 1000),
];

/** The Pythia-70M card as the card of one checkpoint: its name and the tokens seen so far. */
function checkpointCard(step: number): { path: string; text: string } {
  const name = `Pythia-70M-step${step}`;
  const text = read('EleutherAI_pythia-70m_README.md')
    .replaceAll('Pythia-70M', name)
    .replace(/^# .*$/m, `# ${name}\n\nThe checkpoint saved after step ${step} of 143000.`);
  return { path: `EleutherAI/pythia-70m-step${step}/README.md`, text };
}

describe('normalising a card', () => {
  it('takes out the model name (path and title), sizes, checkpoint tokens and figures', () => {
    const text =
      '---\nlicense: apache-2.0\n---\n# Pythia-1.4B-deduped\nPythia-1.4B-deduped has 1,414,647,808 parameters, saved at step143000 (revision a1b2c3d4e5).';
    expect(ownNames('models/pythia-1.4b-deduped/README.md', text)).toEqual([
      'pythia-1.4b-deduped',
      'Pythia-1.4B-deduped',
    ]);
    expect(normaliseCardText('models/pythia-1.4b-deduped/README.md', text)).toBe(
      '--- license: apache-2.0 --- # ⟨name⟩ ⟨name⟩ has ⟨n⟩ parameters, saved at ⟨checkpoint⟩ (revision ⟨commit⟩).',
    );
  });

  it('keeps licence versions, and reads the name from hf:// sources and from files named OWNER_NAME_README.md', () => {
    expect(normaliseCardText('a.md', '---\nlicense: gpl-3.0\n---\n')).not.toBe(
      normaliseCardText('a.md', '---\nlicense: gpl-2.0\n---\n'),
    );
    expect(ownNames('hf://EleutherAI/pythia-70m@main', '')).toEqual(['EleutherAI/pythia-70m', 'pythia-70m']);
    expect(ownNames('_train/EleutherAI_pythia-70m_README.md', '')).toEqual(['EleutherAI_pythia-70m', 'pythia-70m']);
  });

  it('gives a card that is only a title or only front matter no family digest', () => {
    expect(familyFields('x.md', read('0xDEADBEA7_DialoGPT-small-rick_README.md'))).toEqual({});
    expect(familyFields('x.md', '---\nlicense: mit\n---\n')).toEqual({});
    expect(familyFields('x.md', read('EleutherAI_pythia-70m_README.md')).templateDigest).toMatch(
      /^sha256:[0-9a-f]{64}$/,
    );
  });
});

describe('real cards from the archive', () => {
  const names = [
    'EleutherAI_pythia-70m_README.md',
    'EleutherAI_pythia-160m_README.md',
    'EleutherAI_pythia-1.4b_README.md',
    'EleutherAI_pythia-12b_README.md',
    'EleutherAI_pythia-70m-deduped_README.md',
    'EleutherAI_pythia-160m-deduped_README.md',
    'EleutherAI_pythia-410m-deduped_README.md',
    'Evelyn18_distilbert-base-uncased-becas-1_README.md',
    'Evelyn18_distilbert-base-uncased-becas-2_README.md',
    'Evelyn18_distilbert-base-uncased-becasv2-2_README.md',
    'Evelyn18_roberta-base-spanish-squades-becas1_README.md',
    '0xDEADBEA7_DialoGPT-small-rick_README.md',
    '2early4coffee_DialoGPT-medium-deadpool_README.md',
  ];
  const report = addFamilies(buildReport(names.map(checkFixture), ruleset.rules.length));
  const membersOf = (name: string): string[] =>
    report.families?.find((family) => family.members.includes(name))?.members ?? [];

  it('groups cards that differ only in the model name and figures', () => {
    expect(membersOf('EleutherAI_pythia-70m_README.md')).toEqual([
      'EleutherAI_pythia-70m_README.md',
      'EleutherAI_pythia-160m_README.md',
      'EleutherAI_pythia-1.4b_README.md',
    ]);
    expect(membersOf('EleutherAI_pythia-70m-deduped_README.md')).toEqual([
      'EleutherAI_pythia-70m-deduped_README.md',
      'EleutherAI_pythia-160m-deduped_README.md',
    ]);
    // Training logs of 10 and 8 epochs: the same lines, repeated a different number of times.
    expect(membersOf('Evelyn18_distilbert-base-uncased-becas-1_README.md')).toEqual([
      'Evelyn18_distilbert-base-uncased-becas-1_README.md',
      'Evelyn18_distilbert-base-uncased-becas-2_README.md',
      'Evelyn18_distilbert-base-uncased-becasv2-2_README.md',
    ]);
  });

  it('keeps apart the same template with different substance', () => {
    // Deduplicated data, a reworded paragraph, a slip in one sentence, another base model: not one family.
    expect(report.families).toHaveLength(3);
    for (const alone of [
      'EleutherAI_pythia-12b_README.md',
      'EleutherAI_pythia-410m-deduped_README.md',
      'Evelyn18_roberta-base-spanish-squades-becas1_README.md',
      '0xDEADBEA7_DialoGPT-small-rick_README.md',
      '2early4coffee_DialoGPT-medium-deadpool_README.md',
    ])
      expect(membersOf(alone)).toEqual([]);
    expect(report.files.find((file) => file.path === 'EleutherAI_pythia-12b_README.md')?.family).toBeUndefined();
  });

  it('names each member its family and lists the gaps all members share', () => {
    const family = report.families!.find((entry) => entry.members.includes('EleutherAI_pythia-70m_README.md'))!;
    expect(family.id).toMatch(/^family-[0-9a-f]{12}$/);
    expect(family.representative).toBe('EleutherAI_pythia-70m_README.md');
    for (const member of family.members)
      expect(report.files.find((file) => file.path === member)?.family).toBe(family.id);
    const gaps = (path: string) =>
      report.files
        .find((file) => file.path === path)!
        .rules.filter((rule) => rule.required && rule.status !== 'met')
        .map((rule) => rule.id);
    expect(family.sharedGaps).toEqual(gaps('EleutherAI_pythia-70m_README.md'));
  });
});

describe('154 checkpoints of one model', () => {
  const files = CHECKPOINT_STEPS.map((step) => {
    const { path, text } = checkpointCard(step);
    return check(path, text);
  });
  const other = check('EleutherAI_pythia-70m-deduped_README.md', read('EleutherAI_pythia-70m-deduped_README.md'));
  const report = addFamilies(buildReport([...files, other], ruleset.rules.length));

  it('are one family, shown once', () => {
    expect(CHECKPOINT_STEPS).toHaveLength(154);
    expect(report.families).toHaveLength(1);
    const [family] = report.families!;
    expect(family.members).toEqual(files.map((file) => file.path));
    expect(family.representative).toBe('EleutherAI/pythia-70m-step0/README.md');
    expect(other.family).toBeUndefined();
    const summary = familySummary(report);
    expect(report.files.filter((file) => summary.isShown(file.path)).map((file) => file.path)).toEqual([
      'EleutherAI/pythia-70m-step0/README.md',
      'EleutherAI_pythia-70m-deduped_README.md',
    ]);
    expect(summary.representing(family.representative)?.others).toHaveLength(153);
  });

  it('come apart when one checkpoint documents something the others do not', () => {
    const { path, text } = checkpointCard(143000);
    const documented = check(
      path,
      text.replace(
        '## Training',
        '## Training\n\nTraining used 64 A100 GPUs for 12 hours in a data centre powered by renewable energy; the energy used was about 400 kWh.\n\n## Training details',
      ),
    );
    const apart = addFamilies(buildReport([...files.slice(0, 5), documented], ruleset.rules.length));
    expect(apart.families?.[0].members).toEqual(files.slice(0, 5).map((file) => file.path));
    expect(documented.family).toBeUndefined();
  });
});

describe('grouping', () => {
  const base = checkFixture('EleutherAI_pythia-70m_README.md');
  const twin = { ...structuredClone(base), path: 'twin.md' };

  it('needs the same rule statuses as well as the same text digest', () => {
    const flipped = structuredClone(twin);
    flipped.path = 'flipped.md';
    const rule = flipped.rules.find((entry) => entry.status !== 'met')!;
    rule.status = 'met';
    const grouping = groupFamilies([
      { name: 'a.md', file: base },
      { name: 'twin.md', file: twin },
      { name: 'flipped.md', file: flipped },
    ]);
    expect(grouping.families.map((family) => family.members)).toEqual([['a.md', 'twin.md']]);
  });

  it('lists a member whose findings differ from the representative (a policy waiver on one card)', () => {
    // The same duty required of both (as a higher tier would), then waived by the policy for one.
    const required = structuredClone(base);
    const gap = required.rules.find((entry) => entry.status !== 'met')!;
    gap.required = true;
    const waived = { ...structuredClone(required), path: 'waived.md' };
    waived.rules.find((entry) => entry.id === gap.id)!.waiver = {
      reason: 'documented elsewhere',
      owner: 'ml-docs',
      expires: '2099-01-01',
      source: 'policy.yml:3',
    };
    const grouping = groupFamilies([
      { name: 'a.md', file: required },
      { name: 'waived.md', file: waived },
    ]);
    const [family] = grouping.families;
    expect(family.sharedGaps).not.toContain(gap.id);
    expect(grouping.differences.get(family.id)).toEqual([
      { member: 'waived.md', added: [], removed: [expect.stringMatching(new RegExp(`^${gap.id}: `))] },
    ]);
  });
});
