import { createRequire as __aagCreateRequire } from 'node:module'; const require = __aagCreateRequire(import.meta.url);
import {
  RuleLoadError,
  defaultRulesDirectory,
  loadRuleset,
  ruleFileName
} from "./chunk-34LIGXJE.js";
import "./chunk-3FKC6KO6.js";
import "./chunk-ACRXH6BD.js";
import "./chunk-UIU2T2WH.js";
export {
  RuleLoadError,
  defaultRulesDirectory,
  loadRuleset,
  ruleFileName
};
