/**
 * The App's identity and its per-installation clients. @octokit/app signs the App's JWT, exchanges it
 * for installation tokens (cached until they expire) and verifies webhook signatures; with the
 * installation token, the Action's own clients do the rest: the comment and file reads
 * (src/publish/github-client.ts) and the tree and blob reads of the organisation scan (src/org/).
 */
import { App } from '@octokit/app';
import { Octokit } from '@octokit/rest';
import { createOctokitClient, type GitHubClient, type Logger } from '../publish/github-client.js';
import { useGitHubMediaType } from '../publish/github-media-type.js';
import { createOrgOctokit, type OrgOctokit } from '../org/octokit.js';
import type { ServeSettings } from './settings.js';

/** Octokit's `request`, with the installation's token. */
export interface RequestApi {
  request(route: string, parameters?: Record<string, unknown>): Promise<{ data: unknown }>;
}

export interface InstallationClients {
  /** Check runs, the deployment review, the release update. */
  api: RequestApi;
  /** The Action's client for one repository (comment, changed files, files at a commit). */
  repository: GitHubClient;
  /** The org scan's client (trees, blobs, policies of other repositories). */
  scan: OrgOctokit;
}

const MediaTyped = Octokit.plugin((octokit) => {
  useGitHubMediaType(octokit);
  return {};
});

export class GitHubApp {
  readonly app: App;
  private slug: Promise<string> | null = null;

  constructor(
    private readonly settings: Pick<ServeSettings, 'appId' | 'privateKey' | 'webhookSecret' | 'apiUrl'>,
    private readonly log: Logger,
  ) {
    this.app = new App({
      appId: settings.appId,
      privateKey: settings.privateKey,
      webhooks: { secret: settings.webhookSecret },
      Octokit: MediaTyped.defaults({ baseUrl: settings.apiUrl }) as never,
    });
  }

  verify(body: string, signature: string): Promise<boolean> {
    return this.app.webhooks.verify(body, signature);
  }

  /** The App's login as a comment author (`slug[bot]`), asked once (GET /app). */
  async botLogin(): Promise<string> {
    this.slug ??= this.app.octokit.request('GET /app').then(({ data }) => (data as { slug: string }).slug);
    return `${await this.slug}[bot]`;
  }

  async clients(installationId: number, owner: string, repo: string): Promise<InstallationClients> {
    const octokit = await this.app.getInstallationOctokit(installationId);
    const { token } = (await octokit.auth({ type: 'installation' })) as { token: string };
    return {
      api: octokit as unknown as RequestApi,
      repository: createOctokitClient({
        token,
        repository: { owner, repo },
        baseUrl: this.settings.apiUrl,
        log: this.log,
      }),
      scan: createOrgOctokit({ token, baseUrl: this.settings.apiUrl, log: this.log }).octokit,
    };
  }
}
