import { createRequire as __aagCreateRequire } from 'node:module'; const require = __aagCreateRequire(import.meta.url);
import {
  ORG_MARKDOWN_LIMITS,
  renderOrgMarkdown
} from "./chunk-IEHF3LMC.js";
import "./chunk-2X2G7XLD.js";
import "./chunk-OXLQUEP3.js";
import "./chunk-VBN7N4WP.js";
import "./chunk-4MRDJ3SO.js";
import "./chunk-5IUU5J2Y.js";
import "./chunk-3IT5TNIP.js";
import "./chunk-UIU2T2WH.js";
export {
  ORG_MARKDOWN_LIMITS,
  renderOrgMarkdown
};
