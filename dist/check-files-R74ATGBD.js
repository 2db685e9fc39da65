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
} from "./chunk-DNFRVAZL.js";
import "./chunk-GUG4VCDB.js";
import "./chunk-DYCWSYI5.js";
import "./chunk-N7WLNTJF.js";
import "./chunk-73N6FTWY.js";
import "./chunk-RG5CQAGC.js";
import "./chunk-LMMN5B4V.js";
import {
  DEFAULT_TIME_BUDGET_MS
} from "./chunk-3O4WNQMN.js";
import "./chunk-AYMFEIHT.js";
import "./chunk-Z4A6QR2X.js";
import "./chunk-PLPMFADU.js";
import "./chunk-G7S77VK7.js";
import "./chunk-GDT6HEJU.js";
import "./chunk-DICQ7BKT.js";
import "./chunk-C4ZWKCVA.js";
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
