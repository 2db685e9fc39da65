import { createRequire as __aagCreateRequire } from 'node:module'; const require = __aagCreateRequire(import.meta.url);
import {
  finish,
  readPrevious,
  runOrgScanCli
} from "./chunk-LXAH2BUI.js";
import "./chunk-KLEOGI2K.js";
import "./chunk-BEDF4N6L.js";
import "./chunk-ZKR32XDS.js";
import "./chunk-MXBM6RBR.js";
import "./chunk-5OZVU24E.js";
import "./chunk-NHZPCZK5.js";
import "./chunk-L2JWAVTU.js";
import "./chunk-6JTJ6SZQ.js";
import "./chunk-SSEVZW3H.js";
import "./chunk-ZTL5PA2F.js";
import "./chunk-ZDSFN2OZ.js";
import "./chunk-73D7U3QB.js";
import "./chunk-I7SHAKVB.js";
import "./chunk-RG5CQAGC.js";
import "./chunk-MCBLOSZH.js";
import "./chunk-YIB6MIJ7.js";
import "./chunk-AYMFEIHT.js";
import "./chunk-Z4A6QR2X.js";
import "./chunk-PLPMFADU.js";
import "./chunk-G7S77VK7.js";
import "./chunk-6VJ334B3.js";
import "./chunk-NT7B6GIF.js";
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
