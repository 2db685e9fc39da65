/**
 * The Action's thin shell: inputs → check → job summary and annotations → exit code.
 * (The PR comment, SARIF and base-branch comparison build on this.)
 */
import * as core from '@actions/core';
import { resolve } from 'node:path';
import { loadRuleset } from '../ruleset/load-rules.js';
import { checkCard, buildReport, unreadableFile } from '../lint.js';
import { readSource } from '../io/read-source.js';
import { findCards } from '../io/find-cards.js';
import { renderMarkdown } from '../render/markdown.js';
import { findingsOf } from '../render/findings.js';
import { exitCodeFor, FAIL_ON_LEVELS, type FailOn } from '../exit-code.js';
import type { FileReport } from '../model/report.js';

export async function run(): Promise<void> {
  try {
    const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
    const patterns = core
      .getInput('paths')
      .split(/[\n,]/)
      .map((p) => p.trim())
      .filter(Boolean);
    const failOn = (core.getInput('fail-on') || 'gate') as FailOn;
    if (!FAIL_ON_LEVELS.includes(failOn)) throw new Error(`input fail-on must be one of ${FAIL_ON_LEVELS.join(', ')}, not "${failOn}"`);
    const ruleset = loadRuleset();
    const paths = await findCards(patterns, workspace);
    const files: FileReport[] = [];
    for (const path of paths) {
      const source = await readSource(resolve(workspace, path));
      files.push(source.ok ? checkCard(path, source.text, ruleset) : unreadableFile(path, source.reason));
    }
    const report = buildReport(files, ruleset.rules.length);
    for (const file of report.files) {
      for (const finding of findingsOf(file)) {
        const properties = { file: file.path, startLine: finding.line, title: `${finding.ruleId} (${finding.citation})` };
        if (finding.severity === 'error') core.error(finding.message, properties);
        else if (finding.severity === 'warning') core.warning(finding.message, properties);
      }
    }
    await core.summary.addRaw(renderMarkdown(report)).write();
    core.setOutput('blocked', String(report.files.some((file) => file.gate.blocked)));
    core.setOutput('gaps', String(report.summary.errors + report.summary.warnings));
    core.setOutput('tier', JSON.stringify(Object.fromEntries(report.files.map((file) => [file.path, file.tier.id]))));
    if (exitCodeFor(report, failOn) !== 0) core.setFailed(`ai-act-gate: ${report.summary.blocked} release blocker(s), ${report.summary.errors} error(s)`);
  } catch (error) {
    core.setFailed(`ai-act-gate: ${error instanceof Error ? error.message : String(error)}`);
  }
}
