/** The Act's compute thresholds and how figures are written in reasons. */

/** Indicative criterion for a GPAI model (Commission guidelines C(2025) 7719). */
export const GPAI_FLOP = 1e23;
/** Presumption of high-impact capabilities (Art 51(2)). */
export const SYSTEMIC_FLOP = 1e25;
/** A modifier becomes a provider above one third of the original's compute; these stand in when it is unknown. */
export const MODIFICATION_FALLBACK_GPAI = GPAI_FLOP / 3;
export const MODIFICATION_FALLBACK_SYSTEMIC = SYSTEMIC_FLOP / 3;
/** "Borderline" means within this factor of a threshold. */
export const BORDERLINE_FACTOR = 2;

/** True when `value` lies within 2× of `threshold` on either side. */
export function isBorderline(value: number, threshold: number): boolean {
  return value >= threshold / BORDERLINE_FACTOR && value <= threshold * BORDERLINE_FACTOR;
}

/** 6.3e24, 4.05e11, 2290: three significant digits, scientific from 10^4. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (Math.abs(value) < 1e4) return String(Number(value.toPrecision(3)));
  const [mantissa, exponent] = value.toExponential(2).split('e');
  return `${Number(mantissa)}e${Number(exponent)}`;
}
