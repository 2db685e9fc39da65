/**
 * `check --format cyclonedx`: a CycloneDX 1.6 ML-BOM, validated against the official JSON schema as
 * shipped in @cyclonedx/cyclonedx-library (res/schema), with each card's facts and the checker's verdict.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { tmpdir } from 'node:os';
import { Ajv } from 'ajv';
import { runCli } from '../../src/cli-main.js';
import type { Report } from '../../src/model/report.js';
import { fixtureCard, startHubServer, type HubServer } from '../hub/hub-server.js';

const SCHEMAS = join(
  dirname(createRequire(import.meta.url).resolve('@cyclonedx/cyclonedx-library/package.json')),
  'res',
  'schema',
);
/** The library's copies name each other "….SNAPSHOT.schema.json"; their $ids are the official names. */
function officialSchema(name: string): Record<string, unknown> {
  return JSON.parse(
    readFileSync(join(SCHEMAS, name), 'utf8').replace(/"([\w.-]+)\.SNAPSHOT\.schema\.json/g, '"$1.schema.json'),
  );
}
const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
ajv.addSchema(officialSchema('spdx.SNAPSHOT.schema.json'));
ajv.addSchema(officialSchema('jsf-0.82.SNAPSHOT.schema.json'));
const validateBom = ajv.compile(officialSchema('bom-1.6.SNAPSHOT.schema.json'));

const MISTRAL = fixtureCard('mistral-7b-instruct-v0.2.md');
const ADAPTER = fixtureCard('susastho-llama3-lora-adapter.md');
const DISTILBERT = fixtureCard('distilbert-finetuned-emotion.md');

let hub: HubServer;
let cwd: string;
beforeAll(async () => {
  hub = await startHubServer([
    {
      id: '2en/distilbert-base-uncased-finetuned-emotion',
      sha: 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678',
      files: { 'README.md': DISTILBERT },
      pipelineTag: 'text-classification',
      parameters: 66955010,
      cardData: { license: 'apache-2.0' },
    },
  ]);
  cwd = mkdtempSync(join(tmpdir(), 'aag-bom-'));
  writeFileSync(join(cwd, 'mistral.md'), MISTRAL);
  writeFileSync(join(cwd, 'adapter.md'), ADAPTER);
});
afterAll(() => hub.close());

async function run(format: string, ...args: string[]): Promise<string> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(['check', ...args, '--format', format, '--hub-url', hub.url, '--jobs', '1'], {
    cwd,
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
  });
  if (code === 2) throw new Error(stderr);
  return stdout;
}

const property = (component: any, name: string): string[] =>
  component.properties.filter((entry: any) => entry.name === name).map((entry: any) => entry.value);
const byPath = (bom: any, path: string): any =>
  bom.components.find((component: any) => property(component, 'ai-act-gate:path')[0] === path);

describe('check --format cyclonedx', () => {
  let bom: any;
  let report: Report;
  beforeAll(async () => {
    const args = ['mistral.md', 'adapter.md', 'hf://2en/distilbert-base-uncased-finetuned-emotion'];
    bom = JSON.parse(await run('cyclonedx', ...args));
    report = JSON.parse(await run('json', ...args));
  });

  it('validates against the official CycloneDX 1.6 schema', () => {
    const valid = validateBom(bom);
    expect(validateBom.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    expect(bom).toMatchObject({ bomFormat: 'CycloneDX', specVersion: '1.6', version: 1 });
    expect(bom.serialNumber).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
    expect(bom.metadata.tools.components[0]).toMatchObject({ type: 'application', name: 'ai-act-gate' });
  });

  it("describes each card as a machine-learning model with its content's SHA-256 and licence", () => {
    expect(bom.components.map((component: any) => component.type)).toEqual(Array(3).fill('machine-learning-model'));
    const mistral = byPath(bom, 'mistral.md');
    expect(mistral.name).toBe('Model Card for Mistral-7B-Instruct-v0.2');
    expect(mistral.hashes).toEqual([{ alg: 'SHA-256', content: createHash('sha256').update(MISTRAL).digest('hex') }]);
    expect(mistral.licenses).toEqual([{ license: { id: 'Apache-2.0' } }]);
    expect(mistral.modelCard.modelParameters.task).toBe('text-generation');
  });

  it('carries the verdict: tier, compute and its method, the gate and every gap the JSON report counts', () => {
    report.files.forEach((file, index) => {
      const component = bom.components[index];
      expect(property(component, 'ai-act-gate:path')).toEqual([file.path]);
      expect(property(component, 'ai-act-gate:tier')).toEqual([file.tier.id]);
      expect(property(component, 'ai-act-gate:computeMethod')).toEqual([file.tier.computeMethod]);
      const gaps = file.rules.filter(
        (rule) => rule.required && rule.status !== 'met' && rule.enabled !== false && !rule.waiver,
      );
      expect(property(component, 'ai-act-gate:gap').map((gap) => gap.split(' ')[0])).toEqual(
        gaps.map((rule) => rule.id),
      );
    });
    expect(bom.components.some((component: any) => property(component, 'ai-act-gate:gap').length > 0)).toBe(true);
  });

  it('names the base model as an ancestor, and the datasets and Hub revision where known', () => {
    const adapter = byPath(bom, 'adapter.md');
    const distilbert = byPath(bom, 'hf://2en/distilbert-base-uncased-finetuned-emotion');
    expect(adapter.pedigree.ancestors).toEqual([
      { type: 'machine-learning-model', name: 'meta-llama/Meta-Llama-3-8B-Instruct' },
    ]);
    expect(distilbert.name).toBe('2en/distilbert-base-uncased-finetuned-emotion');
    expect(distilbert.version).toBe('a1b2c3d4e5f60718293a4b5c6d7e8f9012345678');
    expect(distilbert.modelCard.modelParameters.datasets).toEqual([{ type: 'dataset', name: 'emotion' }]);
    expect(property(distilbert, 'ai-act-gate:parameters')).toEqual(['66955010']);
    expect(property(distilbert, 'ai-act-gate:parametersSource')).toEqual(['Hub metadata: 67M parameters']);
    expect(distilbert.externalReferences[0]).toMatchObject({ type: 'model-card' });
  });

  it('a BOM that breaks the schema is caught by the validator (the check is not vacuous)', () => {
    const broken = structuredClone(bom);
    broken.components[0].type = 'model';
    broken.components[0].hashes[0].alg = 'sha256';
    expect(validateBom(broken)).toBe(false);
    expect(validateBom.errors?.length).toBeGreaterThan(0);
  });
});
