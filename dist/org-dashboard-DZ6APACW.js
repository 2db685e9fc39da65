import { createRequire as __aagCreateRequire } from 'node:module'; const require = __aagCreateRequire(import.meta.url);
import {
  DASHBOARD_CSP,
  ORG_DASHBOARD_LIMITS,
  renderOrgDashboard
} from "./chunk-KMTBFSIK.js";
import "./chunk-DF77QPBL.js";
import "./chunk-75N2Z7IK.js";
import "./chunk-3IT5TNIP.js";
import "./chunk-UIU2T2WH.js";
export {
  DASHBOARD_CSP,
  ORG_DASHBOARD_LIMITS,
  renderOrgDashboard
};
