/** Files the Action leaves behind: the JSON report, the pull-request record, the SARIF log. */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/** Pretty-printed JSON with a final newline, creating the folder first. */
export async function writeJsonFile(path: string, value: unknown): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, `${JSON.stringify(value, null, 2)}\n`);
}
