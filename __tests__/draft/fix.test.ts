/**
 * `ai-act-gate fix` on ten real cards: every line of the author's survives in order, a second run
 * changes nothing, the result parses, every figure in a drafted line is the card's own (or derived
 * with its inputs shown), duties move to met only from facts, never from a TODO line.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCard } from '../../src/parse/parse-card.js';
import { analyseCard } from '../../src/draft/analyse.js';
import { fixCard, type FixResult } from '../../src/draft/fix/fix.js';
import type { ReadCard } from '../../src/draft/read-card.js';
import { shippedRuleset } from '../helpers.js';
import { cli, DRAFT_FIXTURES, workspace } from './cli-run.js';

const CARDS = [
  'llama3-1.md',
  'llama2.md',
  'bloom.md',
  'whisper.md',
  'lora-adapter.md',
  'hf-template.md',
  'olmo-2-13b.md',
  'falcon-7b.md',
  'gpt-j-6b.md',
  'mistral-7b-instruct.md',
];

function card(path: string, text: string): ReadCard {
  return { path, text, analysis: analyseCard(text, shippedRuleset()) };
}

function fix(name: string, text = readFileSync(join(DRAFT_FIXTURES, name), 'utf8'), only: string[] = []): FixResult {
  return fixCard(card(name, text), only);
}

/** The lines `fix` added, found by walking the original lines through the result. */
function addedLines(result: FixResult): string[] {
  const added: string[] = [];
  let index = 0;
  for (const line of result.after) {
    if (index < result.before.length && line === result.before[index]) index++;
    else added.push(line);
  }
  return added;
}

const FIGURE = /\d[\d.,]*(?:e\d+)?[kKMBT]?\+?/g;

/** Figures of a drafted line that neither the card states nor a derivation shows with its inputs. */
function unsourcedFigures(line: string, original: string): string[] {
  if (/estimated as 6 × /.test(line)) return []; // a derived value, shown with its inputs and their lines
  const withoutRefs = line.replace(/\(line \d+\)/g, '');
  return (withoutRefs.match(FIGURE) ?? []).filter((figure) => !original.includes(figure.replace(/[.,]$/, '')));
}

