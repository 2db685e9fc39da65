/** The canonical Report the renderer tests share: one blocked systemic-risk card with gaps, one clean card. */
import type { FileReport, Report, RuleResult } from '../../src/model/report.js';
import type { Tier } from '../../src/model/tier.js';
import { gapMessageFor } from '../../src/evaluate/gap-message.js';

const ACT = 'https://eur-lex.europa.eu/eli/reg/2024/1689/oj/eng';

export const HEAD_SHA = '0123456789abcdef0123456789abcdef01234567';
export const SOURCE = { serverUrl: 'https://github.com', repository: 'octo-org/models', headSha: HEAD_SHA };

/** Text a hostile card could carry: mentions, HTML, our marker, table pipes, issue references. */
export const HOSTILE =
  '@octocat @octo-org/admins #123 </details> <!-- ai-act-gate:report:default --> <img src=x onerror=alert(1)> | pipes |';

/** A rule's result as the checker words it: no severity when met, the message by status (a partial one quotes its evidence). */
export function rule(id: string, status: RuleResult['status'], overrides: Partial<RuleResult> = {}): RuleResult {
  const result: RuleResult = {
    id,
    status,
    required: true,
    line: status === 'missing' ? null : 20,
    column: status === 'missing' ? null : 1,
    citation: 'Art. 53(1)(a)',
    url: `${ACT}#art_53`,
    ...(status === 'met' ? { evidence: `Evidence for ${id}` } : { severity: 'error' }),
    ...overrides,
  };
  if (status !== 'met' && !overrides.message) {
    const evidence = result.evidence ? { quote: result.evidence, line: result.line ?? 1, text: '' } : undefined;
    result.message = gapMessageFor(`Missing ${id}; expected the ${id} documented.`, status, evidence);
  }
  return result;
}

export function tier(
  id: Tier,
  computeFlops: number | null,
  reasons: FileReport['tier']['reasons'] = [],
): FileReport['tier'] {
  // Only what the renderers read, plus the classifier's extra fields; the rest of the report's tier is not needed here.
  return {
    id,
    computeFlops,
    reasons,
    flags: [],
    computeMethod: computeFlops ? 'stated' : 'none',
    borderline: false,
  } as unknown as FileReport['tier'];
}

export function blockedCard(path = 'models/frontier/README.md'): FileReport {
  return {
    path,
    titleLine: 5,
    tier: tier('gpai-systemic-risk', 3.8e25, [
      { text: 'Training compute 3.8e25 FLOP stated (line 8)', position: { line: 8, column: 1 } },
      { text: '3.8e25 FLOP > 1e25 → Art. 51(2)' },
      { text: '→ tier gpai-systemic-risk' },
    ]),
    rules: [
      rule('evaluation-results', 'missing', { citation: 'Annex XI §2 1; Art. 55(1)(a)', url: `${ACT}#anx_XI` }),
      rule('adversarial-testing', 'partial', {
        line: 40,
        column: 3,
        evidence: 'We did some red teaming',
        citation: 'Annex XI §2 2; Art. 55(1)(a)',
        url: `${ACT}#anx_XI`,
      }),
      rule('training-content-summary', 'missing', { citation: 'Art. 53(1)(d)' }),
      rule('cybersecurity', 'missing', { citation: 'Art. 55(1)(d)', url: `${ACT}#art_55` }),
      rule('copyright-policy', 'missing', { severity: 'warning', citation: 'Art. 53(1)(c)' }),
      rule('energy-consumption', 'partial', {
        severity: 'warning',
        line: 60,
        evidence: 'Trained on GPUs',
        citation: 'Annex XI §1 2(e)',
        url: `${ACT}#anx_XI`,
      }),
      rule('incident-reporting', 'missing', { severity: 'notice', citation: 'Art. 55(1)(c)', url: `${ACT}#art_55` }),
      rule('intended-uses', 'met', { line: 14 }),
      rule('licence', 'met', { line: 3 }),
      rule('architecture-and-size', 'met', { line: 30 }),
    ],
    problems: [],
    gate: {
      blocked: true,
      reasons: [
        'Systemic-risk release gate applies: its training compute 3.8e25 FLOP exceeds 1e25 (Art. 51(2))',
        'Blocked: evaluation-results is missing; the evaluation results must be documented, or linked from ai_act.evaluation_reports, before release',
        'Blocked: adversarial-testing is partial; the adversarial testing must be documented, or linked from ai_act.adversarial_testing, before release',
      ],
    },
  };
}

