/**
 * Whether the card's licence can carry the Art 53(2) open-source exemption: free and open-source terms
 * without use restrictions qualify; acceptable-use conditions, non-commercial or research-only terms do not.
 */
import { createRequire } from 'node:module';
import parseSpdx from 'spdx-expression-parse';
import type { CardFacts } from '../model/card.js';
import type { Position } from '../model/position.js';
import { bodyText, sentencesIn } from './card-text.js';
import { classifyData, type ClassifyData, type Judgement, type LicenceEntry } from './classify-data.js';

export interface LicenceVerdict {
  /** The licence found: a Hub identifier, an SPDX expression or a named licence; null when none. */
  id: string | null;
  qualifiesOpenSource: Judgement;
  reason: string;
  position?: Position;
}

interface Judged {
  id: string;
  qualifies: Judgement;
  reason: string;
}

// Required as spdx-expression-parse requires them, so that a bundle holds one copy of each list (an
// import with a JSON attribute is another module to esbuild). Unbundled, createRequire loads the same.
const requireHere = createRequire(import.meta.url);
/* eslint-disable @typescript-eslint/no-require-imports */
const spdxIds: string[] = typeof require === 'function' ? require('spdx-license-ids') : requireHere('spdx-license-ids');
const spdxDeprecatedIds: string[] =
  typeof require === 'function' ? require('spdx-license-ids/deprecated') : requireHere('spdx-license-ids/deprecated');
/* eslint-enable @typescript-eslint/no-require-imports */
const SPDX_CASE = new Map([...spdxIds, ...spdxDeprecatedIds].map((id) => [id.toLowerCase(), id]));
const RANK: Record<Judgement, number> = { no: 0, unclear: 1, yes: 2 };

export function analyseLicence(facts: CardFacts, data: ClassifyData = classifyData()): LicenceVerdict {
  const declared = fromFrontMatter(facts, data);
  if (declared && declared.qualifiesOpenSource !== 'unclear') return declared;
  const written = fromText(facts, data);
  if (written && declared) {
    // The declared licence stays the one named; the text only says what its terms are.
    const where = written.position ? ` (line ${written.position.line})` : '';
    const named = declared.id !== null && declared.id !== 'other' && declared.id !== 'unknown';
    return {
      ...written,
      id: named ? declared.id : written.id,
      position: named ? (declared.position ?? written.position) : written.position,
      reason: `${declared.reason}; the card's text${where} names ${written.reason}`,
    };
  }
  return (
    written ??
    declared ?? {
      id: null,
      qualifiesOpenSource: 'unclear',
      reason: 'no licence stated (front matter `license`, a licence section or a "License:" line)',
    }
  );
}

function fromFrontMatter(facts: CardFacts, data: ClassifyData): LicenceVerdict | null {
  const entry = facts.metadata.get('license');
  const values = (Array.isArray(entry?.value) ? entry.value : [entry?.value])
    .filter(
      (value): value is string | number =>
        (typeof value === 'string' && value.trim() !== '') || typeof value === 'number',
    )
    .map(String);
  if (!entry || !values.length) return null;
  const judged = values.map((value) => judgeIdentifier(value, data));
  let verdict = combine(judged, 'or');
  let namedBy: Position | undefined;
  // `other` (and a bare `unknown`) defer to license_name / license_link.
  if (verdict.qualifies === 'unclear') {
    for (const key of ['license_name', 'license_link'] as const) {
      const named = facts.metadata.get(key);
      if (typeof named?.value !== 'string' || !named.value.trim()) continue;
      const found = key === 'license_name' ? judgeIdentifier(named.value, data) : judgeByName(named.value, data);
      if (found && found.qualifies !== 'unclear') {
        return {
          id: found.id,
          qualifiesOpenSource: found.qualifies,
          reason: `${key}: ${named.value}: ${found.reason}`,
          position: named.position,
        };
      }
      if (found && found.id !== verdict.id) {
        verdict = { ...found, reason: `${key}: ${found.reason}` };
        namedBy = named.position;
      }
    }
  }
  // A verdict read from license_name or license_link points at that key and says so itself.
  return {
    id: verdict.id,
    qualifiesOpenSource: verdict.qualifies,
    reason: namedBy ? verdict.reason : `license: ${verdict.reason}`,
    position: namedBy ?? entry.position,
  };
}

/** A Hub identifier, an SPDX expression, or a licence named in free text. */
export function judgeIdentifier(raw: string, data: ClassifyData): Judged {
  const text = raw.trim();
  const hub = hubEntry(text.toLowerCase(), data);
  if (hub) return judgedEntry(hub);
  const spdx = judgeSpdx(text, data);
  if (spdx) return spdx;
  return (
    judgeByName(text, data) ?? {
      id: text,
      qualifies: 'unclear',
      reason: `"${text}" is neither a Hugging Face licence identifier nor an SPDX expression; check its terms`,
    }
  );
}

function hubEntry(id: string, data: ClassifyData): LicenceEntry | undefined {
  return data.licences.find((entry) => entry.id === id);
}

function judgedEntry(entry: LicenceEntry): Judged {
  return { id: entry.id, qualifies: entry.qualifies, reason: `${entry.id} (${entry.name}): ${entry.reason}` };
}

