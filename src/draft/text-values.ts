/**
 * Named facts a draft quotes that are not figures: the model's name, its licence and where it is, its
 * base model, datasets, languages, output modalities, release date. Each comes from the classifier or
 * the front matter where they already read it; the few small readers here cover what nothing else reads.
 */
import { classifyData } from '../classify/classify-data.js';
import { readLineage } from '../classify/lineage.js';
import { taskProfile } from '../classify/task-profile.js';
import { weightsAvailability } from '../classify/weights.js';
import type { CardFacts } from '../model/card.js';
import type { CardAnalysis } from './analyse.js';
import type { DraftValue } from './figures.js';
import { plainText, shorten } from './passage.js';

type Values = Partial<Record<string, DraftValue>>;

const OPEN_SOURCE_WORDS = {
  yes: 'free and open-source licence without use restrictions',
  no: 'licence with conditions (not free and open-source in the sense of Art. 53(2))',
  unclear: 'licence whose open-source status is unclear',
};

export function textValues(analysis: CardAnalysis): Values {
  const { facts, classification } = analysis;
  const data = classifyData();
  const values: Values = {};
  values.modelName = modelName(facts);
  const { licence } = classification;
  if (licence.id) {
    const line = licence.position?.line ?? null;
    values.licence = { value: licence.id, line };
    values.licenceCategory = {
      value: `${OPEN_SOURCE_WORDS[licence.qualifiesOpenSource]}: ${licence.reason}`,
      line,
      basis: `judged from the licence ${licence.id}${line ? ` (line ${line})` : ''}`,
    };
  }
  values.licenceLink = metadataText(facts, 'license_link') ?? licenceLinkInText(facts, licence.position?.line);
  const lineage = readLineage(facts, data);
  if (lineage) {
    const ids = lineage.baseModels.map((base) => base.id).join(', ');
    const line = lineage.baseModels[0]?.position.line ?? null;
    values.baseModel = { value: `${ids} (${lineage.relation})`, line };
    if (lineage.baseModels.length) values.baseModelIds = { value: ids, line };
  }
  values.datasets = datasets(facts);
  values.languages = metadataList(facts, 'language');
  values.pipelineTag = metadataText(facts, 'pipeline_tag');
  values.libraryName = metadataText(facts, 'library_name');
  const task = taskProfile(facts, data);
  if (task.kind === 'generative' && task.modalities.length)
    values.outputModalities = {
      value: task.modalities.join(', '),
      line: task.evidence?.position.line ?? null,
      basis: task.evidence ? `read from ${task.evidence.source}: ${task.evidence.value}` : undefined,
    };
  const weights = weightsAvailability(facts, data);
  if (weights.position)
    values.weightsAccess = { value: `weights not openly downloadable: ${weights.reason}`, line: weights.position.line };
  values.releaseDate = releaseDate(facts);
  return values;
}

function metadataText(facts: CardFacts, key: string): DraftValue | undefined {
  const entry = facts.metadata.get(key);
  if (!entry || (typeof entry.value !== 'string' && typeof entry.value !== 'number')) return undefined;
  const value = String(entry.value).trim();
  return value ? { value, line: entry.position.line } : undefined;
}

function metadataList(facts: CardFacts, key: string): DraftValue | undefined {
  const entry = facts.metadata.get(key);
  if (!entry) return undefined;
  const items = (Array.isArray(entry.value) ? entry.value : [entry.value]).filter(
    (item): item is string => typeof item === 'string' && item.trim() !== '',
  );
  return items.length ? { value: items.join(', '), line: entry.position.line } : undefined;
}

/** The front matter's model name, else the model-index name, else the title heading. */
function modelName(facts: CardFacts): DraftValue | undefined {
  const named = metadataText(facts, 'model_name') ?? metadataText(facts, 'model-index.0.name');
  if (named) return named;
  const title = facts.sections.find((section) => section.depth === 1);
  const cleaned = title && plainText(title.title).replace(/^model card (?:for|of)\s+/i, '');
  if (title && cleaned) return { value: cleaned, line: title.position.line };
  // No title or name: the opening sentence says which model the card is about.
  const lines = facts.text.slice(facts.bodyStart).split('\n');
  const first = lines.findIndex((text) => /[\p{L}]{3}/u.test(text) && !/^\s*(?:#|<|\||!\[)/.test(text));
  if (first < 0) return undefined;
  const line = facts.positionAt(facts.bodyStart).line + first;
  const sentence = /^.*?[.!?](?=\s|$)/.exec(plainText(lines[first]))?.[0] ?? plainText(lines[first]);
  return {
    value: shorten(sentence, 200),
    line,
    basis: 'the opening sentence (no title or model_name names the model)',
  };
}

/** A link on the licence's own line (the body's "License: [name](url)"). */
function licenceLinkInText(facts: CardFacts, line: number | undefined): DraftValue | undefined {
  if (!line) return undefined;
  const link = facts.links.find((candidate) => candidate.position.line === line && /^https?:/.test(candidate.url));
  return link ? { value: link.url, line } : undefined;
}

/** Datasets named in the front matter, else Hub dataset links in the text. */
function datasets(facts: CardFacts): DraftValue | undefined {
  const listed = metadataList(facts, 'datasets');
  if (listed) return listed;
  const hub = facts.links.filter((link) => /huggingface\.co\/datasets\/[\w.-]+\/?[\w.-]*/.test(link.url));
  if (!hub.length) return undefined;
  const names = [
    ...new Set(hub.map((link) => link.url.replace(/^.*huggingface\.co\/datasets\//, '').replace(/[/?#]+$/, ''))),
  ];
  return { value: names.join(', '), line: hub[0].position.line };
}

const RELEASE =
  /\b(?:[Rr]elease [Dd]ate|[Rr]eleased (?:on|in)|[Dd]ate of [Rr]elease|[Rr]elease)\b\s*[:*]*\s*((?:[A-Z][a-z]+\.? \d{1,2},? \d{4})|(?:\d{1,2} [A-Z][a-z]+ \d{4})|(?:\d{4}-\d{2}-\d{2})|(?:[A-Z][a-z]+ \d{4}))/;

/** `ai_act.release_date`, else a "Release date: July 23, 2024" statement in the body. */
function releaseDate(facts: CardFacts): DraftValue | undefined {
  const stated = metadataText(facts, 'ai_act.release_date');
  if (stated) return stated;
  const match = RELEASE.exec(facts.text.slice(facts.bodyStart));
  if (!match) return undefined;
  const line = facts.positionAt(facts.bodyStart + match.index).line;
  return { value: match[1], line };
}
