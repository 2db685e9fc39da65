import { createRequire as __aagCreateRequire } from 'node:module'; const require = __aagCreateRequire(import.meta.url);
import {
  DASHBOARD_FILE,
  ORG_REPORT_FILE,
  readPrevious,
  reportFiles,
  runOrgScanMode
} from "./chunk-EXEAEGFR.js";
import "./chunk-RY26EOYB.js";
import "./chunk-LQ3V4RWO.js";
import "./chunk-MKJ5OUAC.js";
import "./chunk-6PB2LICM.js";
import "./chunk-RF2W3F5T.js";
import "./chunk-BEDF4N6L.js";
import "./chunk-P74PSCZ6.js";
import "./chunk-754FR3TJ.js";
import "./chunk-CFI55PJH.js";
import "./chunk-5OZVU24E.js";
import "./chunk-NHZPCZK5.js";
import "./chunk-L2JWAVTU.js";
import "./chunk-P4XQWMHW.js";
import "./chunk-APKXVIQH.js";
import "./chunk-U7WGGPRL.js";
import "./chunk-VOYW2LZW.js";
import "./chunk-637QYSHV.js";
import "./chunk-EKOYGLXX.js";
import "./chunk-RG5CQAGC.js";
import "./chunk-MCBLOSZH.js";
import "./chunk-LMIMEQ25.js";
import "./chunk-AYMFEIHT.js";
import "./chunk-Z4A6QR2X.js";
import "./chunk-PLPMFADU.js";
import "./chunk-G7S77VK7.js";
import "./chunk-MKCDGZFU.js";
import "./chunk-ZQ4UGSQU.js";
import "./chunk-ODAIUGEL.js";
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
  DASHBOARD_FILE,
  ORG_REPORT_FILE,
  readPrevious,
  reportFiles,
  runOrgScanMode
};
