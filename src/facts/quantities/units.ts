/** What follows a number: its unit ("7B parameters", "3.8e25 FLOPs", "1.2M A100 hours"). All anchored at the number's end. */
export const CHIP_CORE = String.raw`(?:[AHBLV]\d{2,3}[A-Z]?|A\d{4}|GB\d{3}|T4|L4|P100|K80|RTX\s?[A-Z]?\d{4}(?:\s?Ti)?|GTX\s?\d{3,4}|MI\d{3}[A-Z]?|TPU\s?v\d[a-z]?(?:-\d{1,4})?|TPUv\d[a-z]?(?:-\d{1,4})?|Gaudi\s?\d?|Trainium\d?|Ascend\s?\d{3}[A-Z]?)(?:[\s-](?:SXM\d?|PCIe|\d{2,3}\s?GB)){0,3}`;
const VENDOR = String.raw`(?:(?:NVIDIA|Nvidia|nvidia|Tesla|AMD|Google|Cloud|cloud|Intel|Habana|AWS)\s)?`;
export const CHIP_ANYWHERE = new RegExp(String.raw`(?<![\w])(${CHIP_CORE})(?=s?(?![\w]))`, 'g');

export const FOLLOWS = {
  petaflopDays: /^\s?(?:peta[- ]?flops?(?:\/s)?|pf(?:lops?)?(?:\/s)?|pfs)[- ]?(?:\/s[- ]?)?days?(?![\w])/i,
  prefixedFlops:
    /^\s?([Zz]etta|[Ee]xa|[Pp]eta|[Tt]era|[Gg]iga|[ZEPTG])[- ]?([Ff][Ll][Oo][Pp])([sS])?(\/s|\s?per\s?second)?(?![\w])/,
  flops: /^\s?(?:flops?|floating[\s-]point[\s-]operations)(?![\w/])/i,
  gpuHours: new RegExp(
    String.raw`^[\s-](?:${VENDOR}(${CHIP_CORE})[\s-]?(?:GPUs?|TPUs?)?|GPUs?|TPUs?|accelerators?|chips?|devices?)[\s-]?(?:hours?|hrs?)(?![\w])`,
    'i',
  ),
  gpuCount: new RegExp(
    String.raw`^(?:\s?[x×*]\s?|\s)${VENDOR}(?:(${CHIP_CORE})(?:\s?(?:GPUs?|TPUs?|chips?|cards?|accelerators?)|s)?|GPUs?|TPUs?|TPU chips|accelerators)(?![\w])`,
  ),
  time: /^\s?(days?|weeks?|months?|hours?|hrs?)(?![\w])/i,
  energy: /^\s?(?:([kKmMgGtT]?)[Ww][Hh]|(kilo|mega|giga)[- ]?watt[- ]?hours?)(?![\w])/,
  co2WithUnit:
    /^\s?(?:metric\s)?(t|tons?|tonnes?|kt|kg|kgs|kilograms?|g|grams?|lbs?|pounds?)\.?\s?(?:of\s)?(?:CO2|CO₂|carbon(?:\sdioxide)?)(?:[\s-]?e(?:q(?:uivalent)?)?\.?)?/i,
  mass: /^\s?(t|tons?|tonnes?|kg|kgs|kilograms?|g|grams?|lbs?|pounds?)(?![\w])/i,
  contextWindow: /^[\s-]?(?:tokens?[\s-]?)?(?:context|ctx)(?![\w])|^[\s-]?(?:tokens?\s)?(?:sequence|seq)[\s_-]?len/i,
  /** "tokens", "training tokens", "vision and text tokens", "multilingual, code and math tokens", "billones de tokens". */
  tokens:
    /^[\s-]?(?:de\s)?(?:(?:training|pre-?training|unique|text|code|web|high[\s-]quality|vision|visual|image|audio|speech|video|multimodal|multilingual|english|math)(?:,\s|\s(?:and|&|\+)\s|\s)){0,4}tokens?(?![\w])/i,
  /** "32B active", "17B (Activated)", "of which 32 billion are active", "3B activated parameters". */
  activeParameters:
    /^[\s-]?(?:\(?(?:active|activated)(?:\sparam(?:eter)?s?)?\)?(?![\w])|(?:param(?:eter)?s?\s)?(?:are\s|is\s|were\s)(?:active|activated)(?![\w])|param(?:eter)?s?\s(?:active|activated)(?![\w]))/i,
  /** "parameters", and as German, French, Spanish, Italian and Dutch cards write it ("Parametern", "paramètres"). */
  parameters:
    /^[\s-]?(?:de\s|d['’]|di\s)?(?:total\s|trainable\s|learnable\s|model\s|non-embedding\s|dense\s|neural\s)?(?:param(?:eter)?[sn]?|parametern|paramètres?|parámetros?|parametri|parametro)(?![\w])/i,
  /** What may follow a bare "7B" for it to be a model size: nothing, punctuation, a name suffix, "model". */
  bareSize:
    /^(?:\s*$|\s*[,;:)\]/|&+]|\.(?!\d)|\s?\((?!\s?\d)|[-_][A-Za-z0-9]|\s(?:and|or|to|vs\.?|versus|models?|variants?|versions?|sizes?|checkpoints?|instruct|chat|base|llms?|language|dense|moe|decoder|encoder|transformer|total|it|hf|sft|dpo|weights|release|scale)(?![\w]))/i,
};

/** Per-unit factors to the base unit. */
export function massToKg(unit: string): number | undefined {
  const u = unit.toLowerCase();
  if (u === 'kt') return 1e6;
  if (u === 't' || u.startsWith('ton')) return 1000;
  if (u.startsWith('k')) return 1;
  if (u === 'g' || u.startsWith('gram')) return 0.001;
  if (u.startsWith('lb') || u.startsWith('pound')) return 0.45359237;
  return undefined;
}

export const ENERGY_PREFIX: Record<string, number> = {
  '': 0.001,
  k: 1,
  m: 1000,
  g: 1e6,
  t: 1e9,
  kilo: 1,
  mega: 1000,
  giga: 1e6,
};
export const FLOP_PREFIX: Record<string, number> = {
  z: 1e21,
  e: 1e18,
  p: 1e15,
  t: 1e12,
  g: 1e9,
  zetta: 1e21,
  exa: 1e18,
  peta: 1e15,
  tera: 1e12,
  giga: 1e9,
};
export const DAYS_PER: Record<string, number> = { day: 1, week: 7, month: 30, hour: 1 / 24, hr: 1 / 24 };
