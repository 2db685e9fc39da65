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
} from "./chunk-RPD2XTUP.js";
import "./chunk-UUOQDD46.js";
import "./chunk-NL2QL32C.js";
import "./chunk-NQ2HNNKS.js";
import "./chunk-7KKXPEHT.js";
import "./chunk-RG5CQAGC.js";
import "./chunk-MCBLOSZH.js";
import {
  DEFAULT_TIME_BUDGET_MS
} from "./chunk-NEXKTICO.js";
import "./chunk-AYMFEIHT.js";
import "./chunk-Z4A6QR2X.js";
import "./chunk-PLPMFADU.js";
import "./chunk-G7S77VK7.js";
import "./chunk-J6U2C36Q.js";
import "./chunk-RFKPFFVV.js";
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
