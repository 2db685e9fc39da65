import { createRequire as __aagCreateRequire } from 'node:module'; const require = __aagCreateRequire(import.meta.url);
import {
  runHubScanCli
} from "./chunk-JOAJPRG7.js";
import "./chunk-TBSCDT6Q.js";
import "./chunk-4JTBHQNT.js";
import "./chunk-FT5Y4VEF.js";
import "./chunk-BEDF4N6L.js";
import "./chunk-ESC6ALIX.js";
import "./chunk-I26MFRY4.js";
import "./chunk-2H3WWAST.js";
import "./chunk-WNK2WY64.js";
import "./chunk-5OZVU24E.js";
import "./chunk-NHZPCZK5.js";
import "./chunk-L2JWAVTU.js";
import "./chunk-OPNJ356H.js";
import "./chunk-VD5UWBKK.js";
import "./chunk-MIR5CLGR.js";
import "./chunk-M2YFC4EY.js";
import "./chunk-FA2JRQXU.js";
import "./chunk-APEIN3RY.js";
import "./chunk-RG5CQAGC.js";
import "./chunk-H6Q2CW2E.js";
import "./chunk-Z375U6T3.js";
import "./chunk-AYMFEIHT.js";
import "./chunk-Z4A6QR2X.js";
import "./chunk-PLPMFADU.js";
import "./chunk-G7S77VK7.js";
import "./chunk-XM6WPM2Y.js";
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
  runHubScanCli
};
