import { createRequire as __aagCreateRequire } from 'node:module'; const require = __aagCreateRequire(import.meta.url);
import {
  LARGE_CARD_BYTES,
  LARGE_CARD_HEAP,
  MIN_FILES_FOR_WORKERS,
  WORKER_HEAP,
  checkFiles,
  checkOneFile,
  checkText,
  internalError,
  isCloneable,
  loadRulesetOnDemand,
  outOfMemory,
  timeBudget,
  timedOut,
  workerHeap
} from "./chunk-VD5UWBKK.js";
import "./chunk-MIR5CLGR.js";
import "./chunk-M2YFC4EY.js";
import "./chunk-FA2JRQXU.js";
import "./chunk-APEIN3RY.js";
import "./chunk-RG5CQAGC.js";
import "./chunk-H6Q2CW2E.js";
import {
  DEFAULT_TIME_BUDGET_MS
} from "./chunk-Z375U6T3.js";
import "./chunk-AYMFEIHT.js";
import "./chunk-Z4A6QR2X.js";
import "./chunk-PLPMFADU.js";
import "./chunk-G7S77VK7.js";
import "./chunk-XM6WPM2Y.js";
import "./chunk-WVCVW4XJ.js";
import "./chunk-KM64UI2G.js";
import "./chunk-746URBFR.js";
import "./chunk-QEDUW24Q.js";
import "./chunk-KAMNI3PN.js";
import "./chunk-V6QSAUCR.js";
import "./chunk-CSBECP3I.js";
import "./chunk-UIU2T2WH.js";
export {
  DEFAULT_TIME_BUDGET_MS,
  LARGE_CARD_BYTES,
  LARGE_CARD_HEAP,
  MIN_FILES_FOR_WORKERS,
  WORKER_HEAP,
  checkFiles,
  checkOneFile,
  checkText,
  internalError,
  isCloneable,
  loadRulesetOnDemand,
  outOfMemory,
  timeBudget,
  timedOut,
  workerHeap
};
