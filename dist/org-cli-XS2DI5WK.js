import { createRequire as __aagCreateRequire } from 'node:module'; const require = __aagCreateRequire(import.meta.url);
import {
  finish,
  readPrevious,
  runOrgScanCli
} from "./chunk-RPQ67DNJ.js";
import "./chunk-3VKUUM4P.js";
import "./chunk-BEDF4N6L.js";
import "./chunk-MAG5VI4F.js";
import "./chunk-W25GIUMC.js";
import "./chunk-ALMR5UWF.js";
import "./chunk-32C2L2LA.js";
import "./chunk-MYXRLMEW.js";
import "./chunk-J6OWVH3F.js";
import "./chunk-EOQHAWN4.js";
import "./chunk-VMSX2L7G.js";
import "./chunk-Y76VXVZL.js";
import "./chunk-Y3NU665T.js";
import "./chunk-OJF4BY46.js";
import "./chunk-OFF34GHB.js";
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
