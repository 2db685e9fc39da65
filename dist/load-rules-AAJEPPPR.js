import { createRequire as __aagCreateRequire } from 'node:module'; const require = __aagCreateRequire(import.meta.url);
import {
  loadRuleset,
  ruleFileName
} from "./chunk-OPNJ356H.js";
import "./chunk-XM6WPM2Y.js";
import "./chunk-WVCVW4XJ.js";
import "./chunk-KM64UI2G.js";
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
