import { createRequire as __aagCreateRequire } from 'node:module'; const require = __aagCreateRequire(import.meta.url);
import {
  checkOneFile,
  checkText,
  loadRulesetOnDemand
} from "./chunk-ALMR5UWF.js";
import "./chunk-32C2L2LA.js";
import "./chunk-MYXRLMEW.js";
import "./chunk-J6OWVH3F.js";
import "./chunk-EOQHAWN4.js";
import "./chunk-VMSX2L7G.js";
import "./chunk-Y76VXVZL.js";
import "./chunk-OJF4BY46.js";
import "./chunk-OFF34GHB.js";
import "./chunk-VBN7N4WP.js";
import "./chunk-KAMNI3PN.js";
import "./chunk-UIU2T2WH.js";

// src/worker.ts
import { parentPort, workerData } from "node:worker_threads";
if (!parentPort) throw new Error("worker.js runs as a worker thread of ai-act-gate, not on its own");
var port = parentPort;
var setup = workerData;
var ruleset = setup.ruleset ?? await loadRulesetOnDemand(setup.rulesDirectory, setup.extraRuleDirectories);
port.on("message", (request) => {
  for (const { index, path, text, policy, now } of request.files) {
    const report = text === void 0 ? checkOneFile(path, setup, ruleset) : checkText(path, text, ruleset, policy ?? setup.policy, now === void 0 ? void 0 : new Date(now));
    port.postMessage({ type: "report", index, report });
  }
});
port.postMessage({ type: "ready" });
