import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import { CARD_SYNTAX_RULE_ID, FINGERPRINT_KEY, toSarif, type SarifLog } from '../../src/render/sarif.js';
import { formatCitations } from '../../src/ruleset/format-citation.js';
import type { Report } from '../../src/model/report.js';
import { shippedRuleset } from '../helpers.js';
import { blockedCard, canonicalReport, cleanCard, HOSTILE, hostileReport, reportOf, rule } from './report-fixture.js';

/** The SARIF 2.1.0 schema (draft-04) loaded into Ajv 8: `id` becomes `$id`, and its three formats are checked. */
function sarifValidator(): ValidateFunction {
  const schema = JSON.parse(
    readFileSync(new URL('../fixtures/sarif/sarif-2.1.0-rtm.5.json', import.meta.url), 'utf8'),
  ) as { id: string; $schema: string };
  const { $schema: _draft, id, ...rest } = schema;
  // The schema's `language` pattern has a stray `]`, valid only without the regex `u` flag.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  const parses = (text: string, base?: string) => {
    try {
      new URL(text, base);
      return !/\s/.test(text);
    } catch {
      return false;
    }
  };
  ajv.addFormat('uri', (text: string) => parses(text));
  ajv.addFormat('uri-reference', (text: string) => parses(text, 'file:///repo/'));
  ajv.addFormat('date-time', (text: string) => !Number.isNaN(Date.parse(text)));
  return ajv.compile({ $id: id, ...rest });
}

const validate = sarifValidator();
const rules = shippedRuleset().rules;
const fingerprints = (log: SarifLog) =>
  log.runs[0].results.map((result) => `${result.ruleId}=${result.partialFingerprints[FINGERPRINT_KEY]}`);

function reportWithProblem(): Report {
  const card = blockedCard();
  card.problems.push({
    ruleId: 'card-syntax',
    message: 'YAML error at line 3, column 7: bad indentation',
    line: 3,
    column: 7,
    severity: 'error',
  });
  return reportOf([card, cleanCard()]);
}

