import { createRequire as __aagCreateRequire } from 'node:module'; const require = __aagCreateRequire(import.meta.url);
import {
  ORG_MARKDOWN_LIMITS,
  renderOrgMarkdown
} from "./chunk-7TL4EPIX.js";
import "./chunk-MKJ5OUAC.js";
import "./chunk-2H3WWAST.js";
import "./chunk-WNK2WY64.js";
import "./chunk-5OZVU24E.js";
import "./chunk-L2JWAVTU.js";
import "./chunk-FA2JRQXU.js";
import "./chunk-APEIN3RY.js";
import "./chunk-RG5CQAGC.js";
import "./chunk-H6Q2CW2E.js";
import "./chunk-XM6WPM2Y.js";
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
