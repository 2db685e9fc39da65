import { createRequire as __aagCreateRequire } from 'node:module'; const require = __aagCreateRequire(import.meta.url);
import {
  runHubScanCli
} from "./chunk-3G4YBA5Y.js";
import "./chunk-C5TBUHYA.js";
import "./chunk-4YUWIV2J.js";
import "./chunk-7UOLA3ZK.js";
import "./chunk-BEDF4N6L.js";
import "./chunk-ESC6ALIX.js";
import "./chunk-I26MFRY4.js";
import "./chunk-FR54XIZG.js";
import "./chunk-6GMO3PT5.js";
import "./chunk-5OZVU24E.js";
import "./chunk-NHZPCZK5.js";
import "./chunk-L2JWAVTU.js";
import "./chunk-HE6MP5D5.js";
import "./chunk-EQVDFQRM.js";
import "./chunk-N5KWTBVH.js";
import "./chunk-KISB5SV2.js";
import "./chunk-2L5Y2EML.js";
import "./chunk-JHFRDUMQ.js";
import "./chunk-RG5CQAGC.js";
import "./chunk-LMMN5B4V.js";
import "./chunk-5O3WGIOT.js";
import "./chunk-AYMFEIHT.js";
import "./chunk-Z4A6QR2X.js";
import "./chunk-PLPMFADU.js";
import "./chunk-G7S77VK7.js";
import "./chunk-JS7NLC5S.js";
import "./chunk-IK5JE6GH.js";
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
  runHubScanCli
};
