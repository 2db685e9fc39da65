/**
 * Base models read from the Hub: a fine-tune of a base whose own card shows it is not GPAI is not GPAI;
 * a continued pre-training whose Trainer `total_flos` exceeds a third of the base's compute makes a new
 * provider; each base is read once per run; a base the Hub cannot give falls back to the known-models
 * table. The bases below are not in rules/data/known-models.yaml, so on disk they decide nothing.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli-main.js';
import type { Report } from '../../src/model/report.js';
import { fixtureCard, startHubServer, type FakeModel, type HubServer } from './hub-server.js';

const SMALL_BASE = `---
license: apache-2.0
pipeline_tag: text-generation
---
# Heron-1B

Heron-1B is a decoder-only transformer language model with 1.3B parameters, trained on 1T tokens of web text.
`;
const BIG_BASE = `---
license: apache-2.0
pipeline_tag: text-generation
---
# Kestrel-20B

Kestrel-20B is a decoder-only transformer with 20B parameters. Training compute: 3e24 FLOPs.
`;
const fineTune = (base: string, title: string) => `---
license: apache-2.0
base_model: ${base}
pipeline_tag: text-generation
---
# ${title}

A chat model fine-tuned from ${base} on instruction data.
`;

const MODELS: FakeModel[] = [
  { id: 'acme-lab/heron-1b-base', sha: '1'.repeat(40), files: { 'README.md': SMALL_BASE }, parameters: 1.3e9 },
  { id: 'acme-lab/kestrel-20b', sha: '2'.repeat(40), files: { 'README.md': BIG_BASE }, parameters: 2e10 },
  {
    id: 'acme-lab/heron-1b-chat',
    sha: '3'.repeat(40),
    files: { 'README.md': fineTune('acme-lab/heron-1b-base', 'Heron-1B-Chat') },
    cardData: { base_model: 'acme-lab/heron-1b-base' },
  },
  {
    id: 'acme-lab/heron-1b-chat-v2',
    sha: '4'.repeat(40),
    files: { 'README.md': fineTune('acme-lab/heron-1b-base', 'Heron-1B-Chat v2') },
    cardData: { base_model: 'acme-lab/heron-1b-base' },
  },
  {
    id: 'acme-lab/kestrel-20b-continued',
    sha: '5'.repeat(40),
    files: {
      'README.md': fineTune('acme-lab/kestrel-20b', 'Kestrel-20B continued'),
      'all_results.json': JSON.stringify({ epoch: 1.0, total_flos: 2.0e24, train_loss: 1.21, train_runtime: 86400.5 }),
    },
    cardData: { base_model: 'acme-lab/kestrel-20b' },
  },
  {
    id: 'banglagpt/susastho-llama3-lora',
    sha: '6'.repeat(40),
    files: { 'README.md': fixtureCard('susastho-llama3-lora-adapter.md') },
    cardData: { base_model: 'meta-llama/Meta-Llama-3-8B-Instruct' },
  },
];

let hub: HubServer;
let cwd: string;
beforeAll(async () => {
  hub = await startHubServer(MODELS);
  cwd = mkdtempSync(join(tmpdir(), 'aag-hub-bases-'));
  writeFileSync(join(cwd, 'heron-chat.md'), fineTune('acme-lab/heron-1b-base', 'Heron-1B-Chat'));
  writeFileSync(join(cwd, 'susastho.md'), fixtureCard('susastho-llama3-lora-adapter.md'));
});
afterAll(() => hub.close());

async function check(...args: string[]): Promise<Report> {
  let stdout = '';
  let stderr = '';
  await runCli(['check', ...args, '--format', 'json', '--hub-url', hub.url, '--jobs', '1'], {
    cwd,
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
  });
  if (!stdout) throw new Error(stderr);
  return JSON.parse(stdout) as Report;
}

const reasons = (file: Report['files'][number]) => file.tier.reasons.map((reason) => reason.text).join('\n');

describe('base models read from the Hub', () => {
  it('a fine-tune of a base whose card shows it below 1e23 FLOP is not GPAI; on disk it stays a modification', async () => {
    const report = await check('heron-chat.md', 'hf://acme-lab/heron-1b-chat');
    const [disk, fromHub] = report.files;
    expect(disk.tier.id).toBe('modification');
    expect(fromHub.tier.id).toBe('not-gpai');
    expect(reasons(fromHub)).toMatch(
      /the Hub page and card of acme-lab\/heron-1b-base@111111111111: tier not-gpai, 7\.8e21 FLOP \(6ND\)/,
    );
    expect(fromHub.hub?.baseModels).toEqual([
      expect.objectContaining({ id: 'acme-lab/heron-1b-base', revision: '1'.repeat(40), read: true }),
    ]);
  });

  it('with --hub, a card on disk has its base read from the Hub too', async () => {
    const [file] = (await check('heron-chat.md', '--hub')).files;
    expect(file.tier.id).toBe('not-gpai');
    expect(reasons(file)).toContain('the Hub page and card of acme-lab/heron-1b-base');
  });

  it("compares the Trainer's total_flos with a third of the base's compute", async () => {
    const [file] = (await check('hf://acme-lab/kestrel-20b-continued')).files;
    expect(file.hub?.totalFlos).toEqual({ value: 2e24, file: 'all_results.json' });
    expect(reasons(file)).toContain('all_results.json: total_flos 2.00e+24 FLOP');
    expect(reasons(file)).toMatch(/Modification compute 2e24 > one third of the original's 3e24 = 1e24/);
    expect(file.tier.id).toMatch(/^gpai/);
  });

  it('reads each base once per run, however many cards name it', async () => {
    const before = hub.requests.length;
    await check('hf://acme-lab/heron-1b-chat', 'hf://acme-lab/heron-1b-chat-v2', 'heron-chat.md', '--hub');
    const baseInfo = hub.requests
      .slice(before)
      .filter((request) => request.path.startsWith('/api/models/acme-lab/heron-1b-base/'));
    expect(baseInfo).toHaveLength(1);
  });

  it('falls back to the known-models table when the Hub cannot give the base', async () => {
    const report = await check('susastho.md', 'hf://banglagpt/susastho-llama3-lora');
    const [disk, fromHub] = report.files;
    expect(fromHub.tier.id).toBe(disk.tier.id);
    expect(fromHub.tier.computeFlops).toBe(disk.tier.computeFlops);
    expect(fromHub.hub?.baseModels[0]).toMatchObject({ id: 'meta-llama/Meta-Llama-3-8B-Instruct', read: false });
    expect(fromHub.hub?.baseModels[0].note).toMatch(/not found on the Hub \(404\)/);
  });
});