export function cleanCard(path = 'models/small/README.md'): FileReport {
  return {
    path,
    titleLine: 1,
    tier: tier('gpai-open-source', 2e23, [{ text: '6·N·D ≈ 2e23 FLOP → GPAI' }, { text: '→ tier gpai-open-source' }]),
    rules: [
      rule('intended-uses', 'met', { line: 10 }),
      rule('licence', 'met', { line: 2 }),
      rule('training-content-summary', 'met', { line: 22 }),
      rule('evaluation-results', 'missing', { required: false }),
    ],
    problems: [],
    gate: {
      blocked: false,
      reasons: ['Not gated: no systemic-risk claim or designation, and training compute not above 1e25 FLOP'],
    },
  };
}

export function reportOf(files: FileReport[], ruleCount = 29): Report {
  const summary = {
    files: files.length,
    errors: 0,
    warnings: 0,
    notices: 0,
    blocked: files.filter((file) => file.gate.blocked).length,
  };
  for (const file of files) {
    for (const result of [...file.rules.filter((r) => r.required && r.status !== 'met'), ...file.problems]) {
      if (result.severity === 'error') summary.errors++;
      else if (result.severity === 'warning') summary.warnings++;
      else summary.notices++;
    }
  }
  return {
    schemaVersion: '1.0.0',
    tool: { name: 'ai-act-gate', version: '0.1.0' },
    ruleset: { count: ruleCount },
    files,
    summary,
  };
}

/** Two cards: one blocked systemic-risk card with 7 gaps, one clean card. */
export function canonicalReport(): Report {
  return reportOf([blockedCard(), cleanCard()]);
}

/** The canonical report with hostile text in every place a card can put text. */
export function hostileReport(): Report {
  const card = blockedCard(`models/${HOSTILE}/README.md`);
  card.rules = card.rules.map((result) =>
    result.status === 'met'
      ? result
      : { ...result, evidence: HOSTILE, message: `Missing it; the card says ${HOSTILE}` },
  );
  card.tier.reasons.push({ text: `The card says "${HOSTILE}"`, position: { line: 9, column: 1 } });
  card.gate.reasons.push(`ai_act.evaluation_reports links ${HOSTILE}`);
  card.problems.push({
    ruleId: 'card-syntax',
    message: `YAML error near ${HOSTILE}\n\n</details>\n<!-- ai-act-gate:report:default -->`,
    line: 2,
    column: 4,
    severity: 'error',
  });
  return reportOf([card, cleanCard()]);
}

/** `count` cards with every one of 29 rules a gap with a long message; every `blockedEvery`-th one blocked. */
export function largeReport(count: number, blockedEvery = 60): Report {
  const files: FileReport[] = [];
  for (let index = 0; index < count; index++) {
    const card = blockedCard(`models/model-${String(index).padStart(3, '0')}/README.md`);
    card.gate = index % blockedEvery === 0 ? card.gate : { blocked: false, reasons: ['Not gated'] };
    card.rules = Array.from({ length: 29 }, (_, r) =>
      rule(`rule-${r}`, r % 3 === 0 ? 'partial' : 'missing', {
        line: r + 10,
        evidence: 'x'.repeat(150),
        message: `Missing item ${r}; expected ${'a fairly long explanation of what would satisfy it '.repeat(4)}`,
      }),
    );
    files.push(card);
  }
  return reportOf(files);
}