/** SPDX expressions, case-normalised first ("mit or apache-2.0" → "MIT OR Apache-2.0"). */
function judgeSpdx(text: string, data: ClassifyData): Judged | null {
  const normalised = text
    .split(/(\s+|[()])/)
    .map((token) => {
      const lower = token.toLowerCase();
      if (lower === 'and' || lower === 'or' || lower === 'with') return lower.toUpperCase();
      const plus = lower.endsWith('+') ? '+' : '';
      return SPDX_CASE.get(plus ? lower.slice(0, -1) : lower)?.concat(plus) ?? token;
    })
    .join('');
  let tree: parseSpdx.Info;
  try {
    tree = parseSpdx(normalised);
  } catch {
    return null;
  }
  const walk = (node: parseSpdx.Info): Judged => {
    if ('conjunction' in node) return combine([walk(node.left), walk(node.right)], node.conjunction);
    return judgeSpdxId(node.license, data);
  };
  const judged = walk(tree);
  return { ...judged, id: normalised };
}

function judgeSpdxId(id: string, data: ClassifyData): Judged {
  const lower = id.toLowerCase();
  const hub = hubEntry(lower, data) ?? hubEntry(lower.replace(/-(?:only|or-later)$/, ''), data);
  if (hub) return { ...judgedEntry(hub), id };
  if (/(?:^|-)(?:nc|nd)(?:-|$)|non-?commercial/.test(lower)) {
    return { id, qualifies: 'no', reason: `${id}: non-commercial or no-derivatives terms` };
  }
  if (lower.startsWith('licenseref-'))
    return { id, qualifies: 'unclear', reason: `${id}: a custom licence; check its terms` };
  return {
    id,
    qualifies: 'unclear',
    reason: `${id}: a valid SPDX licence without a judgement in rules/data/licences.yaml; check its terms`,
  };
}

/** OR: the most open alternative counts; AND: the most restrictive part. */
function combine(judged: Judged[], conjunction: 'and' | 'or'): Judged {
  const pick = judged.reduce((best, next) =>
    conjunction === 'or'
      ? RANK[next.qualifies] > RANK[best.qualifies]
        ? next
        : best
      : RANK[next.qualifies] < RANK[best.qualifies]
        ? next
        : best,
  );
  if (judged.length === 1) return pick;
  return {
    id: judged.map((item) => item.id).join(` ${conjunction.toUpperCase()} `),
    qualifies: pick.qualifies,
    reason: pick.reason,
  };
}

/** The earliest licence named in a text (ties: the longest name). */
export function judgeByName(text: string, data: ClassifyData): Judged | null {
  const found = earliestName(text, 0, text.length, data);
  return found ? judgedEntry(found.entry) : null;
}

function earliestName(
  text: string,
  start: number,
  end: number,
  data: ClassifyData,
): { entry: LicenceEntry; offset: number } | null {
  const span = text.slice(start, end);
  let best: { entry: LicenceEntry; offset: number; length: number } | null = null;
  for (const entry of data.licences) {
    for (const pattern of entry.match) {
      const match = pattern.exec(span);
      if (
        match &&
        (!best || match.index < best.offset || (match.index === best.offset && match[0].length > best.length))
      ) {
        best = { entry, offset: match.index, length: match[0].length };
      }
    }
  }
  return best ? { entry: best.entry, offset: start + best.offset } : null;
}

/** The first licence named in a span, skipping sentences about the code alone. */
function firstAboutWeights(
  text: string,
  start: number,
  end: number,
  data: ClassifyData,
): { entry: LicenceEntry; offset: number } | null {
  for (const sentence of sentencesIn(text, start, end)) {
    if (data.cues.licenceCodeOnly.test(sentence.text) && !data.cues.licenceModelWords.test(sentence.text)) continue;
    const found = earliestName(text, sentence.start, sentence.start + sentence.text.length, data);
    if (found) return found;
  }
  return null;
}

/** Licence sections, then "License:" lines, then "released under …" sentences. */
function fromText(facts: CardFacts, data: ClassifyData): LicenceVerdict | null {
  const text = bodyText(facts);
  const spans: [number, number][] = [];
  for (const section of facts.sections) {
    if (
      section.canonical.includes('license') ||
      section.canonical.includes('licence') ||
      /licen[cs]/i.test(section.title)
    ) {
      spans.push([section.bodyStart, section.bodyEnd]);
    }
  }
  const lines = new RegExp(data.cues.licenceLine.source, 'gim');
  for (let match = lines.exec(text); match; match = lines.exec(text)) {
    const lineEnd = text.indexOf('\n', match.index + match[0].length);
    spans.push([match.index, lineEnd < 0 ? text.length : lineEnd]);
  }
  for (const sentence of sentencesIn(text, facts.bodyStart, text.length)) {
    if (data.cues.licenceStatement.test(sentence.text))
      spans.push([sentence.start, sentence.start + sentence.text.length]);
  }
  for (const [start, end] of spans) {
    const found = firstAboutWeights(text, start, end, data);
    if (found) {
      const judged = judgedEntry(found.entry);
      return {
        id: judged.id,
        qualifiesOpenSource: judged.qualifies,
        reason: judged.reason,
        position: facts.positionAt(found.offset),
      };
    }
  }
  return null;
}
