import { createRequire as __aagCreateRequire } from 'node:module'; const require = __aagCreateRequire(import.meta.url);
import {
  RuleLoadError,
  defaultRulesDirectory,
  loadRuleset,
  ruleFileName
} from "./chunk-PT6COOK5.js";
import "./chunk-PICBP5W5.js";
import "./chunk-UIU2T2WH.js";
export {
  RuleLoadError,
  defaultRulesDirectory,
  loadRuleset,
  ruleFileName
};
