import { createRequire as __aagCreateRequire } from 'node:module'; const require = __aagCreateRequire(import.meta.url);
import {
  ORG_MARKDOWN_LIMITS,
  renderOrgMarkdown
} from "./chunk-7HDB4PKQ.js";
import "./chunk-MKJ5OUAC.js";
import "./chunk-CKAL75SF.js";
import "./chunk-6XU5KU5R.js";
import "./chunk-5OZVU24E.js";
import "./chunk-L2JWAVTU.js";
import "./chunk-7EDRZMMA.js";
import "./chunk-FM7IXELB.js";
import "./chunk-RG5CQAGC.js";
import "./chunk-LMMN5B4V.js";
import "./chunk-S7NOVSGT.js";
import "./chunk-AKWQTEEM.js";
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
