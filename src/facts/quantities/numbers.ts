/** Numbers as cards write them: digits with separators, scientific notation, scale letters and words. */
export const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/**
 * A number as cards write them: "1,000", "39.3", "1.3e9", "3.8 × 10^25", "3.8x10<sup>25</sup>"
 * (flattened to "^25"), "1.6·10²³", "10^25", then an optional scale: "7B", "128k", "5 Trillion", "1.8-trillion", and
 * "80 M" when the letter ends a table cell, precedes "params" or a parenthesis with a figure ("7.24 B (6.98 B non-embedding)").
 * Not after a letter, digit, dot or comma, so "v1.5", "A100", "fp16", "x7B", "0x1B" never start one.
 */
/**
 * Scale words of German, French, Spanish, Italian and Dutch cards. German "Billion", French "billion" and
 * Spanish "billón" are 10^12 (long scale); only their unambiguous plural or accented forms are read, so
 * an English "7 Billion" stays 10^9.
 */
const EUROPEAN_SCALE = String.raw`Milliarden?|Mrd\.?|Billionen|Millionen|Mio\.?|milliards?|Mds?|mil millones|millones|billones|billón|miliardi|miliardo|milioni|milione|miljard(?:en)?|miljoen(?:en)?|biljoen(?:en)?`;

export const NUMBER_PATTERN = new RegExp(
  // A decimal comma is read only before a scale word of a language that writes one ("1,3 Milliarden"), a power of ten
  // ("1,8 × 10^25"), an energy or CO2 unit ("1,2 GWh", "12,5 t CO2") or a scale letter ("7,2 B"): where "1,200" cannot mean a
  // thousand and two hundred.
  // "8.300 millones", "32.768 Token": a dot groups thousands before a scale word of a language that writes it so,
  // and before tokens, which are never counted in fractions.
  String.raw`(?<![\w.,^@#])(\d{1,3}(?:\.\d{3})+(?=\s?(?:${EUROPEAN_SCALE})(?![\w])|\s?[Tt]okens?(?![\w]))|\d{1,3}(?:,\d{3})+(?!,\d{1,2}\s?(?:${EUROPEAN_SCALE}))|\d+)(\.\d+|,\d{1,2}(?=\s?(?:${EUROPEAN_SCALE})(?![\w])|\s?[x×✕*·⋅]\s?10\b|\s?[kKMGT]Wh\b|\s?t\s?CO2|\s?[KMBT](?![\w])))?` +
    String.raw`(?:[eE]([+-]?\d{1,2})(?![\w])` +
    String.raw`|\s?(?:[x×✕*·⋅]|\\times|\\cdot)\s?10(?:\s?(?:\^|\*\*)\s?\{?([+\-−]?\d{1,2})\}?|([⁻]?[${SUPERSCRIPT_DIGITS}]{1,2})|[eE]([+-]?\d{1,2}))` +
    String.raw`|(?:\^|\*\*)\{?([+\-−]?\d{1,2})\}?|([${SUPERSCRIPT_DIGITS}]{1,2}))?` +
    String.raw`(?:[\s-]?([Tt]housand|[Mm]illion|[Bb]illion|[Tt]rillion|MILLION|BILLION|TRILLION|${EUROPEAN_SCALE})s?(?![\w])|([KkMmBbT])(?![\w])|\s([MBT])(?=\s*(?:$|[|\n]|param|(?:total|active|activated|non-embedding)\b|\(\d|\([^()\n]{1,24}\)\s*(?:$|[|\n]))))?`,
  'g',
);

const SCALE_EXPONENT: Record<string, number> = {
  k: 3,
  K: 3,
  thousand: 3,
  M: 6,
  m: 6,
  million: 6,
  B: 9,
  b: 9,
  billion: 9,
  T: 12,
  trillion: 12,
  milliarde: 9,
  milliarden: 9,
  mrd: 9,
  'mrd.': 9,
  billionen: 12,
  millionen: 6,
  mio: 6,
  'mio.': 6,
  milliard: 9,
  milliards: 9,
  md: 9,
  mds: 9,
  'mil millones': 9,
  millones: 6,
  billones: 12,
  billón: 12,
  miliardi: 9,
  miliardo: 9,
  milioni: 6,
  milione: 6,
  miljard: 9,
  miljarden: 9,
  miljoen: 6,
  miljoenen: 6,
  biljoen: 12,
  biljoenen: 12,
};

