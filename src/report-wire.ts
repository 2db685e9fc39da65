/**
 * A worker's reports as it posts them: the strings of rule results (ids, statuses, severities,
 * citations, links, messages) repeat across cards (about a thousand distinct ones in 2,500 reports of
 * 29 rules each), so each is sent once and then by number. That makes a report about a third of the
 * bytes to copy between threads, and the main thread holds one copy of each string.
 */
import type { FileReport } from './model/report.js';

const SHARED_KEYS = ['id', 'status', 'severity', 'citation', 'url', 'message'] as const;
type SharedKey = (typeof SHARED_KEYS)[number];

/** A report with shared strings replaced by their numbers, and the strings new to the receiver (none: sent as is). */
export interface WireReport {
  report: FileReport;
  strings?: string[];
}

/** The sending side (a worker): numbers strings in the order it first sends them. */
export function reportEncoder(): (report: FileReport) => WireReport {
  const numbers = new Map<string, number>();
  return (report) => {
    const strings: string[] = [];
    for (const rule of report.rules) {
      const fields = rule as unknown as Record<SharedKey, string | number | undefined>;
      for (const key of SHARED_KEYS) {
        const value = fields[key];
        if (typeof value !== 'string') continue;
        let number = numbers.get(value);
        if (number === undefined) {
          number = numbers.size;
          numbers.set(value, number);
          strings.push(value);
        }
        // Assigned in place: the key keeps its position, so the report renders as before.
        fields[key] = number;
      }
    }
    return { report, strings };
  };
}

/** The receiving side (one per sender: numbers are the sender's): the report with its strings back. */
export function reportDecoder(): (wire: WireReport) => FileReport {
  const table: string[] = [];
  return ({ report, strings }) => {
    if (strings) table.push(...strings);
    for (const rule of report.rules) {
      const fields = rule as unknown as Record<SharedKey, string | number | undefined>;
      for (const key of SHARED_KEYS) {
        const value = fields[key];
        if (typeof value === 'number') fields[key] = table[value];
      }
    }
    return report;
  };
}
