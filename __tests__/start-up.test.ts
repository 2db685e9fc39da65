/**
 * What a run of the built CLI starts with. The bundle's ruleset snapshot (dist/ruleset.snapshot): a
 * run of the shipped rules from it judges exactly as a run that reads the rule files, an edited rules
 * folder is read instead of it, a broken --rules folder is refused as before, and the CLI's start loads
 * neither the checker nor the validator. A few small cards are checked in the main thread, within the
 * time budget.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './helpers.js';

const RULES = join(ROOT, 'rules');
const CARDS = [
  join(ROOT, 'examples', 'llm-card', 'README.md'),
  ...['gate', 'release'].flatMap((folder) =>
    readdirSync(join(ROOT, '__tests__', 'fixtures', folder))
      .filter((name) => name.endsWith('.md'))
      .slice(0, 8)
      .map((name) => join(ROOT, '__tests__', 'fixtures', folder, name)),
  ),
];

function run(cli: string, cwd: string, args: string[]) {
  return spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', timeout: 120_000 });
}

describe('the ruleset snapshot of a build', () => {
  // A build with rules/ beside dist/ (a link, as in the repository), one with a copy of rules/ that
  // differs from what the snapshot was made of, and the cards in a folder of their own.
  const build = mkdtempSync(join(tmpdir(), 'aag-snapshot-'));
  const linked = join(build, 'linked');
  const edited = join(build, 'edited');
  const cwd = join(build, 'cards');
  const cards = CARDS.map((_, index) => `card-${index}.md`);
  beforeAll(() => {
    execFileSync(process.execPath, ['scripts/build.mjs'], {
      cwd: ROOT,
      env: { ...process.env, AAG_OUTDIR: join(linked, 'dist') },
    });
    symlinkSync(RULES, join(linked, 'rules'), 'dir');
    cpSync(join(linked, 'dist'), join(edited, 'dist'), { recursive: true });
    cpSync(RULES, join(edited, 'rules'), { recursive: true });
    const rule = join(edited, 'rules', 'licence.yaml');
    const text = readFileSync(rule, 'utf8');
    expect(text).toMatch(/^message: /m);
    writeFileSync(rule, text.replace(/^message: .*$/m, 'message: "Edited licence message, read from the rule file."'));
    CARDS.forEach((card, index) => cpSync(card, join(cwd, cards[index])));
  }, 180_000);
  afterAll(() => rmSync(build, { recursive: true, force: true }));

  it('is written next to the bundles', () => {
    expect(existsSync(join(linked, 'dist', 'ruleset.snapshot'))).toBe(true);
  });

  it('judges every card exactly as the rule files read at run time do', () => {
    const args = ['check', '--no-config', '--format', 'json', '--jobs', '1', ...cards];
    const fromSnapshot = run(join(linked, 'dist', 'cli.js'), cwd, args);
    expect(fromSnapshot.stderr).not.toMatch(/\n\s+at /);
    // The same bundles without the snapshot read and validate rules/ as before.
    const without = join(build, 'without');
    cpSync(linked, without, { recursive: true, verbatimSymlinks: true });
    rmSync(join(without, 'dist', 'ruleset.snapshot'));
    const fromFiles = run(join(without, 'dist', 'cli.js'), cwd, args);
    expect(fromSnapshot.status).toBe(fromFiles.status);
    expect(JSON.parse(fromSnapshot.stdout).files.length).toBe(cards.length);
    expect(fromSnapshot.stdout).toBe(fromFiles.stdout);
  });

  it('is not used once the rules folder has changed: the edited rule file is read', () => {
    // A card that names no licence: the rule's message is reported.
    writeFileSync(join(cwd, 'bare.md'), '# Bare model\n\nA text generation model.\n');
    const result = run(join(edited, 'dist', 'cli.js'), cwd, ['check', '--no-config', '--format', 'json', 'bare.md']);
    const licence = JSON.parse(result.stdout).files[0].rules.find((rule: { id: string }) => rule.id === 'licence');
    expect(licence.status).not.toBe('met');
    expect(licence.message).toContain('Edited licence message, read from the rule file.');
  });

  it('refuses a broken --rules folder with the message it always gave', () => {
    const rules = join(build, 'broken-rules');
    cpSync(RULES, rules, { recursive: true });
    writeFileSync(join(rules, 'licence.yaml'), 'id: licence\ntitle: [unclosed\n');
    const result = run(join(linked, 'dist', 'cli.js'), cwd, ['check', '--no-config', '--rules', rules, cards[0]]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^ai-act-gate: .*licence\.yaml:\d+:\d+: invalid YAML: /);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('lets the CLI start without loading the checker, the YAML parser or the JSON Schema validator', () => {
    // The bundles cli.js imports statically, followed through their own static imports.
    const dist = join(linked, 'dist');
    const loaded = new Set<string>();
    const visit = (file: string): void => {
      if (loaded.has(file)) return;
      loaded.add(file);
      const text = readFileSync(join(dist, file), 'utf8');
      for (const [, imported] of text.matchAll(/^import\s*(?:[^'"]*?from\s*)?["']\.\/([^"']+)["'];?$/gm))
        visit(imported);
    };
    visit('cli.js');
    const code = [...loaded].map((file) => readFileSync(join(dist, file), 'utf8')).join('\n');
    expect(loaded.size).toBeGreaterThan(1);
    expect(code).not.toMatch(/\bAjv2020\b|\bstrictSchema\b/);
    expect(code).not.toMatch(/\bmicromark\b/i);
    expect(code).not.toMatch(/\bparseDocument\b/);
  });

  it('checks a few small cards in this thread as a worker would, and stops one past the time budget', () => {
    const cli = join(linked, 'dist', 'cli.js');
    const args = ['check', '--no-config', '--format', 'json', cards[0], cards[1]];
    // --time-budget 0 checks in this thread with no budget at all; the default budget gives the same report.
    expect(run(cli, cwd, args).stdout).toBe(run(cli, cwd, [...args, '--time-budget', '0']).stdout);
    // A millisecond is too short for any card: the first is stopped here, the second in a worker.
    const stopped = run(cli, cwd, [...args, '--time-budget', '0.001']);
    expect(stopped.status).toBe(1);
    expect(stopped.stdout).not.toMatch(/\n\s+at /);
    const files = JSON.parse(stopped.stdout).files as {
      path: string;
      problems: { ruleId: string; message: string }[];
    }[];
    expect(files.map((file) => file.path)).toEqual([cards[0], cards[1]]);
    for (const file of files) {
      expect(file.problems).toEqual([
        expect.objectContaining({
          ruleId: 'file-skipped',
          message: expect.stringMatching(/^checking took longer than 0\.001 s; skipped — /),
        }),
      ]);
    }
  });
});