describe('ai-act-gate fix on ten real cards', () => {
  const movedToMet: string[] = [];

  it.each(CARDS)('%s: lines kept in order, idempotent, parses, figures sourced, no duty met from a TODO', (name) => {
    const original = readFileSync(join(DRAFT_FIXTURES, name), 'utf8');
    const first = fix(name, original);
    // Every original line survives, in order.
    let index = 0;
    for (const line of first.after) if (index < first.before.length && line === first.before[index]) index++;
    expect(index).toBe(first.before.length);
    // A second run is a no-op.
    const second = fix(name, first.text);
    expect(second.changed).toBe(false);
    expect(second.text).toBe(first.text);
    // The result parses: no new problems (front matter YAML, unclosed fences).
    const problems = (text: string) =>
      parseCard(text).problems.map((problem) => problem.message.replace(/line \d+/g, ''));
    expect(problems(first.text)).toEqual(problems(original));
    // Every figure in an added line is in the original card, or derived with its inputs; TODO lines hold none.
    for (const line of addedLines(first)) {
      if (/^- TODO:|# TODO$/.test(line.trim()) || line.trim().startsWith('<!--')) expect(line).not.toMatch(/\d/);
      else expect(unsourcedFigures(line, original)).toEqual([]);
    }
    // A status changes only through a line that states a fact (the card's own or a drafted fact line),
    // never through a TODO line, a marker or the heading of a draft without facts.
    const before = analyseCard(original, shippedRuleset()).results;
    const after = analyseCard(first.text, shippedRuleset()).results;
    const added = new Set(addedLines(first));
    for (const result of after) {
      const earlier = before.find((candidate) => candidate.id === result.id)!;
      const draft = first.drafted.find((candidate) => candidate.rule === result.id);
      if (draft && draft.facts === 0)
        expect({ rule: result.id, status: result.status }).toEqual({ rule: result.id, status: earlier.status });
      if (earlier.status === result.status) continue;
      const evidence = first.after[(result.line ?? 0) - 1] ?? '';
      if (added.has(evidence)) expect(evidence).not.toMatch(/TODO/);
      if (result.status === 'met') movedToMet.push(`${name}: ${result.id}`);
    }
    // The TODO lines carry no weight: without them every duty has the same status.
    const withoutTodos = first.after.filter((line) => !(added.has(line) && /TODO/.test(line))).join('\n');
    const statuses = (results: typeof after) => results.map((result) => `${result.id}: ${result.status}`);
    expect(statuses(analyseCard(withoutTodos, shippedRuleset()).results)).toEqual(statuses(after));
  });

  it('moves at least one duty to met from facts the cards already had', () => {
    expect(movedToMet.length).toBeGreaterThanOrEqual(1);
  });
});

describe('ai-act-gate fix', () => {
  it('drafts training compute from 6·N·D with the inputs as the card writes them, at their new lines', () => {
    const result = fix('llama3-1.md', undefined, ['training-compute']);
    const line = result.after.find((candidate) => candidate.startsWith('- Training compute:'))!;
    const [, n, d] = /\(line (\d+)\) × 15T tokens \(line (\d+)\)/.exec(line)!;
    expect(line).toMatch(/^- Training compute: ≈ 3\.65e25 FLOP, estimated as 6 × 405B parameters \(line \d+\)/);
    expect(result.after[Number(n) - 1]).toContain('405B');
    expect(result.after[Number(d) - 1]).toContain('15T');
    expect(result.drafted.map((draft) => draft.rule)).toEqual(['training-compute']);
    const after = analyseCard(result.text, shippedRuleset()).results.find((rule) => rule.id === 'training-compute');
    expect(after?.status).toBe('met');
  });

  it('places a new section in the order of the Hugging Face template', () => {
    const text = '# Tiny chat\n\nA chat model.\n\n## Uses\n\nChat.\n\n## Evaluation\n\nNone yet.\n';
    const result = fixCard(card('README.md', text), ['training-data']);
    const order = ['## Uses', '## Training data', '## Evaluation'].map((heading) => result.text.indexOf(heading));
    expect(order.every((at) => at > 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it.each([
    [
      'a block front matter',
      '---\nlicense: apache-2.0 # the licence\n# keep this comment\ndatasets:\n- c4\n---\n# M\n\nA model.\n',
    ],
    ['no front matter', '# M\n\nA model.\n'],
  ])('adds an ai_act block with empty links to %s, keeping the comments, and the duty stays missing', (_what, text) => {
    const result = fixCard(card('README.md', text), ['copyright-policy']);
    for (const line of text.split('\n')) expect(result.text).toContain(line);
    expect(result.text).toMatch(
      /\nai_act:\n {2}# ai-act-gate draft: fill in each link \(an empty key states nothing\)\n {2}copyright_policy:(?: null)? # TODO\n/,
    );
    const after = analyseCard(result.text, shippedRuleset());
    expect(after.parsed.problems).toEqual([]);
    expect(after.results.find((rule) => rule.id === 'copyright-policy')?.status).toBe('missing');
    expect(fixCard(card('README.md', result.text), ['copyright-policy']).changed).toBe(false);
  });

  it('keeps CRLF line endings and a missing final newline', () => {
    const text = '# Model\r\n\r\nA 7B model trained on 2T tokens.';
    const result = fixCard(card('a.md', text), ['training-compute']);
    expect(result.text.startsWith('---\r\nai_act:') || result.text.startsWith('# Model\r\n')).toBe(true);
    expect(result.text).not.toMatch(/[^\r]\n/);
    expect(result.text).toContain('A 7B model trained on 2T tokens.\r\n');
  });

  it('prints a unified diff with --dry-run and writes nothing; writes the card without it', async () => {
    const text = '# Model\n\nA 7B model trained on 2T tokens.\n';
    const dir = workspace({ 'README.md': text, 'MODEL_CARD.md': text });
    const dry = await cli(['fix', '--dry-run', '--only', 'training-compute', 'README.md'], dir);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toMatch(
      /^--- a\/README\.md\n\+\+\+ b\/README\.md\n@@ -1,3 \+1,10 @@\n # Model\n \n A 7B model trained on 2T tokens\.\n\+\n\+<!-- ai-act-gate draft: training-compute /,
    );
    expect(dry.stdout).toContain(
      '+- Training compute: ≈ 8.4e22 FLOP, estimated as 6 × 7B parameters (line 3) × 2T tokens (line 3)',
    );
    expect(dry.stderr).toBe('README.md: would draft training-compute (1 fact)\n');
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toBe(text);
    const written = await cli(['fix', '--only', 'training-compute,training-data'], dir);
    expect(written.code).toBe(0);
    expect(readFileSync(join(dir, 'MODEL_CARD.md'), 'utf8')).toContain('## Training compute');
    expect((await cli(['fix', '--dry-run'], dir)).stdout).toBe('');
  });

  it.each([
    [['fix', '--only', 'no-such-rule'], 2, /--only: no draft for "no-such-rule"/],
    [['fix', 'missing/*.md'], 2, /no files match/],
    [['fix', '--dry', 'a.md'], 2, /Unknown option/],
  ])('refuses %j with exit %d', async (args, code, message) => {
    const result = await cli(args, workspace({ 'a.md': '# A\n' }));
    expect(result.code).toBe(code);
    expect(result.stderr).toMatch(message);
  });

  it('leaves a card with broken front matter untouched and exits 1', async () => {
    const text = '---\nlicense: [mit\n---\n# A\n';
    const dir = workspace({ 'a.md': text });
    const result = await cli(['fix', 'a.md'], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/a\.md:2: Front matter YAML/);
    expect(readFileSync(join(dir, 'a.md'), 'utf8')).toBe(text);
  });
});
