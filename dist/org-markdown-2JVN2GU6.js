import { createRequire as __aagCreateRequire } from 'node:module'; const require = __aagCreateRequire(import.meta.url);
import {
  ORG_MARKDOWN_LIMITS,
  renderOrgMarkdown
} from "./chunk-IPCWP4I7.js";
import "./chunk-C3HHSM4J.js";
import "./chunk-32QMFV7H.js";
import "./chunk-VBN7N4WP.js";
import "./chunk-DF77QPBL.js";
import "./chunk-75N2Z7IK.js";
import "./chunk-3IT5TNIP.js";
import "./chunk-UIU2T2WH.js";
export {
  ORG_MARKDOWN_LIMITS,
  renderOrgMarkdown
};
