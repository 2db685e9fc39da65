import { createRequire as __aagCreateRequire } from 'node:module'; const require = __aagCreateRequire(import.meta.url);
import {
  readRepositoryFile
} from "./chunk-3YR3FKML.js";

// src/org/remote-config.ts
function createRemoteConfigReader(octokit) {
  const cache = /* @__PURE__ */ new Map();
  return (target) => {
    const key = `${target.owner}/${target.repo}/${target.path}@${target.ref ?? ""}`;
    let pending = cache.get(key);
    if (!pending) cache.set(key, pending = readRepositoryFile(octokit, target));
    return pending;
  };
}

export {
  createRemoteConfigReader
};
