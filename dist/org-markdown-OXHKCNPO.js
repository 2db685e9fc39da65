import { createRequire as __aagCreateRequire } from 'node:module'; const require = __aagCreateRequire(import.meta.url);
import {
  ORG_MARKDOWN_LIMITS,
  renderOrgMarkdown
} from "./chunk-6XS4IPDF.js";
import "./chunk-MKJ5OUAC.js";
import "./chunk-RMC4DVZQ.js";
import "./chunk-EJIYQGF6.js";
import "./chunk-5OZVU24E.js";
import "./chunk-L2JWAVTU.js";
import "./chunk-YZ52EJW7.js";
import "./chunk-APEIN3RY.js";
import "./chunk-RG5CQAGC.js";
import "./chunk-H6Q2CW2E.js";
import "./chunk-K4EWAOQF.js";
import "./chunk-WVCVW4XJ.js";
import "./chunk-KM64UI2G.js";
import "./chunk-746URBFR.js";
import "./chunk-QEDUW24Q.js";
import "./chunk-3IT5TNIP.js";
import "./chunk-KAMNI3PN.js";
import "./chunk-CSBECP3I.js";
import "./chunk-UIU2T2WH.js";
export {
  ORG_MARKDOWN_LIMITS,
  renderOrgMarkdown
};
