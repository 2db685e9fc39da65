/** Parsers for each of the classifier's YAML tables: plain data in, typed tables out, errors with file and key. */
import { list, record, regex, regexList, requireNumber, requireString, type Where } from './data-validation.js';
import {
  MODALITIES,
  RELATIONS,
  type AcceleratorTable,
  type AnnexIiiArea,
  type LicenceEntry,
  type Modality,
  type ProhibitedPractice,
  type Relation,
  type TaskTable,
  type TextCues,
} from './data-types.js';

export function parseAccelerators(raw: unknown, where: Where): AcceleratorTable {
  const root = record(raw, where);
  const utilisation = record(root.get('utilisation'), where, 'utilisation');
  const fallback = record(root.get('default'), where, 'default');
  const at = (path: string): Where => ({ ...where, path });
  return {
    utilisation: {
      assumed: requireNumber(utilisation.get('assumed'), at('utilisation.assumed')),
      low: requireNumber(utilisation.get('low'), at('utilisation.low')),
      high: requireNumber(utilisation.get('high'), at('utilisation.high')),
    },
    fallback: {
      name: requireString(fallback.get('name'), at('default.name')),
      peakFlops: requireNumber(fallback.get('peakFlops'), at('default.peakFlops')),
      low: requireNumber(fallback.get('low'), at('default.low')),
      high: requireNumber(fallback.get('high'), at('default.high')),
    },
    accelerators: list(root.get('accelerators'), at('accelerators'), (item, itemWhere) => {
      const entry = record(item, itemWhere);
      const field = (key: string): Where => ({ ...itemWhere, path: `${itemWhere.path}.${key}` });
      return {
        name: requireString(entry.get('name'), field('name')),
        match: regexList(entry.get('match'), field('match')),
        peakFlops: requireNumber(entry.get('peakFlops'), field('peakFlops')),
        source: requireString(entry.get('source'), field('source')),
      };
    }),
  };
}

export function parseLicences(raw: unknown, where: Where): LicenceEntry[] {
  const root = record(raw, where);
  const entries = (key: string, custom: boolean): LicenceEntry[] =>
    list(root.get(key), { ...where, path: key }, (item, itemWhere) => {
      const entry = record(item, itemWhere);
      const field = (name: string): Where => ({ ...itemWhere, path: `${itemWhere.path}.${name}` });
      const qualifies = requireString(entry.get('qualifies'), field('qualifies'));
      if (qualifies !== 'yes' && qualifies !== 'no' && qualifies !== 'unclear') {
        throw new Error(`${where.file}: ${field('qualifies').path}: expected yes | no | unclear, got "${qualifies}"`);
      }
      return {
        id: requireString(entry.get('id'), field('id')).toLowerCase(),
        name: requireString(entry.get('name'), field('name')),
        qualifies,
        reason: requireString(entry.get('reason'), field('reason')),
        match: entry.has('match') ? regexList(entry.get('match'), field('match')) : [],
        custom,
      };
    });
  return [...entries('licences', false), ...entries('custom', true)];
}

export function parseModalities(value: unknown, where: Where): Modality[] {
  return list(value, where, (item, itemWhere) => {
    const modality = requireString(item, itemWhere) as Modality;
    if (!MODALITIES.includes(modality)) {
      throw new Error(`${where.file}: ${itemWhere.path}: expected one of ${MODALITIES.join(' | ')}, got "${modality}"`);
    }
    return modality;
  });
}

export function parseTaskTable<T>(
  raw: unknown,
  where: Where,
  valueKey: 'task' | 'modality',
  value: (raw: unknown, where: Where) => T,
): TaskTable<T> {
  const root = record(raw, where);
  const table = (key: string): Map<string, T> => {
    const entries = record(root.get(key), where, key);
    return new Map(
      [...entries].map(([name, v]) => [name.toLowerCase(), value(v, { ...where, path: `${key}.${name}` })]),
    );
  };
  return {
    pipelineTags: table('pipelineTags'),
    libraries: table('libraries'),
    tags: table('tags'),
    text: list(root.get('text'), { ...where, path: 'text' }, (item, itemWhere) => {
      const entry = record(item, itemWhere);
      const field = (name: string): Where => ({ ...itemWhere, path: `${itemWhere.path}.${name}` });
      const rawValue = entry.get(valueKey);
      return {
        pattern: regex(entry.get('pattern'), field('pattern')),
        value: value(valueKey === 'modality' ? [rawValue] : rawValue, field(valueKey)),
      };
    }),
    broadPipelineTags: new Set(
      root.has('broadPipelineTags')
        ? list(root.get('broadPipelineTags'), { ...where, path: 'broadPipelineTags' }, (item, itemWhere) =>
            requireString(item, itemWhere).toLowerCase(),
          )
        : [],
    ),
  };
}

export function parseAnnexIii(raw: unknown, where: Where): AnnexIiiArea[] {
  return list(record(raw, where).get('areas'), { ...where, path: 'areas' }, (item, itemWhere) => {
    const entry = record(item, itemWhere);
    const field = (name: string): Where => ({ ...itemWhere, path: `${itemWhere.path}.${name}` });
    return {
      id: requireString(entry.get('id'), field('id')),
      title: requireString(entry.get('title'), field('title')),
      point: requireString(entry.get('point'), field('point')),
      patterns: regexList(entry.get('patterns'), field('patterns')),
    };
  });
}

