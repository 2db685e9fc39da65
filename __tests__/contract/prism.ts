/**
 * Prism (@stoplight/prism-cli) serving GitHub's trimmed OpenAPI description as a mock on 127.0.0.1,
 * with `--errors`, so a request that breaks the contract gets an error answer and a logged violation.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { ROOT } from '../helpers.js';
import { TRIMMED_DESCRIPTION } from './openapi-contract.js';

export interface PrismServer {
  url: string;
  /** Everything Prism printed so far, line by line. */
  lines: string[];
  stop(): void;
}

const STARTUP_TIMEOUT_MS = 30_000;

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** Starts Prism, or explains why it could not (the caller skips its tests with that reason). */
export async function startPrism(): Promise<PrismServer | string> {
  const binary = join(ROOT, 'node_modules', '.bin', 'prism');
  if (!existsSync(binary)) return `${binary} not found (npm ci installs @stoplight/prism-cli)`;
  const port = await freePort();
  const child: ChildProcess = spawn(
    binary,
    ['mock', '-h', '127.0.0.1', '-p', String(port), '--errors', TRIMMED_DESCRIPTION],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const lines: string[] = [];
  const collect = (chunk: Buffer) => lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);
  const stop = () => {
    if (child.exitCode === null) child.kill();
  };
  const started = await new Promise<true | string>((resolve) => {
    const timer = setTimeout(
      () =>
        resolve(`Prism did not start listening within ${STARTUP_TIMEOUT_MS / 1000} s:\n${lines.slice(-5).join('\n')}`),
      STARTUP_TIMEOUT_MS,
    );
    const poll = setInterval(() => {
      if (lines.some((line) => line.includes('Prism is listening'))) finish(true);
    }, 50);
    const finish = (result: true | string) => {
      clearTimeout(timer);
      clearInterval(poll);
      resolve(result);
    };
    child.once('exit', (code) =>
      finish(`Prism exited (code ${code}) before listening:\n${lines.slice(-5).join('\n')}`),
    );
    child.once('error', (error) => finish(`Prism could not be started: ${error.message}`));
  });
  if (started !== true) {
    stop();
    return started;
  }
  return { url: `http://127.0.0.1:${port}`, lines, stop };
}

/** Prism's log lines about contract violations or errors it answered with. */
export function violationsIn(lines: readonly string[]): string[] {
  return lines.filter((line) => /Violation:|✖\s+error/.test(line));
}