describe('toSarif', () => {
  it('is valid SARIF 2.1.0', () => {
    for (const report of [canonicalReport(), reportWithProblem(), hostileReport(), reportOf([])]) {
      const log = toSarif(report, rules, {
        toolVersion: '0.1.0',
        informationUri: 'https://github.com/ai-act-gate/ai-act-gate',
      });
      expect(validate(log) ? [] : validate.errors).toEqual([]);
    }
  });

  it('is checked by a validator that rejects invalid SARIF', () => {
    const log = toSarif(canonicalReport(), rules, { toolVersion: '0.1.0' }) as unknown as {
      runs: { results: { level: string }[] }[];
    };
    log.runs[0].results[0].level = 'fatal';
    expect(validate(log)).toBe(false);
  });

  it('describes every rule from its data', () => {
    const log = toSarif(canonicalReport(), rules, { toolVersion: '0.1.0' });
    const { driver } = log.runs[0].tool;
    expect(driver).toMatchObject({ name: 'ai-act-gate', version: '0.1.0', semanticVersion: '0.1.0' });
    expect(driver.rules.map((descriptor) => descriptor.id)).toEqual([...rules.map((r) => r.id), CARD_SYNTAX_RULE_ID]);
    const evaluation = rules.find((r) => r.id === 'evaluation-results')!;
    const descriptor = driver.rules.find((d) => d.id === 'evaluation-results')!;
    expect(descriptor).toMatchObject({
      name: 'EvaluationResults',
      shortDescription: { text: evaluation.title },
      fullDescription: { text: evaluation.help.trim() },
      helpUri: 'https://eur-lex.europa.eu/eli/reg/2024/1689/oj/eng#anx_XI',
      defaultConfiguration: { level: 'error' },
      properties: { citation: formatCitations(evaluation.citations), tags: expect.arrayContaining(['eu-ai-act']) },
    });
    const noticeRule = rules.find((r) => r.severity === 'notice');
    if (noticeRule) expect(driver.rules.find((d) => d.id === noticeRule.id)?.defaultConfiguration.level).toBe('note');
  });

  it('gives each finding a located result pointing at its rule', () => {
    const log = toSarif(reportWithProblem(), rules, { toolVersion: '0.1.0' });
    const { results, tool } = log.runs[0];
    expect(results).toHaveLength(8);
    for (const result of results) expect(tool.driver.rules[result.ruleIndex].id).toBe(result.ruleId);
    const partial = results.find((result) => result.ruleId === 'adversarial-testing')!;
    expect(partial).toMatchObject({
      level: 'error',
      message: { text: expect.stringContaining('the card gives only "We did some red teaming"') },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'models/frontier/README.md', uriBaseId: '%SRCROOT%' },
            region: { startLine: 40, startColumn: 3 },
          },
        },
      ],
      properties: { status: 'partial' },
    });
    expect(results.find((result) => result.ruleId === 'incident-reporting')?.level).toBe('note');
    expect(results.find((result) => result.ruleId === CARD_SYNTAX_RULE_ID)).toMatchObject({
      level: 'error',
      locations: [{ physicalLocation: { region: { startLine: 3, startColumn: 7 } } }],
    });
  });

  it('adds a descriptor for a rule the ruleset does not know', () => {
    const card = cleanCard();
    card.rules.push(rule('retired-rule', 'missing'));
    const log = toSarif(reportOf([card]), rules, { toolVersion: '0.1.0' });
    const [result] = log.runs[0].results;
    expect(log.runs[0].tool.driver.rules[result.ruleIndex].id).toBe('retired-rule');
    expect(validate(log)).toBe(true);
  });

  it('encodes hostile paths as relative URI references and escapes messages', () => {
    const log = toSarif(hostileReport(), rules, { toolVersion: '0.1.0' });
    const uri = log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri;
    expect(decodeURIComponent(uri)).toBe(`models/${HOSTILE}/README.md`);
    expect(uri).not.toMatch(/[\s<>@#|]/);
    for (const result of log.runs[0].results) expect(result.message.text).not.toMatch(/@octocat|<img|\n/);
  });

  it('keeps fingerprints when lines move, and changes them when the finding changes', () => {
    const before = toSarif(reportWithProblem(), rules, { toolVersion: '0.1.0' });
    const moved = reportWithProblem();
    for (const file of moved.files) {
      file.titleLine += 12;
      file.rules = file.rules.map((result) => ({ ...result, line: result.line === null ? null : result.line + 12 }));
      file.problems = file.problems.map((problem) => ({
        ...problem,
        line: problem.line + 12,
        message: problem.message.replace('line 3', 'line 15'),
      }));
    }
    const after = toSarif(moved, rules, { toolVersion: '0.1.0' });
    expect(after.runs[0].results[0].locations[0].physicalLocation.region.startLine).not.toBe(
      before.runs[0].results[0].locations[0].physicalLocation.region.startLine,
    );
    expect(fingerprints(after).sort()).toEqual(fingerprints(before).sort());
    expect(new Set(fingerprints(before)).size).toBe(before.runs[0].results.length);

    const renamed = reportWithProblem();
    renamed.files[0].path = 'models/renamed/README.md';
    const original = new Set(fingerprints(before));
    expect(
      fingerprints(toSarif(renamed, rules, { toolVersion: '0.1.0' })).filter((fingerprint) =>
        original.has(fingerprint),
      ),
    ).toEqual([]);

    const improved = reportWithProblem();
    improved.files[0].rules = improved.files[0].rules.map((result) =>
      result.id === 'evaluation-results' ? { ...result, status: 'partial' as const } : result,
    );
    const key = (log: SarifLog) =>
      log.runs[0].results.find((result) => result.ruleId === 'evaluation-results')!.partialFingerprints[
        FINGERPRINT_KEY
      ];
    expect(key(toSarif(improved, rules, { toolVersion: '0.1.0' }))).not.toBe(key(before));
  });
});
