/** Table columns: what a header (or a key/value row's label) says about the numbers under (beside) it. */
import type { QuantityKind } from '../../model/card.js';
import { unitIn, type StatedUnit } from './labels.js';
import { FLOP_PREFIX } from './units.js';

export type ColumnKind = { kind: QuantityKind | 'ignore'; unit: StatedUnit };

const IGNORE_COLUMN =
  /batch|learning rate|\blr\b|hidden|layers?\b|heads?\b|\bdim|dimension|vocab|steps?\b|epochs?|warm-?up|dropout|memory|vram|disk|file size|download|score|accuracy|\bacc\b|top-?\d|\bf1\b|bleu|rouge|\bwer\b|perplexity|\bppl\b|shots?\b|resolution|image size|year|date|release|cut-?off|version|price|cost|\bmb\b|\bgb\b/;

/** What a header (or a row's first cell) says about the numbers under (beside) it. */
export function kindFromHeader(raw: string): ColumnKind | undefined {
  // LaTeX in a header ("\\(n_{ctx}\\)", GPT-J's hyperparameter table) is markup around the name.
  const header = raw
    .toLowerCase()
    .replace(/\\[()[\]]|[{}\\$]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (!header || header.length > 100) return undefined;
  const unit = unitIn(header);
  const is = (kind: QuantityKind | 'ignore'): ColumnKind => ({ kind, unit });
  if (/\/ ?s\b|per sec|throughput|speed|latency/.test(header)) return is('ignore');
  if (/gpu[ -]?h(?:ou)?rs?|tpu[ -]?h(?:ou)?rs?|accelerator[ -]?hours|[ahv]100[ -]hours|compute hours/.test(header))
    return is('gpuHours');
  if (/\b[kmg]?wh\b|energy|electricity/.test(header)) return is('energy');
  if (/power|watt|\(w\)|tdp/.test(header)) return is('ignore');
  if (/flop/.test(header)) {
    const prefix = /\b(z|e|p|t|g)flop/.exec(header);
    if (prefix) unit.exponent = Math.log10(FLOP_PREFIX[prefix[1]]);
    return is('trainingCompute');
  }
  if (/co2|co₂|carbon|emission|greenhouse/.test(header)) return is('co2');
  if (/active param/.test(header)) return is('activeParameters');
  if (/hyper/.test(header)) return is('ignore');
  if (/param/.test(header)) return is('parameters');
  if (
    /context|seq(?:uence)?[ _-]?len|max(?:imum)? (?:input |sequence )?length|\bwindow\b|\bn_?ctx\b|\bnum_ctx\b|\bn_positions\b/.test(
      header,
    )
  )
    return is('contextWindow');
  if (/\btokens?\b/.test(header)) return is('trainingTokens');
  if (
    /^(?:#|number of|num\.?|count of) ?(?:gpus|tpus|accelerators)|^(?:gpus|tpus|accelerators)(?: used)?$|gpu count/.test(
      header,
    )
  )
    return is('gpuCount');
  if (/training (?:time|duration)|train time|^days$/.test(header)) return is('trainingDays');
  if (IGNORE_COLUMN.test(header)) return is('ignore');
  if (/^(?:model )?size(?: \(.*\))?$/.test(header)) return is('parameters');
  return undefined;
}
