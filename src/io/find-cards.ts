/** Finds model cards in a tree, or expands the paths and globs given on the command line. */
import { glob } from 'tinyglobby';
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';

const CARD_NAMES = ['MODEL_CARD.md', 'model_card.md', 'modelcard.md', 'ModelCard.md'];
const IGNORE = ['**/node_modules/**', '**/.git/**'];

/** Model-card front-matter keys or headings: a README.md with one of these is a model card. */
const CARD_FRONT_MATTER = /^(?:license|license_name|pipeline_tag|library_name|base_model|model-index|model_name|datasets|ai_act)\s*:/m;
const CARD_HEADING = /^#{1,6}[ \t]+\W*(?:model (?:details|description|card|summary|architecture)|intended uses?|uses|training (?:data|procedure|details)|evaluation|limitations|bias)/im;

export async function findCards(patterns: string[], cwd: string): Promise<string[]> {
  if (patterns.length === 0) {
    const readmes = await glob(['**/README.md', ...CARD_NAMES.map((name) => `**/${name}`)], { cwd, ignore: IGNORE, followSymbolicLinks: false });
    const cards: string[] = [];
    for (const path of readmes.sort()) {
      if (!path.endsWith('README.md') || (await looksLikeCard(resolve(cwd, path)))) cards.push(path);
    }
    return cards;
  }
  const found = new Set<string>();
  for (const pattern of patterns) {
    if (await isFile(resolve(cwd, pattern)).catch(() => false)) {
      found.add(pattern);
      continue;
    }
    for (const path of await glob(pattern, { cwd, ignore: IGNORE, followSymbolicLinks: false })) found.add(path);
  }
  return [...found].sort();
}

async function isFile(path: string): Promise<boolean> {
  return (await stat(path)).isFile();
}

export async function looksLikeCard(path: string): Promise<boolean> {
  try {
    const head = (await readFile(path, 'utf8')).slice(0, 64 * 1024);
    return CARD_FRONT_MATTER.test(head.slice(0, 8192)) || CARD_HEADING.test(head);
  } catch {
    return false;
  }
}
