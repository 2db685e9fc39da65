// Turns an ai-act-gate JSON report into GitLab's code quality report (a JSON array of issues), so that
// missing duties show in the merge request widget. Usage: node code-quality.mjs report.json > gl-code-quality.json
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';

const SEVERITY = { error: 'major', warning: 'minor', notice: 'info' };
const report = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const issues = [];
const add = (file, checkName, description, severity, line) =>
  issues.push({
    description,
    check_name: checkName,
    fingerprint: createHash('sha256').update(`${file.path}\0${checkName}\0${description}`).digest('hex'),
    severity: SEVERITY[severity] ?? 'info',
    location: { path: file.path, lines: { begin: line ?? file.titleLine ?? 1 } },
  });
for (const file of report.files) {
  for (const rule of file.rules) {
    // Findings as `check` reports them: required duties not met, unless the policy turns them off.
    if (rule.status === 'met' || !rule.required || rule.enabled === false) continue;
    add(
      file,
      rule.id,
      `${rule.message ?? rule.id} (${rule.citation})`,
      rule.waiver ? 'notice' : rule.severity,
      rule.line,
    );
  }
  for (const problem of file.problems) add(file, 'card-problem', problem.message, problem.severity, problem.line);
  if (file.gate.blocked)
    add(file, 'release-gate', `Release blocked: ${file.gate.reasons.join('; ')}`, 'error', file.titleLine);
}
process.stdout.write(`${JSON.stringify(issues, null, 2)}\n`);
