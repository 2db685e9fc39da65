/**
 * A card's text with what varies between the members of one family taken out: the model's own name
 * (from its path and its title), sizes ("70M", "1.4B", "12 billion"), checkpoint tokens ("step1000",
 * "checkpoint-500"), commit ids and every other figure. Two cards whose normalised texts are equal
 * say the same thing about different sizes or checkpoints of one model. Only exact equality counts
 * (after whitespace and repeated lines): a sentence added, removed or reworded keeps cards apart.
 */
import { createHash } from 'node:crypto';
import { escapeRegExp } from '../facts/escape-regexp.js';

const OWN_NAME = '\u27e8name\u27e9';
const CHECKPOINT = '\u27e8checkpoint\u27e9';
const SIZE = '\u27e8size\u27e9';
const COMMIT = '\u27e8commit\u27e9';
const NUMBER = '\u27e8n\u27e9';

/** Names shorter than this are too likely to be ordinary words of the card. */
const MIN_NAME_LENGTH = 3;
const MAX_NAME_LENGTH = 120;

const CHECKPOINT_TOKEN = String.raw`\b(?:global[_-]?step|step|checkpoint|ckpt|iter(?:ation)?|epoch|revision)[-_ ]?\d+\b`;
/** Hex runs that contain a digit: commit ids and content hashes in links and front matter. */
const COMMIT_TOKEN = String.raw`\b(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{7,64}\b`;
const SIZE_TOKEN = String.raw`\d+(?:[.,]\d+)?\s?(?:thousand|million|billion|trillion|bn|[kmbt])(?![a-z])`;
const NUMBER_TOKEN = String.raw`\d+(?:[.,]\d+)*(?:e[-+]?\d+)?`;
/** One pass for all figures: at each place a checkpoint token, else a commit id, else a size, else a number. */
const FIGURE = new RegExp(`(${CHECKPOINT_TOKEN})|(${COMMIT_TOKEN})|(${SIZE_TOKEN})|${NUMBER_TOKEN}`, 'gi');

/** The model's names a card is likely to repeat: its path's name and its title, longest first. */
export function ownNames(path: string, text: string): string[] {
  const names = new Set<string>();
  const add = (name: string | undefined): void => {
    const trimmed = name?.trim();
    if (trimmed && trimmed.length >= MIN_NAME_LENGTH && trimmed.length <= MAX_NAME_LENGTH) names.add(trimmed);
  };
  const hub = /^hf:\/\/([^/@]+)\/([^/@]+)/.exec(path);
  if (hub) {
    add(`${hub[1]}/${hub[2]}`);
    add(hub[2]);
  } else {
    const parts = path.split(/[\\/]/).filter(Boolean);
    const file = parts.at(-1) ?? '';
    const stem = file.replace(/\.(?:md|markdown|txt)$/i, '');
    if (/^(?:readme|model[-_ ]?card)$/i.test(stem)) add(parts.at(-2));
    else {
      // "OWNER_NAME_README.md", as dumps of the Hub name their files.
      const named = stem.replace(/[-_.]?readme$/i, '');
      add(named);
      const underscore = named.indexOf('_');
      if (underscore > 0) add(named.slice(underscore + 1));
    }
  }
  add(titleOf(text));
  return [...names].sort((a, b) => b.length - a.length);
}

/** The first level-one heading's text, without emphasis or link syntax. */
function titleOf(text: string): string | undefined {
  const body = text.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '');
  const heading = /^#[ \t]+(.+?)[ \t#]*$/m.exec(body)?.[1];
  return heading?.replace(/[*_`]|\[([^\]]*)\]\([^)]*\)/g, '$1');
}

export function normaliseCardText(path: string, text: string): string {
  // Figures first, in the names too: a card that lists its siblings ("Pythia-70M", "Pythia-160M" …)
  // then reads the same whichever of them it describes.
  const frontMatter = /^---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/.exec(text)?.[0] ?? '';
  let normalised = (figuresOutOfFrontMatter(frontMatter) + figuresOut(text.slice(frontMatter.length))).toLowerCase();
  const names = [...new Set(ownNames(path, text).map((name) => figuresOut(name).toLowerCase()))].sort(
    (a, b) => b.length - a.length,
  );
  // Lower case first: a case-insensitive search for the names took most of the time.
  if (names.length) normalised = normalised.replace(new RegExp(names.map(escapeRegExp).join('|'), 'g'), OWN_NAME);
  // A run of lines that read the same once figures are out (a training log's rows, one per epoch) counts once.
  const lines: string[] = [];
  for (const line of normalised.replace(/[^\S\n]+/g, ' ').split('\n')) {
    const trimmed = line.trim();
    if (trimmed && trimmed !== lines.at(-1)) lines.push(trimmed);
  }
  return lines.join(' ');
}

/** Licence lines keep their figures: `apache-2.0` and `apache-1.0`, `gpl-2.0` and `gpl-3.0` are other licences. */
const LICENCE_LINE = /^([ \t-]*licen[cs]e(?:_name)?:.*)$/gim;

function figuresOutOfFrontMatter(text: string): string {
  return text
    .split(LICENCE_LINE)
    .map((part, index) => (index % 2 ? part : figuresOut(part)))
    .join('');
}

function figuresOut(text: string): string {
  return text.replace(FIGURE, (_figure, checkpoint?: string, commit?: string, size?: string) =>
    checkpoint ? CHECKPOINT : commit ? COMMIT : size ? SIZE : NUMBER,
  );
}

/**
 * Words a card's body (after its front matter, names and figures taken out) must have to belong to a
 * family: a card that is only a title or only front matter says nothing that could be shared, and
 * grouping every empty card of a Hub dump by its licence would be noise, not a family.
 */
export const MIN_FAMILY_WORDS = 20;

/** Cards larger than this (far beyond any template) are not grouped: normalising them would cost seconds. */
export const MAX_FAMILY_CHARS = 1_000_000;

/** The family fields of a card's report: "sha256:…" of its normalised text, unless it says too little. */
export function familyFields(path: string, text: string): { templateDigest?: string } {
  if (text.length > MAX_FAMILY_CHARS) return {};
  const normalised = normaliseCardText(path, text);
  // The body's words: after the front matter ("--- … ---" once normalised), placeholders not counted.
  const word = /\u27e8[a-z]+\u27e9|(\p{L}{2,})/gu;
  word.lastIndex = normalised.startsWith('---') ? normalised.indexOf(' ---', 3) + 4 : 0;
  let words = 0;
  for (let match = word.exec(normalised); match && words < MIN_FAMILY_WORDS; match = word.exec(normalised))
    if (match[1]) words++;
  if (words < MIN_FAMILY_WORDS) return {};
  return { templateDigest: `sha256:${createHash('sha256').update(normalised).digest('hex')}` };
}
