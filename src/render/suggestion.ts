/**
 * The text of suggested drafts: a review comment's ```suggestion block, the review's body, the body
 * an earlier review is left with once superseded, and the collapsed "ready to copy" block of drafts
 * that are not on the diff (sticky comment and job summary). Draft lines quote the card, so they only
 * ever go inside code fences longer than any run of backticks they hold.
 */
import type { PhrasingContent, RootContent } from 'mdast';
import type { Suggestion } from '../publish/anchor-drafts.js';
import { renumbered, type DraftGroup, type Placement } from '../publish/pull-request-drafts.js';
import { cardCode, plain } from './escape.js';
import { pluralise, serialise } from './comment.js';

/** The marker key as the sticky comment's: `[A-Za-z0-9._-]`, no `--`. */
function markerKey(instanceKey: string): string {
  return (
    instanceKey
      .replace(/[^A-Za-z0-9._-]+/g, '-')
      .replace(/-{2,}/g, '-')
      .replace(/^-+|-+$/g, '') || 'default'
  );
}

/** The first line of our current review's body. */
export const REVIEW_MARKER = (instanceKey = 'default') => `<!-- ai-act-gate:review:${markerKey(instanceKey)} -->`;
/** The first line of a review of ours that a later one replaced: never looked at again. */
export const SUPERSEDED_MARKER = (instanceKey = 'default') =>
  `<!-- ai-act-gate:review-superseded:${markerKey(instanceKey)} -->`;
/** The first line of each of our review comments. */
export const SUGGESTION_MARKER = (instanceKey = 'default') =>
  `<!-- ai-act-gate:suggestion:${markerKey(instanceKey)} -->`;

/** Whether `body`'s first line is `marker` (a body quoting it further down is not ours). */
export function startsWithMarker(body: string, marker: string): boolean {
  return (
    body
      .replace(/^\uFEFF/, '')
      .split('\n', 1)[0]
      .replace(/\r$/, '')
      .trim() === marker
  );
}

/** A code fence longer than any run of the fence character in `text`. */
export function fenceFor(text: string, character = '`'): string {
  const runs = text.match(new RegExp(`${character === '`' ? '`' : '~'}+`, 'g')) ?? [];
  return character.repeat(Math.max(3, ...runs.map((run) => run.length + 1)));
}

const code = (text: string) => `\`${text}\``;

function whatIsDrafted(groups: readonly DraftGroup[]): string {
  const rules = groups.flatMap((group) => group.rules);
  const frontMatter = groups.some((group) => !group.rules.length);
  const parts = [];
  if (rules.length) parts.push(`${rules.length === 1 ? 'draft of' : 'drafts of'} ${rules.map(code).join(', ')}`);
  if (frontMatter) parts.push('front-matter keys');
  return parts.join(' and ');
}

/** One review comment: what it drafts, how to use it, and the suggestion replacing the anchored line. */
export function suggestionBody(suggestion: Suggestion, instanceKey = 'default'): string {
  const text = suggestion.replacement.join('\n');
  const fence = fenceFor(text);
  return [
    SUGGESTION_MARKER(instanceKey),
    `📝 **ai-act-gate**: ${whatIsDrafted(suggestion.groups)}: the facts the card already states, each with its line, and a \`TODO:\` for the rest. Check every line and fill in each TODO before committing; the check keeps reporting a duty as missing while its TODO is there.`,
    '',
    `${fence}suggestion`,
    text,
    fence,
    '',
  ].join('\n');
}

/** The review's body: our marker, a digest of the suggestions (to leave an identical review alone), a summary. */
export function reviewBody(
  suggestions: readonly Suggestion[],
  offDiff: number,
  digest: string,
  instanceKey = 'default',
): string {
  const drafts = suggestions.reduce((sum, suggestion) => sum + suggestion.groups.length, 0);
  const cards = [...new Set(suggestions.map((suggestion) => suggestion.path))];
  const rest = offDiff
    ? ` ${pluralise(offDiff, 'more draft')} for places outside this pull request’s changes ${offDiff === 1 ? 'is' : 'are'} in the ai-act-gate comment and the job summary, ready to copy.`
    : '';
  return [
    REVIEW_MARKER(instanceKey),
    `<!-- ai-act-gate:drafts:${digest} -->`,
    `📝 **ai-act-gate** suggests ${pluralise(drafts, 'draft')} of missing documentation on ${cards.map(code).join(', ')}, as changes you can commit from this review.${rest} A new push replaces this review.`,
    '',
  ].join('\n');
}

/** The digest a review body carries, or null. */
export function reviewDigest(body: string): string | null {
  return /<!-- ai-act-gate:drafts:([0-9a-f]+) -->/.exec(body)?.[1] ?? null;
}

/** What an earlier review of ours says once a later run has replaced it (its comments are deleted). */
export function supersededBody(headSha: string, instanceKey = 'default'): string {
  return [
    SUPERSEDED_MARKER(instanceKey),
    `📝 ai-act-gate: these suggested drafts were replaced by a later run (for commit ${headSha.slice(0, 7)}).`,
    '',
  ].join('\n');
}

/** "after “## Training Details” (line 40)", "in the front matter", "at the end of the card". */
export function placementText(place: Placement): string {
  if (place.where === 'front-matter') return 'in the front matter';
  if (place.where === 'end' || !place.heading) return 'at the end of the card';
  return `${place.where === 'after-heading' ? 'after' : 'before'} “${place.heading.text}” (line ${place.heading.line})`;
}

export function placementNodes(place: Placement): PhrasingContent[] {
  if (place.where === 'front-matter' || place.where === 'end' || !place.heading) return [plain(placementText(place))];
  return [
    plain(place.where === 'after-heading' ? 'after ' : 'before '),
    cardCode(place.heading.text, 80),
    plain(` (line ${place.heading.line})`),
  ];
}

/** The drafts off the diff, collapsed, each with where it goes and its lines in a code block ready to copy. */
export function draftsDetails(groups: readonly DraftGroup[], heading: string): string {
  if (!groups.length) return '';
  const nodes: RootContent[] = [
    { type: 'html', value: '<details>\n<summary>' },
    { type: 'paragraph', children: [plain(heading)] },
    { type: 'html', value: '</summary>' },
  ];
  for (const group of groups) {
    const [lines] = renumbered([group]);
    const what = group.rules.length ? `${group.rules.join(', ')}` : 'front-matter keys';
    nodes.push({
      type: 'paragraph',
      children: [cardCode(group.path, 120), plain(`: ${what}, `), ...placementNodes(group.place), plain(':')],
    });
    nodes.push({
      type: 'code',
      lang: group.place.where === 'front-matter' ? 'yaml' : 'markdown',
      value: lines.join('\n'),
    });
  }
  nodes.push({ type: 'html', value: '</details>' });
  return serialise(nodes);
}

/** "📝 12 drafts of missing documentation for places outside this pull request’s changes, ready to copy" */
export function offDiffHeading(count: number, outsideTheDiff = true): string {
  const where = outsideTheDiff ? ' for places outside this pull request’s changes' : '';
  return `📝 ${pluralise(count, 'draft')} of missing documentation${where}, ready to copy`;
}
