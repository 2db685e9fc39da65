import { createRequire as __aagCreateRequire } from 'node:module'; const require = __aagCreateRequire(import.meta.url);
import {
  runOrgScanCli
} from "./chunk-O7HFDN4H.js";
import "./chunk-45JWSINW.js";
import "./chunk-WDRTL2HF.js";
import "./chunk-PT6COOK5.js";
import "./chunk-PICBP5W5.js";
import "./chunk-XO5KXNUX.js";
import "./chunk-Z7D3HPUL.js";
import "./chunk-NFOFGWX2.js";
import "./chunk-3YR3FKML.js";
import "./chunk-QRXL53OW.js";
import "./chunk-2X2G7XLD.js";
import "./chunk-OXLQUEP3.js";
import "./chunk-VBN7N4WP.js";
import "./chunk-5IUU5J2Y.js";
import "./chunk-3IT5TNIP.js";
import "./chunk-UIU2T2WH.js";
export {
  runOrgScanCli
};
