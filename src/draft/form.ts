/**
 * The Code of Practice's Model Documentation Form filled from one card: every field of the final form
 * (rules/data/model-documentation-form.yaml) with its recipients, a value where the card gives one and
 * the line it comes from, and the fields the card leaves open.
 */
import { readDraftData, records } from './data-file.js';
import { resolveSources, splitSource, type CardValues } from './sources.js';

export const RECIPIENTS = ['ai-office', 'national-authorities', 'downstream'] as const;
export type Recipient = (typeof RECIPIENTS)[number];

export interface FormFieldSpec {
  id: string;
  section: string;
  label: string;
  recipients: Recipient[];
  from: string[];
}

export interface FormSpec {
  sections: string[];
  fields: FormFieldSpec[];
}

export interface FilledField {
  id: string;
  section: string;
  label: string;
  recipients: Recipient[];
  value: string | null;
  source: { line: number } | null;
  /** How a derived value was obtained, with its inputs. */
  basis?: string;
  /** The value quotes a duty's evidence that the checker judged only partial. */
  partial?: true;
}

export interface FilledForm {
  fields: FilledField[];
  filled: number;
  unfilled: string[];
}

const FILE = 'model-documentation-form.yaml';
let cached: FormSpec | undefined;

export function formSpec(): FormSpec {
  if (cached) return cached;
  const raw = readDraftData(FILE);
  const fields = records<FormFieldSpec>(raw, FILE, 'fields', ['id', 'section', 'label', 'recipients', 'from']);
  const sections = (raw as { sections?: unknown }).sections;
  if (!Array.isArray(sections)) throw new Error(`rules/data/${FILE}: expected a list under "sections"`);
  for (const field of fields) {
    if (!sections.includes(field.section))
      throw new Error(`rules/data/${FILE}: ${field.id}: unknown section "${field.section}"`);
    for (const recipient of field.recipients)
      if (!RECIPIENTS.includes(recipient))
        throw new Error(`rules/data/${FILE}: ${field.id}: unknown recipient "${recipient}"`);
    field.from.forEach(splitSource);
  }
  cached = { sections: sections as string[], fields };
  return cached;
}

export function fillForm(values: CardValues, audience?: Recipient): FilledForm {
  const fields = formSpec()
    .fields.filter((spec) => !audience || spec.recipients.includes(audience))
    .map((spec): FilledField => {
      const found = resolveSources(values, spec.from);
      const field: FilledField = {
        id: spec.id,
        section: spec.section,
        label: spec.label,
        recipients: spec.recipients,
        value: found?.value ?? null,
        source: found?.line ? { line: found.line } : null,
      };
      if (found?.basis) field.basis = found.basis;
      if (found?.status === 'partial') field.partial = true;
      return field;
    });
  const unfilled = fields.filter((field) => field.value === null).map((field) => field.id);
  return { fields, filled: fields.length - unfilled.length, unfilled };
}
