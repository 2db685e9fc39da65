/** ESLint-style terminal output: per file `line:col  severity  message  rule-id  citation`, then a summary. */
import type { Report } from '../model/report.js';
import { findingsOf, type Finding } from './findings.js';

export function renderText(report: Report, options: { color?: boolean } = {}): string {
  const paint = (code: string, text: string): string => (options.color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const lines: string[] = [];
  for (const file of report.files) {
    lines.push(paint('4', file.path));
    lines.push(
      `  tier: ${paint('1', file.tier.id)}${file.tier.computeFlops ? ` (training compute ≈ ${file.tier.computeFlops.toExponential(1)} FLOP)` : ''}`,
    );
    for (const reason of file.tier.reasons) lines.push(paint('2', `    · ${reason.text}`));
    const findings = findingsOf(file);
    const width = Math.max(0, ...findings.map((f) => `${f.line}:${f.column}`.length));
    for (const finding of findings) {
      const place = `${finding.line}:${finding.column}`.padEnd(width);
      const severity =
        finding.severity === 'error'
          ? paint('31', 'error  ')
          : finding.severity === 'warning'
            ? paint('33', 'warning')
            : paint('36', 'notice ');
      lines.push(
        `  ${place}  ${severity}  ${finding.message}  ${paint('2', finding.ruleId)}  ${paint('2', finding.citation)}`,
      );
    }
    if (file.gate.blocked)
      for (const reason of file.gate.reasons) lines.push(`  ${paint('31;1', 'release blocked')}: ${reason}`);
    lines.push('');
  }
  const { errors, warnings, files, blocked } = report.summary;
  const total = errors + warnings;
  const mark = total === 0 && blocked === 0 ? '✔' : '✖';
  lines.push(
    `${mark} ${files} model card${files === 1 ? '' : 's'}: ${total} problem${total === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'})` +
      (blocked ? `, ${blocked} release blocker${blocked === 1 ? '' : 's'}` : ''),
  );
  return `${lines.join('\n')}\n`;
}

export type { Finding };
