import { createRequire as __aagCreateRequire } from 'node:module'; const require = __aagCreateRequire(import.meta.url);
import {
  ORG_MARKDOWN_LIMITS,
  renderOrgMarkdown
} from "./chunk-R5GRGPXM.js";
import "./chunk-MKJ5OUAC.js";
import "./chunk-62LHGGXA.js";
import "./chunk-J4OFHAFR.js";
import "./chunk-5OZVU24E.js";
import "./chunk-L2JWAVTU.js";
import "./chunk-OE2HBHY3.js";
import "./chunk-UAWDC3ZN.js";
import "./chunk-RG5CQAGC.js";
import "./chunk-MCBLOSZH.js";
import "./chunk-TBBB26JU.js";
import "./chunk-Z5PRPZD7.js";
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
