/** Tests write their temporary files inside the run's own folder, which the run removes at its end. */
import { tmpdir } from 'node:os';
import { basename, dirname } from 'node:path';

describe('the test run’s temporary folder', () => {
  it('is where os.tmpdir() points, so nothing is left in the system’s temporary directory', () => {
    const folder = process.env.AAG_TEST_TMP;
    expect(folder).toBeTruthy();
    expect(tmpdir()).toBe(folder);
    expect(basename(folder!)).toMatch(/^aag-jest-run-/);
    expect(dirname(folder!)).not.toBe(folder);
  });
});
