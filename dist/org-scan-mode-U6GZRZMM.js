import { createRequire as __aagCreateRequire } from 'node:module'; const require = __aagCreateRequire(import.meta.url);
import {
  DASHBOARD_FILE,
  ORG_REPORT_FILE,
  readPrevious,
  reportFiles,
  runOrgScanMode
} from "./chunk-HRMIO5HN.js";
import "./chunk-WSTG7BN7.js";
import "./chunk-LQ3V4RWO.js";
import "./chunk-MKJ5OUAC.js";
import "./chunk-JRABWDCG.js";
import "./chunk-KRZFNN64.js";
import "./chunk-BEDF4N6L.js";
import "./chunk-P74PSCZ6.js";
import "./chunk-EVY6IL2Q.js";
import "./chunk-M5J5N2AU.js";
import "./chunk-5OZVU24E.js";
import "./chunk-NHZPCZK5.js";
import "./chunk-L2JWAVTU.js";
import "./chunk-SP742UDO.js";
import "./chunk-3TLR4ZBU.js";
import "./chunk-BQVQHCFC.js";
import "./chunk-WKAUIKG6.js";
import "./chunk-IQXC7F32.js";
import "./chunk-KFZSRJEZ.js";
import "./chunk-RG5CQAGC.js";
import "./chunk-LMMN5B4V.js";
import "./chunk-BJRRRXYO.js";
import "./chunk-AYMFEIHT.js";
import "./chunk-Z4A6QR2X.js";
import "./chunk-PLPMFADU.js";
import "./chunk-G7S77VK7.js";
import "./chunk-C477JYUS.js";
import "./chunk-XXZDIDBO.js";
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
  DASHBOARD_FILE,
  ORG_REPORT_FILE,
  readPrevious,
  reportFiles,
  runOrgScanMode
};
