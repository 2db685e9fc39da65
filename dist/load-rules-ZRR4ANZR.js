import { createRequire as __aagCreateRequire } from 'node:module'; const require = __aagCreateRequire(import.meta.url);
import {
  loadRuleset,
  ruleFileName
} from "./chunk-2Z3YPECD.js";
import "./chunk-T2C55F4L.js";
import "./chunk-RA3CXGMB.js";
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
