/**
 * Provenance: every report says what it judged (tool version, ruleset and policy digests, each card's
 * SHA-256 and git blob id, a Hub card's revision), the JSON report still validates against its schema,
 * SARIF carries the same, and `--provenance FILE` writes an in-toto statement whose subject digests match
 * the files and whose predicate's digest is that of the JSON report.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { runCli } from '../../src/cli-main.js';
import type { Report } from '../../src/model/report.js';
import { toSarif } from '../../src/render/sarif.js';
import { withSarifProvenance } from '../../src/provenance/sarif-provenance.js';
import { PREDICATE_TYPE, STATEMENT_TYPE, type InTotoStatement } from '../../src/provenance/in-toto.js';
import { VERSION } from '../../src/version.js';
import { ROOT, shippedRuleset } from '../helpers.js';
import { fixtureCard, startHubServer, type HubServer } from '../hub/hub-server.js';

const validateReport = new Ajv2020({ strict: false }).compile(
  JSON.parse(readFileSync(join(ROOT, 'schema', 'report.schema.json'), 'utf8')),
);
const MISTRAL = fixtureCard('mistral-7b-instruct-v0.2.md');
const ADAPTER = fixtureCard('susastho-llama3-lora-adapter.md');
const HUB_SHA = '3ad372fc79158a2148299e3318516c786aeded6c';

let hub: HubServer;
let cwd: string;
beforeAll(async () => {
  hub = await startHubServer([
    { id: 'mistralai/Mistral-7B-Instruct-v0.2', sha: HUB_SHA, files: { 'README.md': MISTRAL }, parameters: 7241732096 },
  ]);
  cwd = mkdtempSync(join(tmpdir(), 'aag-provenance-'));
  writeFileSync(join(cwd, 'mistral.md'), MISTRAL);
  writeFileSync(join(cwd, 'adapter.md'), ADAPTER);
  writeFileSync(join(cwd, 'policy-a.yml'), 'version: 1\nfail-on: error\n');
  writeFileSync(join(cwd, 'policy-b.yml'), 'version: 1\nfail-on: warning\n');
});
afterAll(() => hub.close());

async function check(...args: string[]): Promise<Report> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(['check', ...args, '--format', 'json', '--jobs', '1', '--hub-url', hub.url], {
    cwd,
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
  });
  if (code === 2) throw new Error(stderr);
  return stdout ? (JSON.parse(stdout) as Report) : (undefined as unknown as Report);
}

const sha256 = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');
const gitHashObject = (path: string) => execFileSync('git', ['hash-object', path], { encoding: 'utf8' }).trim();

describe('provenance in the JSON report', () => {
  it('names the tool, the ruleset and policy digests, and each card by its content', async () => {
    const report = await check('mistral.md', 'adapter.md', 'hf://mistralai/Mistral-7B-Instruct-v0.2', '--no-config');
    expect(validateReport(report)).toBe(true);
    expect(report.provenance).toEqual({
      tool: { name: 'ai-act-gate', version: VERSION },
      rulesetDigest: expect.stringMatching(/^sha256:[0-9a-f]{64}$/),
      policyDigest: null,
    });
    const [adapter, mistral, fromHub] = report.files;
    expect(adapter.provenance).toEqual({
      sha256: sha256(readFileSync(join(cwd, 'adapter.md'))),
      gitBlob: gitHashObject(join(cwd, 'adapter.md')),
    });
    expect(mistral.provenance?.sha256).toBe(sha256(MISTRAL));
    expect(fromHub.provenance).toEqual({
      sha256: sha256(MISTRAL),
      gitBlob: gitHashObject(join(cwd, 'mistral.md')),
      hub: { repo: 'mistralai/Mistral-7B-Instruct-v0.2', revision: HUB_SHA },
    });
  });

  it('gives the same ruleset digest run after run, and another when a rule file changes', async () => {
    const first = (await check('adapter.md', '--no-config')).provenance?.rulesetDigest;
    expect((await check('adapter.md', '--no-config')).provenance?.rulesetDigest).toBe(first);
    const rules = join(mkdtempSync(join(tmpdir(), 'aag-rules-')), 'rules');
    cpSync(join(ROOT, 'rules'), rules, { recursive: true });
    expect((await check('adapter.md', '--no-config', '--rules', rules)).provenance?.rulesetDigest).toBe(first);
    appendFileSync(join(rules, 'licence.yaml'), '\n# changed\n');
    expect((await check('adapter.md', '--no-config', '--rules', rules)).provenance?.rulesetDigest).not.toBe(first);
  });

  it("digests the policy's settings: the same policy the same, another policy another", async () => {
    const a = (await check('adapter.md', '--config', 'policy-a.yml')).provenance?.policyDigest;
    expect(a).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect((await check('adapter.md', '--config', 'policy-a.yml')).provenance?.policyDigest).toBe(a);
    expect((await check('adapter.md', '--config', 'policy-b.yml')).provenance?.policyDigest).not.toBe(a);
  });
});

describe('--provenance FILE', () => {
  it("writes an in-toto statement whose subjects' digests match the files and whose predicate is the report's digest", async () => {
    await check(
      'mistral.md',
      'adapter.md',
      'hf://mistralai/Mistral-7B-Instruct-v0.2',
      '--no-config',
      '-o',
      'report.json',
      '--provenance',
      'statement.json',
    );
    const statement = JSON.parse(readFileSync(join(cwd, 'statement.json'), 'utf8')) as InTotoStatement;
    expect(statement._type).toBe(STATEMENT_TYPE);
    expect(statement.predicateType).toBe(PREDICATE_TYPE);
    expect(statement.subject.map((subject) => subject.name)).toEqual([
      'adapter.md',
      'mistral.md',
      'hf://mistralai/Mistral-7B-Instruct-v0.2',
    ]);
    for (const subject of statement.subject.slice(0, 2)) {
      const path = join(cwd, subject.name);
      expect(subject.digest).toEqual({ sha256: sha256(readFileSync(path)), gitBlob: gitHashObject(path) });
    }
    expect(statement.subject[2].digest).toMatchObject({ sha256: sha256(MISTRAL), gitCommit: HUB_SHA });
    const reportBytes = readFileSync(join(cwd, 'report.json'));
    expect(statement.predicate.report.digest.sha256).toBe(sha256(reportBytes));
    const report = JSON.parse(reportBytes.toString('utf8')) as Report;
    expect(statement.predicate.summary).toEqual(report.summary);
    expect(statement.predicate.rulesetDigest).toBe(report.provenance?.rulesetDigest);
    expect(statement.predicate.files.map((file) => file.tier)).toEqual(report.files.map((file) => file.tier.id));
  });
});

describe('SARIF with provenance', () => {
  it('lists each card as an artifact with its SHA-256, and the digests in the run, valid SARIF 2.1.0', async () => {
    const report = await check('mistral.md', 'adapter.md', '--no-config');
    const sarif = withSarifProvenance(toSarif(report, shippedRuleset().rules, { toolVersion: VERSION }), report);
    const schema = JSON.parse(readFileSync(join(ROOT, '__tests__/fixtures/sarif/sarif-2.1.0-rtm.5.json'), 'utf8'));
    const { $schema: _draft, id, ...rest } = schema;
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false, validateFormats: false });
    const validate = ajv.compile({ $id: id, ...rest });
    expect(validate(sarif)).toBe(true);
    expect(sarif.runs[0].artifacts).toEqual([
      {
        location: { uri: 'adapter.md', uriBaseId: '%SRCROOT%' },
        hashes: { 'sha-256': sha256(ADAPTER) },
        properties: { gitBlob: gitHashObject(join(cwd, 'adapter.md')) },
      },
      {
        location: { uri: 'mistral.md', uriBaseId: '%SRCROOT%' },
        hashes: { 'sha-256': sha256(MISTRAL) },
        properties: { gitBlob: gitHashObject(join(cwd, 'mistral.md')) },
      },
    ]);
    expect(sarif.runs[0].properties).toEqual({ provenance: report.provenance });
  });
});
