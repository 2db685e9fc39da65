import { createRequire as __aagCreateRequire } from 'node:module'; const require = __aagCreateRequire(import.meta.url);
import {
  runHubScanCli
} from "./chunk-LUE6K5CC.js";
import "./chunk-XEXYCGOF.js";
import "./chunk-3OCZ2ZMG.js";
import "./chunk-V3YJSNXC.js";
import "./chunk-BEDF4N6L.js";
import "./chunk-ESC6ALIX.js";
import "./chunk-I26MFRY4.js";
import "./chunk-CKAL75SF.js";
import "./chunk-6XU5KU5R.js";
import "./chunk-5OZVU24E.js";
import "./chunk-NHZPCZK5.js";
import "./chunk-L2JWAVTU.js";
import "./chunk-SS4OAYXA.js";
import "./chunk-66J5JKDF.js";
import "./chunk-GQFPP6DE.js";
import "./chunk-7BRUGA6N.js";
import "./chunk-7EDRZMMA.js";
import "./chunk-FM7IXELB.js";
import "./chunk-RG5CQAGC.js";
import "./chunk-LMMN5B4V.js";
import "./chunk-JTKL4SLS.js";
import "./chunk-AYMFEIHT.js";
import "./chunk-Z4A6QR2X.js";
import "./chunk-PLPMFADU.js";
import "./chunk-G7S77VK7.js";
import "./chunk-S7NOVSGT.js";
import "./chunk-AKWQTEEM.js";
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
