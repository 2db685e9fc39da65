/**
 * A base model judged by its own Hub page and card: the tier its card gets (with its safetensors
 * parameter count), its compute when the card gives one, and what it generates. Decides the
 * modification test for the cards that name it; a base that cannot be read or decided leaves the
 * known-models table to decide.
 */
import { checkCard } from '../lint.js';
import { decode } from '../io/read-source.js';
import type { FileReport } from '../model/report.js';
import { EMPTY_POLICY } from '../config/types.js';
import { classifyData, type Modality } from '../classify/classify-data.js';
import { formatNumber } from '../classify/thresholds.js';
import type { HubModel } from './hub-client.js';
import type { HubBase, HubFacts } from './hub-facts.js';
import type { HubBaseInfo } from './hub-report.js';
import type { HubCheckOptions } from './check-hub.js';

/** A base model judged by its own Hub page and card; null (with the reason) when it cannot be read. */
export async function assessBase(
  id: string,
  options: HubCheckOptions,
): Promise<{ base: HubBase | null; info: HubBaseInfo }> {
  if (!/^[A-Za-z0-9][\w.-]*\/[A-Za-z0-9][\w.-]*$/.test(id))
    return { base: null, info: { id, revision: null, read: false, note: 'not a Hub model id' } };
  let model: HubModel;
  let text: string;
  try {
    model = await options.client.model(id);
    const bytes = await options.client.file(model.repo, model.revision, 'README.md');
    const decoded = bytes && bytes.length <= options.maxBytes ? decode(bytes) : null;
    if (!decoded?.ok)
      return { base: null, info: { id, revision: model.revision, read: false, note: 'its card could not be read' } };
    text = decoded.text;
  } catch (error) {
    return { base: null, info: { id, revision: null, read: false, note: messageOf(error) } };
  }
  const facts: HubFacts = { repo: model.repo, revision: model.revision };
  if (model.parameters !== null) facts.parameters = model.parameters;
  let tier: FileReport['tier'];
  try {
    tier = checkCard(`hf://${id}`, text, options.ruleset, EMPTY_POLICY, options.now, facts).tier;
  } catch (error) {
    return { base: null, info: { id, revision: model.revision, read: false, note: messageOf(error) } };
  }
  const compute = tier.id !== 'modification' && tier.computeMethod !== 'none' ? tier.computeFlops : null;
  const gpai: HubBase['gpai'] = tier.id === 'not-gpai' ? 'no' : tier.id.startsWith('gpai') ? 'yes' : 'unclear';
  const computeText = compute !== null ? `, ${formatNumber(compute)} FLOP (${tier.computeMethod})` : '';
  const source = `the Hub page and card of ${id}@${model.revision.slice(0, 12)}: tier ${tier.id}${computeText}`;
  const base: HubBase = { id, revision: model.revision, gpai, generates: modalityOf(model), source };
  if (compute !== null) base.trainingCompute = compute;
  if (model.parameters !== null) base.parameters = model.parameters;
  const decided = gpai !== 'unclear' || compute !== null;
  return {
    base,
    info: {
      id,
      revision: model.revision,
      read: decided,
      note: decided ? source : `${source}; not decisive, the known-models table decides if it lists the base`,
    },
  };
}

/** What the base generates, from its pipeline tag and the classifier's task tables. */
function modalityOf(model: HubModel): Modality | 'none' {
  const data = classifyData();
  const tag = model.pipelineTag ?? '';
  const generated = data.generativeTasks.pipelineTags.get(tag);
  if (generated?.length) return generated[0];
  if (data.narrowTasks.pipelineTags.has(tag)) return 'none';
  return 'text';
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
