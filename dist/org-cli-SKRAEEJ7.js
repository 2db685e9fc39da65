import { createRequire as __aagCreateRequire } from 'node:module'; const require = __aagCreateRequire(import.meta.url);
import {
  finish,
  readPrevious,
  runOrgScanCli
} from "./chunk-S5KLGJVC.js";
import "./chunk-BLSTZELI.js";
import "./chunk-BEDF4N6L.js";
import "./chunk-WVFEH5AD.js";
import "./chunk-3DJNPBON.js";
import "./chunk-5OZVU24E.js";
import "./chunk-NHZPCZK5.js";
import "./chunk-L2JWAVTU.js";
import "./chunk-NMVNIC67.js";
import "./chunk-DNFRVAZL.js";
import "./chunk-GUG4VCDB.js";
import "./chunk-DYCWSYI5.js";
import "./chunk-N7WLNTJF.js";
import "./chunk-73N6FTWY.js";
import "./chunk-RG5CQAGC.js";
import "./chunk-LMMN5B4V.js";
import "./chunk-3O4WNQMN.js";
import "./chunk-AYMFEIHT.js";
import "./chunk-Z4A6QR2X.js";
import "./chunk-PLPMFADU.js";
import "./chunk-G7S77VK7.js";
import "./chunk-GDT6HEJU.js";
import "./chunk-DICQ7BKT.js";
import "./chunk-C4ZWKCVA.js";
import "./chunk-746URBFR.js";
import "./chunk-QEDUW24Q.js";
import "./chunk-Q7WVEFCD.js";
import "./chunk-3IT5TNIP.js";
import "./chunk-ZKUE62T2.js";
import "./chunk-3NZDNUJZ.js";
import "./chunk-KAMNI3PN.js";
import "./chunk-V6QSAUCR.js";
import "./chunk-CSBECP3I.js";
import "./chunk-YIUZFLN4.js";
import "./chunk-473X27JG.js";
import "./chunk-NFOFGWX2.js";
import "./chunk-3YR3FKML.js";
import "./chunk-QRXL53OW.js";
import "./chunk-UIU2T2WH.js";
export {
  finish,
  readPrevious,
  runOrgScanCli
};
