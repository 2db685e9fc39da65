// Removes the run's temporary folder (see temp-setup.mjs) and gives the environment back its own.
import { rmSync } from 'node:fs';

export default function teardown() {
  const folder = process.env.AAG_TEST_TMP;
  if (folder) rmSync(folder, { recursive: true, force: true, maxRetries: 3 });
  if (process.env.AAG_TEST_TMP_PARENT) process.env.TMPDIR = process.env.AAG_TEST_TMP_PARENT;
  else delete process.env.TMPDIR;
}
