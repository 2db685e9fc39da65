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
} from "./chunk-CAWU62JZ.js";
import "./chunk-4YTFUU76.js";
import "./chunk-DEVFWME5.js";
import "./chunk-QHPJ3SHR.js";
import "./chunk-LLY6N2LE.js";
import "./chunk-RG5CQAGC.js";
import "./chunk-MCBLOSZH.js";
import {
  DEFAULT_TIME_BUDGET_MS
} from "./chunk-XUW4G6LL.js";
import "./chunk-AYMFEIHT.js";
import "./chunk-Z4A6QR2X.js";
import "./chunk-PLPMFADU.js";
import "./chunk-G7S77VK7.js";
import "./chunk-V5FVSNF4.js";
import "./chunk-XFCYTLXA.js";
import "./chunk-ODAIUGEL.js";
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
