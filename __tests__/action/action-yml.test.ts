/** action.yml, the inputs the code reads, and the example workflows agree. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { getInputs } from '../../src/action/inputs.js';
import { ROOT } from '../helpers.js';

const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8'));

describe('action.yml', () => {
  it('runs dist/index.js on node24', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    expect(action.branding).toEqual({ icon: expect.any(String), color: expect.any(String) });
  });

  it('declares exactly the inputs the Action reads, each with a description', () => {
    const read = new Set<string>();
    getInputs((name) => {
      read.add(name);
      return '';
    });
    expect(Object.keys(action.inputs).sort()).toEqual([...read].sort());
    for (const input of Object.values<{ description: string }>(action.inputs))
      expect(input.description.length).toBeGreaterThan(20);
    expect(action.inputs.token.default).toBe('${{ github.token }}');
    expect(action.inputs['fail-on'].default).toBe('');
    expect(action.inputs['changed-only'].default).toBe('true');
    expect(action.inputs['merge-reports']).toMatchObject({ required: false, default: '' });
    expect(action.inputs['merge-reports'].description).toMatch(/^org-scan: .*paths or globs/);
  });

  it('declares the outputs', () => {
    expect(Object.keys(action.outputs).sort()).toEqual(['blocked', 'dashboard', 'gaps', 'report', 'tier']);
  });
});

describe('example workflows', () => {
  const folder = join(ROOT, 'examples', 'workflows');
  const files = readdirSync(folder).filter((name) => name.endsWith('.yml'));

  it.each(files)('%s pins third-party actions to full commit SHAs and sets permissions', (name) => {
    const text = readFileSync(join(folder, name), 'utf8');
    const workflow = parse(text);
    expect(workflow.permissions).toBeDefined();
    const uses = [...text.matchAll(/uses:\s*(\S+)/g)]
      .map((match) => match[1])
      .filter((use) => !use.startsWith('ai-act-gate/'));
    expect(uses.length).toBeGreaterThan(0);
    for (const use of uses) expect(use).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/);
  });
});
