import { createRequire as __aagCreateRequire } from 'node:module'; const require = __aagCreateRequire(import.meta.url);
import {
  runHubScanCli
} from "./chunk-YGY7W4ZT.js";
import "./chunk-M5ZOGQUO.js";
import "./chunk-4CBX73NQ.js";
import "./chunk-TOB343OT.js";
import "./chunk-BEDF4N6L.js";
import "./chunk-ESC6ALIX.js";
import "./chunk-I26MFRY4.js";
import "./chunk-IXQDRQ6R.js";
import "./chunk-AK5PPW75.js";
import "./chunk-5OZVU24E.js";
import "./chunk-NHZPCZK5.js";
import "./chunk-L2JWAVTU.js";
import "./chunk-FNU5CRH2.js";
import "./chunk-ZHQECP64.js";
import "./chunk-UF32YRE5.js";
import "./chunk-CK5LHRLN.js";
import "./chunk-KEIUDSD4.js";
import "./chunk-RGATNL4N.js";
import "./chunk-RG5CQAGC.js";
import "./chunk-MCBLOSZH.js";
import "./chunk-ZXTPYYAJ.js";
import "./chunk-AYMFEIHT.js";
import "./chunk-Z4A6QR2X.js";
import "./chunk-PLPMFADU.js";
import "./chunk-G7S77VK7.js";
import "./chunk-S4X5TAJI.js";
import "./chunk-LJIINQK2.js";
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
  runHubScanCli
};
