#!/usr/bin/env node
/** CLI entry point: hands argv to runCli and exits with its code. */
import { runCli } from './cli-main.js';

const code = await runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  isTTY: process.stdout.isTTY,
  drained: () =>
    process.stdout.writableNeedDrain
      ? new Promise((resolve) => process.stdout.once('drain', resolve))
      : Promise.resolve(),
});
process.exitCode = code;
