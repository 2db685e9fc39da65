import { createRequire as __aagCreateRequire } from 'node:module'; const require = __aagCreateRequire(import.meta.url);
import {
  loadRuleset,
  ruleFileName
} from "./chunk-A447YCO3.js";
import "./chunk-J6U2C36Q.js";
import "./chunk-RFKPFFVV.js";
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
