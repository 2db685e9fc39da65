import { createRequire as __aagCreateRequire } from 'node:module'; const require = __aagCreateRequire(import.meta.url);
import {
  DASHBOARD_FILE,
  ORG_REPORT_FILE,
  readPrevious,
  reportFiles,
  runOrgScanMode
} from "./chunk-65ECBW2M.js";
import "./chunk-I3TSLGF7.js";
import "./chunk-LQ3V4RWO.js";
import "./chunk-MKJ5OUAC.js";
import "./chunk-GHBKKW5B.js";
import "./chunk-XYRSIY2C.js";
import "./chunk-BEDF4N6L.js";
import "./chunk-P74PSCZ6.js";
import "./chunk-KBMTUN2W.js";
import "./chunk-IKMRGSPB.js";
import "./chunk-5OZVU24E.js";
import "./chunk-NHZPCZK5.js";
import "./chunk-L2JWAVTU.js";
import "./chunk-LVUXJF55.js";
import "./chunk-TOGK6PFV.js";
import "./chunk-SDZ3LSPK.js";
import "./chunk-GT4W4HZG.js";
import "./chunk-NQJGNC5R.js";
import "./chunk-SWPJGAQ4.js";
import "./chunk-RG5CQAGC.js";
import "./chunk-MCBLOSZH.js";
import "./chunk-JI3KCB6P.js";
import "./chunk-AYMFEIHT.js";
import "./chunk-Z4A6QR2X.js";
import "./chunk-PLPMFADU.js";
import "./chunk-G7S77VK7.js";
import "./chunk-U4K2FVJ6.js";
import "./chunk-JNSJP5SD.js";
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
