import { createRequire as __aagCreateRequire } from 'node:module'; const require = __aagCreateRequire(import.meta.url);

// src/model/tier.ts
var TIERS = ["not-gpai", "gpai-open-source", "gpai", "gpai-systemic-risk", "modification", "unknown"];

export {
  TIERS
};
