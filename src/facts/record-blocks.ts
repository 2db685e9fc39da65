/**
 * Fenced blocks that hold a documentation record rather than code: a model registry's export pasted as
 * YAML or JSON ("intended_uses: …", "red_teaming.external: …"). Their fields are read like the card's own
 * labels; configuration files (training configs, deployment manifests) stay code.
 */

/** Info strings of blocks that may hold a record; other languages are code. */
const RECORD_LANGUAGES = /^(?:ya?ml|json|text|txt|properties|ini|toml)?$/i;
/** A field line: a key (snake_case, dotted or quoted), a colon, a value. */
const FIELD_LINE = /^\s*(?:-\s+)?"?([A-Za-z][\w.-]*)"?\s*[:=]\s*(.*)$/;
/** Key words of documentation fields: a training config's keys ("sequence_len", "lora_r") name none. */
const DOCUMENTATION_WORD = new Set([
  'description',
  'intended',
  'uses',
  'limitations',
  'risks',
  'risk',
  'bias',
  'biases',
  'license',
  'licence',
  'contact',
  'owner',
  'architecture',
  'compute',
  'energy',
  'carbon',
  'emissions',
  'release',
  'distribution',
  'watermark',
  'watermarking',
  'copyright',
  'provider',
  'representative',
  'dependencies',
  'modalities',
  'security',
  'governance',
  'teaming',
  'adversarial',
  'systemic',
  'incident',
  'incidents',
  'policy',
  'prohibited',
  'evaluation',
  'curation',
  'sources',
  'ethical',
  'considerations',
  'tool',
  'tools',
  'hardware',
  'requirements',
  'serving',
  'channels',
  'components',
  'assessment',
  'details',
  'stages',
  'training',
  'acquisition',
  'selection',
  'filters',
  'capabilities',
  'parameters',
  'modality',
  'inputs',
  'outputs',
  'languages',
  'safety',
  'benchmarks',
  'results',
]);
const FIELD_SHARE = 0.7;
/** A record's values are words ("uplift study with 40 participants"); a config's are scalars, paths and ids. */
const PROSE_VALUE = /[\p{L}][^\s]*\s+\S+\s+\S+/u;
const PROSE_SHARE = 0.5;
const UNNAMED_PROSE_FIELDS = 3;
/** A value that calls a function ("AutoModel.from_pretrained(\"…\", use_auth_token=True)"): code, however many words. */
const CALL_VALUE = /^[A-Za-z_$][\w.$]*\s*\(/;
/** A BibTeX entry ("@article{plato, title = {…}, author = {…}}"): a citation, whose fields are no record of the model. */
const CITATION_ENTRY = /^\s*@[a-z]+\s*\{/im;
const UNNAMED_PROSE_SHARE = 0.75;

/** The field lines of a record block (each key and its line); null when the block is code. */
export function recordFields(info: string | null | undefined, body: string): { key: string; line: number }[] | null {
  if (!RECORD_LANGUAGES.test((info ?? '').trim()) || CITATION_ENTRY.test(body)) return null;
  const lines = body.split('\n');
  const filled = lines.filter((line) => line.trim() && !/^\s*[{}[\]],?\s*$/.test(line));
  const fields: { key: string; line: number }[] = [];
  let documented = 0;
  let valued = 0;
  let prose = 0;
  let proseFields = 0;
  lines.forEach((line, index) => {
    const match = FIELD_LINE.exec(line);
    if (!match) return;
    fields.push({ key: match[1], line: index });
    const words = match[1].toLowerCase().split(/[_.-]+/);
    if (words.some((word) => DOCUMENTATION_WORD.has(word))) documented++;
    const value = match[2].trim();
    if (value) {
      valued++;
      if (PROSE_VALUE.test(value) && !CALL_VALUE.test(value)) {
        prose++;
        proseFields++;
      }
    }
  });
  // Nested lines under a key ("- input_classifier: Aurel-Guard-1B screens prompts") count as its values.
  for (const line of lines) if (!FIELD_LINE.test(line) && PROSE_VALUE.test(line.replace(/^\s*-\s*/, ''))) prose++;
  // List items under a key ("  - Hugging Face Hub (gated)") are part of the record's shape.
  const shaped = fields.length + filled.filter((line) => !FIELD_LINE.test(line) && /^\s*-\s/.test(line)).length;
  if (filled.length === 0 || shaped < filled.length * FIELD_SHARE) return null;
  // Keys of no documentation word ("findings:", "access_control:") still make a record when nearly every value is
  // a phrase: a configuration's values are scalars, paths and ids.
  if (documented === 0 && !(proseFields >= UNNAMED_PROSE_FIELDS && proseFields >= valued * UNNAMED_PROSE_SHARE))
    return null;
  return prose >= Math.max(1, valued * PROSE_SHARE) ? fields : null;
}
