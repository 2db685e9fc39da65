/**
 * A card's text with what varies between the members of one family taken out: the model's own name
 * (from its path and its title), sizes ("70M", "1.4B", "12 billion"), checkpoint tokens ("step1000",
 * "checkpoint-500"), commit ids and every other figure. Two cards whose normalised texts are equal
 * say the same thing about different sizes or checkpoints of one model. Only exact equality counts
 * (after whitespace and repeated lines): a sentence added, removed or reworded keeps cards apart.
 */
import { createHash } from 'node:crypto';

const OWN_NAME = '\u27e8name\u27e9';
const CHECKPOINT = '\u27e8checkpoint\u27e9';
const SIZE = '\u27e8size\u27e9';
const COMMIT = '\u27e8commit\u27e9';
const NUMBER = '\u27e8n\u27e9';

/** Names shorter than this are too likely to be ordinary words of the card. */
const MIN_NAME_LENGTH = 3;
const MAX_NAME_LENGTH = 120;

const CHECKPOINT_TOKEN = /\b(?:global[_-]?step|step|checkpoint|ckpt|iter(?:ation)?|epoch|revision)[-_ ]?\d+\b/gi;
const SIZE_TOKEN = /\d+(?:[.,]\d+)?\s?(?:thousand|million|billion|trillion|bn|[kmbt])(?![a-z])/gi;
/** Hex runs that contain a digit: commit ids and content hashes in links and front matter. */
const COMMIT_TOKEN = /\b(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{7,64}\b/gi;
const NUMBER_TOKEN = /\d+(?:[.,]\d+)*(?:e[-+]?\d+)?/gi;

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

const escapeRegExp = (value: string): string => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function normaliseCardText(path: string, text: string): string {
  // Figures first, in the names too: a card that lists its siblings ("Pythia-70M", "Pythia-160M" …)
  // then reads the same whichever of them it describes.
  let normalised = figuresOut(text.normalize('NFC'));
  const names = [...new Set(ownNames(path, text).map(figuresOut))].sort((a, b) => b.length - a.length);
  if (names.length) normalised = normalised.replace(new RegExp(names.map(escapeRegExp).join('|'), 'gi'), OWN_NAME);
  // A run of lines that read the same once figures are out (a training log's rows, one per epoch) counts once.
  const lines: string[] = [];
  for (const line of normalised.toLowerCase().split(/\r?\n/)) {
    const words = line.replace(/\s+/g, ' ').trim();
    if (words && words !== lines.at(-1)) lines.push(words);
  }
  return lines.join(' ');
}

/** Licence lines keep their figures: `apache-2.0` and `apache-1.0`, `gpl-2.0` and `gpl-3.0` are other licences. */
const LICENCE_LINE = /^([ \t-]*licen[cs]e(?:_name)?:.*)$/gim;

function figuresOut(text: string): string {
  return text
    .split(LICENCE_LINE)
    .map((part, index) => (index % 2 ? part : figuresOutOf(part)))
    .join('');
}

function figuresOutOf(text: string): string {
  return text
    .replace(CHECKPOINT_TOKEN, CHECKPOINT)
    .replace(COMMIT_TOKEN, COMMIT)
    .replace(SIZE_TOKEN, SIZE)
    .replace(NUMBER_TOKEN, NUMBER);
}

/**
 * Words a card's body (after its front matter, names and figures taken out) must have to belong to a
 * family: a card that is only a title or only front matter says nothing that could be shared, and
 * grouping every empty card of a Hub dump by its licence would be noise, not a family.
 */
export const MIN_FAMILY_WORDS = 20;

/** The family fields of a card's report: "sha256:…" of its normalised text, unless it says too little. */
export function familyFields(path: string, text: string): { templateDigest?: string } {
  const normalised = normaliseCardText(path, text);
  const body = normalised.replace(/^---( .*?)? ---/, '').replace(/⟨[a-z]+⟩/g, ' ');
  const words = body.match(/\p{L}{2,}/gu)?.length ?? 0;
  if (words < MIN_FAMILY_WORDS) return {};
  return { templateDigest: `sha256:${createHash('sha256').update(normalised).digest('hex')}` };
}
