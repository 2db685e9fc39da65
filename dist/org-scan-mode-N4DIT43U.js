import { createRequire as __aagCreateRequire } from 'node:module'; const require = __aagCreateRequire(import.meta.url);
import {
  DASHBOARD_FILE,
  ORG_REPORT_FILE,
  readPrevious,
  reportFiles,
  runOrgScanMode
} from "./chunk-WTB6E3HV.js";
import "./chunk-DDKZCAIJ.js";
import "./chunk-LQ3V4RWO.js";
import "./chunk-MKJ5OUAC.js";
import "./chunk-GYBZWZ7U.js";
import "./chunk-UQYRDXW2.js";
import "./chunk-BEDF4N6L.js";
import "./chunk-P74PSCZ6.js";
import "./chunk-GUZCE7YM.js";
import "./chunk-2DLDWFHM.js";
import "./chunk-5OZVU24E.js";
import "./chunk-NHZPCZK5.js";
import "./chunk-L2JWAVTU.js";
import "./chunk-4EP7ES5F.js";
import "./chunk-226IDSBG.js";
import "./chunk-PCWB6XYI.js";
import "./chunk-M2YFC4EY.js";
import "./chunk-47ZGUCQF.js";
import "./chunk-APEIN3RY.js";
import "./chunk-RG5CQAGC.js";
import "./chunk-H6Q2CW2E.js";
import "./chunk-YDCNX3EA.js";
import "./chunk-AYMFEIHT.js";
import "./chunk-Z4A6QR2X.js";
import "./chunk-PLPMFADU.js";
import "./chunk-G7S77VK7.js";
import "./chunk-A2P554YM.js";
import "./chunk-WVCVW4XJ.js";
import "./chunk-KM64UI2G.js";
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
