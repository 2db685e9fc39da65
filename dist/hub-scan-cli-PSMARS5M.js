import { createRequire as __aagCreateRequire } from 'node:module'; const require = __aagCreateRequire(import.meta.url);
import {
  runHubScanCli
} from "./chunk-7GXA5V7U.js";
import "./chunk-7AZJCFHO.js";
import "./chunk-HF2GQKZH.js";
import "./chunk-GLNPV767.js";
import "./chunk-BEDF4N6L.js";
import "./chunk-ESC6ALIX.js";
import "./chunk-I26MFRY4.js";
import "./chunk-HJGKWV5J.js";
import "./chunk-IVARUEMJ.js";
import "./chunk-5OZVU24E.js";
import "./chunk-NHZPCZK5.js";
import "./chunk-L2JWAVTU.js";
import "./chunk-MICP44MZ.js";
import "./chunk-XGMZCHS2.js";
import "./chunk-HJUS4Q7Z.js";
import "./chunk-GVSJXKKI.js";
import "./chunk-34WD76SJ.js";
import "./chunk-DFKVWZDW.js";
import "./chunk-RG5CQAGC.js";
import "./chunk-LMMN5B4V.js";
import "./chunk-5O4F4E5I.js";
import "./chunk-AYMFEIHT.js";
import "./chunk-Z4A6QR2X.js";
import "./chunk-PLPMFADU.js";
import "./chunk-G7S77VK7.js";
import "./chunk-BAPXPJD7.js";
import "./chunk-W7ROFFQJ.js";
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
