/**
 * Card texts read through the API (the organisation scan) are checked in a worker under the time
 * budget: stub workers speaking the pool's protocol hang or crash on chosen cards.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CardChecker } from '../../src/card-checker.js';
import { LARGE_CARD_BYTES, LARGE_CARD_HEAP, WORKER_HEAP } from '../../src/check-files.js';
import { checkCard } from '../../src/lint.js';
import { shippedRuleset } from '../helpers.js';
import { writeStubWorker } from '../stub-worker.js';

const stubs = mkdtempSync(join(tmpdir(), 'aag-card-checker-'));
afterAll(() => rmSync(stubs, { recursive: true, force: true }));

const stubWorker = (name: string, onText: string): URL => writeStubWorker(stubs, name, onText, { queued: true });

const BUDGET_MS = 600;

describe('CardChecker', () => {
  it('checks texts in order in one worker, and skips a card that overruns the budget with a finding', async () => {
    const checker = new CardChecker({
      ruleset: shippedRuleset(),
      timeBudgetMs: BUDGET_MS,
      workerFile: stubWorker('spin.mjs', `if (text.includes('HANG')) for (;;) {}`),
    });
    const started = Date.now();
    const reports = await Promise.all(
      ['# a', 'HANG', '# ccc', '# dddd'].map((text, i) => checker.check(`repo/card-${i}.md`, text)),
    );
    await checker.close();
    expect(reports.map((report) => report.titleLine)).toEqual([3, 1, 5, 6]);
    expect(reports[1].problems).toEqual([
      expect.objectContaining({
        severity: 'error',
        message: expect.stringMatching(/^checking took longer than 0\.6 s; skipped/),
      }),
    ]);
    expect(Date.now() - started).toBeLessThan(BUDGET_MS * 8);
  });

  it('moves to a worker with the larger heap for a card of 1 MB or more', async () => {
    const checker = new CardChecker({
      ruleset: shippedRuleset(),
      timeBudgetMs: 5_000,
      workerFile: stubWorker(
        'heap.mjs',
        `if (text.startsWith('HEAP')) throw new Error('heap ' + resourceLimits.maxOldGenerationSizeMb);`,
      ),
    });
    const small = await checker.check('a.md', 'HEAP');
    const large = await checker.check('b.md', `HEAP${'x'.repeat(LARGE_CARD_BYTES)}`);
    await checker.close();
    expect(small.problems[0].message).toBe(`internal error while checking: heap ${WORKER_HEAP.maxOldGenerationSizeMb}`);
    expect(large.problems[0].message).toBe(
      `internal error while checking: heap ${LARGE_CARD_HEAP.maxOldGenerationSizeMb}`,
    );
  });

  it('reports a card whose worker crashes and goes on in a fresh worker', async () => {
    const checker = new CardChecker({
      ruleset: shippedRuleset(),
      timeBudgetMs: 5_000,
      workerFile: stubWorker('crash.mjs', `if (text.includes('CRASH')) process.exit(3);`),
    });
    const first = await checker.check('a.md', 'CRASH');
    const second = await checker.check('b.md', '# fine');
    await checker.close();
    expect(first.problems[0].message).toMatch(/^internal error while checking: worker thread stopped/);
    expect(second.titleLine).toBe(6);
  });

  it('checks in this thread without a budget, or when there is no worker script (unbundled)', async () => {
    const text = '---\nlicense: mit\n---\n# Model\n\nA small model.\n';
    const expected = checkCard('m.md', text, shippedRuleset());
    const noBudget = new CardChecker({
      ruleset: shippedRuleset(),
      timeBudgetMs: 0,
      workerFile: stubWorker('never.mjs', 'for (;;) {}'),
    });
    expect(await noBudget.check('m.md', text)).toEqual(expected);
    const noWorker = new CardChecker({
      ruleset: shippedRuleset(),
      workerFile: pathToFileURL(join(stubs, 'missing.js')),
    });
    expect(await noWorker.check('m.md', text)).toEqual(expected);
  });
});
