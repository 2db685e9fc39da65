/** Makes an Octokit ask for, and read, the media type GitHub documents for its REST API. */

/** Octokit asks for the older `application/vnd.github.v3+json`; GitHub documents this one. */
export const GITHUB_JSON = 'application/vnd.github+json';

interface HookedOctokit {
  hook: {
    before(name: 'request', hook: (options: { headers: Record<string, unknown> }) => void): void;
    after(name: 'request', hook: (response: { headers: Record<string, unknown>; data: unknown }) => void): void;
  };
}

export function useGitHubMediaType(octokit: HookedOctokit): void {
  octokit.hook.before('request', (request) => {
    request.headers.accept = GITHUB_JSON;
  });
  // Octokit parses only `application/json` bodies; a server may label JSON with the GitHub media type
  // we asked for (GitHub itself answers `application/json`; an OpenAPI mock answers what was asked).
  octokit.hook.after('request', (response) => {
    if (!/^application\/vnd\.github(?:\.[\w-]+)?\+json\b/i.test(String(response.headers['content-type'] ?? ''))) return;
    const data: unknown = response.data;
    const text = data instanceof ArrayBuffer ? new TextDecoder().decode(data) : typeof data === 'string' ? data : null;
    if (text) response.data = JSON.parse(text);
  });
}
