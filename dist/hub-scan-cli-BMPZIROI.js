import { createRequire as __aagCreateRequire } from 'node:module'; const require = __aagCreateRequire(import.meta.url);
import {
  runHubScanCli
} from "./chunk-3BWIXJ4D.js";
import "./chunk-BQSXGADQ.js";
import "./chunk-WAZ67WHP.js";
import "./chunk-TDX4HSH4.js";
import "./chunk-BEDF4N6L.js";
import "./chunk-ESC6ALIX.js";
import "./chunk-I26MFRY4.js";
import "./chunk-5BO7FOQ7.js";
import "./chunk-3JTXZRVF.js";
import "./chunk-5OZVU24E.js";
import "./chunk-NHZPCZK5.js";
import "./chunk-L2JWAVTU.js";
import "./chunk-2Z3YPECD.js";
import "./chunk-SMBXOKAD.js";
import "./chunk-GAFFYEJM.js";
import "./chunk-TJ5EKEHO.js";
import "./chunk-JAJKCXQO.js";
import "./chunk-XNX3BVCE.js";
import "./chunk-RG5CQAGC.js";
import "./chunk-H6Q2CW2E.js";
import "./chunk-GSDECHHT.js";
import "./chunk-AYMFEIHT.js";
import "./chunk-Z4A6QR2X.js";
import "./chunk-PLPMFADU.js";
import "./chunk-G7S77VK7.js";
import "./chunk-T2C55F4L.js";
import "./chunk-RA3CXGMB.js";
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
