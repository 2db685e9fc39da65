import { createRequire as __aagCreateRequire } from 'node:module'; const require = __aagCreateRequire(import.meta.url);
import {
  openCliCache
} from "./chunk-PKWP5Y4U.js";
import "./chunk-QEDUW24Q.js";
import "./chunk-VMSX2L7G.js";
import "./chunk-Y76VXVZL.js";
import "./chunk-UIU2T2WH.js";
export {
  openCliCache
};
