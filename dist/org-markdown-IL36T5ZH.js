import { createRequire as __aagCreateRequire } from 'node:module'; const require = __aagCreateRequire(import.meta.url);
import {
  ORG_MARKDOWN_LIMITS,
  renderOrgMarkdown
} from "./chunk-NZGWPOAQ.js";
import "./chunk-MKJ5OUAC.js";
import "./chunk-YIXTZST7.js";
import "./chunk-5ZNI6NLM.js";
import "./chunk-5OZVU24E.js";
import "./chunk-L2JWAVTU.js";
import "./chunk-UT2VH76F.js";
import "./chunk-GJPVWTP7.js";
import "./chunk-RG5CQAGC.js";
import "./chunk-MCBLOSZH.js";
import "./chunk-M57C3U22.js";
import "./chunk-ZNXLCAI7.js";
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
