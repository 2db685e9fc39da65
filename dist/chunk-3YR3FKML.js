import { createRequire as __aagCreateRequire } from 'node:module'; const require = __aagCreateRequire(import.meta.url);
import {
  statusOf
} from "./chunk-QRXL53OW.js";

// src/publish/repository-file.ts
async function readRepositoryFile(octokit, target) {
  let data;
  try {
    ({ data } = await octokit.rest.repos.getContent({
      owner: target.owner,
      repo: target.repo,
      path: target.path,
      ...target.ref ? { ref: target.ref } : {}
    }));
  } catch (error) {
    if (statusOf(error) === 404) return null;
    throw error;
  }
  if (Array.isArray(data) || data.type !== "file") return null;
  const file = data;
  if (file.encoding !== "base64" || typeof file.content !== "string") {
    throw new Error(
      `${target.path}${target.ref ? ` at ${target.ref}` : ""} is too large for the contents API (${file.size ?? "?"} bytes)`
    );
  }
  return Buffer.from(file.content, "base64").toString("utf8");
}

export {
  readRepositoryFile
};
