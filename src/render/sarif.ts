/**
 * SARIF 2.1.0 for GitHub code scanning (`github/codeql-action/upload-sarif`): rule metadata from
 * rules/, one result per finding at the card line, and fingerprints that survive edits above it.
 */
import { createHash } from 'node:crypto';
import { PROBLEM_IDS, type FileReport, type ProblemId, type Report } from '../model/report.js';
import type { Rule, Severity } from '../model/rule.js';
import { citationUrl, formatCitations } from '../ruleset/format-citation.js';
import { findingsOf, type Finding } from './findings.js';
import { lineOf, neutralise, neutraliseKeepingUrls, singleLine } from './escape.js';

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
/** Rule id of problems with the card itself (unreadable file, broken front matter). */
export const CARD_SYNTAX_RULE_ID = 'card-syntax';
/** Versioned, so a change of what is hashed can never match old alerts by accident. */
export const FINGERPRINT_KEY = 'aiActGateFinding/v1';

export type SarifLevel = 'error' | 'warning' | 'note';

export interface SarifReportingDescriptor {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string; markdown?: string };
  helpUri?: string;
  defaultConfiguration: { level: SarifLevel };
  properties: { tags: string[]; [key: string]: unknown };
}

export interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: SarifLevel;
  message: { text: string };
  locations: {
    physicalLocation: {
      artifactLocation: { uri: string; uriBaseId: string };
      region: { startLine: number; startColumn: number };
    };
  }[];
  partialFingerprints: Record<string, string>;
  properties?: Record<string, unknown>;
}

export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: {
    tool: {
      driver: {
        name: string;
        version: string;
        semanticVersion: string;
        informationUri?: string;
        rules: SarifReportingDescriptor[];
      };
    };
    columnKind: 'utf16CodeUnits';
    results: SarifResult[];
  }[];
}

export interface SarifOptions {
  toolVersion: string;
  informationUri?: string;
}

const LEVEL: Record<Severity, SarifLevel> = { error: 'error', warning: 'warning', notice: 'note' };
const levelOf = (severity: string): SarifLevel => LEVEL[severity as Severity] ?? 'note';

/** "training-content-summary" → "TrainingContentSummary": SARIF's `name` is an identifier-like word. */
const pascalCase = (id: string): string =>
  id.replace(/(^|[-_.\s]+)([a-z0-9])/gi, (_, __, letter: string) => letter.toUpperCase());

function ruleDescriptor(rule: Rule): SarifReportingDescriptor {
  const help = rule.help.trim() || rule.title;
  const citation = formatCitations(rule.citations);
  const descriptor: SarifReportingDescriptor = {
    id: rule.id,
    name: pascalCase(rule.id),
    shortDescription: { text: rule.title },
    fullDescription: { text: help },
    help: { text: help, markdown: `${help}\n\nProvisions: ${citation}` },
    defaultConfiguration: { level: levelOf(rule.severity) },
    properties: { tags: ['eu-ai-act', 'documentation', ...rule.audience], citation, appliesTo: rule.appliesTo },
  };
  if (rule.citations.length) descriptor.helpUri = citationUrl(rule.citations[0]);
  return descriptor;
}

const CARD_SYNTAX_DESCRIPTOR: SarifReportingDescriptor = {
  id: CARD_SYNTAX_RULE_ID,
  name: 'CardSyntax',
  shortDescription: { text: 'The model card can be read and its front matter parsed' },
  fullDescription: {
    text: "The card's YAML front matter, Markdown structure or text encoding is malformed, so some duties could not be checked.",
  },
  help: {
    text: 'Fix the reported problem (for example the YAML syntax of the front matter) so every duty can be checked.',
  },
  defaultConfiguration: { level: 'error' },
  properties: { tags: ['eu-ai-act', 'model-card'] },
};

/** A descriptor for a finding that is not a rule (an unreadable card, an expired waiver…). */
function problemDescriptor(id: ProblemId): SarifReportingDescriptor {
  if (id === CARD_SYNTAX_RULE_ID) return CARD_SYNTAX_DESCRIPTOR;
  const text = PROBLEM_IDS[id];
  return {
    id,
    name: pascalCase(id),
    shortDescription: { text },
    fullDescription: { text },
    help: { text: `${text}. The finding's message says what to do.` },
    defaultConfiguration: { level: id === 'ai-act-invalid' || id === 'ai-act-contradiction' ? 'warning' : 'error' },
    properties: { tags: ['eu-ai-act', 'model-card'] },
  };
}

/** A descriptor for a rule id that a report has but the ruleset does not (a report from another version). */
function unknownDescriptor(id: string): SarifReportingDescriptor {
  return {
    id,
    name: pascalCase(id),
    shortDescription: { text: id },
    fullDescription: { text: id },
    help: { text: `See the ai-act-gate documentation for ${id}.` },
    defaultConfiguration: { level: 'warning' },
    properties: { tags: ['eu-ai-act'] },
  };
}

/** The card's path as a relative URI reference: forward slashes, each segment percent-encoded. */
export function artifactUri(path: string): string {
  return singleLine(path)
    .split(/[\\/]+/)
    .filter((segment) => segment !== '' && segment !== '.')
    .map(encodeURIComponent)
    .join('/');
}

/**
 * Rule, path and status, never the line, so an alert keeps its identity when lines move above it.
 * A card problem's message stands in for the status, with its numbers (often line numbers) removed.
 */
export function fingerprintOf(file: FileReport, finding: Finding): string {
  const what = !finding.status ? finding.message.replace(/\d+/g, '#') : (finding.status ?? '');
  return createHash('sha256').update([finding.ruleId, file.path, what].join('\u0000')).digest('hex').slice(0, 32);
}

export function toSarif(report: Report, rules: readonly Rule[], options: SarifOptions): SarifLog {
  const descriptors: SarifReportingDescriptor[] = rules.map(ruleDescriptor);
  const indexById = new Map(descriptors.map((descriptor, index) => [descriptor.id, index]));
  const indexOf = (id: string): number => {
    let index = indexById.get(id);
    if (index === undefined) {
      index =
        descriptors.push(Object.hasOwn(PROBLEM_IDS, id) ? problemDescriptor(id as ProblemId) : unknownDescriptor(id)) -
        1;
      indexById.set(id, index);
    }
    return index;
  };
  indexOf(CARD_SYNTAX_RULE_ID);

  const results: SarifResult[] = report.files.flatMap((file) =>
    findingsOf(file).map((finding) => {
      const result: SarifResult = {
        ruleId: finding.ruleId,
        ruleIndex: indexOf(finding.ruleId),
        level: levelOf(finding.severity),
        message: { text: neutraliseKeepingUrls(finding.message, 2000) || finding.ruleId },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: artifactUri(finding.file ?? file.path), uriBaseId: '%SRCROOT%' },
              region: { startLine: lineOf(finding.line), startColumn: lineOf(finding.column) },
            },
          },
        ],
        partialFingerprints: { [FINGERPRINT_KEY]: fingerprintOf(file, finding) },
      };
      if (finding.status) result.properties = { status: finding.status, citation: neutralise(finding.citation) };
      return result;
    }),
  );

  const driver: SarifLog['runs'][number]['tool']['driver'] = {
    name: 'ai-act-gate',
    version: options.toolVersion,
    semanticVersion: options.toolVersion,
    rules: descriptors,
  };
  if (options.informationUri) driver.informationUri = options.informationUri;
  return {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [{ tool: { driver }, columnKind: 'utf16CodeUnits', results }],
  };
}
