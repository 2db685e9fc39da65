/**
 * Training compute from hardware: accelerator time × peak FLOP/s × utilisation (the second route of the
 * Commission guidelines' annex), with the accelerator named by the figure, its line or the card.
 */
import type { CardFacts, Quantity } from '../model/card.js';
import type { Position } from '../model/position.js';
import { lineText, proseText } from './card-text.js';
import type { Accelerator, ClassifyData } from './classify-data.js';
import { at, input, largest, type ComputeEstimate, type ComputeInput } from './estimate-compute.js';
import { figureOfModel, type ModelSize } from './figure-groups.js';
import { formatNumber } from './thresholds.js';

export function hardwareEstimate(
  facts: CardFacts,
  quantities: Quantity[],
  size: ModelSize | null,
  data: ClassifyData,
): ComputeEstimate | null {
  // A family table gives each model's GPU-hours: the judged model's row, not the family's sum.
  const ownHours = size ? figureOfModel(size, quantities, 'gpuHours') : null;
  const hours = ownHours?.sameGroup ? ownHours.quantity : largest(quantities, 'gpuHours');
  const count = largest(quantities, 'gpuCount');
  const days = largest(quantities, 'trainingDays');
  let gpuHours: number;
  let basis: string;
  let inputs: ComputeInput[];
  let named: Quantity;
  if (hours) {
    gpuHours = hours.value;
    basis = `GPU-hours ${formatNumber(hours.value)} ${at(hours)}`;
    inputs = [input(hours)];
    named = hours;
  } else if (count && days) {
    gpuHours = count.value * days.value * 24;
    basis = `${formatNumber(count.value)} accelerators ${at(count)} × ${formatNumber(days.value)} days ${at(days)} × 24 h`;
    inputs = [input(count), input(days)];
    named = count;
  } else {
    return null;
  }
  const { utilisation, fallback } = data.accelerators;
  const found = findAccelerator(
    facts,
    [named, hours, count].filter((q): q is Quantity => !!q),
    data,
  );
  const peak = found?.accelerator.peakFlops ?? fallback.peakFlops;
  const seconds = gpuHours * 3600;
  const value = seconds * peak * utilisation.assumed;
  const low = seconds * (found ? peak : fallback.low) * utilisation.low;
  const high = seconds * (found ? peak : fallback.high) * utilisation.high;
  const device = found ? `${found.accelerator.name}${found.line ? ` (line ${found.line})` : ''}` : fallback.name;
  inputs.push({ name: 'peakFlops', value: peak, position: found?.position ?? named.position });
  return {
    value,
    method: 'hardware',
    low,
    high,
    inputs,
    text:
      `${basis} × 3600 s × ${formatNumber(peak)} FLOP/s (${device}) × ${Math.round(utilisation.assumed * 100)} % utilisation = ` +
      `${formatNumber(value)} FLOP (range ${formatNumber(low)}–${formatNumber(high)}: ` +
      `utilisation ${Math.round(utilisation.low * 100)}–${Math.round(utilisation.high * 100)} %${found ? '' : ', accelerator unknown'})`,
  };
}

interface FoundAccelerator {
  accelerator: Accelerator;
  position?: Position;
  line?: number;
}

/** The hardware named with the figure, else on its line, else the only accelerator the card names. */
export function findAccelerator(facts: CardFacts, quantities: Quantity[], data: ClassifyData): FoundAccelerator | null {
  for (const quantity of quantities) {
    const accelerator = quantity.hardware ? matchAccelerator(quantity.hardware, data) : null;
    if (accelerator) return { accelerator, position: quantity.position, line: quantity.position.line };
  }
  for (const quantity of quantities) {
    const accelerator = matchAccelerator(lineText(facts, quantity.position.line), data);
    if (accelerator) return { accelerator, position: quantity.position, line: quantity.position.line };
  }
  const prose = proseText(facts);
  const named = new Map<string, { accelerator: Accelerator; offset: number }>();
  for (const accelerator of data.accelerators.accelerators) {
    for (const pattern of accelerator.match) {
      const match = new RegExp(pattern.source, 'gi').exec(prose);
      if (match && !named.has(accelerator.name)) named.set(accelerator.name, { accelerator, offset: match.index });
    }
  }
  if (named.size !== 1) return null;
  const [only] = named.values();
  const position = facts.positionAt(only.offset);
  return { accelerator: only.accelerator, position, line: position.line };
}

/** First table entry (most specific first) whose pattern matches the hardware text. */
export function matchAccelerator(hardware: string, data: ClassifyData): Accelerator | null {
  return (
    data.accelerators.accelerators.find((accelerator) => accelerator.match.some((pattern) => pattern.test(hardware))) ??
    null
  );
}
