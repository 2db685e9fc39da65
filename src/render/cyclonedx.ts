/**
 * `--format cyclonedx`: each card as a CycloneDX 1.6 machine-learning-model component with its model
 * card (task, datasets, intended uses, limitations), licence, base models as ancestors, the card's
 * SHA-256, and the checker's verdict (tier, compute and how it was obtained, the gate, each gap) as
 * `ai-act-gate:` properties, so that the result feeds the supply-chain tools that read ML-BOMs.
 */
import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import type { FileReport, Report } from '../model/report.js';
import type { BomCard } from './cyclonedx-card.js';

const requireHere = createRequire(import.meta.url);
/* eslint-disable @typescript-eslint/no-require-imports */
const spdxIds: string[] = typeof require === 'function' ? require('spdx-license-ids') : requireHere('spdx-license-ids');
/* eslint-enable @typescript-eslint/no-require-imports */
const SPDX_CASE = new Map(spdxIds.map((id) => [id.toLowerCase(), id]));

/** Duties whose evidence is the model card's intended uses and its limitations. */
const USE_CASES_RULE = 'intended-uses';
const LIMITATIONS_RULE = 'capabilities-and-limitations';

type Property = { name: string; value: string };

export function renderCycloneDx(report: Report, cards: BomCard[], now = new Date()): string {
  const bom = {
    bomFormat: 'CycloneDX',
    specVersion: '1.6',
    serialNumber: `urn:uuid:${randomUUID()}`,
    version: 1,
    metadata: {
      timestamp: now.toISOString(),
      tools: { components: [{ type: 'application', name: report.tool.name, version: report.tool.version }] },
      properties: runProperties(report),
    },
    components: report.files.map((file, index) => component(file, cards[index], index)),
  };
  return `${JSON.stringify(bom, null, 2)}\n`;
}

function runProperties(report: Report): Property[] {
  const properties: Property[] = [
    { name: 'ai-act-gate:rules', value: String(report.ruleset.count) },
    { name: 'ai-act-gate:blocked', value: String(report.summary.blocked) },
  ];
  if (report.policy) properties.push({ name: 'ai-act-gate:asOf', value: report.policy.asOf });
  if (report.provenance) {
    properties.push({ name: 'ai-act-gate:rulesetDigest', value: report.provenance.rulesetDigest });
    if (report.provenance.policyDigest)
      properties.push({ name: 'ai-act-gate:policyDigest', value: report.provenance.policyDigest });
  }
  return properties;
}

function component(file: FileReport, card: BomCard, index: number): Record<string, unknown> {
  const ref = `card-${index + 1}`;
  const entry: Record<string, unknown> = { type: 'machine-learning-model', 'bom-ref': ref, name: card.name };
  if (file.hub) entry.version = file.hub.revision;
  if (card.sha256) entry.hashes = [{ alg: 'SHA-256', content: card.sha256 }];
  const licences = licenceChoice(file.hub?.licence ?? file.tier.licence.id);
  if (licences) entry.licenses = licences;
  if (card.baseModels.length)
    entry.pedigree = {
      ancestors: card.baseModels.map((id) => ({ type: 'machine-learning-model', name: id })),
    };
  if (file.hub)
    entry.externalReferences = [{ type: 'model-card', url: file.hub.url, comment: `hf://${file.hub.repo}` }];
  entry.modelCard = modelCard(file, card, ref);
  entry.properties = verdictProperties(file, card);
  return entry;
}

function modelCard(file: FileReport, card: BomCard, ref: string): Record<string, unknown> {
  const parameters: Record<string, unknown> = {};
  if (card.task) parameters.task = card.task;
  if (card.datasets.length) parameters.datasets = card.datasets.map((name) => ({ type: 'dataset', name }));
  const evidence = (id: string): string[] => {
    const rule = file.rules.find((result) => result.id === id);
    return rule && rule.status !== 'missing' && rule.evidence ? [rule.evidence] : [];
  };
  const considerations: Record<string, unknown> = {};
  const useCases = evidence(USE_CASES_RULE);
  const limitations = evidence(LIMITATIONS_RULE);
  if (useCases.length) considerations.useCases = useCases;
  if (limitations.length) considerations.technicalLimitations = limitations;
  const result: Record<string, unknown> = { 'bom-ref': `${ref}-model-card` };
  if (Object.keys(parameters).length) result.modelParameters = parameters;
  if (Object.keys(considerations).length) result.considerations = considerations;
  return result;
}

function verdictProperties(file: FileReport, card: BomCard): Property[] {
  const { tier } = file;
  const properties: Property[] = [
    { name: 'ai-act-gate:path', value: file.path },
    { name: 'ai-act-gate:tier', value: tier.id },
    { name: 'ai-act-gate:computeMethod', value: tier.computeMethod },
    { name: 'ai-act-gate:gate', value: file.gate.blocked ? 'blocked' : 'not blocked' },
  ];
  if (tier.computeFlops !== null)
    properties.push({ name: 'ai-act-gate:trainingComputeFlops', value: tier.computeFlops.toExponential(3) });
  if (card.parameters) {
    properties.push({ name: 'ai-act-gate:parameters', value: String(card.parameters.value) });
    properties.push({ name: 'ai-act-gate:parametersSource', value: card.parameters.source });
  }
  properties.push({ name: 'ai-act-gate:licenceOpenSource', value: tier.licence.qualifiesOpenSource });
  if (file.hub) properties.push({ name: 'ai-act-gate:hubRevision', value: file.hub.revision });
  for (const rule of file.rules) {
    if (!rule.required || rule.status === 'met' || rule.enabled === false || rule.waiver) continue;
    properties.push({ name: 'ai-act-gate:gap', value: `${rule.id} (${rule.status}): ${rule.message ?? ''}`.trim() });
  }
  for (const problem of file.problems)
    properties.push({ name: 'ai-act-gate:problem', value: `${problem.ruleId}: ${problem.message}` });
  return properties;
}

/** An SPDX id when the licence is one (in SPDX's own spelling), else the licence by name. */
function licenceChoice(id: string | null): { license: { id: string } | { name: string } }[] | null {
  if (!id) return null;
  const spdx = SPDX_CASE.get(id.toLowerCase());
  return [{ license: spdx ? { id: spdx } : { name: id } }];
}
