/**
 * A registry record pasted into a fenced block is read as the card's text; code and configuration
 * files in fences stay code.
 */
import { recordFields } from '../../src/facts/record-blocks.js';
import { checkCard } from '../../src/lint.js';
import { shippedRuleset } from '../helpers.js';

const registryExport = [
  'model_description: Nimbus-2 instruction-tuned model for support chat',
  'intended_uses: customer-support chat and ticket summarisation for helpdesk tools',
  'out_of_scope_uses: medical or legal advice, decisions about individuals',
].join('\n');

const trainingConfig = [
  'base_model: meta-llama/Llama-2-7b-hf',
  'sequence_len: 4096',
  'lora_r: 32',
  'learning_rate: 0.0002',
  'datasets:',
  '  - path: mhenrichsen/alpaca_2k_test',
  '    type: alpaca',
].join('\n');

describe('record blocks', () => {
  it('reads a registry export in a YAML fence as fields', () => {
    expect(recordFields('yaml', registryExport)?.map((field) => field.key)).toEqual([
      'model_description',
      'intended_uses',
      'out_of_scope_uses',
    ]);
  });

  it('leaves a training config, chat messages and other languages as code', () => {
    expect(recordFields('yaml', trainingConfig)).toBeNull();
    expect(recordFields('json', '{\n  "role": "user",\n  "content": "What is the capital of France?"\n}')).toBeNull();
    expect(recordFields('python', registryExport)).toBeNull();
    // Python without an info string: its values are calls, however many words they hold.
    const script = [
      'model = AutoModelForSequenceClassification.from_pretrained("org/model", use_auth_token=True)',
      'tokenizer = AutoTokenizer.from_pretrained("org/model", use_auth_token=True)',
      'inputs = tokenizer("I love this model", return_tensors="pt")',
      'outputs = model(**inputs)',
    ].join('\n');
    expect(recordFields('', script)).toBeNull();
  });

  it('reads fields of no documentation word as a record when nearly every value is a phrase', () => {
    const phrases = [
      'internal: Aurel Labs safety staff, 9 people over four weeks',
      'external: Haldane Security Ltd. on prompt injection and tool misuse',
      'findings: 31 issues, 4 of them high severity',
      'report: https://aurel.example/red-team.pdf',
    ].join('\n');
    expect(recordFields('yaml', phrases)?.map((field) => field.key)).toEqual([
      'internal',
      'external',
      'findings',
      'report',
    ]);
    // Two phrases are too few, and a server config's values are scalars.
    expect(recordFields('yaml', 'greeting: Hello there, how are you\nfarewell: See you again soon')).toBeNull();
    expect(recordFields('yaml', 'host: 0.0.0.0\nport: 8080\nworkers: 4\nlog_level: info')).toBeNull();
    const citation =
      '@article{plato,\n  title = {PLATO: a dialogue generation model},\n  author = {Bao, Siqi and He, Huang},\n  journal = {arXiv preprint arXiv:1910.07931},\n  year = {2019},\n}';
    expect(recordFields('text', citation)).toBeNull();
  });

  it('lets a duty be met from a record block and not from a config', () => {
    const card = (block: string) => `# Nimbus-2\n\n\`\`\`yaml\n${block}\n\`\`\`\n`;
    const status = (block: string, rule: string) =>
      checkCard('card.md', card(block), shippedRuleset()).rules.find((result) => result.id === rule)?.status;
    const redTeaming = [
      'red_teaming.internal: four-week campaign by 12 staff red-teamers on jailbreaks and CBRN prompts',
      'red_teaming.external: Haldane Security Ltd., three weeks on prompt injection and agentic misuse',
      'red_teaming.findings: 21 jailbreak templates above 20% success; fixed with an extra DPO round',
    ].join('\n');
    expect(status(redTeaming, 'adversarial-testing')).toBe('met');
    expect(status(trainingConfig, 'input-output-limits')).toBe('missing');
  });
});
