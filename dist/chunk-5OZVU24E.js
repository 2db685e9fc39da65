import { createRequire as __aagCreateRequire } from 'node:module'; const require = __aagCreateRequire(import.meta.url);

// src/render/escape.ts
var ZWJ = "\u200D";
var TEXT_LIMITS = { path: 300, quote: 200, message: 600, reason: 400, id: 100 };
function clip(text, max) {
  if (text.length <= max) return text;
  let cut = text.slice(0, Math.max(0, max - 1));
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut}\u2026`;
}
function singleLine(value) {
  const text = typeof value === "string" ? value : value === null || value === void 0 ? "" : String(value);
  return text.replace(/\r\n?|[\n\t\v\f\u0085\u2028\u2029]/g, " ").replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, "");
}
function neutralise(value, max = TEXT_LIMITS.message) {
  return neutraliseKeepingUrls(value, max).replace(/:\/\//g, `:/${ZWJ}/`).replace(/\b(www)\./gi, `$1${ZWJ}.`);
}
function neutraliseKeepingUrls(value, max = TEXT_LIMITS.message) {
  return clip(singleLine(value), max).replace(/@(?=[A-Za-z0-9])/g, `@${ZWJ}`).replace(/#(?=\d)/g, `#${ZWJ}`).replace(/\b(GH)-(?=\d)/gi, `$1${ZWJ}-`).replace(/</g, `<${ZWJ}`).replace(/\b(ai-act-gate):(report)/gi, `$1${ZWJ}:$2`);
}
var plain = (value) => ({ type: "text", value });
var cardText = (value, max) => ({ type: "text", value: neutralise(value, max) });
var cardCode = (value, max = TEXT_LIMITS.id) => ({
  type: "inlineCode",
  value: neutralise(value, max)
});
function httpUrl(value) {
  if (typeof value !== "string") return null;
  try {
    const url = new URL(value.trim());
    return url.protocol === "https:" || url.protocol === "http:" ? url.href : null;
  } catch {
    return null;
  }
}
function linked(url, children) {
  const safe = httpUrl(url);
  return safe ? [{ type: "link", url: safe, children }] : children;
}
function blobUrl(source, path, line) {
  const server = httpUrl(source.serverUrl)?.replace(/\/+$/, "");
  const { repository, headSha } = source;
  if (!server || !repository || !headSha) return null;
  if (!/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(repository) || !/^[0-9a-f]{7,64}$/i.test(headSha)) return null;
  const segments = singleLine(path).split(/[\\/]+/).filter((segment) => segment !== "" && segment !== ".").map((segment) => segment === ".." ? "%2E%2E" : encodeURIComponent(segment));
  if (segments.length === 0) return null;
  const anchor = line !== null && line !== void 0 && Number.isInteger(line) && line >= 1 ? `#L${line}` : "";
  return `${server}/${repository}/blob/${headSha}/${segments.join("/")}${anchor}`;
}
function lineOf(value, fallback = 1) {
  return typeof value === "number" && Number.isInteger(value) && value >= 1 ? value : fallback;
}

export {
  TEXT_LIMITS,
  clip,
  singleLine,
  neutralise,
  neutraliseKeepingUrls,
  plain,
  cardText,
  cardCode,
  httpUrl,
  linked,
  blobUrl,
  lineOf
};
