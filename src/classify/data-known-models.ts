/** Parser of rules/data/known-models.yaml: model rows and families, each with its source; errors name file and key. */
import { list, record, regex, requireNumber, requireString, type Where } from './data-validation.js';
import { MODALITIES, type Judgement, type KnownModel, type Modality } from './data-types.js';

const JUDGEMENTS: readonly Judgement[] = ['yes', 'no', 'unclear'];

export function parseKnownModels(raw: unknown, where: Where): KnownModel[] {
  const root = record(raw, where);
  const entries = (key: 'models' | 'families'): KnownModel[] =>
    list(root.get(key), { ...where, path: key }, (item, itemWhere) => parseEntry(item, itemWhere, key === 'families'));
  return [...entries('models'), ...entries('families')];
}

function parseEntry(item: unknown, where: Where, family: boolean): KnownModel {
  const entry = record(item, where);
  const field = (name: string): Where => ({ ...where, path: `${where.path}.${name}` });
  const optionalNumber = (name: string): number | undefined =>
    entry.has(name) ? requireNumber(entry.get(name), field(name)) : undefined;
  const generates = requireString(entry.get('generates'), field('generates'));
  if (generates !== 'none' && !MODALITIES.includes(generates as Modality)) {
    throw new Error(
      `${where.file}: ${field('generates').path}: expected one of none | ${MODALITIES.join(' | ')}, got "${generates}"`,
    );
  }
  const gpai = requireString(entry.get('gpai'), field('gpai'));
  if (!JUDGEMENTS.includes(gpai as Judgement))
    throw new Error(`${where.file}: ${field('gpai').path}: expected yes | no | unclear, got "${gpai}"`);
  const model: KnownModel = {
    name: requireString(entry.get('name'), field('name')),
    names: family
      ? []
      : list(entry.get('names'), field('names'), (name, nameWhere) => requireString(name, nameWhere).toLowerCase()),
    generates: generates as Modality | 'none',
    gpai: gpai as Judgement,
    source: requireString(entry.get('source'), field('source')),
  };
  if (family) {
    model.match = regex(entry.get('match'), field('match'));
    model.why = requireString(entry.get('why'), field('why'));
  } else if (!model.names.length) {
    throw new Error(`${where.file}: ${field('names').path}: expected at least one name`);
  }
  const parameters = optionalNumber('parameters');
  const activeParameters = optionalNumber('activeParameters');
  const trainingCompute = optionalNumber('trainingCompute');
  if (parameters !== undefined) model.parameters = parameters;
  if (activeParameters !== undefined) model.activeParameters = activeParameters;
  if (trainingCompute !== undefined) model.trainingCompute = trainingCompute;
  if (model.gpai === 'yes' && (trainingCompute === undefined || generates === 'none')) {
    throw new Error(`${where.file}: ${field('gpai').path}: "yes" needs a trainingCompute and generated content`);
  }
  return model;
}
