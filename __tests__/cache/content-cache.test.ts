/**
 * `--cache DIR`: an unchanged card is not checked again and its report is the same; a changed card, a
 * changed policy date or ruleset is; a corrupt or foreign entry is ignored with a warning; a Hub card's
 * requests on a re-run are all conditional.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli-main.js';
import type { FileReport, Report } from '../../src/model/report.js';
import { checkFiles } from '../../src/check-files.js';
import { checkThroughCache } from '../../src/cache/cached-check.js';
import { openContentCache, type CacheContext } from '../../src/cache/content-cache.js';
import { shippedRuleset } from '../helpers.js';
import { fixtureCard, startHubServer, type HubServer } from '../hub/hub-server.js';

const MISTRAL = fixtureCard('mistral-7b-instruct-v0.2.md');
const ADAPTER = fixtureCard('susastho-llama3-lora-adapter.md');
const DISTILBERT = fixtureCard('distilbert-finetuned-emotion.md');
const CONTEXT: CacheContext = { version: '1.0.0', rulesetDigest: 'sha256:r', policyDigest: null, asOf: '2026-09-01' };

function workspace(): string {
  const cwd = mkdtempSync(join(tmpdir(), 'aag-cache-'));
  writeFileSync(join(cwd, 'mistral.md'), MISTRAL);
  writeFileSync(join(cwd, 'adapter.md'), ADAPTER);
  return cwd;
}

/** checkFiles in this thread, recording which paths it was asked to check. */
function recordingCheck(cwd: string, asked: string[][]) {
  return (paths: string[]) => {
    asked.push(paths);
    return checkFiles(paths, { cwd, maxBytes: 5 << 20, jobs: 1, ruleset: shippedRuleset(), timeBudgetMs: 0 });
  };
}

const verdictsOf = (reports: FileReport[]) => reports.map(({ provenance: _p, ...rest }) => rest);

describe('the content cache', () => {
  it('checks only the cards that changed, and gives the same reports', async () => {
    const cwd = workspace();
    const cache = openContentCache(join(cwd, '.cache'), CONTEXT, () => {});
    const asked: string[][] = [];
    const paths = ['adapter.md', 'mistral.md'];
    const first = await checkThroughCache(paths, cwd, cache, recordingCheck(cwd, asked));
    const second = await checkThroughCache(paths, cwd, cache, recordingCheck(cwd, asked));
    expect(asked).toEqual([paths, []]);
    expect(verdictsOf(second)).toEqual(verdictsOf(first));
    expect(second[1].provenance?.sha256).toBe(first[1].provenance?.sha256);
    writeFileSync(join(cwd, 'mistral.md'), `${MISTRAL}\n## Limitations\n\nIt has no moderation mechanisms.\n`);
    await checkThroughCache(paths, cwd, cache, recordingCheck(cwd, asked));
    expect(asked[2]).toEqual(['mistral.md']);
  });

  it('keys entries by tool version, ruleset, policy and date', async () => {
    const cwd = workspace();
    const asked: string[][] = [];
    const run = (context: CacheContext) =>
      checkThroughCache(
        ['adapter.md'],
        cwd,
        openContentCache(join(cwd, '.cache'), context, () => {}),
        recordingCheck(cwd, asked),
      );
    await run(CONTEXT);
    await run(CONTEXT);
    await run({ ...CONTEXT, asOf: '2027-09-01' });
    await run({ ...CONTEXT, rulesetDigest: 'sha256:other' });
    await run({ ...CONTEXT, policyDigest: 'sha256:p' });
    await run({ ...CONTEXT, version: '1.0.1' });
    expect(asked.map((paths) => paths.length)).toEqual([1, 0, 1, 1, 1, 1]);
  });

  it('ignores a corrupt or foreign entry with a warning and checks the card again', async () => {
    const cwd = workspace();
    const warnings: string[] = [];
    const asked: string[][] = [];
    const cache = openContentCache(join(cwd, '.cache'), CONTEXT, (message) => warnings.push(message));
    const first = await checkThroughCache(['adapter.md'], cwd, cache, recordingCheck(cwd, asked));
    const folder = join(cwd, '.cache', 'reports');
    const entryFile = (() => {
      const sub = readdirSync(folder)[0];
      return join(folder, sub, readdirSync(join(folder, sub))[0]);
    })();
    for (const [content, reason] of [
      ['{"format": "ai-act-gate-cache/1", "key": "x', 'not valid JSON'],
      ['{"format": "something-else/2", "report": {}}', 'not an ai-act-gate-cache/1 entry'],
      [
        JSON.stringify({ ...JSON.parse(readFileSync(entryFile, 'utf8')), key: 'f'.repeat(64) }),
        'its key does not match',
      ],
      [
        JSON.stringify({ format: 'ai-act-gate-cache/1', key: entryFile.slice(-69, -5), report: { path: 'x' } }),
        'its report is incomplete',
      ],
    ]) {
      writeFileSync(entryFile, content);
      const again = await checkThroughCache(['adapter.md'], cwd, cache, recordingCheck(cwd, asked));
      expect(verdictsOf(again)).toEqual(verdictsOf(first));
      expect(warnings.pop()).toMatch(new RegExp(`^ignored cache entry .*: ${reason}.*; the card is checked again$`));
    }
    expect(asked).toHaveLength(5);
    expect(cache.stats.ignored).toBe(4);
  });
});

describe('check --cache', () => {
  let hub: HubServer;
  beforeAll(async () => {
    hub = await startHubServer([
      { id: '2en/distilbert-emotion', sha: 'a'.repeat(40), files: { 'README.md': DISTILBERT }, parameters: 66955010 },
    ]);
  });
  afterAll(() => hub.close());

  async function check(cwd: string, ...args: string[]) {
    let stdout = '';
    let stderr = '';
    await runCli(['check', ...args, '--format', 'json', '--jobs', '1', '--hub-url', hub.url, '--no-config'], {
      cwd,
      stdout: (text) => (stdout += text),
      stderr: (text) => (stderr += text),
    });
    return { report: JSON.parse(stdout) as Report, stderr };
  }

  it('gives the same report on a re-run, and sends the Hub only conditional requests', async () => {
    const cwd = workspace();
    const args = ['adapter.md', 'mistral.md', 'hf://2en/distilbert-emotion', '--cache', '.cache'];
    const first = await check(cwd, ...args);
    const sent = hub.requests.length;
    const second = await check(cwd, ...args);
    expect(second.report).toEqual(first.report);
    expect(second.stderr).toBe('');
    const again = hub.requests.slice(sent);
    expect(again.length).toBeGreaterThan(0);
    expect(again.every((request) => request.conditional && request.status === 304)).toBe(true);
    const plain = await check(cwd, 'adapter.md', 'mistral.md', 'hf://2en/distilbert-emotion');
    expect(plain.report).toEqual(first.report);
  });
});
