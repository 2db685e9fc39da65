import { createRequire as __aagCreateRequire } from 'node:module'; const require = __aagCreateRequire(import.meta.url);
import {
  RuleLoadError,
  defaultRulesDirectory,
  loadRuleset,
  ruleFileName
} from "./chunk-NR42ECDR.js";
import "./chunk-WNTVL4AH.js";
import "./chunk-UIU2T2WH.js";
export {
  RuleLoadError,
  defaultRulesDirectory,
  loadRuleset,
  ruleFileName
};
