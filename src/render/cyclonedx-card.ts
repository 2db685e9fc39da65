/**
 * What a CycloneDX ML-BOM says of one card beyond its report: the model's name, parameter count (with its
 * source), datasets, base models and task, read from the card's text the way the checker reads it.
 */
import { createHash } from 'node:crypto';
import { parseCard } from '../parse/parse-card.js';
import { extractFacts } from '../facts/extract-facts.js';
import type { Vocabulary } from '../facts/vocabulary.js';
import type { CardFacts } from '../model/card.js';
import type { FileReport } from '../model/report.js';
import { classifyData } from '../classify/classify-data.js';
import { modelSize, ownFigures } from '../classify/own-figures.js';
import { addHubFacts } from '../hub/hub-facts.js';

export interface BomCard {
  name: string;
  /** Hex SHA-256 of the card's text as UTF-8; null when the card could not be read. */
  sha256: string | null;
  parameters: { value: number; source: string } | null;
  datasets: string[];
  baseModels: string[];
  task: string | null;
}

/** A card's BOM facts; `text` null for a card that could not be read (its report says why). */
export function readBomCard(report: FileReport, text: string | null, vocabulary: Vocabulary): BomCard {
  const fallbackName = report.hub?.repo ?? report.path;
  if (text === null)
    return { name: fallbackName, sha256: null, parameters: null, datasets: [], baseModels: [], task: null };
  const facts = extractFacts(parseCard(text), vocabulary);
  if (report.hub?.parameters) addHubFacts(facts, { parameters: report.hub.parameters });
  const size = modelSize(facts, ownFigures(facts, classifyData()).quantities);
  const title = facts.sections.find((section) => section.depth === 1)?.title.trim();
  return {
    name: report.hub?.repo ?? stringAt(facts, 'model-index.0.name') ?? (title || fallbackName),
    sha256: createHash('sha256').update(text).digest('hex'),
    parameters: size
      ? {
          value: size.quantity.value,
          source:
            size.quantity.source === 'frontMatter' && size.quantity.raw.startsWith('Hub metadata')
              ? size.quantity.raw
              : `"${size.quantity.raw}" (line ${size.quantity.position.line})`,
        }
      : null,
    datasets: list(facts, 'datasets'),
    baseModels: list(facts, 'base_model'),
    task: stringAt(facts, 'pipeline_tag') ?? report.hub?.pipelineTag ?? null,
  };
}

function stringAt(facts: CardFacts, key: string): string | null {
  const value = facts.metadata.get(key)?.value;
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}

/** A front-matter value that is one string or a list of strings. */
function list(facts: CardFacts, key: string): string[] {
  const one = stringAt(facts, key);
  if (one) return [one];
  const items: string[] = [];
  for (let index = 0; facts.metadata.has(`${key}.${index}`); index++) {
    const item = stringAt(facts, `${key}.${index}`);
    if (item) items.push(item);
  }
  return items;
}
