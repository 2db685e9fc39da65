import { createRequire as __aagCreateRequire } from 'node:module'; const require = __aagCreateRequire(import.meta.url);
import {
  createOrgOctokit,
  messageOf
} from "./chunk-YIUZFLN4.js";
import "./chunk-473X27JG.js";
import {
  statusOf
} from "./chunk-QRXL53OW.js";
import "./chunk-UIU2T2WH.js";
export {
  createOrgOctokit,
  messageOf,
  statusOf
};
