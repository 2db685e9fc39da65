import { createRequire as __aagCreateRequire } from 'node:module'; const require = __aagCreateRequire(import.meta.url);
import {
  checkOneFile,
  checkText,
  loadRulesetOnDemand,
  reportEncoder
} from "./chunk-RPD2XTUP.js";
import "./chunk-UUOQDD46.js";
import "./chunk-NL2QL32C.js";
import "./chunk-NQ2HNNKS.js";
import "./chunk-7KKXPEHT.js";
import "./chunk-RG5CQAGC.js";
import "./chunk-MCBLOSZH.js";
import "./chunk-NEXKTICO.js";
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

// src/worker.ts
import { parentPort, workerData } from "node:worker_threads";
if (!parentPort) throw new Error("worker.js runs as a worker thread of ai-act-gate, not on its own");
var port = parentPort;
var setup = workerData;
var ruleset = setup.ruleset ?? await loadRulesetOnDemand(setup.rulesDirectory, setup.extraRuleDirectories);
var encode = reportEncoder();
port.on("message", (request) => {
  for (const { index, path, text, policy, now } of request.files) {
    const report = text === void 0 ? checkOneFile(path, setup, ruleset) : checkText(path, text, ruleset, policy ?? setup.policy, now === void 0 ? void 0 : new Date(now));
    port.postMessage({ type: "report", index, ...encode(report) });
  }
});
port.postMessage({ type: "ready" });
