import { createRequire as __aagCreateRequire } from 'node:module'; const require = __aagCreateRequire(import.meta.url);
import {
  loadRuleset,
  ruleFileName
} from "./chunk-KLSWS3O7.js";
import "./chunk-Q6I5MLFZ.js";
import "./chunk-3QHZN3R5.js";
import "./chunk-ODAIUGEL.js";
import {
  RuleLoadError,
  defaultRulesDirectory
} from "./chunk-746URBFR.js";
import "./chunk-QEDUW24Q.js";
import "./chunk-3NZDNUJZ.js";
import "./chunk-CSBECP3I.js";
import "./chunk-UIU2T2WH.js";
export {
  RuleLoadError,
  defaultRulesDirectory,
  loadRuleset,
  ruleFileName
};
