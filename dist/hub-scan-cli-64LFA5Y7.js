import { createRequire as __aagCreateRequire } from 'node:module'; const require = __aagCreateRequire(import.meta.url);
import {
  runHubScanCli
} from "./chunk-7EFY66HO.js";
import "./chunk-WEALOMN5.js";
import "./chunk-TR6IAEXJ.js";
import "./chunk-2NRN7KQH.js";
import "./chunk-BEDF4N6L.js";
import "./chunk-ESC6ALIX.js";
import "./chunk-I26MFRY4.js";
import "./chunk-62LHGGXA.js";
import "./chunk-J4OFHAFR.js";
import "./chunk-5OZVU24E.js";
import "./chunk-NHZPCZK5.js";
import "./chunk-L2JWAVTU.js";
import "./chunk-2IAOHQT2.js";
import "./chunk-FLVWM3RQ.js";
import "./chunk-YJQL4474.js";
import "./chunk-EOA6C6ON.js";
import "./chunk-OE2HBHY3.js";
import "./chunk-UAWDC3ZN.js";
import "./chunk-RG5CQAGC.js";
import "./chunk-MCBLOSZH.js";
import "./chunk-R3B7EV3Q.js";
import "./chunk-AYMFEIHT.js";
import "./chunk-Z4A6QR2X.js";
import "./chunk-PLPMFADU.js";
import "./chunk-G7S77VK7.js";
import "./chunk-TBBB26JU.js";
import "./chunk-Z5PRPZD7.js";
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
