import { createRequire as __aagCreateRequire } from 'node:module'; const require = __aagCreateRequire(import.meta.url);
import {
  finish,
  readPrevious,
  runOrgScanCli
} from "./chunk-BPDGED7V.js";
import "./chunk-2Z2SMN64.js";
import "./chunk-BEDF4N6L.js";
import "./chunk-MEUNEI2G.js";
import "./chunk-4TZZ5BCD.js";
import "./chunk-5OZVU24E.js";
import "./chunk-NHZPCZK5.js";
import "./chunk-L2JWAVTU.js";
import "./chunk-KBME2VGR.js";
import "./chunk-ZR7SXO2X.js";
import "./chunk-H5Z44WWM.js";
import "./chunk-ZS3L4RRU.js";
import "./chunk-UTGAQ7TM.js";
import "./chunk-OFET2LS6.js";
import "./chunk-RG5CQAGC.js";
import "./chunk-MCBLOSZH.js";
import "./chunk-QK44VZGM.js";
import "./chunk-AYMFEIHT.js";
import "./chunk-Z4A6QR2X.js";
import "./chunk-PLPMFADU.js";
import "./chunk-G7S77VK7.js";
import "./chunk-MV35LH3J.js";
import "./chunk-S4EOUAB7.js";
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
  finish,
  readPrevious,
  runOrgScanCli
};
