/** What a policy does to a card's verdicts, through the real checker and the shipped rules. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkCard, buildReport } from '../../src/lint.js';
import { resolvePolicyText } from '../../src/config/load-config.js';
import { checkPolicyRuleIds, dueDate, policySelects } from '../../src/config/apply-policy.js';
import { EMPTY_POLICY, type Policy } from '../../src/config/types.js';
import { findingsOf } from '../../src/render/findings.js';
import { exitCodeFor } from '../../src/exit-code.js';
import { ROOT, shippedRuleset } from '../helpers.js';

const CARD_PATH = 'models/demo/README.md';
const EXAMPLE = readFileSync(join(ROOT, 'examples', 'llm-card', 'README.md'), 'utf8');
const NOW = new Date('2026-12-02T12:00:00Z');

const policyOf = (yaml: string): Promise<Policy> =>
  resolvePolicyText(`version: 1\n${yaml}`, '.github/ai-act-gate.yml', { root: ROOT });
const check = (policy: Policy, text = EXAMPLE, path = CARD_PATH) =>
  checkCard(path, text, shippedRuleset(), policy, NOW);
const ruleOf = (report: ReturnType<typeof check>, id: string) => report.rules.find((rule) => rule.id === id)!;

describe('applying a policy', () => {
  const baseline = check(EMPTY_POLICY);

  it('starts from a card with required gaps at error level (the premise of the other tests)', () => {
    expect(ruleOf(baseline, 'energy-consumption')).toMatchObject({
      status: 'missing',
      required: true,
      severity: 'error',
    });
    expect(ruleOf(baseline, 'copyright-policy')).toMatchObject({
      status: 'missing',
      required: true,
      severity: 'error',
    });
  });

  it('changes severities and turns rules off, never the verdicts', async () => {
    const report = check(await policyOf('rules:\n  energy-consumption: warning\n  copyright-policy: off\n'));
    expect(ruleOf(report, 'energy-consumption')).toMatchObject({ status: 'missing', severity: 'warning' });
    expect(ruleOf(report, 'copyright-policy')).toMatchObject({ status: 'missing', enabled: false, severity: 'notice' });
    const findings = findingsOf(report).map((finding) => finding.ruleId);
    expect(findings).toContain('energy-consumption');
    expect(findings).not.toContain('copyright-policy');
    expect(report.rules.map((rule) => rule.status)).toEqual(baseline.rules.map((rule) => rule.status));
  });

  it('reports a waived gap as waived, with its owner and end date, and does not fail on it', async () => {
    const policy = await policyOf(
      'waivers:\n  - { rule: energy-consumption, path: "models/**", reason: "Cluster team measures the energy", owner: "@acme/infra", expires: 2027-01-31 }\n',
    );
    const report = check(policy);
    expect(ruleOf(report, 'energy-consumption')).toMatchObject({
      status: 'missing',
      severity: 'notice',
      waiver: { owner: '@acme/infra', expires: '2027-01-31', source: '.github/ai-act-gate.yml:3' },
    });
    const finding = findingsOf(report).find((item) => item.ruleId === 'energy-consumption')!;
    expect(finding.message).toMatch(
      /^Waived until 2027-01-31 \(owner @acme\/infra: Cluster team measures the energy\)\. Missing/,
    );
    // Only the waived rule changes.
    expect(ruleOf(report, 'copyright-policy').severity).toBe('error');
  });

  it('makes an expired waiver a finding of its own at the policy line, and the gap counts again', async () => {
    const policy = await policyOf(
      'waivers:\n  - { rule: energy-consumption, path: "models/**", reason: "Cluster team measures the energy", owner: "@acme/infra", expires: 2026-11-30 }\n',
    );
    const report = check(policy);
    expect(ruleOf(report, 'energy-consumption').waiver).toBeUndefined();
    expect(ruleOf(report, 'energy-consumption').severity).toBe('error');
    expect(report.problems).toContainEqual(
      expect.objectContaining({
        ruleId: 'waiver-expired',
        severity: 'error',
        file: '.github/ai-act-gate.yml',
        line: 3,
        message: expect.stringMatching(
          /^The waiver of energy-consumption \(owner @acme\/infra\) expired on 2026-11-30/,
        ),
      }),
    );
  });

  it('applies a waiver only to the cards its path covers', async () => {
    const policy = await policyOf(
      'waivers:\n  - { rule: energy-consumption, path: "other/**", reason: "Cluster team measures the energy", owner: "@acme/infra", expires: 2027-01-31 }\n',
    );
    expect(ruleOf(check(policy), 'energy-consumption').waiver).toBeUndefined();
  });

  it('sets the tier by override, shows the justification, and recomputes what is required', async () => {
    const policy = await policyOf(
      'tier-overrides:\n  - path: "models/demo/**"\n    tier: not-gpai\n    justification: Used only in-house, not placed on the EU market\n',
    );
    const report = check(policy);
    expect(report.tier.id).toBe('not-gpai');
    expect(report.tier.override).toEqual({
      suggested: baseline.tier.id,
      justification: 'Used only in-house, not placed on the EU market',
      source: '.github/ai-act-gate.yml:3',
    });
    expect(report.tier.reasons[0].text).toMatch(
      /^Tier set by the policy \(\.github\/ai-act-gate\.yml:3\) instead of gpai: Used only in-house/,
    );
    expect(report.rules.every((rule) => !rule.required)).toBe(true);
    expect(findingsOf(report).filter((finding) => finding.ruleId !== 'card-syntax')).toEqual([]);
  });

  it('lifts the release gate only with a justified override below systemic risk', async () => {
    const systemic = EXAMPLE.replace(/\nai_act:\n/, '\nai_act:\n  systemic_risk: true\n');
    expect(check(EMPTY_POLICY, systemic).gate.blocked).toBe(true);
    const lifted = check(
      await policyOf(
        'tier-overrides:\n  - { path: "**", tier: gpai, justification: "Commission decision rejecting designation on 2026-05-01" }\n',
      ),
      systemic,
    );
    expect(lifted.gate).toEqual({
      blocked: false,
      blockedBy: [],
      reasons: [
        expect.stringMatching(
          /^Not gated: the policy sets the tier to gpai \(\.github\/ai-act-gate\.yml:3\): Commission decision/,
        ),
      ],
    });
    const waived = check(
      await policyOf(
        'waivers:\n  - { rule: evaluation-results, path: "**", reason: "Reports are being written up", owner: "@lab", expires: 2027-06-30 }\n',
      ),
      systemic,
    );
    expect(waived.gate.blocked).toBe(true);
  });

  it('dates duties: a model placed on the market before 2 Aug 2025 has until 2 Aug 2027 (Art. 111(3))', async () => {
    const early = check(await policyOf('release-date: 2025-03-01\n'));
    expect(ruleOf(early, 'energy-consumption')).toMatchObject({
      status: 'missing',
      severity: 'warning',
      dueFrom: '2027-08-02',
    });
    const late = check(await policyOf('release-date: 2025-03-01\nas-of: 2027-08-02\n'));
    expect(ruleOf(late, 'energy-consumption')).toMatchObject({ severity: 'error' });
    expect(ruleOf(late, 'energy-consumption').dueFrom).toBeUndefined();
    // A model placed after the date is due now.
    expect(ruleOf(check(await policyOf('release-date: 2025-09-01\n')), 'energy-consumption').severity).toBe('error');
  });

  it("takes the release date from the card's ai_act block when the policy gives none", () => {
    const dated = EXAMPLE.replace(/\nai_act:\n/, '\nai_act:\n  release_date: 2024-07-01\n');
    expect(ruleOf(check(EMPTY_POLICY, dated), 'energy-consumption').dueFrom).toBe('2027-08-02');
  });

  it('computes due dates from the rule data', () => {
    const rule = { inForceFrom: '2025-08-02', earlierModelsFrom: '2027-08-02' };
    expect(dueDate(rule, null)).toBe('2025-08-02');
    expect(dueDate(rule, '2025-08-01')).toBe('2027-08-02');
    expect(dueDate(rule, '2025-08-02')).toBe('2025-08-02');
    expect(dueDate({ inForceFrom: '2026-08-02' }, '2024-01-01')).toBe('2026-08-02');
  });

  it('selects cards by paths and ignore', async () => {
    const policy = await policyOf('paths: ["models/*/README.md"]\nignore: ["models/scratch/**"]\n');
    expect(policySelects(policy, 'models/a/README.md')).toBe(true);
    expect(policySelects(policy, './models/a/README.md')).toBe(true);
    expect(policySelects(policy, 'models/scratch/README.md')).toBe(false);
    expect(policySelects(policy, 'README.md')).toBe(false);
  });

  it('refuses rule ids that no rule has, at the line that names them', async () => {
    const policy = await policyOf('rules:\n  energy-consumption: off\n  energy-use: off\n');
    expect(() => checkPolicyRuleIds(policy, shippedRuleset().rules)).toThrow(
      /^\.github\/ai-act-gate\.yml:4: rules: unknown rule "energy-use"/,
    );
    const waiver = await policyOf(
      'waivers:\n  - { rule: licenses, path: "**", reason: "no reason at all", owner: "@me", expires: 2027-01-01 }\n',
    );
    expect(() => checkPolicyRuleIds(waiver, shippedRuleset().rules)).toThrow(
      /^\.github\/ai-act-gate\.yml:3: waivers: unknown rule "licenses"/,
    );
  });

  it('records the policy in the report and fails on a waived gap only once the waiver expires', async () => {
    const waived = await policyOf(
      'waivers:\n  - { rule: energy-consumption, path: "**", reason: "Cluster team measures it", owner: "@infra", expires: 2027-01-31 }\n  - { rule: copyright-policy, path: "**", reason: "Legal approves the policy", owner: "@legal", expires: 2027-01-31 }\n  - { rule: authorised-representative, path: "**", reason: "Established in the EU", owner: "@legal", expires: 2027-01-31 }\n',
    );
    const report = buildReport([check(waived)], shippedRuleset().rules.length, waived, NOW);
    expect(report.policy).toEqual({ sources: ['.github/ai-act-gate.yml'], asOf: '2026-12-02', releaseDate: null });
    expect(exitCodeFor(report, 'error')).toBe(0);
    const expired = { ...waived, asOf: '2027-02-01' };
    expect(exitCodeFor(buildReport([check(expired)], shippedRuleset().rules.length, expired, NOW), 'error')).toBe(1);
  });
});

describe('rendering what a policy did', () => {
  it('shows waived, off and not-yet-due rules in the job summary and the Markdown report', async () => {
    const { renderSummary } = await import('../../src/render/summary.js');
    const { renderMarkdown } = await import('../../src/render/markdown.js');
    const policy = await policyOf(
      'release-date: 2025-01-01\nrules:\n  copyright-policy: off\nwaivers:\n  - { rule: energy-consumption, path: "**", reason: "Cluster team measures it", owner: "@acme/infra", expires: 2027-01-31 }\n',
    );
    const report = buildReport([check(policy)], shippedRuleset().rules.length, policy, NOW);
    const summary = renderSummary(report);
    expect(summary).toMatch(/`energy-consumption`.*❌ missing · waived until 2027-01-31 \(@.?acme\/infra\)/);
    expect(summary).toMatch(/`copyright-policy`.*❌ missing · off/);
    expect(summary).toMatch(/`authorised-representative`.*applies from 2027-08-02/);
    const markdown = renderMarkdown(report);
    expect(markdown).toMatch(
      /energy-consumption.*missing \(waived until 2027-01-31 \(@.?acme\/infra\); applies from 2027-08-02\)/,
    );
  });
});
