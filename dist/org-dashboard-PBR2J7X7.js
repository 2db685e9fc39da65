import { createRequire as __aagCreateRequire } from 'node:module'; const require = __aagCreateRequire(import.meta.url);
import {
  DASHBOARD_CSP,
  ORG_DASHBOARD_LIMITS,
  renderOrgDashboard
} from "./chunk-LQ3V4RWO.js";
import "./chunk-MKJ5OUAC.js";
import "./chunk-5OZVU24E.js";
import "./chunk-L2JWAVTU.js";
import "./chunk-3IT5TNIP.js";
import "./chunk-KAMNI3PN.js";
import "./chunk-UIU2T2WH.js";
export {
  DASHBOARD_CSP,
  ORG_DASHBOARD_LIMITS,
  renderOrgDashboard
};
