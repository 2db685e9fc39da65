import { createRequire as __aagCreateRequire } from 'node:module'; const require = __aagCreateRequire(import.meta.url);
import {
  ORG_MARKDOWN_LIMITS,
  renderOrgMarkdown
} from "./chunk-MUIW2WGM.js";
import "./chunk-MKJ5OUAC.js";
import "./chunk-WZRJSXON.js";
import "./chunk-QEPN7MZW.js";
import "./chunk-5OZVU24E.js";
import "./chunk-L2JWAVTU.js";
import "./chunk-XX44JF55.js";
import "./chunk-M5Q4BYK6.js";
import "./chunk-RG5CQAGC.js";
import "./chunk-MCBLOSZH.js";
import "./chunk-RV5MQADE.js";
import "./chunk-I3MQBP5U.js";
import "./chunk-ODAIUGEL.js";
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
