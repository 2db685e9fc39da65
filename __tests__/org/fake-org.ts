/**
 * A stateful fake GitHub organisation for org-scan, served through a `fetch` function for Octokit:
 * repositories with files on their default branch, git trees and blobs with real git shas, the
 * contents API, issues, pagination with Link headers, ETags and 304 answers to `If-None-Match`, and
 * injectable faults. Its objects start from the description's own examples, and every request it
 * receives and every response it sends is checked against the trimmed OpenAPI description (as
 * __tests__/contract/fake-github.ts is), so it cannot drift into agreeing with our assumptions.
 */
import { createHash } from 'node:crypto';
import {
  ContractFake,
  errorBody as error,
  type Fault,
  type LoggedRequest,
  type Reply,
} from '../contract/contract-fake.js';

export type { Fault, LoggedRequest };

export interface FakeRepository {
  id: number;
  name: string;
  defaultBranch: string;
  archived: boolean;
  fork: boolean;
  hasIssues: boolean;
  pushedAt: string;
  /** Path → text, on the default branch. */
  files: Map<string, string>;
  /** Removed on the first request of this kind after it was listed (deleted mid-scan). */
  deleteOn?: 'tree' | 'blob';
}

export interface FakeIssue {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  stateReason: 'completed' | 'reopened' | 'not_planned' | 'duplicate' | null;
  labels: string[];
  createdAt: string;
}

