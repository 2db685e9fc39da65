/**
 * Front-matter keys `fix` adds: a key a draft fills from a fact the card states elsewhere (`license`,
 * `base_model`), and an `ai_act:` block whose link keys stay empty with a TODO comment (an empty key
 * states nothing, so the checker keeps reporting the duty). Edited as a YAML document, so comments and
 * key order stay; when re-serialising would change any of the author's lines, the new keys are appended
 * as a document of their own instead.
 */
import { Document, isMap, isScalar, parseDocument, Scalar } from 'yaml';
import { AI_ACT_KEY } from '../../classify/ai-act-block.js';
import { resolveSource, type CardValues } from '../sources.js';
import type { DraftSpec } from './draft-spec.js';
import { insertionsBetween, type Insertion } from './lines.js';

interface NewKey {
  key: string;
  value: unknown;
  comment: string;
}

export function planFrontMatter(values: CardValues, drafts: { spec: DraftSpec }[]): Insertion[] {
  const { facts, parsed } = values.analysis;
  const keys: NewKey[] = [];
  for (const { spec } of drafts) {
    const target = spec.frontMatter;
    if (!target || facts.metadata.has(target.key)) continue;
    const found = resolveSource(values, target.from);
    if (!found || !found.line || !/^[\w.+/-]+(?:, [\w.+/-]+)*$/.test(found.value)) continue;
    const items = found.value.split(', ');
    keys.push({
      key: target.key,
      value: items.length > 1 ? items : items[0],
      comment: ` ai-act-gate draft: from the card (line ${found.line})`,
    });
  }
  const aiActKeys = drafts.map(({ spec }) => spec.aiAct).filter((key): key is string => !!key);
  if (aiActKeys.length && !facts.metadata.has(AI_ACT_KEY)) {
    const block: Record<string, null> = {};
    for (const key of aiActKeys) block[key] = null;
    keys.push({
      key: AI_ACT_KEY,
      value: block,
      comment: ' ai-act-gate draft: fill in each link (an empty key states nothing)',
    });
  }
  if (!keys.length) return [];
  const rank = -1;
  if (!parsed.frontMatter && parsed.bodyStart === 0) {
    const yaml = freshDocument(keys).split('\n').slice(0, -1);
    return [{ beforeLine: 1, lines: ['---', ...yaml, '---'], rank }];
  }
  const firstLine = parsed.positionAt(parsed.frontMatterOffset).line;
  const closingLine = parsed.positionAt(parsed.bodyStart).line - (parsed.text[parsed.bodyStart - 1] === '\n' ? 1 : 0);
  const yamlText = parsed.text.slice(parsed.frontMatterOffset, offsetOfLine(parsed.text, closingLine));
  const before = yamlText.split('\n').slice(0, -1);
  const edited = editInPlace(yamlText, keys);
  const inPlace = edited === null ? null : insertionsBetween(before, edited.split('\n').slice(0, -1), rank);
  if (inPlace) return inPlace.map((insertion) => ({ ...insertion, beforeLine: insertion.beforeLine + firstLine - 1 }));
  const appended = freshDocument(keys);
  // A flow-style or templated front matter cannot take block keys after it: leave it as it is.
  if (parseDocument(yamlText + appended, { uniqueKeys: false }).errors.length) return [];
  return [{ beforeLine: closingLine, lines: appended.split('\n').slice(0, -1), rank }];
}

/** The author's document with the keys added at the end of its mapping, or null when it is not a mapping. */
function editInPlace(yamlText: string, keys: NewKey[]): string | null {
  const document = parseDocument(yamlText);
  if (document.errors.length || (document.contents !== null && !isMap(document.contents))) return null;
  for (const key of keys) document.set(key.key, node(document, key));
  return document.toString();
}

function freshDocument(keys: NewKey[]): string {
  const document = new Document({});
  for (const key of keys) document.set(key.key, node(document, key));
  return document.toString({ nullStr: '' });
}

function node(document: Document, key: NewKey) {
  const created = document.createNode(key.value);
  if (created instanceof Scalar) created.comment = key.comment;
  else {
    created.commentBefore = key.comment;
    if (isMap(created)) for (const pair of created.items) if (isScalar(pair.value)) pair.value.comment = ' TODO';
  }
  return created;
}

function offsetOfLine(text: string, line: number): number {
  let offset = 0;
  for (let current = 1; current < line && offset >= 0; current++) offset = text.indexOf('\n', offset) + 1;
  return offset;
}