export interface StatedNumber {
  /** Flat offsets of the number (with its scale). */
  start: number;
  end: number;
  value: number;
  /** Written with a scale letter or word ("7B", "5 Trillion"). */
  scale?: string;
  /** Written in scientific notation. */
  scientific: boolean;
}

function exponentOf(written: string | undefined): number | undefined {
  if (written === undefined) return undefined;
  let digits = '';
  for (const char of written) {
    const superscript = SUPERSCRIPT_DIGITS.indexOf(char);
    if (superscript >= 0) digits += String(superscript);
    else if (char === '−' || char === '⁻') digits += '-';
    else digits += char;
  }
  const exponent = Number(digits);
  return Number.isFinite(exponent) ? exponent : undefined;
}

export function readNumber(match: RegExpExecArray, text: string): StatedNumber | undefined {
  const [whole, integer, fraction = ''] = match;
  let end = match.index + whole.length;
  let exponent = exponentOf(match[3] ?? match[4] ?? match[5] ?? match[6]) ?? 0;
  let scientific = match[3] !== undefined || match[4] !== undefined || match[5] !== undefined || match[6] !== undefined;
  let mantissa = integer.replace(/[,.]/g, '') + fraction.replace(',', '.');
  const bareExponent = match[7] ?? match[8];
  if (bareExponent !== undefined) {
    if (mantissa === '10') {
      mantissa = '1';
      exponent = exponentOf(bareExponent) ?? 0;
      scientific = true;
    } else {
      // "2^10" is not a quantity; keep only the leading number.
      end = match.index + integer.length + fraction.length;
      return { start: match.index, end, value: Number(mantissa), scientific: false };
    }
  }
  let scale: string | undefined = match[9]?.toLowerCase() ?? match[10] ?? match[11];
  // A lower-case "m" is a size only inside a model name ("pythia-70m"), not "70m" (metres, minutes).
  if (scale === 'm' && !/[-_]/.test(text[match.index - 1] ?? '')) {
    scale = undefined;
    end = match.index + whole.length - 1;
  }
  if (scale) exponent += SCALE_EXPONENT[scale] ?? 0;
  const value = Number(`${mantissa}e${exponent}`);
  if (!Number.isFinite(value)) return undefined;
  return { start: match.index, end, value, scale, scientific };
}

const UNITS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/**
 * A size written in words with a scale word: "seventy billion", "one trillion", "twenty-two trillion",
 * "a trillion", "two hundred billion". Only with a scale word: "seven" alone is no model size.
 */
export const WORD_NUMBER_PATTERN = new RegExp(
  String.raw`(?<![\w-])(?:(a|an|${UNITS.join('|')})|(${TENS.slice(2).join('|')})(?:[\s-](${UNITS.slice(1, 10).join('|')}))?)` +
    String.raw`(?:[\s-](hundred))?[\s-](thousand|million|billion|trillion)(?![\w])`,
  'gi',
);

/** The value of a WORD_NUMBER_PATTERN match. */
export function readWordNumber(match: RegExpExecArray): StatedNumber {
  const [whole, unit, tens, tensUnit, hundred, scale] = match.map((part) => part?.toLowerCase());
  let value =
    unit === 'a' || unit === 'an'
      ? 1
      : unit !== undefined
        ? UNITS.indexOf(unit)
        : TENS.indexOf(tens as string) * 10 + (tensUnit ? UNITS.indexOf(tensUnit) : 0);
  if (hundred) value *= 100;
  value *= 10 ** (SCALE_EXPONENT[scale as string] ?? 0);
  return {
    start: match.index,
    end: match.index + (whole as string).length,
    value,
    scale: scale as string,
    scientific: false,
  };
}
