/**
 * The JSON report in pieces of about a megabyte, exactly as `JSON.stringify(report, null, 2)` would
 * write it: a run over tens of thousands of cards never builds one string of hundreds of megabytes
 * (V8 refuses strings beyond ~512 MB).
 */
import type { Report } from '../model/report.js';

const PIECE_CHARS = 1 << 20;

export function* jsonReportPieces(report: Report): Generator<string> {
  let piece = '{';
  const entries = Object.entries(report).filter(([, value]) => value !== undefined);
  for (const [position, [key, value]] of entries.entries()) {
    piece += `\n  ${JSON.stringify(key)}: `;
    if (key === 'files' && Array.isArray(value) && value.length > 0) {
      piece += '[';
      for (const [index, file] of value.entries()) {
        piece += `\n    ${indent(JSON.stringify(file, null, 2), '    ')}${index < value.length - 1 ? ',' : ''}`;
        if (piece.length >= PIECE_CHARS) {
          yield piece;
          piece = '';
        }
      }
      piece += '\n  ]';
    } else {
      piece += indent(JSON.stringify(value, null, 2), '  ');
    }
    if (position < entries.length - 1) piece += ',';
  }
  yield `${piece}\n}\n`;
}

function indent(json: string, prefix: string): string {
  return json.replace(/\n/g, `\n${prefix}`);
}
