import { createRequire as __aagCreateRequire } from 'node:module'; const require = __aagCreateRequire(import.meta.url);
import {
  DASHBOARD_CSP,
  ORG_DASHBOARD_LIMITS,
  renderOrgDashboard
} from "./chunk-DARH4ITN.js";
import "./chunk-4MRDJ3SO.js";
import "./chunk-5IUU5J2Y.js";
import "./chunk-3IT5TNIP.js";
import "./chunk-UIU2T2WH.js";
export {
  DASHBOARD_CSP,
  ORG_DASHBOARD_LIMITS,
  renderOrgDashboard
};
