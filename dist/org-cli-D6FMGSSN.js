import { createRequire as __aagCreateRequire } from 'node:module'; const require = __aagCreateRequire(import.meta.url);
import {
  runOrgScanCli
} from "./chunk-GRZQJ4LX.js";
import "./chunk-KMXCOL77.js";
import "./chunk-K2ZLQZJZ.js";
import "./chunk-NR42ECDR.js";
import "./chunk-WNTVL4AH.js";
import "./chunk-XF7S3MTM.js";
import "./chunk-Z7D3HPUL.js";
import "./chunk-VFKGI5OP.js";
import "./chunk-XUMUZIOT.js";
import "./chunk-QRXL53OW.js";
import "./chunk-C3HHSM4J.js";
import "./chunk-32QMFV7H.js";
import "./chunk-VBN7N4WP.js";
import "./chunk-75N2Z7IK.js";
import "./chunk-3IT5TNIP.js";
import "./chunk-UIU2T2WH.js";
export {
  runOrgScanCli
};
