import { createRequire as __aagCreateRequire } from 'node:module'; const require = __aagCreateRequire(import.meta.url);

// src/provenance/digests.ts
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
function sha256Hex(bytes) {
  return createHash("sha256").update(bytes).digest("hex");
}
function gitBlobId(bytes) {
  return createHash("sha1").update(`blob ${bytes.length}\0`).update(bytes).digest("hex");
}
function cardProvenance(bytes, hub) {
  const provenance = { sha256: sha256Hex(bytes), gitBlob: gitBlobId(bytes) };
  if (hub) provenance.hub = hub;
  return provenance;
}
function rulesetDigest(directories) {
  const hash = createHash("sha256");
  directories.forEach((directory, index) => {
    for (const path of filesUnder(directory)) {
      hash.update(`${index}:${relative(directory, path).split(sep).join("/")}\0`);
      hash.update(readFileSync(path));
      hash.update("\0");
    }
  });
  return `sha256:${hash.digest("hex")}`;
}
function filesUnder(directory) {
  const files = [];
  const walk = (folder) => {
    let entries;
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0)) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) files.push(path);
    }
  };
  walk(directory);
  return files;
}
var LOCATION_KEYS = /* @__PURE__ */ new Set(["sources", "settingsFrom", "from", "cardPathBase", "ruleFolders"]);
function policyDigest(policy) {
  if (!policy.sources.length && !policy.asOf) return null;
  return `sha256:${sha256Hex(canonicalJson(policy))}`;
}
function canonicalJson(value) {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value).filter(([key, item]) => !LOCATION_KEYS.has(key) && item !== void 0).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

export {
  sha256Hex,
  cardProvenance,
  rulesetDigest,
  policyDigest
};
