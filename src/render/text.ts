/** ESLint-style terminal output: per file `line:col  severity  message  rule-id  citation`, then a summary. */
import type { Report } from '../model/report.js';
import { failureReason, type FailOn } from '../exit-code.js';
import { blockingReasons, findingsOf, reportTotals, type Finding } from './findings.js';
import { differenceLine, familySummary, moreMembersLine, type FamilyView } from '../families/report-families.js';

/** Members named in a family's line; the JSON report lists them all. */
const FAMILY_MEMBERS_SHOWN = 20;

export interface TextOptions {
  color?: boolean;
  /** The failing level of the run: the last line then says whether and why the exit code is 1. */
  failOn?: FailOn;
}

const plural = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;

export function renderText(report: Report, options: TextOptions = {}): string {
  const paint = (code: string, text: string): string => (options.color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const lines: string[] = [];
  const families = familySummary(report);
  for (const file of report.files) {
    // A family is shown once, at its representative.
    if (!families.isShown(file.path)) continue;
    lines.push(paint('4', file.path));
    lines.push(
      `  tier: ${paint('1', file.tier.id)}${file.tier.computeFlops ? ` (training compute ≈ ${file.tier.computeFlops.toExponential(1)} FLOP)` : ''}`,
    );
    for (const reason of file.tier.reasons) lines.push(paint('2', `    · ${reason.text}`));
    // What blocks the release comes before everything else, and only what blocks it.
    const gate = blockingReasons(file);
    for (const reason of gate.blocking) lines.push(`  ${paint('31;1', 'release blocked')}: ${reason}`);
    if (gate.why) lines.push(paint('2', `    (${gate.why})`));
    const findings = findingsOf(file);
    const placeOf = (f: Finding): string => `${f.file ? `${f.file}:` : ''}${f.line}:${f.column}`;
    const width = Math.max(0, ...findings.map((f) => placeOf(f).length));
    for (const finding of findings) {
      const severity = finding.blocker
        ? paint('31;1', 'blocker')
        : finding.severity === 'error'
          ? paint('31', 'error  ')
          : finding.severity === 'warning'
            ? paint('33', 'warning')
            : paint('36', 'notice ');
      lines.push(
        `  ${placeOf(finding).padEnd(width)}  ${severity}  ${finding.message}  ${paint('2', finding.ruleId)}${finding.citation ? `  ${paint('2', finding.citation)}` : ''}`,
      );
    }
    const family = families.representing(file.path);
    if (family) lines.push(...familyLines(family, (text) => paint('2', text)));
    lines.push('');
  }
  const { errors, warnings, notices } = report.summary;
  const { cards, gaps, problems, blockers } = reportTotals(report);
  const failure = options.failOn ? failureReason(report, options.failOn) : null;
  const anything = gaps + problems + blockers > 0;
  const mark = failure ? '✖' : anything ? '⚠' : '✔';
  const parts = [plural(gaps, 'gap')];
  if (problems) parts.push(plural(problems, 'card problem'));
  if (blockers) parts.push(plural(blockers, 'release blocker'));
  lines.push(
    `${mark} ${plural(cards, 'model card')}: ${parts.join(', ')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${plural(notices, 'notice')})`,
  );
  if (options.failOn && failure) lines.push(`Exit code 1: ${failure}.`);
  else if (options.failOn && anything && options.failOn !== 'never')
    lines.push(
      options.failOn === 'gate'
        ? 'Exit code 0: --fail-on gate fails only on release blockers and cards that cannot be read or checked; use --fail-on error to fail on gaps.'
        : `Exit code 0: nothing reaches --fail-on ${options.failOn}.`,
    );
  return `${lines.join('\n')}\n`;
}

/** "family …: and 7 more members …", the members, then each member whose findings differ and how. */
function familyLines(view: FamilyView, dim: (text: string) => string): string[] {
  const shown = view.others.slice(0, FAMILY_MEMBERS_SHOWN);
  const rest = view.others.length - shown.length;
  const lines = [
    `  ${view.family.id}: ${moreMembersLine(view)}`,
    dim(`    ${shown.join(', ')}${rest > 0 ? ` and ${rest} more (the JSON report lists every member)` : ''}`),
  ];
  for (const difference of view.differences)
    lines.push(`    differs: ${difference.member}: ${differenceLine(difference)}`);
  return lines;
}

export type { Finding };
