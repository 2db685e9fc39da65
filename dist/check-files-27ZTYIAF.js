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
} from "./chunk-VOBZMMEE.js";
import "./chunk-Q5CBQ7GR.js";
import "./chunk-J7WN3A55.js";
import "./chunk-LCEVUNJV.js";
import "./chunk-7Y5MZN3F.js";
import "./chunk-RG5CQAGC.js";
import "./chunk-MCBLOSZH.js";
import {
  DEFAULT_TIME_BUDGET_MS
} from "./chunk-H3YR6TAA.js";
import "./chunk-AYMFEIHT.js";
import "./chunk-Z4A6QR2X.js";
import "./chunk-PLPMFADU.js";
import "./chunk-G7S77VK7.js";
import "./chunk-3PBKV3OO.js";
import "./chunk-TJBYEEGC.js";
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
