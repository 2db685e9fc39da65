/**
 * The tracking issue of a repository with release blockers (pure): a hidden marker as its first
 * line, then the blocked cards and why. Built as an mdast tree, so card text (paths, reasons) is only
 * ever text, made inert by src/render/escape.ts. Deterministic, so an unchanged result is not rewritten.
 */
import type { List, ListItem, RootContent } from 'mdast';
import { toMarkdown } from 'mdast-util-to-markdown';
import { cardCode, cardText, plain, TEXT_LIMITS } from '../render/escape.js';
import { pluralise } from '../render/comment.js';
import type { OrgRepository } from './types.js';

export const TRACKING_LABEL = 'ai-act-gate';
export const TRACKING_MARKER = '<!-- ai-act-gate:tracking-issue -->';

const MAX_CARDS = 50;
const MAX_REASONS = 8;

/** Ours: the marker is the very first line (card text in the body cannot put one there). */
export function isTrackingIssue(body: string | null | undefined): boolean {
  return (
    (body ?? '')
      .replace(/^\uFEFF/, '')
      .split('\n', 1)[0]
      .replace(/\r$/, '')
      .trim() === TRACKING_MARKER
  );
}

export function renderTrackingIssue(repository: OrgRepository): { title: string; body: string } {
  const blocked = repository.files.filter((file) => file.gate.blocked);
  const title = `ai-act-gate: release blocked for ${pluralise(blocked.length, 'model card')}`;
  const items: ListItem[] = blocked.slice(0, MAX_CARDS).map((file) => {
    const reasons: ListItem[] = file.gate.reasons.slice(0, MAX_REASONS).map((reason) => ({
      type: 'listItem',
      spread: false,
      children: [{ type: 'paragraph', children: [cardText(reason, TEXT_LIMITS.reason)] }],
    }));
    if (file.gate.reasons.length > MAX_REASONS)
      reasons.push(item(`… and ${file.gate.reasons.length - MAX_REASONS} more`));
    const children: ListItem['children'] = [
      {
        type: 'paragraph',
        children: [cardCode(file.path, TEXT_LIMITS.path), plain(' (tier '), cardCode(file.tier.id), plain(')')],
      },
    ];
    if (reasons.length) children.push({ type: 'list', ordered: false, spread: false, children: reasons });
    return { type: 'listItem', spread: false, children };
  });
  if (blocked.length > MAX_CARDS) items.push(item(`… and ${blocked.length - MAX_CARDS} more blocked cards`));
  const list: List = { type: 'list', ordered: false, spread: false, children: items };
  const content: RootContent[] = [
    { type: 'html', value: TRACKING_MARKER },
    {
      type: 'paragraph',
      children: [
        plain(
          `The EU AI Act documentation gate blocks the release of ${pluralise(blocked.length, 'model card')} on the default branch (`,
        ),
        cardCode(repository.defaultBranch),
        plain('):'),
      ],
    },
    list,
    {
      type: 'paragraph',
      children: [
        plain(
          'Each card must document what its tier requires. This issue is kept up to date by `ai-act-gate org-scan --tracking-issues` and closed once no card is blocked.',
        ),
      ],
    },
  ];
  return { title, body: toMarkdown({ type: 'root', children: content }) };
}

function item(text: string): ListItem {
  return { type: 'listItem', spread: false, children: [{ type: 'paragraph', children: [plain(text)] }] };
}
