import { createRequire as __aagCreateRequire } from 'node:module'; const require = __aagCreateRequire(import.meta.url);
import {
  ORG_MARKDOWN_LIMITS,
  renderOrgMarkdown
} from "./chunk-ZP7VZQXB.js";
import "./chunk-MKJ5OUAC.js";
import "./chunk-FR54XIZG.js";
import "./chunk-6GMO3PT5.js";
import "./chunk-5OZVU24E.js";
import "./chunk-L2JWAVTU.js";
import "./chunk-2L5Y2EML.js";
import "./chunk-JHFRDUMQ.js";
import "./chunk-RG5CQAGC.js";
import "./chunk-LMMN5B4V.js";
import "./chunk-JS7NLC5S.js";
import "./chunk-IK5JE6GH.js";
import "./chunk-C4ZWKCVA.js";
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
