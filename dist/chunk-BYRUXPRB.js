import { createRequire as __aagCreateRequire } from 'node:module'; const require = __aagCreateRequire(import.meta.url);

// src/render/json-report.ts
var PIECE_CHARS = 1 << 20;
function* jsonReportPieces(report) {
  let piece = "{";
  const entries = Object.entries(report).filter(([, value]) => value !== void 0);
  for (const [position, [key, value]] of entries.entries()) {
    piece += `
  ${JSON.stringify(key)}: `;
    if (key === "files" && Array.isArray(value) && value.length > 0) {
      piece += "[";
      for (const [index, file] of value.entries()) {
        piece += `
    ${indent(JSON.stringify(file, null, 2), "    ")}${index < value.length - 1 ? "," : ""}`;
        if (piece.length >= PIECE_CHARS) {
          yield piece;
          piece = "";
        }
      }
      piece += "\n  ]";
    } else {
      piece += indent(JSON.stringify(value, null, 2), "  ");
    }
    if (position < entries.length - 1) piece += ",";
  }
  yield `${piece}
}
`;
}
function indent(json, prefix) {
  return json.replace(/\n/g, `
${prefix}`);
}

export {
  jsonReportPieces
};
