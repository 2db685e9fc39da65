/** runWithin: work in this thread stopped by vm's timeout, which the work itself cannot catch. */
import { OUT_OF_TIME, runWithin } from '../src/run-within.js';

describe('runWithin', () => {
  it('returns what the work returns when it finishes in time', () => {
    expect(runWithin(() => ({ answer: 42 }), 1_000)).toEqual({ answer: 42 });
  });

  it('stops a loop that never ends, even one that catches everything', () => {
    const started = Date.now();
    const result = runWithin(() => {
      for (;;) {
        try {
          for (;;);
        } catch {
          // A check's own error handling must not swallow the stop.
        }
      }
    }, 200);
    expect(result).toBe(OUT_OF_TIME);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('stops a regular expression backtracking catastrophically', () => {
    const pattern = new RegExp('^(a+)+$');
    expect(runWithin(() => pattern.test(`${'a'.repeat(40)}!`), 200)).toBe(OUT_OF_TIME);
    // This thread goes on as before.
    expect(runWithin(() => pattern.test('aaa'), 1_000)).toBe(true);
  });

  it("passes the work's own errors on", () => {
    expect(() =>
      runWithin(() => {
        throw new RangeError('from the work');
      }, 1_000),
    ).toThrow(new RangeError('from the work'));
  });
});
