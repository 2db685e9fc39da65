import { createRequire as __aagCreateRequire } from 'node:module'; const require = __aagCreateRequire(import.meta.url);

// src/io/read-source.ts
import { closeSync, constants, fstatSync, openSync, readFileSync } from "node:fs";
var DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
function readSource(path, maxBytes = DEFAULT_MAX_BYTES) {
  let descriptor;
  try {
    descriptor = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    const stat = fstatSync(descriptor);
    if (!stat.isFile()) return { ok: false, reason: `${path} is not a regular file` };
    if (stat.size > maxBytes) {
      return {
        ok: false,
        reason: `file is ${formatBytes(stat.size)}, above the ${formatBytes(maxBytes)} limit (--max-size); not checked`,
        skipped: true
      };
    }
    return decode(readFileSync(descriptor));
  } catch (error) {
    const code = error.code;
    return {
      ok: false,
      reason: code === "ENOENT" ? "file not found" : `cannot read file (${code ?? error.message})`
    };
  } finally {
    if (descriptor !== void 0) closeSync(descriptor);
  }
}
var STRICT_UTF8 = new TextDecoder("utf-8", { fatal: true });
var LENIENT_UTF8 = new TextDecoder("utf-8");
var UTF16_LE = new TextDecoder("utf-16le");
var UTF16_BE = new TextDecoder("utf-16be");
function decode(buffer) {
  if (buffer[0] === 255 && buffer[1] === 254)
    return { ok: true, text: UTF16_LE.decode(buffer.subarray(2)), warnings: [] };
  if (buffer[0] === 254 && buffer[1] === 255)
    return { ok: true, text: UTF16_BE.decode(buffer.subarray(2)), warnings: [] };
  const head = buffer.subarray(0, 8192);
  if (head.includes(0))
    return { ok: false, reason: "binary file (contains NUL bytes); expected a Markdown model card" };
  try {
    return { ok: true, text: STRICT_UTF8.decode(buffer), warnings: [] };
  } catch {
    return {
      ok: true,
      text: LENIENT_UTF8.decode(buffer),
      warnings: ["file is not valid UTF-8; undecodable bytes were replaced with U+FFFD"]
    };
  }
}
function formatBytes(bytes) {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

export {
  DEFAULT_MAX_BYTES,
  readSource,
  decode
};
