/**
 * What an organisation or Hub scan judged, shown small: the tool version and the ruleset and policy
 * digests in a footer line, and per card its content SHA-256 with the git blob id or the Hub
 * revision where known (the JSON report's `provenance`). Every value passes through the escapers:
 * a report read back from a file is untrusted.
 */
import type { RootContent, TableRow } from 'mdast';
import type { FileReport } from '../model/report.js';
import type { OrgReport } from '../org/types.js';
import { cardCode, cardText, plain, TEXT_LIMITS } from './escape.js';
import { filesOf, repositoriesOf } from './org-analysis.js';
import { html } from './org-html.js';

/** Cards listed with their digests at most in the Markdown report; the JSON report has them all. */
export const ORG_PROVENANCE_LIMIT = 200;

const HEX = /^(?:sha256:)?[0-9a-f]{7,64}$/;
/** A digest from the report, or null when it is not one (a hostile or damaged report). */
const digest = (value: unknown): string | null => (typeof value === 'string' && HEX.test(value) ? value : null);

/** "ai-act-gate 1.4.0 · rules sha256:… · policy sha256:…" (policy "none" without one), or null without provenance. */
export function provenanceLine(report: OrgReport): string | null {
  const provenance = report.provenance;
  if (!provenance || typeof provenance !== 'object') return null;
  const tool = `${provenance.tool?.name ?? 'ai-act-gate'} ${provenance.tool?.version ?? ''}`.trim();
  const rules = digest(provenance.rulesetDigest) ?? 'unknown';
  const policy = provenance.policyDigest === null ? 'none' : (digest(provenance.policyDigest) ?? 'unknown');
  return `judged by ${tool} · ruleset ${rules} · policy ${policy}`;
}

/** A card's digests: SHA-256, git blob id and Hub revision (each null when not known). */
export function cardDigests(file: FileReport): { sha256: string | null; gitBlob: string | null; hub: string | null } {
  const provenance = file?.provenance;
  const revision = provenance?.hub?.revision;
  return {
    sha256: digest(provenance?.sha256),
    gitBlob: digest(provenance?.gitBlob),
    hub: digest(revision) ?? (typeof revision === 'string' && revision ? revision : null),
  };
}

export function provenanceMarkdown(report: OrgReport): RootContent[] {
  const line = provenanceLine(report);
  const cards = repositoriesOf(report).flatMap((repository) =>
    filesOf(repository).map((file) => ({ name: `${repository.fullName}/${file.path}`, ...cardDigests(file) })),
  );
  const known = cards.filter((card) => card.sha256);
  if (!line && !known.length) return [];
  const nodes: RootContent[] = [
    { type: 'heading', depth: 3, children: [plain('Provenance')] },
    {
      type: 'paragraph',
      children: [cardText(line ? `Cards ${line}.` : 'What judged the cards is not recorded.', 400)],
    },
  ];
  if (!known.length) return nodes;
  const cell = (value: string | null, max: number = TEXT_LIMITS.id) => ({
    type: 'tableCell' as const,
    children: value ? [cardCode(value, max)] : [],
  });
  const row = (cells: ReturnType<typeof cell>[]): TableRow => ({ type: 'tableRow', children: cells });
  const header = ['card', 'content sha256', 'git blob', 'Hub revision'].map((title) => ({
    type: 'tableCell' as const,
    children: [plain(title)],
  }));
  const shown = known.slice(0, ORG_PROVENANCE_LIMIT);
  nodes.push(
    { type: 'html', value: `<details><summary>Content digests of ${known.length} cards</summary>` },
    {
      type: 'table',
      align: [null, null, null, null],
      children: [
        { type: 'tableRow', children: header },
        ...shown.map((card) =>
          row([
            cell(card.name, TEXT_LIMITS.path),
            cell(card.sha256),
            cell(card.gitBlob),
            cell(card.hub, TEXT_LIMITS.path),
          ]),
        ),
      ],
    },
    ...(known.length > shown.length
      ? [
          {
            type: 'paragraph' as const,
            children: [plain(`… and ${known.length - shown.length} more (the JSON report has every card's digests)`)],
          },
        ]
      : []),
    { type: 'html', value: '</details>' },
  );
  return nodes;
}

/** The dashboard's footer line, escaped; empty without provenance. */
export function provenanceFooterHtml(report: OrgReport): string {
  const line = provenanceLine(report);
  return line ? `<p class=pv>Cards ${html(line, 400)}.</p>` : '';
}

/** A card's short digest under its path in the heat-map, the full digests in its tooltip; empty when unknown. */
export function cardDigestHtml(file: FileReport): string {
  const { sha256, gitBlob, hub } = cardDigests(file);
  if (!sha256) return '';
  const title = [`content sha256 ${sha256}`, gitBlob ? `git blob ${gitBlob}` : '', hub ? `Hub revision ${hub}` : '']
    .filter(Boolean)
    .join(' · ');
  return ` <small class=pv title="${html(title, 400)}">sha256 ${html(sha256.slice(0, 12), 20)}${hub ? ` · rev ${html(hub.slice(0, 12), 20)}` : ''}</small>`;
}
