/**
 * Reads a card file defensively: size limit, binary detection, UTF-16 and invalid UTF-8 handled.
 * Never throws: a file that cannot be used comes back with the reason.
 */
import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs';

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

/** `skipped`: the file was left unread on purpose (above the size limit), not found unreadable. */
export type SourceResult =
  { ok: true; text: string; warnings: string[] } | { ok: false; reason: string; skipped?: true };

/**
 * Synchronous on purpose: cards are read by the thread that checks them, which has nothing else to
 * do meanwhile, and a round trip to libuv's threads per call cost more than the read itself (on 2,500
 * corpus cards: ~0.5 s of async file handling, plus idle waits between cards). Opened non-blocking
 * so that a named pipe posing as a card is refused instead of waiting for a writer.
 */
export function readSource(path: string, maxBytes = DEFAULT_MAX_BYTES): SourceResult {
  let descriptor: number | undefined;
  try {
    descriptor = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    const stat = fstatSync(descriptor);
    if (!stat.isFile()) return { ok: false, reason: `${path} is not a regular file` };
    if (stat.size > maxBytes) {
      return {
        ok: false,
        reason: `file is ${formatBytes(stat.size)}, above the ${formatBytes(maxBytes)} limit (--max-size); not checked`,
        skipped: true,
      };
    }
    return decode(readFileSync(descriptor));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return {
      ok: false,
      reason: code === 'ENOENT' ? 'file not found' : `cannot read file (${code ?? (error as Error).message})`,
    };
  } finally {
    if (descriptor !== undefined) closeSync(descriptor);
  }
}

// Decoding is stateless without { stream: true }: one decoder each serves every card.
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });
const LENIENT_UTF8 = new TextDecoder('utf-8');
const UTF16_LE = new TextDecoder('utf-16le');
const UTF16_BE = new TextDecoder('utf-16be');

/** Decodes card bytes: UTF-8 (with or without BOM) or UTF-16 with a BOM; binary is refused. */
export function decode(buffer: Uint8Array): SourceResult {
  if (buffer[0] === 0xff && buffer[1] === 0xfe)
    return { ok: true, text: UTF16_LE.decode(buffer.subarray(2)), warnings: [] };
  if (buffer[0] === 0xfe && buffer[1] === 0xff)
    return { ok: true, text: UTF16_BE.decode(buffer.subarray(2)), warnings: [] };
  const head = buffer.subarray(0, 8192);
  if (head.includes(0))
    return { ok: false, reason: 'binary file (contains NUL bytes); expected a Markdown model card' };
  try {
    return { ok: true, text: STRICT_UTF8.decode(buffer), warnings: [] };
  } catch {
    return {
      ok: true,
      text: LENIENT_UTF8.decode(buffer),
      warnings: ['file is not valid UTF-8; undecodable bytes were replaced with U+FFFD'],
    };
  }
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}
