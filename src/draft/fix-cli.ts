import type { CliIo } from '../cli-main.js';
export async function runFix(_argv: string[], _io: CliIo): Promise<number> {
  return 2;
}