/** git's blob id: sha1 of "blob <size>\0<bytes>". */
export function gitBlobSha(text: string): string {
  const bytes = Buffer.from(text, 'utf8');
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

export class FakeOrg extends ContractFake {
  readonly org: string;
  readonly repositories = new Map<string, FakeRepository>();
  readonly issues = new Map<string, FakeIssue[]>();
  private nextId = 1;
  private clock = Date.parse('2026-01-01T00:00:00Z');

  constructor(org = 'octo-org', descriptionFile?: string) {
    super(descriptionFile);
    this.org = org;
  }

  addRepository(
    name: string,
    files: Record<string, string>,
    options: Partial<Pick<FakeRepository, 'defaultBranch' | 'archived' | 'fork' | 'hasIssues'>> = {},
  ): FakeRepository {
    const repository: FakeRepository = {
      id: this.nextId++,
      name,
      defaultBranch: options.defaultBranch ?? 'main',
      archived: options.archived ?? false,
      fork: options.fork ?? false,
      hasIssues: options.hasIssues ?? true,
      pushedAt: this.tick(),
      files: new Map(Object.entries(files)),
    };
    this.repositories.set(name, repository);
    return repository;
  }

  /** A push to the default branch: a file changes (null removes it), and pushed_at moves. */
  push(name: string, path: string, text: string | null): void {
    const repository = this.repositories.get(name)!;
    if (text === null) repository.files.delete(path);
    else repository.files.set(path, text);
    repository.pushedAt = this.tick();
  }

  requests(filter?: (entry: LoggedRequest) => boolean): LoggedRequest[] {
    return filter ? this.log.filter(filter) : [...this.log];
  }

  /** An issue someone opened (not through the API under test). */
  addIssueFor(name: string, input: { title: string; body: string; labels: string[] }): FakeIssue {
    const list = this.issues.get(name) ?? [];
    this.issues.set(name, list);
    const issue: FakeIssue = {
      number: list.length + 1,
      ...input,
      state: 'open',
      stateReason: null,
      createdAt: this.tick(),
    };
    list.push(issue);
    return issue;
  }

  openIssues(name: string): FakeIssue[] {
    return (this.issues.get(name) ?? []).filter((issue) => issue.state === 'open');
  }

  /** GitHub's ETags change with the body; a matching If-None-Match gets an empty 304. */
  protected beforeSending(
    method: string,
    requestHeaders: Headers,
    reply: Reply,
    text: string,
    responseHeaders: Headers,
  ): { reply: Reply; text: string } {
    if (method !== 'GET' || reply.status !== 200) return { reply, text };
    const etag = `"${createHash('sha256').update(text).digest('hex').slice(0, 32)}"`;
    responseHeaders.set('etag', etag);
    return requestHeaders.get('if-none-match') === etag ? { reply: { status: 304 }, text: '' } : { reply, text };
  }

  private tick(): string {
    this.clock += 60_000;
    return new Date(this.clock).toISOString().replace(/\.\d+Z$/, 'Z');
  }

  protected handle(method: string, url: URL, requestBody: string | null): Reply {
    const path = url.pathname;
    if (path === `/orgs/${this.org}/repos`) {
      const listed = [...this.repositories.values()]
        .sort((a, b) => a.id - b.id)
        .map((repository) => this.repositoryJson(repository));
      return this.page(url, listed);
    }
    const match = /^\/repos\/([^/]+)\/([^/]+)\/(.+)$/.exec(path);
    if (!match || match[1] !== this.org) return { status: 404, body: error('Not Found') };
    const repository = this.repositories.get(match[2]);
    const rest = match[3];
    if (repository?.deleteOn && rest.startsWith(repository.deleteOn === 'tree' ? 'git/trees/' : 'git/blobs/'))
      this.repositories.delete(repository.name);
    if (!repository || !this.repositories.has(repository.name)) return { status: 404, body: error('Not Found') };
    let found: RegExpExecArray | null;
    if ((found = /^git\/trees\/(.+)$/.exec(rest))) return this.tree(repository, decodeURIComponent(found[1]), url);
    if ((found = /^git\/blobs\/([0-9a-f]{40})$/.exec(rest))) return this.blob(repository, found[1]);
    if ((found = /^contents\/(.+)$/.exec(rest)))
      return this.contents(repository, decodeURIComponent(found[1]), url.searchParams.get('ref'));
    if (rest === 'issues' && method === 'GET') return this.listIssues(repository, url);
    if (rest === 'issues' && method === 'POST') return this.createIssue(repository, JSON.parse(requestBody ?? '{}'));
    if ((found = /^issues\/(\d+)$/.exec(rest)) && method === 'PATCH')
      return this.updateIssue(repository, Number(found[1]), JSON.parse(requestBody ?? '{}'));
    return { status: 404, body: error('Not Found') };
  }

  private tree(repository: FakeRepository, ref: string, url: URL): Reply {
    if (ref !== repository.defaultBranch) return { status: 404, body: error('Not Found') };
    if (repository.files.size === 0) return { status: 409, body: error('Git Repository is empty.') };
    const recursive = url.searchParams.has('recursive');
    const api = `${this.baseUrl}/repos/${this.org}/${repository.name}/git`;
    const entries = new Map<
      string,
      { path: string; mode: string; type: string; sha: string; size?: number; url: string }
    >();
    for (const [path, text] of repository.files) {
      const parts = path.split('/');
      if (!recursive && parts.length > 1) continue;
      for (let depth = 1; depth < parts.length; depth++) {
        const folder = parts.slice(0, depth).join('/');
        const sha = createHash('sha1').update(`tree ${repository.name}/${folder}`).digest('hex');
        entries.set(folder, { path: folder, mode: '040000', type: 'tree', sha, url: `${api}/trees/${sha}` });
      }
      const sha = gitBlobSha(text);
      entries.set(path, {
        path,
        mode: '100644',
        type: 'blob',
        sha,
        size: Buffer.byteLength(text),
        url: `${api}/blobs/${sha}`,
      });
    }
    const tree = [...entries.values()].sort((a, b) => (a.path < b.path ? -1 : 1));
    const sha = createHash('sha1')
      .update(tree.map((entry) => `${entry.path}:${entry.sha}`).join('\n'))
      .digest('hex');
    const body = this.contract.example('git-tree-response-recursively-retrieving-a-tree');
    Object.assign(body, { sha, url: `${api}/trees/${sha}`, tree, truncated: false });
    return { status: 200, body };
  }

  private blob(repository: FakeRepository, sha: string): Reply {
    const text = [...repository.files.values()].find((candidate) => gitBlobSha(candidate) === sha);
    if (text === undefined) return { status: 404, body: error('Not Found') };
    const body = this.contract.example('blob');
    // GitHub wraps base64 content at 60 characters.
    const content = (
      Buffer.from(text, 'utf8')
        .toString('base64')
        .match(/.{1,60}/g) ?? []
    ).join('\n');
    Object.assign(body, {
      sha,
      size: Buffer.byteLength(text),
      content: `${content}\n`,
      encoding: 'base64',
      url: `${this.baseUrl}/repos/${this.org}/${repository.name}/git/blobs/${sha}`,
      node_id: `B_${sha.slice(0, 12)}`,
    });
    return { status: 200, body };
  }

  private contents(repository: FakeRepository, path: string, ref: string | null): Reply {
    if (ref !== null && ref !== repository.defaultBranch) return { status: 404, body: error('Not Found') };
    const text = repository.files.get(path);
    if (text === undefined) return { status: 404, body: error('Not Found') };
    const file = this.contract.example('content-file-response-if-content-is-a-file');
    Object.assign(file, {
      path,
      name: path.split('/').pop(),
      sha: gitBlobSha(text),
      size: Buffer.byteLength(text),
      content: Buffer.from(text).toString('base64'),
    });
    return { status: 200, body: file };
  }

  private listIssues(repository: FakeRepository, url: URL): Reply {
    const state = url.searchParams.get('state') ?? 'open';
    const labels = (url.searchParams.get('labels') ?? '').split(',').filter(Boolean);
    const issues = (this.issues.get(repository.name) ?? [])
      .filter((issue) => state === 'all' || issue.state === state)
      .filter((issue) => labels.every((label) => issue.labels.includes(label)))
      .sort((a, b) => b.number - a.number)
      .map((issue) => this.issueJson(repository, issue));
    return this.page(url, issues);
  }

  private createIssue(repository: FakeRepository, input: { title?: string; body?: string; labels?: string[] }): Reply {
    if (!repository.hasIssues) return { status: 410, body: error('Issues are disabled for this repo') };
    const issue = this.addIssueFor(repository.name, {
      title: String(input.title),
      body: input.body ?? '',
      labels: input.labels ?? [],
    });
    return { status: 201, body: this.issueJson(repository, issue) };
  }

  private updateIssue(
    repository: FakeRepository,
    number: number,
    input: { title?: string; body?: string; state?: 'open' | 'closed'; state_reason?: FakeIssue['stateReason'] },
  ): Reply {
    const issue = (this.issues.get(repository.name) ?? []).find((candidate) => candidate.number === number);
    if (!issue) return { status: 404, body: error('Not Found') };
    if (input.title !== undefined) issue.title = input.title;
    if (input.body !== undefined) issue.body = input.body;
    if (input.state !== undefined && input.state !== issue.state) {
      issue.state = input.state;
      issue.stateReason = input.state === 'closed' ? (input.state_reason ?? 'completed') : 'reopened';
    }
    return { status: 200, body: this.issueJson(repository, issue) };
  }

  private repositoryJson(repository: FakeRepository): unknown {
    const fullName = `${this.org}/${repository.name}`;
    const example = JSON.stringify(this.contract.example('minimal-repository-items')[0])
      .replaceAll('https://api.github.com/', `${this.baseUrl}/`)
      .replaceAll('https://github.com/', 'https://ghes.example.test/')
      .replaceAll('octocat/Hello-World', fullName);
    const json = JSON.parse(example);
    Object.assign(json, {
      id: repository.id,
      node_id: `R_${repository.id}`,
      name: repository.name,
      full_name: fullName,
      fork: repository.fork,
      archived: repository.archived,
      default_branch: repository.defaultBranch,
      pushed_at: repository.pushedAt,
      has_issues: repository.hasIssues,
      open_issues_count: this.openIssues(repository.name).length,
    });
    Object.assign(json.owner, {
      login: this.org,
      type: 'Organization',
      url: `${this.baseUrl}/users/${this.org}`,
      html_url: `https://ghes.example.test/${this.org}`,
    });
    return json;
  }

  private issueJson(repository: FakeRepository, issue: FakeIssue): unknown {
    const json = this.contract.example('issue');
    const api = `${this.baseUrl}/repos/${this.org}/${repository.name}`;
    delete json.pull_request;
    Object.assign(json, {
      id: repository.id * 10_000 + issue.number,
      node_id: `I_${repository.id}_${issue.number}`,
      url: `${api}/issues/${issue.number}`,
      repository_url: api,
      html_url: `https://ghes.example.test/${this.org}/${repository.name}/issues/${issue.number}`,
      number: issue.number,
      title: issue.title,
      body: issue.body,
      state: issue.state,
      state_reason: issue.stateReason,
      closed_at: issue.state === 'closed' ? issue.createdAt : null,
      created_at: issue.createdAt,
      updated_at: issue.createdAt,
      labels: issue.labels.map((name, index) => ({
        ...json.labels[0],
        id: index + 1,
        node_id: `L_${index + 1}`,
        name,
        url: `${api}/labels/${encodeURIComponent(name)}`,
        default: false,
      })),
    });
    return json;
  }
}
