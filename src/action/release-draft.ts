/**
 * `blocked-release: draft`: on `release: published` or `created`, a release whose model card the gate
 * blocks is turned back into a draft, with a note at the top of its description saying why. The
 * note is marked, so a second run replaces it instead of stacking another. Shared by the Action and
 * the GitHub App (`serve`); both pass anything with Octokit's `request`.
 */
import type { Report } from '../model/report.js';

export const BLOCKED_RELEASE_MODES = ['fail', 'draft'] as const;
export type BlockedReleaseMode = (typeof BLOCKED_RELEASE_MODES)[number];

/** The release events that can publish a model: a draft saved with `created` publishes nothing yet. */
const PUBLISHING_ACTIONS = new Set(['published', 'created']);

const NOTE_START = '<!-- ai-act-gate:blocked-release -->';
const NOTE_END = '<!-- /ai-act-gate:blocked-release -->';

export interface ReleaseRef {
  owner: string;
  repo: string;
  id: number;
  tagName: string;
  body: string;
  draft: boolean;
}

/** Octokit's `request` (the Action's and the App's installation clients both have it). */
export interface RequestApi {
  request(route: string, parameters: Record<string, unknown>): Promise<{ data: unknown }>;
}

/** The release a `release` event with a publishing action is about, or null for any other event. */
export function releaseOfEvent(eventName: string, payload: Record<string, unknown>): ReleaseRef | null {
  if (eventName !== 'release' || !PUBLISHING_ACTIONS.has(String(payload.action))) return null;
  const release = payload.release as { id?: unknown; tag_name?: unknown; body?: unknown; draft?: unknown } | undefined;
  const repository = payload.repository as { name?: unknown; owner?: { login?: unknown } } | undefined;
  const owner = repository?.owner?.login;
  const repo = repository?.name;
  if (typeof release?.id !== 'number' || typeof owner !== 'string' || typeof repo !== 'string') return null;
  return {
    owner,
    repo,
    id: release.id,
    tagName: typeof release.tag_name === 'string' ? release.tag_name : '',
    body: typeof release.body === 'string' ? release.body : '',
    draft: release.draft === true,
  };
}

/** Markdown naming each blocked card and the reasons of its gate. */
export function blockedReleaseNote(report: Report, tagName: string): string {
  const blocked = report.files.filter((file) => file.gate.blocked);
  const lines = blocked.map((file) => {
    const reasons = file.gate.reasons.filter((reason) => /^blocked\b/i.test(reason));
    return `- \`${file.path}\`: ${(reasons.length ? reasons : file.gate.reasons).join('; ')}`;
  });
  return [
    `**ai-act-gate turned release ${tagName ? `\`${tagName}\` ` : ''}back into a draft:** the release gate blocks ${blocked.length} model card(s).`,
    '',
    ...lines,
    '',
    'Add what is missing to the card(s), then publish the release again.',
  ].join('\n');
}

/** The release description with our note at the top, replacing an earlier note of ours. */
export function withNote(body: string, note: string): string {
  const start = body.indexOf(NOTE_START);
  const end = body.indexOf(NOTE_END);
  const rest = start !== -1 && end > start ? body.slice(0, start) + body.slice(end + NOTE_END.length) : body;
  return `${NOTE_START}\n${note}\n${NOTE_END}\n\n${rest.trimStart()}`.trimEnd();
}

/** Makes the release a draft again with the note; returns the note. Throws GitHub's error (403 without contents: write). */
export async function draftBlockedRelease(api: RequestApi, release: ReleaseRef, report: Report): Promise<string> {
  const note = blockedReleaseNote(report, release.tagName);
  await api.request('PATCH /repos/{owner}/{repo}/releases/{release_id}', {
    owner: release.owner,
    repo: release.repo,
    release_id: release.id,
    draft: true,
    body: withNote(release.body, note),
  });
  return note;
}
