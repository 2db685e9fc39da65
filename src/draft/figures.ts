/**
 * The card's own figures as drafting values: the same figures the tier decision uses (own figures, the
 * largest model's size, the compute estimate), each with its line; derived values say how.
 */
import type { Quantity, QuantityKind } from '../model/card.js';
import { classifyData } from '../classify/classify-data.js';
import { modelSize, ownFigures } from '../classify/own-figures.js';
import { formatNumber } from '../classify/thresholds.js';
import type { CardAnalysis } from './analyse.js';

/** A value for a draft: the words, the card line it comes from, and how it was derived when it was. */
export interface DraftValue {
  value: string;
  line: number | null;
  /** For a derived value: the calculation with its inputs and their lines. */
  basis?: string;
  /** The value in the card's own figures only (derived ones with their inputs as written), for `fix`. */
  plain?: string;
  /** For a value quoted from a duty's evidence: whether the checker judged that duty met or partial. */
  status?: 'met' | 'partial';
}

type Figures = Partial<Record<string, DraftValue>>;

/** Parameter bins of the Model Documentation Form (for authorities and downstream providers). */
const PARAMETER_BINS: [number, string][] = [
  [5e8, '1–500M'],
  [5e9, '500M–5B'],
  [1.5e10, '5B–15B'],
  [5e10, '15B–50B'],
  [1e11, '50B–100B'],
  [5e11, '100B–500B'],
  [1e12, '500B–1T'],
  [Infinity, '>1T'],
];

/** Training-time ranges the final form gives national authorities. */
const TIME_RANGES: [number, string][] = [
  [30, '< 1 month'],
  [90, '1–3 months'],
  [180, '3–6 months'],
  [Infinity, '> 6 months'],
];

export function figureValues(analysis: CardAnalysis): Figures {
  const { facts, classification } = analysis;
  const own = ownFigures(facts, classifyData()).quantities;
  const values: Figures = {};
  const biggest = (kind: QuantityKind): Quantity | undefined =>
    own
      .filter((q) => q.kind === kind && q.value > 0)
      .reduce<Quantity | undefined>((a, q) => (!a || q.value > a.value ? q : a), undefined);
  const stated = (q: Quantity | undefined, unit: string): DraftValue | undefined =>
    q && {
      value: `${cleanRaw(q.raw)} (${formatNumber(q.value)} ${unit})`,
      line: q.position.line,
      plain: cleanRaw(q.raw),
    };

  const size = modelSize(facts, own);
  if (size) {
    const n = size.total ?? size.quantity;
    values.parameters = stated(n, 'parameters');
    if (size.active) values.activeParameters = stated(size.quantity, 'active parameters');
    const bin = PARAMETER_BINS.find(([limit]) => n.value < limit)?.[1];
    values.parameterRange = {
      value: bin as string,
      line: n.position.line,
      basis: `${formatNumber(n.value)} parameters (line ${n.position.line}) fall in the ${bin} bin`,
    };
  }
  values.trainingTokens = stated(biggest('trainingTokens'), 'tokens');
  values.contextWindow = stated(biggest('contextWindow'), 'tokens');
  const hours = biggest('gpuHours');
  if (hours) {
    values.gpuHours = stated(hours, `GPU-hours${hours.hardware ? ` on ${hours.hardware}` : ''}`);
    if (hours.hardware) values.hardware = { value: hours.hardware, line: hours.position.line };
  }
  const days = biggest('trainingDays');
  if (days) {
    values.trainingDays = stated(days, 'days');
    const range = TIME_RANGES.find(([limit]) => days.value < limit)?.[1] as string;
    values.trainingTimeRange = {
      value: range,
      line: days.position.line,
      basis: `${formatNumber(days.value)} days (line ${days.position.line})`,
    };
  }
  const energy = biggest('energy');
  if (energy)
    values.energy = {
      value: `${cleanRaw(energy.raw)} (${formatNumber(energy.value / 1000)} MWh)`,
      line: energy.position.line,
    };
  const co2 = biggest('co2');
  if (co2)
    values.emissions = {
      value: `${cleanRaw(co2.raw)} (${formatNumber(co2.value / 1000)} t CO2eq)`,
      line: co2.position.line,
    };

  const { compute } = classification;
  if (compute.value !== null) {
    const line = compute.inputs[0]?.position.line ?? null;
    const estimated = compute.method !== 'stated';
    values.trainingCompute = {
      value: `${estimated ? '≈ ' : ''}${formatNumber(compute.value)} FLOP`,
      line,
      ...(estimated ? { basis: computeBasis(compute.method, compute.text) } : {}),
      plain: computePlain(compute, own),
    };
    values.computeOrder = {
      value: `10^${Math.floor(Math.log10(compute.value))} FLOP`,
      line,
      basis: `order of magnitude of ${formatNumber(compute.value)} FLOP`,
    };
    values.computeMethod = {
      value: estimated ? computeBasis(compute.method, compute.text) : `stated in the card: ${compute.text}`,
      line,
    };
  }
  return values;
}

/** "15T+" and "39.3**M GPU hours" as written, without Markdown emphasis. */
function cleanRaw(raw: string): string {
  return raw.replace(/[*_`]/g, '').trim();
}

/** "≈ 3.65e25 FLOP, estimated as 6 × 405B parameters (line 3) × 15T tokens (line 46)": inputs as the card writes them. */
function computePlain(compute: CardAnalysis['classification']['compute'], own: Quantity[]): string {
  const value = formatNumber(compute.value as number);
  if (compute.method === 'stated') return `${value} FLOP (line ${compute.inputs[0]?.position.line})`;
  if (compute.method !== '6ND') return `≈ ${value} FLOP, ${computeBasis(compute.method, compute.text)}`;
  const [n, d] = compute.inputs.map((input) => {
    const quantity = own.find((q) => q.value === input.value && q.position.line === input.position.line);
    const unit = input.name === 'trainingTokens' ? 'tokens' : 'parameters';
    const raw = quantity ? cleanRaw(quantity.raw) : formatNumber(input.value);
    return `${/\p{L}{2,}/u.test(raw) ? raw : `${raw} ${unit}`} (line ${input.position.line})`;
  });
  return `≈ ${value} FLOP, estimated as 6 × ${n} × ${d}`;
}

function computeBasis(method: string, text: string): string {
  const how =
    method === '6ND'
      ? 'estimated as 6 × parameters × tokens'
      : 'estimated from accelerator time × peak throughput × utilisation';
  return `${how}: ${text}`;
}
