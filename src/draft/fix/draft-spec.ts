/** The drafts `fix` writes, read from rules/data/card-drafts.yaml and checked once. */
import { readDraftData } from '../data-file.js';
import { splitSource } from '../sources.js';

export interface DraftSpec {
  heading: string;
  slot: string;
  facts: { label: string; from: string }[];
  todo: string[];
  aiAct?: string;
  frontMatter?: { key: string; from: string };
}

export interface DraftSpecs {
  templateOrder: string[];
  drafts: Map<string, DraftSpec>;
}

const FILE = 'rules/data/card-drafts.yaml';
let cached: DraftSpecs | undefined;

export function draftSpecs(): DraftSpecs {
  if (cached) return cached;
  const raw = readDraftData('card-drafts.yaml') as { templateOrder?: unknown; drafts?: Record<string, DraftSpec> };
  if (!Array.isArray(raw?.templateOrder) || !raw.drafts || typeof raw.drafts !== 'object')
    throw new Error(`${FILE}: expected templateOrder (a list) and drafts (a mapping)`);
  const templateOrder = raw.templateOrder as string[];
  const drafts = new Map<string, DraftSpec>();
  for (const [rule, spec] of Object.entries(raw.drafts)) {
    if (typeof spec?.heading !== 'string' || !templateOrder.includes(spec.slot))
      throw new Error(`${FILE}: drafts.${rule}: needs a heading and a slot named in templateOrder`);
    if (!Array.isArray(spec.facts) || !Array.isArray(spec.todo))
      throw new Error(`${FILE}: drafts.${rule}: facts and todo must be lists`);
    for (const fact of spec.facts) splitSource(fact.from);
    for (const todo of spec.todo)
      if (/\d/.test(todo)) throw new Error(`${FILE}: drafts.${rule}: a TODO line must hold no figures: "${todo}"`);
    drafts.set(rule, spec);
  }
  cached = { templateOrder, drafts };
  return cached;
}
