import { createRequire as __aagCreateRequire } from 'node:module'; const require = __aagCreateRequire(import.meta.url);

// src/config/types.ts
var DEFAULT_CONFIG_PATH = ".github/ai-act-gate.yml";
var EMPTY_POLICY = {
  sources: [],
  paths: [],
  ignore: [],
  failOn: null,
  releaseDate: null,
  asOf: null,
  rules: {},
  ruleFolders: [],
  tierOverrides: [],
  waivers: []
};
var ConfigError = class extends Error {
};

export {
  DEFAULT_CONFIG_PATH,
  EMPTY_POLICY,
  ConfigError
};
