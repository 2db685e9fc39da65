import { createRequire as __aagCreateRequire } from 'node:module'; const require = __aagCreateRequire(import.meta.url);
import {
  createRemoteConfigReader
} from "./chunk-NFOFGWX2.js";
import "./chunk-3YR3FKML.js";
import "./chunk-QRXL53OW.js";
import "./chunk-UIU2T2WH.js";
export {
  createRemoteConfigReader
};
