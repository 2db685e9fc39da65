/**
 * Runs the bundled Action (built afresh into a temporary folder) as a runner job would: a workspace
 * with files, an event payload, `INPUT_*` variables; collects its exit code, output and job summary.
 */
import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../helpers.js';

export interface ActionRun {
  code: number;
  output: string;
  summary: string;
}

export interface ActionJob {
  event: string;
  payload: unknown;
  inputs: Record<string, string>;
  files: Record<string, string>;
  apiUrl?: string;
  ref?: string;
}

export class BuiltAction {
  private runs = 0;
  private constructor(
    readonly root: string,
    private readonly bundle: string,
  ) {}

  static build(): BuiltAction {
    const root = mkdtempSync(join(tmpdir(), 'aag-release-'));
    execFileSync(process.execPath, ['scripts/build.mjs'], {
      cwd: ROOT,
      env: { ...process.env, AAG_OUTDIR: join(root, 'dist') },
    });
    // The rules are found by walking up from the bundle: put them beside it.
    symlinkSync(join(ROOT, 'rules'), join(root, 'rules'));
    return new BuiltAction(root, join(root, 'dist', 'index.js'));
  }

  remove(): void {
    rmSync(this.root, { recursive: true, force: true });
  }

  async run(job: ActionJob): Promise<ActionRun> {
    const folder = join(this.root, `job-${++this.runs}`);
    const workspace = join(folder, 'workspace');
    mkdirSync(workspace, { recursive: true });
    mkdirSync(join(folder, 'temp'));
    for (const [path, text] of Object.entries(job.files)) {
      mkdirSync(join(workspace, path, '..'), { recursive: true });
      writeFileSync(join(workspace, path), text);
    }
    writeFileSync(join(folder, 'event.json'), JSON.stringify(job.payload));
    writeFileSync(join(folder, 'output'), '');
    writeFileSync(join(folder, 'summary.md'), '');
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: job.event,
      GITHUB_EVENT_PATH: join(folder, 'event.json'),
      GITHUB_REPOSITORY: 'octocat/Hello-World',
      GITHUB_WORKSPACE: workspace,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_API_URL: job.apiUrl ?? 'http://127.0.0.1:9',
      GITHUB_SHA: 'a'.repeat(40),
      GITHUB_REF: job.ref ?? 'refs/tags/v1.0.0',
      GITHUB_RUN_ID: '42',
      GITHUB_OUTPUT: join(folder, 'output'),
      GITHUB_STEP_SUMMARY: join(folder, 'summary.md'),
      RUNNER_TEMP: join(folder, 'temp'),
      // action.yml's defaults, which the runner passes when the workflow does not set an input.
      INPUT_TOKEN: 'ghs_contracttesttoken',
      INPUT_COMMENT: 'auto',
      'INPUT_CHANGED-ONLY': 'true',
      'INPUT_INSTANCE-KEY': 'default',
      'INPUT_DELETE-WHEN-CLEAN': 'false',
      INPUT_MODE: 'check',
      'INPUT_BLOCKED-RELEASE': 'fail',
    };
    for (const [name, value] of Object.entries(job.inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
    const { code, output } = await new Promise<{ code: number; output: string }>((resolve) => {
      execFile(process.execPath, [this.bundle], { cwd: workspace, env, timeout: 30_000 }, (error, out, err) => {
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, output: `${out}${err}` });
      });
    });
    return { code, output, summary: readFileSync(join(folder, 'summary.md'), 'utf8') };
  }
}
