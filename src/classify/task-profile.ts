/**
 * What the model does: a narrow task (not GPAI, whatever its compute) or generative output (the modality
 * half of the GPAI criterion, and the `art-50` flag). Signals in order of trust: pipeline_tag, model-index
 * task types, library_name, tags, then the card's text.
 */
import type { CardFacts } from '../model/card.js';
import type { Position } from '../model/position.js';
import { excerpt, proseText } from './card-text.js';
import { classifyData, type ClassifyData, type Modality } from './classify-data.js';

export type TaskSource = 'pipeline_tag' | 'model-index' | 'library_name' | 'tags' | 'text';

export interface TaskProfile {
  kind: 'narrow' | 'generative' | 'unknown';
  /** The narrow task, when kind is narrow. */
  task?: string;
  /** Output modalities, when kind is generative. */
  modalities: Modality[];
  /** The signal that decided, for the reasons. */
  evidence?: { source: TaskSource; value: string; position: Position };
}

/** How much of the body counts as the card's opening description. */
const LEAD_CHARS = 3000;

export function taskProfile(facts: CardFacts, data: ClassifyData = classifyData()): TaskProfile {
  return declaredTask(facts, data) ?? textSignal(facts, data) ?? { kind: 'unknown', modalities: [] };
}

/** The task the front matter declares (pipeline_tag, model-index task types, library_name, tags), or null. */
export function declaredTask(facts: CardFacts, data: ClassifyData = classifyData()): TaskProfile | null {
  const { narrowTasks: narrow, generativeTasks: generative } = data;
  const candidates: {
    source: TaskSource;
    value: string;
    position: Position;
    table: 'pipelineTags' | 'libraries' | 'tags';
  }[] = [];
  const add = (key: string, source: TaskSource, table: 'pipelineTags' | 'libraries' | 'tags'): void => {
    const entry = facts.metadata.get(key);
    if (typeof entry?.value === 'string')
      candidates.push({ source, value: entry.value.trim().toLowerCase(), position: entry.position, table });
  };
  add('pipeline_tag', 'pipeline_tag', 'pipelineTags');
  // The Hub's older name for pipeline_tag ("task: audio-to-audio" on fairseq cards).
  if (!facts.metadata.has('pipeline_tag')) add('task', 'pipeline_tag', 'pipelineTags');
  for (const key of facts.metadata.keys()) {
    if (/^model-index\.\d+\.results\.\d+\.task\.type$/.test(key)) add(key, 'model-index', 'pipelineTags');
  }
  add('library_name', 'library_name', 'libraries');
  for (let index = 0; facts.metadata.has(`tags.${index}`); index++) add(`tags.${index}`, 'tags', 'tags');

  const modalities = new Set<Modality>();
  let decided: TaskProfile | null = null;
  for (const candidate of candidates) {
    const task = narrow[candidate.table].get(candidate.value);
    const outputs = generative[candidate.table].get(candidate.value);
    const evidence = { source: candidate.source, value: candidate.value, position: candidate.position };
    if (!decided && task) decided = { kind: 'narrow', task, modalities: [], evidence };
    else if (!decided && outputs) decided = { kind: 'generative', modalities: [], evidence };
    if (outputs && decided?.kind === 'generative') outputs.forEach((modality) => modalities.add(modality));
  }
  const refined =
    decided?.evidence?.source === 'pipeline_tag' && generative.broadPipelineTags.has(decided.evidence.value);
  if (refined) {
    const narrowTag = candidates.find((candidate) => candidate.table === 'tags' && narrow.tags.has(candidate.value));
    if (narrowTag)
      return {
        kind: 'narrow',
        task: narrow.tags.get(narrowTag.value),
        modalities: [],
        evidence: { source: narrowTag.source, value: narrowTag.value, position: narrowTag.position },
      };
  }
  return decided ? { ...decided, modalities: [...modalities] } : null;
}

/** The earliest narrow or generative phrase in the opening text, else in the whole body. */
function textSignal(facts: CardFacts, data: ClassifyData): TaskProfile | null {
  const prose = proseText(facts);
  const leadEnd = Math.min(prose.length, facts.bodyStart + LEAD_CHARS);
  for (const [start, end] of [
    [facts.bodyStart, leadEnd],
    [leadEnd, prose.length],
  ]) {
    const span = prose.slice(start, end);
    let best: { offset: number; profile: Omit<TaskProfile, 'evidence'>; phrase: string } | null = null;
    const consider = (pattern: RegExp, profile: Omit<TaskProfile, 'evidence'>): void => {
      const match = pattern.exec(span);
      if (match && (!best || match.index < best.offset)) best = { offset: match.index, profile, phrase: match[0] };
    };
    for (const { pattern, value } of data.narrowTasks.text)
      consider(pattern, { kind: 'narrow', task: value, modalities: [] });
    for (const { pattern, value } of data.generativeTasks.text)
      consider(pattern, { kind: 'generative', modalities: value });
    if (best) {
      const found = best as { offset: number; profile: Omit<TaskProfile, 'evidence'>; phrase: string };
      const modalities = found.profile.kind === 'generative' ? generativeModalities(span, data) : [];
      return {
        ...found.profile,
        modalities,
        evidence: { source: 'text', value: excerpt(found.phrase), position: facts.positionAt(start + found.offset) },
      };
    }
  }
  return null;
}

/** Every output modality the text names, once the model is known to be generative. */
function generativeModalities(span: string, data: ClassifyData): Modality[] {
  const found = new Set<Modality>();
  for (const { pattern, value } of data.generativeTasks.text)
    if (pattern.test(span)) value.forEach((modality) => found.add(modality));
  return [...found];
}
