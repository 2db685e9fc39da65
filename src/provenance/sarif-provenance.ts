/**
 * SARIF with the report's provenance: the run's properties name the tool version and the ruleset and
 * policy digests, and each card judged is an artifact with its SHA-256 (SARIF's `hashes`).
 */
import type { Report } from '../model/report.js';
import { artifactUri, type SarifLog } from '../render/sarif.js';

interface SarifArtifact {
  location: { uri: string; uriBaseId: '%SRCROOT%' };
  hashes: Record<string, string>;
  properties?: { gitBlob: string; hubRepository?: string; hubRevision?: string };
}

export type SarifLogWithProvenance = Omit<SarifLog, 'runs'> & {
  runs: (SarifLog['runs'][number] & { artifacts?: SarifArtifact[]; properties?: Record<string, unknown> })[];
};

export function withSarifProvenance(sarif: SarifLog, report: Report): SarifLogWithProvenance {
  const artifacts: SarifArtifact[] = report.files.flatMap((file) => {
    if (!file.provenance) return [];
    const artifact: SarifArtifact = {
      location: { uri: artifactUri(file.path), uriBaseId: '%SRCROOT%' },
      hashes: { 'sha-256': file.provenance.sha256 },
      properties: { gitBlob: file.provenance.gitBlob },
    };
    if (file.provenance.hub)
      artifact.properties = {
        gitBlob: file.provenance.gitBlob,
        hubRepository: file.provenance.hub.repo,
        hubRevision: file.provenance.hub.revision,
      };
    return [artifact];
  });
  return {
    ...sarif,
    runs: sarif.runs.map((run) => ({
      ...run,
      ...(artifacts.length ? { artifacts } : {}),
      ...(report.provenance ? { properties: { provenance: report.provenance } } : {}),
    })),
  };
}
