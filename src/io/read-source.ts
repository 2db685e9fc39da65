/**
 * Reads a card file defensively: size limit, binary detection, UTF-16 and invalid UTF-8 handled.
 * Never throws: a file that cannot be used comes back with the reason.
 */
import { open } from 'node:fs/promises';

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

export type SourceResult = { ok: true; text: string; warnings: string[] } | { ok: false; reason: string };

export async function readSource(path: string, maxBytes = DEFAULT_MAX_BYTES): Promise<SourceResult> {
  let handle;
  try {
    handle = await open(path, 'r');
    const stat = await handle.stat();
    if (!stat.isFile()) return { ok: false, reason: `${path} is not a regular file` };
    if (stat.size > maxBytes) {
      return { ok: false, reason: `file is ${formatBytes(stat.size)}, above the ${formatBytes(maxBytes)} limit (--max-size); not checked` };
    }
    const buffer = await handle.readFile();
    return decode(buffer);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, reason: code === 'ENOENT' ? 'file not found' : `cannot read file (${code ?? (error as Error).message})` };
  } finally {
    await handle?.close();
  }
}

/** Decodes card bytes: UTF-8 (with or without BOM) or UTF-16 with a BOM; binary is refused. */
export function decode(buffer: Uint8Array): SourceResult {
  if (buffer[0] === 0xff && buffer[1] === 0xfe) return { ok: true, text: new TextDecoder('utf-16le').decode(buffer.subarray(2)), warnings: [] };
  if (buffer[0] === 0xfe && buffer[1] === 0xff) return { ok: true, text: new TextDecoder('utf-16be').decode(buffer.subarray(2)), warnings: [] };
  const head = buffer.subarray(0, 8192);
  if (head.includes(0)) return { ok: false, reason: 'binary file (contains NUL bytes); expected a Markdown model card' };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(buffer), warnings: [] };
  } catch {
    return {
      ok: true,
      text: new TextDecoder('utf-8').decode(buffer),
      warnings: ['file is not valid UTF-8; undecodable bytes were replaced with U+FFFD'],
    };
  }
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}