export function parseArt5(raw: unknown, where: Where): ProhibitedPractice[] {
  return list(record(raw, where).get('practices'), { ...where, path: 'practices' }, (item, itemWhere) => {
    const entry = record(item, itemWhere);
    const field = (name: string): Where => ({ ...itemWhere, path: `${itemWhere.path}.${name}` });
    const practice = {
      id: requireString(entry.get('id'), field('id')),
      point: requireString(entry.get('point'), field('point')),
      title: requireString(entry.get('title'), field('title')),
      any: entry.has('any') ? regexList(entry.get('any'), field('any')) : [],
      all: entry.has('all') ? regexList(entry.get('all'), field('all')) : [],
    };
    if (!practice.any.length && !practice.all.length) {
      throw new Error(`${where.file}: ${itemWhere.path}: expected "any" or "all" patterns`);
    }
    return practice;
  });
}

export function parseTextCues(raw: unknown, where: Where): TextCues {
  const root = record(raw, where);
  const at = (path: string): Where => ({ ...where, path });
  const strings = (value: unknown, path: string): string[] =>
    list(value, at(path), (item, itemWhere) => requireString(item, itemWhere));
  const uses = record(root.get('useSections'), where, 'useSections');
  const systemic = record(root.get('systemicRisk'), where, 'systemicRisk');
  return {
    approximate: regex(root.get('approximate'), at('approximate')),
    negation: regex(root.get('negation'), at('negation')),
    useSections: {
      intendedCanonical: strings(uses.get('intendedCanonical'), 'useSections.intendedCanonical'),
      purposeCanonical: strings(uses.get('purposeCanonical'), 'useSections.purposeCanonical'),
      excludedCanonical: strings(uses.get('excludedCanonical'), 'useSections.excludedCanonical'),
      otherCanonical: strings(uses.get('otherCanonical'), 'useSections.otherCanonical'),
      intendedHeading: regex(uses.get('intendedHeading'), at('useSections.intendedHeading')),
      excludedHeading: regex(uses.get('excludedHeading'), at('useSections.excludedHeading')),
      otherHeading: regex(uses.get('otherHeading'), at('useSections.otherHeading')),
    },
    systemicRisk: {
      denials: regexList(systemic.get('denials'), at('systemicRisk.denials')),
      claims: regexList(systemic.get('claims'), at('systemicRisk.claims')),
      designation: regexList(systemic.get('designation'), at('systemicRisk.designation')),
      tags: strings(systemic.get('tags'), 'systemicRisk.tags').map((tag) => tag.toLowerCase()),
    },
    derivedFrom: list(root.get('derivedFrom'), at('derivedFrom'), (item, itemWhere) => {
      const entry = record(item, itemWhere);
      return {
        relation: toRelation(entry.get('relation'), { ...itemWhere, path: `${itemWhere.path}.relation` }),
        pattern: regex(entry.get('pattern'), { ...itemWhere, path: `${itemWhere.path}.pattern` }),
        baseMustBe: baseCondition(entry.get('baseMustBe'), { ...itemWhere, path: `${itemWhere.path}.baseMustBe` }),
      };
    }),
    ignoreBaseNames: new Set(strings(root.get('ignoreBaseNames'), 'ignoreBaseNames').map((name) => name.toLowerCase())),
    weightsNotPublic: regexList(root.get('weightsNotPublic'), at('weightsNotPublic')),
    gatedKeys: strings(root.get('gatedKeys'), 'gatedKeys'),
    licenceLine: regex(root.get('licenceLine'), at('licenceLine'), 'im'),
    licenceStatement: regex(root.get('licenceStatement'), at('licenceStatement')),
    licenceCodeOnly: regex(root.get('licenceCodeOnly'), at('licenceCodeOnly')),
    licenceModelWords: regex(root.get('licenceModelWords'), at('licenceModelWords')),
    relationTags: relationMap(record(root.get('relationTags'), where, 'relationTags'), at('relationTags'), true),
    relationLibraries: relationMap(
      record(root.get('relationLibraries'), where, 'relationLibraries'),
      at('relationLibraries'),
      false,
    ),
    ownRepo: regexList(root.get('ownRepo'), at('ownRepo')),
    copyMarkers: regex(root.get('copyMarkers'), at('copyMarkers')),
    adapterMarkers: regex(root.get('adapterMarkers'), at('adapterMarkers')),
  };
}

function baseCondition(value: unknown, where: Where): 'any' | 'named' | 'not-gpai' {
  if (value === undefined) return 'any';
  if (value === 'named' || value === 'not-gpai') return value;
  throw new Error(`${where.file}: ${where.path}: expected named | not-gpai, got ${JSON.stringify(value)}`);
}

function toRelation(value: unknown, where: Where): Relation {
  const relation = requireString(value, where) as Relation;
  if (!RELATIONS.includes(relation)) {
    throw new Error(`${where.file}: ${where.path}: expected one of ${RELATIONS.join(' | ')}, got "${relation}"`);
  }
  return relation;
}

/** `{ adapter: [lora, peft] }` (grouped) or `{ peft: adapter }` (flat) → name → relation. */
function relationMap(entries: Map<string, unknown>, where: Where, grouped: boolean): Map<string, Relation> {
  const map = new Map<string, Relation>();
  for (const [key, value] of entries) {
    const at: Where = { ...where, path: `${where.path}.${key}` };
    if (grouped) {
      const relation = toRelation(key, at);
      for (const name of list(value, at, (item, itemWhere) => requireString(item, itemWhere)))
        map.set(name.toLowerCase(), relation);
    } else {
      map.set(key.toLowerCase(), toRelation(value, at));
    }
  }
  return map;
}
