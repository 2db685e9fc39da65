/** The filled form as JSON or as a Markdown document a provider can complete and keep. */
import type { FilledForm, Recipient } from './form.js';
import { formSpec } from './form.js';

const RECIPIENT_SHORT: Record<Recipient, string> = {
  'ai-office': 'AIO',
  'national-authorities': 'NCA',
  downstream: 'DP',
};

export function renderFormJson(path: string, form: FilledForm, audience?: Recipient): string {
  return `${JSON.stringify({ card: path, audience: audience ?? 'all', filled: form.filled, unfilled: form.unfilled, fields: form.fields }, null, 2)}\n`;
}

export function renderFormMarkdown(path: string, form: FilledForm, audience?: Recipient): string {
  const out: string[] = [
    `# Model Documentation Form: ${path}`,
    '',
    'GPAI Code of Practice, Transparency chapter (final form, 10 July 2025). Drafted from the model card by',
    'ai-act-gate: every value quotes the card at the line given; check each one before you use it.',
    `Recipients: AIO = AI Office, NCA = national competent authorities, DP = downstream providers.${audience ? ` Only the fields for ${RECIPIENT_SHORT[audience]}.` : ''}`,
    '',
    `${form.filled} of ${form.fields.length} fields filled from the card.`,
  ];
  for (const section of formSpec().sections) {
    const fields = form.fields.filter((field) => field.section === section);
    if (!fields.length) continue;
    out.push('', `## ${section}`, '', '| Field | For | Value | Card line |', '|---|---|---|---|');
    for (const field of fields) {
      const value =
        field.value === null
          ? 'TODO'
          : `${field.value}${field.basis ? ` (${field.basis})` : ''}${field.partial ? ' (partial)' : ''}`;
      const recipients = field.recipients.map((recipient) => RECIPIENT_SHORT[recipient]).join(', ') || '–';
      out.push(`| ${cell(field.label)} | ${recipients} | ${cell(value)} | ${field.source ? field.source.line : '–'} |`);
    }
  }
  if (form.unfilled.length) {
    out.push('', '## Not filled from the card', '');
    for (const id of form.unfilled) {
      const field = form.fields.find((candidate) => candidate.id === id);
      if (field) out.push(`- \`${id}\`: ${field.label}`);
    }
  }
  return `${out.join('\n')}\n`;
}

/** A table cell: pipes escaped, line breaks flattened. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}
