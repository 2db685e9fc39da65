import { createRequire as __aagCreateRequire } from 'node:module'; const require = __aagCreateRequire(import.meta.url);
import {
  RuleLoadError,
  defaultRulesDirectory,
  loadRuleset,
  ruleFileName
} from "./chunk-Y3NU665T.js";
import "./chunk-OJF4BY46.js";
import "./chunk-OFF34GHB.js";
import "./chunk-UIU2T2WH.js";
export {
  RuleLoadError,
  defaultRulesDirectory,
  loadRuleset,
  ruleFileName
};
