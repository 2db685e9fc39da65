import { createRequire as __aagCreateRequire } from 'node:module'; const require = __aagCreateRequire(import.meta.url);
import {
  DASHBOARD_FILE,
  ORG_REPORT_FILE,
  readPrevious,
  reportFiles,
  runOrgScanMode
} from "./chunk-OEEO3PV5.js";
import "./chunk-IG3C3TSD.js";
import "./chunk-LQ3V4RWO.js";
import "./chunk-MKJ5OUAC.js";
import "./chunk-H3WEBJMB.js";
import "./chunk-5THNLH6R.js";
import "./chunk-BEDF4N6L.js";
import "./chunk-P74PSCZ6.js";
import "./chunk-766IRJDX.js";
import "./chunk-O5BXRLOX.js";
import "./chunk-5OZVU24E.js";
import "./chunk-NHZPCZK5.js";
import "./chunk-L2JWAVTU.js";
import "./chunk-QWLBXPHR.js";
import "./chunk-UC5CIXO5.js";
import "./chunk-6WEGDNZY.js";
import "./chunk-VV4UY4SJ.js";
import "./chunk-GB3JAZUD.js";
import "./chunk-KNQSXCO2.js";
import "./chunk-RG5CQAGC.js";
import "./chunk-MCBLOSZH.js";
import "./chunk-U4ATWFYQ.js";
import "./chunk-AYMFEIHT.js";
import "./chunk-Z4A6QR2X.js";
import "./chunk-PLPMFADU.js";
import "./chunk-G7S77VK7.js";
import "./chunk-3Z5OHQZS.js";
import "./chunk-KAWHFTMA.js";
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
