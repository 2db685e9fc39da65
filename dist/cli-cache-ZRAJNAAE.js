import { createRequire as __aagCreateRequire } from 'node:module'; const require = __aagCreateRequire(import.meta.url);
import {
  openCliCache
} from "./chunk-ESC6ALIX.js";
import "./chunk-PLPMFADU.js";
import "./chunk-G7S77VK7.js";
import "./chunk-QEDUW24Q.js";
import "./chunk-V6QSAUCR.js";
import "./chunk-UIU2T2WH.js";
export {
  openCliCache
};
