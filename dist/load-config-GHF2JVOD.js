import { createRequire as __aagCreateRequire } from 'node:module'; const require = __aagCreateRequire(import.meta.url);
import {
  loadPolicyFile,
  locateExtends,
  networkFailure,
  parseConfigText,
  plainSchemaErrors,
  resolvePolicyText
} from "./chunk-Q7WVEFCD.js";
import "./chunk-3IT5TNIP.js";
import "./chunk-ZKUE62T2.js";
import "./chunk-3NZDNUJZ.js";
import "./chunk-KAMNI3PN.js";
import "./chunk-V6QSAUCR.js";
import "./chunk-CSBECP3I.js";
import "./chunk-UIU2T2WH.js";
export {
  loadPolicyFile,
  locateExtends,
  networkFailure,
  parseConfigText,
  plainSchemaErrors,
  resolvePolicyText
};
