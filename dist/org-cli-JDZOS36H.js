import { createRequire as __aagCreateRequire } from 'node:module'; const require = __aagCreateRequire(import.meta.url);
import {
  finish,
  readPrevious,
  runOrgScanCli
} from "./chunk-WJZM6NY2.js";
import "./chunk-MH5DSGEZ.js";
import "./chunk-BEDF4N6L.js";
import "./chunk-F3BOVBNM.js";
import "./chunk-W25GIUMC.js";
import "./chunk-XEK5UHS7.js";
import "./chunk-76B2H3M2.js";
import "./chunk-HSEGXZX7.js";
import "./chunk-24AJON2J.js";
import "./chunk-NSC6XZF2.js";
import "./chunk-VMSX2L7G.js";
import "./chunk-Y76VXVZL.js";
import "./chunk-34LIGXJE.js";
import "./chunk-3FKC6KO6.js";
import "./chunk-ACRXH6BD.js";
import "./chunk-YIUZFLN4.js";
import "./chunk-473X27JG.js";
import "./chunk-NFOFGWX2.js";
import "./chunk-3YR3FKML.js";
import "./chunk-QRXL53OW.js";
import "./chunk-BJWQOTFX.js";
import "./chunk-VBN7N4WP.js";
import "./chunk-5OZVU24E.js";
import "./chunk-3IT5TNIP.js";
import "./chunk-KAMNI3PN.js";
import "./chunk-UIU2T2WH.js";
export {
  finish,
  readPrevious,
  runOrgScanCli
};
