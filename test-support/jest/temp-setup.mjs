// Gives the test run a temporary folder of its own: every test (and every process it starts) that
// asks os.tmpdir() for a place writes inside it, and temp-teardown.mjs removes it afterwards, so a
// run leaves nothing in the system's temporary directory.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup() {
  const folder = mkdtempSync(join(tmpdir(), 'aag-jest-run-'));
  process.env.AAG_TEST_TMP_PARENT = process.env.TMPDIR ?? '';
  process.env.AAG_TEST_TMP = folder;
  process.env.TMPDIR = folder;
}
