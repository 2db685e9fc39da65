import { createRequire as __aagCreateRequire } from 'node:module'; const require = __aagCreateRequire(import.meta.url);

// src/publish/status.ts
function statusOf(error) {
  const status = error?.status;
  return typeof status === "number" ? status : void 0;
}

export {
  statusOf
};
