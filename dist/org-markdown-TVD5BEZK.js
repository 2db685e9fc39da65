import { createRequire as __aagCreateRequire } from 'node:module'; const require = __aagCreateRequire(import.meta.url);
import {
  ORG_MARKDOWN_LIMITS,
  renderOrgMarkdown
} from "./chunk-IGZYOE26.js";
import "./chunk-MKJ5OUAC.js";
import "./chunk-U6W6I4W7.js";
import "./chunk-PGBF24UR.js";
import "./chunk-5OZVU24E.js";
import "./chunk-L2JWAVTU.js";
import "./chunk-GNOEACO7.js";
import "./chunk-ZJYPV5PY.js";
import "./chunk-RG5CQAGC.js";
import "./chunk-LMMN5B4V.js";
import "./chunk-ZKGXYG5Q.js";
import "./chunk-BO3HKHMW.js";
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
