import { createRequire as __aagCreateRequire } from 'node:module'; const require = __aagCreateRequire(import.meta.url);
import {
  ORG_MARKDOWN_LIMITS,
  renderOrgMarkdown
} from "./chunk-2WGHWLPK.js";
import "./chunk-BJWQOTFX.js";
import "./chunk-VBN7N4WP.js";
import "./chunk-JAWS4I5Y.js";
import "./chunk-5OZVU24E.js";
import "./chunk-3IT5TNIP.js";
import "./chunk-KAMNI3PN.js";
import "./chunk-UIU2T2WH.js";
export {
  ORG_MARKDOWN_LIMITS,
  renderOrgMarkdown
};
